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
