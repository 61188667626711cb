"""A page's Markdown cut into parts that Python-Markdown renders the same apart as together.

The released versions of a policy share most of their sections: release 37 changes one clause of
release 36. mkdocs renders every page whole, so a cold build of 100 releases renders the same
section text a hundred times (issue 15). Cut into parts, a page is rendered part by part and a
part rendered before, on any page of the build, is taken as it was (tooling.site.mkdocs_adapter,
``_render_in_parts``).

A part starts at a heading written ``#`` … at the start of a line after a blank line, where
nothing of the text can reach across the cut. With the extensions the adapter allows (those of
mkdocs.yml: toc, tables, fenced_code, attr_list, md_in_html, admonition), what can reach across
a heading is:

- a fenced code block (a heading inside it is code): fenced_code's own pattern finds them;
- raw HTML (an HTML block runs until it closes, across blank lines and headings, or to the end
  of the text if it never does; so can a comment): no cut before the last line that holds ``<``,
  or ``>`` other than a quote's marker, nor right after it (a part that ends in raw HTML is
  joined to the next with one more newline), and none at all if an element or comment opened
  before it is left open;
- a reference link (``[x]: https://…`` defines ``[text][x]`` anywhere in the text) and the
  ``[TOC]`` marker: such a text is not cut at all; nor is one with a carriage return or the
  characters Python-Markdown uses for its own placeholders;
- the ids of headings (toc makes each unique in the whole text): the adapter checks that the
  parts' ids are distinct, and renders the text whole where they are not.

This module knows Markdown only; it does not import mkdocs.
"""

import re
from html.parser import HTMLParser

from markdown.util import BLOCK_LEVEL_ELEMENTS

_REFERENCE = re.compile(r"^ {0,3}\[[^\[\]]*\]:", re.M)
_TOC_MARKER = re.compile(r"^[ \t]*\[TOC\][ \t]*$", re.M)
_QUOTE_MARKERS = re.compile(r"^[ >]*")


def _fenced_spans(text):
    """The (start, end) offsets of the fenced code blocks of ``text``, found as fenced_code's
    preprocessor finds them (its pattern, searched again after each block)."""
    from markdown.extensions.fenced_code import FencedBlockPreprocessor

    pattern = FencedBlockPreprocessor.FENCED_BLOCK_RE
    spans = []
    index = 0
    while True:
        match = pattern.search(text, index)
        if not match:
            return spans
        spans.append((match.start(), match.end()))
        # an opening fence whose {attrs} do not close is searched again from inside it, as there
        index = match.end("attrs") if match.group("attrs") is not None else match.end()


def _holds_html(line):
    return "<" in line or ">" in _QUOTE_MARKERS.sub("", line, count=1)


_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr"})


class _Elements(HTMLParser):
    """The block-level elements left open in the HTML fed to it."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.open = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_LEVEL_ELEMENTS and tag not in _VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag):]


def _html_closed(text):
    """Whether every block-level element ``text`` opens is closed in it, and every comment or
    declaration ends in it."""
    parser = _Elements()
    parser.feed(text)
    return not parser.open and "<" not in parser.rawdata


def cut(text):
    """``text`` as a list of parts whose rendered HTML, joined by newlines, is the HTML of the
    whole (the ids of their headings permitting: see the module's docstring). A text that
    cannot be cut is one part."""
    if ("\r" in text or "\x02" in text or "\x03" in text or _REFERENCE.search(text)
            or _TOC_MARKER.search(text)):
        return [text]
    lines = text.split("\n")
    last_html = -1
    for number, line in enumerate(lines):
        if _holds_html(line):
            last_html = number
    if last_html >= 0:
        if not _html_closed("\n".join(lines[:last_html + 1])):
            return [text]
        # the part before the first cut ends in Markdown, not in the HTML
        last_html = next((number for number in range(last_html + 1, len(lines)) if lines[number].strip()),
                         len(lines))
    if "```" in text or "~~~" in text:
        fenced = _fenced_spans(text)
    else:
        fenced = []
    starts = []
    offset = 0
    for number, line in enumerate(lines):
        if (number > last_html and number > 0 and line[:1] == "#" and not lines[number - 1].strip()
                and not any(start <= offset < end for start, end in fenced)):
            starts.append(number)
        offset += len(line) + 1
    parts = []
    begin = 0
    for start in starts:
        if "\n".join(lines[begin:start]).strip():  # blank lines before the first heading are no part
            parts.append("\n".join(lines[begin:start]))
            begin = start
    parts.append("\n".join(lines[begin:]))
    return parts
