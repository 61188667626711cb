"""What a reader sees at once on the site (issue 14): which version is in force, since when and
what replaces it; the upcoming version's notice and redline; the history, the feeds, the footer
and the policy centre. Real Chromium on the fixture site built by `policy build`."""

import re
import urllib.request
import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.browser

ATOM = "{http://www.w3.org/2005/Atom}"

# WCAG 2 contrast of every text in a status block against the block's background (computed styles)
CONTRAST = """block => {
  const rgb = s => s.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                     return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const bg = rgb(getComputedStyle(block).backgroundColor);
  const out = [];
  for (const el of [block, ...block.querySelectorAll('*')]) {
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const a = lum(rgb(getComputedStyle(el).color)), b = lum(bg);
    out.push([el.tagName + ' ' + el.textContent.trim().slice(0, 20), (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)]);
  }
  return {background: getComputedStyle(block).backgroundColor, border: getComputedStyle(block).borderLeftColor,
          padding: getComputedStyle(block).paddingLeft, contrasts: out};
}"""


def state(page):
    return page.locator("article .policy-state").first


def test_the_in_force_page_says_at_once_which_version_is_in_force_since_when_and_what_replaces_it(page, before_site, screenshot):
    for path, words in (("privacy/", ("现行有效", "本版本（v1）自2025年6月1日起生效。",
                                      "修订后的版本（v2）已经发布，将于2026年12月1日起生效并取代本版本。")),
                        ("en/privacy/", ("In force", "This version (v1) has been in force since 1 June 2025.",
                                         "A revised version (v2) has been published and replaces this version on 1 December 2026."))):
        page.goto(before_site.url(path))
        block = state(page)
        assert block.get_attribute("class") == "policy-state policy-state--in-force"
        text = block.inner_text()
        assert all(w in text for w in words), text
        # the first thing under the title (and the translation notice), above the amendment banner
        banner = page.locator("article .admonition.warning").first
        assert block.bounding_box()["y"] < banner.bounding_box()["y"]
        label = block.locator(".policy-state__label")
        assert float(label.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")) >= 18
        assert label.evaluate("e => getComputedStyle(e).fontWeight") == "700"
    screenshot(page, "in-force-status-en")


def test_status_blocks_share_a_style_with_a_colour_per_state_at_wcag_aa_contrast(page, before_site, after_site):
    seen = {}
    for site, path, expected in ((before_site, "privacy/", "in-force"), (before_site, "en/privacy/upcoming/", "upcoming"),
                                 (after_site, "privacy/versions/v1/", "superseded"), (after_site, "en/privacy/versions/v2/", "in-force"),
                                 (before_site, "privacy/changes/v2/", "upcoming"), (after_site, "en/privacy/changes/v1/", "superseded"),
                                 (before_site, "en/privacy/versions/v1/", "in-force"), (before_site, "", "in-force")):
        page.goto(site.url(path))
        block = state(page)
        assert block.get_attribute("class").split()[-1] == f"policy-state--{expected}", path
        style = block.evaluate(CONTRAST)
        low = [(what, round(ratio, 2)) for what, ratio in style["contrasts"] if ratio < 4.5]
        assert style["contrasts"] and low == [], (path, low)
        seen.setdefault(expected, set()).add((style["background"], style["border"], style["padding"]))
    # the same look for a state wherever it is shown; another colour for each state; the same shape
    assert all(len(looks) == 1 for looks in seen.values()), seen
    looks = {state: next(iter(v)) for state, v in seen.items()}
    assert len({look[0] for look in looks.values()}) == 3 and len({look[1] for look in looks.values()}) == 3
    assert len({look[2] for look in looks.values()}) == 1


def test_the_permanent_page_of_the_version_in_force_says_when_it_will_be_replaced(page, before_site, after_site):
    page.goto(before_site.url("en/privacy/versions/v1/"))
    assert "A revised version (v2) has been published and replaces this version on 1 December 2026." in state(page).inner_text()
    page.goto(after_site.url("privacy/versions/v2/"))
    text = state(page).inner_text()
    assert "本版本（v2）自2026年12月1日起生效。" in text and "取代本版本" not in text


def test_the_upcoming_page_links_its_change_notice_and_its_redline(page, before_site, screenshot):
    page.goto(before_site.url("en/privacy/upcoming/"))
    block = state(page)
    assert "This version (v2) takes effect on 1 December 2026 and then replaces the version in force (v1)." in block.inner_text()
    screenshot(page, "upcoming-status-en")
    block.get_by_role("link", name="Change notice").click()
    page.wait_for_url(before_site.url("en/privacy/changes/v2/"))
    assert "Affected sections" in page.locator("article").inner_text()
    page.go_back()
    state(page).get_by_role("link", name="Redline").click()
    page.wait_for_url(before_site.url("en/privacy/changes/v2/#redline"))
    assert page.locator("#redline").is_visible()
    page.goto(before_site.url("privacy/upcoming/"))
    state(page).get_by_role("link", name="修订对照").click()
    page.wait_for_url(before_site.url("privacy/changes/v2/#redline"))


def test_history_names_the_first_publication_and_links_each_page_once(page, after_site, screenshot):
    for path, first, material in (("en/privacy/history/", "Kind: First publication", "Kind: Material change"),
                                  ("privacy/history/", "修订类型：首次发布", "修订类型：实质性修订")):
        page.goto(after_site.url(path))
        v1, v2 = page.locator("#v-v1").inner_text(), page.locator("#v-v2").inner_text()
        assert first in v1 and material not in v1
        assert material in v2 and first not in v2
        for release in ("#v-v1", "#v-v2"):
            hrefs = page.locator(f"{release} a").evaluate_all("els => els.map(e => e.href)")
            assert len(hrefs) == len(set(hrefs)) == 2, hrefs     # the text and the change notice
    screenshot(page, "history-zh")


def _fetch(url):
    with urllib.request.urlopen(url) as response:
        return response.status, response.headers.get("Content-Type", ""), response.read()


def test_every_page_offers_the_atom_feed_of_each_language_and_a_footer(page, before_site):
    for path, language, name in (("privacy/", "zh", "示例平台 · 政策中心"), ("en/privacy/changes/v2/", "en", "Example Platform · Policies"),
                                 ("", "zh", "示例平台 · 政策中心"), ("en/privacy/history/", "en", "Example Platform · Policies")):
        page.goto(before_site.url(path))
        feeds = page.locator('head link[rel=alternate][type="application/atom+xml"]')
        by_lang = {feeds.nth(i).get_attribute("hreflang"): feeds.nth(i).evaluate("e => e.href") for i in range(feeds.count())}
        assert set(by_lang) == {"zh", "en"}, path
        for lang, href in by_lang.items():
            assert href == before_site.url(f"notices.{lang}.atom")
            status, _, body = _fetch(href)
            feed = ET.fromstring(body)
            assert status == 200 and feed.tag == f"{ATOM}feed" and feed.findall(f"{ATOM}entry")
        footer = page.locator("footer.md-footer")
        assert name in footer.inner_text()
        subscribe = footer.get_by_role("link", name=re.compile("订阅变更通知|Subscribe to change notices"))
        assert subscribe.evaluate("e => e.href") == before_site.url(f"notices.{language}.atom")
        history = footer.get_by_role("link", name=re.compile("历史版本|Version history"))
        history.click()
        page.wait_for_url(before_site.url(("en/" if language == "en" else "") + "privacy/history/"))
        # the history page has a visible subscribe link of its own
        assert page.locator("article .policy-subscribe a").is_visible()


def test_the_home_page_is_the_policy_centre(page, before_site, after_site, screenshot):
    page.goto(before_site.url(""))
    doc = page.locator("article .policy-centre-doc")
    assert doc.count() == 1
    text = doc.inner_text()
    for words in ("隐私声明", "现行有效", "本版本（v1）自2025年6月1日起生效。", "修订后的版本（v2）已经发布，将于2026年12月1日起生效并取代本版本。"):
        assert words in text, text
    screenshot(page, "home-zh")
    doc.get_by_role("link", name="变更通知").click()
    page.wait_for_url(before_site.url("privacy/changes/v2/"))
    page.goto(after_site.url("en/"))
    text = page.locator("article .policy-centre-doc").inner_text()
    assert "This version (v2) has been in force since 1 December 2026." in text and "replaces" not in text
    page.locator("article .policy-centre-doc h2 a").first.click()
    page.wait_for_url(after_site.url("en/privacy/"))


@pytest.mark.parametrize("width", [1366, 390])
def test_the_pages_fit_the_screen_in_both_languages(page, before_site, after_site, screenshot, width):
    page.set_viewport_size({"width": width, "height": 900})
    for site, name in ((before_site, "before"), (after_site, "after")):
        for prefix in ("", "en/"):
            for path in ("", "privacy/", "privacy/upcoming/", "privacy/history/", "privacy/versions/v1/", "privacy/changes/v2/"):
                page.goto(site.url(prefix + path))
                assert page.evaluate("document.documentElement.scrollWidth") <= width, (prefix + path, width)
                box = state(page).bounding_box() if state(page).count() else None
                assert box is None or (box["x"] >= 0 and box["x"] + box["width"] <= width)
                if width == 390 or path in ("", "privacy/"):
                    screenshot(page, f"{name}-{width}-{(prefix or 'zh/').strip('/')}-{path.strip('/').replace('/', '_') or 'home'}")


def test_change_page_shows_one_redline_at_a_time_and_its_sections_link_to_their_entries(page, after_site, screenshot):
    page.goto(after_site.url("en/privacy/changes/v2/"))
    inline, side = page.locator(".policy-redline--inline"), page.locator(".policy-redline--side")
    assert inline.is_visible() and side.is_hidden()
    # the legend is compact: at most two lines at 1280 px (it was a box of five rows, 110 px high)
    legend = inline.locator(".redline-legend")
    assert legend.bounding_box()["height"] < 75
    # an affected section jumps to its entry in the redline, on the same page
    page.locator("#affected + ul a").nth(2).click()
    page.wait_for_url(after_site.url("en/privacy/changes/v2/#inline-s3"))
    entry = page.locator("#inline-s3")
    assert entry.is_visible() and 0 <= entry.bounding_box()["y"] < 900
    # the switch shows the side-by-side redline only, and is remembered on the next change page
    switch = page.locator(".policy-view-switch")
    switch.get_by_role("button", name="Side by side").click()
    assert side.is_visible() and inline.is_hidden()
    assert switch.get_by_role("button", name="Side by side").get_attribute("aria-pressed") == "true"
    screenshot(page, "change-side-en")
    page.locator("#affected + ul a").first.click()
    page.wait_for_url(after_site.url("en/privacy/changes/v2/#side-s2-1"))
    assert page.locator("#side-s2-1").is_visible()
    page.goto(after_site.url("privacy/changes/v2/"))
    assert page.locator(".policy-redline--side").is_visible() and page.locator(".policy-redline--inline").is_hidden()
    page.locator(".policy-view-switch").get_by_role("button", name="修订标记视图").click()
    page.reload()
    assert page.locator(".policy-redline--inline").is_visible() and page.locator(".policy-redline--side").is_hidden()


def test_without_scripts_the_change_page_shows_the_inline_redline_and_no_switch(browser, after_site):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 900})
    try:
        page = context.new_page()
        page.goto(after_site.url("privacy/changes/v2/"))
        assert page.locator(".policy-redline--inline del").first.is_visible()
        assert page.locator(".policy-redline--side").is_hidden()
        assert page.locator(".policy-view-switch").is_hidden()
    finally:
        context.close()
