"""Release records and translation pins as files: strict reading and validation, kept light.

``policy check`` runs on every commit (pre-commit) and reads every release record, so this
module imports little: JSON through the built-in scanner (``startup.scan_json``), no
``datetime``, no ``dataclasses``. ``release_store`` builds ``Release`` objects on top of it;
the ``policy check`` integrity check (``check_release_records``) uses it directly.
"""

from __future__ import annotations

import os

from ..errors import PolicyError
from ..findings import Finding
from ..startup import scan_json

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (no import cost at run time)
    from typing import Any, NoReturn

    from ..config import Config


RECORD = "release.json"
REQUIRED = ("document", "id", "sequence", "kind", "published", "effective", "summary", "texts", "commit")
KINDS = ("material", "editorial")
# Checked with string methods, not regular expressions: compiling them costs start-up time.
_HEX = frozenset("0123456789abcdef")
_DIGITS = frozenset("0123456789")


def is_hex(text: object, length: int) -> bool:
    return isinstance(text, str) and len(text) == length and _HEX.issuperset(text)


class ReleaseError(PolicyError):
    code = "R000"


def validate_id(release_id):
    """Refuse ids that are unsafe in a URL, a file name or a git tag (the rule: tooling/names.py)."""
    from ..names import id_problem

    problem = id_problem(release_id)
    if problem is not None:
        raise ReleaseError(problem, code="R001")
    return release_id


def check_date(text: object, what: str = "date") -> str:
    """``text`` if it is a real calendar date written YYYY-MM-DD (checked without datetime)."""
    if not (isinstance(text, str) and len(text) == 10 and text[4] == text[7] == "-"
            and _DIGITS.issuperset(text[:4] + text[5:7] + text[8:])):
        raise ReleaseError(f"{what} \u201c{text}\u201d is not a date written YYYY-MM-DD, e.g. 2026-12-01.",
                           code="R002")
    year, month, day = int(text[:4]), int(text[5:7]), int(text[8:])
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    days = (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    if not (1 <= year and 1 <= month <= 12 and 1 <= day <= days[month - 1]):
        raise ReleaseError(f"{what} \u201c{text}\u201d is not a real calendar date.", code="R002")
    return text


# --- JSON ------------------------------------------------------------------------------------

class JSONError(ValueError):
    """Not valid JSON, at 1-based ``line`` and ``column`` (None when not known)."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.line, self.column = line, column


def _no_constant(name):
    raise ValueError(f"{name} is not allowed")


def parse_json(text: str) -> Any:
    """Decode a JSON document (no NaN or Infinity). Raises JSONError (a ValueError) with a message
    and 1-based ``line``/``column``."""
    value = scan_json(text)  # the fast path (startup.py); None also for the JSON document "null"
    if value is not None:
        return value
    import json

    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise JSONError(exc.msg, exc.lineno, exc.colno) from None
    except ValueError as exc:
        raise JSONError(str(exc)) from None


def read_json(path, what, with_bytes=False):
    """The JSON object in ``path`` (and its bytes, ``with_bytes``); ReleaseError (R010) naming
    the file on any problem."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except FileNotFoundError:
        raise ReleaseError(f"{what}: the file is missing.", path, code="R010") from None
    except OSError as exc:
        raise ReleaseError(f"{what}: cannot be read ({exc.strerror}).", path, code="R010") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ReleaseError(f"{what}: the file is not UTF-8.", path, code="R010") from None
    try:
        data = parse_json(text)
    except ValueError as exc:
        raise ReleaseError(f"{what}: not valid JSON ({exc}). Restore it from git, e.g. "
                           f"`git checkout HEAD -- {path}`.", path, getattr(exc, "line", None),
                           getattr(exc, "column", None), code="R010") from None
    if not isinstance(data, dict):
        raise ReleaseError(f"{what}: expected a JSON object.", path, code="R010")
    return (data, raw) if with_bytes else data


# --- release records ---------------------------------------------------------------------

def _fail(path: str, message: str) -> NoReturn:
    raise ReleaseError(f"corrupted release record: {message}", path, code="R010")


def validate_record(path: str, data: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Check a decoded ``release.json``; returns {language: (text path, sha256)} of its texts."""
    folder = os.path.dirname(path)
    for key in REQUIRED:
        if key not in data:
            _fail(path, f"the field \u201c{key}\u201d is missing")
    try:
        validate_id(data["id"])
        check_date(data["published"], "published")
        check_date(data["effective"], "effective")
    except ReleaseError as exc:
        _fail(path, exc.message)
    if data["effective"] < data["published"]:
        _fail(path, f"effective date {data['effective']} precedes its publication date {data['published']}")
    if data["id"] != os.path.basename(folder):
        _fail(path, f"its id \u201c{data['id']}\u201d does not match its folder \u201c{os.path.basename(folder)}\u201d")
    if data["kind"] not in KINDS:
        _fail(path, f"kind \u201c{data['kind']}\u201d is neither material nor editorial")
    if not isinstance(data["sequence"], int) or isinstance(data["sequence"], bool) or data["sequence"] < 1:
        _fail(path, "sequence must be a whole number from 1")
    if not is_hex(data["commit"], 40):
        _fail(path, "commit must be the 40 hexadecimal digits of a git commit")
    if not isinstance(data["summary"], dict) or not isinstance(data["texts"], dict) or not data["texts"]:
        _fail(path, "summary and texts must be objects keyed by language")
    if data.get("format", 1) not in (1, 2):
        _fail(path, f"format {data.get('format')!r} is not 1 or 2")
    if data.get("format", 1) >= 2:
        if "previous" not in data:
            _fail(path, "the field \u201cprevious\u201d (the hash chain link) is missing")
        prev = data["previous"]
        if prev is not None and not (isinstance(prev, dict) and isinstance(prev.get("id"), str)
                                     and is_hex(prev.get("record_sha256"), 64)):
            _fail(path, "previous must be null (first release) or {\"id\": \u2026, \"record_sha256\": 64 "
                        "hexadecimal digits}")
    _check_texts(path, data)
    findings = data.get("recorded_findings", [])
    if not isinstance(findings, list) or not all(isinstance(f, dict) for f in findings):
        _fail(path, "recorded_findings must be a list of objects")
    texts = {}
    for lang, meta in sorted(data["texts"].items()):
        if not isinstance(meta, dict) or "sha256" not in meta or "file" not in meta:
            _fail(path, f"texts.{lang} needs a file and a sha256")
        name = meta["file"]
        if not isinstance(name, str) or os.path.basename(name) != name or name.startswith("."):
            _fail(path, f"texts.{lang}.file \u201c{name}\u201d must be a plain file name in the release folder")
        if not is_hex(meta["sha256"], 64):
            _fail(path, f"texts.{lang}.sha256 must be 64 hexadecimal digits")
        texts[lang] = (os.path.join(folder, name), meta["sha256"])
    return texts


def check_place(path: str, data: dict[str, Any], document: str, sequences: dict[int, str]) -> None:
    """A valid record ``data`` in the folder of ``document``: it names that document, and no other
    record of it (``sequences``: {sequence: release id} of those seen so far, updated) has its
    sequence number."""
    if data["document"] != document:
        _fail(path, f"its document \u201c{data['document']}\u201d does not match its folder \u201c{document}\u201d")
    other = sequences.setdefault(data["sequence"], data["id"])
    if other != data["id"]:
        _fail(path, f"sequence {data['sequence']} is also used by release \u201c{other}\u201d")


def _check_texts(path, data):
    """Summaries and titles: strings without control characters (E300; see text_rules)."""
    from ..text_rules import TextError, check_text

    for field, multiline in (("summary", True), ("title", False)):
        values = data.get(field, {})
        if not isinstance(values, dict):
            _fail(path, f"{field} must be an object keyed by language")
        for lang, value in sorted(values.items()):
            if not isinstance(value, str):
                _fail(path, f"{field}.{lang} must be a string")
            try:
                check_text(value, f"{field}.{lang}", multiline=multiline)
            except TextError as exc:
                raise ReleaseError(f"release record: {exc.message}", path, _line_of(path, field, lang),
                                   code=exc.code) from None


def _line_of(path, field, lang):
    """The line of ``"lang": …`` inside ``"field": {…}`` of a record (for messages), or None."""
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
    except (OSError, UnicodeDecodeError):
        return None
    inside = False
    for number, line in enumerate(lines, 1):
        if not inside:
            at = line.find(f'"{field}"')
            if at < 0:
                continue
            inside, line = True, line[at + len(field) + 2:]
        if f'"{lang}"' in line:
            return number
    return None


def read_text(record_path, lang, text_path):
    """The bytes of a released text; ReleaseError naming the record if it is missing."""
    try:
        with open(text_path, "rb") as fh:
            return fh.read()
    except FileNotFoundError:
        _fail(record_path, f"the released {lang} text {text_path} is missing; restore it from git")
    except OSError as exc:
        _fail(record_path, f"the released {lang} text {text_path} cannot be read ({exc.strerror})")


def record_paths(releases_dir: str) -> list[tuple[str, str]]:
    """Every ``release.json`` under ``releases_dir`` as (document, path), sorted."""
    out: list[tuple[str, str]] = []
    if not os.path.isdir(releases_dir):
        return out
    for folder, dirs, files in os.walk(releases_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        if RECORD in files:
            doc = os.path.relpath(os.path.dirname(folder), releases_dir).replace(os.sep, "/")
            out.append((doc, os.path.join(folder, RECORD)))
    return out


def check_release_records(config: Config, result: Any, docs_dir: str | None = None) -> list[Finding]:
    """``policy check``: every record readable and every released text equal to its SHA-256
    (the command first finishes a release that was killed: ``gitstore.recover_if_interrupted``)."""
    from ..project import display_path
    from .sections import sha256

    findings = []
    sequences: dict[str, dict[int, str]] = {}
    for doc, path in record_paths(config.releases_dir):
        shown = display_path(path)
        try:
            data = read_json(shown, "corrupted release record")
            texts = validate_record(shown, data)
            check_place(shown, data, doc, sequences.setdefault(doc, {}))
            for lang, (text_path, recorded) in texts.items():
                actual = sha256(read_text(shown, lang, text_path)).hexdigest()
                if actual != recorded:
                    findings.append(Finding(
                        text_path, 1, 1, "R020",
                        f"the released {lang} text of {doc} {data['id']} has changed: its SHA-256 is "
                        f"{actual[:12]}…, but {shown} records {recorded[:12]}…. A published version must "
                        f"never change; restore the file from git (`git log -- {text_path}`)."))
        except ReleaseError as exc:
            findings.append(Finding(exc.path or shown, exc.line, exc.column, exc.code, exc.message))
            result.bad_input = True
    return findings

