"""The redline renderers: HTML fragments and page, terminal text, JSON (against its schema)."""

import json
import re
from html.parser import HTMLParser

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, ROOT
from tooling.diff import redline
from tooling.diff.diffing import diff_documents
from tooling.diff.redline import render_html_page, render_inline_html, render_side_by_side_html, render_text, to_json

STATUSES = FIXTURES / "diff" / "statuses"
SCHEMA = json.loads((ROOT / "tooling" / "schemas" / "diff.schema.json").read_text(encoding="utf-8"))
VOID = {"br", "meta", "input", "link", "img", "hr"}


def fixture_diff(lang):
    return diff_documents((STATUSES / lang / "old.md").read_text(encoding="utf-8"),
                          (STATUSES / lang / "new.md").read_text(encoding="utf-8"), lang, "sample", "v1", "v2")


def history_diff(lang):
    return diff_documents((FIXTURES / "as-received" / lang / "privacy.md").read_text(encoding="utf-8"),
                          (ROOT / "releases" / "privacy" / "2026-12-01" / f"{lang}.md").read_text(encoding="utf-8"),
                          lang, "privacy", "2024-01-01", "2026-12-01")


class Tree(HTMLParser):
    """Checks that tags nest properly and collects ids, tags and text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.ids, self.tags, self.text = [], [], [], []
        self.inside = {"ins": [], "del": []}

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        for tag in ("ins", "del"):
            if tag in self.stack:
                self.inside[tag].append(data)


def parse(html):
    tree = Tree()
    tree.feed(html)
    tree.close()
    assert tree.stack == []
    return tree


# ---------------------------------------------------------------------------------------------
# HTML fragments


def test_inline_fragment_has_anchors_badges_and_ins_del():
    html = render_inline_html(history_diff("en"))
    tree = parse(html)
    assert 'id="diff-s3-5"' in html and 'href="#diff-s3-5"' in html
    dels = "".join(tree.inside["del"])
    inss = "".join(tree.inside["ins"])
    assert "informations" in dels and "Chineseand" in dels and "4.5" in dels
    assert "information" in inss and "Chinese and" in inss and "3.5" in inss
    assert 'data-status="renumbered"' in html and "formerly 4.5" in html
    assert len(tree.ids) == len(set(tree.ids))


def test_unchanged_sections_are_collapsed_in_details_and_can_be_expanded():
    diff = history_diff("zh")
    html = render_inline_html(diff)
    folded = re.findall(r'<details class="redline-unchanged"><summary>([^<]*)</summary>', html)
    assert folded == ["未变更条款 11 项", "未变更条款 6 项", "未变更条款 3 项"]
    # The folded sections are still there (a reader can open them), with their anchors.
    assert 'id="diff-s2-1"' in html
    full = render_inline_html(diff, collapse_unchanged=False)
    assert "<details" not in full and 'id="diff-s2-1"' in full


def test_labels_follow_the_language_of_the_text():
    zh = render_inline_html(fixture_diff("zh"))
    en = render_inline_html(fixture_diff("en"))
    for word in ("新增", "删除", "修改", "位置调整", "编号调整", "图例", "新增文字", "删除文字", "原编号"):
        assert word in zh
    assert 'lang="zh"' in zh and "Added" not in zh and "Renumbered" not in zh
    for word in ("Added", "Removed", "Amended", "Moved", "Renumbered", "Legend", "inserted text", "formerly"):
        assert word in en
    assert 'lang="en"' in en and "新增" not in en


def test_every_status_has_its_badge_and_removed_sections_get_their_own_anchor():
    html = render_inline_html(fixture_diff("en"))
    tree = parse(html)
    for status in ("added", "removed", "changed", "moved", "renumbered"):
        assert f'data-status="{status}"' in html
    # "s3" is both the removed Cookies section and the renumbered Retention section.
    assert 'id="diff-removed-s3"' in html and 'id="diff-s3"' in html
    assert len(tree.ids) == len(set(tree.ids))


def test_side_by_side_puts_deletions_left_and_insertions_right():
    html = render_side_by_side_html(history_diff("en"))
    parse(html)
    rows = re.findall(r'<div class="redline-old[^"]*"[^>]*>(.*?)</div><div class="redline-new[^"]*"[^>]*>(.*?)</div>', html)
    assert rows
    for old, new in rows:
        assert "<ins" not in old and "<del" not in new
    assert any("<del>informations</del>" in old and "<ins>information</ins>" in new for old, new in rows)
    assert "Before · 2024-01-01" in html and "After · 2026-12-01" in html
    assert "修订前 · 2024-01-01" in render_side_by_side_html(history_diff("zh"))


def test_id_prefix_lets_a_page_hold_several_fragments():
    html = render_inline_html(history_diff("zh"), id_prefix="diff-zh-")
    assert 'id="diff-zh-s3-5"' in html and 'id="diff-s3-5"' not in html


SCRIPT_OLD = "# Title <b>bold</b>\n\n## 1. A <script>alert(1)</script>\n\nPlain & simple \"text\".\n"
SCRIPT_NEW = ("# Title <b>bold</b>\n\n## 1. A <script>alert(2)</script>\n\n"
              "Plain & simple \"text\" <img src=x onerror=alert(3)>.\n\n## 2. <i>New</i>\n\nMore.\n")


@pytest.mark.parametrize("render", [render_inline_html, render_side_by_side_html])
def test_all_policy_text_is_escaped(render):
    diff = diff_documents(SCRIPT_OLD, SCRIPT_NEW, "en", "doc<x>", "a\"b", "<c>")
    html = render(diff, collapse_unchanged=False)
    tree = parse(html)
    assert "<script" not in html and "<img" not in html and "<b>" not in html and "<i>" not in html
    assert set(tree.tags) <= {"section", "h2", "h3", "div", "span", "a", "p", "ins", "del", "ul", "li", "br",
                              "details", "summary"}
    text = "".join(tree.text)
    assert "<script>alert(" in text and "<img src=x onerror=alert(3)>" in text and "&" in text
    assert 'data-from="a&quot;b"' in html


def test_page_escapes_too_and_is_self_contained():
    diff = diff_documents(SCRIPT_OLD, SCRIPT_NEW, "en", "doc", "a", "b")
    page = render_html_page([diff], "<from>", "to")
    parse(page)
    assert "<script" not in page and "&lt;from&gt;" in page
    assert "<link" not in page and "src=" not in page.replace("&lt;img src=", "")
    assert not re.search(r"https?://", page)
    assert "<style>" in page and ".redline ins" in page


def test_page_holds_both_languages_and_both_views_with_unique_anchors():
    page = render_html_page([history_diff("zh"), history_diff("en")], "2024-01-01", "2026-12-01")
    tree = parse(page)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="zh">' in page
    assert "<title>隐私声明 / Privacy Statement: 2024-01-01 → 2026-12-01</title>" in page
    for anchor in ("diff-zh-s3-5", "diff-en-s3-5", "sbs-zh-s3-5", "sbs-en-s3-5", "diff-zh", "diff-en"):
        assert anchor in tree.ids
    assert len(tree.ids) == len(set(tree.ids))
    assert 'href="#diff-zh"' in page and 'href="#diff-en"' in page


def test_stylesheet_marks_changes_without_colour_alone_and_loads_nothing():
    css = redline.stylesheet()
    ins = re.search(r"\.redline ins \{([^}]*)\}", css).group(1)
    dels = re.search(r"\.redline del \{([^}]*)\}", css).group(1)
    assert "text-decoration: underline" in ins and "text-decoration: line-through" in dels
    assert "url(" not in css and "@import" not in css and "@font-face" not in css


def test_same_diff_gives_the_same_bytes():
    a = render_html_page([history_diff("zh"), history_diff("en")], "x", "y")
    b = render_html_page([history_diff("zh"), history_diff("en")], "x", "y")
    assert a == b


# ---------------------------------------------------------------------------------------------
# Terminal


def test_text_without_colour_marks_words_with_brackets():
    out = render_text([history_diff("en")], color=False)
    assert "\x1b" not in out
    assert "--- privacy (en) 2024-01-01" in out and "+++ privacy (en) 2026-12-01" in out
    assert "sections: 6 changed, 2 renumbered; 15 unchanged" in out
    assert "@@ +59 § 3.5 Other uses authorized by you. (renumbered; formerly 4.5) @@" in out
    assert "-[-4.5-] Other uses authorized by you." in out
    assert "+{+3.5+} Other uses authorized by you." in out
    assert "-You can choose not to provide some [-informations-], but" in out
    assert "+You can choose not to provide some {+information+}, but" in out


def test_text_with_colour_uses_ansi_codes():
    out = render_text([history_diff("zh")], color=True)
    assert "\x1b[31m-" in out and "\x1b[32m+" in out and "\x1b[1;4;7;32m3.5" in out
    assert "[-" not in out


def test_text_says_when_nothing_changed():
    text = (ROOT / "docs" / "zh" / "privacy.md").read_text(encoding="utf-8")
    out = render_text([diff_documents(text, text, "zh", "privacy", "a", "b")], color=False)
    assert "No changes between these versions." in out


# ---------------------------------------------------------------------------------------------
# JSON


def joined(ops, keep):
    return "".join(text for op, text in ops if op in ("=", keep))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_json_matches_schema_and_round_trips(lang):
    diff = history_diff(lang)
    data = json.loads(json.dumps(to_json([diff], "2024-01-01", "2026-12-01"), ensure_ascii=False))
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert (data["from"], data["to"]) == ("2024-01-01", "2026-12-01")
    doc = data["documents"][0]
    assert (doc["document"], doc["language"]) == ("privacy", lang)
    old = (FIXTURES / "as-received" / lang / "privacy.md").read_text(encoding="utf-8")
    new = (ROOT / "releases" / "privacy" / "2026-12-01" / f"{lang}.md").read_text(encoding="utf-8")
    assert joined(doc["ops"], "-") == old and joined(doc["ops"], "+") == new
    section = {s["id"]: s for s in doc["sections"]}["s3-5"]
    assert section["status"] == "renumbered" and section["old_id"] == "s4-5"
    title = "经您授权的其他用途。" if lang == "zh" else "Other uses authorized by you."
    assert section["ops"] == [["-", "4.5"], ["+", "3.5"], ["=", " " + title]]


def test_schema_rejects_what_is_not_a_diff():
    validator = jsonschema.Draft202012Validator(SCHEMA)
    good = to_json([fixture_diff("en")], "v1", "v2")
    validator.validate(good)
    bad_op = json.loads(json.dumps(good))
    bad_op["documents"][0]["ops"][0] = ["~", "x"]
    bad_status = json.loads(json.dumps(good))
    bad_status["documents"][0]["sections"][0]["status"] = "edited"
    missing = json.loads(json.dumps(good))
    del missing["documents"][0]["sections"]
    for doc in (bad_op, bad_status, missing):
        assert not validator.is_valid(doc)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80), st.sampled_from(["zh", "en"]))
def test_property_renderers_never_crash_and_json_round_trips(old, new, lang):
    old, new = "# T\n\n## 1. A\n\n" + old, "# T\n\n## 1. A\n\n" + new
    diff = diff_documents(old, new, lang, "d", "a", "b")
    data = to_json([diff], "a", "b")
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert joined(data["documents"][0]["ops"], "-") == old
    assert joined(data["documents"][0]["ops"], "+") == new
    for html in (render_inline_html(diff), render_side_by_side_html(diff)):
        parse(html)
        # No blank line: the site embeds fragments in Markdown, where a blank line ends raw HTML.
        assert not re.search(r"\n[ \t]*\n", html)
    render_text([diff], color=False)


@pytest.mark.browser
def test_page_in_a_real_browser_without_javascript(tmp_path, browser):
    """Underline and strike-through as rendered, and the view switch working with JS off."""
    page_file = tmp_path / "redline.html"
    page_file.write_text(render_html_page([history_diff("zh"), history_diff("en")], "2024-01-01", "2026-12-01"),
                         encoding="utf-8")
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_file.as_uri())
        ins = page.locator("#diff-en-s2-1 ins").first
        dels = page.locator("#diff-en-s2-1 del").first
        assert ins.inner_text() == "information" and dels.inner_text() == "informations"
        assert "underline" in ins.evaluate("e => getComputedStyle(e).textDecorationLine")
        assert "line-through" in dels.evaluate("e => getComputedStyle(e).textDecorationLine")
        assert page.locator(".redline-view-inline").is_visible()
        assert not page.locator(".redline-view-sbs").is_visible()
        page.click("label[for=redline-view-sbs]")
        assert page.locator(".redline-view-sbs").is_visible()
        assert not page.locator(".redline-view-inline").is_visible()
        # A folded group of unchanged sections opens on a click.
        folded = page.locator(".redline-view-sbs details.redline-unchanged").first
        assert not folded.locator(".redline-section").first.is_visible()
        folded.locator("summary").click()
        assert folded.locator(".redline-section").first.is_visible()
        assert requests == [page_file.as_uri()]
    finally:
        context.close()


def _released_pairs():
    """Every pair of consecutive released texts of every document, in each language."""
    out = []
    for document in sorted(p for p in (ROOT / "releases").iterdir() if p.is_dir()):
        records = sorted((json.loads((d / "release.json").read_text(encoding="utf-8"))["sequence"], d)
                         for d in document.iterdir() if (d / "release.json").is_file())
        for (_, old), (_, new) in zip(records, records[1:]):
            for lang in ("zh", "en"):
                out.append((document.name, lang, old, new))
    return out


@pytest.mark.parametrize("document,lang,old,new", _released_pairs(),
                         ids=lambda v: getattr(v, "name", v))
def test_redline_of_every_release_shows_only_published_text(document, lang, old, new):
    """A redline may show only what a reader of the published page read: no Markdown escape
    (the as-received second ``5\\.`` clause was shown deleted as ``5\\.``), no link or emphasis syntax."""
    diff = diff_documents((old / f"{lang}.md").read_text(encoding="utf-8"),
                          (new / f"{lang}.md").read_text(encoding="utf-8"), lang, document, old.name, new.name)
    for render in (render_inline_html, render_side_by_side_html):
        tree = Tree()
        tree.feed(render(diff))
        shown = "".join(tree.text)
        assert not re.search(r"\\[!-/:-@\[-`{-~]", shown), re.search(r".{0,20}\\.{0,20}", shown).group(0)
        assert "**" not in shown and "](" not in shown


def test_reader_text_keeps_link_addresses_and_plain_asterisks():
    from tooling.diff.diffing import reader_text

    assert reader_text("5\\. 经您授权的其他用途。") == "5. 经您授权的其他用途。"
    assert reader_text("see [our site](https://a.cn/x) or *now*") == "see our site (https://a.cn/x) or now"
    assert reader_text("[a@b.cn](mailto:a@b.cn), 2 * 3 * 4") == "a@b.cn, 2 * 3 * 4"
    # a changed link address is a change the redline shows
    diff = diff_documents("# T\n\n1. 见[网站](https://a.cn)。\n", "# T\n\n1. 见[网站](https://b.cn)。\n", "zh")
    assert any(op != "=" for section in diff.sections for op, _ in section.ops)
