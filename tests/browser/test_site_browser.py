"""The published site in a real Chromium: what a reader sees and does."""

import re

import pytest

from browser.conftest import wait_until

pytestmark = pytest.mark.browser


def h1(page):
    return page.locator("h1").inner_text().rstrip("¶").strip()


def test_in_force_page_in_chinese_and_english(page, before_site, screenshot):
    page.goto(before_site.url("privacy/"))
    assert h1(page) == "隐私声明"
    assert "我们将您的个人信息保存三年。" in page.locator("article").inner_text()
    assert "版本 v1 · 生效日期 2025年6月1日" in page.locator(".policy-version").inner_text()
    screenshot(page, "in-force-zh")
    page.goto(before_site.url("en/privacy/"))
    assert h1(page) == "Privacy Statement"
    assert "We keep your personal information for three years." in page.locator("article").inner_text()
    screenshot(page, "in-force-en")
    assert len(page.requests) > 3   # the page, its CSS, JS, search index… all recorded


def test_english_pages_say_chinese_prevails_and_link_each_section_to_the_chinese_text(page, before_site):
    page.goto(before_site.url("en/privacy/"))
    notice = page.locator(".admonition.info").first
    assert "The Chinese version is authoritative and prevails" in notice.inner_text()
    notice.get_by_role("link", name="Read this page in Chinese").click()
    page.wait_for_url(before_site.url("privacy/"))
    assert h1(page) == "隐私声明"

    page.goto(before_site.url("en/privacy/"))
    links = page.locator("a.policy-zh")
    assert links.count() == 5
    page.locator("#s2-1 a.policy-zh").click()
    page.wait_for_url(before_site.url("privacy/#s2-1"))
    assert page.locator("#s2-1").inner_text().startswith("2.1 您注册账户时提供的电子邮箱地址和联系电话")
    assert page.locator("#s2-1").is_visible()


def _switch_language(page, lang):
    page.locator(".md-header__option .md-select").first.hover()
    page.locator(f"a.md-select__link[hreflang='{lang}']").click()


def test_language_switcher_keeps_the_page_version_and_section(page, before_site):
    page.goto(before_site.url("en/privacy/versions/v1/#s3"))
    _switch_language(page, "zh")
    page.wait_for_url(before_site.url("privacy/versions/v1/#s3"))
    assert "已被取代" not in page.locator("article").inner_text()   # v1 is still in force here
    assert h1(page) == "隐私声明"
    _switch_language(page, "en")
    page.wait_for_url(before_site.url("en/privacy/versions/v1/#s3"))
    page.goto(before_site.url("privacy/history/"))
    _switch_language(page, "en")
    page.wait_for_url(before_site.url("en/privacy/history/"))


def test_history_lists_every_release(page, after_site, screenshot):
    page.goto(after_site.url("en/privacy/history/"))
    text = page.locator("article").inner_text()
    assert re.findall(r"Version (v\d)", text)[:2] == ["v2", "v1"]
    assert "Published: 1 November 2026" in text and "Effective: 1 December 2026" in text
    assert "the retention period is shortened from three years to two" in text
    screenshot(page, "history-en")
    page.get_by_role("link", name="Text").last.click()
    page.wait_for_url(after_site.url("en/privacy/versions/v1/"))
    assert "Superseded — not in force" in page.locator("article").inner_text()
    screenshot(page, "version-superseded-en")
    page.get_by_role("link", name="Read the version in force").click()
    page.wait_for_url(after_site.url("en/privacy/"))


def test_change_page_shows_insertions_and_deletions(page, after_site, screenshot):
    page.goto(after_site.url("privacy/changes/v2/"))
    article = page.locator("article")
    assert "涉及的条款" in article.inner_text()
    deleted = [t for t in page.locator(".policy-redline--inline del").all_inner_texts() if t != "删除文字"]
    inserted = [t for t in page.locator(".policy-redline--inline ins").all_inner_texts() if t != "新增文字"]
    assert "和联系电话" in "".join(deleted) and "三年" in "".join(deleted)
    assert "两年" in "".join(inserted)
    assert page.locator(".policy-redline--inline del").first.is_visible()
    assert page.locator(".policy-redline--side").count() == 1
    screenshot(page, "change-zh")
    page.locator("article a[href$='versions/v2/']").first.click()
    page.wait_for_url(re.compile(r".*/privacy/versions/v2/$"))


def test_parallel_view_shows_both_languages_section_by_section(page, after_site, screenshot):
    page.goto(after_site.url("en/privacy/parallel/"))
    row = page.locator(".policy-row#s3")
    assert "我们将您的个人信息保存两年" in row.locator("[lang=zh]").inner_text()
    assert "We keep your personal information for two years" in row.locator("[lang=en]").inner_text()
    box_zh = row.locator("[lang=zh]").bounding_box()
    box_en = row.locator("[lang=en]").bounding_box()
    assert box_zh["x"] < box_en["x"] and abs(box_zh["y"] - box_en["y"]) < 2   # side by side
    screenshot(page, "parallel-en")


def search(page, term):
    """Type ``term`` into material's search box; the links of the results (they are shown
    once the search worker has loaded the index of the page's language)."""
    page.wait_for_load_state("networkidle")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    box.fill(term)
    box.press("End")
    items = page.locator(".md-search-result__item a")
    items.first.wait_for(timeout=15000)
    return [re.sub(r"\?h=[^#]*", "", href) for href in items.evaluate_all("els => els.map(e => e.href)")]


@pytest.mark.parametrize("term", ["日志", "访问日志", "个人信息"])
def test_chinese_search_finds_the_statement(page, before_site, screenshot, term):
    page.goto(before_site.url("privacy/history/"))
    hrefs = search(page, term)
    assert any(re.search(r"/privacy/(#s[\d-]+)?$", href) for href in hrefs), hrefs
    assert not any("/en/" in href or "/versions/" in href for href in hrefs), hrefs
    screenshot(page, "search-zh")


@pytest.mark.parametrize("term", ["collect", "information", "logs"])
def test_english_search_uses_the_english_index(page, before_site, term):
    # "information" and "logs" are words a stemmer changes ("inform", "log"): they must be found as typed
    page.goto(before_site.url("en/privacy/"))
    hrefs = search(page, term)
    assert hrefs and all("/en/privacy/" in href for href in hrefs), hrefs


def test_upcoming_notice_appears_before_the_effective_date_and_disappears_after(page, before_site, after_site, screenshot):
    page.goto(before_site.url("en/privacy/"))
    text = page.locator("article").inner_text()
    assert "A revised Privacy Statement takes effect on 1 December 2026" in text \
        or "A revised Privacy Statement takes effect on 1 December 2026" in text
    page.get_by_role("link", name="Read the revised text").click()
    page.wait_for_url(before_site.url("en/privacy/upcoming/"))
    assert "Not yet in force" in page.locator("article").inner_text()
    screenshot(page, "upcoming-en")
    page.goto(after_site.url("en/privacy/"))
    text = page.locator("article").inner_text()
    assert "takes effect on" not in text
    assert "We keep your personal information for two years" in text


def test_printout_has_no_navigation_and_shows_version_and_date(page, after_site, screenshot):
    page.goto(after_site.url("privacy/"))
    page.emulate_media(media="print")
    assert page.locator(".md-sidebar--primary").is_hidden()
    assert page.locator(".md-header").is_hidden()
    header = page.locator(".policy-print-header")
    assert header.is_visible()
    assert header.inner_text() == "隐私声明 · 版本 v2 · 生效日期 2026年12月1日"
    screenshot(page, "print-zh")


@pytest.mark.parametrize("path, title, text", [
    ("privacy/", "隐私声明", "我们将您的个人信息保存三年。"),
    ("en/privacy/", "Privacy Statement", "We keep your personal information for three years."),
])
def test_a_page_once_loaded_stays_readable_offline(page, before_site, path, title, text):
    page.goto(before_site.url(path))
    wait_until(page, "() => navigator.serviceWorker.ready.then(() => true)")
    page.reload()  # now through the site's service worker, which keeps a copy
    wait_until(page, "() => navigator.serviceWorker.controller !== null")
    wait_until(page, "() => caches.open('policy-site-v1').then(c => c.match(location.href)).then(r => !!r)")
    page.context.set_offline(True)
    try:
        page.reload()
        assert h1(page) == title
        assert text in page.locator("article").inner_text()
        # the stylesheet came from the cache too: the page is laid out, not bare HTML
        assert page.locator(".md-header").bounding_box()["height"] > 30
    finally:
        page.context.set_offline(False)


def test_online_readers_get_the_current_text_not_a_cached_one(page, tmp_path):
    """Network first: once a new version is published at the same address, a reader who is
    online gets it, although the service worker keeps a copy of the old page."""
    import shutil

    import site_fixture
    from browser.conftest import Served

    root = tmp_path / "site"
    shutil.copytree(site_fixture.built_site(site_fixture.BEFORE_V2, "cold")[1], root)
    served = Served(root)
    try:
        page.goto(served.url("privacy/"))
        wait_until(page, "() => navigator.serviceWorker.ready.then(() => true)")
        page.reload()
        wait_until(page, "() => navigator.serviceWorker.controller !== null")
        wait_until(page, "() => caches.open('policy-site-v1').then(c => c.match(location.href)).then(r => !!r)")
        assert "v1" in page.locator(".policy-version").inner_text()
        shutil.rmtree(root)  # the site is rebuilt on the effective date: v2 is now in force
        shutil.copytree(site_fixture.built_site(site_fixture.AFTER_V2, "cold")[1], root, copy_function=shutil.copy)
        page.reload()
        assert "v2" in page.locator(".policy-version").inner_text()
    finally:
        served.close()


@pytest.mark.parametrize("term", ["个人信息", "访问日志"])
def test_search_result_highlights_exactly_the_words_searched(page, before_site, term):
    """jieba cuts 个人信息 into 个人 + 信息: the page opened from a result must highlight what
    the reader typed, not a piece of it (个人 would also mark 个人基本信息, 个人敏感信息 …)."""
    page.goto(before_site.url("privacy/history/"))
    search(page, term)
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_load_state("networkidle")
    marks = page.locator("article mark").all_inner_texts()
    assert marks and set(marks) == {term}, marks


def test_changing_language_keeps_the_section_scrolled_to(page, before_site):
    """A reader who scrolled to a section (no #section in the address) lands on the same
    section in the other language."""
    page.set_viewport_size({"width": 390, "height": 300})
    page.goto(before_site.url("en/privacy/"))
    page.evaluate("document.getElementById('s2').scrollIntoView()")
    page.wait_for_function("window.scrollY > 0")
    assert "#" not in page.url
    # a tap on the switcher (Playwright's own click would first scroll the menu into view)
    page.locator("a.md-select__link[hreflang='zh']").dispatch_event("click")
    page.wait_for_url(before_site.url("privacy/#s2"))
    assert page.locator("#s2").inner_text().startswith("2. 我们收集的信息")


def test_chinese_prevails_notice_keeps_the_section(page, before_site):
    """A reader sent to a section who goes back up to the "Chinese version prevails" notice
    reads that section in Chinese, not the top of the page."""
    page.set_viewport_size({"width": 390, "height": 300})
    page.goto(before_site.url("en/privacy/#s2-2"))
    page.locator(".admonition.info").first.get_by_role("link", name="Read this page in Chinese").click()
    page.wait_for_url(before_site.url("privacy/#s2-2"))
    assert page.locator("#s2-2").inner_text().startswith("2.2 您使用服务时产生的访问日志")
