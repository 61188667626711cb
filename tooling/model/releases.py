"""The release model: what a published version of a document is, and which one is in force.

Pure: no git, no files. ``release_store`` reads and writes these records on disk; the git
adapter cuts them.

A release records, for one document: an id safe in URLs and file names, the publication date,
the effective date (on or after publication), the kind (``material``: users are told before it
takes effect and may have to consent again; ``editorial``: corrections that change no right or
duty), a summary in every language, the exact text of every language as released with its
SHA-256, and the git commit it was cut from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from .records import KINDS, ReleaseError, check_date, validate_id  # noqa: F401 (re-exported)

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (no import cost at run time)
    from collections.abc import Sequence


IN_FORCE = "in-force"
UPCOMING = "upcoming"
SUPERSEDED = "superseded"


# The dates the tooling works with: a site, a feed and an archive carry them as 32-bit Unix
# times (gzip, SOURCE_DATE_EPOCH), which cover 1970 to 2106.
EARLIEST = date(1970, 1, 1)
LATEST = date(2099, 12, 31)


def parse_date(text, what="date"):
    """A calendar date written YYYY-MM-DD (validated by ``records.check_date``, with its messages)
    between EARLIEST and LATEST."""
    if isinstance(text, date):
        value = text
    else:
        value = date.fromisoformat(check_date(text, what))
    if not EARLIEST <= value <= LATEST:
        raise ReleaseError(f"{what} \u201c{value.isoformat()}\u201d is out of range: give a date from "
                           f"{EARLIEST.isoformat()} to {LATEST.isoformat()}.", code="R002")
    return value


TAG_PREFIX = "policy/"  # the git tags of releases: refs/tags/policy/<document>/<id>


def tag_name(document: str, release_id: str) -> str:
    """The git tag of a release (``policy/privacy/2027-01-01``): the one place it is spelled."""
    return f"{TAG_PREFIX}{document}/{release_id}"


def parse_tag(tag: str) -> tuple[str, str]:
    """(document, release id) of a tag name made by ``tag_name``; ("", …) for another tag."""
    document, _, release_id = tag[len(TAG_PREFIX):].rpartition("/")
    return document, release_id


@dataclass(frozen=True)
class ReleasedText:
    language: str
    text: str
    sha256: str


@dataclass(frozen=True)
class Release:
    document: str
    id: str
    sequence: int                 # 1, 2, 3 … in order of publication, per document
    kind: str
    published: date
    effective: date
    summary: dict                 # {language: text}
    texts: dict                   # {language: ReleasedText}
    commit: str                   # the git commit the release was cut from
    imported: bool = False        # a historical version recorded as it was published
    recorded_findings: tuple = () # for imported versions: lint findings kept, not blocking
    title: dict = field(default_factory=dict)  # {language: title} of the document at release
    # The hash chain (record format 2): the id and the SHA-256 of the bytes of the previous
    # record of the same document as committed (None for the first release), and the SHA-256
    # of this record's own bytes (computed when read, not stored in it).
    previous_id: str | None = None
    previous_sha256: str | None = None
    chained: bool = True          # False for a format-1 record written before the chain existed
    record_sha256: str = field(default="", compare=False)  # derived from the bytes read

    @property
    def tag(self) -> str:
        return tag_name(self.document, self.id)

    def status(self, as_of: date, releases: Sequence[Release]) -> str | None:
        """in-force, upcoming or superseded on ``as_of`` among ``releases`` of the same document."""
        return statuses(releases, as_of).get(self.id)


_TIMELINES: dict = {}  # {(id of a list of releases, as_of): (its releases, visible, in force, statuses)}
_TIMELINES_KEPT = 16


def _timeline(releases: Sequence[Release], as_of: date) -> tuple:
    """(visible, in force, statuses) of ``releases`` on ``as_of``, worked out once for the same releases (a site
    asks them for every page: 2,000 times at 500 releases, each a pass over all of them)."""
    from operator import is_

    key = (id(releases), as_of)
    found = _TIMELINES.get(key)
    if found is not None and len(found[0]) == len(releases) and all(map(is_, found[0], releases)):
        return found[1:]  # the same releases, held here (their ids cannot be another's)
    shown = tuple(sorted((r for r in releases if r.published <= as_of), key=lambda r: r.sequence))
    current = None
    for r in shown:
        if r.effective <= as_of and (current is None or (r.effective, r.sequence) >= (current.effective, current.sequence)):
            current = r
    status = {}
    for r in shown:
        if current is not None and r.id == current.id:
            status[r.id] = IN_FORCE
        elif r.effective > as_of:
            status[r.id] = UPCOMING
        else:
            status[r.id] = SUPERSEDED
    if len(_TIMELINES) >= _TIMELINES_KEPT:
        _TIMELINES.pop(next(iter(_TIMELINES)))
    _TIMELINES[key] = (tuple(releases), shown, current, status)
    return shown, current, status


def visible(releases: Sequence[Release], as_of: date) -> list[Release]:
    """Releases already published on ``as_of``, oldest first."""
    return list(_timeline(releases, as_of)[0])


def in_force(releases: Sequence[Release], as_of: date) -> Release | None:
    """The release in force on ``as_of``: the latest one whose effective date has come."""
    return _timeline(releases, as_of)[1]


def upcoming(releases: Sequence[Release], as_of: date) -> list[Release]:
    """Published releases not yet in force on ``as_of``, soonest first."""
    return sorted((r for r in visible(releases, as_of) if r.effective > as_of),
                  key=lambda r: (r.effective, r.sequence))


def statuses(releases: Sequence[Release], as_of: date) -> dict[str, str]:
    """{release id: in-force | upcoming | superseded} for the releases published by ``as_of``."""
    return dict(_timeline(releases, as_of)[2])


def previous(releases: Sequence[Release], release: Release) -> Release | None:
    """The release published just before ``release`` (what its redline compares against)."""
    earlier = [r for r in releases if r.sequence < release.sequence]
    return max(earlier, key=lambda r: r.sequence) if earlier else None


def validate_new(existing: Sequence[Release], document: str, release_id: str, kind: str, published: date,
                 effective: date, summary: dict[str, str], languages: Sequence[str], notice_days: int,
                 imported: bool = False) -> int:
    """Refuse a release that must not be published; ``existing`` are the document's releases.

    Dates are ``date`` objects; ``summary`` is {language: text}. An imported (historical) version
    is recorded as it was, so the notice period is not applied to it.
    """
    validate_id(release_id)
    if kind not in KINDS:
        raise ReleaseError(f"kind \u201c{kind}\u201d is not one of: material (users must be told before "
                           "it takes effect and may have to consent again), editorial.", code="R007")
    if any(r.id == release_id for r in existing):
        raise ReleaseError(f"{document} already has a release \u201c{release_id}\u201d; a published version "
                           "never changes: choose a new id.", code="R006")
    if effective < published:
        raise ReleaseError(f"the effective date {effective.isoformat()} precedes the publication date "
                           f"{published.isoformat()}; a version cannot take effect before it is published.",
                           code="R003")
    if kind == "material" and not imported and (effective - published).days < notice_days:
        earliest = published + timedelta(days=notice_days)
        raise ReleaseError(
            f"a material release must be published at least {notice_days} days before it takes effect "
            f"(material_notice_days in policy.toml); published {published.isoformat()}, it can take effect "
            f"on {earliest.isoformat()} at the earliest, not {effective.isoformat()}.", code="R004")
    missing = [lang for lang in languages if not (summary.get(lang) or "").strip()]
    if missing:
        raise ReleaseError(
            "a summary is required in every language; missing: " + ", ".join(missing)
            + ". Give it with --summary-LANG TEXT (e.g. --summary-" + missing[0] + " \u2026).", code="R005")
    latest = max(existing, key=lambda r: r.sequence, default=None)
    if latest is not None and published < latest.published:
        raise ReleaseError(
            f"{document} {latest.id} was published on {latest.published.isoformat()}; a new release cannot "
            f"be published earlier ({published.isoformat()}). Import historical versions oldest first.",
            code="R008")
    return latest.sequence + 1 if latest else 1
