"""The release model: what a published version of a document is, and which one is in force.

Pure: no git, no files. ``release_store`` reads and writes these records on disk; the git
adapter cuts them.

A release records, for one document: an id safe in URLs and file names, the publication date,
the effective date (on or after publication), the kind (``material``: users are told before it
takes effect and may have to consent again; ``editorial``: corrections that change no right or
duty), a summary in every language, the exact text of every language as released with its
SHA-256, and the git commit it was cut from.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from .errors import PolicyError

KINDS = ("material", "editorial")
ID_PATTERN = re.compile(r"[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?")

IN_FORCE = "in-force"
UPCOMING = "upcoming"
SUPERSEDED = "superseded"


class ReleaseError(PolicyError):
    code = "R000"


def validate_id(release_id):
    """Refuse ids that are unsafe in a URL, a file name or a git tag."""
    if not isinstance(release_id, str) or not release_id:
        raise ReleaseError("a release needs an id, e.g. 2026-12-01 or v3.", code="R001")
    if not ID_PATTERN.fullmatch(release_id) or ".." in release_id:
        raise ReleaseError(
            f"release id \u201c{release_id}\u201d is not allowed: use 1 to 64 lower-case ASCII letters, "
            "digits, '.', '-' or '_', starting and ending with a letter or digit (no '/', '..', "
            "spaces or non-ASCII characters), e.g. 2026-12-01 or v3.", code="R001")
    return release_id


def parse_date(text, what="date"):
    """A calendar date written YYYY-MM-DD."""
    if isinstance(text, date):
        return text
    if not isinstance(text, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ReleaseError(f"{what} \u201c{text}\u201d is not a date written YYYY-MM-DD, e.g. 2026-12-01.",
                           code="R002")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ReleaseError(f"{what} \u201c{text}\u201d is not a real calendar date.", code="R002") from None


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

    @property
    def tag(self):
        return f"policy/{self.document}/{self.id}"

    def status(self, as_of, releases):
        """in-force, upcoming or superseded on ``as_of`` among ``releases`` of the same document."""
        return statuses(releases, as_of).get(self.id)


def visible(releases, as_of):
    """Releases already published on ``as_of``, oldest first."""
    return sorted((r for r in releases if r.published <= as_of), key=lambda r: r.sequence)


def in_force(releases, as_of):
    """The release in force on ``as_of``: the latest one whose effective date has come."""
    current = None
    for r in visible(releases, as_of):
        if r.effective <= as_of and (current is None or (r.effective, r.sequence) >= (current.effective, current.sequence)):
            current = r
    return current


def upcoming(releases, as_of):
    """Published releases not yet in force on ``as_of``, soonest first."""
    return sorted((r for r in visible(releases, as_of) if r.effective > as_of),
                  key=lambda r: (r.effective, r.sequence))


def statuses(releases, as_of):
    """{release id: in-force | upcoming | superseded} for the releases published by ``as_of``."""
    current = in_force(releases, as_of)
    out = {}
    for r in visible(releases, as_of):
        if current is not None and r.id == current.id:
            out[r.id] = IN_FORCE
        elif r.effective > as_of:
            out[r.id] = UPCOMING
        else:
            out[r.id] = SUPERSEDED
    return out


def previous(releases, release):
    """The release published just before ``release`` (what its redline compares against)."""
    earlier = [r for r in releases if r.sequence < release.sequence]
    return max(earlier, key=lambda r: r.sequence) if earlier else None
