"""``policy verify``: what the hashes, the commits, the tags and the history of the releases say,
computed here as values (``verify_history``, ``verify_site``); the command prints them.

For each release: every text's SHA-256 equals its record; a release cut from docs/ (not
imported) holds exactly docs/<language>/<document>.md of the commit it records; its tag, when
present, points at a commit holding the same record. Then, without tags (``chain``): every file
of every release folder is as the commit that added it wrote it (git history and the work tree),
the records form an unbroken hash chain, and every tag has its record.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (no import cost at run time)
    from ..config import Config
    from ..errors import PolicyError
    from ..model.releases import Release
    from .gitstore import GitStore


@dataclass(frozen=True)
class ReleaseCheck:
    """What was checked of one release: the problems found (one line each) and what held."""
    document: str
    release: Release
    problems: tuple          # "path: error CODE: message" lines
    notes: tuple             # what was verified ("en sha256 … ok", "= docs at …", "tag … ok")
    texts: int               # how many texts were hashed
    commit_present: bool     # the commit the release records is in this clone

    @property
    def line(self) -> str:
        return f"{self.document} {self.release.id}: " + "; ".join(self.notes)


@dataclass(frozen=True)
class Verification:
    """The result of ``policy verify``."""
    releases: tuple                       # ReleaseCheck, by document then sequence
    history: tuple = ()                   # chain.Problem: the history, the hash chain and the tags
    missing_commit: PolicyError | None = None  # a clone lacking a recorded commit (history unchecked)
    total: int = 0                        # releases
    checked: int = 0                      # texts hashed

    @property
    def problems(self) -> int:
        return sum(len(r.problems) for r in self.releases) + len(self.history)


@dataclass(frozen=True)
class SiteVerification:
    """The result of ``policy verify --site``."""
    differences: tuple = field(default_factory=tuple)  # chain.Problem
    total: int = 0


def _check_release(config, store, name, r, present, tags, at):
    from ..model.records import RECORD
    from ..model.sections import sha256
    from ..project import display_path, document_path
    from .release_store import release_dir

    folder = release_dir(config, name, r.id)
    shown = display_path(folder)
    problems, notes = [], []
    for lang, t in sorted(r.texts.items()):
        actual = sha256(t.text.encode("utf-8")).hexdigest()
        if actual != t.sha256:
            problems.append(f"{shown}/{lang}.md: error R020: SHA-256 {actual} differs from the recorded "
                            f"{t.sha256}; this published text has been changed. Restore it from git.")
        else:
            notes.append(f"{lang} sha256 {actual[:12]}… ok")
    if r.commit not in present:
        return ReleaseCheck(name, r, tuple(problems), tuple(notes), len(r.texts), False)
    if not r.imported:
        for lang, t in sorted(r.texts.items()):
            source = store.rel(document_path(config.docs_dir, lang, name))
            if at[(r.commit, source)] != t.text.encode("utf-8"):
                problems.append(f"{shown}/{lang}.md: error R021: differs from {source} at commit {r.commit[:12]}, "
                                "the commit the release records it was cut from.")
        notes.append(f"= docs at {r.commit[:12]}")
    else:
        notes.append(f"imported at {r.commit[:12]}")
    tag_commit = tags.get(r.tag)
    if tag_commit:
        record = store.rel(os.path.join(folder, RECORD))
        with open(os.path.join(folder, RECORD), "rb") as fh:
            if at[(tag_commit, record)] != fh.read():
                problems.append(f"{shown}/{RECORD}: error R022: differs from the record in the tag {r.tag}.")
        notes.append(f"tag {r.tag} ok")
    return ReleaseCheck(name, r, tuple(problems), tuple(notes), len(r.texts), True)


def verify_history(config: Config, store: GitStore, document: str | None = None) -> Verification:
    """Verify every release of ``document`` (or of every document) against its record, git and
    the hash chain. A release whose commit this clone lacks stops the check of the history
    (``missing_commit``: the error telling what to fetch)."""
    from . import chain
    from ..model.records import RECORD
    from ..model.releases import TAG_PREFIX
    from ..project import document_path
    from .release_store import load_releases, release_dir

    history = load_releases(config, document)
    present = store.existing_commits(r.commit for releases in history.values() for r in releases)
    tags = store.tags(f"refs/tags/{TAG_PREFIX}")
    wanted = []
    for name, releases in history.items():
        for r in releases:
            if r.commit in present and not r.imported:
                wanted += [(r.commit, store.rel(document_path(config.docs_dir, lang, name))) for lang in r.texts]
            if r.tag in tags:
                wanted.append((tags[r.tag], store.rel(os.path.join(release_dir(config, name, r.id), RECORD))))
    at = store.blobs(wanted)
    checks = tuple(_check_release(config, store, name, r, present, tags, at)
                   for name, releases in sorted(history.items()) for r in releases)
    total = sum(len(v) for v in history.values())
    checked = sum(c.texts for c in checks)
    lacking = [c for c in checks if not c.commit_present]
    if lacking:
        more = f" (and {len(lacking) - 1} more releases)" if len(lacking) > 1 else ""
        first = lacking[0]
        error = store.missing_commit_error(first.release.commit, f"release {first.document} {first.release.id}{more}")
        return Verification(checks, missing_commit=error, total=total, checked=checked)
    audit, added_by = chain.audit_history(config, store, document)
    found = (audit + chain.chain_findings(config, history)
             + chain.tag_findings(config, tags, history, added_by, store, document))
    return Verification(checks, tuple(found), total=total, checked=checked)


def verify_site(config: Config, site: str, document: str | None = None) -> SiteVerification:
    """Compare a built or downloaded site (its history.json and version pages) with the records."""
    from . import chain
    from .release_store import load_releases

    history = load_releases(config, document)
    return SiteVerification(tuple(chain.site_findings(config, site, history, document)),
                            sum(len(v) for v in history.values()))
