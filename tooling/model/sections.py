"""The section model: a policy's Markdown as a tree of numbered sections.

A *section* is either a heading (``## 2. Information we collect``) or a numbered clause, a
paragraph that starts with a number (``3.1 To provide …``, ``（一）为您提供……``). Every
section gets an id that is the same in every language, so anchors and cross-language links
line up: an explicit ``{#id}`` at the end of the heading or clause when the author gives one,
otherwise one derived from its number (``s2-1`` for 2.1, whatever the language writes:
``2.1``, ``（一）`` under ``二、``, …).

The parser is line based and linear in the size of the file; it understands just as much
Markdown as it needs to count paragraphs and list items and to find headings (ATX and
setext), fenced code (whose content is never mistaken for headings) and front matter.
"""

from __future__ import annotations

import re

from ..errors import SourceError
from ..startup import sha256  # noqa: F401 (re-exported: the hash of section texts)
from .numbering import numbers_within, parse_numbering

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (no import cost at run time)
    from collections.abc import Iterator

    from ..source import SourceFile
    from .numbering import Numbering


# more sections and numbered clauses than any policy has (a civil code has about 1,300 articles): refused (E006), as a
# file over 5 MB is, so that a generated or hostile text cannot hold `policy check` for minutes
MAX_SECTIONS = 20_000
# the first character of a heading written without the space Markdown needs after its #s ("##二、账户与密码")
_UNSPACED_START = re.compile(r"[\w*_`\[(（【“]")
_FENCE = re.compile(r"( {0,3})(`{3,}|~{3,})(.*)$")
_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_BREAK = re.compile(r" {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_PAREN_ITEM = re.compile(r"\d{1,9}\)[ \t]")
# the next item of a numbered list written without the space Markdown needs after its number ("4. 请在…" then
# "5.请为…"): Markdown reads it as more text of the item before
_UNSPACED_ITEM = r"([ \t]*)(\d{1,3})[.．](?=[\u3400-\u9fff])"  # compiled when first used
_ITEM_NUMBER = r"([ \t]*)(\d{1,9})[.)]"
# a paragraph that opens with its article's number and then a sentence: "Article 1 These Measures …"
_ARTICLE_OPENS = r"(?:Article|Section|Clause)[ \t]+\d{1,3}\.?[ \t]+[A-Z(“\"]"  # compiled when first used
_TITLED_ITEM = r"\d{1,3}\.[ \t]+(?:\*\*|__)[^*_\n]{1,100}(?:\*\*|__)"  # "1. **Title.** text"; compiled when used
_ATTR_ID = re.compile(r"\{:?[ \t]*#([A-Za-z][\w-]*)[^}]*\}[ \t]*")  # from the last "{" of a heading to its end


class Block:
    """A block of the Markdown body: heading, paragraph, list item or code."""

    __slots__ = ("kind", "line", "text", "level")

    def __init__(self, kind: str, line: int, text: str, level: int = 0) -> None:
        self.kind = kind    # "heading" | "paragraph" | "item" | "code"
        self.line = line    # 1-based line in the file
        self.text = text
        self.level = level  # heading level, 0 otherwise

    def __repr__(self):
        return f"Block({self.kind}, line {self.line}, {self.text[:30]!r})"


# a heading written in HTML, alone in its block: <h2 id="x">Title</h2> (over several lines too)
_HTML_HEADING = r"(?is)[ \t]*<h([1-6])(?:\s[^>]*)?>(.*?)</h\1>[ \t]*"


def _atx(line: str) -> tuple[int, str, bool] | None:
    """(level, text, whether a space follows the #s) of a line that opens with one to six #s, or None.
    Read without a regular expression: a pattern with an optional closing run of #s backtracks on a
    long line of spaces (a line of 8,000 took 3 s, one of 100,000 would take minutes)."""
    level = len(line) - len(line.lstrip("#"))
    if not 1 <= level <= 6:
        return None
    rest = line[level:]
    text = rest.strip(" \t")
    bare = text.rstrip("#")  # a closing run of #s, after a space ("## Title ##"), is no part of the text
    if bare != text and (not bare or bare[-1] in " \t"):
        text = bare.rstrip(" \t")
    return level, text.strip(), not rest or rest[0] in " \t"


def split_blocks(source: SourceFile, html_headings: bool = False, unspaced: list[int] | None = None,
                 unspaced_items: list[int] | None = None) -> list[Block]:
    """The blocks of a SourceFile's body, in order. Raises SourceError on an unclosed fence.
    ``unspaced``: when a list, a line of #s run into the text ("##二、账户与密码"), or of #s written full width
    ("＃＃ 范围"), is read as the
    heading it is meant to be, and its line number added to the list; ``unspaced_items`` likewise for
    the next item of a numbered list run into its text ("5.请为…" after item 4)."""
    lines = source.text.split("\n")
    blocks = []
    para: list[str] = []  # lines of the open paragraph or list item
    para_kind = None
    para_line = 0

    def close():
        nonlocal para, para_kind
        if para:
            text = "\n".join(para)
            html = re.fullmatch(_HTML_HEADING, text) if html_headings and para_kind == "paragraph" and \
                para[0].lstrip()[:2].lower() == "<h" else None
            if html:
                title = " ".join(re.sub(r"<[^>]*>", " ", re.sub(HTML_HIDDEN, " ", html.group(2))).split())
                blocks.append(Block("heading", para_line, title, int(html.group(1))))
            else:
                blocks.append(Block(para_kind, para_line, text))
        para, para_kind = [], None

    i = source.body_line - 1
    n = len(lines)
    while i < n:
        line = lines[i]
        lineno = i + 1
        stripped = line.strip()
        if not stripped:
            close()
            i += 1
            continue
        first = stripped[0]  # each pattern below can only match a line that starts with one of its characters
        fence = _FENCE.match(line) if first in "`~" else None
        if fence and not (fence.group(2)[0] == "`" and "`" in fence.group(3)):
            close()
            marker = fence.group(2)
            closing = re.compile(r" {0,3}" + re.escape(marker[0]) + "{" + str(len(marker)) + r",}[ \t]*$")
            j = i + 1
            while j < n and not closing.match(lines[j]):
                j += 1
            if j >= n:
                raise SourceError(
                    f"code block opened with {marker} on line {lineno} is never closed; "
                    f"add a line {marker} where it ends.", source.path, lineno, code="E004")
            blocks.append(Block("code", lineno, "\n".join(lines[i + 1:j])))
            i = j + 1
            continue
        if first == "\uff03" and line[0] == "\uff03" and unspaced is not None:
            # "＃贡献者公约行为准则", "＃＃ 范围": #s written full width (a machine translation's), a heading meant
            level = len(line) - len(line.lstrip("\uff03"))
            text = line[level:].strip(" \t\u3000")
            if level <= 6 and text and not text.isdecimal():
                close()
                blocks.append(Block("heading", lineno, text, level))
                unspaced.append(lineno)
                i += 1
                continue
        atx = _atx(line) if first == "#" and line[0] == "#" else None
        if atx is not None and (atx[2] or (unspaced is not None and _UNSPACED_START.match(line, atx[0]) is not None
                                           and not atx[1].isdecimal())):
            close()
            blocks.append(Block("heading", lineno, atx[1], atx[0]))
            if not atx[2] and unspaced is not None:
                unspaced.append(lineno)
            i += 1
            continue
        if para_kind == "paragraph" and len(para) == 1 and _SETEXT.match(line) and not _ITEM.match(para[0]):
            level = 1 if line.strip()[0] == "=" else 2
            blocks.append(Block("heading", para_line, para[0].strip(), level))
            para, para_kind = [], None
            i += 1
            continue
        if first in "-*_" and _BREAK.match(line):
            close()
            i += 1
            continue
        if (first in "-*+" or first.isdecimal()) and _ITEM.match(line):
            close()
            para, para_kind, para_line = [line], "item", lineno
            i += 1
            continue
        if unspaced_items is not None and para_kind == "item" and first.isdecimal():
            run_in = re.match(_UNSPACED_ITEM, line)
            before = re.match(_ITEM_NUMBER, para[0]) if run_in is not None else None
            if run_in is not None and before is not None and before.group(1) == run_in.group(1) and \
                    int(run_in.group(2)) == int(before.group(2)) + 1:
                close()
                para, para_kind, para_line = [line[:run_in.end()] + " " + line[run_in.end():]], "item", lineno
                unspaced_items.append(lineno)
                i += 1
                continue
        if para_kind is None:
            para_kind, para_line = "paragraph", lineno
        para.append(line)
        i += 1
    close()
    return blocks


class Section:
    """A heading or numbered clause with the blocks that belong to it directly."""

    __slots__ = ("id", "kind", "level", "number", "path", "title", "heading", "line",
                 "blocks", "children", "parent", "explicit_id")

    def __init__(self, kind: str, level: int, number: Numbering | None, title: str, heading: str, line: int,
                 explicit_id: str | None = None) -> None:
        self.kind = kind          # "heading" | "clause" | "preamble"
        self.level = level        # heading level (1-6); for clauses the parent's level + depth
        self.number = number      # Numbering or None
        self.path: tuple[int, ...] | None = None  # resolved number path, e.g. (2, 1)
        self.title = title        # heading text without number and id; a clause's whole text
        self.heading = heading    # the heading or clause text as written
        self.line = line
        self.blocks: list[Block] = []  # paragraphs, items and code directly in this section
        self.children: list[Section] = []
        self.parent: Section | None = None
        self.explicit_id = explicit_id
        self.id: str = explicit_id  # type: ignore[assignment]  # parse_document gives every section its id

    @property
    def plain_title(self) -> str:
        """The title as a reader sees it, for messages: without inline HTML (an `<a name=…></a>`
        anchor), the emphasis that wraps it and a trailing colon (``**Scope:**`` is ``Scope``).
        ``title`` itself stays as written: the diff and the notices compare and show it."""
        title = self.title
        if "<" in title:
            title = strip_inline_html(title)
        if title[:1] in "*_" or title[-1:] in ":：":
            title = strip_heading_marks(title)
        return title

    @property
    def display_number(self) -> str:
        return self.number.raw.replace("\\", "") if self.number else ""

    def label(self) -> str:
        """How a message names the section: "section 2.1", "clause 3.5"; numbers written in
        Chinese styles are named by their full path too ("section 2.2" for （二） under 二、)."""
        if self.kind == "preamble":
            return "the opening text"
        noun = "clause" if self.kind == "clause" else "section"
        if self.number is None:
            if self.kind == "heading" and self.plain_title:
                return f"{noun} \u201c{self.plain_title}\u201d"
            return f"the untitled section at line {self.line}" if self.kind == "heading" else f"{noun} at line {self.line}"
        written = self.display_number.rstrip(".、")
        dotted = ".".join(str(v) for v in (self.path or self.number.values))
        return f"{noun} {dotted}" if written == dotted else f"{noun} {dotted} (\u201c{self.display_number}\u201d)"

    def paragraphs(self) -> list[Block]:
        return [b for b in self.blocks if b.kind in ("paragraph", "code")]

    def items(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "item"]

    def own_text(self) -> str:
        """The text that is this section's own: heading or clause, and its blocks (not children)."""
        parts = [self.heading] if self.kind != "preamble" else []
        parts.extend(b.text for b in self.blocks)
        return "\n\n".join(parts)

    def digest(self) -> str:
        return sha256(self.own_text().encode("utf-8")).hexdigest()

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.children:
            yield from child.walk()

    def __repr__(self):
        return f"Section({self.id!r}, {self.kind}, line {self.line})"


class Document:
    """One policy document in one language."""

    __slots__ = ("name", "language", "path", "source", "title", "title_line", "sections", "blocks", "unspaced",
                 "unspaced_items")

    def __init__(self, name: str, language: str, path: str, source: SourceFile, title: str | None,
                 title_line: int | None, sections: list[Section], blocks: list[Block]) -> None:
        self.name = name
        self.language = language
        self.path = path
        self.source = source
        self.title = title
        self.title_line = title_line
        self.sections = sections  # top level, the preamble first when there is one
        self.blocks = blocks
        self.unspaced: list[int] = []  # lines of headings written without a space after their #s (headless)
        self.unspaced_items: list[int] = []  # lines of list items written without a space after their number

    @property
    def front_matter(self) -> dict:
        return self.source.front_matter

    def walk(self) -> Iterator[Section]:
        for section in self.sections:
            yield from section.walk()

    def by_id(self) -> dict[str, Section]:
        return {s.id: s for s in self.walk()}


def strip_id(text: str) -> str:
    """``text`` without a trailing ``{#id}`` attribute list (and the spaces before it)."""
    return _split_attr(text)[0]


# An HTML tag written in the Markdown (a string: compiled by ``re`` on first use, not at start-up)
HTML_TAG = r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"
# an element whose content is not text a reader sees (a script, a style sheet): the site removes it
HTML_HIDDEN = r"(?is)<(script|style)\b[^>]*>.*?</\1\s*>"


def strip_inline_html(text: str) -> str:
    """``text`` without its HTML tags (their words kept): ``如何发送邮件<a name="s1"></a>`` is
    ``如何发送邮件``."""
    return " ".join(re.sub(HTML_TAG, "", text).split())


def strip_heading_marks(text: str) -> str:
    """A heading's text without the emphasis that wraps it and a trailing colon: ``**Scope:**``,
    ``__Scope__:`` and ``Scope：`` are ``Scope``."""
    m = re.fullmatch(r"(\*\*|__|\*|_)(.+?)\1", text.strip().rstrip(":：").rstrip())
    if m:
        text = m.group(2)
    return text.strip().rstrip(":：").rstrip() or text


def _split_attr(text):
    """(the heading's text, the id its attribute list gives, or None): "Scope {#scope}". Found from the
    last "{" (a search from every position would read a long run of spaces again at each of them)."""
    k = text.rfind("{")
    m = _ATTR_ID.fullmatch(text, k) if k >= 0 else None
    if m:
        return text[:k].rstrip(), m.group(1)
    return text, None


NO_HEADINGS = ("has no headings; a policy document starts with its title (`# Title`) and divides "
               "into numbered sections (`## 1. …`).")


def _decorations(blocks: list[Block]) -> int:
    """How many paragraphs above the title are lines of links or images (a language switch, a logo), none if no
    title follows them (at most three)."""
    k = 0
    while k < min(3, len(blocks)) and blocks[k].kind == "paragraph" and (
            _is_link_bar(blocks[k].text) or re.fullmatch(_IMAGES_ONLY, blocks[k].text.strip(), re.IGNORECASE)):
        k += 1
    return k if k and k < len(blocks) and blocks[k].kind == "heading" and blocks[k].level == 1 else 0


# a paragraph of HTML images alone ('<img src="logo.svg" width="64">', '<p align="center"><img …></p>')
_IMAGES_ONLY = r"(?:<(?:p|div|a)\b[^>]*>\s*)*(?:<img\b[^>]*>\s*)+(?:</(?:p|div|a)>\s*)*"


def _is_link_bar(text: str) -> bool:
    """A line of links with at most a short label ("**语言：** [English](CONTRIBUTING.md) · [简体中文](…)",
    "English | [中文](README.zh.md)"): what a page sets above its title to lead to its other versions."""
    if "\n" in text.strip() or "](" not in text or len(text) > 400:
        return False
    rest = re.sub(r"\[[^\]\n]*\]\([^)\s]*\)", " ", text)
    rest = re.sub(r"[*_|·•/,，、:：\s]+", " ", rest).strip()
    return len(rest) <= 20 and len(rest.split()) <= 2


def parse_document(source: SourceFile, name: str = "", language: str = "", headless: bool = False) -> Document:
    """Build the section tree of a SourceFile. A text without any heading is refused (E003), unless
    ``headless``: then it is one opening text without title (`policy check` compares such a text
    with its translation, and reports E003 as a finding); a heading written in HTML (``<h2>…</h2>``) is
    then a heading too (the checks compare what a reader sees as sections; the site anchors only
    Markdown headings), and so is a line of #s run into its text ("##二、账户与密码"), which the
    checks compare as the heading meant and report (``Document.unspaced``), and so is the next item of a
    numbered list run into its text ("5.请为…" after item 4: ``Document.unspaced_items``)."""
    unspaced: list[int] | None = [] if headless else None
    unspaced_items: list[int] | None = [] if headless else None
    blocks = split_blocks(source, html_headings=headless, unspaced=unspaced, unspaced_items=unspaced_items)
    if not headless and not any(b.kind == "heading" for b in blocks):
        raise SourceError(NO_HEADINGS, source.path, source.body_line, code="E003")

    title, title_line = "", 0
    order = blocks  # the blocks in the order they are read (a note above the title opens the text)
    top: list[Section] = []
    stack: list[Section] = []  # open sections, outermost first
    preamble = None
    start = 0
    if blocks and blocks[0].kind == "heading" and blocks[0].level == 1:
        title, _ = _split_attr(blocks[0].text)
        title_line = blocks[0].line
        start = 1
    elif headless and len(blocks) > 1 and blocks[1].kind == "heading" and blocks[1].level == 1 and \
            blocks[0].kind == "paragraph" and (blocks[0].text.lstrip()[:1] == ">" or
                                               blocks[0].text.lstrip().startswith((":::", "!!!"))):
        # a note set apart as a quotation, or an admonition (":::warning 提示 … :::"), above the title ("> 本文档为 …
        # 的参考译本", "这是一份便利翻译"): the title is still the title, and the note opens the text
        title, _ = _split_attr(blocks[1].text)
        title_line = blocks[1].line
        order = [blocks[1], blocks[0], *blocks[2:]]
        start = 1
    elif headless and (above := _decorations(blocks)):
        # a line of links above the title (a language switch, "**语言：** [English](…) · [简体中文](…)"), a logo: no
        # text of the document, and the title is still the title
        title, _ = _split_attr(blocks[above].text)
        title_line = blocks[above].line
        order = blocks[above:]
        start = 1

    def attach(section):
        nonlocal attached
        if attached >= MAX_SECTIONS:
            raise SourceError(
                f"has more than {MAX_SECTIONS:,} sections and numbered clauses; a policy document "
                f"has far fewer (a civil code about 1,300 articles). Check that this is the right file, or split the "
                f"policy into several documents.", source.path, section.line, code="E006")
        attached += 1
        parent = stack[-1] if stack else None
        section.parent = parent
        (parent.children if parent else top).append(section)
        stack.append(section)

    attached = 0  # sections attached so far
    flat = headless and not any(b.kind == "heading" and b.level > 1 for b in blocks)
    for block in order[start:]:
        if block.kind == "heading":
            text, explicit = _split_attr(block.text)
            number, rest = parse_numbering(text, heading=True)
            if number is None and text[:2] in ("**", "__"):
                number, rest = parse_numbering(_unbold(text), heading=True)  # "## **第一部分：序言**"
            while stack and (stack[-1].kind != "heading" or stack[-1].level >= block.level):
                stack.pop()
            attach(Section("heading", block.level, number, rest if number else text, block.text,
                           block.line, explicit))
            continue
        if block.kind == "paragraph" or (block.kind == "item" and (_PAREN_ITEM.match(block.text) or (
                flat and block.text[:1].isdigit() and re.match(_TITLED_ITEM, block.text)))):
            # "1) …" is a numbered clause even where Markdown makes it a list item, and so is
            # "1. **Local storage.** Saved lists …", an article with its title in bold, in a text
            # without headings (that numbers its articles as one list)
            lead = block.text.lstrip()
            bold = headless and lead[:2] in ("**", "__")
            if bold:
                lead = _unbold(lead)  # "**一、总则**", "**第一条** 为了……": a clause set in bold
            number, rest = parse_numbering(lead)
            if number is None and headless and (lead[:1] in "ACSP" and (bold or re.match(_ARTICLE_OPENS, lead))
                                                or bold and lead[:1] in "IVX"):
                # "Article 1 These Measures are …" (not "Article 5 of the Act …"): the English of 第一条; "**I.
                # Source Code**", the English of "**一、源码**"
                number, rest = parse_numbering(lead, heading=True)
                if number is not None and rest[:1].islower():
                    number, rest = None, lead  # "**Article 5 of the Act**": a reference set in bold
            if number is not None:
                text, explicit = _split_attr(block.text)
                _place_clause(stack, number)
                parent_level = stack[-1].level if stack else 0
                attach(Section("clause", parent_level + 1, number, _split_attr(rest)[0], text,
                               block.line, explicit))
                continue
        if not stack:
            if preamble is None:
                preamble = Section("preamble", 0, None, "", "", block.line, "preamble")
                top.append(preamble)
            preamble.blocks.append(block)
        else:
            stack[-1].blocks.append(block)

    if preamble is not None:
        top.remove(preamble)
        top.insert(0, preamble)
    _assign_paths_and_ids(top)
    doc = Document(name, language, source.path, source, title, title_line, top, blocks)
    doc.unspaced = unspaced or []
    doc.unspaced_items = unspaced_items or []
    return doc


def _unbold(text):
    """``text`` without the strong emphasis that opens it (``**第一条** 为了……`` → ``第一条 为了……``):
    Chinese agreements often set their article numbers, or their headings, in bold."""
    marker = text[:2]
    end = text.find(marker, 2)
    if end <= 2 or text[2].isspace():
        return text
    return text[2:end] + text[end + 2:]


def _place_clause(stack, number):
    """Pop the stack so that its top is the parent of a clause numbered ``number``."""
    if number.absolute:
        # "3.1.1" belongs under "3.1"; "4.5" and "5." under the enclosing heading; "1.1" under a
        # clause "一、" (a Chinese agreement's articles, numbered in words, and their points).
        while stack and stack[-1].kind == "clause":
            top = stack[-1].number
            if top.absolute and top.depth < number.depth:
                break
            if not top.absolute and number.depth == 2 and top.values == number.values[:1]:
                break
            stack.pop()
        return
    # Relative styles nest by style: the first style under a heading is level one, a new
    # style opens a level below, a style seen before closes the levels opened after it.
    chain = []
    for section in reversed(stack):
        if section.kind != "clause":
            break
        chain.append(section)
    for depth, clause in enumerate(chain):
        if clause.number.style == number.style:
            del stack[len(stack) - depth - 1:]
            return


def _assign_paths_and_ids(top):
    seen = {}
    suffixes: dict[str, int] = {}  # id -> the last k of the "id_k" given for it
    unnumbered = 0

    def visit(section, parent_path, parent_number=None):
        nonlocal unnumbered
        if section.number is not None:
            values = section.number.values
            if (section.number.absolute and parent_number is not None and parent_number.absolute
                    and parent_path != parent_number.values and values[:-1] == parent_number.values):
                section.path = parent_path + values[-1:]  # "1.1" under a "1." that numbers within "二、"
            elif section.number.absolute and not numbers_within(section.number, parent_number):
                section.path = values
            else:
                section.path = (parent_path or ()) + section.number.values
        if section.id is None:
            if section.path:
                section.id = "s" + "-".join(str(v) for v in section.path)
            else:
                unnumbered += 1
                section.id = f"h{unnumbered}"
        if section.id in seen:  # the next free "_k" (counted on from the last one given: many alike stay linear)
            base = section.id
            k = suffixes.get(base, 1) + 1
            while f"{base}_{k}" in seen:
                k += 1
            suffixes[base] = k
            section.id = f"{base}_{k}"
        seen[section.id] = section
        for child in section.children:
            if section.path is not None:
                visit(child, section.path, section.number)
            else:
                visit(child, parent_path, parent_number)

    for section in top:
        visit(section, None)
