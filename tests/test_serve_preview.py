"""The preview of `policy serve` (tooling/site/preview.py): after an edit only the pages whose
Markdown changed are rendered again, and the site is then byte for byte what a full build of the
same sources gives; new, deleted and invalid sources and settings changes still give a correct
preview. Real projects, real mkdocs builds (in-process), and one real `policy serve`."""

import json
from datetime import date
from pathlib import Path

import pytest

import site_fixture
from conftest import ServedPreview

from tooling.config import load_config
from tooling.errors import PolicyError
from tooling.site.preview import PreviewSession

AS_OF = date(2026, 12, 15)


def tree(folder):
    folder = Path(folder)
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def session(root):
    preview = PreviewSession(lambda: load_config(root=str(root)), AS_OF, "127.0.0.1:8000")
    first = preview.start()
    assert first.kind == "full"
    return preview


def full_site(root):
    """The preview of the same sources built from scratch (a new session, a full build)."""
    fresh = session(root)
    try:
        return tree(fresh.site_dir)
    finally:
        fresh.close()


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def unreleased(tmp_path):
    """Nothing released: the in-force and parallel pages show the drafts (and the in-force
    page is in the search index)."""
    root = site_fixture.make_project(tmp_path / "project", releases=False)
    preview = session(root)
    yield root, preview
    preview.close()


def test_an_edit_renders_only_its_pages_and_the_site_equals_a_full_build(unreleased):
    root, preview = unreleased
    zh, en = root / "docs" / "zh" / "privacy.md", root / "docs" / "en" / "privacy.md"
    edit(zh, "保存两年", "保存三年")
    rebuild = preview.changed([str(zh)])
    assert (rebuild.kind, rebuild.pages) == ("pages", 4)  # zh draft, zh in force, parallel in both languages
    edit(en, "two years", "three years")
    rebuild = preview.changed([str(en)])
    assert rebuild.kind == "pages" and rebuild.pages == 4
    site = tree(preview.site_dir)
    assert "三年" in site["privacy/draft/index.html"].decode() and "三年" in site["privacy/index.html"].decode()
    assert "three years" in site["en/privacy/index.html"].decode() and "three years" in site["en/privacy/parallel/index.html"].decode()
    index = json.loads(site["en/search/search_index.json"])
    assert any("three years" in entry["text"] for entry in index["docs"])
    assert not any("two years" in entry["text"] for entry in index["docs"])
    full = full_site(root)
    assert sorted(site) == sorted(full)
    assert [name for name in site if site[name] != full[name]] == []


def test_an_edit_that_changes_nothing_rebuilds_nothing(unreleased):
    root, preview = unreleased
    zh = root / "docs" / "zh" / "privacy.md"
    zh.write_bytes(zh.read_bytes())
    assert preview.changed([str(zh)]).kind == "none"
    assert preview.changed([str(root / "docs" / "notes.txt~")]).kind == "none"
    assert preview.changed([str(root / ".policy-cache" / "x")]) is None  # not a source: not even restaged


def test_a_new_or_deleted_source_and_a_settings_change_give_a_full_build(unreleased):
    root, preview = unreleased
    for lang in ("zh", "en"):
        (root / "docs" / lang / "terms.md").write_text(
            (root / "docs" / lang / "privacy.md").read_text(encoding="utf-8"), encoding="utf-8")
    rebuild = preview.changed([str(root / "docs" / "zh" / "terms.md"), str(root / "docs" / "en" / "terms.md")])
    assert rebuild.kind == "full" and "added or removed" in rebuild.why
    assert (Path(preview.site_dir) / "terms" / "draft" / "index.html").is_file()
    (root / "docs" / "en" / "terms.md").unlink()  # the English pages of terms stay, saying there is no text
    preview.changed([str(root / "docs" / "en" / "terms.md")])
    assert tree(preview.site_dir) == full_site(root)
    (root / "docs" / "zh" / "terms.md").unlink()  # the document is gone
    assert preview.changed([str(root / "docs" / "zh" / "terms.md")]).kind == "full"
    assert not (Path(preview.site_dir) / "terms").exists() and not (Path(preview.site_dir) / "en" / "terms").exists()
    rebuild = preview.changed([str(root / "releases" / "privacy" / "new.json")])  # what `policy release` writes
    assert rebuild.kind == "full" and "releases/" in rebuild.why
    toml = root / "policy.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    rebuild = preview.changed([str(toml)])
    assert rebuild.kind == "full" and "policy.toml" in rebuild.why
    assert sorted(tree(preview.site_dir)) == sorted(full_site(root))


def test_an_invalid_source_is_an_error_naming_the_file_and_the_fix_shows(unreleased):
    root, preview = unreleased
    en = root / "docs" / "en" / "privacy.md"
    good = en.read_text(encoding="utf-8")
    en.write_text("", encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        preview.changed([str(en)])
    assert "privacy.md" in str(caught.value) and "empty" in caught.value.message
    en.write_text(good.replace("two years", "four years"), encoding="utf-8")
    rebuild = preview.changed([str(en)])
    assert rebuild.kind == "full" and "failed" in rebuild.why  # after a failure the whole preview is built again
    assert "four years" in (Path(preview.site_dir) / "en" / "privacy" / "draft" / "index.html").read_text(encoding="utf-8")


def test_the_preview_has_the_version_selector_and_compare_data(tmp_path):
    root = site_fixture.make_project(tmp_path / "project")
    preview = session(root)
    try:
        site = Path(preview.site_dir)
        for prefix in ("", "en/"):
            menu = json.loads((site / prefix / "privacy" / "versions" / "menu.json").read_text(encoding="utf-8"))
            assert [item["id"] for item in menu["items"]] == ["v2", "v1"]
            assert (site / prefix / "privacy" / "versions" / "v1" / "text.json").is_file()
        edit(root / "docs" / "en" / "privacy.md", "two years", "six years")
        assert preview.changed([str(root / "docs" / "en" / "privacy.md")]).kind == "pages"
        assert (site / "privacy" / "versions" / "menu.json").is_file()
    finally:
        preview.close()


def test_policy_serve_shows_an_invalid_source_as_an_error_page_until_it_is_fixed(tmp_path):
    """Through the real server: the page says what is wrong and where instead of the last page
    built, and shows the text again once the file is fixed (the browser reloads by itself: the
    live-reload script is in the error page too)."""
    root = site_fixture.make_project(tmp_path / "project")
    with ServedPreview(root) as preview:
        preview.page("en/privacy/draft/", "two years")
        draft = root / "docs" / "en" / "privacy.md"
        good = draft.read_text(encoding="utf-8")
        draft.write_text("", encoding="utf-8")
        html = preview.page("en/privacy/draft/", "The preview cannot be updated")
        assert "privacy.md" in html and "is empty" in html and "/livereload/" in html
        draft.write_text(good.replace("two years", "seven years"), encoding="utf-8")
        preview.page("en/privacy/draft/", "seven years")
    assert "is empty" in preview.output and "Traceback" not in preview.output


def test_whole_rebuilds_do_not_stack_the_build_caches_and_closing_undoes_them(tmp_path):
    """The caches patched into mkdocs' theme and material's search index are installed once per
    whole build (each undoes the last one's) and removed when the preview stops."""
    from mkdocs.theme import Theme

    original = Theme.get_env
    root = site_fixture.make_project(tmp_path / "project", releases=False)
    preview = session(root)
    toml = root / "policy.toml"
    for _ in range(2):
        toml.write_text(toml.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        assert preview.changed([str(toml)]).kind == "full"
        assert Theme.get_env.__closure__ is not None and original in [c.cell_contents for c in Theme.get_env.__closure__]
    preview.close()
    assert Theme.get_env is original
