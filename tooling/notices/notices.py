"""Change notices: what the platform tells its users about each release of a policy.

Pure: built from the release records and the diff engine; knows nothing of files on disk (but
the path of a release record it names in errors), git, the site builder or the CLI. The
exporters in ``tooling.exporters`` turn notices into bytes (JSON feed, Atom, CSV, email).

A notice exists for every release: a stable id (``<document>-<release id>``), the document, the
release, its kind, whether users must consent again (a ``material`` change, unless
``[notices] consent_for_material = false``), the publication and effective dates, a title and
the release's summary in every language, the sections affected (status from the diff engine
against the previous release; for the first release of a document every section is "added"),
and absolute links to the new version, its redline and the history page in every language.
"""

import os
import unicodedata
from dataclasses import dataclass
from datetime import timedelta

from ..model import urls
from ..errors import PolicyError
from ..model.releases import previous
from ..wording import format_date, quote_title, table, words  # noqa: F401 (format_date re-exported)

# Change statuses of a section, most significant first (the diff engine's vocabulary).
STATUSES = ("added", "removed", "changed", "moved", "renumbered", "unchanged")

STATUS_LABELS = table("notice_status")

KIND_LABELS = table("notice_kind")

PREAMBLE_TITLE = table("preamble")

TITLE_WIDTH = 72  # display columns (a Chinese character counts two) of a section title in a notice


class NoticeError(PolicyError):
    code = "X000"


def shorten(text, width=TITLE_WIDTH):
    """``text`` on one line, cut to ``width`` display columns with an ellipsis."""
    text = " ".join(text.split())
    used = 0
    for i, ch in enumerate(text):
        used += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used > width - 1:
            return text[:i].rstrip() + "…"
    return text


@dataclass(frozen=True)
class Links:
    version: str   # the text of this release
    changes: str   # its change notice and redline against the previous release
    history: str   # every release of the document


@dataclass(frozen=True)
class Consent:
    """What a platform stores when a user accepts a release in one language, to prove later
    which exact text was accepted: the SHA-256 of the released text (``releases/<doc>/<id>/<lang>.md``,
    as recorded in ``release.json``) and of the release record itself (``release.json``)."""
    text_sha256: str
    record_sha256: str


@dataclass(frozen=True)
class AffectedSection:
    id: str                   # stable section id, the same in every language (``s2-1``)
    status: str               # the most significant status over the languages
    status_by_language: dict  # {language: status}
    number: dict              # {language: number as written, "" when unnumbered}
    previous_number: dict     # {language: number before this release, "" when added or unnumbered}
    title: dict               # {language: title, shortened}
    href: dict                # {language: absolute link to the section (redline for removals)}


@dataclass(frozen=True)
class Notice:
    id: str
    document: str
    release: str
    sequence: int
    previous_release: object  # release id or None for the first release
    kind: str
    consent_required: bool
    published: object         # datetime.date
    effective: object
    document_title: dict      # {language: title of the document}
    title: dict               # {language: title of the notice}
    summary: dict             # {language: summary of the release}
    sections: tuple           # AffectedSection, in document order
    links: dict               # {language: Links}
    languages: tuple          # the languages of the notice, authoritative first
    consent: dict             # {language: Consent}: what a user accepting this release accepts

    @property
    def first(self):
        return self.previous_release is None


@dataclass(frozen=True)
class Banner:
    notice_id: str
    title: str
    text: str
    href: str       # the change notice (redline) in the banner's language
    effective: object


def notice_id(document, release_id):
    return f"{document.replace('/', '-')}-{release_id}"


def release_record_path(config, release):
    from ..history.release_store import RECORD, release_dir

    return os.path.join(release_dir(config, release.document, release.id), RECORD)


def _languages(config):
    return tuple(config.ordered_languages)


def notice_title(document_title, first, language):
    """关于修订《隐私声明》的通知 / Notice of Amendments to the Privacy Statement."""
    return words(language, "notice_title")["first" if first else "amended"].format(title=document_title)


def _record_sha256(config, release):
    """SHA-256 of the bytes of the release's ``release.json`` (records are never rewritten):
    the digest the release store took of the bytes it read, or the file's when the release was
    not read from disk."""
    if release.record_sha256:
        return release.record_sha256
    from ..model.sections import sha256

    path = release_record_path(config, release)
    try:
        with open(path, "rb") as fh:
            return sha256(fh.read()).hexdigest()
    except OSError as exc:
        raise NoticeError(f"the record of release \u201c{release.id}\u201d of {release.document} cannot be "
                          f"read ({exc.strerror}); restore it from git with `git checkout -- {path}`.",
                          path, code="X003") from None


def _check_language(config, language):
    if language not in STATUS_LABELS:
        raise NoticeError(f"no notice wording exists for language \u201c{language}\u201d (only "
                          f"{', '.join(sorted(STATUS_LABELS))}); notices cannot be written for it.",
                          config.path, code="X001")


def _header(config, release, releases):
    """The notice of ``release`` without its affected sections (no diff needed)."""
    path = release_record_path(config, release)
    langs = _languages(config)
    summary, doc_titles, titles, links = {}, {}, {}, {}
    prev = previous(releases, release)
    record_digest = _record_sha256(config, release)
    consent = {}
    for lang in langs:
        _check_language(config, lang)
        text = release.summary.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise NoticeError(
                f"release \u201c{release.id}\u201d of {release.document} has no summary in \u201c{lang}\u201d; "
                "a notice is never published half-empty. Every release needs a summary in each language "
                "(`policy release` refuses one without); if this record was changed by hand, restore it "
                f"from git with `git checkout -- {path}`.", path, code="X002")
        summary[lang] = text.strip()
        doc_titles[lang] = release.title.get(lang) or config.title(release.document, lang)
        titles[lang] = notice_title(doc_titles[lang], prev is None, lang)
        links[lang] = Links(
            version=urls.version_url(config, release.document, release.id, lang),
            changes=urls.changes_url(config, release.document, release.id, lang),
            history=urls.history_url(config, release.document, lang))
        text = release.texts.get(lang)
        if text is None:
            raise NoticeError(f"release \u201c{release.id}\u201d of {release.document} has no {lang} text; "
                              "its notice cannot say which text users accept.", path, code="X003")
        consent[lang] = Consent(text_sha256=text.sha256, record_sha256=record_digest)
    return dict(
        id=notice_id(release.document, release.id), document=release.document, release=release.id,
        sequence=release.sequence, previous_release=prev.id if prev else None, kind=release.kind,
        consent_required=release.kind == "material" and bool(config.consent_for_material),
        published=release.published, effective=release.effective, document_title=doc_titles,
        title=titles, summary=summary, links=links, languages=langs, consent=consent), prev


def _released_text(config, release, language):
    text = release.texts.get(language)
    if text is None:
        raise NoticeError(f"release \u201c{release.id}\u201d of {release.document} has no {language} text; "
                          "its notice cannot list the affected sections.",
                          release_record_path(config, release), code="X003")
    return text.text.replace("\r\n", "\n").replace("\r", "\n")  # a release cut on Windows compares by content


def _parsed_sections(config, release, language, status):
    """A SectionRow for every section of the text of ``release``, all with the same ``status``."""
    from ..diff.diffing import SectionRow
    from ..model.sections import parse_document
    from ..source import decode_source

    name = os.path.join(os.path.dirname(release_record_path(config, release)), f"{language}.md")
    doc = parse_document(decode_source(_released_text(config, release, language).encode("utf-8"), name),
                         release.document, language)
    before = "" if status == "added" else None
    return [SectionRow(s.id, status, s.display_number, s.title,
                       s.display_number if before is None else before) for s in doc.walk()]


def _section_rows(config, release, prev, language, memo=None):
    """A SectionRow for every section of ``release`` in ``language`` (and for the sections it
    removes), with its status against ``prev`` (None: the first release). ``memo(name, parts,
    compute)``: a memo of pure results (the site build's: the rows of a release never change,
    and its change page has compared the same texts already)."""
    if memo is not None:
        from dataclasses import astuple

        from ..diff.diffing import SectionRow

        old = _released_text(config, prev, language) if prev is not None else None
        parts = (language, release.document, prev.id if prev else "", release.id, old or "",
                 _released_text(config, release, language))
        rows = memo("notice-rows", parts,
                    lambda: [list(astuple(row)) for row in _section_rows(config, release, prev, language)])
        return [SectionRow(*row) for row in rows]
    if prev is None:
        return _parsed_sections(config, release, language, "added")
    old = _released_text(config, prev, language)
    new = _released_text(config, release, language)
    if old == new:
        return _parsed_sections(config, release, language, "unchanged")
    from ..diff.diffing import diff_documents

    diff = diff_documents(old, new, language, release.document, prev.id, release.id)
    if diff.parse_error:
        raise NoticeError(f"the sections of the {language} text cannot be compared with release "
                          f"\u201c{prev.id}\u201d: {diff.parse_error}",
                          release_record_path(config, release), code="X005")
    return diff.rows()


def affected_sections(config, release, prev, languages, links, memo=None):
    """The sections ``release`` changes against ``prev`` (None: the first release, where every
    section is "added"), merged over the languages: in the order of the authoritative text,
    then sections only a translation has; each with its status in every language. A section
    changed in any language is affected (a corrected translation too). ``memo``: see _section_rows."""
    per_lang = {}
    order = []
    for lang in languages:
        rows = _section_rows(config, release, prev, lang, memo)
        # a removed section keeps its old id, which a renumbered one may now bear: key both
        keyed = {(row.id, row.status == "removed"): row for row in rows}
        per_lang[lang] = keyed
        order.extend(key for key in keyed if key not in order)
    out = []
    for key in order:
        sid = key[0]
        by_lang = {lang: per_lang[lang].get(key) for lang in languages}
        status_by_language = {lang: (row.status if row else "unchanged") for lang, row in by_lang.items()}
        status = min(status_by_language.values(), key=STATUSES.index)
        if status == "unchanged":
            continue
        number, previous_number, title, href = {}, {}, {}, {}
        for lang in languages:
            row = by_lang[lang]
            number[lang] = row.number if row else ""
            previous_number[lang] = row.previous_number if row else ""
            raw = (row.title if row else "") or (PREAMBLE_TITLE[lang] if sid == "preamble" else "")
            title[lang] = shorten(raw)
            page = links[lang].changes if status == "removed" else links[lang].version
            href[lang] = f"{page}#{sid}"
        out.append(AffectedSection(sid, status, status_by_language, number, previous_number, title, href))
    return tuple(out)


def notice_for(config, release, releases, memo=None):
    """The full notice of ``release`` among ``releases`` (all releases of its document)."""
    header, prev = _header(config, release, releases)
    sections = affected_sections(config, release, prev, header["languages"], header["links"], memo)
    return Notice(sections=sections, **header)


def _newest_first(items, key_of):
    """Newest first by publication then sequence; the document name breaks remaining ties."""
    items = sorted(items, key=lambda x: key_of(x).document)
    return sorted(items, key=lambda x: (key_of(x).published, key_of(x).sequence), reverse=True)


def build_notices(config, releases_by_doc, as_of, memo=None):
    """Every notice of releases published by ``as_of`` (upcoming ones included), newest first.
    ``memo``: see _section_rows."""
    return [notice_for(config, r, releases, memo) for r, releases in published(releases_by_doc, as_of)]


def published(releases_by_doc, as_of):
    """[(release, all releases of its document)] of the releases published by ``as_of``, newest first: the
    releases of the notices build_notices gives, in their order."""
    chosen = [(r, releases) for releases in releases_by_doc.values() for r in releases
              if r.published <= as_of]
    return _newest_first(chosen, lambda x: x[0])


def section_rows(config, release, releases, memo):
    """Compute into ``memo`` the rows of ``release``'s notice in every language (what
    build_notices with that memo reads), e.g. while its diffs are fresh."""
    prev = previous(releases, release)
    for language in _languages(config):
        _section_rows(config, release, prev, language, memo)


def since(notices, anchor, releases_by_doc):
    """The notices later than ``anchor``, a notice id (``privacy-2025-06-01``, as the JSON feed
    gives it) or a release id (``2025-06-01``, which may name a release of several documents).

    In the anchor's document: the releases with a higher sequence. In other documents: those
    published on or after the anchor's publication date; a release of another document published
    the same day is kept, never dropped (the platform recognises one it already has by its notice
    id). Unknown ids raise a UsageError (X004) listing the known ones."""
    from ..errors import UsageError

    anchors = {doc: r for doc, releases in releases_by_doc.items() for r in releases
               if notice_id(doc, r.id) == anchor}
    if not anchors:
        anchors = {doc: r for doc, releases in releases_by_doc.items() for r in releases if r.id == anchor}
    if not anchors:
        every = [r for releases in releases_by_doc.values() for r in releases]
        ids = sorted({notice_id(r.document, r.id) for r in every})
        known = sorted({r.id for r in every})
        raise UsageError(f"--since {anchor}: no notice or release has this id. Known notice ids: "
                         f"{', '.join(ids) if ids else '(none: nothing has been released yet)'}; "
                         f"known release ids: {', '.join(known) if known else '(none)'}.",
                         code="X004")
    cutoff = min(r.published for r in anchors.values())
    return [n for n in notices
            if (n.sequence > anchors[n.document].sequence if n.document in anchors else n.published >= cutoff)]


BANNER_WORDING = table("banner")


def banner_text(notice, language, as_of):
    """The sentence the in-force page shows for ``notice`` on ``as_of``."""
    words = BANNER_WORDING[language]
    upcoming_ = notice.effective > as_of
    key = ("first_" if notice.first else "") + ("upcoming" if upcoming_ else "past")
    text = words[key]
    if upcoming_ and not notice.first and notice.consent_required:
        text += words["consent"]
    return text.format(title=notice.document_title[language], day=format_date(notice.effective, language))


def banner_for(config, document, language, releases, as_of):
    """The banner of the in-force page of ``document`` in ``language`` on ``as_of``: the latest
    notice of the document, shown from its publication until ``config.banner_days`` days after
    its effective date; None when there is nothing to show."""
    visible = [r for r in releases if r.published <= as_of and r.document == document]
    if not visible:
        return None
    latest = max(visible, key=lambda r: r.sequence)
    if as_of > latest.effective + timedelta(days=config.banner_days):
        return None
    header, _ = _header(config, latest, releases)
    notice = Notice(sections=(), **header)
    return Banner(notice_id=notice.id, title=notice.title[language], text=banner_text(notice, language, as_of),
                  href=notice.links[language].changes, effective=notice.effective)

