"""Compare any two versions (/<doc>/compare/?from=A&to=B) and the version selector, in Chromium.

The compare page computes its redline in the browser (assets/compare.js on diff-match-patch's
JavaScript port); for two adjacent versions it must be the change page's redline, which the
server computed with `policy diff`'s engine. Checked on the real releases of the privacy
statement (2025-06-01 → 2026-12-01 → 2027-01-01), in both languages."""

import re
import shutil
import tempfile
from pathlib import Path

import pytest

from site_fixture import ROOT

from .conftest import Served

REAL = ("2025-06-01", "2026-12-01", "2027-01-01")


@pytest.fixture(scope="module")
def real_site():
    """The site of this repository's real releases (built into a temporary folder)."""
    from datetime import date

    from tooling.config import load_config
    from tooling.site.build import build_site

    base = Path(tempfile.mkdtemp(prefix="policy-compare-tests-"))
    project = base / "project"
    project.mkdir()
    for name in ("policy.toml", "mkdocs.yml", "terms.toml"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, project / name)
    shutil.copytree(ROOT / "releases", project / "releases")
    shutil.copytree(ROOT / "docs", project / "docs")
    (project / "tooling").symlink_to(ROOT / "tooling")
    out = base / "site"
    build_site(load_config(root=str(project)), str(out), date(2026, 11, 26))
    served = Served(out)
    served.site_dir = out
    yield served
    served.close()
    shutil.rmtree(base, ignore_errors=True)


RUNS = """(root) => Array.from(root.querySelectorAll('ins, del'))
  .filter((e) => !e.closest('.redline-legend')).map((e) => [e.tagName.toLowerCase(), e.textContent])"""

MARKUP = "(root) => root.innerHTML"


def _markup(html):
    """Whitespace between tags normalised (the markup's, never the text's)."""
    return re.sub(r">\s+<", "><", html.strip())


def _redlines(page, url, wait_for_compare=False):
    page.goto(url)
    if wait_for_compare:
        page.wait_for_selector("#policy-compare[data-state=done]")
    out = {}
    for view in ("inline", "side-by-side"):
        root = page.locator(f"#{view}")
        out[view] = (root.evaluate(RUNS), _markup(root.evaluate(MARKUP)))
    return out


@pytest.mark.parametrize("language", ["zh", "en"])
def test_compare_of_adjacent_versions_is_the_change_pages_redline(page, real_site, language):
    prefix = "" if language == "zh" else "en/"
    for old, new in zip(REAL, REAL[1:]):
        server = _redlines(page, real_site.url(f"{prefix}privacy/changes/{new}/"))
        browser = _redlines(page, real_site.url(f"{prefix}privacy/compare/?from={old}&to={new}"), True)
        for view in ("inline", "side-by-side"):
            runs_server, markup_server = server[view]
            runs_browser, markup_browser = browser[view]
            assert runs_server, f"{old}→{new} {language}: the change page shows no change"
            assert runs_browser == runs_server, f"{old}→{new} {language} {view}: insert/delete runs differ"
            assert markup_browser == markup_server, f"{old}→{new} {language} {view}: markup differs"


@pytest.mark.parametrize("language", ["zh", "en"])
def test_compare_of_any_two_versions_is_policy_diff_of_their_texts(page, real_site, language):
    """Non-adjacent versions (no change page exists): the runs are those `policy diff` gives."""
    from tooling.diff import diffing, redline

    old_text = (ROOT / "releases" / "privacy" / REAL[0] / f"{language}.md").read_text(encoding="utf-8")
    new_text = (ROOT / "releases" / "privacy" / REAL[2] / f"{language}.md").read_text(encoding="utf-8")
    diff = diffing.diff_documents(old_text, new_text, language, "privacy", REAL[0], REAL[2])
    expected = redline.render_inline_html(diff, id_prefix="inline-", title=False)
    prefix = "" if language == "zh" else "en/"
    page.goto(real_site.url(f"{prefix}privacy/compare/?from={REAL[0]}&to={REAL[2]}"))
    page.wait_for_selector("#policy-compare[data-state=done]")
    got = _markup(page.locator("#inline").evaluate(MARKUP))
    shown = page.evaluate("(html) => { const d = document.createElement('div'); d.innerHTML = html; return d.innerHTML; }",
                          expected.strip())
    assert got == _markup(shown)
    counts = diff.counts()
    assert counts["changed"] > 0
    assert page.locator("#inline .redline-section[data-status=changed]").count() == counts["changed"]


def test_reversed_order_is_shown_oldest_first_and_said_so(page, real_site):
    page.goto(real_site.url(f"en/privacy/compare/?from={REAL[2]}&to={REAL[1]}"))
    page.wait_for_selector("#policy-compare[data-state=done]")
    status = page.locator(".policy-compare__status")
    assert status.is_visible()
    assert "newest first" in status.inner_text()
    assert f"from {REAL[1]} to {REAL[2]}" in status.inner_text()
    section = page.locator("#inline section.redline")
    assert section.get_attribute("data-from") == REAL[1] and section.get_attribute("data-to") == REAL[2]
    page.goto(real_site.url(f"privacy/compare/?from={REAL[2]}&to={REAL[1]}"))
    page.wait_for_selector("#policy-compare[data-state=done]")
    assert "由新到旧" in page.locator(".policy-compare__status").inner_text()


@pytest.mark.parametrize("query, zh, en", [
    ("?from=2025-06-01", "须同时指定", "both an earlier version"),
    ("?from=2025-06-01&to=2099-01-01", "不存在已发布的版本“2099-01-01”", "no published version \u201c2099-01-01\u201d"),
    ("?from=2026-12-01&to=2026-12-01", "同一版本", "the same version"),
    ("?from=%3Cimg%20src%3Dx%3E&to=2026-12-01", "不存在已发布的版本", "no published version"),
])
def test_a_bad_query_says_what_is_wrong_in_both_languages(page, real_site, query, zh, en):
    for prefix in ("", "en/"):
        page.goto(real_site.url(f"{prefix}privacy/compare/{query}"))
        status = page.locator(".policy-compare__status")
        status.wait_for()
        text = status.inner_text()
        assert zh in text and en in text, text
        assert "2025-06-01, 2026-12-01, 2027-01-01" in text or "同一版本" in text
        assert page.locator("#policy-compare img").count() == 0
        assert page.locator(".policy-compare__result").inner_text() == ""


def test_the_history_page_chooses_two_versions_and_opens_the_comparison(page, real_site, screenshot):
    for prefix, button in (("en/", "Compare"), ("", "比较")):
        page.goto(real_site.url(f"{prefix}privacy/history/"))
        page.get_by_label("Earlier version" if prefix else "较早版本").select_option(REAL[0])
        page.get_by_label("Later version" if prefix else "较晚版本").select_option(REAL[2])
        page.get_by_role("button", name=button, exact=True).click()
        page.wait_for_url(real_site.url(f"{prefix}privacy/compare/?from={REAL[0]}&to={REAL[2]}"))
        page.wait_for_selector("#policy-compare[data-state=done]")
        assert page.locator("#inline ins").count() > 0 and page.locator("#inline del").count() > 0
        # the form of the compare page shows what is compared
        assert page.locator("#compare-from").input_value() == REAL[0]
        assert page.locator("#compare-to").input_value() == REAL[2]
    screenshot(page, "compare-zh-1366")


def test_the_view_switch_shows_one_redline_at_a_time(page, real_site):
    page.goto(real_site.url(f"en/privacy/compare/?from={REAL[1]}&to={REAL[2]}"))
    page.wait_for_selector("#policy-compare[data-state=done]")
    assert page.locator("#inline").is_visible() and not page.locator("#side-by-side").is_visible()
    page.get_by_role("button", name="Side by side").click()
    assert page.locator("#side-by-side").is_visible() and not page.locator("#inline").is_visible()


def test_compare_works_offline_once_the_versions_were_compared(browser, real_site):
    context = browser.new_context()
    page = context.new_page()
    try:
        url = real_site.url(f"privacy/compare/?from={REAL[0]}&to={REAL[1]}")
        page.goto(url)
        page.wait_for_selector("#policy-compare[data-state=done]")
        page.evaluate("() => navigator.serviceWorker.ready")
        page.reload()   # the service worker controls the page now: every file goes through it
        page.wait_for_selector("#policy-compare[data-state=done]")
        runs = page.locator("#inline").evaluate(RUNS)
        context.set_offline(True)
        page.goto(url)
        page.wait_for_selector("#policy-compare[data-state=done]")
        assert page.locator("#inline").evaluate(RUNS) == runs
        # a version never fetched cannot be compared offline: it says so, in both languages
        page.goto(real_site.url(f"privacy/compare/?from={REAL[1]}&to={REAL[2]}"))
        page.wait_for_selector("#policy-compare[data-state=failed]")
        text = page.locator(".policy-compare__status").inner_text()
        assert "离线" in text and "offline" in text
        # once its version page has been read online, that version can be compared offline too
        context.set_offline(False)
        saved = real_site.url(f"privacy/versions/{REAL[2]}/text.json")
        page.goto(real_site.url(f"privacy/versions/{REAL[2]}/"))
        for _ in range(100):
            if page.evaluate("async url => !!(await caches.match(url))", saved):
                break
            page.wait_for_timeout(50)
        context.set_offline(True)
        page.goto(real_site.url(f"privacy/compare/?from={REAL[1]}&to={REAL[2]}"))
        page.wait_for_selector("#policy-compare[data-state=done]")
    finally:
        context.close()


def test_the_compare_page_without_scripts_says_it_needs_them(browser, real_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(real_site.url(f"en/privacy/compare/?from={REAL[0]}&to={REAL[1]}"))
        assert "needs JavaScript" in page.locator(".policy-compare__status").inner_text()
        assert page.locator("#compare-from option").count() == 3
    finally:
        context.close()


# The engine itself: the same texts give the same ops as tooling/diff/diffing.py.
PAIRS = [
    ("我们收集您的个人信息。", "我们处理您的敏感个人信息。"),
    ("第一条 适用范围。本声明适用于本平台。", "第一条 适用范围；本声明适用于本平台及其关联方。"),
    ("We collect your name and phone number.", "We collect your name, e-mail address and phone number."),
    ("Section 3.5 applies for 1,000 days.", "Section 4.5 applies for 2,000 days, don't forget."),
    ("Line one.\n\nLine two is here.\n", "Line one.\n\nLine two was here.\n\nLine three.\n"),
    ("𠀀𠀁字符测试。", "𠀀𠀂字符测试！"),
    ("Café naïve résumé", "Cafe naive resume"),
    ("受托人应当按照约定处理个人信息。", "个人信息处理者应当按照约定处理个人信息，受托人不得超出约定。"),
    ("", "新增文本"),
    ("a\u3000b\u00a0c", "a b c"),
]


def test_the_engine_gives_the_ops_of_policy_diff(page, real_site):
    from tooling.diff import diffing

    page.goto(real_site.url(f"privacy/compare/?from={REAL[0]}&to={REAL[1]}"))
    page.wait_for_selector("#policy-compare[data-state=done]")
    long_zh = (ROOT / "releases" / "privacy" / REAL[0] / "zh.md").read_text(encoding="utf-8")
    long_new = long_zh.replace("个人信息", "个人资料").replace("。", "；", 40) * 3   # > LONG tokens: the pre-pass
    for old, new in PAIRS + [(long_zh * 3, long_new)]:
        for language in ("zh", "en"):
            expected = [list(op) for op in diffing.diff_text(old, new, language)]
            got = page.evaluate("([a, b, l]) => window.policyCompare.diffText(a, b, l)", [old, new, language])
            assert got == expected, (old[:40], new[:40], language)


# The version selector in the header.
SECTION_PAGES = ["privacy/", "privacy/upcoming/", "privacy/history/", "privacy/parallel/", "privacy/compare/",
                 "privacy/versions/2025-06-01/", "privacy/changes/2026-12-01/"]


def _menu(page):
    return page.locator("header details.policy-versions__menu")


def test_every_page_of_a_document_has_the_version_selector_with_status_and_dates(page, real_site):
    expected = {"zh": [("2027-01-01", "尚未生效", "生效日期 2027年1月1日 · 发布日期 2026年11月26日"),
                       ("2026-12-01", "尚未生效", "生效日期 2026年12月1日 · 发布日期 2026年11月25日"),
                       ("2025-06-01", "现行有效", "生效日期 2025年6月1日 · 发布日期 2025年6月1日")],
                "en": [("2027-01-01", "Not yet in force", "Effective 1 January 2027 · Published 26 November 2026"),
                       ("2026-12-01", "Not yet in force", "Effective 1 December 2026 · Published 25 November 2026"),
                       ("2025-06-01", "In force", "Effective 1 June 2025 · Published 1 June 2025")]}
    for language in ("zh", "en"):
        for path in SECTION_PAGES:
            page.goto(real_site.url(("en/" if language == "en" else "") + path))
            menu = _menu(page)
            assert menu.count() == 1, path
            links = menu.locator("a.policy-versions__link")
            if "versions/" in path or "changes/" in path:
                # the page of a release is cached as it is: it lists its own version, and the
                # others once the list is opened (versions/menu.json)
                assert links.count() == 1
                menu.locator("summary").click()
                links.nth(2).wait_for()
            rows = [(links.nth(k).locator(".policy-versions__id").text_content(),   # closed: not rendered
                     links.nth(k).locator(".policy-status").text_content(),
                     links.nth(k).locator(".policy-versions__dates").text_content()) for k in range(links.count())]
            assert rows == expected[language], (language, path)
            shown = "2026-12-01" if "2026-12-01" in path or "upcoming" in path else "2025-06-01"
            current = menu.locator("a[aria-current]")
            assert current.count() == 1 and shown in current.text_content(), path
            assert shown in menu.locator("summary").inner_text()
    page.goto(real_site.url(""))
    assert _menu(page).count() == 0   # the policy centre is no document's page


def test_choosing_a_version_keeps_the_section_being_read(page, real_site):
    for prefix in ("", "en/"):
        page.goto(real_site.url(f"{prefix}privacy/"))
        page.locator("#s5").scroll_into_view_if_needed()
        page.evaluate("() => window.scrollBy(0, document.getElementById('s5').getBoundingClientRect().top - 80)")
        _menu(page).locator("summary").click()
        reading = page.evaluate("() => policyCurrentSection()")
        assert reading.startswith("#s5"), reading   # §5 or a clause of it
        _menu(page).locator("a.policy-versions__link", has_text="2026-12-01").click()
        page.wait_for_url(real_site.url(f"{prefix}privacy/versions/2026-12-01/{reading}"))
        top = page.evaluate(f"() => document.getElementById('{reading[1:]}').getBoundingClientRect().top")
        assert 0 <= top < 300


def test_the_version_selector_works_with_the_keyboard(page, real_site):
    page.goto(real_site.url("en/privacy/versions/2026-12-01/#s3"))
    summary = _menu(page).locator("summary")
    summary.focus()
    page.keyboard.press("Enter")
    assert _menu(page).get_attribute("open") is not None
    _menu(page).locator("a.policy-versions__link").nth(2).wait_for()
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.textContent")
    assert focused.startswith("2027-01-01")
    page.keyboard.press("Escape")
    assert _menu(page).get_attribute("open") is None
    assert page.evaluate("() => document.activeElement.tagName") == "SUMMARY"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(real_site.url("en/privacy/versions/2025-06-01/#s3"))
    # a screen reader finds a button that expands, named by the version it shows
    tree = page.locator("header details.policy-versions__menu").aria_snapshot()
    assert "2025-06-01" in tree.splitlines()[0] and "expanded" not in tree.splitlines()[0], tree


def test_the_version_selector_fits_a_360_px_screen(browser, real_site, screenshot):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        for path in ("privacy/", "en/privacy/versions/2025-06-01/", "en/privacy/compare/?from=2025-06-01&to=2027-01-01"):
            page.goto(real_site.url(path))
            _menu(page).locator("summary").click()
            panel = page.locator(".policy-versions__panel").bounding_box()
            assert panel["x"] >= 0 and panel["x"] + panel["width"] <= 360, (path, panel)
            assert page.evaluate("() => document.documentElement.scrollWidth") <= 360, path
        screenshot(page, "version-selector-en-360")
    finally:
        context.close()


def test_without_scripts_the_version_selector_is_a_list_of_links(browser, real_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(real_site.url("privacy/history/"))
        _menu(page).locator("summary").click()
        _menu(page).locator("a.policy-versions__link", has_text="2026-12-01").click()
        page.wait_for_url(real_site.url("privacy/versions/2026-12-01/"))
        # the page of a release: its own version, and the history that lists every version
        _menu(page).locator("summary").click()
        assert _menu(page).locator("a.policy-versions__link").all_inner_texts()[0].startswith("2026-12-01")
        _menu(page).get_by_role("link", name="全部历史版本").click()
        page.wait_for_url(real_site.url("privacy/history/"))
    finally:
        context.close()
