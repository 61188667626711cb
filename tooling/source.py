"""Reading a policy's Markdown source from disk, strictly and helpfully.

Accepts what editors produce (a UTF-8 BOM, CRLF or CR line endings) and refuses, with a
message that says what to do, what cannot be a policy text: another encoding (typically a
GBK file saved on Windows), an empty file, an oversized file, broken front matter.
"""

import re

from .errors import SourceError

MAX_BYTES = 5 * 1024 * 1024  # a privacy statement is ~15 KB; 5 MB is far beyond any real policy

_SIMPLE_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]+(.*))?$")
# Plain YAML scalars whose meaning is just the string itself (no numbers, booleans, dates,
# quotes, flow collections, anchors, tags, block scalars or comments).
_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`0-9.+~][^#]*?")
_YAML_SPECIAL = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}


class SourceFile:
    """A decoded source: its text with normalised line endings, and its front matter."""

    __slots__ = ("path", "text", "front_matter", "body_line")

    def __init__(self, path, text, front_matter, body_line):
        self.path = path
        self.text = text                  # the whole file, "\n" line endings, no BOM
        self.front_matter = front_matter  # dict (empty if none)
        self.body_line = body_line        # 1-based line where the Markdown body starts


def read_source(path, display=None):
    """Read and decode ``path``. ``display`` is the name to use in messages."""
    name = display or str(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise SourceError("file not found", name, code="E007") from None
    except IsADirectoryError:
        raise SourceError("is a folder, not a Markdown file", name, code="E007") from None
    except OSError as exc:
        raise SourceError(f"cannot be read: {exc.strerror}", name, code="E007") from None
    if len(data) > MAX_BYTES:
        import os
        size = os.path.getsize(path) / (1024 * 1024)
        raise SourceError(
            f"is {size:.1f} MB; a policy document may be at most {MAX_BYTES // (1024 * 1024)} MB. "
            "Check that this is the right file, or split the policy into several documents.",
            name, 1, code="E006")
    return decode_source(data, name)


def decode_source(data, name):
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _encoding_error(data, exc, name) from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise SourceError(
            "is empty; a policy document starts with its title (`# Title`) followed by its sections.",
            name, 1, code="E002")
    front, body_line = parse_front_matter(text, name)
    return SourceFile(name, text, front, body_line)


def _encoding_error(data, exc, name):
    before = data[:exc.start]
    line = before.count(b"\n") + 1
    column = exc.start - (before.rfind(b"\n") + 1) + 1
    byte = data[exc.start]
    guess = ""
    try:
        data.decode("gb18030")
        guess = " It looks like GBK/GB18030, the encoding Windows uses for Chinese."
    except UnicodeDecodeError:
        pass
    return SourceError(
        f"is not UTF-8 (byte 0x{byte:02X} at line {line}, column {column} cannot be decoded).{guess} "
        "Save the file as UTF-8: in your editor choose \"Save with encoding\" → UTF-8, "
        f"or run `iconv -f GB18030 -t UTF-8 {name} -o {name}.utf8` and replace the file with the result.",
        name, line, column, code="E001")


def parse_front_matter(text, name):
    """Return ``(mapping, body_line)``; front matter is the YAML block between ``---`` lines."""
    if not text.startswith("---\n"):
        return {}, 1
    end = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[4:], re.M)
    if not end:
        raise SourceError(
            "front matter opened with `---` on line 1 is never closed; add a line `---` after it.",
            name, 1, code="E005")
    block = text[4:4 + end.start()]
    body_line = block.count("\n") + 3
    data = _simple_yaml(block)
    if data is None:
        data = _full_yaml(block, name)
    return data, body_line


def _simple_yaml(block):
    """Fast path for the common case of ``key: plain words`` lines (a strict subset of YAML,
    read exactly as YAML reads it). Returns None when real YAML parsing is needed."""
    out = {}
    for line in block.split("\n"):
        if not line.strip():
            continue
        m = _SIMPLE_KEY.match(line)
        if not m or m.group(1) in out:
            return None
        value = (m.group(2) or "").rstrip()
        if not value or value.lower() in _YAML_SPECIAL or not _PLAIN.fullmatch(value) or ": " in value:
            return None
        out[m.group(1)] = value
    return out


def _full_yaml(block, name):
    import yaml  # only when the front matter is more than `key: words`

    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 2
        column = mark.column + 1 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SourceError(
            f"front matter is not valid YAML ({problem}). Write it as `key: value` lines "
            "between two `---` lines, and put quotes around values containing `:` or `#`.",
            name, line, column, code="E005") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SourceError(
            "front matter must be a list of `key: value` lines, not a single value or a list.",
            name, 2, code="E005")
    return data
