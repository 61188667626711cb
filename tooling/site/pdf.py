"""A PDF of every released version in every language, for the legal archive.

Each PDF holds exactly the released text as the site shows it (the sanitised HTML of the
version page, taken from the built site, without the site's header, navigation, status block
and section links), typeset for A4 paper: a title block with the policy centre, the title, the
document, the version, its dates and digests (and on a translation, that the Chinese text
prevails), and on every page the version, its effective date, the record's SHA-256 and the page
number. The fonts are embedded as subsets (Noto Serif/Sans CJK SC: tooling/site/pdf_adapter.py,
the only module importing the renderer).

A PDF lives beside its version page: ``/<doc>/versions/<id>/<doc>-<id>-zh.pdf`` and
``/en/<doc>/versions/<id>/<doc>-<id>-en.pdf``; the version page, the in-force and upcoming
pages and the history link to it (tooling/site/site.py, ``SiteInputs.pdf``).

Reproducible: the same release, code, renderer and fonts give the same bytes (no time of the
build: the PDF's dates are the release's publication date, its identifier the cache key).
Cached: released versions never change, so each PDF is kept in ``.policy-cache/site-pdf/`` by
that key and a warm build copies it; the renderer is not even imported then.
"""

import os
import re
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ..model.releases import visible
from ..wording import format_date, locale, words
from .site import VERSION, fingerprint, label, page_url, pdf_name

CACHE_FOLDER = "site-pdf"  # in .policy-cache/, pruned with the other build caches (build.CACHE_FOLDERS)
ENV = "POLICY_PDF"          # "0" / "off" / "no": build without PDFs, as `policy build --no-pdf`


def wanted(option=None, environ=None):
    """Whether this build makes PDFs: ``--no-pdf`` (option False) or POLICY_PDF=0 say no."""
    if option is not None:
        return bool(option)
    environ = os.environ if environ is None else environ
    return environ.get(ENV, "").strip().lower() not in ("0", "off", "no", "false")


@dataclass(frozen=True)
class PdfPlan:
    """Decided before the pages are planned (they link to the PDFs only when there are some)."""
    enabled: bool
    skipped: str = ""     # why there are no PDFs although they were wanted (said once by the build)
    fonts: object = None  # pdf_adapter.Fonts
    versions: str = ""    # the renderer and its requirements (cache key)


def plan(enabled, dependency_versions):
    """The PDFs of this build: ``enabled`` (wanted) and possible on this machine.
    ``dependency_versions(names)``: the installed versions of the renderer's distributions."""
    from . import pdf_adapter

    if not enabled:
        return PdfPlan(enabled=False)
    reason = pdf_adapter.missing()
    if reason:
        return PdfPlan(enabled=False, skipped=reason)
    return PdfPlan(enabled=True, fonts=pdf_adapter.find_fonts(),
                   versions=dependency_versions(pdf_adapter.DISTRIBUTIONS))


@dataclass(frozen=True)
class PdfJob:
    document: str
    release: object
    language: str
    page_url: str   # the version page, from the site root (en/privacy/versions/v1/)
    path: str       # the PDF, from the site root (en/privacy/versions/v1/privacy-v1-en.pdf)


@dataclass
class PdfReport:
    rendered: int = 0
    cached: int = 0
    seconds: float = 0.0                      # spent rendering, wall clock (all processes together)
    used: set = field(default_factory=set)    # cache files this build read or wrote (kept by the pruning)


def jobs(config, inputs):
    """Every PDF of the site: each published release in each language it has (the pages that
    link to them use the same rule: site.py)."""
    out = []
    for document in sorted(inputs.releases):
        for release in visible(inputs.releases[document], inputs.as_of):
            for language in config.languages:
                if release.texts.get(language) is None:
                    continue
                url = page_url(config, language, VERSION, document, release.id)
                out.append(PdfJob(document, release, language, url, url + pdf_name(document, release.id, language)))
    return out


def cache_key(config, job, pdf_plan, code):
    """Everything that shapes the bytes of a PDF: the release (its texts by their SHA-256, dates,
    titles, record digest), the language, the site's name and address, mkdocs.yml (the Markdown
    extensions), the code of the package (which covers the theme, the hooks and this module; see
    build.code_fingerprint), the renderer's versions and the fonts."""
    release = job.release
    text = release.texts[job.language]
    return fingerprint("pdf", code, pdf_plan.versions, pdf_plan.fonts.identity(), _read(config.root, "mkdocs.yml"),
                       config.base_url, repr(config.site_name), config.title(job.document, job.language),
                       job.document, job.language, job.path, release.id, release.sequence, release.kind,
                       release.published.isoformat(), release.effective.isoformat(),
                       repr(sorted(release.title.items())), text.sha256, release.record_sha256 or "")


def export(config, inputs, site_dir, pdf_plan, cache_root=None, code=""):
    """Write every PDF into ``site_dir`` (after mkdocs: the version pages are there), from the
    cache when it has them (``cache_root``: .policy-cache/, or None to render every one)."""
    from . import pdf_adapter

    report = PdfReport()
    if not pdf_plan.enabled:
        return report
    todo = []  # [(job, key, target, cached)] of the PDFs to render
    for job in jobs(config, inputs):
        key = cache_key(config, job, pdf_plan, code)
        target = os.path.join(site_dir, *job.path.split("/"))
        cached = os.path.join(cache_root, CACHE_FOLDER, key[:2], key + ".pdf") if cache_root else None
        if cached:
            report.used.add(cached)
            if os.path.isfile(cached):
                _copy(cached, target)
                report.cached += 1
                continue
        todo.append((job, key, target, cached))
    if not todo:
        return report  # WeasyPrint is not even imported
    start = time.perf_counter()
    items = [(document_html(config, job, _page_html(site_dir, job)), config.base_url + job.page_url, key[:32])
             for job, key, target, cached in todo]
    work_dir = os.path.join(cache_root, "pdf-fonts") if cache_root else None
    try:
        rendered = pdf_adapter.render_all(pdf_plan.fonts, work_dir, items, pdf_adapter.jobs_for(len(items)))
    except pdf_adapter.RenderError as exc:
        from .mkdocs_adapter import BuildError

        raise BuildError(f"the PDFs of the versions could not be rendered: {exc}. Build with --no-pdf "
                         f"(or POLICY_PDF=0) to publish the site without PDFs.", code="B005") from None
    for (job, key, target, cached), data in zip(todo, rendered):
        _write(target, data)
        if cached:
            _write(cached, data)
    report.rendered = len(todo)
    report.seconds = time.perf_counter() - start
    return report


def _page_html(site_dir, job):
    path = os.path.join(site_dir, *job.page_url.split("/"), "index.html")
    with open(path, encoding="utf-8") as fh:
        return fh.read()


# -- the released text out of the version page -------------------------------------------------

# what the version page puts before the released text (h1: the title, which the PDF sets itself)
_CHROME = {"policy-print-header", "policy-state", "policy-digests", "policy-pdf", "admonition"}
_SITE_LINKS = re.compile(r'<a class="(?:headerlink|policy-zh)"[^>]*>[^<]*</a>')


class _TopLevel(HTMLParser):
    """The top-level elements of an HTML fragment: [(tag, classes, start offset, end offset)]."""

    VOID = {"br", "hr", "col", "img", "wbr", "input", "meta", "link"}

    def __init__(self, text):
        super().__init__(convert_charrefs=False)
        self.text = text
        self.lines = [0]
        for line in text.split("\n")[:-1]:
            self.lines.append(self.lines[-1] + len(line) + 1)
        self.depth = 0
        self.elements = []
        self.feed(text)
        self.close()

    def _offset(self):
        line, column = self.getpos()
        return self.lines[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if self.depth == 0:
            classes = set((dict(attrs).get("class") or "").split())
            self.elements.append([tag, classes, self._offset(), None])
        if tag not in self.VOID:
            self.depth += 1
        elif self.depth == 0:
            self.elements[-1][3] = self._offset() + len(self.get_starttag_text() or "")

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        self.depth -= 1
        if self.depth == 0 and self.elements:
            end = self.text.find(">", self._offset()) + 1
            self.elements[-1][3] = end


def released_html(page_html):
    """The released text of a version page as the site shows it (sanitised HTML): the content of
    the page's <article> after the title, the notice of a translation, the status block and the
    digests, without the permanent-link and Chinese-section links."""
    start = page_html.find("<article")
    end = page_html.rfind("</article>")
    if start < 0 or end < 0:
        return ""
    inner = page_html[page_html.find(">", start) + 1:end]
    body_from = 0
    for tag, classes, begin, finish in _TopLevel(inner).elements:
        if tag == "h1" or classes & _CHROME:
            body_from = finish or begin
            continue
        break
    return _SITE_LINKS.sub("", inner[body_from:]).strip() + "\n"


# -- the document typeset for paper ------------------------------------------------------------

def _esc(text):
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _css_string(text):
    """``text`` as a CSS string (quotes, backslashes, line breaks and ``<`` escaped)."""
    out = str(text).replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3C ")
    return '"' + re.sub(r"[\r\n\f]+", " ", out) + '"'


def _page_counter(template):
    """The CSS ``content`` of "Page {page} of {pages}" in the wording of the language."""
    parts = re.split(r"(\{page\}|\{pages\})", template)
    out = []
    for part in parts:
        if part == "{page}":
            out.append("counter(page)")
        elif part == "{pages}":
            out.append("counter(pages)")
        elif part:
            out.append(_css_string(part))
    return " ".join(out)


def document_html(config, job, page_html):
    """The HTML that is typeset: title block, running header and footer, the released text."""
    from . import pdf_adapter

    release, language = job.release, job.language
    w = words(language, "pdf")
    sep = words(language, "punctuation")["colon"]
    title = release.title.get(language) or config.title(job.document, language)
    names = config.site_name if isinstance(config.site_name, dict) else {}
    site_name = names.get(language) or names.get(config.authoritative) or ""
    effective = format_date(release.effective, language)
    header = f"{title} · {label(language, 'version')} {release.id} · {label(language, 'effective')} {effective}"
    digest = release.record_sha256 or release.texts[language].sha256
    footer = f"{w['record'] if release.record_sha256 else w['text_digest']}{sep}{digest}"
    rows = [(w["document"], _esc(job.document)), (label(language, "version"), _esc(release.id)),
            (label(language, "published"), _esc(format_date(release.published, language))),
            (label(language, "effective"), _esc(effective))]  # (label, HTML)
    if release.record_sha256:
        rows.append((label(language, "digest"), f"<code>{_esc(release.record_sha256)}</code>"))
    rows.append((w["text_digest"], f"<code>{_esc(release.texts[language].sha256)}</code>"))
    address = config.base_url + job.page_url
    rows.append((w["address"], f'<a href="{_esc(address)}">{_esc(address)}</a>'))
    meta = "\n".join(f"<tr><th>{_esc(k)}</th><td>{v}</td></tr>" for k, v in rows)
    prevails = ""
    if language != config.authoritative:
        original = config.base_url + page_url(config, config.authoritative, VERSION, job.document, release.id)
        prevails = f'<p class="pdf-prevails">{label(language, "translation").format(href=_esc(original))}</p>'
    day = release.published.isoformat()
    serif, sans, mono = pdf_adapter.SERIF, pdf_adapter.SANS, pdf_adapter.MONO
    css = _CSS.format(serif=serif, sans=sans, mono=mono, header=_css_string(header), footer=_css_string(footer),
                      pages=_page_counter(w["page"]))
    return (f'<!DOCTYPE html>\n<html lang="{_esc(locale(language))}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{_esc(title)} · {_esc(release.id)}</title>\n"
            f'<meta name="author" content="{_esc(site_name)}">\n'
            f'<meta name="description" content="{_esc(header)}">\n'
            f'<meta name="dcterms.created" content="{day}">\n<meta name="dcterms.modified" content="{day}">\n'
            f"<style>{css}</style>\n</head>\n<body>\n"
            f'<header class="pdf-head">\n<p class="pdf-site">{_esc(site_name)}</p>\n'
            f'<h1 class="pdf-title">{_esc(title)}</h1>\n<table class="pdf-meta">\n{meta}\n</table>\n{prevails}\n'
            f"</header>\n<main>\n{released_html(page_html)}</main>\n</body>\n</html>\n")


_CSS = """
@page {{
  size: A4; margin: 24mm 20mm 22mm 22mm;
  font-family: "{serif}"; font-size: 8pt; color: #333;
  @top-left {{ content: {header}; width: 100%; vertical-align: bottom; padding-bottom: 2.5mm;
              border-bottom: 0.4pt solid #999; }}
  @bottom-left {{ content: {footer}; font-size: 6.5pt; vertical-align: top; padding-top: 3mm; }}
  @bottom-right {{ content: {pages}; vertical-align: top; padding-top: 3mm; white-space: nowrap; }}
}}
html {{ font-family: "{serif}", "{sans}"; font-size: 10.5pt; line-height: 1.65; color: #000; }}
body {{ margin: 0; }}
html:not(:lang(zh)) {{ font-variant-east-asian: proportional-width; }}  /* Latin quotes, not full-width ones */
html:not(:lang(zh)) p {{ text-align: left; }}  /* no stretched word spaces, no hyphenated terms */
code, pre {{ font-family: "{mono}", "{serif}"; font-size: 0.9em; }}
.pdf-head {{ margin-bottom: 8mm; }}
.pdf-site {{ margin: 0 0 2mm; font-size: 9pt; color: #333; }}
.pdf-title {{ margin: 0 0 4mm; font-size: 20pt; line-height: 1.3; }}
.pdf-meta {{ border-collapse: collapse; font-size: 8.5pt; line-height: 1.4; }}
.pdf-meta th {{ text-align: left; font-weight: normal; color: #333; padding: 0.6mm 4mm 0.6mm 0; vertical-align: top; white-space: nowrap; }}
.pdf-meta td {{ padding: 0.6mm 0; word-break: break-all; }}
.pdf-meta code {{ font-family: "{serif}"; font-size: 8.5pt; }}
.pdf-prevails {{ margin: 4mm 0 0; padding: 2.5mm 3mm; border: 0.6pt solid #000; font-size: 9.5pt; }}
main h2 {{ font-size: 13pt; margin: 6mm 0 2mm; break-after: avoid; }}
main h3 {{ font-size: 11.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }}
main h4, main h5, main h6 {{ font-size: 10.5pt; margin: 3mm 0 1mm; break-after: avoid; }}
p {{ margin: 0 0 2.2mm; text-align: justify; orphans: 2; widows: 2; }}
ul, ol {{ margin: 0 0 2.2mm; padding-left: 7mm; }}
li {{ margin-bottom: 1mm; }}
table {{ border-collapse: collapse; }}
main table {{ margin: 0 0 3mm; }}
main th, main td {{ border: 0.4pt solid #777; padding: 1mm 2mm; vertical-align: top; }}
blockquote {{ margin: 0 0 2.2mm; padding-left: 4mm; border-left: 1pt solid #999; }}
pre {{ white-space: pre-wrap; }}
a {{ color: #000; text-decoration: underline; }}
"""


def _read(*parts):
    try:
        with open(os.path.join(*parts), "rb") as fh:
            return fh.read()
    except OSError:
        return b""


def _copy(source, target):
    import shutil

    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copyfile(source, target)


def _write(path, data):
    """Write ``data`` to ``path`` whole or not at all (a file renamed into place)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "w+b") as fh:
        fh.write(data)
    os.replace(tmp, path)
