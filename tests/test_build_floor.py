"""Issue 15, the floor of a warm build: the Chinese of the search index is segmented only when it
changed (jieba is not even imported otherwise), the theme's templates are compiled once (Jinja's
bytecode cache), and .policy-cache/ keeps what the last build used and is bounded otherwise.
Every cached build must give the bytes of a build without the cache."""

import os
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import site_fixture
from conftest import ROOT

from tooling.config import load_config
from tooling.site import build
from tooling.site.build import build_site

AS_OF = date(2026, 11, 15)


def tree(folder):
    folder = Path(folder)
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def files_under(folder):
    return {str(p) for p in Path(folder).rglob("*") if p.is_file()}


def _build_in_process_without_jieba(root, out):
    """Build in a new interpreter; returns whether jieba was imported for real."""
    code = ("import sys, datetime\n"
            "from tooling.config import load_config\n"
            "from tooling.site.build import build_site\n"
            f"build_site(load_config(root={str(root)!r}), {str(out)!r}, datetime.date(2026, 11, 15))\n"
            "m = sys.modules.get('jieba')\n"
            "print('jieba', 'loaded' if m is not None and hasattr(m, 'dt') and type(m).__name__ == 'module' else 'not loaded')\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Building prefix dict" not in result.stderr  # jieba stays quiet when it does load
    return result.stdout.split("jieba ", 1)[1].strip()


def test_cached_segmentation_gives_the_same_index_as_a_fresh_one_and_skips_jieba(tmp_path):
    root = site_fixture.make_project(tmp_path / "project")
    config = load_config(root=str(root))
    build_site(config, str(tmp_path / "first"), AS_OF)                # fills the caches
    segments = list((root / ".policy-cache" / "search-segments").glob("*.marshal"))
    assert len(segments) == 1
    assert _build_in_process_without_jieba(root, tmp_path / "warm") == "not loaded"
    build_site(config, str(tmp_path / "fresh"), AS_OF, cache=False)
    for index in ("search/search_index.json", "en/search/search_index.json"):
        warm = (tmp_path / "warm" / index).read_bytes()
        assert warm == (tmp_path / "fresh" / index).read_bytes(), index
    assert "\u200b" in (tmp_path / "warm" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert tree(tmp_path / "warm") == tree(tmp_path / "fresh")

    # A changed Chinese text is segmented afresh (jieba loads), the rest still from the cache.
    for lang, line in (("zh", "\n新增条款：受托人应当按照约定处理个人信息。\n"), ("en", "\nNew clause: the entrusted party processes personal information as agreed.\n")):
        path = root / "docs" / lang / "privacy.md"
        path.write_text(path.read_text(encoding="utf-8") + line, encoding="utf-8")
    site_fixture.write_release(root, "v9", 9, "editorial", date(2026, 11, 10), date(2026, 11, 10),
                               {"zh": "文字调整。", "en": "Editorial changes."},
                               {lang: (root / "docs" / lang / "privacy.md").read_text(encoding="utf-8") for lang in ("zh", "en")})
    assert _build_in_process_without_jieba(root, tmp_path / "changed") == "loaded"
    build_site(config, str(tmp_path / "changed-fresh"), AS_OF, cache=False)
    assert "受托人" in (tmp_path / "changed" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert tree(tmp_path / "changed") == tree(tmp_path / "changed-fresh")


def test_the_segmentation_cache_is_what_the_index_is_made_from(tmp_path):
    """Not a cache that is written and never read: a stored segmentation shows in the index."""
    import marshal

    root = site_fixture.make_project(tmp_path / "project")
    config = load_config(root=str(root))
    build_site(config, str(tmp_path / "first"), AS_OF)
    path = next((root / ".policy-cache" / "search-segments").glob("*.marshal"))
    stored = marshal.loads(path.read_bytes())
    key, value = next((k, v) for k, v in stored.items() if "\u200b" in v)
    stored[key] = value.replace("\u200b", "\u200b|")
    path.write_bytes(marshal.dumps(stored))
    build_site(config, str(tmp_path / "second"), AS_OF)
    assert "\u200b|" in (tmp_path / "second" / "search" / "search_index.json").read_text(encoding="utf-8")


def cache_files(cache):
    """{path: inode} of the files of the build caches (a file written again gets a new inode), and {key: row id} of the
    values of the store (a value written again gets a new row)."""
    import sqlite3

    files = {str(p): p.stat().st_ino for name in build.CACHE_FOLDERS for p in (cache / name).rglob("*") if p.is_file()}
    with sqlite3.connect(cache / build.STORE) as db:
        files.update({f"store:{key}": row for key, row in db.execute("SELECT key, rowid FROM blobs")})
    return files


def test_pruning_keeps_what_the_last_build_used_and_removes_the_rest(tmp_path, monkeypatch):
    root = site_fixture.make_project(tmp_path / "project")
    config = load_config(root=str(root))
    cache = root / ".policy-cache"
    build_site(config, str(tmp_path / "site"), AS_OF)
    # what earlier builds (another --as-of, older code) left behind
    stale = [cache / "site-pages" / "ab" / ("ab" + "0" * 62 + ".html"),
             cache / "site-memo" / "feeds" / "cd" / ("cd" + "1" * 62 + ".json"),
             cache / "templates" / ("f" * 32) / "__jinja2_0.cache",
             cache / "search-segments" / ("e" * 32 + ".marshal")]
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 1000)
    others = [cache / "config.marshal", cache / "terms.marshal"]   # other commands' files: never pruned
    for path in others:
        path.write_bytes(b"other command's")

    monkeypatch.setattr(build, "CACHE_SPARE", 0)   # keep nothing the last build did not use
    second = build_site(config, str(tmp_path / "site"), AS_OF)
    assert not any(p.exists() for p in stale)
    assert not (cache / "templates" / ("f" * 32)).exists(), "empty folder left"
    assert all(p.read_bytes() == b"other command's" for p in others)
    kept = cache_files(cache)
    site = tree(tmp_path / "site")

    third = build_site(config, str(tmp_path / "site"), AS_OF)   # the same build again
    assert second.cached > 0 and third.cached == second.cached   # every released page from the cache
    assert cache_files(cache) == kept, "the build had to compute again what the pruning removed"
    assert tree(tmp_path / "site") == site


def test_the_spare_room_keeps_the_most_recently_used_of_the_rest(tmp_path):
    cache = tmp_path / ".policy-cache"
    used = cache / "site-pdf" / "aa" / "used.pdf"
    older, newer = cache / "templates" / "x" / "older.cache", cache / "site-pdf" / "bb" / "newer.pdf"
    writing = cache / "templates" / "x" / "y.cache.123.tmp"   # another process writing right now
    outside = cache / "staging" / "zh" / "index.md"
    for number, path in enumerate((used, older, newer, writing, outside)):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 1000)
        os.utime(path, (time.time() - 86400 + 3600 * number,) * 2)
    os.utime(writing, None)
    report = build.prune_cache(str(cache), {str(used)}, spare=1500)
    assert (used.exists(), older.exists(), newer.exists(), writing.exists(), outside.exists()) == (True, False, True, True, True)
    assert (report.removed, report.removed_bytes) == (1, 1000)
    assert used.stat().st_mtime > time.time() - 60   # touched: the last build used it
    build.prune_cache(str(cache), {str(used)}, spare=0)
    assert not newer.exists() and not (cache / "site-pdf" / "bb").exists() and used.exists()


def test_a_build_after_editing_a_theme_template_shows_the_edit_and_equals_a_fresh_build(tmp_path):
    """The theme (custom_dir of mkdocs.yml) in a copy of the package: the compiled templates
    are reused while it is unchanged and recompiled once it is edited."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copytree(ROOT / "tooling", root / "tooling", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    site_fixture.make_project(root)
    env = dict(os.environ, PYTHONPATH=str(root))

    def policy_build(out, *extra):
        result = subprocess.run([sys.executable, "-m", "tooling", "build", "--as-of", "2026-11-15", "-o", str(out), *extra],
                                cwd=root, env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        return out

    policy_build(tmp_path / "before")
    compiled = files_under(root / ".policy-cache" / "templates")
    assert len(compiled) > 20   # material's templates and ours (35 here), compiled once
    main = root / "tooling" / "site" / "site_theme" / "main.html"
    text = main.read_text(encoding="utf-8")
    assert "{% block styles %}" in text
    main.write_text(text.replace("{% block styles %}", '{% block styles %}<meta name="policy-edition" content="edited">', 1),
                    encoding="utf-8")
    cached = policy_build(tmp_path / "cached")
    fresh = policy_build(tmp_path / "fresh", "--no-cache")
    page = (cached / "privacy" / "index.html").read_text(encoding="utf-8")
    assert '<meta name="policy-edition" content="edited">' in page
    assert tree(cached) == tree(fresh)
    folders = {Path(p).parent for p in files_under(root / ".policy-cache" / "templates")}
    assert len(folders) == 2, "the edited theme was compiled into the folder of the old one"  # the old: spare room


def test_the_compiled_templates_serve_a_project_moved_elsewhere_with_its_cache(tmp_path):
    """A cache restored where the theme lies at another path (another checkout, another virtual
    environment) still has the theme's templates compiled: none is compiled again, and the site
    is the one a build without the cache makes."""
    first = tmp_path / "first"
    first.mkdir()
    shutil.copytree(ROOT / "tooling", first / "tooling", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    site_fixture.make_project(first)

    def policy_build(root, out, *extra):
        result = subprocess.run([sys.executable, "-m", "tooling", "build", "--as-of", "2026-11-15", "-o", str(out), *extra],
                                cwd=root, env=dict(os.environ, PYTHONPATH=str(root)), capture_output=True, text=True,
                                timeout=300)
        assert result.returncode == 0, result.stderr
        return out

    policy_build(first, tmp_path / "site-first")
    compiled = files_under(first / ".policy-cache" / "templates")
    moved = tmp_path / "moved"
    shutil.copytree(first, moved, symlinks=True)
    before = {os.path.relpath(p, moved) for p in files_under(moved / ".policy-cache" / "templates")}
    assert before == {os.path.relpath(p, first) for p in compiled}
    site = policy_build(moved, tmp_path / "site-moved")
    after = {os.path.relpath(p, moved) for p in files_under(moved / ".policy-cache" / "templates")}
    assert after == before, "templates compiled again for the theme at its new path"
    assert tree(site) == tree(policy_build(moved, tmp_path / "site-fresh", "--no-cache"))
