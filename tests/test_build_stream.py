"""Issue 15, memory: the pages of the site are planned and staged one at a time. plan_site makes a
page when the last one has been used; staging writes it into the staging tree and keeps only its
place (PagePlace), so that a build holds one page's Markdown and redlines at a time, whatever the
number of releases. A page the cache lets the build leave out, whose other language turns out to
be missing from the cache, is made again: the site is the same bytes as without the cache."""

import inspect
import os
import sqlite3
import weakref
import zlib
from pathlib import Path

import site_fixture

from tooling.config import load_config
from tooling.history.release_store import load_releases
from tooling.site import build, site


class _Tracked:
    """plan_site, counting how many pages it made are still alive each time it makes another."""

    def __init__(self, monkeypatch):
        self.made = []
        self.most_alive = 0
        original = site.plan_site

        def tracked(inputs):
            for page in original(inputs):
                alive = sum(1 for ref in self.made if ref() is not None)
                self.most_alive = max(self.most_alive, alive)
                self.made.append(weakref.ref(page))
                yield page
                del page

        monkeypatch.setattr(site, "plan_site", tracked)


def _inputs(root, as_of):
    config = load_config(root=str(root))
    return site.SiteInputs(config=config, releases=load_releases(config), drafts={}, as_of=as_of)


def test_plan_site_makes_each_page_when_it_is_asked_for(tmp_path):
    root = site_fixture.make_project(tmp_path / "project")
    inputs = _inputs(root, site_fixture.AFTER_V2)
    plan = site.plan_site(inputs)
    assert inspect.isgenerator(plan)
    first = next(plan)
    assert first.kind == site.HOME and first.language == "zh"
    rest = list(plan)
    assert len(rest) > 10
    # the pages of a release declare the languages they exist in (their language switcher, cache keys)
    groups = {}
    for page in [first, *rest]:
        if page.archived:
            groups.setdefault((page.kind, page.release_id), []).append(page)
    assert groups
    for group in groups.values():
        assert all(sorted(p.languages) == sorted(q.language for q in group) for p in group)


def test_staging_writes_each_page_and_keeps_no_page_text(tmp_path, monkeypatch):
    """Without a cache (every page written) and with a page cache filled by a real build (the
    released pages left out): when a page is made, no page made before it is still held."""
    root = site_fixture.make_project(tmp_path / "project")
    config = load_config(root=str(root))
    cache_root = tmp_path / "cache"
    tracked = _Tracked(monkeypatch)
    staging = tmp_path / "staging"
    places, navs, inputs = build.stage(config, site_fixture.AFTER_V2, str(staging), str(cache_root))
    assert len(tracked.made) == len(places) > 20
    assert tracked.most_alive == 0, f"{tracked.most_alive} pages were still held when another was made"
    assert all(not hasattr(place, "markdown") for place in places)
    for place in places:  # every page is in the staging tree, with its fragments beside it
        text = (staging / place.language / place.path).read_text(encoding="utf-8")
        assert len(text) == place.size
        for key in place.fragments:
            assert (Path(build.fragments_dir(str(staging))) / key[:2] / f"{key}.html").is_file()

    report = build.build_site(config, str(tmp_path / "site"), site_fixture.AFTER_V2, cache_root=str(cache_root),
                              jobs=1)
    assert report.cached == 0
    tracked = _Tracked(monkeypatch)
    pages_cache = build.PageCache(str(cache_root),
                                  build.site_fingerprint(config, site.navigation(config, ["privacy"]),
                                                         build.code_fingerprint()))
    staging2 = tmp_path / "staging2"
    places, _, _ = build.stage(config, site_fixture.AFTER_V2, str(staging2), str(cache_root), cache=pages_cache)
    assert tracked.most_alive == 0
    archived = [p for p in places if p.archived]
    assert len(pages_cache.copied) == len(archived) > 0  # every released page comes from the cache
    assert not [p for p in archived if (staging2 / p.language / p.path).exists()]
    assert [p for p in places if not p.archived and (staging2 / p.language / p.path).is_file()]


def _tree(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(Path(folder).rglob("*")) if p.is_file()}


def test_a_cache_with_one_language_of_a_page_missing_gives_the_same_site(tmp_path, monkeypatch):
    """The Chinese pages come first: cached, they are left out; their English pages, removed from
    the cache, must be rendered, and so must the Chinese ones again (the language switcher of a
    page links to its other language only if both are in the build)."""
    root = site_fixture.make_project(tmp_path / "project")
    config = load_config(root=str(root))
    cache_root = tmp_path / "cache"
    as_of = site_fixture.AFTER_V2
    build.build_site(config, str(tmp_path / "first"), as_of, cache_root=str(cache_root), jobs=1)
    removed = 0
    with sqlite3.connect(cache_root / build.STORE) as db:
        for key, data in db.execute("SELECT key, data FROM blobs WHERE key LIKE 'page/%'").fetchall():
            if b'<html lang="en"' in zlib.decompress(data):
                db.execute("DELETE FROM blobs WHERE key = ?", (key,))
                removed += 1
    assert removed == 4  # v1 and v2, their version and change pages
    made_again = []
    plan_page = site.plan_page
    monkeypatch.setattr(site, "plan_page", lambda *args: made_again.append(args[1:]) or plan_page(*args))
    again = build.build_site(config, str(tmp_path / "again"), as_of, cache_root=str(cache_root), jobs=1)
    # the Chinese pages, left out at first, are made again and rendered with their English ones (their
    # HTML still comes from the cache, through the hooks: 4 cached, none copied)
    assert sorted(made_again) == [("zh", kind, "privacy", v) for kind in (site.CHANGE, site.VERSION) for v in ("v1", "v2")]
    assert again.cached == 4
    fresh = build.build_site(config, str(tmp_path / "fresh"), as_of, cache=False)
    warm = build.build_site(config, str(tmp_path / "warm"), as_of, cache_root=str(cache_root), jobs=1)
    assert warm.cached == 8
    sites = [_tree(tmp_path / name) for name in ("first", "again", "fresh", "warm")]
    assert "en/privacy/changes/v2/index.html" in sites[0]
    assert sites[0] == sites[1] == sites[2] == sites[3]
    assert not os.path.exists(cache_root / "staging" / "zh" / "privacy" / "versions" / "v1.md")
