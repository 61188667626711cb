"""The PDF renderer of the site: the only module importing WeasyPrint (the import contract,
.importlinter). WeasyPrint lays out HTML and CSS for paper with Pango and embeds each font as a
subset; it needs no browser.

Nothing here is imported by `policy check`, and WeasyPrint itself (about a second to import) only
when a PDF has to be rendered, not when every PDF of a build comes from the cache.

The fonts are chosen, not left to the machine: the renderer sees only the folders holding the
Noto CJK fonts of Debian's ``fonts-noto-cjk`` (a fontconfig file of its own), so that Chinese and
Latin text alike are set in Noto Serif/Sans CJK SC on every machine, and the same input gives the
same bytes. ``POLICY_PDF_FONTS_DIR`` names another folder to look in (instead of the system's).
"""

import os
from dataclasses import dataclass

# The distributions whose code shapes the bytes of a PDF (with their requirements: part of the
# cache key, see tooling/site/pdf.py).
DISTRIBUTIONS = ("weasyprint",)

FONTS_ENV = "POLICY_PDF_FONTS_DIR"
SYSTEM_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
INSTALL_HINT = ("install the Noto CJK fonts (Debian/Ubuntu: `apt-get install fonts-noto-cjk`) and build again, "
                "or build with --no-pdf")

SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"
MONO = "Noto Sans Mono CJK SC"


@dataclass(frozen=True)
class Fonts:
    """The CJK font files found and the folders the renderer may use."""
    files: tuple      # absolute paths, sorted
    folders: tuple    # their folders, sorted

    def identity(self):
        """Names, sizes and times of the font files (part of the cache key: another version of
        the fonts renders again)."""
        parts = []
        for path in self.files:
            try:
                st = os.stat(path)
            except OSError:
                continue
            parts.append(f"{os.path.basename(path)}:{st.st_size}:{st.st_mtime_ns}")
        return ";".join(parts)


def _is_cjk_font(name):
    """Noto Serif/Sans CJK as Debian ships them (NotoSerifCJK-Regular.ttc) or as single-language
    OpenType files (NotoSansCJKsc-Regular.otf, NotoSerifSC-Regular.otf)."""
    lower = name.lower()
    return lower.startswith(("notoserifcjk", "notosanscjk", "notoserifsc", "notosanssc")) and \
        lower.endswith((".ttc", ".otf", ".ttf"))


def find_fonts(environ=None):
    """The Noto CJK fonts, in ``$POLICY_PDF_FONTS_DIR`` if set, else in the system's font
    folders; None when there are none. Needs no import of the renderer."""
    environ = os.environ if environ is None else environ
    chosen = environ.get(FONTS_ENV)
    roots = (chosen,) if chosen else tuple(os.path.expanduser(d) for d in SYSTEM_FONT_DIRS)
    files = []
    for root in roots:
        for folder, dirs, names in os.walk(root):
            dirs.sort()
            files += [os.path.join(folder, n) for n in sorted(names) if _is_cjk_font(n)]
    regular = [f for f in files if "regular" in os.path.basename(f).lower()]
    if not regular:
        return None
    files = sorted(set(files))
    return Fonts(files=tuple(files), folders=tuple(sorted({os.path.dirname(f) for f in files})))


def missing(environ=None):
    """Why PDFs cannot be rendered on this machine (a sentence for the build's output), or None.
    Cheap: looks for the package, Pango and the fonts without importing WeasyPrint."""
    import importlib.util

    environ = os.environ if environ is None else environ
    if importlib.util.find_spec("weasyprint") is None:
        return ("the PDF renderer WeasyPrint is not installed; run `make install` "
                "(or `pip install -c requirements.lock weasyprint`) and build again, or build with --no-pdf")
    if not _pango_found():
        return ("the Pango library that WeasyPrint needs was not found; install it (Debian/Ubuntu: "
                "`apt-get install libpango-1.0-0 libpangoft2-1.0-0`) and build again, or build with --no-pdf")
    if find_fonts(environ) is None:
        where = environ.get(FONTS_ENV) or ", ".join(SYSTEM_FONT_DIRS)
        return f"the Chinese fonts Noto Serif CJK / Noto Sans CJK were not found in {where}; {INSTALL_HINT}"
    return None


def _pango_found():
    import ctypes.util

    return all(ctypes.util.find_library(name) for name in ("pango-1.0", "pangoft2-1.0"))


class RenderError(Exception):
    """The renderer failed on this machine (a broken library, not bad input)."""


class Renderer:
    """One renderer for a build: WeasyPrint imported and its fonts loaded once, on first use."""

    def __init__(self, fonts, work_dir=None):
        self.fonts = fonts
        self.work_dir = work_dir  # fontconfig's file and cache (a temporary folder if None)
        self._weasyprint = None
        self._font_config = None

    def _load(self):
        if self._weasyprint is not None:
            return
        import shutil
        import tempfile

        work_dir = self.work_dir or tempfile.mkdtemp(prefix="policy-pdf-fonts-")
        os.makedirs(work_dir, exist_ok=True)
        conf = os.path.join(work_dir, "fonts.conf")
        dirs = "".join(f"<dir>{_xml(folder)}</dir>" for folder in self.fonts.folders)
        text = ('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
                f'<fontconfig>{dirs}<cachedir>{_xml(os.path.join(work_dir, "cache"))}</cachedir>'
                '</fontconfig>\n')
        tmp = f"{conf}.{os.getpid()}.tmp"  # whole, also when several processes render
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, conf)
        # fontconfig reads FONTCONFIG_FILE when a configuration is loaded (at WeasyPrint's import
        # and in FontConfiguration()): only our fonts, whatever else the machine has
        before = os.environ.get("FONTCONFIG_FILE")
        os.environ["FONTCONFIG_FILE"] = conf
        try:
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                import weasyprint
                import weasyprint.urls  # noqa: F401
                from weasyprint.text.fonts import FontConfiguration

                self._font_config = FontConfiguration()
            self._weasyprint = weasyprint
        except (ImportError, OSError) as exc:
            raise RenderError(f"WeasyPrint could not be loaded: {exc}") from None
        finally:
            if before is None:
                os.environ.pop("FONTCONFIG_FILE", None)
            else:
                os.environ["FONTCONFIG_FILE"] = before
            if self.work_dir is None:
                shutil.rmtree(work_dir, ignore_errors=True)  # the fonts are loaded by now

    def render(self, html, base_url, identifier):
        """The PDF (bytes, PDF/A-2b) of ``html``; relative links resolve against ``base_url``.
        Nothing is fetched: a stylesheet or image the HTML names is refused."""
        self._load()
        weasyprint = self._weasyprint
        try:
            fetcher = weasyprint.urls.URLFetcher(allowed_protocols=())  # refuses every address
            document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher)
            return document.write_pdf(font_config=self._font_config, pdf_variant="pdf/a-2b",
                                      pdf_identifier=identifier.encode("ascii"), uncompressed_pdf=False)
        except Exception as exc:  # a library failing on this machine: reported, never a traceback
            raise RenderError(f"WeasyPrint failed: {type(exc).__name__}: {exc}") from None


def _xml(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


JOBS_ENV = "POLICY_PDF_JOBS"  # processes rendering at once (default: one per core, for 4 PDFs or more)


def jobs_for(count, environ=None):
    """How many processes render ``count`` PDFs: one per core (each imports WeasyPrint, about a
    second, so not for fewer than 4 PDFs), or ``$POLICY_PDF_JOBS``."""
    environ = os.environ if environ is None else environ
    try:
        wanted = int(environ.get(JOBS_ENV, "0"))
    except ValueError:
        wanted = 0
    if wanted <= 0:
        wanted = (os.cpu_count() or 1) if count >= 4 else 1
    return max(1, min(wanted, count))


def render_all(fonts, work_dir, items, jobs=1):
    """The PDFs (bytes) of ``items`` [(html, base_url, identifier)], in their order, rendered by
    ``jobs`` processes (each renders a PDF alone, so the bytes do not depend on the split)."""
    if jobs <= 1 or len(items) <= 1:
        renderer = Renderer(fonts, work_dir)
        return [renderer.render(*item) for item in items]
    import concurrent.futures
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # new interpreters: no copy of the build's threads or locks
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker,
                                                initargs=(fonts, work_dir)) as pool:
        try:
            return list(pool.map(_render_in_worker, items))
        except concurrent.futures.process.BrokenProcessPool as exc:
            raise RenderError(f"a rendering process ended abruptly ({exc})") from None


_WORKER = []


def _start_worker(fonts, work_dir):
    _WORKER[:] = [Renderer(fonts, work_dir)]


def _render_in_worker(item):
    return _WORKER[0].render(*item)
