"""The release history on disk, kept on the main branch itself.

Layout (one folder per release, never changed once committed)::

    releases/<document>/<release-id>/release.json   the record
    releases/<document>/<release-id>/<language>.md  the exact text of each language as released

``release.json``::

    {"format": 2, "document": "privacy", "id": "2026-12-01", "sequence": 2,
     "kind": "editorial", "published": "2026-11-25", "effective": "2026-12-01",
     "summary": {"zh": "…", "en": "…"}, "title": {"zh": "隐私声明", "en": "Privacy Statement"},
     "texts": {"zh": {"file": "zh.md", "sha256": "…"}, "en": {"file": "en.md", "sha256": "…"}},
     "commit": "<40 hex digits>", "imported": false, "recorded_findings": [],
     "previous": {"id": "2025-06-01", "record_sha256": "<64 hex digits>"}}

``previous`` is the hash chain: the SHA-256 of the bytes of the previous record of the same
document, as committed (``null`` for the first release). Rewriting any past record breaks every
later link; ``policy verify`` checks the links and, in git history, that no record or released
text changed after the commit that added it (see ``chain``). Format-1 records (written before
the chain existed) are given their link once by ``policy chain-records``.

``recorded_findings`` (imported historical versions only) lists the lint findings of the text
as it was published, each ``{"file", "line", "column", "code", "message", "severity"}`` with
``file`` the released copy (``releases/<document>/<id>/<language>.md``).

Each release is one commit on the main branch (message ``Release <document> <id>``), tagged
``policy/<document>/<id>`` (annotated). A fresh clone of main therefore holds everything needed to
rebuild every published version; git tags are a convenience on top. ``CHANGELOG.md`` gets a
bilingual entry in the same commit.

Translation pins (see ``freshness``) live beside, in ``translations/<language>/<document>.json``.
"""

from __future__ import annotations

import os

from ..model import records
from ..model.records import RECORD, ReleaseError
from ..model.releases import KINDS, Release, ReleasedText, parse_date, validate_id  # noqa: F401

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (no import cost at run time)
    from ..config import Config


FORMAT = 2


def release_dir(config: Config, document: str, release_id: str) -> str:
    return os.path.join(config.releases_dir, *document.split("/"), release_id)


def record_json(release: Release) -> str:
    """The text of ``release.json`` for ``release`` (stable: sorted keys, LF, final newline)."""
    import json

    data = {
        "format": FORMAT,
        "document": release.document,
        "id": release.id,
        "sequence": release.sequence,
        "kind": release.kind,
        "published": release.published.isoformat(),
        "effective": release.effective.isoformat(),
        "summary": dict(release.summary),
        "title": dict(release.title),
        "texts": {lang: {"file": f"{lang}.md", "sha256": t.sha256} for lang, t in sorted(release.texts.items())},
        "commit": release.commit,
        "imported": release.imported,
        "recorded_findings": [dict(f) for f in release.recorded_findings],
        "previous": ({"id": release.previous_id, "record_sha256": release.previous_sha256}
                     if release.previous_sha256 else None),
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def record_path(config, document, release_id):
    """The ``release.json`` of a release."""
    return os.path.join(release_dir(config, document, release_id), RECORD)


def link_to(config, document, existing, committed_record):
    """(id, SHA-256 of its record as committed) of the latest of ``existing``, the previous
    release a new record of ``document`` links to; (None, None) for the first release.
    ``committed_record``: the bytes of that record in the commit the release is cut from
    (None when it is not committed)."""
    from ..model.sections import sha256

    latest = max(existing, key=lambda r: r.sequence, default=None)
    if latest is None:
        return None, None
    path = record_path(config, document, latest.id)
    if not latest.chained:
        raise ReleaseError(f"the release records of {document} were written before the hash chain existed; "
                           "run `policy chain-records` once (it commits the migration), then release again.",
                           path, code="H007")
    if committed_record is None:
        raise ReleaseError("this release record is not committed; a release links to the committed record "
                           "of the previous release. Commit it first.", path, code="R031")
    return latest.id, sha256(committed_record).hexdigest()


def release_files(config, release, texts):
    """{path relative to the project root: bytes} of the files that make up ``release``.

    ``texts`` is {language: bytes}: the exact released text of each language.
    """
    folder = os.path.relpath(release_dir(config, release.document, release.id), config.root)
    out = {os.path.join(folder, RECORD): record_json(release).encode("utf-8")}
    for lang, data in sorted(texts.items()):
        out[os.path.join(folder, f"{lang}.md")] = data
    return {path.replace(os.sep, "/"): data for path, data in out.items()}


def released_text(language: str, data: bytes) -> ReleasedText:
    """A ReleasedText for the exact bytes ``data`` (its SHA-256 is over those bytes)."""
    from ..model.sections import sha256

    return ReleasedText(language, data.decode("utf-8"), sha256(data).hexdigest())


def read_release(path: str, document: str | None = None, sequences: dict[int, str] | None = None) -> Release:
    """Read one ``release.json`` (and its texts). Errors name the file and what is wrong. With
    ``document``: the record must stand in that document's folder, and its sequence number must not
    be in ``sequences`` ({sequence: release id} of the records read so far, updated)."""
    from ..model.sections import sha256

    data, record_bytes = records.read_json(path, "corrupted release record", with_bytes=True)
    metas = records.validate_record(path, data)
    if document is not None:
        records.check_place(path, data, document, {} if sequences is None else sequences)
    texts = {}
    for lang, (text_path, digest) in metas.items():
        raw = records.read_text(path, lang, text_path)
        try:
            texts[lang] = ReleasedText(lang, raw.decode("utf-8"), digest)
        except UnicodeDecodeError:
            raise ReleaseError(f"corrupted release record: the released {lang} text {text_path} is not UTF-8",
                               path, code="R010") from None
    findings = data.get("recorded_findings", [])
    return Release(
        document=data["document"], id=data["id"], sequence=data["sequence"], kind=data["kind"],
        published=parse_date(data["published"]), effective=parse_date(data["effective"]),
        summary=dict(data["summary"]), texts=texts, commit=data["commit"],
        imported=bool(data.get("imported", False)), recorded_findings=tuple(findings),
        title=dict(data.get("title", {})), chained=data.get("format", 1) >= 2,
        previous_id=(data.get("previous") or {}).get("id"),
        previous_sha256=(data.get("previous") or {}).get("record_sha256"),
        record_sha256=sha256(record_bytes).hexdigest())


def load_releases(config: Config, document: str | None = None) -> dict[str, list[Release]]:
    """{document: [Release, … oldest first]} for every document (or just ``document``).

    A release that was interrupted part-way is finished or rolled back first.
    """
    from ..project import display_path
    from .gitstore import recover_if_interrupted

    recover_if_interrupted(config)
    out: dict[str, list[Release]] = {}
    sequences: dict[str, dict[int, str]] = {}
    for doc, path in records.record_paths(config.releases_dir):
        if document is not None and doc != document:
            continue
        release = read_release(display_path(path), doc, sequences.setdefault(doc, {}))
        out.setdefault(release.document, []).append(release)
    for releases in out.values():
        releases.sort(key=lambda r: r.sequence)
    return out
