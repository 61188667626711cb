"""The real mkdocs build of a small project (tests/fixtures/site): one build for every release
and language, the page cache, reproducibility, search and self-hosting.

The fixture site is built once per test process (tests/site_fixture.py)."""

import gzip
import json
import re
from pathlib import Path

import pytest

import site_fixture
from conftest import ROOT, ServedPreview, run_policy

BEFORE, AFTER = site_fixture.BEFORE_V2, site_fixture.AFTER_V2


def tree(folder):
    folder = Path(folder)
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def cold():
    return site_fixture.built_site(BEFORE, "cold")


@pytest.fixture(scope="module")
def warm():
    return site_fixture.built_site(BEFORE, "warm")


def test_one_build_renders_every_page_of_the_url_scheme_in_both_languages(cold):
    _, out, report = cold
    for prefix in ("", "en/"):
        for url in ("", "privacy/", "privacy/upcoming/", "privacy/history/", "privacy/parallel/",
                    "privacy/versions/v1/", "privacy/versions/v2/", "privacy/changes/v1/", "privacy/changes/v2/",
                    "privacy/review/", "privacy/compare/"):
            assert (out / prefix / url / "index.html").is_file(), prefix + url
    assert report.pages == 22   # with the compare page of each language
    for name in ("sitemap.xml", "sitemap.xml.gz", "notices.json", "notices.zh.atom", "notices.en.atom",
                 "assets/redline.css", "assets/policy.css", "assets/policy.js"):
        assert (out / name).is_file(), name


def test_cached_pages_are_byte_identical_to_freshly_rendered_ones(cold, warm):
    """Two builds of the same project and date: the first renders everything (empty cache),
    the second copies the released versions and change notices from the cache."""
    assert cold[2].cached == 0
    assert warm[2].cached == 8  # versions/v1, v2 and changes/v1, v2 in two languages
    first, second = tree(cold[1]), tree(warm[1])
    assert first.keys() == second.keys()
    different = [name for name in first if first[name] != second[name]]
    assert different == []


def test_the_build_has_no_timestamps(cold):
    _, out, _ = cold
    with open(out / "sitemap.xml.gz", "rb") as fh:
        assert fh.read()[4:8] == b"\0\0\0\0"  # gzip mtime
    assert gzip.decompress((out / "sitemap.xml.gz").read_bytes()) == (out / "sitemap.xml").read_bytes()
    assert "<lastmod>" not in (out / "sitemap.xml").read_text(encoding="utf-8")


def test_english_sections_link_to_the_same_section_of_the_chinese_page(cold):
    _, out, _ = cold
    en = (out / "en/privacy/index.html").read_text(encoding="utf-8")
    zh = (out / "privacy/index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a class="policy-zh" href="([^"#]+)#([\w-]+)"', en)
    assert [a for _, a in links] == ["s1", "s2", "s2-1", "s2-2", "s3"]
    assert {h for h, _ in links} == {"../../privacy/"}
    for _, anchor in links:
        assert f'id="{anchor}"' in zh
    assert "The Chinese version is authoritative and prevails" in en
    assert "policy-zh" not in zh


def test_one_search_index_per_language_without_archived_versions(cold):
    _, out, _ = cold
    zh = json.loads((out / "search/search_index.json").read_text(encoding="utf-8"))
    en = json.loads((out / "en/search/search_index.json").read_text(encoding="utf-8"))
    # lunr's "zh" language needs node's jieba and breaks search in the browser: Chinese is segmented at build time
    assert zh["config"]["lang"] == en["config"]["lang"] == ["en"]
    zh_locations = [d["location"] for d in zh["docs"]]
    en_locations = [d["location"] for d in en["docs"]]
    assert "privacy/#s3" in zh_locations and "privacy/#s3" in en_locations
    for location in zh_locations + en_locations:
        assert not location.startswith("en/")
        assert "versions/" not in location and "changes/" not in location
    zh_text = " ".join(d["text"] for d in zh["docs"])
    assert "\u200b" in zh_text                       # segmented by jieba
    en_text = " ".join(d["text"] for d in en["docs"])
    assert "We keep your personal information for three years" in en_text
    assert "three years" not in zh_text.replace("shortened from three years", "")
    page = (out / "en/privacy/index.html").read_text(encoding="utf-8")
    assert '"base": "../../en/"' in page              # English pages search the English index


EXTERNAL = re.compile(r'<(?:script|img|iframe|source|audio|video)\b[^>]*\bsrc="(?:https?:)?//'
                      r'|<link\b(?=[^>]*\brel="(?:stylesheet|preload|preconnect|icon|modulepreload|dns-prefetch)")'
                      r'[^>]*\bhref="(?:https?:)?//', re.I)


def test_nothing_is_loaded_from_other_hosts(cold):
    _, out, _ = cold
    pages = list(Path(out).rglob("*.html"))
    assert len(pages) > 18
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert not EXTERNAL.search(html), page
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
    for css in Path(out).rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", css.read_text(encoding="utf-8")), css
    for js in (out / "assets" / "policy.js",):
        assert "http" not in js.read_text(encoding="utf-8")


def test_printouts_carry_the_version_and_effective_date_without_navigation(cold):
    _, out, _ = cold
    page = (out / "en/privacy/versions/v1/index.html").read_text(encoding="utf-8")
    header = re.search(r'<p class="policy-print-header">([^<]*)</p>', page).group(1)
    assert header == "Privacy Statement · Version v1 · Effective 1 June 2025 · In force"
    zh = (out / "privacy/index.html").read_text(encoding="utf-8")
    assert '<p class="policy-print-header">隐私声明 · 版本 v1 · 生效日期 2025年6月1日</p>' in zh
    css = (out / "assets/policy.css").read_text(encoding="utf-8")
    media = css[css.index("@media print"):]
    for selector in (".md-header", ".md-sidebar", ".md-footer", ".policy-zh"):
        assert selector in media.split("display: none")[0]


def test_only_the_adapter_imports_mkdocs():
    importers = []
    for path in (ROOT / "tooling").rglob("*.py"):
        if re.search(r"^\s*(?:from|import)\s+(?:mkdocs|material|mkdocs_static_i18n)\b",
                     path.read_text(encoding="utf-8"), re.M):
            importers.append(path.relative_to(ROOT).as_posix())
    assert importers == ["tooling/site/mkdocs_adapter.py"]


def test_policy_build_command_reports_only_what_concerns_the_legal_team(tmp_path):
    root = site_fixture.make_project(tmp_path / "project")
    result = run_policy("build", "-o", tmp_path / "out", "--as-of", "2026-12-15", cwd=root, check=0)
    assert result.stdout.startswith("Built 22 pages (zh, en) as of 2026-12-15 into ")
    assert result.stderr == ""            # no mkdocs chatter, no "MkDocs 2.0" banner
    html = (tmp_path / "out/privacy/index.html").read_text(encoding="utf-8")
    assert "保存两年" in html and "将于2026年12月1日生效" not in html


def test_bad_build_date_and_missing_site_configuration_are_clear_errors(tmp_path):
    root = site_fixture.make_project(tmp_path / "project", releases=False)
    result = run_policy("build", "--as-of", "2026-13-01", cwd=root, check=2)
    assert "--as-of \u201c2026-13-01\u201d is not a real calendar date" in result.stderr
    (root / "mkdocs.yml").unlink()
    result = run_policy("build", cwd=root, check=2)
    assert "mkdocs.yml" in result.stderr and "Traceback" not in result.stderr


def test_policy_serve_previews_the_draft_and_reloads_when_docs_change(tmp_path):
    root = site_fixture.make_project(tmp_path / "project")
    with ServedPreview(root) as preview:
        html = preview.page("en/privacy/draft/", "two years")
        assert "Preview: the working draft in docs/, not released" in html
        draft = root / "docs" / "en" / "privacy.md"
        draft.write_text(draft.read_text(encoding="utf-8").replace("two years", "five years"), encoding="utf-8")
        preview.page("en/privacy/draft/", "five years")
        assert "two years" in preview.page("en/privacy/", "Privacy Statement")   # the released text is unchanged


def test_the_pages_front_matter_is_read_as_yaml_reads_it(tmp_path):
    """The staged pages' front matter (one `key: JSON` per line) is read with json for speed: the
    same values as PyYAML gives, for every page of a site with releases, drafts and the version
    selector; front matter of any other form is left to mkdocs' own reader."""
    import yaml
    from mkdocs.utils import meta

    from tooling.config import load_config
    from tooling.site import build, mkdocs_adapter, site

    root = site_fixture.make_project(tmp_path / "project")
    config = load_config(root=str(root))
    inputs = build.site_inputs(config, site_fixture.AFTER_V2, preview=True)
    plain = meta.get_data
    by_yaml = []
    meta.get_data = lambda doc: by_yaml.append(doc) or plain(doc)  # what the fast reader leaves to mkdocs
    undo = mkdocs_adapter._json_front_matter()
    try:
        pages = list(site.plan_site(inputs))
        assert len(pages) > 10
        for page in pages:
            body, data = meta.get_data(page.markdown)
            front = page.markdown.split("\n---\n", 1)[0][4:]
            assert data == yaml.load(front, Loader=yaml.SafeLoader) and "policy" in data, page.url
            assert body == page.markdown.split("\n---\n", 1)[1].lstrip("\n")
        assert by_yaml == []  # every staged page read with json
        other = "---\ntitle: Plain\ntags:\n  - a\n---\n\ntext\n"
        assert meta.get_data(other) == ("text\n", {"title": "Plain", "tags": ["a"]}) and by_yaml == [other]
    finally:
        undo()
        meta.get_data = plain
