"""The reader's site on paper, on a phone, offline and with assistive technology (issue 14, items
4, 5, 9 and 10): real Chromium on the site of this repository's own releases (the privacy
statement 2025-06-01 → 2026-12-01 → 2027-01-01), built by `policy build` in a temporary copy.

- Print: Chromium's own PDF (page.pdf, A4, print media), pages counted in the PDF.
- Phone: the side-by-side redline at 360 × 740.
- Offline: the service worker, with the browser context switched offline.
- Accessibility: axe-core (the copy bundled by axe-playwright-python, injected into the page:
  nothing fetched) with the WCAG 2.1 A/AA rules, and the Tab stops of the keyboard.
"""

import os
import re
import shutil
from datetime import date

import pytest

from browser.conftest import Served, wait_until
from browser.test_site_browser import search
from conftest import ROOT

pytestmark = pytest.mark.browser

AS_OF = date(2026, 11, 26)   # 2025-06-01 in force, 2026-12-01 and 2027-01-01 published, not yet in force
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="module")
def real_site(tmp_path_factory):
    """This repository's releases, built as of AS_OF in a copy of the project, and served."""
    from tooling.config import load_config
    from tooling.site.build import build_site

    base = tmp_path_factory.mktemp("reader-access")
    root = base / "project"
    root.mkdir()
    for name in ("policy.toml", "terms.toml", "mkdocs.yml"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, root / name)
    for folder in ("docs", "releases", "translations"):
        shutil.copytree(ROOT / folder, root / folder)
    os.symlink(ROOT / "tooling", root / "tooling")
    out = base / "site"
    build_site(load_config(root=str(root)), str(out), AS_OF)
    served = Served(out)
    yield served
    served.close()


def pdf_pages(pdf):
    """The number of pages of a PDF written by Chromium (one /Type /Page object per page)."""
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


# -- 4. print ------------------------------------------------------------------------------------

def test_a_change_page_prints_on_three_a4_pages_in_each_language(page, real_site):
    counts = {}
    for prefix in ("", "en/"):
        for release in ("2026-12-01", "2027-01-01"):
            page.goto(real_site.url(f"{prefix}privacy/changes/{release}/"))
            counts[prefix + release] = pdf_pages(page.pdf(format="A4"))
    # the issue counted 23 pages for the first one; the one in force on 1 January is longer
    assert counts["2026-12-01"] <= 3 and counts["en/2026-12-01"] <= 3, counts
    assert counts["2027-01-01"] <= 4 and counts["en/2027-01-01"] <= 4, counts


def test_a_printed_change_page_holds_one_view_and_only_the_changed_sections(page, real_site):
    page.goto(real_site.url("en/privacy/changes/2026-12-01/"))
    page.emulate_media(media="print")
    inline, side = page.locator(".policy-redline--inline"), page.locator(".policy-redline--side")
    assert inline.is_visible() and side.is_hidden()
    assert page.locator("#summary").is_visible() and page.locator("#affected").is_visible()
    # unchanged sections: one line saying how many, their text not printed
    folded = inline.locator("details.redline-unchanged")
    assert folded.count() >= 3
    assert folded.first.locator("summary").is_visible()
    assert inline.locator("details.redline-unchanged .redline-section").evaluate_all(
        "els => els.filter(e => e.getBoundingClientRect().height > 0).length") == 0
    # of a changed section: its bar and the paragraphs that changed, not the unchanged ones
    section = inline.locator("#inline-s2-1")
    assert section.locator(".redline-section-head").is_visible()
    paragraphs = section.locator(".redline-body > p")
    shown = paragraphs.evaluate_all("ps => ps.filter(p => p.checkVisibility()).map(p => !!p.querySelector('ins, del'))")
    assert shown and all(shown) and paragraphs.count() > len(shown)
    assert page.locator(".policy-view-switch").is_hidden()
    # the view chosen on screen is the one printed
    page.emulate_media(media="screen")
    page.locator(".policy-view-switch").get_by_role("button", name="Side by side").click()
    page.emulate_media(media="print")
    assert side.is_visible() and inline.is_hidden()
    rows = side.locator(".redline-sbs-row:not(.redline-sbs-columns)")
    assert rows.evaluate_all("rs => rs.filter(r => r.checkVisibility()).every(r => r.classList.contains('redline-row-changed'))")
    assert pdf_pages(page.pdf(format="A4")) <= 3


def test_a_version_page_prints_the_text_without_the_site_around_it(page, real_site):
    for path in ("privacy/versions/2026-12-01/", "en/privacy/"):
        page.goto(real_site.url(path))
        page.emulate_media(media="print")
        for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-search", ".md-footer", ".md-top"):
            assert page.locator(chrome).first.is_hidden(), (path, chrome)
        assert page.locator(".policy-print-header").is_visible()
        assert page.locator("article .policy-state").is_visible()
        # no link prints its address after it
        after = page.locator("article a").evaluate_all(
            "as => as.map(a => getComputedStyle(a, '::after').content).filter(c => /http|\\//.test(c))")
        assert after == [], (path, after[:3])
        assert page.locator("article").inner_text().count("http") == 0


# -- 5. the side-by-side redline on a phone --------------------------------------------------------

LABELS = {"": ("修订前 · 2025-06-01", "修订后 · 2026-12-01"), "en/": ("Before · 2025-06-01", "After · 2026-12-01")}

ROWS = """side => [...side.querySelectorAll('.redline-section .redline-sbs-row')].filter(r => r.checkVisibility()).map(r => ({
  changed: r.classList.contains('redline-row-changed'),
  heading: r.classList.contains('redline-row-heading'),
  cells: [...r.children].filter(c => c.checkVisibility()).map(c => getComputedStyle(c, '::before').content)}))"""

SMALL_TEXT = """side => [...side.querySelectorAll('*')].filter(e => e.checkVisibility() &&
  [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()) && parseFloat(getComputedStyle(e).fontSize) < 14)
  .map(e => e.tagName + ' ' + getComputedStyle(e).fontSize + ' ' + e.textContent.trim().slice(0, 20))"""


def test_the_side_by_side_redline_on_a_phone_says_which_is_before_and_after(page, real_site, screenshot):
    page.set_viewport_size({"width": 360, "height": 740})
    for prefix, (before, after) in LABELS.items():
        page.goto(real_site.url(f"{prefix}privacy/changes/2026-12-01/"))
        page.locator(".policy-view-switch button[data-view=side]").click()
        side = page.locator(".policy-redline--side")
        assert side.is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        rows = side.evaluate(ROWS)
        changed = [r for r in rows if r["changed"]]
        assert changed and all(r["cells"] == [f'"{before}"', f'"{after}"'] for r in changed), changed[:2]
        # an unchanged paragraph once, unlabelled; an unchanged heading only in its section's bar
        unchanged = [r for r in rows if not r["changed"]]
        assert unchanged and all(len(r["cells"]) == 1 and r["cells"] == ["none"] for r in unchanged), unchanged[:2]
        assert not any(r["heading"] for r in unchanged)
        heading = side.locator("#side-s2-1")
        title = heading.locator(".redline-name").inner_text()
        assert heading.inner_text().count(title) == 1, heading.inner_text()[:200]
        # text at 14 px at least, also in the unchanged sections once unfolded
        side.locator("details.redline-unchanged").evaluate_all("ds => ds.forEach(d => { d.open = true; })")
        assert side.evaluate(SMALL_TEXT) == []
        box = side.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
        side.locator(".redline-row-changed").first.scroll_into_view_if_needed()
        screenshot(page, f"side-by-side-360-{(prefix or 'zh/').strip('/')}")
    # on a wide screen: two columns under one header, no labels in the cells
    page.set_viewport_size({"width": 1280, "height": 900})
    side = page.locator(".policy-redline--side")
    assert side.locator(".redline-sbs-columns").is_visible()
    assert side.evaluate(ROWS)[0]["cells"] == ["none", "none"]


# -- 9. offline --------------------------------------------------------------------------------

def test_the_first_page_is_kept_offline_and_an_unvisited_page_shows_the_bilingual_offline_page(browser, real_site, screenshot):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        first = real_site.url("en/privacy/changes/2026-12-01/")
        page.goto(first)
        title = page.title()
        # the worker saves the page the reader opened first (loaded before the worker controlled it),
        # and the style sheets and scripts it uses
        wait_until(page, """() => {
            const wanted = [location.href, ...[...document.querySelectorAll('link[rel="stylesheet"][href], script[src]')]
                .map(e => e.href || e.src)];
            return Promise.all(wanted.map(url => caches.match(url))).then(found => found.every(Boolean));
        }""")
        # and the worker has taken the page over (clients.claim), so that its reload goes through it
        wait_until(page, "() => !!navigator.serviceWorker.controller")
        context.set_offline(True)
        page.reload()
        assert page.title() == title, page.evaluate("""() => caches.keys().then(names => Promise.all(names.map(n =>
            caches.open(n).then(c => c.keys()).then(rs => rs.map(r => n + " " + r.url)))))""")   # what was saved
        assert page.locator("article .policy-redline--inline").is_visible()
        assert page.locator("link[rel=stylesheet]").evaluate_all("ls => ls.every(l => l.sheet !== null)")
        # a page never opened: the offline page, in both languages, listing what can be read
        page.goto(real_site.url("privacy/history/"))
        page.wait_for_selector("section[lang=en] .policy-offline-pages li")
        zh, en = page.locator("section[lang=zh]"), page.locator("section[lang=en]")
        assert "您目前处于离线状态" in page.locator("h1").inner_text() and "You are offline" in page.locator("h1").inner_text()
        assert "尚未保存在本设备上" in zh.inner_text() and "not been saved on this device" in en.inner_text()
        links = en.locator(".policy-offline-pages a")
        assert links.evaluate_all("as => as.map(a => a.href)") == [first]
        assert links.first.inner_text() == title
        assert zh.locator(".policy-offline-none").is_visible()      # no Chinese page saved yet
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        screenshot(page, "offline-page-360")
        links.first.click()
        page.wait_for_url(first)
        assert page.title() == title
        # back online, the reader gets the page from the network again
        context.set_offline(False)
        page.goto(real_site.url("privacy/history/"))
        assert page.locator("article #v-2027-01-01").is_visible()
    finally:
        context.close()


# -- 10. keyboard and axe-core -------------------------------------------------------------------

PAGES = ["", "privacy/", "privacy/upcoming/", "privacy/versions/2025-06-01/", "privacy/versions/2026-12-01/",
         "privacy/changes/2026-12-01/", "privacy/changes/2025-06-01/", "privacy/history/", "privacy/parallel/",
         "privacy/compare/?from=2025-06-01&to=2027-01-01", "privacy/compare/?from=2025-06-01&to=nonesuch"]


def axe_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    # what a reader sees at rest: colours are measured after the transitions end (the search results fade in, and a
    # colour taken halfway is a contrast no reader meets)
    # (polled with evaluate: wait_for_function's string is eval'd, which the site's Content-Security-Policy forbids)
    for _ in range(100):
        if page.evaluate("() => document.getAnimations().every(a => a.playState !== 'running')"):
            break
        page.wait_for_timeout(50)
    # the search dialog's name (aria-dialog-name) is tagged best-practice, not WCAG: checked too
    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG},
                                      "rules": {"aria-dialog-name": {"enabled": True}},
                                      "resultTypes": ["violations"]})
    return [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result.response["violations"]]


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_axe_core_finds_no_wcag_violation_on_any_page_type(page, real_site, prefix):
    found = {}
    for path in PAGES:
        page.goto(real_site.url(prefix + path))
        found[path] = axe_violations(page)
        if path == "privacy/changes/2026-12-01/":
            page.locator(".policy-view-switch button[data-view=side]").click()
            found[path + " (side by side)"] = axe_violations(page)
            page.locator(".policy-view-switch button[data-view=inline]").click()
    # the version selector open
    page.goto(real_site.url(prefix + "privacy/"))
    page.locator(".policy-versions summary").first.click()
    found["version selector"] = axe_violations(page)
    # the search open, with results
    page.goto(real_site.url(prefix + "privacy/"))
    assert search(page, "个人信息" if not prefix else "information")
    assert page.locator(".md-search__output").is_visible()
    found["search"] = axe_violations(page)
    # the same at phone width
    page.set_viewport_size({"width": 360, "height": 740})
    for path in ("privacy/", "privacy/changes/2027-01-01/"):
        page.goto(real_site.url(prefix + path))
        found[path + " (360 px)"] = axe_violations(page)
    assert {path: v for path, v in found.items() if v} == {}


def test_axe_core_finds_no_wcag_violation_on_the_offline_page(page, real_site):
    page.goto(real_site.url("offline.html"))
    assert axe_violations(page) == []


FOCUS = """e => { const s = getComputedStyle(e), b = e.getBoundingClientRect();
  return {name: e.tagName + ' ' + (e.getAttribute('class') || '') + ' ' + (e.textContent || '').trim().slice(0, 30),
          x: b.x, y: b.y, width: b.width, height: b.height, visibility: s.visibility,
          look: [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(' | ')}; }"""


@pytest.mark.parametrize("path,width", [("en/privacy/", 1280), ("privacy/changes/2026-12-01/", 360),
                                        ("en/privacy/history/", 1280)])
def test_every_tab_stop_is_visible_and_shows_the_focus(page, real_site, path, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(real_site.url(path))
    stops, previous = [], None
    for _ in range(20):
        page.keyboard.press("Tab")
        element = page.evaluate_handle("document.activeElement")
        if element.evaluate("e => e === document.body"):
            break
        focused = element.evaluate(FOCUS)
        if previous is not None:
            handle, seen = previous
            stops.append((seen, handle.evaluate(FOCUS)))   # the same element, no longer focused
        previous = (element, focused)
    assert len(stops) >= 10
    for n, (focused, blurred) in enumerate(stops, 1):
        where = f"Tab stop {n}: {focused['name']}"
        assert focused["width"] > 0 and focused["height"] > 0, where
        assert focused["x"] < width and focused["x"] + focused["width"] > 0, where   # on the screen
        assert focused["visibility"] != "hidden", where
        assert focused["look"] != blurred["look"], where
        assert not focused["look"].startswith("none"), where     # an outline, not a change of colour only
