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

import logging
import os
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

    def __init__(self, cache_dir=None, keys=None, finish=None, before=None, navs=None, preview=False,
                 segments=None, templates_dir=None, only=None, skip=(), jieba_dir=None):
        self.preview = preview              # `policy serve`: no Content-Security-Policy (live reload is inline)
        self.navs = navs or {}              # {language: mkdocs nav} of each language
        self.cache_dir = cache_dir          # folder of rendered pages, or None: no cache
        self.keys = keys or {}              # {(language, path in the language folder): cache key}
        self.finish = finish                # callable(site_dir) after the last language is built
        self.before = before                # callable() before each (re)build, e.g. restage for serve
        self.segments = segments            # .get(text, compute): Chinese of the search index segmented, by content
        self.templates_dir = templates_dir  # folder of Jinja's compiled templates (bytecode cache), or None
        self.jieba_dir = jieba_dir          # folder of jieba's dictionary in shards (tooling/site/jieba_shards.py), or None
        self.only = only                    # {(language, path)}: render only these pages (a worker of a cold build)
        self.skip = skip                    # {(language, path)}: pages not to render (the workers do)
        self.restore = None                 # undoes the caches installed by `policy serve` (install_caches_once)
        self.started = None                 # time.perf_counter() when the (re)build in progress started
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
    import jinja2
    from mkdocs.theme import Theme

    bytecode = None
    if context.templates_dir is not None:
        os.makedirs(context.templates_dir, exist_ok=True)
        bytecode = jinja2.FileSystemBytecodeCache(context.templates_dir)
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

    def restore():
        for step in reversed(undo):
            step()

    return restore


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


def build(config_file, docs_dir, site_dir, *, site_url=None, context=None, epoch=None, verbose=False, keep=()):
    """Render ``docs_dir`` (zh/ and en/ folders) into ``site_dir`` with one mkdocs build; the
    files named in ``keep`` at the top of ``site_dir`` survive it."""
    global CONTEXT
    engine()
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.exceptions import Abort, MkDocsException

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
    started = time.time_ns() - 5_000_000  # file times may lag the clock by a tick
    try:
        config.plugins.on_startup(command="build", dirty=False)
        mkdocs_build(config)
        config.plugins.on_shutdown()
    except (Abort, MkDocsException) as exc:
        raise BuildError(f"the site could not be built: {exc}", config_file) from None
    except PolicyError:
        raise
    except Exception as exc:  # a template or plugin failing: say so, without a traceback
        raise BuildError(f"the site could not be built ({type(exc).__name__}: {exc}); run "
                         "`policy build --verbose` for mkdocs' own messages.", config_file) from None
    finally:
        utils.clean_directory = clean
        restore()
        CONTEXT = None
    remove_older(site_dir, started, keep)
    return config


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


def serve(config_file, docs_dir, *, navs=None, watch=(), before=None, addr="127.0.0.1:8000", verbose=False,
          caches=None):
    """Preview with live reload. ``before()`` runs before every (re)build, e.g. to regenerate
    the staging tree from docs/; changes to the ``watch`` folders trigger a rebuild. ``caches``
    (tooling.site.build.PreviewCaches): released pages, segmented Chinese and compiled templates
    are kept between rebuilds. Each rebuild prints how long it took."""
    global CONTEXT
    engine()
    from mkdocs.commands.serve import serve as mkdocs_serve
    from mkdocs.exceptions import Abort, MkDocsException

    _quiet_logging(verbose)
    if caches is None:
        try:
            _jieba_ready()  # imported now, before material's plugin does it, so that it stays quiet
        except ImportError:  # pragma: no cover - jieba is a pinned dependency
            pass
    else:
        _lazy_jieba()  # loaded only when a text not segmented before is segmented
    CONTEXT = BuildContext(before=before, navs=navs, preview=True)
    if caches is not None:
        CONTEXT.cache_dir = caches.pages.folder
        CONTEXT.keys = caches.pages.keys
        CONTEXT.finish = caches.finish
        CONTEXT.segments = caches.segments
        CONTEXT.templates_dir = caches.templates_dir
        CONTEXT.jieba_dir = caches.jieba_dir
    try:
        mkdocs_serve(config_file=config_file, livereload=True, watch=list(watch),
                     docs_dir=docs_dir, dev_addr=addr)
    except (Abort, MkDocsException) as exc:
        raise BuildError(f"the preview could not start: {exc}", config_file) from None
    finally:
        if CONTEXT is not None and CONTEXT.restore is not None:
            CONTEXT.restore()
        CONTEXT = None


def install_caches_once(context, config):
    """For `policy serve`: the caches of ``context`` installed at its first build (mkdocs loads
    the configuration itself there), kept until the preview stops."""
    if context.restore is None and (context.segments is not None or context.templates_dir is not None):
        context.restore = _install_caches(context, config)


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
