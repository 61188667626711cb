"""Plain text that enters the project from outside a Markdown source: titles and site names in
policy.toml, release summaries given on the command line, the same fields read back from a
release record.

Such text ends up in e-mail headers, Atom XML, CSV cells and HTML pages. A control character
(a carriage return or line feed in a title, U+000C form feed, NUL, …) has no meaning in a legal
text and breaks every one of them: a CR/LF in a subject adds mail headers, U+000C makes the
Atom feed malformed XML. So it is refused where the text enters, with error E300 naming the
field, the position and the character. The exporters drop such characters again before
writing a header or XML (``header_text``, ``xml_text``), in case one came in another way.

Light: no imports (``policy check`` reads every release record at start-up).
"""

from .errors import PolicyError

CODE = "E300"

# Characters refused everywhere: the C0 controls (line breaks and tabs are handled below), DEL,
# the C1 controls, the Unicode line and paragraph separators, surrogates and the non-characters
# U+FFFE / U+FFFF (not allowed in XML).
_EXTRA = frozenset("\u2028\u2029\ufffe\uffff")


def _bad(char, multiline):
    code = ord(char)
    if char == "\n":
        return not multiline
    if char == "\t":
        return not multiline
    return code < 0x20 or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF or char in _EXTRA


def find_control(text, multiline=False):
    """(index, character) of the first character ``text`` may not hold, or None.

    ``multiline`` texts (summaries) may hold line breaks (``\\n``) and tabs; titles and names
    may not. A carriage return is refused in both: write line breaks as ``\\n``."""
    if not isinstance(text, str):
        return None
    if text.isprintable():  # the common case, checked in C
        return None
    for index, char in enumerate(text):
        if _bad(char, multiline):
            return index, char
    return None


def describe(char):
    names = {"\r": "carriage return", "\n": "line break", "\t": "tab", "\x00": "NUL", "\x0c": "form feed",
             "\x0b": "vertical tab", "\x1b": "escape", "\x08": "backspace", "\x7f": "delete",
             "\u2028": "line separator", "\u2029": "paragraph separator"}
    name = names.get(char, "control character")
    return f"U+{ord(char):04X} ({name})"


class TextError(PolicyError):
    code = CODE


def check_text(text, what, path=None, line=None, multiline=False):
    """``text`` unchanged, or TextError (E300) saying which field holds which character where."""
    found = find_control(text, multiline)
    if found is None:
        return text
    index, char = found
    allowed = "line breaks (\\n) and tabs are the only" if multiline else "no"
    raise TextError(
        f"{what} contains an invisible control character, {describe(char)}, at character {index + 1} "
        f"(\u201c{_excerpt(text, index)}\u201d); {allowed} control characters are allowed there, because "
        "it is published in web pages, e-mail headers, feeds and spreadsheets. Remove the character "
        "and run the command again.", path, line)


def _excerpt(text, index):
    start = max(0, index - 20)
    shown = text[start:index + 20]
    return ("…" if start else "") + "".join(
        f"[U+{ord(c):04X}]" if find_control(c, False) else c for c in shown) + ("…" if index + 20 < len(text) else "")


def header_text(text):
    """``text`` fit for one e-mail header line (or any one-line field): every control character,
    line break and separator replaced by a space, runs of spaces collapsed."""
    if find_control(text) is None:
        return text
    spaced = "".join(" " if _bad(c, False) else c for c in text)
    return " ".join(word for word in spaced.split(" ") if word)


def xml_text(text):
    """``text`` without the characters XML 1.0 does not allow (line breaks and tabs kept)."""
    if text.isprintable():
        return text
    return "".join(c for c in text if not _bad(c, True))
