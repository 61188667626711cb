"""The pages of the published site: which pages exist, their Markdown and their URLs.

Pure: from the configuration, the release records and the build date it computes a list of
``Page``s (language, staging path, URL, Markdown); it knows nothing of mkdocs. The mkdocs
adapter writes them into a staging tree (``<language>/<path>``, the folder structure of
mkdocs-static-i18n) and renders them in one build.

URL scheme (stable: a published URL never changes meaning or disappears). The authoritative
language (Chinese) is at the site root, every other language under ``/<language>/``::

    /                                   the documents of the site
    /<doc>/                             the version in force today (or on --as-of)
    /<doc>/upcoming/                    the version published but not yet in force (if none: says so)
    /<doc>/history/                     every release: kind, dates, summary, text, changes
    /<doc>/versions/<id>/               each release at its permanent URL
    /<doc>/changes/<id>/                change notice of a release: summary, affected sections, redline
    /<doc>/parallel/                    the version in force, Chinese and English side by side
    /<doc>/compare/?from=A&to=B         any two versions compared (in the browser, from versions/<id>/text.json)
    /en/<doc>/…                         the same pages in English (a translation; Chinese prevails)

Section anchors are the ids of ``tooling.sections`` (``#s2-1``), the same in every language.
"""

import json
import re
from dataclasses import dataclass, field

from ..model import releases as model
from ..model.sections import parse_document, strip_id
from ..source import decode_source
from ..model.urls import language_prefix
from ..wording import format_date, table, words  # noqa: F401 (format_date: one wording for pages and notices)

STATUS_LABELS = table("notice_status")

IN_FORCE, UPCOMING, HISTORY, VERSION, CHANGE, PARALLEL, HOME, DRAFT = (
    "in-force", "upcoming", "history", "version", "change", "parallel", "home", "draft")

COMPARE = "compare"  # any two versions compared in the reader's browser (assets/compare.js)

REVIEW = "review"  # the PIPL disclosure report for the legal team (review_page.py): no nav, search or sitemap

ARCHIVED = (VERSION, CHANGE)  # pages of a release: the same whatever is released later, cacheable

# Staging path (inside the language folder) and URL of each kind of page.
_PATHS = {
    HOME: ("index.md", ""),
    IN_FORCE: ("{doc}/index.md", "{doc}/"),
    UPCOMING: ("{doc}/upcoming.md", "{doc}/upcoming/"),
    HISTORY: ("{doc}/history.md", "{doc}/history/"),
    PARALLEL: ("{doc}/parallel.md", "{doc}/parallel/"),
    DRAFT: ("{doc}/draft.md", "{doc}/draft/"),    # `policy serve` only: the text being edited
    VERSION: ("{doc}/versions/{id}.md", "{doc}/versions/{id}/"),
    CHANGE: ("{doc}/changes/{id}.md", "{doc}/changes/{id}/"),
    REVIEW: ("{doc}/review.md", "{doc}/review/"),
    COMPARE: ("{doc}/compare.md", "{doc}/compare/"),
}

LABELS = table("site")


def label(language, key):
    table = LABELS.get(language) or LABELS["en"]
    return table.get(key) or LABELS["en"][key]


@dataclass(frozen=True)
class Page:
    language: str
    kind: str
    document: str
    release_id: str
    path: str          # staging path inside the language folder, e.g. privacy/versions/v1.md
    url: str           # URL from the site root, e.g. en/privacy/versions/v1/
    markdown: str
    archived: bool     # an immutable page: not in the navigation nor the search, cacheable
    fragments: tuple = ()  # ((key, html), …): HTML put in place of `<!--policy-fragment:key-->`
    languages: tuple = ()  # an archived page: the languages it exists in (its language switcher; cache keys)

    def place(self):
        """The page without its Markdown and fragments: what a build keeps once it is staged."""
        return PagePlace(self.language, self.kind, self.document, self.release_id, self.path, self.url,
                         self.archived, len(self.markdown), tuple(key for key, _ in self.fragments), self.languages)


@dataclass(frozen=True)
class PagePlace:
    """A planned page once written into the staging tree: its place and size, not its text (the
    Markdown and redlines are the larger part of a build's memory; the sitemap, the page cache
    and the division of work need only these)."""
    language: str
    kind: str
    document: str
    release_id: str
    path: str
    url: str
    archived: bool
    size: int              # characters of its Markdown (the work of rendering it)
    fragments: tuple = ()  # the keys of its HTML fragments
    languages: tuple = ()


@dataclass
class SiteInputs:
    """Everything a build depends on besides the theme."""
    config: object
    releases: dict                              # {document: [Release, oldest first]}
    drafts: dict                                # {document: {language: text}} from docs/ (shown only in the preview)
    as_of: object                               # datetime.date
    banners: dict = field(default_factory=dict)  # {(document, language): Banner}
    notices: dict = field(default_factory=dict)  # {(document, release id, language): notice title}
    redline: object = None                      # callable(prev_text, text, language, doc, prev_id, id) -> (inline, side) html
    memo: object = None                         # callable(name, key, compute) -> value: a cache of pure results
    preview: bool = False                       # `policy serve`: add the working draft of each document
    pdf: bool = False                           # a PDF of every version exists (tooling/site/pdf.py): link to it
    versions: object = None                     # callable(config, releases, as_of, language, url, doc, kind, id) -> version selector
    archived: bool = True                       # plan the released versions' pages (False: `policy serve` after an
                                                # edit to docs/, when they are all in the page cache already)


def pdf_name(document, release_id, language):
    """The file name of a version's PDF, in the folder of its version page (tooling/site/pdf.py)."""
    return f"{document}-{release_id}-{language}.pdf"


def page_path(kind, document="", release_id=""):
    return _PATHS[kind][0].format(doc=document, id=release_id)


def page_url(config, language, kind, document="", release_id=""):
    """The URL (from the site root, no leading slash) of a page (the scheme of tooling.urls)."""
    prefix = language_prefix(config, language)
    return prefix + _PATHS[kind][1].format(doc=document, id=release_id)


def relative_url(from_url, to_url):
    """The relative link from the page at ``from_url`` to ``to_url`` (directory URLs)."""
    src = [p for p in from_url.split("/") if p]
    dst_parts = to_url.split("#", 1)
    dst = [p for p in dst_parts[0].split("/") if p]
    common = 0
    while common < min(len(src), len(dst)) and src[common] == dst[common]:
        common += 1
    parts = [".."] * (len(src) - common) + dst[common:]
    out = "/".join(parts) + "/" if parts else "./"
    return out + ("#" + dst_parts[1] if len(dst_parts) > 1 else "")


def parse_text(text, document, language):
    return parse_document(decode_source(text.encode("utf-8"), f"{language}/{document}.md"), document, language)


def anchor_sections(text, document, language):
    """The body of ``text`` (front matter removed) with every section's id as an anchor.

    Headings and numbered clauses get ``{#<id> .policy-section}`` (attr_list) so that the
    anchors are the section ids, shared by every language.
    """
    doc = parse_text(text, document, language)
    lines = doc.source.text.split("\n")
    for section in doc.walk():
        if section.kind == "preamble":
            continue
        if section.kind == "heading":
            last = section.line - 1
        else:  # a clause: the attribute goes on the last line of its paragraph
            last = section.line - 1 + section.heading.count("\n")
        line = strip_id(lines[last])
        line = re.sub(r"[ \t]+#+$", "", line) if section.kind == "heading" else line
        # a heading takes the attribute list at its end, a paragraph on a line of its own
        sep = " " if section.kind == "heading" else "\n"
        lines[last] = f"{line}{sep}{{: #{section.id} .policy-section }}"
    body = "\n".join(lines[doc.source.body_line - 1:])
    return body.strip("\n") + "\n", doc


def _front(meta):
    """YAML front matter; values written as JSON, which YAML reads as the same values."""
    out = ["---"]
    for key, value in meta.items():
        out.append(f"{key}: {json.dumps(value, ensure_ascii=False, sort_keys=True)}")
    out.append("---")
    return "\n".join(out) + "\n\n"


def _admonition(kind, text, title=None):
    head = f'!!! {kind} "{title}"' if title is not None else f"!!! {kind}"
    return head + "\n\n" + "\n".join("    " + line if line else "" for line in text.split("\n")) + "\n\n"


class _Builder:
    def __init__(self, inputs):
        self.inputs = inputs
        self.config = inputs.config
        self.pages = []

    # -- helpers -----------------------------------------------------------------------------
    def url(self, language, kind, document="", release_id=""):
        return page_url(self.config, language, kind, document, release_id)

    def link(self, here, language, kind, document="", release_id="", anchor=""):
        """A link from page ``here`` in the same language: to the .md file, which mkdocs
        checks and turns into the URL; to released versions and change notices, their URL
        (their rendered HTML may come from the cache, without a file in the build)."""
        suffix = f"#{anchor}" if anchor else ""
        if kind in ARCHIVED:
            return relative_url(self.url(language, *here), self.url(language, kind, document, release_id)) + suffix
        return _rel_file(page_path(*here), page_path(kind, document, release_id)) + suffix

    def add(self, language, kind, document, release_id, meta, body, archived=False, fragments=(), languages=()):
        path = page_path(kind, document, release_id)
        url = self.url(language, kind, document, release_id)
        meta = dict(meta)
        policy = dict(meta.pop("policy", {}))
        policy.update(language=language, kind=kind, url=url)
        if language != self.config.authoritative:
            policy["authoritative_url"] = relative_url(url, self.url(self.config.authoritative, kind, document, release_id))
            notice = _admonition("info", label(language, "translation").format(href=policy["authoritative_url"]),
                                 title="")
            if body.startswith("# "):
                first, _, rest = body.partition("\n")
                body = first + "\n\n" + notice + rest.lstrip("\n")
            else:
                body = notice + body
        if archived:
            meta["search"] = {"exclude": True}
            policy["archived"] = True
        policy.update(self._feeds_and_footer(language, url, document))
        versions = self._version_menu(language, url, document, kind, release_id)
        if versions:
            policy["versions"] = versions
        meta["policy"] = policy
        self.pages.append(Page(language, kind, document, release_id, path, url, _front(meta) + body, archived,
                               tuple(tuple(f) for f in fragments), tuple(languages)))

    def _feeds_and_footer(self, language, url, document):
        """The Atom feed of each language (<link rel="alternate"> in the head, main.html) and the
        footer: the policy centre's name, its history and the feed of the page's language."""
        def to_root(path):
            return relative_url(url, path).rstrip("/")
        names = self.config.site_name if isinstance(self.config.site_name, dict) else {}
        feeds = [{"lang": lang, "href": to_root(f"notices.{lang}.atom"),
                  "title": label(lang, "feed_link_title").format(site=names.get(lang, ""))}
                 for lang in self.config.languages]
        documents = documents_of(self.inputs)
        history_of = document or (documents[0] if documents else "")
        links = [{"text": label(language, HOME), "href": relative_url(url, self.url(language, HOME))}]
        if history_of:
            links.append({"text": f"{self.plain_title(history_of, language)} · {label(language, HISTORY)}",
                          "href": relative_url(url, self.url(language, HISTORY, history_of))})
        links.append({"text": label(language, "subscribe"), "href": to_root(f"notices.{language}.atom")})
        return {"feeds": feeds, "footer": {"name": names.get(language, ""), "links": links}}

    def _version_menu(self, language, url, document, kind, release_id):
        """The version selector of the page's header (inputs.versions: version_menu.menu; rendered by
        partials/policy-versions.html)."""
        if self.inputs.versions is None:
            return None
        return self.inputs.versions(self.config, self.inputs.releases.get(document, []), self.inputs.as_of,
                                    language, url, document, kind, release_id)

    def _state_block(self, language, here, document, release, st, releases, links=True):
        """The status block of a version: in force / upcoming / superseded, since when, and what
        replaces it on which date, in one style whose colour tells the state (policy.css)."""
        as_of = self.inputs.as_of
        in_force_link = self.link(here, language, IN_FORCE, document)
        lines = []
        date = format_date(release.effective, language)
        if st == model.SUPERSEDED:
            end = _superseded_on(release, releases, as_of)
            if end is None or end <= release.effective:
                lines.append(label(language, "superseded_never").format(href=in_force_link))
            else:
                lines.append(label(language, "superseded").format(
                    start=date, end=format_date(end, language), href=in_force_link))
        elif st == model.UPCOMING:
            current = model.in_force(releases, as_of)
            if current is not None:
                lines.append(label(language, "replaces").format(
                    version=f"[{release.id}]({self.link(here, language, VERSION, document, release.id)})",
                    date=date, current=f"[{current.id}]({in_force_link})"))
            else:
                lines.append(label(language, "replaces_none").format(version=release.id, date=date))
            lines.append(self._change_links(language, here, document, release))
        else:
            lines.append(label(language, "since").format(
                version=f"[{release.id}]({self.link(here, language, VERSION, document, release.id)})", date=date))
            coming = model.upcoming(releases, as_of)
            if coming:
                nxt = coming[0]
                lines.append(label(language, "replaced_by").format(
                    version=f"[{nxt.id}]({self.link(here, language, VERSION, document, nxt.id)})",
                    date=format_date(nxt.effective, language)))
                lines.append(self._change_links(language, here, document, nxt)
                             + f" · [{label(language, 'read_revised')}]({self.link(here, language, UPCOMING, document)})")
        out = [f'<div class="policy-state policy-state--{st}" markdown>', "",
               f'<p class="policy-state__label">{label(language, "status." + st)}</p>', ""]
        for line in lines:
            out += [f"<p markdown>{line}</p>", ""]
        if links:
            out += [self._version_line(language, release, here, document).strip(), ""]
        out += ["</div>", ""]
        return "\n".join(out) + "\n"

    def _change_links(self, language, here, document, release):
        """Links to the change notice of ``release`` and to its redline."""
        change = self.link(here, language, CHANGE, document, release.id)
        redline = self.link(here, language, CHANGE, document, release.id, "redline")
        return (f"[{label(language, 'see_notice')}]({change}) · "
                f"[{label(language, 'see_redline')}]({redline})")

    def title(self, document, language, release=None):
        """The document's title, escaped: it goes into Markdown, page titles and the navigation,
        which the theme writes as HTML (a title is text, never markup)."""
        return _esc(self.plain_title(document, language, release))

    def plain_title(self, document, language, release=None):
        if release is not None and release.title.get(language):
            return release.title[language]
        return self.config.title(document, language)

    # -- pages -------------------------------------------------------------------------------
    def build(self):
        """Every page, one at a time (a generator: a page is made when the last one has been used,
        so that a build holds one page's Markdown at a time, not the site's)."""
        config = self.config
        documents = documents_of(self.inputs)
        for language in config.languages:
            self.home(language, documents)
            yield from self._made()
            for document in documents:
                yield from self.document(language, document)

    def _made(self):
        """The pages added since the last call (add() collects them), handed over and forgotten."""
        pages, self.pages = self.pages, []
        return pages

    def archived_page(self, language, kind, document, release_id):
        """The page of a release (VERSION or CHANGE) made again, as build() makes it (a build that
        left it out, expecting its HTML from the cache, may need it after all); None if it has none."""
        releases = self.inputs.releases.get(document, [])
        status = model.statuses(releases, self.inputs.as_of)
        release = next((r for r in model.visible(releases, self.inputs.as_of) if r.id == release_id), None)
        if release is None:
            return None
        self._made()
        if kind == VERSION:
            self.version_page(language, document, release, status[release.id], releases,
                              model.in_force(releases, self.inputs.as_of))
        elif kind == CHANGE:
            self.change_page(language, document, release, releases, status[release.id])
        made = self._made()
        return made[0] if made else None

    def home(self, language, documents):
        """The policy centre: each document with its version in force, its effective date and
        any published change not yet in force."""
        here = (HOME, "", "")
        names = self.config.site_name if isinstance(self.config.site_name, dict) else {}
        lines = [f"# {_esc(names.get(language) or label(language, HOME))}", "", label(language, "centre_intro"), ""]
        for document in documents:
            releases = self.inputs.releases.get(document, [])
            current = model.in_force(releases, self.inputs.as_of)
            coming = model.upcoming(releases, self.inputs.as_of)
            lines += [f'<section class="policy-centre-doc" markdown>', "",
                      f"## [{self.title(document, language, current)}]({self.link(here, language, IN_FORCE, document)})", ""]
            if current is not None:
                lines.append(self._state_block(language, here, document, current, model.IN_FORCE, releases, links=False))
            elif coming:
                lines.append(self._state_block(language, here, document, coming[0], model.UPCOMING, releases, links=False))
            else:
                lines += [label(language, "none"), ""]
            lines += [f'<p class="policy-centre-links" markdown>[{label(language, "read_text")}]({self.link(here, language, IN_FORCE, document)}) · '
                      f"[{label(language, HISTORY)}]({self.link(here, language, HISTORY, document)}) · "
                      f"[{label(language, PARALLEL)}]({self.link(here, language, PARALLEL, document)})</p>", "",
                      "</section>", ""]
        self.add(language, HOME, "", "", {"title": label(language, HOME)}, "\n".join(lines) + "\n")

    def document(self, language, document):
        inputs = self.inputs
        releases = inputs.releases.get(document, [])
        as_of = inputs.as_of
        visible = model.visible(releases, as_of)
        current = model.in_force(releases, as_of)
        coming = model.upcoming(releases, as_of)
        status = model.statuses(releases, as_of)
        self.in_force_page(language, document, current, coming)
        yield from self._made()
        self.upcoming_page(language, document, current, coming)
        yield from self._made()
        self.history_page(language, document, visible, status)
        yield from self._made()
        self.parallel_page(language, document, current)
        yield from self._made()
        self.compare_page(language, document, visible, status)
        yield from self._made()
        for release in visible if inputs.archived else ():
            self.version_page(language, document, release, status[release.id], releases, current)
            yield from self._made()
            self.change_page(language, document, release, releases, status[release.id])
            yield from self._made()
        if inputs.preview:
            self.draft_page(language, document, visible[-1] if visible else None)
            yield from self._made()
        if visible:
            from .review_page import review_page

            review_page(self, language, document, visible[-1], parse=parse_text, kinds=(REVIEW, VERSION))
            yield from self._made()

    def draft_page(self, language, document, latest):
        here = (DRAFT, document, "")
        title = f"{self.title(document, language)} · {label(language, DRAFT)}"
        body, _ = self._body(document, language, None)
        head = _admonition("danger", label(language, "preview"), title="")
        new = self._text(document, language, None)
        old = latest.texts.get(language) if latest is not None else None
        if new is not None and old is not None:
            lines = [label(language, "compared").format(
                prev=f"[{latest.id}]({self.link(here, language, VERSION, document, latest.id)})"), ""]
            for sid, what, name in affected_sections(old.text, new, document, language, latest.id, "working"):
                lines.append(f"- [{name}](#{sid}) ({_status(language, what)})")
            head += "\n".join(lines) + "\n\n"
        self.add(language, DRAFT, document, "", {"title": title, "search": {"exclude": True}},
                 _merge_title(head, body, title))

    def _text(self, document, language, release):
        if release is not None:
            released = release.texts.get(language)
            return released.text if released else None
        if not self.inputs.preview:  # the public site shows released text only
            return None
        return self.inputs.drafts.get(document, {}).get(language)

    def _version_line(self, language, release, here, document):
        parts = []
        if release is not None:
            parts.append(f"{label(language, 'version')} [{release.id}]({self.link(here, language, VERSION, document, release.id)})")
            parts.append(f"{label(language, 'effective')} {format_date(release.effective, language)}")
            parts.append(f"{label(language, 'published')} {format_date(release.published, language)}")
            pdf = self._pdf_link(language, here, document, release)
            if pdf:
                parts.append(pdf)
        parts.append(f"[{label(language, HISTORY)}]({self.link(here, language, HISTORY, document)})")
        parts.append(f"[{label(language, PARALLEL)}]({self.link(here, language, PARALLEL, document)})")
        return '<p class="policy-version" markdown>' + " · ".join(parts) + "</p>\n\n"

    def _pdf_link(self, language, here, document, release):
        """A link to the PDF of ``release`` in ``language`` (HTML: mkdocs does not look for the
        file, which the build writes after it), or "" when the site has no PDFs."""
        if not self.inputs.pdf or release is None or release.texts.get(language) is None:
            return ""
        pdf = words(language, "pdf")
        href = self.link(here, language, VERSION, document, release.id) + pdf_name(document, release.id, language)
        return (f'<a class="policy-pdf" href="{_esc(href)}" title="{_esc(pdf["download_title"])}">'
                f'{_esc(pdf["download"])}</a>')

    def _print_line(self, language, document, release):
        """Plain text (the theme escapes it)."""
        title = self.plain_title(document, language, release)
        if release is None:
            return f"{title} · {label(language, 'draft').split('：')[0].split(':')[0]}"
        return (f"{title} · {label(language, 'version')} {release.id} · "
                f"{label(language, 'effective')} {format_date(release.effective, language)}")

    def memo(self, name, parts, compute):
        """``compute()``, through the memo of the inputs (released texts never change)."""
        if self.inputs.memo is None:
            return compute()
        return self.inputs.memo(name, fingerprint(name, *parts), compute)

    def _body(self, document, language, release):
        text = self._text(document, language, release)
        if text is None:
            return None, None
        body = self.memo("anchored", (text, document, language),
                         lambda: anchor_sections(text, document, language)[0])
        return body, None

    def in_force_page(self, language, document, current, coming):
        here = (IN_FORCE, document, "")
        body, _ = self._body(document, language, current)
        head = ""
        banner = self.inputs.banners.get((document, language))
        banner_covers_upcoming = False
        if banner is not None:
            target = _site_path(self.config, banner.href)
            banner_covers_upcoming = bool(coming) and target == self.url(language, CHANGE, document, coming[0].id)
            head += _admonition("warning" if banner.effective > self.inputs.as_of else "tip",
                                f"{_esc(banner.text)} [{label(language, 'notice')}]({relative_url(self.url(language, IN_FORCE, document), target)})",
                                title=_esc(banner.title))
        if coming and not banner_covers_upcoming and current is None:
            nxt = coming[0]
            head += _admonition("warning", label(language, "upcoming_notice").format(
                title=self.title(document, language, nxt), date=format_date(nxt.effective, language),
                changes=self.link(here, language, CHANGE, document, nxt.id),
                text=self.link(here, language, UPCOMING, document)), title="")
        if current is None:
            head += _admonition("danger", label(language, "draft") if body else label(language, "none"), title="")
            head += self._version_line(language, current, here, document)
        else:
            head = self._state_block(language, here, document, current, model.IN_FORCE,
                                     self.inputs.releases.get(document, [])) + head
        meta = {"title": self.title(document, language, current),
                "policy": {"print": self._print_line(language, document, current),
                           "version": current.id if current else ""}}
        self.add(language, IN_FORCE, document, "", meta, _merge_title(head, body, self.title(document, language, current)))

    def upcoming_page(self, language, document, current, coming):
        here = (UPCOMING, document, "")
        title = f"{self.title(document, language)} · {label(language, UPCOMING)}"
        if not coming:
            body = f"# {title}\n\n" + _admonition("note", label(language, "no_upcoming").format(
                title=self.title(document, language), href=self.link(here, language, IN_FORCE, document)), title="")
            self.add(language, UPCOMING, document, "", {"title": title, "search": {"exclude": True}}, body)
            return
        nxt = coming[0]
        text, _ = self._body(document, language, nxt)
        head = self._state_block(language, here, document, nxt, model.UPCOMING, self.inputs.releases.get(document, []))
        meta = {"title": title, "search": {"exclude": True},
                "policy": {"print": self._print_line(language, document, nxt) + " · " + label(language, "status.upcoming"),
                           "version": nxt.id}}
        self.add(language, UPCOMING, document, "", meta, _merge_title(head, text, self.title(document, language, nxt)))

    def history_page(self, language, document, visible, status):
        """Every release, newest first: written as HTML (one block Markdown passes through),
        so that the page stays quick to render with hundreds of releases."""
        here = (HISTORY, document, "")
        title = f"{self.title(document, language)} · {label(language, HISTORY)}"
        lines = [f"# {title}", ""]
        if not visible:
            lines += [label(language, "none"), ""]
        sep = words(language, "punctuation")["colon"]
        other = [x for x in self.config.languages if x != language]
        json_href = relative_url(self.url(language, HISTORY, document), f"{document}/history.json").rstrip("/")
        atom_href = relative_url(self.url(language, HISTORY, document), f"notices.{language}.atom").rstrip("/")
        lines += [f'<p class="policy-subscribe">{_a(atom_href, label(language, "subscribe"))}</p>', "",
                  f'<p class="policy-chain">{label(language, "chain")}{_a(json_href, "history.json")}</p>', ""]
        fragments = []
        if len(visible) > 1:  # compare any two versions: a form that opens the compare page
            action = relative_url(self.url(language, HISTORY, document), self.url(language, COMPARE, document))
            lines += [f"## {label(language, 'compare_link')} {{#compare}}", "",
                      _html_fragment(fragments, self._compare_form(language, visible, status, action, "history-")), ""]
        html = ['<div class="policy-history">']
        for release in reversed(visible):
            st = status[release.id]
            # one link to the change page, named by its notice's title when there is one
            notice_title = self.inputs.notices.get((document, release.id, language))
            change_text = (f"{label(language, 'notice')}{sep}{notice_title}" if notice_title
                           else label(language, "changes"))
            links = (_a(self.link(here, language, VERSION, document, release.id), label(language, "text")) + " · "
                     + _a(self.link(here, language, CHANGE, document, release.id), change_text))
            pdf = self._pdf_link(language, here, document, release)
            links += " · " + pdf if pdf else ""
            kind = "kind.first" if model.previous(visible, release) is None else "kind." + release.kind
            html += [f'<section class="policy-release" id="v-{release.id}">',
                     f'<h2>{label(language, "version")} {_esc(release.id)} '
                     f'<span class="policy-status policy-status--{st}">{label(language, "status." + st)}</span></h2>',
                     "<ul>",
                     f"<li>{label(language, 'kind')}{sep}{label(language, kind)}</li>",
                     f"<li>{label(language, 'published')}{sep}{format_date(release.published, language)}</li>",
                     f"<li>{label(language, 'effective')}{sep}{format_date(release.effective, language)}</li>",
                     f"<li>{links}</li>", *self._digest_items(language, release), "</ul>"]
            if release.summary.get(language):
                html.append(f"<p>{_esc(release.summary[language].strip())}</p>")
            for lang in other:
                if release.summary.get(lang):
                    html.append(f'<p class="policy-other-summary"><em>{label(language, "other_summary")}</em>{sep}'
                                f'<span lang="{lang}">{_esc(release.summary[lang].strip())}</span></p>')
            html.append("</section>")
        html.append("</div>")
        lines += ["\n".join(html), ""]
        # not in the search: it lists every release and would grow with them; readers search the texts
        self.add(language, HISTORY, document, "", {"title": title, "search": {"exclude": True}}, "\n".join(lines),
                 fragments=fragments)

    def _compare_form(self, language, visible, status, action, prefix):
        """Two lists of the versions (earlier, later) and a button: a GET form that opens the
        compare page (?from=A&to=B); it works without scripts, the comparing needs them."""
        def choice(name, chosen):
            options = []
            for release in reversed(visible):
                text = (f"{release.id} · {label(language, 'status.' + status[release.id])} · "
                        f"{label(language, 'effective')} {format_date(release.effective, language)}")
                selected = " selected" if release.id == chosen else ""
                options.append(f'<option value="{_esc(release.id)}"{selected}>{_esc(text)}</option>')
            return (f'<p class="policy-compare-form__field"><label for="{prefix}{name}">{label(language, "compare_" + name)}</label> '
                    f'<select id="{prefix}{name}" name="{name}">{"".join(options)}</select></p>')
        earlier = visible[-2].id if len(visible) > 1 else (visible[0].id if visible else "")
        later = visible[-1].id if visible else ""
        return (f'<form class="policy-compare-form" action="{_esc(action)}" method="get">'
                f'{choice("from", earlier)}{choice("to", later)}'
                f'<p class="policy-compare-form__go"><button type="submit" class="md-button md-button--primary">'
                f'{label(language, "compare_go")}</button></p></form>')

    def compare_page(self, language, document, visible, status):
        """/<doc>/compare/?from=A&to=B: the form, and the redline compare.js computes in the
        browser from the released texts (compare_data.py) with the labels of the change pages."""
        from ..diff.redline import labels as redline_labels

        here = (COMPARE, document, "")
        url = self.url(language, *here)
        title = f"{self.title(document, language)} · {label(language, COMPARE)}"
        fragments = []
        lines = [f"# {title}", "", label(language, "compare_intro"), ""]
        if len(visible) < 2:
            lines += [label(language, "none") if not visible else label(language, "first"), ""]
        else:
            keys = ("compare_choose", "compare_missing", "compare_unknown", "compare_same", "compare_swapped",
                    "compare_working", "compare_failed")
            data = {"document": document, "language": language, "languages": list(self.config.languages),
                    "versions": [{"id": r.id, "data": relative_url(url, self.url(language, VERSION, document, r.id)) + "text.json"}
                                 for r in visible],
                    "labels": redline_labels(language),
                    "messages": {lang: {k: label(lang, k) for k in keys} for lang in self.config.languages},
                    "switcher": (f'<p class="policy-view-switch" role="group" aria-label="{_esc(label(language, "view_choice"))}" hidden>'
                                 f'<button type="button" data-view="inline" aria-pressed="true">{_esc(label(language, "inline"))}</button>'
                                 f'<button type="button" data-view="side" aria-pressed="false">{_esc(label(language, "side"))}</button></p>\n')}
            html = (f'<div class="policy-compare" id="policy-compare" data-compare="{_esc(json.dumps(data, ensure_ascii=False, sort_keys=True))}">'
                    f'{self._compare_form(language, visible, status, "./", "compare-")}'
                    f'<div class="policy-compare__status" role="status" aria-live="polite"><p>{_esc(label(language, "compare_needs_js"))}</p></div>'
                    f'<div class="policy-compare__result"></div></div>')
            lines += [_html_fragment(fragments, html), ""]
        lines += [f"[{label(language, HISTORY)}]({self.link(here, language, HISTORY, document)})", ""]
        self.add(language, COMPARE, document, "", {"title": title, "search": {"exclude": True}}, "\n".join(lines),
                 fragments=fragments)

    def _digest_items(self, language, release):
        """The record's SHA-256 and the previous record's, as <li> items (the published hash chain)."""
        sep = "：" if language == "zh" else ": "
        items = []
        if release.record_sha256:
            items.append(f'<li class="policy-digest">{label(language, "digest")}{sep}'
                         f'<code>{release.record_sha256}</code></li>')
        if release.previous_sha256:
            items.append(f'<li class="policy-digest">{label(language, "previous_digest")}'
                         f'（{_esc(release.previous_id or "")}）{sep}<code>{release.previous_sha256}</code></li>'
                         if language == "zh" else
                         f'<li class="policy-digest">{label(language, "previous_digest")} '
                         f'({_esc(release.previous_id or "")}){sep}<code>{release.previous_sha256}</code></li>')
        return items

    def version_page(self, language, document, release, st, releases, current):
        here = (VERSION, document, release.id)
        body, _ = self._body(document, language, release)
        if body is None:
            return
        head = self._state_block(language, here, document, release, st, releases)
        if release.record_sha256:
            head += '<ul class="policy-digests">\n' + "\n".join(self._digest_items(language, release)) + "\n</ul>\n\n"
        meta = {"title": f"{self.title(document, language, release)} · {release.id}",
                "policy": {"print": self._print_line(language, document, release) + " · " + label(language, "status." + st),
                           "version": release.id}}
        self.add(language, VERSION, document, release.id, meta,
                 _merge_title(head, body, self.title(document, language, release)), archived=True,
                 languages=[lang for lang in self.config.languages if self._text(document, lang, release) is not None])

    def change_page(self, language, document, release, releases, st):
        """The change notice of ``release``: it depends on this release and the previous one
        only (not on the build date), so its Markdown is memoised as a whole."""
        prev = model.previous(releases, release)
        parts = self.change_page_parts(language, document, release, prev)
        title, body, fragments = self.memo("change-page", parts,
                                           lambda: self._change_markdown(language, document, release, prev))
        plain = f"{self.plain_title(document, language, release)} · {label(language, 'changes')} · {release.id}"
        meta = {"title": title, "policy": {"print": plain, "version": release.id}}
        head = self._state_block(language, (CHANGE, document, release.id), document, release, st, releases, links=False)
        self.add(language, CHANGE, document, release.id, meta, _merge_title(head, body, title),
                 archived=True, fragments=fragments, languages=self.config.languages)

    def change_page_parts(self, language, document, release, prev):
        """What the memoised Markdown of a change page depends on (its memo key)."""
        return [self.release_key(release), self.release_key(prev) if prev else "", language, document,
                self.title(document, language, release), self.inputs.redline is not None]

    def release_key(self, release):
        """A digest of everything ``release`` says, its texts included (memo keys); once per build."""
        keys = self.__dict__.setdefault("_release_keys", {})
        if id(release) not in keys:
            keys[id(release)] = (release, fingerprint(_release_key(release)))
        return keys[id(release)][1]

    def _change_markdown(self, language, document, release, prev):
        """[title, Markdown, fragments]: the redlines are HTML fragments kept out of the Markdown
        (Python-Markdown would parse every tag of them, the larger part of a build's time) and
        put in place after it is rendered (tooling/site_hooks.py)."""
        here = (CHANGE, document, release.id)
        fragments = []
        title = f"{self.title(document, language, release)} · {label(language, 'changes')} · {release.id}"
        sep = words(language, "punctuation")["colon"]
        lines = [f"# {title}", "",
                 f"- {label(language, 'version')}{sep}[{release.id}]({self.link(here, language, VERSION, document, release.id)})",
                 f"- {label(language, 'kind')}{sep}{label(language, 'kind.first' if prev is None else 'kind.' + release.kind)}",
                 f"- {label(language, 'published')}{sep}{format_date(release.published, language)}",
                 f"- {label(language, 'effective')}{sep}{format_date(release.effective, language)}", ""]
        if release.summary.get(language):
            lines += [f"## {label(language, 'summary')} {{#summary}}", "", _esc(release.summary[language].strip(), quote=False), ""]
        new = release.texts.get(language)
        old = prev.texts.get(language) if prev else None
        if prev is None or new is None or old is None:
            lines += [label(language, "first"), ""]
        else:
            lines += [label(language, "compared").format(
                prev=f"[{prev.id}]({self.link(here, language, VERSION, document, prev.id)})"), ""]
            changed = self.memo("affected", (old.text, new.text, document, language),
                                lambda: affected_sections(old.text, new.text, document, language,
                                                          prev.id, release.id))
            lines += [f"## {label(language, 'affected')} {{#affected}}", ""]
            if not changed:
                lines += [label(language, "no_change"), ""]
            for sid, what, name in changed:
                if self.inputs.redline is not None:  # the section's entry in the redline below
                    ref = f"[{name}](#inline-{'removed-' if what == 'removed' else ''}{sid})"
                elif what != "removed":
                    ref = f"[{name}]({self.link(here, language, VERSION, document, release.id, sid)})"
                else:
                    ref = f"[{name}]({self.link(here, language, VERSION, document, prev.id, sid)})"
                lines.append(f"- {ref} ({_status(language, what)})" if language != "zh" else f"- {ref}（{_status(language, what)}）")
            lines.append("")
            if self.inputs.redline is not None:
                inline, side = self.memo("redline", (old.text, new.text, language, document, prev.id, release.id),
                                         lambda: self.inputs.redline(old.text, new.text, language, document,
                                                                     prev.id, release.id))
                lines += [f"## {label(language, 'redline')} {{#redline}}", "",
                          _views_fragment(fragments, language, inline, side), ""]
        return [title, "\n".join(lines), fragments]

    def parallel_page(self, language, document, current):
        title = f"{self.title(document, language, current)} · {label(language, PARALLEL)}"
        langs = [self.config.authoritative] + self.config.translations
        docs = {}
        for lang in langs:
            text = self._text(document, lang, current)
            if text is not None:
                docs[lang] = parse_text(text, document, lang)
        lines = [f"# {title}", "",
                 label(language, "parallel_intro").format(label=self.title(document, language, current)), ""]
        if current is None:
            lines += [_admonition("danger", label(language, "draft") if docs else label(language, "none"), title="")]
        else:
            lines += [self._version_line(language, current, (PARALLEL, document, ""), document)]
        if docs:
            base = docs.get(self.config.authoritative) or next(iter(docs.values()))
            by_id = {lang: d.by_id() for lang, d in docs.items()}
            lines.append('<div class="policy-parallel" markdown>')
            lines.append("")
            for section in base.walk():
                row_id = section.id
                lines += [f'<div class="policy-row" id="{row_id}" markdown>', ""]
                for lang in langs:
                    sec = by_id.get(lang, {}).get(section.id)
                    lines += [f'<div class="policy-cell" lang="{lang}" markdown>', ""]
                    if sec is not None:
                        lines += [_cell(sec, lang), ""]
                    lines += ["</div>", ""]
                lines += ["</div>", ""]
            lines += ["</div>", ""]
        meta = {"title": title, "search": {"exclude": True},
                "policy": {"print": self._print_line(language, document, current), "version": current.id if current else ""}}
        self.add(language, PARALLEL, document, "", meta, "\n".join(lines))


def _release_key(release):
    """Everything a release says, its texts included (memo keys)."""
    texts = [(lang, t.sha256, t.text) for lang, t in sorted(release.texts.items())]
    return repr((release.document, release.id, release.sequence, release.kind, release.published.isoformat(),
                 release.effective.isoformat(), sorted(release.summary.items()), sorted(release.title.items()), texts))


FRAGMENT = "<!--policy-fragment:{key}-->"


def _views_fragment(fragments, language, inline, side):
    """Both redlines, one shown at a time: the inline one, or the side-by-side one once the
    reader chose it with the switch (policy.js, which remembers the choice); without scripts
    the switch stays hidden and the inline redline is shown (policy.css)."""
    html = (f'<div class="policy-views" data-view="inline">'
            f'<p class="policy-view-switch" role="group" aria-label="{_esc(label(language, "view_choice"))}" hidden>'
            f'<button type="button" data-view="inline" aria-pressed="true">{_esc(label(language, "inline"))}</button>'
            f'<button type="button" data-view="side" aria-pressed="false">{_esc(label(language, "side"))}</button></p>\n'
            f'<div class="policy-redline policy-redline--inline" id="inline">{inline.strip()}</div>\n'
            f'<div class="policy-redline policy-redline--side" id="side-by-side">{side.strip()}</div></div>')
    key = fingerprint("fragment", html)
    fragments.append([key, html])
    return FRAGMENT.format(key=key)


def _html_fragment(fragments, html):
    """Put ``html`` (the site's own markup: forms, data for scripts) in the page after its Markdown
    is rendered and sanitised, as the redlines are."""
    key = fingerprint("fragment", html)
    fragments.append([key, html])
    return FRAGMENT.format(key=key)


def _a(href, text):
    """An HTML link to a URL (not resolved by mkdocs)."""
    return f'<a href="{_esc(href)}">{_esc(text)}</a>'


def _cell(section, language):
    parts = []
    if section.kind == "heading":
        parts.append(f"**{strip_id(section.heading).strip()}**")
    elif section.kind == "clause":
        parts.append(strip_id(section.heading).strip())
    parts.extend(b.text if b.kind != "code" else "```\n" + b.text + "\n```" for b in section.blocks)
    return "\n\n".join(parts)


def _site_path(config, href):
    """A link of the site as a path from its root (absolute URLs on base_url are reduced)."""
    if href.startswith(config.base_url):
        return href[len(config.base_url):]
    return href.lstrip("/")


def _merge_title(head, body, title):
    """Put the page's notices under its H1 (or give it one)."""
    if body is None:
        return f"# {title}\n\n{head}"
    lines = body.split("\n")
    if lines and lines[0].startswith("# "):
        return lines[0] + "\n\n" + head + "\n".join(lines[1:]).lstrip("\n")
    return f"# {title}\n\n{head}{body}"


def _rel_file(from_path, to_path):
    src = from_path.split("/")[:-1]
    dst = to_path.split("/")
    common = 0
    while common < min(len(src), len(dst) - 1) and src[common] == dst[common]:
        common += 1
    return "/".join([".."] * (len(src) - common) + dst[common:])


def _superseded_on(release, releases, as_of):
    """The date ``release`` stopped being in force: the effective date of the next release
    (published later) that took effect."""
    later = [r for r in releases if r.sequence > release.sequence and r.published <= as_of and r.effective <= as_of]
    return min((r.effective for r in later), default=None)


def affected_sections(old_text, new_text, document, language, old_label="", new_label=""):
    """[(section id, status, label)] of the sections that differ between two texts, in reading
    order, with the statuses of the diff engine (added, removed, changed, moved, renumbered),
    so that the list agrees with the redline below it."""
    from ..diff.diffing import UNCHANGED, diff_documents

    out = []
    for row in diff_documents(old_text, new_text, language, document, old_label, new_label).rows():
        if row.status == UNCHANGED:
            continue
        name = _name_of(row.number, row.title, language)
        if row.status != "removed" and row.previous_number and row.number and row.previous_number != row.number:
            name += label(language, "formerly").format(number=row.previous_number.rstrip("."))
        out.append((row.id, row.status, name))
    return out


def _status(language, status):
    """The word for a section's change status: the one the notices and letters use."""
    return (STATUS_LABELS.get(language) or STATUS_LABELS["en"])[status]


def _name_of(number, title, language):
    if not number and not title:
        return label(language, "preamble")
    text = " ".join(part for part in ((number or "").replace("\\", ""), title or "") if part).strip()
    return text if len(text) <= 80 else text[:77] + "…"


def plan_site(inputs):
    """Every page of the site, in a stable order: a generator, which makes each page when it is
    asked for (see _Builder.build)."""
    return _Builder(inputs).build()


def plan_page(inputs, language, kind, document, release_id):
    """The page of a release (VERSION or CHANGE) in ``language``, the same as plan_site makes it."""
    return _Builder(inputs).archived_page(language, kind, document, release_id)


def sitemap_xml(config, pages):
    """sitemap.xml for ``pages`` (Pages or PagePlaces) with the language alternates of each page
    (no dates: the same inputs give the same bytes)."""
    pages = list(pages)
    by_key = {}
    for page in pages:
        by_key.setdefault((page.kind, page.document, page.release_id), []).append(page)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    for page in pages:
        if page.kind == REVIEW:
            continue  # for the legal team, not for the public
        out.append(f"  <url><loc>{_esc(config.base_url + page.url)}</loc>")
        for alt in by_key[(page.kind, page.document, page.release_id)]:
            out.append(f'    <xhtml:link rel="alternate" hreflang="{alt.language}" href="{_esc(config.base_url + alt.url)}"/>')
        out.append("  </url>")
    out.append("</urlset>")
    return "\n".join(out) + "\n"


def _esc(text, quote=True):
    """``text`` as HTML text (and Markdown: the entities are kept as they are)."""
    out = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return out.replace('"', "&quot;") if quote else out


def fingerprint(*parts):
    """A hex digest of strings and bytes (cache keys): SHA-256 through OpenSSL, several
    times faster than the built-in module the start-up-sensitive `policy check` uses."""
    import hashlib

    h = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode("utf-8")
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


def navigation(config, documents, preview=False):
    """{language: mkdocs nav}: the same few entries whatever the number of releases (past
    versions and change notices are reached from the history page)."""
    navs = {}
    for language in config.languages:
        nav = [{label(language, HOME): page_path(HOME)}]
        for document in documents:
            nav.append({_esc(config.title(document, language)): [
                {label(language, kind): page_path(kind, document)}
                for kind in (IN_FORCE, UPCOMING, HISTORY, PARALLEL, COMPARE) + ((DRAFT,) if preview else ())]})
        navs[language] = nav
    return navs


def documents_of(inputs):
    return sorted(set(inputs.config.documents) | set(inputs.releases) | set(inputs.drafts))
