"""The one module that talks to mkdocs.

Every call into mkdocs (loading mkdocs.yml, building, serving) goes through here. mkdocs is
imported inside the functions that use it. The engine is MkDocs 1.x or ProperDocs, its drop-in
continuation (``pip install -e '.[properdocs]'``): ProperDocs is used when mkdocs is not
installed or when ``POLICY_SITE_ENGINE=properdocs``; its import alias is then loaded first, so
that the plugins (material, mkdocs-static-i18n) and this module, importing ``mkdocs.*``, get
``properdocs.*`` (see :func:`engine`).

``CONTEXT`` is how a build started here talks to the hooks (tooling/site_hooks.py, loaded by
mkdocs from mkdocs.yml): the per-language navigation, the rendered-page cache and what to do
after the last language is built. A plain ``mkdocs build`` has no context and the hooks only
add the section links.
"""

import contextlib
import json
import logging
import os
import re
import sys
import time
import types

from ..errors import PolicyError

os.environ["NO_MKDOCS_2_WARNING"] = "1"  # material's banner about MkDocs 2 concerns no reader

CONTEXT = None


class BuildError(PolicyError):
    code = "B001"


class BuildContext:
    """What the hooks need to know about the build in progress."""

    def __init__(self, pages=None, keys=None, finish=None, navs=None, preview=False,
                 segments=None, templates_dir=None, only=None, skip=(), jieba_dir=None):
        self.preview = preview              # `policy serve`: no Content-Security-Policy (live reload is inline)
        self.navs = navs or {}              # {language: mkdocs nav} of each language
        self.pages = pages                  # build.PageCache of rendered pages, or None: no cache
        self.keys = keys or {}              # {(language, path in the language folder): cache key}
        self.finish = finish                # callable(site_dir) after the last language is built
        self.segments = segments            # .get(text, compute): Chinese of the search index segmented, by content
        self.templates_dir = templates_dir  # folder of Jinja's compiled templates (bytecode cache), or None
        self.jieba_dir = jieba_dir          # folder of jieba's dictionary in shards (tooling/site/jieba_shards.py), or None
        self.only = only                    # {(language, path)}: render only these pages (a worker of a cold build)
        self.skip = skip                    # {(language, path)}: pages not to render (the workers do)
        self.restore = None                 # undoes the caches installed by `policy serve` (install_caches_once)
        self.languages = None               # `policy serve`: {language: LanguageState} of the last full build
        self.hits = 0
        self.misses = 0
        self.stored = 0


ENGINES = ("mkdocs", "properdocs")
_engine = None


def engine():
    """The name of the engine that renders the site, ``mkdocs`` or ``properdocs``, made ready to
    be imported as ``mkdocs``. Chosen by ``POLICY_SITE_ENGINE`` (mkdocs, properdocs), else mkdocs
    when it is installed, else ProperDocs."""
    global _engine
    if _engine is not None:
        return _engine

    wanted = os.environ.get("POLICY_SITE_ENGINE", "").strip().lower()
    if wanted and wanted not in ENGINES:
        raise BuildError(f"POLICY_SITE_ENGINE={wanted!r} is not a site engine; use mkdocs or properdocs "
                         "(or leave it unset).")
    if "properdocs" in sys.modules and sys.modules.get("mkdocs") is sys.modules["properdocs"]:
        name = "properdocs"  # the alias is loaded already
    elif wanted == "properdocs" or (not wanted and not _installed("mkdocs")):
        if not _installed("properdocs"):
            raise BuildError("the site needs mkdocs or ProperDocs, and neither is installed; install the "
                             "project's dependencies (`make site`, or `pip install -e '.[properdocs]'`).")
        import properdocs.replacement  # noqa: F401 (mkdocs.* imports now get properdocs.*)

        name = "properdocs"
    elif not _installed("mkdocs"):
        raise BuildError("POLICY_SITE_ENGINE=mkdocs, but mkdocs is not installed.")
    else:
        name = "mkdocs"
    _engine = name
    return name


def _installed(name):
    from importlib.util import find_spec

    try:
        return find_spec(name) is not None
    except ImportError:
        return False


_versions = {}


def versions():
    """The engine and the versions of the rendering stack (part of every cache key; read once
    per process and engine: importlib.metadata scans every installed distribution)."""
    name = engine()
    if name not in _versions:
        from importlib.metadata import PackageNotFoundError, version

        out = [f"engine={name}"]
        for dist in ("mkdocs", "properdocs", "mkdocs-material", "mkdocs-static-i18n", "markdown", "pymdown-extensions",
                     "jieba", "nh3"):
            try:
                out.append(f"{dist}={version(dist)}")
            except PackageNotFoundError:
                out.append(f"{dist}=-")
        _versions[name] = ";".join(out)
    return _versions[name]


class _LegalTeamFilter(logging.Filter):
    """Only what concerns the people editing the policies: warnings and errors, without the
    notes mkdocs and its plugins print for their own developers."""

    NOISE = ("The following pages exist in the docs directory", "which is excluded from the built site",
             "MkDocs 2.0", "Material for MkDocs", "Unable to detect lunr languages")

    def filter(self, record):
        return record.levelno >= logging.WARNING and not any(n in record.getMessage() for n in self.NOISE)


def _quiet_logging(verbose=False):
    for name in ENGINES:  # the plugins log as mkdocs.*, ProperDocs itself as properdocs.*
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            if getattr(handler, "_policy", False):
                logger.removeHandler(handler)
        handler = logging.StreamHandler(sys.stderr)
        handler._policy = True
        handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        if not verbose:
            handler.addFilter(_LegalTeamFilter())
        logger.addHandler(handler)
        logger.setLevel(logging.INFO if verbose else logging.WARNING)
        logger.propagate = False
    # jieba's own logger (it sets DEBUG when it is imported: see _jieba_ready); not importing it
    # here keeps its dictionary and tables unloaded when every segmentation comes from the cache
    logging.getLogger("jieba").setLevel(logging.ERROR)


def _lazy_jieba():
    """Make ``import jieba`` (done by material's search plugin when it is loaded) cost nothing
    until jieba is used: with the segmentation cache (BuildContext.segments) a build whose
    Chinese did not change never uses it (importing it costs ~0.1 s, its dictionary ~0.7 s).
    (importlib's LazyLoader does not do: an ``import`` statement reads ``__spec__``, which loads.)"""
    if "jieba" in sys.modules:
        return
    import importlib.util

    try:
        spec = importlib.util.find_spec("jieba")
    except (ImportError, ValueError):
        return
    if spec is None:
        return
    proxy = _LazyModule("jieba")
    proxy.__spec__ = spec
    sys.modules["jieba"] = proxy


class _LazyModule(types.ModuleType):
    """Stands in sys.modules for a module not imported yet; the first attribute it lacks
    imports the module for real (which then replaces it in sys.modules)."""

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        real = vars(self).get("_real")
        if real is None:
            import importlib

            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
            real = importlib.import_module(self.__name__)
            self._real = real
        return getattr(real, name)


def _jieba_ready():
    """Import jieba for real (it sets its logger to DEBUG then) and keep it quiet.

    jieba imports setuptools' pkg_resources, only to open the files of its own package when it
    can (a plain ``open`` of the same file otherwise), and importing pkg_resources scans every
    installed distribution (~0.3 s of CPU, more than the rest of jieba): unless something
    imported it already, jieba is imported without it."""
    missing = "pkg_resources" not in sys.modules
    if missing:
        sys.modules["pkg_resources"] = None  # `import pkg_resources` raises ImportError
    try:
        import jieba

        jieba.setLogLevel(logging.ERROR)
    finally:
        if missing and sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]


_tokenizers = {}  # {folder: jieba_shards.ShardedTokenizer} of this process (inherited by forked workers)


def _sharded_tokenizer(folder):
    tokenizer = _tokenizers.get(folder)
    if tokenizer is None:
        _jieba_ready()
        from .jieba_shards import sharded_tokenizer

        tokenizer = _tokenizers[folder] = sharded_tokenizer(folder)
    return tokenizer


class _ShardedJieba:
    """Stands for the module ``jieba`` in material's search plugin: its ``cut`` is jieba's
    default tokenizer's, with the dictionary loaded in shards (tooling/site/jieba_shards.py)."""

    def __init__(self, folder):
        self.folder = folder

    def cut(self, sentence, *args, **kwargs):
        return _sharded_tokenizer(self.folder).cut(sentence, *args, **kwargs)


def _visible_templates(loader):
    """``loader.list_templates`` without what is hidden (names starting with a dot, at any level).

    mkdocs asks for every file of the theme to copy the static ones and drops the hidden ones
    (patterns ``.*`` and ``*/.*``) only then: material's .icons/ alone holds 14,000 files, listed
    and matched twice per build (once per language). Not walking the hidden folders gives mkdocs
    the same list after its filter, in a fraction of the time."""

    def list_templates():
        found = set()
        for searchpath in loader.searchpath:
            for folder, dirs, files in os.walk(searchpath, followlinks=loader.followlinks):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    if name.startswith("."):
                        continue
                    template = os.path.join(folder, name)[len(searchpath):].strip(os.path.sep).replace(os.path.sep, "/")
                    found.add(template[2:] if template[:2] == "./" else template)
        return sorted(found)

    return list_templates


def _install_caches(context, config):
    """Patch, for one build, what the build caches of ``context`` replace; returns the undo.

    - Chinese segmentation of the search index: material's ``SearchIndex._segment_chinese``
      asks ``context.segments`` first; jieba runs only for a text it has not segmented before.
    - Jinja's templates: every environment of the theme gets a bytecode cache in
      ``context.templates_dir`` (material's 69 templates are compiled once, not on every build;
      Jinja checks each template's source against its compiled copy); and the listing of the
      theme's files skips its hidden folders (see _visible_templates)."""
    undo = []
    SearchIndex = None  # material's, found through the plugin mkdocs.yml loaded (another search plugin: none)
    search = None
    for plugin in config.plugins.values():
        found = getattr(sys.modules.get(type(plugin).__module__), "SearchIndex", None)
        if isinstance(found, type) and "_segment_chinese" in vars(found):
            SearchIndex, search = found, plugin
    if SearchIndex is not None:
        original = SearchIndex._segment_chinese
        segments = context.segments

        def segment(self, data):
            def fresh():
                _jieba_ready()
                return original(self, data)

            return fresh() if segments is None else segments.get(data, fresh)

        SearchIndex._segment_chinese = segment
        undo.append(lambda: setattr(SearchIndex, "_segment_chinese", original))
        # jieba's dictionary in shards: only with its default dictionary (no jieba_dict, no
        # jieba_dict_user in mkdocs.yml), the one the shards are made of
        module = sys.modules.get(SearchIndex.__module__)
        options = getattr(search, "config", None) or {}
        if (context.jieba_dir is not None and getattr(module, "jieba", None) is not None
                and not options.get("jieba_dict") and not options.get("jieba_dict_user")):
            plain = module.jieba
            module.jieba = _ShardedJieba(context.jieba_dir)
            undo.append(lambda: setattr(module, "jieba", plain))
    undo.append(_json_front_matter())
    import jinja2
    from mkdocs.theme import Theme

    bytecode = None
    if context.templates_dir is not None:
        os.makedirs(context.templates_dir, exist_ok=True)
        bytecode = _named_bytecode_cache(context.templates_dir)
    get_env = Theme.get_env

    def cached_env(self):
        env = get_env(self)
        if bytecode is not None:
            env.bytecode_cache = bytecode
        if isinstance(env.loader, jinja2.FileSystemLoader):
            env.loader.list_templates = _visible_templates(env.loader)
        return env

    Theme.get_env = cached_env
    undo.append(lambda: setattr(Theme, "get_env", get_env))
    undo.append(_render_in_parts())

    def restore():
        for step in reversed(undo):
            step()

    return restore


def _named_bytecode_cache(folder):
    """Jinja's bytecode cache in ``folder``, with each compiled template kept under its name
    alone. Jinja keys it by name and file path, so a cache restored where the theme lies
    elsewhere (another checkout, another virtual environment) compiled every template again.
    The folder is the theme's own (its key holds the theme's files, the rendering stack's
    versions and mkdocs.yml: templates_fingerprint), where a name stands for one template, and
    Jinja still checks each template's source against the copy it compiled."""
    import jinja2

    class NamedBytecodeCache(jinja2.FileSystemBytecodeCache):
        def get_cache_key(self, name, filename=None):
            return super().get_cache_key(name)

    return NamedBytecodeCache(folder)


# -- pages rendered part by part (issue 15) -------------------------------------------------------

# The Markdown extensions with which a page may be rendered in parts (markdown_parts.py says what
# can reach across a cut with these); mkdocs adds toc, tables and fenced_code to every site.
PART_EXTENSIONS = frozenset({"toc", "tables", "fenced_code", "attr_list", "md_in_html", "admonition"})
PARTS_KEPT = 16_000_000  # characters of parts and their HTML a process keeps: past that the memo starts afresh


class _Part:
    """What rendering one part of a page gave (see _render_in_parts)."""

    __slots__ = ("html", "tokens", "ids", "anchors", "title", "links", "local")

    def __init__(self, html, tokens, ids, anchors, title, links, local):
        self.html = html        # its HTML
        self.tokens = tokens    # its headings for the table of contents, in order, not nested
        self.ids = ids          # the ids of its elements (toc makes ids unique across a page)
        self.anchors = anchors  # the ids a link may point to (mkdocs' present_anchor_ids)
        self.title = title      # the text of its first element if that is an h1, else None
        self.links = links      # mkdocs' links_to_anchors of the page: {File: {anchor: link}}; of a part
                                # that is not local, only links to anchors of the page itself
        self.local = local      # it links to a page or file of the site: its HTML is the page's own


_parts = {}      # {(extensions, part): _Part} of the parts without links into the site
_kept = [0]      # the characters _parts holds
_markdowns = {}  # {extensions: markdown.Markdown}, one per configuration, reset before each part


def _extensions_key(config):
    """The Markdown configuration of ``config`` as a key, or None where it has an extension that
    markdown_parts.py does not know (or one given as an object)."""
    names = config["markdown_extensions"]
    if not all(isinstance(name, str) and name.rpartition("markdown.extensions.")[2] in PART_EXTENSIONS
               for name in names):
        return None
    return (tuple(names), repr(sorted((config["mdx_configs"] or {}).items())))


def _flat(tokens):
    out = []
    for token in tokens:
        out.append({key: value for key, value in token.items() if key != "children"})
        out += _flat(token.get("children", ()))
    return out


def _render_in_parts():
    """Render the pages of a build part by part (markdown_parts.py), each part once per process:
    mkdocs' ``Page.render`` with, in place of one conversion of the page's Markdown, one per part
    not rendered before, their HTML joined, their headings nested into the table of contents as
    toc nests them. What comes out is what ``Page.render`` gives for the whole page
    (tests/test_markdown_parts.py compares the two on every text of the real corpus): a page whose
    parts give an id twice, or with another extension, is rendered whole. A part that links into
    the site is rendered for its page only (the link is relative to it). Returns the undo."""
    import markdown
    from markdown.extensions.toc import nest_toc_tokens
    from mkdocs.structure import pages
    from mkdocs.structure.toc import get_toc

    from .markdown_parts import cut

    original = pages.Page.render

    class LinkSpy(pages._RelativePathTreeprocessor):
        local = False

        def path_to_url(self, url):
            from urllib.parse import urlsplit

            scheme, netloc, path = urlsplit(url)[:3]
            if path and not (scheme or netloc):  # "#anchor" alone is the page's own, on whatever page
                self.local = True
            return super().path_to_url(url)

    def render_part(page, config, files, key, text, keep):
        part = _parts.get((key, text)) if keep else None
        if part is not None:
            return part
        md = _markdowns.get(key)
        if md is None:
            md = _markdowns[key] = markdown.Markdown(extensions=config["markdown_extensions"],
                                                     extension_configs=config["mdx_configs"] or {})
        md.reset()
        raw = pages._RawHTMLPreprocessor()
        raw._register(md)
        anchors = pages._ExtractAnchorsTreeprocessor(page.file, files, config)
        anchors._register(md)
        links = LinkSpy(page.file, files, config)
        links._register(md)
        title = pages._ExtractTitleTreeprocessor()
        title._register(md)
        html = md.convert(text)
        part = _Part(html, _flat(getattr(md, "toc_tokens", [])), frozenset(anchors.present_anchor_ids),
                     anchors.present_anchor_ids | raw.present_anchor_ids, title.title, links.links_to_anchors,
                     links.local)
        if keep and not part.local:
            if _kept[0] > PARTS_KEPT:
                _parts.clear()
                _kept[0] = 0
            _parts[(key, text)] = part
            _kept[0] += len(text) + len(html)
        return part

    def render(self, config, files):
        key = _extensions_key(config) if self.markdown is not None else None
        if key is None:
            return original(self, config, files)
        texts = cut(self.markdown)
        done = [render_part(self, config, files, key, text, len(texts) > 1) for text in texts]
        seen = set()
        for part in done:
            if not part.html or part.ids & seen:  # an id twice: toc would have made them unique
                return original(self, config, files)
            seen |= part.ids
        self.content = "\n".join(part.html for part in done)
        self.toc = get_toc(nest_toc_tokens([dict(token) for part in done for token in part.tokens]))
        self._title_from_render = done[0].title
        self.present_anchor_ids = set().union(*(part.anchors for part in done))
        if pages.log.getEffectiveLevel() > logging.DEBUG:
            links = {}
            for part in done:
                for file, anchors in part.links.items():
                    for anchor, url in anchors.items():  # a part not local may come from another page
                        links.setdefault(file if part.local else self.file, {}).setdefault(anchor, url)
            self.links_to_anchors = links

    pages.Page.render = render
    return lambda: setattr(pages.Page, "render", original)


_FRONT_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def _json_front_matter():
    """Read the front matter the pages are staged with (tooling.site.site._front: one ``key: <JSON>``
    per line, which YAML reads as the same values) with ``json``: a page's version selector is
    some 20 KB of it at 100 releases, which PyYAML takes 17 ms to read and json 0.1 ms (most of the
    rendering of a released page). Any other front matter is read by mkdocs as before. Returns
    the undo."""
    from mkdocs.utils import meta

    original = meta.get_data

    def get_data(doc):
        m = meta.YAML_RE.match(doc)
        if m:
            data = {}
            for line in m.group(1).rstrip("\n").split("\n"):
                key, sep, value = line.partition(": ")
                if not sep or not _FRONT_KEY.fullmatch(key) or value[:1] not in '{["':
                    break
                try:
                    data[key] = json.loads(value)
                except ValueError:
                    break
            else:
                if data:
                    return doc[m.end():].lstrip("\n"), data
        return original(doc)

    meta.get_data = get_data
    return lambda: setattr(meta, "get_data", original)


def warm_up(config_file, docs_dir, templates_dir):
    """Import the engine and the plugins and compile the theme's templates into the bytecode
    cache ``templates_dir``, so that the processes forked afterwards (the workers of a cold
    build, tooling.site.build.ParallelCold) find them done."""
    engine()
    _quiet_logging()
    _lazy_jieba()
    import mkdocs.commands.build  # noqa: F401

    config = load(config_file, docs_dir, os.path.normpath(docs_dir) + ".unused-site")  # not written
    restore = _install_caches(BuildContext(templates_dir=templates_dir), config)
    try:
        env = config.theme.get_env()
        i18n = _i18n(config)
        locales = {lang.locale for lang in i18n.config.languages} if i18n is not None else set()
        locales.add(str(config.theme.get("language") or "en"))

        def wanted(name):  # the pages' templates; of the 60 translations of the theme's words, the site's
            if not name.endswith((".html", ".xml")):
                return False
            folder, _, file = name.rpartition("/")
            return folder != "partials/languages" or file[:-len(".html")] in locales | {"custom"}

        for name in env.list_templates(filter_func=wanted):
            try:
                env.get_template(name)
            except Exception:  # a template that does not compile fails the build itself, with its message
                pass
    finally:
        restore()


def load(config_file, docs_dir, site_dir, site_url=None):
    """mkdocs.yml with the staging tree as docs_dir."""
    engine()
    from mkdocs.config import load_config

    overrides = {"docs_dir": docs_dir, "site_dir": site_dir}
    if site_url:
        overrides["site_url"] = site_url
    try:
        config = load_config(config_file=config_file, **overrides)
    except Exception as exc:  # mkdocs raises its own ConfigurationError and others
        raise BuildError(f"the site configuration cannot be used: {exc}", config_file) from None
    return config


def set_navs(config, navs):
    """Give each language of mkdocs-static-i18n its navigation ({language: nav})."""
    i18n = config.plugins.get("i18n")
    if i18n is None or not navs:
        return
    for lang in i18n.config.languages:
        if lang.locale in navs:
            lang.nav = navs[lang.locale]


@contextlib.contextmanager
def _as_build_error(what, command, config_file):
    """mkdocs' failures, and any of a template or a plugin, as a BuildError naming ``config_file``
    (``what``: "the site", "the preview"; ``command``: the `policy` command whose --verbose shows
    mkdocs' own messages), without a traceback; the project's own errors pass as they are."""
    from mkdocs.exceptions import Abort, MkDocsException

    try:
        yield
    except (Abort, MkDocsException) as exc:
        raise BuildError(f"{what} could not be built: {exc}", config_file) from None
    except PolicyError:
        raise
    except Exception as exc:  # a template or plugin failing: say so, without a traceback
        raise BuildError(f"{what} could not be built ({type(exc).__name__}: {exc}); run "
                         f"`policy {command} --verbose` for mkdocs' own messages.", config_file) from None


def build(config_file, docs_dir, site_dir, *, site_url=None, context=None, epoch=None, verbose=False, keep=()):
    """Render ``docs_dir`` (zh/ and en/ folders) into ``site_dir`` with one mkdocs build; the
    files named in ``keep`` at the top of ``site_dir`` survive it."""
    global CONTEXT
    engine()
    from mkdocs.commands.build import build as mkdocs_build

    _quiet_logging(verbose)
    if epoch is not None:
        os.environ["SOURCE_DATE_EPOCH"] = str(int(epoch))
    from mkdocs import utils

    _lazy_jieba()
    config = load(config_file, docs_dir, site_dir, site_url)
    CONTEXT = context or BuildContext()
    restore = _install_caches(CONTEXT, config)
    # Instead of emptying the site folder first (removing and recreating a few hundred
    # folders costs more than rendering the pages of a release), every file is written
    # again and what this build did not write is removed afterwards.
    clean = utils.clean_directory
    utils.clean_directory = lambda directory: None
    discard = _discard_output() if CONTEXT.only is not None else None
    started = time.time_ns() - 5_000_000  # file times may lag the clock by a tick
    try:
        with _as_build_error("the site", "build", config_file):
            config.plugins.on_startup(command="build", dirty=False)
            mkdocs_build(config)
            config.plugins.on_shutdown()
    finally:
        utils.clean_directory = clean
        if discard is not None:
            discard()
        restore()
        CONTEXT = None
    remove_older(site_dir, started, keep)
    return config


def _discard_output():
    """A worker of a cold build (BuildContext.only) keeps the pages it renders in the page cache
    (site_hooks.on_post_page), from which the site takes them; the folder mkdocs writes into is
    thrown away. So its pages (every .html) are not written there, nor are the theme's static
    files copied: a few hundred files and folders made and removed for nothing. Returns the undo."""
    from mkdocs import utils
    from mkdocs.structure.files import Files

    write_file, copy_static = utils.write_file, Files.copy_static_files

    def write(content, output_path):
        if not str(output_path).endswith(".html"):
            write_file(content, output_path)

    utils.write_file = write
    Files.copy_static_files = lambda self, *args, **kwargs: None

    def undo():
        utils.write_file, Files.copy_static_files = write_file, copy_static

    return undo


def remove_older(folder, since_ns, keep=()):
    """Remove the files of ``folder`` last written before ``since_ns`` and the empty folders,
    except the files named in ``keep`` at the top of ``folder``."""
    for path, dirs, files in os.walk(folder, topdown=False):
        for name in files:
            full = os.path.join(path, name)
            if path == folder and name in keep:
                continue
            if os.stat(full, follow_symlinks=False).st_mtime_ns < since_ns:
                os.remove(full)
        if path != folder and not os.listdir(path):
            os.rmdir(path)


def install_caches_once(context, config):
    """For `policy serve`: the caches of ``context`` installed at its first build, kept until
    the preview stops (``context.restore()`` undoes them)."""
    if context.restore is None and (context.segments is not None or context.templates_dir is not None):
        context.restore = _install_caches(context, config)


# -- `policy serve`: a full build, then only the pages an edit changed ------------------------

DEBOUNCE = 0.03  # s the watcher waits for more changes before rebuilding (an editor's save is several events)


class NeedsFullBuild(Exception):
    """An edit the preview cannot re-render page by page (an unknown page, a changed title, a
    search index whose entries are not where expected): the caller builds the whole preview."""


class LanguageState:
    """What one language's build of the preview used, kept to re-render its pages after an edit."""

    def __init__(self, files, nav=None, env=None):
        self.files = files
        self.nav = nav
        self.env = env


def remember_nav(context, config, files, nav):
    """Hook of on_nav: keep the files and navigation of the language being built (preview only)."""
    if context.languages is not None:
        context.languages[languages(config)[0]] = LanguageState(files, nav)


def remember_env(context, config, env):
    """Hook of on_env: keep the template environment of the language being built (preview only)."""
    state = context.languages.get(languages(config)[0]) if context.languages is not None else None
    if state is not None:
        state.env = env


class Preview:
    """The site of `policy serve` in ``site_dir``: built whole by :meth:`full_build`, then page
    by page by :meth:`rerender`, with the configuration, plugins, theme environment, file lists
    and navigation of the last full build kept in memory (nothing is loaded again for an edit)."""

    def __init__(self, config_file, docs_dir, site_dir, context, addr="127.0.0.1:8000", verbose=False):
        self.config_file = config_file
        self.docs_dir = docs_dir
        self.site_dir = site_dir
        self.context = context
        self.addr = addr
        self.verbose = verbose
        self.config = None
        self.mount_path = "/"  # the path of site_url, where mkdocs serve mounts the site

    def full_build(self):
        """mkdocs' build of the whole preview (every language, the search index, the theme's
        files) into an emptied ``site_dir``, as mkdocs serve does on every change."""
        global CONTEXT
        engine()
        from urllib.parse import urlsplit

        from mkdocs.commands.build import build as mkdocs_build
        from mkdocs.livereload import _serve_url

        _quiet_logging(self.verbose)
        _lazy_jieba()  # loaded only when a text not segmented before is segmented
        self.config = None
        config = load(self.config_file, self.docs_dir, self.site_dir)
        host, _, port = self.addr.rpartition(":")
        self.mount_path = urlsplit(config.site_url or "/").path or "/"
        config.site_url = serve_url = _serve_url(host.strip("[]") or "127.0.0.1", int(port), self.mount_path)
        self.context.languages = {}
        CONTEXT = self.context
        try:
            with _as_build_error("the preview", "serve", self.config_file):
                install_caches_once(self.context, config)
                config.plugins.on_startup(command="serve", dirty=False)
                mkdocs_build(config, serve_url=serve_url)
        finally:
            CONTEXT = None
        self.config = config

    def rerender(self, pages):
        """Render again the pages ``pages`` ([(language, path in the language folder)]) whose
        staged Markdown changed, write them into ``site_dir`` and replace their entries in that
        language's search index. Raises NeedsFullBuild when that would not give what a full
        build gives (the caller then builds the whole preview)."""
        global CONTEXT
        from mkdocs.commands.build import _build_page, _populate_page
        from mkdocs.structure.files import InclusionLevel

        config = self.config
        if config is None or not self.context.languages:
            raise NeedsFullBuild("no full build yet")
        i18n = _i18n(config)
        search = next((p for name, p in config.plugins.items() if name in ("search", "material/search")), None)
        by_language = {}
        for language, path in pages:
            by_language.setdefault(language, []).append(path)
        CONTEXT = self.context
        try:
            for language, paths in sorted(by_language.items()):
                state = self.context.languages.get(language)
                if state is None or state.env is None:
                    raise NeedsFullBuild(f"no build of {language}")
                if i18n is not None:
                    i18n.current_language = language
                dirs = list(config.theme.dirs)
                config = config.plugins.on_config(config)  # as mkdocs-static-i18n does before each language's build
                config.theme.dirs[:] = dirs  # (it would add its sitemap folder once more on every call)
                doc_files = state.files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
                for path in paths:
                    file = state.files.get_file_from_path(f"{language}/{path}")
                    if file is None or file.page is None or file.inclusion.is_excluded():
                        raise NeedsFullBuild(f"{language}/{path} is not a rendered page")
                    page = file.page
                    title = page.title
                    _populate_page(page, config, state.files)
                    if page.title != title:  # the navigation and the neighbouring pages show it
                        raise NeedsFullBuild(f"{language}/{path}: the title changed")
                    index = getattr(search, "search_index", None)
                    before = len(index.entries) if index is not None else 0
                    _build_page(page, config, doc_files, state.nav, state.env)
                    page.validate_anchor_links(files=state.files, log_level=config.validation.links.anchors)
                    if index is not None:
                        self._splice_search(language, page.url, index.entries[before:])
        except NeedsFullBuild:
            raise
        except PolicyError:
            raise
        except Exception as exc:
            raise BuildError(f"the preview could not be built ({type(exc).__name__}: {exc}); run "
                             "`policy serve --verbose` for mkdocs' own messages.", self.config_file) from None
        finally:
            CONTEXT = None
        self.config = config
        return len(pages)

    def _splice_search(self, language, url, entries):
        """Put ``entries`` (the page's sections) in place of the page's entries in the search
        index of ``language``, in the order and bytes split_search_index writes them."""
        import json

        _, default = languages(self.config)
        if language != default and url.startswith(f"{language}/"):
            url = url[len(language) + 1:]
            path = os.path.join(self.site_dir, language, "search", "search_index.json")
        else:
            path = os.path.join(self.site_dir, "search", "search_index.json")
        entries = json.loads(json.dumps(entries, separators=(",", ":"), default=str))
        for entry in entries:
            if language != default and entry.get("location", "").startswith(f"{language}/"):
                entry["location"] = entry["location"][len(language) + 1:]
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError):
            raise NeedsFullBuild(f"{path} cannot be read") from None
        docs = data.get("docs", [])
        at = [k for k, entry in enumerate(docs) if entry.get("location", "").split("#")[0] == url]
        if not at and not entries:
            return
        if not at or at != list(range(at[0], at[-1] + 1)):
            raise NeedsFullBuild(f"the search index has no entries of {url} in one place")
        docs[at[0]:at[-1] + 1] = entries
        with open(path, "w", encoding="utf-8") as fh:
            json.dump({"config": data.get("config", {}), "docs": docs}, fh, ensure_ascii=False, separators=(",", ":"))


def _observer():
    """The file watcher: the operating system's notifications (inotify on Linux) where it has
    them, else polling every 0.1 s (mkdocs itself polls every 0.5 s)."""
    import watchdog.observers
    import watchdog.observers.polling

    observer = watchdog.observers.Observer
    if observer is watchdog.observers.polling.PollingObserver:
        return observer(timeout=0.1)
    return observer()


def serve_preview(preview, *, watch, on_change, error_page, say, addr="127.0.0.1:8000"):
    """Serve ``preview.site_dir`` on ``addr`` with mkdocs' live-reload server (the browser
    reloads by itself after each rebuild). ``watch``: [(path, recursive)]. After changes under
    them settle (DEBOUNCE), ``on_change(paths)`` rebuilds; a PolicyError it raises is said
    (``say(exc)``) and every page then shows ``error_page(exc)`` (HTML) until a change fixes it,
    instead of a stale page. When ``on_change`` returns a false value (nothing of the site
    changed), the browsers do not reload."""
    engine()
    from mkdocs.livereload import LiveReloadServer, _timestamp

    host, _, port = addr.rpartition(":")
    host = host.strip("[]") or "127.0.0.1"

    class PreviewServer(LiveReloadServer):
        def __init__(self):
            super().__init__(builder=None, host=host, port=int(port), root=preview.site_dir,
                             mount_path=preview.mount_path)
            self.build_delay = DEBOUNCE
            self.observer = _observer()
            self.changed = set()
            self.error_html = None
            self.handlers = {}  # {path: (handler, recursive)}, to watch them by polling if need be

        def watch(self, path, func=None, *, recursive=True):
            import watchdog.events

            path = os.path.abspath(path)
            if path in self._watched_paths:
                return
            self._watched_paths[path] = 1

            def callback(event):
                # not the openings and readings the rebuild itself does (inotify reports them)
                if event.is_directory or event.event_type not in ("created", "modified", "deleted", "moved"):
                    return
                with self._rebuild_cond:
                    self.changed.add(os.path.abspath(event.src_path))
                    if getattr(event, "dest_path", ""):
                        self.changed.add(os.path.abspath(event.dest_path))
                    self._want_rebuild = True
                    self._rebuild_cond.notify_all()

            handler = watchdog.events.FileSystemEventHandler()
            handler.on_any_event = callback
            self.handlers[path] = (handler, recursive)
            self._watch_refs[path] = self.observer.schedule(handler, path, recursive=recursive)

        def serve(self, *, open_in_browser=False):
            """mkdocs' serve(), without its messages (the command prints its own) and with a
            fallback to polling when the system refuses more notifications (inotify's limit of
            watches, a file system without them)."""
            import watchdog.observers.polling

            self.server_bind()
            self.server_activate()
            try:
                self.observer.start()
            except OSError:
                self.observer = watchdog.observers.polling.PollingObserver(timeout=0.1)
                for path, (handler, recursive) in self.handlers.items():
                    self._watch_refs[path] = self.observer.schedule(handler, path, recursive=recursive)
                self.observer.start()
            self.serve_thread.start()
            self._build_loop()

        def _build_loop(self):
            while True:
                with self._rebuild_cond:
                    while not self._rebuild_cond.wait_for(lambda: self._want_rebuild or self._shutdown,
                                                          timeout=self.shutdown_delay):
                        pass
                    if self._shutdown:
                        break
                    while self._rebuild_cond.wait(timeout=self.build_delay):
                        pass  # more changes: wait until they stop
                    changed, self.changed = self.changed, set()
                    self._wanted_epoch = _timestamp()  # requests wait until the rebuild ends
                    self._want_rebuild = False
                try:
                    done = on_change(changed)
                except Exception as exc:
                    if not isinstance(exc, PolicyError):  # a failure of ours or of a plugin: said, not a traceback
                        exc = BuildError(f"the preview could not be rebuilt ({type(exc).__name__}: {exc}); "
                                         "run `policy serve --verbose` for mkdocs' own messages.")
                    say(exc)
                    self.error_html = error_page(exc).encode("utf-8")
                    done = True
                else:
                    if done:
                        self.error_html = None
                if not done:
                    with self._epoch_cond:  # nothing of the site changed: no reload
                        self._wanted_epoch = self._visible_epoch
                        self._epoch_cond.notify_all()
                    continue
                with self._epoch_cond:
                    self._visible_epoch = self._wanted_epoch  # the browsers reload
                    self._epoch_cond.notify_all()

        def _serve_request(self, environ, start_response):
            path = environ["PATH_INFO"]
            if path.startswith("/livereload/"):
                return super()._serve_request(environ, start_response)
            if not (path.endswith("/") or path.endswith(".html")):
                return self._serve_file(environ, start_response, path)
            with self._epoch_cond:  # the error page as of the end of the rebuild in progress, if any
                self._epoch_cond.wait_for(lambda: self._visible_epoch == self._wanted_epoch)
                error, epoch = self.error_html, self._visible_epoch
            if error is not None:
                content = self._inject_js_into_html(error, epoch)
                start_response("500 Internal Server Error", [("Content-Type", "text/html; charset=utf-8"),
                                                             ("Content-Length", str(len(content)))])
                return [content]
            return super()._serve_request(environ, start_response)

        def _serve_file(self, environ, start_response, path):
            """A file other than a page, with a validator (ETag): a reload asks again and gets
            "304 Not Modified" for what did not change, and the browser keeps its compiled copy of
            the theme's scripts (mkdocs sends every file again on every reload)."""
            import posixpath

            with self._epoch_cond:  # not a file of a rebuild in progress
                self._epoch_cond.wait_for(lambda: self._visible_epoch == self._wanted_epoch)
            if not (path + "/").startswith(self.mount_path):
                return super()._serve_request(environ, start_response)
            relative = posixpath.normpath("/" + path[len(self.mount_path):]).lstrip("/")
            try:
                stat = os.stat(os.path.join(self.root, relative))
            except OSError:
                return super()._serve_request(environ, start_response)
            tag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
            headers = [("ETag", tag), ("Cache-Control", "no-cache")]
            if environ.get("HTTP_IF_NONE_MATCH") == tag:
                start_response("304 Not Modified", headers)
                return []

            def respond(status, response_headers, exc_info=None):
                return start_response(status, list(response_headers) + (headers if status.startswith("200") else []),
                                      exc_info)

            return super()._serve_request(environ, respond)

    server = PreviewServer()
    server.error_handler = lambda code: _read_error_page(preview.site_dir, code)
    for path, recursive in watch:
        server.watch(path, recursive=recursive)
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()


def _read_error_page(site_dir, code):
    path = os.path.join(site_dir, f"{code}.html")
    if code in (404, 500) and os.path.isfile(path):
        with open(path, "rb") as fh:
            return fh.read()
    return None


# -- helpers for the hooks (so that they need not import mkdocs) ------------------------------

def _i18n(config):
    return config.plugins.get("i18n")


def is_nested_build(config):
    """True inside the per-language builds mkdocs-static-i18n starts from the first build's
    post_build (the hooks finish the site only once, after the last language)."""
    i18n = _i18n(config)
    return bool(i18n is not None and getattr(i18n, "building", False))


def languages(config):
    """(language being built, default language) or (None, None) without mkdocs-static-i18n."""
    i18n = _i18n(config)
    if i18n is None:
        return None, None
    return i18n.current_language, i18n.default_language


def documentation_pages(files):
    return list(files.documentation_pages())


def exclude_file(file):
    """Keep ``file`` known to mkdocs (links to it resolve) but do not render it."""
    from mkdocs.structure.files import InclusionLevel

    file.inclusion = InclusionLevel.EXCLUDED


def reset_alternates(config):
    """Point the language switcher to the home page of each language (mkdocs-static-i18n
    leaves the links of the page rendered last, which 404.html would otherwise show)."""
    import copy

    i18n = _i18n(config)
    if i18n is not None and getattr(i18n, "extra_alternate", None):
        alternates = copy.deepcopy(i18n.extra_alternate)
        config.extra["alternate"] = alternates
        config.extra.alternate = alternates  # the attribute i18n sets per page, read first by the templates
