"""Issue 15: pages rendered part by part (tooling/site/markdown_parts.py and
mkdocs_adapter._render_in_parts) give what mkdocs gives for the whole page, on every real text of
the corpus, on the privacy statement and its released pages, and on the forms that can reach
across a cut; and a built site is the same bytes either way."""

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import site_fixture
from tooling.site import mkdocs_adapter
from tooling.site.markdown_parts import cut

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "tests" / "corpus").glob("*/*.md")) + sorted((ROOT / "docs").glob("*/*.md")) \
    + sorted((ROOT / "tests" / "fixtures").rglob("*.md"))


@pytest.fixture(scope="module")
def mk(tmp_path_factory):
    """mkdocs' configuration of the site (mkdocs.yml) and a way to render a page's Markdown as mkdocs
    does (``whole``) and part by part (``parts``): (content, toc, title, anchors, links)."""
    mkdocs_adapter.engine()
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page

    docs = tmp_path_factory.mktemp("docs")
    names = ("zh/privacy/index.md", "zh/privacy/versions/v1/index.md", "zh/privacy/versions/v2/index.md",
             "zh/privacy/history.md")
    for name in names:
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text("# x\n", encoding="utf-8")
    config = mkdocs_adapter.load(str(ROOT / "mkdocs.yml"), str(docs), str(docs) + ".site")
    files = Files([File(name, str(docs), str(docs) + ".site", True) for name in names])

    def toc(items):
        return [(item.title, item.url, item.level, toc(item.children)) for item in items]

    def render(markdown, page="v1"):
        page = Page(None, files.get_file_from_path(f"zh/privacy/versions/{page}/index.md"), config)
        page.markdown = markdown
        page.render(config, files)
        links = {file.src_uri: anchors for file, anchors in (page.links_to_anchors or {}).items()}
        return page.content, toc(page.toc), page._title_from_render, page.present_anchor_ids, links

    def parts(markdown, page="v1"):
        undo = mkdocs_adapter._render_in_parts()
        try:
            return render(markdown, page)
        finally:
            undo()

    return render, parts


def test_every_real_text_renders_in_parts_as_it_does_whole(mk):
    whole, parts = mk
    assert len(TEXTS) > 250
    cut_into_parts = 0
    for path in TEXTS:
        markdown = path.read_text(encoding="utf-8")
        if markdown.startswith("---\n"):
            markdown = markdown.split("\n---\n", 1)[-1]  # the front matter is mkdocs' before rendering
        assert parts(markdown) == whole(markdown), path
        assert parts(markdown) == whole(markdown), path  # the second time from the memo
        cut_into_parts += len(cut(markdown)) > 1
    assert cut_into_parts > len(TEXTS) * 0.6  # most are cut: the comparison is not of whole texts only


def test_the_privacy_statement_is_cut_at_its_sections():
    markdown = (ROOT / "docs" / "en" / "privacy.md").read_text(encoding="utf-8").split("\n---\n", 1)[-1]
    headings = [line for line in markdown.split("\n") if line.startswith("#")]
    assert len(cut(markdown)) == len(headings) >= 10


EDGE_CASES = {
    "a heading inside a fenced block": "# T\n\ntext\n\n```\n\n## not a heading\n\n```\n\n## 2 {: #s2 }\n\nb\n",
    "an unclosed fence": "# T\n\n```\n\n## a\n\ntext\n",
    "a fence with attributes that do not close": "# T\n\n``` {.x\n\n## a\n\n```\n\n## b\n\nc\n",
    "an HTML block across a heading": "# T\n\n<div>\n\n## inside\n\n</div>\n\n## after\n\nx\n",
    "a closing tag run on in text": "# T\n\n<div>\n\n## inside\n\ntext</div>\n\n## after\n",
    "a comment across a heading": "# T\n\n<!--\n\n## hidden\n\n-->\n\n## shown\n\nx\n",
    "an HTML block never closed": "# T\n\n<div>\n\nx\n\n## h\n\ny\n\n## i\n",
    "a comment never closed": "# T\n\n<!--\n\nx\n\n## h\n\ny\n",
    "an HTML block closed, a heading right after": "# T\n\n<div>x</div>\n\n## a\n\ny\n\n## b\n\nz\n",
    "markdown in HTML": '# T\n\n<div class="a" markdown>\n\n## in\n\nx\n\n</div>\n\n## out\n',
    "a reference link defined in another section": "# T\n\n## a\n\nsee [x][1]\n\n## b\n\n[1]: https://example.com\n",
    "the same heading twice": "# T\n\n## Scope\n\na\n\n## Scope\n\nb\n\n## Scope_1\n\nc\n",
    "an explicit id taken by a later heading": "# T\n\n## Scope\n\na\n\n## Other {: #scope }\n\nb\n",
    "a TOC marker": "# T\n\n[TOC]\n\n## a\n\nx\n\n## b\n",
    "a heading right after a paragraph": "# T\n\ntext\n## a\n\nx\n\n## b\n",
    "a setext heading": "T\n=\n\ntext\n\nSub\n---\n\n## a\n\nx\n",
    "a list before a heading": "# T\n\n- a\n- b\n\n## a\n\n1. x\n\n    more\n\n## b\n",
    "an admonition before a heading": '# T\n\n!!! note ""\n\n    text\n\n## a\n\nx\n',
    "a quote before a heading": "# T\n\n> quoted\n> > nested\n\n## a\n\nx\n",
    "a link into the site": "# T\n\n## a\n\n[history](../../history.md) and [here](#a)\n\n## b\n\n[x](#b)\n",
    "a heading without a space": "# T\n\n#a\n\nx\n\n####### seven\n\n## b\n",
    "a table": "# T\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n## a\n\nx\n",
    "no heading": "text only\n\nmore\n",
    "blank lines first": "\n\n\n## a\n\nx\n\n## b\n\ny\n",
    "a heading first": "## a\n\nx\n\n# b\n\ny\n",
    "levels out of order": "### c\n\nx\n\n# a\n\n## b\n\n#### d\n\n## e\n",
    "a tab and unicode": "# 标题\n\n\t缩进\n\n## 一、范围\n\n文字\n\n## 二、范围\n\n文字\n",
}


@pytest.mark.parametrize("name", sorted(EDGE_CASES))
def test_forms_that_reach_across_a_cut_render_as_the_whole(mk, name):
    whole, parts = mk
    assert parts(EDGE_CASES[name]) == whole(EDGE_CASES[name])


def test_a_part_rendered_on_one_page_is_right_on_another(mk):
    """A part is rendered once and taken as it is on the next page that has it; its links to
    anchors are then the new page's, and a part that links to another page is rendered again."""
    whole, parts = mk
    text = "# T\n\n## a {: #a }\n\nsee [b](#b)\n\n## b {: #b }\n\n[history](../../history.md)\n"
    assert parts(text, "v1") == whole(text, "v1")
    on_v2 = parts(text, "v2")
    assert on_v2 == whole(text, "v2")
    assert "zh/privacy/versions/v2/index.md" in on_v2[4]
    assert "zh/privacy/versions/v1/index.md" not in on_v2[4]


def test_a_cut_is_never_made_where_the_text_reaches_across_it():
    assert cut(EDGE_CASES["a heading inside a fenced block"])[-1].startswith("## 2")
    assert len(cut(EDGE_CASES["a heading inside a fenced block"])) == 2
    for name in ("an unclosed fence", "an HTML block across a heading", "a closing tag run on in text",
                 "a comment across a heading", "a reference link defined in another section", "a TOC marker"):
        assert cut(EDGE_CASES[name])[:1] == [EDGE_CASES[name]] or all(
            "hidden" not in part and "inside" not in part for part in cut(EDGE_CASES[name])[1:]), name
    assert len(cut(EDGE_CASES["a reference link defined in another section"])) == 1
    assert len(cut(EDGE_CASES["an HTML block across a heading"])) == 1  # a heading right after the HTML: no cut
    assert cut("# T\n\n<div>\n\n## inside\n\n</div>\n\ntext\n\n## after\n")[1:] == ["## after\n"]
    assert len(cut(EDGE_CASES["an HTML block never closed"])) == 1
    assert len(cut(EDGE_CASES["a quote before a heading"])) == 2


def _tree(folder):
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_a_site_built_in_parts_is_the_same_bytes_as_one_built_whole(tmp_path, monkeypatch):
    """The released pages, the drafts, the change pages: every file of the site is the same."""
    from tooling.config import load_config
    from tooling.site.build import build_site

    root = site_fixture.make_project(tmp_path / "project")
    for k in range(3, 6):  # a few more releases, each changing one section
        texts = {lang: site_fixture.text("v2", lang).replace("。", f"（第{k}次）。", 1).replace(". ", f" (rev {k}). ", 1)
                 for lang in ("zh", "en")}
        site_fixture.write_release(root, f"v{k}", k, "editorial", date(2026, 12, k), date(2026, 12, k),
                                   {"zh": "修订。", "en": "Revision."}, texts)
    config = load_config(root=str(root))
    as_of = date(2026, 12, 20)
    build_site(config, str(tmp_path / "parts"), as_of, cache=False)
    monkeypatch.setattr(mkdocs_adapter, "_render_in_parts", lambda: (lambda: None))
    build_site(config, str(tmp_path / "whole"), as_of, cache=False)
    parts, whole = _tree(tmp_path / "parts"), _tree(tmp_path / "whole")
    assert len([name for name in whole if name.endswith(".html")]) > 20
    assert parts.keys() == whole.keys()
    assert [name for name in whole if parts[name] != whole[name]] == []


def test_a_page_is_rendered_whole_without_the_parts_when_the_site_adds_an_extension(mk, monkeypatch):
    """An extension markdown_parts.py does not know (footnotes: their notes go to the end of the
    page) leaves mkdocs' own rendering in place."""
    mkdocs_adapter.engine()
    config = {"markdown_extensions": ["toc", "tables", "fenced_code", "footnotes"], "mdx_configs": {}}
    assert mkdocs_adapter._extensions_key(config) is None
    config["markdown_extensions"] = ["toc", "tables", "fenced_code", "markdown.extensions.attr_list"]
    assert mkdocs_adapter._extensions_key(config) is not None


def test_policy_build_runs_with_the_parts(tmp_path):
    """The command as a user runs it (in its own process: the parts are installed by the build)."""
    root = site_fixture.make_project(tmp_path / "project")
    result = subprocess.run([sys.executable, "-m", "tooling", "build", "--as-of", "2026-12-15", "-o",
                             str(tmp_path / "out")], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "privacy" / "versions" / "v1" / "index.html").is_file()
