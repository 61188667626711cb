"""The site build engine: the published site, every release of every document in every language,
rendered by one mkdocs build (``policy build`` and ``policy serve`` are its commands).

1. The release records (releases/) become pages (tooling.site); the drafts (docs/) appear only
   in the preview of `policy serve`, never on the public site.
2. The pages are written into a staging tree ``.policy-cache/staging/<language>/…``.
3. mkdocs renders the tree once (tooling.site.mkdocs_adapter); released versions and their change
   notices never change, so their rendered HTML is cached by content and reused.
4. The site gets its sitemap, its change-notice feeds, and no timestamps: the same commit
   and the same --as-of give the same bytes.
5. It is built in a new folder beside the output folder and swapped in (tooling.site_output).
"""

import os


class BuildReport:
    def __init__(self, pages, cached, rendered, site_dir, pdfs=None, pdf_skipped=""):
        self.pages = pages
        self.cached = cached
        self.rendered = rendered
        self.site_dir = site_dir
        self.pdfs = pdfs                # pdf.PdfReport (rendered, cached, seconds), or None without PDFs
        self.pdf_skipped = pdf_skipped  # why PDFs were wanted but not made (said once by the command)


def site_inputs(config, as_of, memo=None, preview=False, releases=None):
    """Releases, notices and redlines: everything the pages are made from; and, for the
    preview of `policy serve` only, the drafts (docs/): the public site shows released text only.
    ``releases``: those read already ({document: [Release]}; `policy serve` after an edit to docs/)."""
    from ..history.release_store import load_releases
    from ..project import discover, display_path, document_path
    from ..source import read_source
    from .site import SiteInputs

    releases = load_releases(config) if releases is None else releases
    drafts = {}
    for document in discover(config.docs_dir, config.languages) if preview else ():
        for language in config.languages:
            path = document_path(config.docs_dir, language, document)
            if os.path.isfile(path):
                drafts.setdefault(document, {})[language] = read_source(path, display_path(path)).text
    inputs = SiteInputs(config=config, releases=releases, drafts=drafts, as_of=as_of, memo=memo)
    inputs.redline = _redline()
    from .version_menu import menu

    inputs.versions = menu   # the version selector in each page's header
    _add_notices(inputs)
    return inputs


def _redline():
    """The diff engine's redline (tooling.diffing + tooling.redline)."""
    from ..diff import diffing, redline

    def render(prev_text, text, language, document, prev_id, release_id):
        diff = diffing.diff_documents(prev_text, text, language, document, prev_id, release_id)
        # both views on one page: distinct anchor prefixes, the page has its own headings
        return (redline.render_inline_html(diff, id_prefix="inline-", title=False),
                redline.render_side_by_side_html(diff, id_prefix="side-", title=False))

    return render


def _add_notices(inputs):
    """Banners of the in-force pages and the titles of the change notices for the history
    (tooling.notices). A title needs no diff: it is not worth building the notices for it."""
    from ..notices import notices
    from ..model.releases import previous

    config, as_of = inputs.config, inputs.as_of
    for document, releases in inputs.releases.items():
        for language in config.languages:
            banner = notices.banner_for(config, document, language, releases, as_of)
            if banner is not None:
                inputs.banners[(document, language)] = banner
        for release in (r for r in releases if r.published <= as_of):  # those build_notices lists
            first = previous(releases, release) is None
            for language in config.languages:
                title = release.title.get(language) or config.title(document, language)
                inputs.notices[(document, release.id, language)] = notices.notice_title(title, first, language)


def _memo(inputs, name, parts, compute):
    if inputs.memo is None:
        return compute()
    from .site import fingerprint

    return inputs.memo(name, fingerprint(name, *parts), compute)


def _memo_has(inputs, name, parts, keep=False):
    """Whether the memo holds the result _memo would read for ``name`` and ``parts`` (without reading it);
    ``keep``: if it does, this build uses it (the pruning keeps it). False without a memo that can tell."""
    has = getattr(inputs.memo, "has", None)
    if has is None:
        return False
    from .site import fingerprint

    return has(name, fingerprint(name, *parts), keep=keep)


def _notice_memo(inputs):
    """The memo of the notices' pure parts (notices.build_notices ``memo``), or None."""
    if inputs.memo is None:
        return None
    return lambda name, parts, compute: _memo(inputs, name, parts, compute)


def warm_memo(inputs, only=None):
    """Compute into the memo what the site writes after its pages are rendered, for every release
    (``only``: for those {(document, release id)}), while the diffs of their change pages and
    their parsed texts are fresh (tooling.diff.diffing keeps the recent ones): the affected
    sections and the parts in the feeds of the notices of releases published by the build date,
    and the compare data of the visible versions (compare_data.py). Those, written later, read
    them instead of comparing or parsing the texts again."""
    memo = _notice_memo(inputs)
    if memo is None:
        return
    from ..model import releases as model
    from . import compare_data, site

    def kept(name, parts):  # what the memo holds already is not read (a warm build holds it all), but kept
        return _memo_has(inputs, name, parts, keep=True)

    shown = set(site.documents_of(inputs))
    languages = set(inputs.config.languages)
    for document, releases in sorted(inputs.releases.items()):
        visible = {id(r) for r in model.visible(releases, inputs.as_of)} if document in shown else set()
        for release in releases:
            if only is not None and (document, release.id) not in only:
                continue
            if release.published <= inputs.as_of:  # its notice in the feeds (and the rows of its sections)
                _notice_parts(inputs.config, release, releases, inputs.config.ordered_languages, memo, kept)
            if id(release) in visible:
                for language, released in sorted(release.texts.items()):
                    if language in languages and not kept(compare_data.MEMO, compare_data.memo_parts(
                            released.text, document, language, release.id)):
                        compare_data.memo_version_data(memo, released.text, document, language, release.id)


def _releases_key(releases_by_doc):
    """Everything the release records say (their texts by their SHA-256) and the digests of their bytes
    (notices carry them for consent), for memo keys."""
    return "".join(_record_key(r) for doc in sorted(releases_by_doc) for r in releases_by_doc[doc])


def _record_key(release):
    """Everything one release record says (its texts by their SHA-256) and the digest of its bytes."""
    from ..history.release_store import record_json

    return record_json(release) + release.record_sha256


STORE = "site-cache.sqlite"  # the file of .policy-cache/ that holds rendered pages and the memo (blob_store.py)


def cache_store(cache_root):
    """The store of rendered pages and memoised results of the cache ``cache_root``."""
    from .blob_store import open_store

    return open_store(os.path.join(cache_root, STORE))


class DiskMemo:
    """Results of pure functions of released texts, kept in .policy-cache/ (the store of
    ``cache_root``, blob_store.py) and keyed also by the code that computes them (any changed file
    of the package, or another version of a rendering dependency, invalidates every result: see
    code_fingerprint)."""

    def __init__(self, cache_root, code=None):
        self.store = cache_store(cache_root)
        self.code = code or code_fingerprint()

    @property
    def used(self):
        return self.store.used

    def _key(self, name, key):
        from .site import fingerprint

        return f"memo/{name}/{fingerprint(self.code, key)}"

    def __call__(self, name, key, compute):
        import json

        stored = self._key(name, key)
        data = self.store.get(stored)
        if data is not None:
            try:
                return json.loads(data)
            except ValueError:
                pass
        value = compute()
        self.store.put(stored, json.dumps(value, ensure_ascii=False).encode("utf-8"))
        return value

    def has(self, name, key, keep=False):
        """Whether the memo holds a result for ``key`` (without reading it); ``keep``: if it does,
        this build uses it (the pruning keeps it)."""
        stored = self._key(name, key)
        if not self.store.has(stored):
            return False
        if keep:
            self.store.used.add(stored)
        return True


def write_page(data, target):
    """Write the HTML ``data`` of a page into the site as ``target``."""
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as fh:
        fh.write(data)


class SegmentCache:
    """Chinese of the search index segmented into words (jieba, through material's search plugin),
    by the SHA-256 of the text: jieba and its dictionary are loaded only for a text not segmented
    before. One file, ``<key>.marshal`` in ``folder``; ``key`` covers what segments (the
    versions of jieba and material, mkdocs.yml with the search plugin's dictionaries)."""

    LIMIT = 8 * 2**20  # characters of texts the last build did not use, kept for a later build

    def __init__(self, folder, key):
        import marshal

        self.path = os.path.join(folder, key[:32] + ".marshal")
        try:
            with open(self.path, "rb") as fh:
                stored = marshal.load(fh)
            if not isinstance(stored, dict):
                stored = {}
        except (OSError, EOFError, ValueError, TypeError):
            stored = {}
        self.stored = stored
        self.used = {}
        self.misses = 0

    def get(self, text, compute):
        import hashlib

        key = hashlib.sha256(text.encode("utf-8")).hexdigest()
        value = self.used.get(key)
        if value is None:
            value = self.stored.get(key)
            if not isinstance(value, str):
                value = compute()
                self.misses += 1
            self.used[key] = value
        return value

    def save(self):
        """Write what this build used, then earlier texts up to LIMIT characters (most recent first)."""
        import marshal

        kept = dict(self.used)
        budget = self.LIMIT
        for key, value in self.stored.items():  # in the order of the last save: most recent first
            if key not in kept and budget >= len(value):
                kept[key] = value
                budget -= len(value)
        if not self.misses and list(kept) == list(self.stored):
            return
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        tmp = f"{self.path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            marshal.dump(kept, fh)
        os.replace(tmp, self.path)


# The folders of .policy-cache/ a build fills and prunes (the rest, e.g. config.marshal, the
# staging trees or the lock, belongs to other commands or is kept in step by the build itself).
CACHE_FOLDERS = ("search-segments", "templates", "site-pdf")
LEGACY_FOLDERS = ("site-pages", "site-memo")  # a file per page and per result, before the store: removed
CACHE_SPARE = 32 * 2**20  # bytes of files the last build did not use, kept for one that may (another --as-of)


class PruneReport:
    def __init__(self, kept, removed, removed_bytes):
        self.kept = kept
        self.removed = removed
        self.removed_bytes = removed_bytes


def prune_cache(cache_root, used, spare=None):
    """Bound the build caches of ``cache_root`` (CACHE_FOLDERS and the store of pages and memo):
    every file in ``used`` (those the last build read or wrote) and every value of the store it used
    is kept, and of the others the most recently used, up to ``spare`` bytes (files first, then the
    store's values); the rest is removed, and the folders left empty. The files used are touched, so
    that their time says when a build last used them."""
    import shutil
    import time

    spare = CACHE_SPARE if spare is None else spare
    for name in LEGACY_FOLDERS:
        shutil.rmtree(os.path.join(cache_root, name), ignore_errors=True)
    used = {os.path.normpath(p) for p in used}
    now = time.time()
    others = []
    kept = 0
    for name in CACHE_FOLDERS:
        top = os.path.join(cache_root, name)
        for folder, dirs, files in os.walk(top):
            for file in files:
                path = os.path.normpath(os.path.join(folder, file))
                try:
                    st = os.stat(path)
                except OSError:
                    continue
                if path in used:
                    try:
                        os.utime(path, (now, now))
                    except OSError:
                        pass
                    kept += 1
                elif file.endswith(".tmp") and now - st.st_mtime < 3600:
                    kept += 1  # being written by another process (policy serve) right now
                else:
                    others.append((st.st_mtime, st.st_size, path))
    others.sort(reverse=True)  # most recently used first
    removed = removed_bytes = 0
    for mtime, size, path in others:
        if spare >= size and not path.endswith(".tmp"):
            spare -= size
            kept += 1
            continue
        try:
            os.remove(path)
        except OSError:
            continue
        removed += 1
        removed_bytes += size
    for name in CACHE_FOLDERS:
        top = os.path.join(cache_root, name)
        for folder, dirs, files in os.walk(top, topdown=False):
            if folder != top and not os.listdir(folder):
                try:
                    os.rmdir(folder)
                except OSError:
                    pass
    if os.path.isfile(os.path.join(cache_root, STORE)):
        values, gone, gone_bytes = cache_store(cache_root).prune(spare)
        kept, removed, removed_bytes = kept + values, removed + gone, removed_bytes + gone_bytes
    return PruneReport(kept, removed, removed_bytes)


def fragments_dir(staging):
    """Where the HTML fragments of the pages staged in ``staging`` are kept (beside it: mkdocs
    must not see them as documentation files)."""
    return os.path.normpath(staging) + ".fragments"


def write_staging(staging, pages):
    """Write the pages into ``staging`` (<language>/<path>) and their HTML fragments beside it,
    touching only files that changed (mkdocs serve watches this tree) and removing those that
    no longer exist."""
    tree = StagingTree(staging)
    for page in pages:
        tree.write(page)
    tree.finish()


class StagingTree:
    """The staging tree written one page at a time (each page can be forgotten once written): a
    file is rewritten only if its bytes changed (mkdocs serve watches this tree), and finish()
    removes the files no page of this staging wrote."""

    def __init__(self, staging):
        self.root = staging
        self.fragments = fragments_dir(staging)
        self.wanted = set()  # the paths written (or found unchanged) by this staging

    def write(self, page):
        self._put(os.path.join(self.root, page.language, *page.path.split("/")), page.markdown.encode("utf-8"))
        for key, html in page.fragments:
            self._put(os.path.join(self.fragments, key[:2], key + ".html"), html.encode("utf-8"))

    def _put(self, path, data):
        if path in self.wanted:
            return  # a fragment two pages share: the same key, the same bytes
        self.wanted.add(path)
        try:
            with open(path, "rb") as fh:
                if fh.read() == data:
                    return
        except OSError:
            os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)

    def finish(self):
        for root in (self.root, self.fragments):
            for folder, dirs, files in os.walk(root, topdown=False):
                for name in files:
                    path = os.path.join(folder, name)
                    if path not in self.wanted:
                        os.remove(path)
                if folder != root and not os.listdir(folder):
                    os.rmdir(folder)


def site_fingerprint(config, navs, code=None):
    """Everything besides a page's own Markdown that shapes its HTML (part of the cache key)."""
    import json

    from . import mkdocs_adapter
    from .site import fingerprint

    return fingerprint(code or code_fingerprint(), mkdocs_adapter.versions(), config.base_url,
                       json.dumps(navs, ensure_ascii=False, sort_keys=True),
                       _read(os.path.join(config.root, "mkdocs.yml")))


def templates_fingerprint(config, code):
    """The key of the compiled templates: the code (theme included), the versions of the
    rendering stack and mkdocs.yml (theme, custom_dir). Not the navigation, which only the
    rendering reads; Jinja itself also checks each template's source against its compiled copy."""
    from . import mkdocs_adapter
    from .site import fingerprint

    return fingerprint("templates", code, mkdocs_adapter.versions(), _read(os.path.join(config.root, "mkdocs.yml")))


def segments_fingerprint(config):
    """The key of the segmented Chinese: what segments it (jieba, material, mkdocs.yml)."""
    from . import mkdocs_adapter
    from .site import fingerprint

    return fingerprint("segments", mkdocs_adapter.versions(), _read(os.path.join(config.root, "mkdocs.yml")))


# Every distribution whose code can change a byte of the output: the rendering stack and the
# libraries our own code renders with (with all of their requirements, found from their metadata).
RENDERING_DISTRIBUTIONS = ("mkdocs", "properdocs", "mkdocs-material", "mkdocs-static-i18n", "diff-match-patch",
                           "jieba", "PyYAML")


def code_fingerprint(package=None):
    """The cache key of the code: every file of the package (modules, theme, assets, schemas; by
    path and content, so a new or edited module counts) and the versions of the rendering
    dependencies. Lists nothing by hand, so no module can be forgotten. ``package``: the folder
    of the package (default: this one)."""
    from .site import fingerprint

    package = package or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parts = [dependency_versions(RENDERING_DISTRIBUTIONS)]
    for folder, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")) or name.startswith("."):
                continue
            path = os.path.join(folder, name)
            parts += [os.path.relpath(path, package).replace(os.sep, "/"), _read(path)]
    return fingerprint(*parts)


def dependency_versions(roots):
    """``name=version`` of the installed distributions ``roots`` and everything they require,
    sorted (``name=-`` for one that is not installed). Reads the ``*.dist-info`` folders on
    sys.path directly: importlib.metadata parses every distribution's metadata (0.3 s here)."""
    import re
    import sys

    def norm(name):
        return re.sub(r"[-_.]+", "-", name).lower()

    installed = {}  # {name: (version, dist-info folder)}, the first on sys.path wins as for imports
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for folder in names:
            if folder.endswith(".dist-info") and "-" in folder:
                name, version = folder[:-len(".dist-info")].rsplit("-", 1)
                installed.setdefault(norm(name), (version, os.path.join(entry, folder)))
    seen = {}
    todo = [norm(name) for name in roots]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        version, folder = installed.get(name, ("-", None))
        seen[name] = version
        if folder is None:
            continue
        for line in _read(os.path.join(folder, "METADATA")).decode("utf-8", "replace").splitlines():
            if not line.strip():
                break  # the headers end at the first blank line
            if line.startswith("Requires-Dist:") and "extra ==" not in line:
                match = re.match(r"Requires-Dist:\s*([A-Za-z0-9][A-Za-z0-9._-]*)", line)
                if match:
                    todo.append(norm(match.group(1)))
    return ";".join(f"{name}={version}" for name, version in sorted(seen.items()))


def _read(path):
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError:
        return b""


def mkdocs_config_file(config):
    path = os.path.join(config.root, "mkdocs.yml")
    if not os.path.isfile(path):
        from ..errors import ConfigError

        raise ConfigError("mkdocs.yml, the configuration of the site, is missing next to policy.toml; "
                          "restore it from git.", path)
    return path


def stage(config, as_of, staging, cache_root=None, preview=False, cache=None, memo=None, pdf=False, prepare=None,
          releases=None):
    """Plan the pages and write them into the staging tree as they are made, one at a time, without
    the released pages ``cache`` (a PageCache, or the PreviewCaches of `policy serve`) has the HTML
    of; ``pdf``: the pages link to the PDFs of the versions (tooling/site/pdf.py); ``prepare(inputs)``
    runs before the pages are planned (a cold build fills the memo there in parallel);
    ``releases``: as site_inputs. Returns (places, navs, inputs): a PagePlace of every page, in the
    order of plan_site (their Markdown is in the staging tree, not in memory)."""
    from . import site

    if memo is None and cache_root:
        memo = DiskMemo(cache_root)
    inputs = site_inputs(config, as_of, memo, preview, releases)
    inputs.preview = preview
    inputs.pdf = pdf
    if prepare is not None:
        prepare(inputs)
    documents = site.documents_of(inputs)
    pages_cache = cache.begin(documents) if cache is not None else None
    tree = StagingTree(staging)
    places = []

    def again(place):
        return site.plan_page(inputs, place.language, place.kind, place.document, place.release_id)

    warmed = set()
    for page in site.plan_site(inputs):
        key = (page.document, page.release_id)
        if not preview and page.kind == "change" and key not in warmed:  # the preview has no feeds, no compare data
            warmed.add(key)
            warm_memo(inputs, {key})  # while this release's diffs and parsed texts are fresh
        if pages_cache is not None and page.archived:
            for made in pages_cache.offer(page, again):
                tree.write(made)
        else:
            tree.write(page)
        places.append(page.place())
        del page  # the next page is made once this one is written and forgotten
    if pages_cache is not None:
        pages_cache.finish_offers()
    tree.finish()
    return places, site.navigation(config, documents, preview), inputs


class PreviewCaches:
    """The caches of `policy serve`: released pages rendered for the preview (their own keys:
    the preview's pages have no Content-Security-Policy), Chinese segmented for the search index,
    compiled templates. Released pages are rendered once, not on every rebuild after an edit."""

    def __init__(self, config, cache_root):
        self.config = config
        self.code = code_fingerprint()
        self.cache_root = cache_root
        self.pages = None  # the PageCache, keyed with the preview's navigation (known at the first staging)
        self.segments = SegmentCache(os.path.join(cache_root, "search-segments"), segments_fingerprint(config))
        self.templates_dir = os.path.join(cache_root, "templates", templates_fingerprint(config, self.code)[:32])
        self.jieba_dir = os.path.join(cache_root, "search-segments")

    def begin(self, documents):
        """The PageCache of the next (re)staging (see PageCache.begin): what it copies is counted afresh."""
        from . import site

        if self.pages is None:  # the navigation of the preview, as stage() makes it (drafts included)
            navs = site.navigation(self.config, sorted(documents), True)
            self.pages = PageCache(self.cache_root, site.fingerprint("preview", site_fingerprint(self.config, navs, self.code)))
        return self.pages.begin(documents)

    def finish(self, site_dir):
        self.pages.copy_into(site_dir)
        self.pages.store.flush()
        self.segments.save()


def preview_caches(config, cache_root):
    return PreviewCaches(config, cache_root)


class PageCache:
    """Rendered HTML of released versions and change notices, by content.

    A page's key covers its Markdown, its place (language, path, URL), the languages it
    exists in (the language switcher) and everything else that shapes its HTML (theme,
    hooks, mkdocs.yml, navigation, versions of the rendering stack). When every language of
    a page is cached, the page is left out of the mkdocs build and its HTML copied; otherwise
    the hooks render what is missing and store it.

    The pages are offered one at a time as they are planned (offer), and a page is either
    written into the staging tree at once or left out and forgotten: a build never holds the
    Markdown of the released pages. A page left out whose other language turns out to be
    missing from the cache (rare: a cache pruned or damaged in part) is made again then."""

    def __init__(self, cache_root, fingerprint):
        self.store = cache_store(cache_root)
        self.fingerprint = fingerprint
        self.keys = {}       # {(language, path): key} of every cacheable page
        self.copied = []     # [(PagePlace, cached file)] left out of the build
        self._groups = {}    # {(kind, document, release id): _Group} of the staging in progress

    def has(self, key):
        return self.store.has("page/" + key)

    def put(self, key, html):
        """Keep the HTML (bytes) of the page of key ``key``."""
        self.store.put("page/" + key, html)

    def copy(self, key, target, missing_ok=False):
        """Write the HTML of the page of key ``key`` into the site as ``target``; returns whether it was there
        (with ``missing_ok``; else a page missing is an error)."""
        data = self.store.get("page/" + key)
        if data is None and missing_ok:
            return False
        if data is None:
            from .mkdocs_adapter import BuildError

            raise BuildError(f"the cached page {target} cannot be read from {self.store.path}; build once with "
                             "`policy build --no-cache`, or remove .policy-cache/.")
        write_page(data, target)
        return True

    def used(self):
        """The keys in the store of the pages of the last staging."""
        return {"page/" + key for key in self.keys.values()}

    def begin(self, documents=None):
        """Start a staging: forget the pages of the last one (``keys`` is emptied in place: a
        BuildContext of `policy serve` holds it)."""
        self.keys.clear()
        self.copied = []
        self._groups = {}
        return self

    def key(self, page):
        from .site import fingerprint

        return fingerprint(self.fingerprint, page.language, page.path, page.url, ",".join(sorted(page.languages)),
                           page.markdown)

    def offer(self, page, again):
        """The pages to write into the staging tree now that the released page ``page`` is planned:
        none while every language of its group so far is cached (its place is kept; finish_offers
        decides), else ``page`` and the pages of its group left out before, made again by
        ``again(place)``."""
        key = self.keys[(page.language, page.path)] = self.key(page)
        group = self._groups.setdefault((page.kind, page.document, page.release_id), _Group())
        if group.render:
            return [page]
        if self.has(key):
            group.held.append(page.place())
            return []
        group.render = True
        out = [page]
        for place in group.held:
            made = again(place)
            if made is None or self.key(made) != self.keys[(place.language, place.path)]:
                raise RuntimeError(f"the page {place.url} was planned twice with different Markdown; the site "
                                   "cannot be built from the page cache (a bug: please report it).")
            out.append(made)
        group.held = []
        return out

    def finish_offers(self):
        """Every page is offered: the groups wholly cached are left out of the build, their HTML copied."""
        for group in self._groups.values():
            if not group.render:
                self.copied.extend((place, self.keys[(place.language, place.path)]) for place in group.held)
        self._groups = {}

    def copy_into(self, site_dir):
        for page, key in self.copied:
            self.copy(key, os.path.join(site_dir, *page.url.split("/"), "index.html"))


class _Group:
    """The pages of one release page (VERSION or CHANGE) in its languages, during a staging."""

    def __init__(self):
        self.render = False  # some language is not cached: the group is rendered
        self.held = []       # [PagePlace] left out so far (all cached)


def build_site(config, site_dir, as_of, *, cache=True, verbose=False, cache_root=None, pdf=None, jobs=None):
    """Build the whole site into ``site_dir``; returns a BuildReport. ``pdf``: make the PDF of
    every version (None: unless POLICY_PDF=0; tooling/site/pdf.py).

    ``site_dir`` must be new, empty or a site an earlier build wrote (tooling.site_output):
    the site is built beside it and swapped in, so that it is never half-written. ``jobs``:
    processes that render the released pages missing from the cache (default: the cores this
    process may use; see parallel_jobs)."""
    from ..history.repolock import repository_lock
    from ..project import display_path
    from . import site_output

    site_output.check_output(config, site_dir, display_path(site_dir))
    cache_root = cache_root or os.path.join(config.root, ".policy-cache")
    os.makedirs(cache_root, exist_ok=True)
    # One build at a time shares the staging tree and the cache; a release waits for it (and it for
    # a release), so a build never sees half a release.
    with repository_lock(config.root, "policy build"):
        site_output.check_output(config, site_dir, display_path(site_dir))  # as it is now we hold the lock
        final_dir, site_dir = site_dir, site_output.temp_folder(site_dir)
        try:
            report = _build_into(config, site_dir, as_of, cache, verbose, cache_root, pdf, jobs)
            site_output.swap_in(site_dir, final_dir)
        except BaseException:
            site_output.discard(site_dir)
            raise
    report.site_dir = final_dir
    return report


def _build_into(config, site_dir, as_of, cache, verbose, cache_root, pdf=None, jobs=None):
    """One mkdocs build of the whole site into the (new, empty) folder ``site_dir``. With the
    cache on and more than one job, worker processes share the work of what the cache lacks
    (see ParallelCold)."""
    from . import mkdocs_adapter, site, site_output
    from . import pdf as pdfs

    staging = os.path.join(cache_root, "staging")
    documents = site.documents_of(site_inputs_documents(config))
    navs = site.navigation(config, documents)
    pdf_plan = pdfs.plan(pdfs.wanted(pdf), dependency_versions)
    code = code_fingerprint() if cache or pdf_plan.enabled else None
    pages_cache = PageCache(cache_root, site_fingerprint(config, navs, code)) if cache else None
    memo = DiskMemo(cache_root, code) if cache else None
    if memo is not None:
        memo.used.clear()  # what this build uses (a process may build more than once: tests, `policy serve`)
    segments = SegmentCache(os.path.join(cache_root, "search-segments"), segments_fingerprint(config)) if cache else None
    templates = os.path.join(cache_root, "templates", templates_fingerprint(config, code)[:32]) if cache else None
    parallel = ParallelCold(parallel_jobs(jobs)) if cache else None
    if parallel:
        def warm():
            os.makedirs(staging, exist_ok=True)  # mkdocs.yml is loaded with it as docs_dir
            mkdocs_adapter.warm_up(mkdocs_config_file(config), staging, templates)

        parallel.warm = warm
    try:
        # the pages are written into the staging tree as they are planned: only their places are kept
        pages, navs, inputs = stage(config, as_of, staging, cache_root if cache else None, cache=pages_cache,
                                    memo=memo, pdf=pdf_plan.enabled,
                                    prepare=parallel.fill_memo if parallel else None)
        skip = set()
        if parallel:
            skip = parallel.start_render(config, staging, pages, pages_cache, navs, templates, _epoch(as_of),
                                         verbose, cache_root)
        archived = _archived_files(staging, pages) if cache else []
        if cache:
            from ..diff import diffing

            diffing.forget_recent()  # the comparisons are in the memo and the staging tree now

        def finish(out):
            if pages_cache:
                pages_cache.copy_into(out)
            # while the workers of a cold build may still be rendering: the sitemap, the feeds and the
            # files the versions read depend on the plan and the memo, not on the pages' HTML
            finish_site(out, config, pages, inputs)
            if parallel:
                parallel.finish_render(out, pages_cache)

        context = mkdocs_adapter.BuildContext(
            pages=pages_cache, keys=pages_cache.keys if pages_cache else {},
            finish=finish, navs=navs, segments=segments, templates_dir=templates, skip=skip,
            jieba_dir=os.path.join(cache_root, "search-segments") if cache else None)
        # the marker stays through the build: a build killed at any moment leaves a folder that the
        # next build recognises as its own and removes
        mkdocs_adapter.build(mkdocs_config_file(config), staging, site_dir, context=context,
                             epoch=_epoch(as_of), verbose=verbose, keep=(site_output.MARKER,))
    finally:
        if parallel:
            parallel.close()
        if cache:
            from .blob_store import flush_all

            flush_all()
    pdf_report = pdfs.export(config, inputs, site_dir, pdf_plan, cache_root if cache else None, code or "")
    if cache:
        _remove_files(archived, (staging, fragments_dir(staging)))  # their HTML is in the page cache now
        segments.save()
        memo.used.update(pages_cache.used())  # one store: the values it keeps
        used = {segments.path}
        from .jieba_shards import shard_path

        shards = shard_path(os.path.join(cache_root, "search-segments"))
        if shards:
            used.add(shards)  # made once per jieba (a build that segments nothing still keeps it)
        used |= pdf_report.used
        for folder, dirs, files in os.walk(templates):
            used.update(os.path.join(folder, name) for name in files)
        prune_cache(cache_root, used)
    cached = context.hits + (len(pages_cache.copied) if pages_cache else 0)
    return BuildReport(len(pages), cached, len(pages) - cached, site_dir,
                       pdf_report if pdf_plan.enabled else None, pdf_plan.skipped)


def _archived_files(staging, pages):
    """The files of the released pages (and of their fragments) in the staging tree."""
    out = []
    for page in pages:
        if page.archived:
            out.append(os.path.join(staging, page.language, *page.path.split("/")))
            out += [os.path.join(fragments_dir(staging), key[:2], key + ".html") for key in page.fragments]
    return out


def _remove_files(paths, roots):
    """Remove ``paths`` and the folders they leave empty inside ``roots`` (the staging tree after
    a build: a first build stages every released page, which would otherwise stay there until
    the next build; that one stages none of them, their HTML being in the page cache)."""
    roots = tuple(os.path.normpath(root) + os.sep for root in roots)
    folders = set()
    for path in paths:
        try:
            os.remove(path)
            folders.add(os.path.dirname(path))
        except OSError:
            pass
    for folder in sorted(folders, key=len, reverse=True):
        while (folder + os.sep).startswith(roots) and (folder + os.sep) not in roots:
            try:
                os.rmdir(folder)
            except OSError:
                break
            folder = os.path.dirname(folder)


def parallel_jobs(jobs=None):
    """How many processes a cold build may use: ``jobs`` if given, else the cores this process
    may run on (os.sched_getaffinity; os.cpu_count where it does not exist)."""
    if jobs:
        return max(1, int(jobs))
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


_FORKED = {}  # what the worker processes of ParallelCold read (inherited by fork, not pickled)


class ParallelCold:
    """The work of a cold build shared among ``jobs`` processes, this one and ``jobs - 1`` forked
    workers (issue 15). Released versions and change notices never change and do not depend on
    one another, so:
    1. before the pages are planned, each process computes the memo (DiskMemo) of the change
       notices (diffs, redlines) and of the anchored texts of every ``jobs``-th release;
    2. while this process builds the site, rendering its share of the released pages the page
       cache lacks, the workers render the other shares, each in its own mkdocs build (every
       page of the site is known to it, so links and the language switcher are the same, but
       only its share is rendered), into the page cache; the site takes their HTML from it.
    A page's HTML depends on its cache key only, never on the process or the number of jobs:
    the output is the same bytes (tests/test_build_cache.py). Processes are forked (POSIX);
    elsewhere, or with too little to do, nothing changes. mkdocs holds every page of a build
    until it ends, so a process renders at most CHUNK of them: a worker renders one chunk and
    ends (the next chunk gets a fresh process), and with more than ``jobs`` chunks this process
    renders none, ``jobs`` workers do; with one job, past CHUNK pages, one worker at a time (the
    memo is not shared out then). While the workers of step 1 compute, this process compiles the
    theme's templates (``warm``: the workers of step 2 and its own build find them compiled), with
    a share of the memo smaller by about what that costs."""

    MIN_RELEASES = 8   # fewer releases to diff: forking costs more than it saves
    MIN_PAGES = 16     # fewer pages to render: the same
    CHUNK = 256        # pages rendered by one worker process at most (each worker sets up a whole mkdocs build)
    WARM_RELEASES = 20  # compiling the templates costs about as much as the memo of this many releases

    def __init__(self, jobs):
        import multiprocessing

        self.jobs = jobs
        self.pool = None
        self.result = None
        self.given = []  # [(language, path)] rendered by the workers
        self.urls = {}   # {(language, path): URL} of those pages
        self.scratch = None
        self.warm = None      # callable: compile the theme's templates (mkdocs_adapter.warm_up), once
        self.warmed = False
        try:
            # with one job too: past CHUNK pages, one worker at a time renders them, CHUNK by CHUNK
            self.context = multiprocessing.get_context("fork")
        except ValueError:  # pragma: no cover - no fork on this platform
            self.context = None

    def _start(self, function, tasks, state, workers=None):
        _FORKED.clear()
        _FORKED.update(state)
        from .blob_store import flush_all

        flush_all()  # what this process stored, readable by the workers
        self.pool = self.context.Pool(min(workers or self.jobs - 1, len(tasks)), maxtasksperchild=1)
        return self.pool.map_async(function, tasks, chunksize=1)

    def close(self):
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None
        _FORKED.clear()

    def fill_memo(self, inputs):
        if self.context is None or inputs.memo is None or self.jobs < 2:
            return
        from ..model import releases as model

        work = [(document, release.id) for document, releases in sorted(inputs.releases.items())
                for release in model.visible(releases, inputs.as_of)]
        if len(work) >= self.MIN_RELEASES:
            work = _memo_lacks(inputs, work)  # a warm build, or one after a release, has nearly all of it
        if len(work) < self.MIN_RELEASES:
            return
        # consecutive releases: each text is parsed once for the two diffs it is in; this process's
        # share first, smaller by the templates it compiles meanwhile
        own = max(0, round((len(work) - (self.WARM_RELEASES if self.warm else 0)) / self.jobs))
        size = -(-(len(work) - own) // (self.jobs - 1))
        shares = [work[:own]] + [work[own + k * size:own + (k + 1) * size] for k in range(self.jobs - 1)]
        try:
            result = self._start(_fill_memo_share, [share for share in shares[1:] if share], {"inputs": inputs})
        except OSError:  # no process to be had (a limit on processes): the planning computes it all
            self.close()
            return
        try:
            self.warm_up()
            _fill_memo_share(shares[0])
            result.get()
        finally:
            self.close()

    def warm_up(self):
        if self.warm is not None and not self.warmed:
            self.warm()
            self.warmed = True

    def start_render(self, config, staging, pages, pages_cache, navs, templates, epoch, verbose, cache_root):
        """Start the workers on their shares; returns the pages this process must not render."""
        if self.context is None:
            return set()
        from . import mkdocs_adapter

        omitted = {(page.language, page.path) for page, _ in pages_cache.copied}
        todo = [(page.language, page.path) for page in pages
                if (page.language, page.path) in pages_cache.keys and (page.language, page.path) not in omitted
                and not pages_cache.has(pages_cache.keys[(page.language, page.path)])]
        if len(todo) < self.MIN_PAGES:
            return set()
        if self.jobs == 1 and len(todo) <= self.CHUNK:
            return set()              # this process renders them: no worker is worth forking
        if len(todo) <= self.jobs * self.CHUNK and self.jobs > 1:
            workers = self.jobs - 1   # this process renders a share too
            shares = self._shares(todo, pages, own=True)[1:]
        else:
            workers = self.jobs       # this process renders none: it would hold them all to the end
            shares = self._shares(todo, pages, own=False)
        self.given = [item for share in shares for item in share]
        given = set(self.given)
        self.urls = {(page.language, page.path): page.url for page in pages if (page.language, page.path) in given}
        shares = [share[k:k + self.CHUNK] for share in shares for k in range(0, len(share), self.CHUNK)]
        config_file = mkdocs_config_file(config)
        # imported and compiled once here, not in every worker (the released pages they render are
        # not in the search index: they segment no Chinese); done already if the memo was filled in parallel
        if self.warm is None:
            self.warm = lambda: mkdocs_adapter.warm_up(config_file, staging, templates)
        self.warm_up()
        self.scratch = os.path.join(cache_root, "workers")
        state = {"config_file": config_file, "staging": staging, "pages": pages_cache,
                 "keys": pages_cache.keys, "navs": navs, "templates": templates, "epoch": epoch,
                 "verbose": verbose, "scratch": self.scratch}
        try:
            self.result = self._start(_render_share, shares, state, workers)
        except OSError:  # no process to be had: this process renders everything
            self.close()
            self.given, self.urls = [], {}
            return set()
        return set(self.given)

    PAGE_COST = 20_000      # what rendering a page costs besides its Markdown, in characters of Markdown
    MAIN_COST = 2_000_000   # what this process does besides rendering pages (search index, feeds), the same

    def _shares(self, todo, pages, own):
        """``todo`` in ``jobs`` shares of about the same work (the largest pages first, each to the
        share with the least work; with ``own``, the first share is this process's, which starts
        with the pages it renders anyway). Any division gives the same site."""
        size = {(page.language, page.path): page.size + self.PAGE_COST for page in pages}
        loads = [0] * self.jobs
        if own:
            loads[0] = self.MAIN_COST + sum(size[(page.language, page.path)] for page in pages if not page.archived)
        shares = [[] for _ in range(self.jobs)]
        for place in sorted(todo, key=lambda place: (-size[place], place)):
            k = min(range(self.jobs), key=lambda k: (loads[k], k))
            shares[k].append(place)
            loads[k] += size[place]
        return shares

    def finish_render(self, site_dir, pages_cache):
        """Wait for the workers and copy the pages they rendered into ``site_dir``."""
        if self.result is None:
            return
        try:
            self.result.get()
        finally:
            self.close()
            try:
                os.rmdir(self.scratch)
            except OSError:
                pass
        for place, url in self.urls.items():
            pages_cache.copy(pages_cache.keys[place], os.path.join(site_dir, *url.split("/"), "index.html"))


def _memo_lacks(inputs, work):
    """The releases of ``work`` ([(document, id)]) whose change pages the memo lacks in a language
    (their memoised parts are computed together: see _fill_memo_share)."""
    if getattr(inputs.memo, "has", None) is None:
        return work
    from ..model import releases as model
    from . import site

    builder = site._Builder(inputs)
    wanted = set(work)
    out = []
    for document, releases in sorted(inputs.releases.items()):
        for release in releases:
            if (document, release.id) not in wanted:
                continue
            prev = model.previous(releases, release)
            for language in inputs.config.languages:
                parts = builder.change_page_parts(language, document, release, prev)
                if not _memo_has(inputs, "change-page", parts):
                    out.append((document, release.id))
                    break
    order = {item: k for k, item in enumerate(work)}
    return sorted(out, key=order.get)


def _fill_memo_share(share):
    """The memoised parts of the pages of the releases ``share`` ([(document, id)])."""
    from ..model import releases as model
    from . import site

    inputs = _FORKED["inputs"]
    builder = site._Builder(inputs)
    wanted = set(share)
    for document, releases in sorted(inputs.releases.items()):
        status = model.statuses(releases, inputs.as_of)
        for release in model.visible(releases, inputs.as_of):
            if (document, release.id) in wanted:
                for language in inputs.config.languages:
                    builder._body(document, language, release)
                    builder.change_page(language, document, release, releases, status[release.id])
                    builder._made()  # only the memo is wanted, not the page
                warm_memo(inputs, {(document, release.id)})  # its diffs and parsed texts are fresh now
    from .blob_store import flush_all

    flush_all()  # before this process hands its work back (the build reads it)
    return len(wanted)


def _render_share(share):
    """Worker: render the pages ``share`` ([(language, path)]) into the page cache; returns how
    many it stored."""
    import shutil
    import tempfile

    from . import mkdocs_adapter

    state = _FORKED
    os.makedirs(state["scratch"], exist_ok=True)
    out = tempfile.mkdtemp(prefix="render-", dir=state["scratch"])
    context = mkdocs_adapter.BuildContext(pages=state["pages"], keys=state["keys"], navs=state["navs"],
                                          templates_dir=state["templates"], only=set(share))
    try:
        mkdocs_adapter.build(state["config_file"], state["staging"], out, context=context, epoch=state["epoch"],
                             verbose=state["verbose"])
    finally:
        shutil.rmtree(out, ignore_errors=True)
    from .blob_store import flush_all

    flush_all()  # before this process hands its pages back (the build copies them into the site)
    return context.misses


def site_inputs_documents(config):
    """The documents of the public site (for the navigation, before the pages are planned):
    those of policy.toml and those released; a draft alone is not published."""
    from ..history.release_store import load_releases
    from .site import SiteInputs

    return SiteInputs(config=config, releases=load_releases(config), drafts={}, as_of=None)


def _epoch(as_of):
    from datetime import datetime, timezone

    return int(datetime(as_of.year, as_of.month, as_of.day, tzinfo=timezone.utc).timestamp())


def finish_site(site_dir, config, pages, inputs):
    """After mkdocs: our sitemap (with language alternates, no dates), the notice feeds, and
    nothing that changes from one build to the next."""
    import gzip

    from . import site

    xml = site.sitemap_xml(config, pages).encode("utf-8")
    for folder in [site_dir] + [os.path.join(site_dir, lang) for lang in config.translations]:
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            path = os.path.join(folder, name)
            if os.path.exists(path):
                os.remove(path)
    with open(os.path.join(site_dir, "sitemap.xml"), "wb") as fh:
        fh.write(xml)
    with open(os.path.join(site_dir, "sitemap.xml.gz"), "wb") as raw:
        with gzip.GzipFile(filename="sitemap.xml", mode="wb", fileobj=raw, mtime=0) as gz:
            gz.write(xml)
    write_version_files(site_dir, config, inputs)
    for name, data in _memo(inputs, "feeds", (_releases_key(inputs.releases), inputs.as_of.isoformat(),
                                              config.base_url, repr(sorted(config.raw.items()))),
                            lambda: _feeds(config, inputs)):
        path = os.path.join(site_dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)  # notices/<id>.json
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)


def write_version_files(site_dir, config, inputs):
    """What the pages of the versions read besides their HTML: each document's history.json (the
    digests), the text.json of every version (the compare page) and the menu.json of the version
    selector; the published site and the preview of `policy serve` write the same."""
    from ..history import chain
    from . import site
    from .compare_data import write_compare_data
    from .version_menu import write_menu_files

    chain.write_history_json(site_dir, {d: inputs.releases.get(d, []) for d in site.documents_of(inputs)},
                             inputs.as_of)
    write_compare_data(site_dir, config, inputs, lambda name, parts, compute: _memo(inputs, name, parts, compute))
    write_menu_files(site_dir, config, inputs)


def _feeds(config, inputs):
    """[(file name, text)] of the feeds written at the site root (kept in the memo as JSON)."""
    files = site_feed_files(config, inputs.releases, inputs.as_of, _notice_memo(inputs))
    return sorted([name.replace("/", os.sep), data.decode("utf-8")] for name, data in files)


def site_feed_files(config, releases_by_doc, as_of, memo=None):
    """[(name under the site root, bytes)] of the feeds: notices.json and its schema, one Atom feed
    per language, and each notice as its own file with their index (``notices/``). ``memo``: of the
    notices' affected sections (notices.build_notices) and of each notice's parts in the feeds,
    which never change for a release once published (so that publishing one more release does not
    write every notice again)."""
    from datetime import date

    from ..model import urls
    from ..notices import atom, json_feed
    from ..notices.notices import published

    languages = config.ordered_languages
    parts = [_notice_parts(config, release, releases, languages, memo)
             for release, releases in published(releases_by_doc, as_of)]
    newest = max((p["published"] for p in parts), default=None)
    outputs = [(urls.FEED_JSON, json_feed.assemble(config, [p["item"] for p in parts], newest, languages)),
               (urls.FEED_SCHEMA, json_feed.schema_bytes_for(config)),
               (urls.NOTICE_INDEX, json_feed.assemble_index(config, [p["index"] for p in parts], newest))]
    outputs += [(urls.notice_path(p["id"]), p["file"].encode("utf-8")) for p in parts]
    updated = as_of if newest is None else date.fromisoformat(newest)
    outputs += [(urls.atom_name(lang), atom.assemble(config, lang, [p["atom"][lang] for p in parts], updated))
                for lang in languages]
    return outputs


def _notice_parts(config, release, releases, languages, memo, kept=None):
    """What the feeds hold of the notice of ``release`` (JSON data): its file, its object in notices.json,
    its entry in the index and in each Atom feed. Kept in ``memo`` by everything the notice is made of: its
    release record and the previous one (their texts by SHA-256) and the settings. ``kept(name, parts)``:
    whether the memo holds a result, which is then not read (None returned)."""
    from ..model.releases import previous
    from ..notices import atom, json_feed
    from ..notices.notices import notice_for

    def compute():
        notice = notice_for(config, release, releases, memo)
        file = json_feed.render_notice(notice, config)
        return {"id": notice.id, "published": notice.published.isoformat(), "file": file.decode("utf-8"),
                "item": json_feed.notice_item(notice, languages, config),
                "index": json_feed.index_entry(notice, file, config),
                "atom": {lang: atom.entry(notice, config, lang) for lang in languages}}

    if memo is None:
        return compute()
    prev = previous(releases, release)
    key = [_record_key(r) if r is not None else "" for r in (release, prev)]
    parts = (*key, config.base_url, repr(sorted(config.raw.items())), *languages)
    if kept is not None and kept("notice-parts", parts):
        return None
    return memo("notice-parts", parts, compute)


def write_site_feeds(site_dir, config, releases_by_doc, as_of, memo=None):
    """Write the feeds (site_feed_files) into ``site_dir``; returns the paths written."""
    written = []
    for name, data in site_feed_files(config, releases_by_doc, as_of, memo):
        path = os.path.join(site_dir, *name.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)
        written.append(path)
    return written
