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
    if data.startswith((b"\xff\xfe", b"\xfe\xff") + tuple(m for m, _ in _MAGIC)) or b"\x00" in data:
        raise _not_text_error(data, name)
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


# The first bytes of the binary files most often saved by mistake where a Markdown text belongs.
_MAGIC = ((b"PK\x03\x04", "a Word (.docx) or other Office document, or a ZIP archive"),
          (b"\xd0\xcf\x11\xe0", "an old Word (.doc) or other Office document"),
          (b"%PDF", "a PDF document"),
          (b"\x89PNG", "a PNG image"),
          (b"\xff\xd8\xff", "a JPEG image"),
          (b"{\\rtf", "an RTF document"))


def _utf16(data):
    """"UTF-16LE"/"UTF-16BE" when ``data`` looks like UTF-16 text (a byte-order mark, or the zero
    bytes of ASCII characters, line ends, digits and spaces, mostly on the same side of each
    pair of bytes), else None."""
    for bom, name in ((b"\xff\xfe\x00\x00", None), (b"\x00\x00\xfe\xff", None),
                      (b"\xff\xfe", "UTF-16LE"), (b"\xfe\xff", "UTF-16BE")):
        if data.startswith(bom):
            return name
    sample = data[:65536]
    sample = sample[:len(sample) // 2 * 2]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    if max(odd, even) < 2 and pairs > 2:   # a stray zero byte in a text, not UTF-16
        return None
    if odd >= 4 * even and odd * 16 >= pairs:   # ASCII characters: their zero byte second
        candidate = "UTF-16LE"
    elif even >= 4 * odd and even * 16 >= pairs:
        candidate = "UTF-16BE"
    else:
        return None
    try:
        sample.decode(candidate.lower())
    except UnicodeDecodeError:
        return None
    return candidate


def _not_text_error(data, name):
    """A UTF-16 text, or a file that is no text at all (zero bytes, a known binary format)."""
    utf16 = _utf16(data)
    if utf16:
        return SourceError(
            f"is encoded in {utf16} (\"Unicode\" in Windows Notepad and Word), not UTF-8. Save the file as "
            "UTF-8: in your editor choose \"Save with encoding\" → UTF-8, or run "
            f"`iconv -f {utf16} -t UTF-8 {name} -o {name}.utf8` and replace the file with the result.",
            name, 1, code="E001")
    what = next((kind for magic, kind in _MAGIC if data.startswith(magic)), None)
    zero = data.find(b"\x00")
    stray = _stray_zero_bytes(data) if what is None else None
    if stray:
        line, column, count = stray
        more = f" and {count - 1} more" if count > 1 else ""
        return SourceError(
            f"contains a zero byte (U+0000) at line {line}, column {column}{more}, which a text file never "
            "has; it is usually left by a copy from a PDF, a database or a spreadsheet. Delete it (most "
            f"editors show it as a box or as <0x00>), or run `tr -d '\\000' < {name} > {name}.clean` and replace "
            "the file with the result.", name, line, column, code="E010")
    where = ""
    if zero >= 0:
        line = data.count(b"\n", 0, zero) + 1
        where = f" (a zero byte at line {line})"
    return SourceError(
        f"is not a text file: it looks like {what or 'binary data'}{where}. A policy document is plain "
        "Markdown text saved as UTF-8: open the file in the program that made it, copy its text into a "
        "new Markdown file saved as UTF-8, and put that file here instead.",
        name, 1, code="E010")


def _stray_zero_bytes(data):
    """(line, column, count) of the first of a few zero bytes in what is otherwise UTF-8 text, else None."""
    count = data.count(b"\x00")
    if count > max(3, len(data) // 1000):
        return None
    try:
        data.replace(b"\x00", b"").decode("utf-8")
    except UnicodeDecodeError:
        return None
    zero = data.find(b"\x00")
    start = data.rfind(b"\n", 0, zero) + 1
    column = len(data[start:zero].decode("utf-8", "replace")) + 1
    return data.count(b"\n", 0, zero) + 1, column, count


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
