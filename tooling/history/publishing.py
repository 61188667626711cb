"""Cutting a release (``policy release``) and recording a historical one (``policy import-release``).

The use case between the pure model (``releases``, ``changelog``, ``freshness``), the on-disk
layout (``release_store``) and git (``gitstore``): validate, refuse with a reason, or build the
record, the released texts and the CHANGELOG entry and commit them in one atomic step.
"""

from __future__ import annotations

import os

from ..errors import UsageError
from ..findings import ERROR
from ..project import display_path, document_path
from ..model.records import ReleaseError

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (no import cost at run time)
    from collections.abc import Callable, Iterable

    from ..config import Config
    from ..model.releases import Release


CHANGELOG = "CHANGELOG.md"
_CHANGELOG_HEAD = "# Changelog / 变更记录\n"


def language_order(config: Config) -> list[str]:
    return [config.authoritative] + config.translations


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


def cut(config: Config, document: str, release_id: str, kind: str, published: str, effective: str,
        summary: dict[str, str], source_dir: str | None = None, out: Callable[[str], object] = print) -> Release:
    """Release ``document`` from docs/ (``source_dir`` None) or import it from ``source_dir``.

    Returns the Release. Raises ReleaseError (nothing written) when the release is refused.
    """
    from ..model.releases import parse_date, validate_id
    from .gitstore import GitStore

    imported = source_dir is not None
    validate_id(release_id)
    published_d = parse_date(published, "the publication date (--published)")
    effective_d = parse_date(effective, "the effective date (--effective)")
    store = GitStore(config.root)
    from .repolock import repository_lock

    # Everything from here on (the next sequence number, whether the id is free, the parent commit)
    # is decided and written under the repository lock: two releases never interleave.
    command = "policy import-release" if imported else "policy release"
    with repository_lock(store.top, f"{command} {document} --id {release_id}"):
        return _cut(config, store, document, release_id, kind, published_d, effective_d, summary, source_dir,
                    out)


def _cut(config, store, document, release_id, kind, published_d, effective_d, summary, source_dir, out):
    from . import changelog, release_store
    from ..checks.check import run_check
    from .gitstore import recover
    from ..model.releases import Release, tag_name, validate_new

    imported = source_dir is not None
    store.check_ready()
    recover(store)
    existing = release_store.load_releases(config, document).get(document, [])
    sequence = validate_new(existing, document, release_id, kind, published_d, effective_d, summary,
                            language_order(config), config.material_notice_days, imported=imported)
    tag = tag_name(document, release_id)
    if store.ref(f"refs/tags/{tag}"):
        raise ReleaseError(f"the git tag {tag} exists already; a release id is used once: choose a new id.",
                           code="R006")

    docs_dir = source_dir or config.docs_dir
    paths = {lang: document_path(docs_dir, lang, document) for lang in language_order(config)}
    missing = [display_path(p) for p in paths.values() if not os.path.isfile(p)]
    if missing:
        raise ReleaseError(f"no document \u201c{document}\u201d to release: {', '.join(missing)} not found.",
                           code="R009")

    from ..checks.freshness import pins_dir

    guarded = [config.releases_dir, os.path.join(config.root, CHANGELOG), config.path]
    if not imported:
        guarded += [config.docs_dir, pins_dir(config)]
    dirty = store.changed_paths([store.rel(p) for p in guarded])
    if dirty:
        raise ReleaseError(
            "uncommitted changes; a release is cut from committed files only. Commit or discard them first:\n  "
            + "\n  ".join(dirty), code="R031")

    result = run_check(config, source_dir)
    findings = result.findings
    if imported:  # only the findings of the imported texts belong to the record
        own = {os.path.abspath(p) for p in paths.values()}
        findings = [f for f in findings if os.path.abspath(f.file) in own]
    if result.bad_input:
        raise ReleaseError("the texts cannot be read as policy documents:\n  "
                           + "\n  ".join(str(f) for f in findings if f.severity == ERROR), code="R030")
    head = store.head()
    if not imported:
        errors = [f for f in findings if f.severity == ERROR]
        if errors:
            raise ReleaseError(f"`policy check` has {len(errors)} error{'s' if len(errors) != 1 else ''}; fix "
                               "them before releasing:\n  " + "\n  ".join(map(str, errors)), code="R030")
        never = [f for f in findings if f.code == "S003"]
        if never:
            raise ReleaseError("the translation has never been confirmed, so it may lag behind the authoritative "
                               "text:\n  " + "\n  ".join(map(str, never)), code="R032")
        # of this document only: another document's draft may still be waiting for the legal team
        own = {os.path.abspath(p) for p in paths.values()}
        unfilled = [f for f in findings if f.code == "T004" and os.path.abspath(f.file) in own]
        if unfilled:
            raise ReleaseError("the text still holds a placeholder left for the legal team; a published text "
                               "must be final. Fill it in (and confirm the translation with `policy sync`) "
                               "first:\n  " + "\n  ".join(map(str, unfilled)), code="R033")
        texts = {lang: store.blob(head, store.rel(p)) for lang, p in paths.items()}
    else:
        texts = {}
        for lang, p in paths.items():
            with open(p, "rb") as fh:
                texts[lang] = fh.read()

    previous_id, previous_sha256 = release_store.chain_link(config, store, head, document, existing)
    folder = os.path.relpath(release_store.release_dir(config, document, release_id), config.root)
    recorded = []
    if imported:
        where = {os.path.abspath(p): f"{folder}/{lang}.md".replace(os.sep, "/") for lang, p in paths.items()}
        for f in findings:
            recorded.append({"file": where[os.path.abspath(f.file)], "line": f.line, "column": f.column,
                             "code": f.code, "message": f.message, "severity": f.severity})
    release = Release(
        document=document, id=release_id, sequence=sequence, kind=kind, published=published_d,
        effective=effective_d, summary={lang: summary[lang].strip() for lang in language_order(config)},
        texts={lang: release_store.released_text(lang, data) for lang, data in texts.items()},
        commit=head, imported=imported, recorded_findings=tuple(recorded),
        title={lang: config.title(document, lang) for lang in language_order(config)},
        previous_id=previous_id, previous_sha256=previous_sha256)

    files = {store.rel(os.path.join(config.root, p)): data
             for p, data in release_store.release_files(config, release, texts).items()}
    log_path = store.rel(os.path.join(config.root, CHANGELOG))
    old_log = store.blob(head, log_path)
    old_text = old_log.decode("utf-8") if old_log is not None else _CHANGELOG_HEAD
    files[log_path] = changelog.insert(old_text, release, language_order(config)).encode("utf-8")

    verb = "Import historical release" if imported else "Release"
    lines = [f"{verb} {document} {release_id} ({kind})", "",
             f"Published {release.published.isoformat()}, effective {release.effective.isoformat()}."]
    for lang in language_order(config):
        lines += ["", f"[{lang}] {release.summary[lang]}"]
    message = "\n".join(lines) + "\n"
    commit = store.commit_release(files, message, tag, message)
    out(f"{'Imported' if imported else 'Released'} {document} {release_id} ({kind}): published "
        f"{release.published.isoformat()}, effective {release.effective.isoformat()}; commit {commit[:12]}, "
        f"tag {tag}.")
    for lang in language_order(config):
        out(f"  {lang}: {folder}/{lang}.md  sha256 {release.texts[lang].sha256}")
    if recorded:
        out(f"  {len(recorded)} finding{'s' if len(recorded) != 1 else ''} of the text as published recorded "
            f"(not blocking): see {folder}/release.json.")
    return release
