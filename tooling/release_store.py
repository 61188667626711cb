"""The release history on disk, kept on the main branch itself.

Layout (one folder per release, never changed once committed)::

    releases/<document>/<release-id>/release.json   the record
    releases/<document>/<release-id>/<language>.md  the exact text of each language as released

``release.json``::

    {"format": 1, "document": "privacy", "id": "2026-12-01", "sequence": 2,
     "kind": "editorial", "published": "2026-11-25", "effective": "2026-12-01",
     "summary": {"zh": "…", "en": "…"}, "title": {"zh": "隐私声明", "en": "Privacy Statement"},
     "texts": {"zh": {"file": "zh.md", "sha256": "…"}, "en": {"file": "en.md", "sha256": "…"}},
     "commit": "<40 hex digits>", "imported": false, "recorded_findings": []}

A fresh clone of main therefore holds everything needed to rebuild every published version;
git tags are a convenience on top.
"""

import json
import os

from .releases import KINDS, Release, ReleasedText, ReleaseError, parse_date, validate_id

FORMAT = 1
RECORD = "release.json"


def release_dir(config, document, release_id):
    return os.path.join(config.releases_dir, *document.split("/"), release_id)


def record_json(release):
    """The text of ``release.json`` for ``release`` (stable: sorted keys, LF, final newline)."""
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
        "recorded_findings": list(release.recorded_findings),
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _fail(path, message, code="R010"):
    raise ReleaseError(f"corrupted release record: {message}", path, code=code)


def read_release(path):
    """Read one ``release.json`` (and its texts). Errors name the file and what is wrong."""
    folder = os.path.dirname(path)
    try:
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
    except FileNotFoundError:
        _fail(path, "the file is missing")
    except UnicodeDecodeError:
        _fail(path, "the file is not UTF-8")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ReleaseError(f"corrupted release record: not valid JSON ({exc.msg}). Restore it from git "
                           f"with `git checkout -- {path}`.", path, exc.lineno, exc.colno, code="R010") from None
    if not isinstance(data, dict):
        _fail(path, "expected a JSON object")
    for key in ("document", "id", "sequence", "kind", "published", "effective", "summary", "texts", "commit"):
        if key not in data:
            _fail(path, f"the field \u201c{key}\u201d is missing")
    try:
        validate_id(data["id"])
        published = parse_date(data["published"], "published")
        effective = parse_date(data["effective"], "effective")
    except ReleaseError as exc:
        _fail(path, exc.message)
    if data["id"] != os.path.basename(folder):
        _fail(path, f"its id \u201c{data['id']}\u201d does not match its folder \u201c{os.path.basename(folder)}\u201d")
    if data["kind"] not in KINDS:
        _fail(path, f"kind \u201c{data['kind']}\u201d is neither material nor editorial")
    if not isinstance(data["sequence"], int) or data["sequence"] < 1:
        _fail(path, "sequence must be a whole number from 1")
    if not isinstance(data["summary"], dict) or not isinstance(data["texts"], dict) or not data["texts"]:
        _fail(path, "summary and texts must be objects keyed by language")
    texts = {}
    for lang, meta in sorted(data["texts"].items()):
        if not isinstance(meta, dict) or "sha256" not in meta or "file" not in meta:
            _fail(path, f"texts.{lang} needs a file and a sha256")
        name = meta["file"]
        if os.path.basename(name) != name or name.startswith("."):
            _fail(path, f"texts.{lang}.file \u201c{name}\u201d must be a plain file name in the release folder")
        text_path = os.path.join(folder, name)
        try:
            with open(text_path, "rb") as fh:
                text = fh.read().decode("utf-8")
        except FileNotFoundError:
            _fail(path, f"the released {lang} text {text_path} is missing; restore it from git")
        except UnicodeDecodeError:
            _fail(path, f"the released {lang} text {text_path} is not UTF-8")
        texts[lang] = ReleasedText(lang, text, meta["sha256"])
    return Release(
        document=data["document"], id=data["id"], sequence=data["sequence"], kind=data["kind"],
        published=published, effective=effective, summary=dict(data["summary"]), texts=texts,
        commit=data["commit"], imported=bool(data.get("imported", False)),
        recorded_findings=tuple(data.get("recorded_findings", ())), title=dict(data.get("title", {})))


def load_releases(config, document=None):
    """{document: [Release, … oldest first]} for every document (or just ``document``)."""
    base = config.releases_dir
    out = {}
    if not os.path.isdir(base):
        return out
    for folder, dirs, files in os.walk(base):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        if RECORD not in files:
            continue
        release = read_release(os.path.join(folder, RECORD))
        doc_folder = os.path.relpath(os.path.dirname(folder), base).replace(os.sep, "/")
        if release.document != doc_folder:
            _fail(os.path.join(folder, RECORD),
                  f"its document \u201c{release.document}\u201d does not match its folder \u201c{doc_folder}\u201d")
        if document is None or release.document == document:
            out.setdefault(release.document, []).append(release)
    for name, releases in out.items():
        releases.sort(key=lambda r: r.sequence)
        seen = {}
        for r in releases:
            if r.sequence in seen:
                _fail(os.path.join(release_dir(config, name, r.id), RECORD),
                      f"sequence {r.sequence} is also used by release \u201c{seen[r.sequence]}\u201d")
            seen[r.sequence] = r.id
    return out
