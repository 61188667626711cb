"""The preview of `policy serve`: the site with the working drafts, rebuilt after each change.

The first build renders every page (the released ones come from the page cache). After an edit
to docs/, the staging tree is regenerated and compared with what it held: only the pages whose
Markdown changed — the draft page, and the in-force and parallel pages while they show the
draft — are rendered again, with the configuration, plugins, theme and navigation of the last
full build kept in memory (tooling.site.mkdocs_adapter.Preview), and their entries of the search
index replaced. A new, renamed or deleted source, a change under releases/, to policy.toml or to
mkdocs.yml, or anything a page-by-page render cannot reproduce, gives a full build.
"""

import copy
import os
import shutil
import tempfile
import time
from dataclasses import dataclass


@dataclass
class Rebuild:
    """What one change did to the preview."""

    kind: str          # "full" (every page), "pages" (only the pages whose Markdown changed), "none"
    pages: int         # pages rendered ("full": every page not copied from the page cache)
    seconds: float     # from the start of the rebuild (after the watcher's wait) to its end
    why: str = ""      # why a full build was needed, when one was


class MemoryMemo:
    """The site memo (build.DiskMemo: redlines, anchored texts… of released texts) with the
    results of this preview kept in memory too: a restage after an edit reads none of them
    from the disk again."""

    def __init__(self, disk):
        self.disk = disk
        self.used = disk.used
        self.values = {}

    def __call__(self, name, key, compute):
        import copy

        if (name, key) not in self.values:
            self.values[(name, key)] = self.disk(name, key, compute)
        return copy.deepcopy(self.values[(name, key)])  # a caller may change what it gets


class PreviewSession:
    """One `policy serve`: ``load_config()`` reads policy.toml (again after it changes)."""

    def __init__(self, load_config, as_of, addr, verbose=False):
        self.load_config = load_config
        self.as_of = as_of
        self.addr = addr
        self.verbose = verbose
        self.config = None
        self.caches = None
        self.inputs = None
        self.preview = None
        self.memo = None
        self.menus = {}     # {(language, url, document, kind, release id): version selector} for the releases read last
        self.failed = False
        self.site_dir = tempfile.mkdtemp(prefix="policy-serve-")

    # -- what is watched ---------------------------------------------------------------------
    def watch(self):
        """[(path, recursive)]: docs/, releases/ and the project folder itself (policy.toml and
        mkdocs.yml; watched through their folder, as editors often save by replacing the file)."""
        config = self.config
        out = [(path, True) for path in (config.docs_dir, config.releases_dir) if os.path.isdir(path)]
        return out + [(config.root, False)]

    def _settings(self):
        return {os.path.abspath(self.config.path), os.path.abspath(os.path.join(self.config.root, "mkdocs.yml"))}

    def _under(self, path, folder):
        return (path + os.sep).startswith(os.path.abspath(folder) + os.sep)

    # -- builds ------------------------------------------------------------------------------
    def start(self):
        """The first, full build."""
        return self._full("first build")

    def _staging(self):
        return os.path.join(self.config.root, ".policy-cache", "serve-staging")

    def _stage(self, archived=True):
        """Plan the pages and write the staging tree (the pages not in the page cache); without
        ``archived`` (an edit to docs/, which changes no release), the releases read by the last
        full build are used again, the released versions' pages are not even planned (they are
        all in the page cache and in the preview) and each page's version selector is the one
        computed before."""
        from .build import stage

        menus = self.menus

        def prepare(inputs):
            inputs.archived = archived
            compute = inputs.versions
            if compute is None:
                return

            def versions(config, releases, as_of, language, url, document, kind, release_id):
                key = (language, url, document, kind, release_id)
                if key not in menus:
                    menus[key] = compute(config, releases, as_of, language, url, document, kind, release_id)
                return menus[key]  # only read (written into the page's front matter)

            inputs.versions = versions

        if archived:
            menus.clear()  # the releases are read again
        _, navs, inputs = stage(self.config, self.as_of, self._staging(), os.path.join(self.config.root, ".policy-cache"),
                                preview=True, cache=self.caches, memo=self.memo, prepare=prepare,
                                releases=None if archived else self.inputs.releases)
        self.inputs = inputs
        return navs

    def _full(self, why):
        from ..history.repolock import repository_lock
        from . import mkdocs_adapter
        from .build import DiskMemo, mkdocs_config_file, preview_caches

        started = time.perf_counter()
        self._uninstall()
        self.preview = None
        self.config = self.load_config()
        cache_root = os.path.join(self.config.root, ".policy-cache")
        # the releases and the shared cache (.policy-cache/) are read and written under the
        # repository lock, as `policy build` does: a release being written is never half seen
        with repository_lock(self.config.root, "policy serve (rebuilding the preview)"):
            self.caches = preview_caches(self.config, cache_root)
            self.memo = MemoryMemo(DiskMemo(cache_root, self.caches.code))
            navs = self._stage()
            context = mkdocs_adapter.BuildContext(
                pages=self.caches.pages, keys=self.caches.pages.keys, finish=self._finish, navs=navs,
                preview=True, segments=self.caches.segments, templates_dir=self.caches.templates_dir,
                jieba_dir=self.caches.jieba_dir)
            preview = mkdocs_adapter.Preview(mkdocs_config_file(self.config), self._staging(), self.site_dir,
                                             context, self.addr, self.verbose)
            for name in os.listdir(self.site_dir):  # emptied, as mkdocs serve does before every build
                path = os.path.join(self.site_dir, name)
                shutil.rmtree(path) if os.path.isdir(path) and not os.path.islink(path) else os.remove(path)
            preview.full_build()
            rendered = len(self._staged())
            if context.misses:  # released pages rendered now are cached: staged no more from now on
                self._stage()
        self.preview = preview
        return Rebuild("full", rendered, time.perf_counter() - started, why)

    def _finish(self, site_dir):
        """After mkdocs' full build: the released pages from the cache, and what the version
        selector and the compare page read (menu.json, text.json, history.json)."""
        from .build import write_version_files

        self.caches.finish(site_dir)
        write_version_files(site_dir, self.config, self.inputs)

    def _staged(self):
        """{path in the staging tree: bytes} (the pages not copied from the page cache)."""
        staging = self._staging()
        out = {}
        for folder, dirs, files in os.walk(staging):
            for name in files:
                path = os.path.join(folder, name)
                with open(path, "rb") as fh:
                    out[os.path.relpath(path, staging)] = fh.read()
        return out

    def changed(self, paths):
        """Rebuild after the files ``paths`` changed; a Rebuild, or None when none of them
        concerns the site. A PolicyError (an invalid source…) leaves the next change a full build."""
        paths = {os.path.abspath(p) for p in paths}
        settings = paths & self._settings()
        releases = [p for p in paths if self._under(p, self.config.releases_dir)]
        docs = [p for p in paths if self._under(p, self.config.docs_dir)]
        if not (settings or releases or docs):
            return None
        try:
            if settings or releases or self.failed or self.preview is None:
                why = ("policy.toml or mkdocs.yml changed" if settings else
                       "releases/ changed" if releases else "the last rebuild failed")
                rebuild = self._full(why)
            else:
                rebuild = self._pages()
        except BaseException:
            self.failed = True
            raise
        self.failed = False
        return rebuild

    def _pages(self):
        from .mkdocs_adapter import NeedsFullBuild

        started = time.perf_counter()
        before = self._staged()
        self._stage(archived=False)
        after = self._staged()
        if before.keys() != after.keys():
            return self._full("a page was added or removed")
        changed = sorted(path for path, data in after.items() if before[path] != data)
        if not changed:
            return Rebuild("none", 0, time.perf_counter() - started)
        pages = [(language, rest.replace(os.sep, "/")) for language, _, rest in
                 (path.partition(os.sep) for path in changed)]
        try:
            count = self.preview.rerender(pages)
        except NeedsFullBuild as exc:
            return self._full(str(exc))
        return Rebuild("pages", count, time.perf_counter() - started)

    def _uninstall(self):
        """Undo the build caches the last full build installed into mkdocs and material (they are
        installed again, once, by the next one: not stacked on every whole rebuild)."""
        context = self.preview.context if self.preview is not None else None
        if context is not None and context.restore is not None:
            context.restore()
            context.restore = None

    def close(self):
        self._uninstall()
        if self.caches is not None:
            self.caches.segments.save()
        shutil.rmtree(self.site_dir, ignore_errors=True)


def error_page(exc):
    """The page every address of the preview shows while ``exc`` (a PolicyError: an invalid
    source, a bad configuration) prevents the rebuild: the message with its file and line, in
    every language of the catalog, instead of the last page built."""
    from html import escape

    from ..wording import CATALOG, words

    where = exc.location()
    message = f"{where + ': ' if where else ''}error {exc.code}: {exc.message}"
    parts = []
    for language in CATALOG:
        text = words(language, "serve")
        parts.append(f'<section lang="{language}"><h1>{escape(text["error_title"])}</h1>'
                     f'<p>{escape(text["error_intro"])}</p></section>')
    return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>policy serve</title></head><body>"
            + "".join(parts) + f'<pre class="policy-serve-error">{escape(message)}</pre></body></html>')
