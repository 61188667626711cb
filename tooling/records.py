"""Release records and translation pins as files: strict reading and validation, kept light.

``policy check`` runs on every commit (pre-commit) and reads every release record, so this
module imports nothing heavy: no ``json`` package (the C scanner ``_json`` is used directly),
no ``datetime``, no ``dataclasses``. ``release_store`` builds ``Release`` objects on top of it;
the ``policy check`` integrity check (``check_release_records``) uses it directly.
"""

import os

from .errors import PolicyError
from .findings import Finding

RECORD = "release.json"
REQUIRED = ("document", "id", "sequence", "kind", "published", "effective", "summary", "texts", "commit")
KINDS = ("material", "editorial")
# Checked with string methods, not regular expressions: compiling them costs start-up time.
_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._-")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_HEX = frozenset("0123456789abcdef")
_DIGITS = frozenset("0123456789")


def is_hex(text, length):
    return isinstance(text, str) and len(text) == length and _HEX.issuperset(text)


class ReleaseError(PolicyError):
    code = "R000"


def validate_id(release_id):
    """Refuse ids that are unsafe in a URL, a file name or a git tag.

    The rule is stricter than git's rule for one component of a ref name (``git check-ref-format``:
    no leading '.', no '..', no '.lock' at the end, no '@{', no control characters, spaces or
    ``~^:?*[\\``), so every id it accepts is a valid tag component; tests compare it with git itself.
    """
    if not isinstance(release_id, str) or not release_id:
        raise ReleaseError("a release needs an id, e.g. 2026-12-01 or v3.", code="R001")
    if (len(release_id) > 64 or not _ID_CHARS.issuperset(release_id) or release_id[0] not in _ALNUM
            or release_id[-1] not in _ALNUM or ".." in release_id):
        raise ReleaseError(
            f"release id \u201c{release_id}\u201d is not allowed: use 1 to 64 lower-case ASCII letters, "
            "digits, '.', '-' or '_', starting and ending with a letter or digit (no '/', '..', "
            "spaces or non-ASCII characters), e.g. 2026-12-01 or v3.", code="R001")
    if release_id.endswith(".lock"):  # git reserves NAME.lock for its own lock files: no tag may end so
        raise ReleaseError(
            f"release id \u201c{release_id}\u201d is not allowed: git cannot name a tag ending in \u201c.lock\u201d. "
            f"Choose another id, e.g. {release_id[:-len('.lock')]}-lock.",
            code="R001")
    return release_id


def check_date(text, what="date"):
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


# --- JSON without the json package -------------------------------------------------------

class _Context:
    """What ``_json.make_scanner`` reads from a JSONDecoder: the standard settings."""

    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    memo = None

    @staticmethod
    def parse_constant(name):
        raise ValueError(f"{name} is not allowed")


_scanner = None


def parse_json(text):
    """Decode a JSON document. Raises ValueError with a message and 1-based ``line``/``column``."""
    global _scanner
    if _scanner is None:
        from _json import make_scanner
        _scanner = make_scanner(_Context())
    ws = " \t\n\r"
    start = len(text) - len(text.lstrip(ws))
    try:
        value, end = _scanner(text, start)
        tail = text[end:]
        if not tail.strip(ws):
            return value
    except Exception:  # the C scanner needs json.decoder to describe errors: let json do it
        pass
    import json

    try:
        json.loads(text, parse_constant=_Context.parse_constant)
    except json.JSONDecodeError as exc:
        err = ValueError(exc.msg)
        err.line, err.column = exc.lineno, exc.colno
        raise err from None
    except ValueError as exc:
        err = ValueError(str(exc))
        err.line, err.column = None, None
        raise err from None
    raise ValueError("not valid JSON")  # pragma: no cover - both parsers agree


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

def _fail(path, message):
    raise ReleaseError(f"corrupted release record: {message}", path, code="R010")


def validate_record(path, data):
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


def _check_texts(path, data):
    """Summaries and titles: strings without control characters (E300; see text_rules)."""
    from .text_rules import TextError, check_text

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


def record_paths(releases_dir):
    """Every ``release.json`` under ``releases_dir`` as (document, path), sorted."""
    out = []
    if not os.path.isdir(releases_dir):
        return out
    for folder, dirs, files in os.walk(releases_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        if RECORD in files:
            doc = os.path.relpath(os.path.dirname(folder), releases_dir).replace(os.sep, "/")
            out.append((doc, os.path.join(folder, RECORD)))
    return out


def check_release_records(config, result, docs_dir=None):
    """``policy check``: every record readable and every released text equal to its SHA-256."""
    from .project import display_path
    from .sections import sha256

    recover_if_interrupted(config)
    findings = []
    sequences = {}
    for doc, path in record_paths(config.releases_dir):
        shown = display_path(path)
        try:
            data = read_json(shown, "corrupted release record")
            texts = validate_record(shown, data)
            if data["document"] != doc:
                _fail(shown, f"its document \u201c{data['document']}\u201d does not match its folder \u201c{doc}\u201d")
            other = sequences.setdefault(doc, {}).setdefault(data["sequence"], data["id"])
            if other != data["id"]:
                _fail(shown, f"sequence {data['sequence']} is also used by release \u201c{other}\u201d")
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


# --- an interrupted release --------------------------------------------------------------

JOURNAL = "policy-release.journal"


def journal_path(root):
    """The journal of a release in progress, inside the repository's .git folder (or None)."""
    here = os.path.abspath(root)
    while True:
        git = os.path.join(here, ".git")
        if os.path.isdir(git):
            return os.path.join(git, JOURNAL)
        if os.path.isfile(git):  # a worktree or submodule: let git say where its folder is
            return None
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def recover_if_interrupted(config):
    """Finish or roll back a release that was killed part-way (cheap when there is none)."""
    path = journal_path(config.root)
    if path is not None and os.path.exists(path):
        from .gitstore import recover

        recover(config.root)
