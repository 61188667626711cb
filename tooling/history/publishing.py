"""Cutting a release (``policy release``) and recording a historical one (``policy import-release``).

The use case between the pure model (``releases``, ``changelog``, ``freshness``), the on-disk
layout (``release_store``) and git (``gitstore``), in three steps: ``read_state`` reads what the
repository holds (under the repository lock), ``plan_release`` (pure: values in, a ReleasePlan or
a refusal with its reason out) builds the record, the released texts and the CHANGELOG entry, and
``commit_plan`` commits and tags them in one atomic step.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from ..errors import UsageError
from ..findings import ERROR
from ..project import display_path, document_path
from ..model.records import ReleaseError

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (no import cost at run time)
    from collections.abc import Callable, Iterable

    from ..config import Config
    from ..findings import Finding
    from ..model.releases import Release
    from .gitstore import GitStore


CHANGELOG = "CHANGELOG.md"
_CHANGELOG_HEAD = "# Changelog / 变更记录\n"


def parse_summaries(config: Config, pairs: Iterable[str] | None, by_language: dict[str, str | None]) -> dict[str, str]:
    """{language: summary} from ``--summary LANG=TEXT`` pairs and ``--summary-zh``-style options."""
    summary = {lang: text for lang, text in by_language.items() if text is not None}
    for pair in pairs or ():
        lang, sep, text = pair.partition("=")
        if not sep or lang not in config.languages:
            raise UsageError(f"--summary {pair!r}: write LANG=TEXT with LANG one of {', '.join(config.languages)}.")
        summary[lang] = text
    unknown = sorted(set(summary) - set(config.languages))
    if unknown:
        raise UsageError(f"summary given for {', '.join(unknown)}, which policy.toml does not list as a language.")
    return summary


@dataclass(frozen=True)
class ReleaseRequest:
    """What the user asked for: ``policy release`` (from docs/) or ``policy import-release``."""
    document: str
    release_id: str
    kind: str
    published: date
    effective: date
    summary: dict          # {language: text}
    source_dir: str | None = None  # the folder of a historical version imported (None: docs/)

    @property
    def imported(self) -> bool:
        return self.source_dir is not None


@dataclass(frozen=True)
class RepositoryState:
    """What planning a release needs to know of the repository, read under the repository lock."""
    existing: tuple              # the document's releases (Release), as recorded
    tag_exists: bool             # the release's git tag exists already
    missing: tuple               # the document's texts that do not exist (paths as shown)
    dirty: tuple                 # uncommitted changes under the guarded paths ("XY path")
    bad_input: bool              # `policy check` could not read the texts
    findings: tuple              # `policy check`'s findings (empty when texts are missing)
    head: str                    # the commit the release is cut from
    texts: dict                  # {language: bytes or None} the texts to release
    previous_record: bytes | None  # the latest existing record as committed at ``head``
    changelog: bytes | None      # CHANGELOG.md at ``head``


@dataclass(frozen=True)
class ReleasePlan:
    """A release ready to commit: its record, its files and the words that go with it."""
    release: Release
    tag: str
    files: dict                  # {path relative to the project root: bytes}
    message: str                 # the commit and tag message
    folder: str                  # the release folder, relative to the project root
    recorded: tuple              # findings recorded in an imported release's record

    @property
    def imported(self) -> bool:
        return self.release.imported


def text_paths(config: Config, request: ReleaseRequest) -> dict[str, str]:
    """{language: path} of the texts ``request`` releases."""
    docs_dir = request.source_dir or config.docs_dir
    return {lang: document_path(docs_dir, lang, request.document) for lang in config.ordered_languages}


def _report(findings: Iterable[Finding]) -> str:
    return "\n  ".join(map(str, findings))


def plan_release(config: Config, request: ReleaseRequest, state: RepositoryState) -> ReleasePlan:
    """The release ``request`` makes of the repository ``state``: pure (no git, no file read or
    written), so every refusal is decided from values. Raises ReleaseError when it is refused."""
    from . import changelog, release_store
    from ..model.releases import Release, tag_name, validate_new

    document, release_id, imported = request.document, request.release_id, request.imported
    languages = config.ordered_languages
    sequence = validate_new(state.existing, document, release_id, request.kind, request.published,
                            request.effective, request.summary, languages, config.material_notice_days,
                            imported=imported)
    tag = tag_name(document, release_id)
    if state.tag_exists:
        raise ReleaseError(f"the git tag {tag} exists already; a release id is used once: choose a new id.",
                           code="R006")
    if state.missing:
        raise ReleaseError(f"no document \u201c{document}\u201d to release: {', '.join(state.missing)} not found.",
                           code="R009")
    if state.dirty:
        raise ReleaseError(
            "uncommitted changes; a release is cut from committed files only. Commit or discard them first:\n  "
            + "\n  ".join(state.dirty), code="R031")

    paths = text_paths(config, request)
    own = {os.path.abspath(p) for p in paths.values()}
    findings = list(state.findings)
    if imported:  # only the findings of the imported texts belong to the record
        findings = [f for f in findings if os.path.abspath(f.file) in own]
    if state.bad_input:
        raise ReleaseError("the texts cannot be read as policy documents:\n  "
                           + _report(f for f in findings if f.severity == ERROR), code="R030")
    if not imported:
        errors = [f for f in findings if f.severity == ERROR]
        if errors:
            raise ReleaseError(f"`policy check` has {len(errors)} error{'s' if len(errors) != 1 else ''}; fix "
                               "them before releasing:\n  " + _report(errors), code="R030")
        never = [f for f in findings if f.code == "S003"]
        if never:
            raise ReleaseError("the translation has never been confirmed, so it may lag behind the authoritative "
                               "text:\n  " + _report(never), code="R032")
        # of this document only: another document's draft may still be waiting for the legal team
        unfilled = [f for f in findings if f.code == "T004" and os.path.abspath(f.file) in own]
        if unfilled:
            raise ReleaseError("the text still holds a placeholder left for the legal team; a published text "
                               "must be final. Fill it in (and confirm the translation with `policy sync`) "
                               "first:\n  " + _report(unfilled), code="R033")

    previous_id, previous_sha256 = release_store.link_to(config, document, state.existing, state.previous_record)
    folder = os.path.relpath(release_store.release_dir(config, document, release_id), config.root)
    recorded = []
    if imported:
        where = {os.path.abspath(p): f"{folder}/{lang}.md".replace(os.sep, "/") for lang, p in paths.items()}
        for f in findings:
            recorded.append({"file": where[os.path.abspath(f.file)], "line": f.line, "column": f.column,
                             "code": f.code, "message": f.message, "severity": f.severity})
    texts = {lang: state.texts[lang] for lang in paths}
    release = Release(
        document=document, id=release_id, sequence=sequence, kind=request.kind, published=request.published,
        effective=request.effective, summary={lang: request.summary[lang].strip() for lang in languages},
        texts={lang: release_store.released_text(lang, data) for lang, data in texts.items()},
        commit=state.head, imported=imported, recorded_findings=tuple(recorded),
        title={lang: config.title(document, lang) for lang in languages},
        previous_id=previous_id, previous_sha256=previous_sha256)

    files = dict(release_store.release_files(config, release, texts))
    old_text = state.changelog.decode("utf-8") if state.changelog is not None else _CHANGELOG_HEAD
    files[CHANGELOG] = changelog.insert(old_text, release, languages).encode("utf-8")

    verb = "Import historical release" if imported else "Release"
    lines = [f"{verb} {document} {release_id} ({request.kind})", "",
             f"Published {release.published.isoformat()}, effective {release.effective.isoformat()}."]
    for lang in languages:
        lines += ["", f"[{lang}] {release.summary[lang]}"]
    return ReleasePlan(release=release, tag=tag, files=files, message="\n".join(lines) + "\n", folder=folder,
                       recorded=tuple(recorded))


def cut(config: Config, document: str, release_id: str, kind: str, published: str, effective: str,
        summary: dict[str, str], source_dir: str | None = None, out: Callable[[str], object] = print) -> Release:
    """Release ``document`` from docs/ (``source_dir`` None) or import it from ``source_dir``.

    Returns the Release. Raises ReleaseError (nothing written) when the release is refused.
    """
    from ..model.releases import parse_date, validate_id
    from .gitstore import GitStore
    from .repolock import repository_lock

    validate_id(release_id)
    request = ReleaseRequest(document, release_id, kind, parse_date(published, "the publication date (--published)"),
                             parse_date(effective, "the effective date (--effective)"), summary, source_dir)
    store = GitStore(config.root)
    # Everything from here on (the next sequence number, whether the id is free, the parent commit)
    # is decided and written under the repository lock: two releases never interleave.
    command = "policy import-release" if request.imported else "policy release"
    with repository_lock(store.top, f"{command} {document} --id {release_id}"):
        plan = plan_release(config, request, read_state(config, store, request))
        return commit_plan(config, store, plan, out)


def read_state(config: Config, store: GitStore, request: ReleaseRequest) -> RepositoryState:
    """What ``plan_release`` needs of the repository (call it under the repository lock)."""
    from . import release_store
    from ..checks.check import run_check
    from ..checks.freshness import pins_dir
    from ..model.releases import tag_name
    from .gitstore import recover

    store.check_ready()
    recover(store)
    document = request.document
    existing = tuple(release_store.load_releases(config, document).get(document, []))
    paths = text_paths(config, request)
    missing = tuple(display_path(p) for p in paths.values() if not os.path.isfile(p))
    guarded = [config.releases_dir, os.path.join(config.root, CHANGELOG), config.path]
    if not request.imported:
        guarded += [config.docs_dir, pins_dir(config)]
    dirty = tuple(store.changed_paths([store.rel(p) for p in guarded]))
    head = store.head()
    bad_input, findings = False, ()
    texts: dict[str, bytes | None] = dict.fromkeys(paths)
    if not missing:  # a text that does not exist is refused before it is checked or read
        result = run_check(config, request.source_dir)
        bad_input, findings = result.bad_input, tuple(result.findings)
        for lang, p in paths.items():
            if request.imported:
                with open(p, "rb") as fh:
                    texts[lang] = fh.read()
            elif head is not None:
                texts[lang] = store.blob(head, store.rel(p))
    def committed(path):  # the bytes of ``path`` at HEAD (None before the first commit)
        return store.blob(head, store.rel(path)) if head is not None else None

    latest = max(existing, key=lambda r: r.sequence, default=None)
    return RepositoryState(
        existing=existing, tag_exists=bool(store.ref(f"refs/tags/{tag_name(document, request.release_id)}")),
        missing=missing, dirty=dirty, bad_input=bad_input, findings=findings, head=head, texts=texts,
        previous_record=committed(release_store.record_path(config, document, latest.id)) if latest else None,
        changelog=committed(os.path.join(config.root, CHANGELOG)))


def commit_plan(config: Config, store: GitStore, plan: ReleasePlan, out: Callable[[str], object] = print) -> Release:
    """Commit and tag ``plan`` atomically (``GitStore.commit_release``) and say what was done."""
    release = plan.release
    files = {store.rel(os.path.join(config.root, p)): data for p, data in plan.files.items()}
    commit = store.commit_release(files, plan.message, plan.tag, plan.message)
    out(f"{'Imported' if plan.imported else 'Released'} {release.document} {release.id} ({release.kind}): published "
        f"{release.published.isoformat()}, effective {release.effective.isoformat()}; commit {commit[:12]}, "
        f"tag {plan.tag}.")
    for lang in config.ordered_languages:
        out(f"  {lang}: {plan.folder}/{lang}.md  sha256 {release.texts[lang].sha256}")
    if plan.recorded:
        n = len(plan.recorded)
        out(f"  {n} finding{'s' if n != 1 else ''} of the text as published recorded "
            f"(not blocking): see {plan.folder}/release.json.")
    return release
