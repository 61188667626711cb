"""Revision diffs: what changed between two versions of a policy text, section by section and
word by word.

Pure: it knows texts, not releases, files, git or the CLI. ``redline`` renders its results.

How two texts are compared
--------------------------
* The text is cut into *tokens*: every Chinese/Japanese ideograph or kana is a token of its
  own (Chinese is compared character by character); a run of letters and digits is one token
  (an English word, ``Entroyi``, ``3.5``, ``don't``), so no word is ever split; a run of white
  space is one token; any other character (punctuation, symbols) is one token.
* Each distinct token is mapped to one character, the way diff-match-patch's line mode maps
  lines, and diff-match-patch compares the two token strings; its semantic clean-up then joins
  a changed phrase into one change instead of a spray of single characters, and slides each
  change to the best word, sentence or paragraph boundary (with Chinese sentence punctuation
  counted as the end of a sentence). The result is mapped back to text.
* diff-match-patch's time-out is switched off (``Diff_Timeout = 0``): the result never depends
  on the machine or its load. Speed comes from diffing section by section, from the common
  prefix/suffix and half-match short cuts (deterministic: they never look at the clock), and,
  for very long inputs, from a first pass over lines/sentences that confines the word-level
  comparison to the lines that changed.

How sections are matched
------------------------
Both texts are parsed with the section model (:func:`tooling.sections.parse_document`).
Sections are matched, in this order of preference:

1. same id and same content (content = the text without its number and ``{#id}``);
2. same content under another id, in document order (a section that was only renumbered:
   ``4.5`` → ``3.5``, or a duplicate ``5.`` that became ``5.5``);
3. same id with enough words in common (a section edited in place), or an explicit ``{#id}``;
4. different id but mostly the same words (a section renumbered *and* edited);
5. same id, however different (a section rewritten under its number).

A matched section is ``changed`` when its content differs, ``renumbered`` when only its number
as written differs (``9`` → ``9.`` counts: the number's form is part of the number),
``moved`` when it now stands elsewhere (another parent, or out of order with the sections
around it), ``unchanged`` otherwise. Unmatched sections are ``removed`` or ``added``. A section
that is both edited and renumbered or moved is ``changed``; ``old_number`` and ``new_number``
still say how it was renumbered and ``moved`` says whether it moved.

Each section's ``ops`` compare its own text as a reader sees it (heading or clause and its
paragraphs, as :meth:`Section.own_text` defines it, with Markdown's inline syntax taken out by
:func:`reader_text`: a redline shows only published text, never ``5\\.`` for ``5.``). The document's ``ops`` compare the whole texts exactly as
given, front matter and title included: joining the ``=`` and ``-`` texts gives the old text,
joining the ``=`` and ``+`` texts the new one.
"""

import re
from dataclasses import dataclass

EQUAL, DELETE, INSERT = "=", "-", "+"

ADDED, REMOVED, CHANGED, MOVED, RENUMBERED, UNCHANGED = (
    "added", "removed", "changed", "moved", "renumbered", "unchanged")
STATUSES = (ADDED, REMOVED, CHANGED, MOVED, RENUMBERED, UNCHANGED)

# Ideographs and kana are written without spaces: one token each. (Hangul is written with
# spaces between words and is treated like any other alphabet.)
_CJK = ("\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf"
        "\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff")
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"  # combining marks
_LETTER = rf"(?:[^\W{_CJK}]|[{_MARKS}])"
_TOKEN = re.compile(
    rf"[{_CJK}]"                                           # one ideograph or kana
    rf"|{_LETTER}+(?:(?:['\u2019]|[.,:](?=\d)){_LETTER}+)*"  # a word: don't, 3.5, 1,000
    r"|\s+"                                                # a run of white space
    r"|.", re.S)                                           # any other character
_CJK_CHAR = re.compile(rf"[{_CJK}]")
_CJK_STOP = "。！？；"  # end of a Chinese sentence or clause
_BLANK_END = re.compile(r"\n\r?\n$")
_BLANK_START = re.compile(r"^\r?\n\r?\n")
# Pre-pass units for long inputs: lines, and sentences within long lines.
_UNIT_SPLIT = re.compile(r"(?<=\n)|(?<=[。！？；])|(?<=[.!?;] )")

LONG = 3000             # tokens: above this, a line/sentence pass comes first
CAP = 4_000_000         # token pairs: below this, any two stretches are compared (≤ ~2 s)
BUDGET = 200_000_000    # above CAP, (length × least possible number of edits) must stay below this
_MAX_SYMBOL = 0x10FFFF


def tokens(text):
    """The tokens of ``text`` (joined, they give ``text`` back)."""
    return _TOKEN.findall(text)


# --------------------------------------------------------------------------------------------
# Word-level diff


_ENGINE = None


def _engine_class():
    """diff-match-patch, with token-aware boundary scoring and deterministic short cuts."""
    global _ENGINE
    if _ENGINE is not None:
        return _ENGINE
    from diff_match_patch import diff_match_patch

    class TokenDiff(diff_match_patch):
        def __init__(self, table, chinese=False):
            super().__init__()
            self.Diff_Timeout = 0   # never let the clock decide the result
            self.table = table      # symbol (as int) -> token text
            self.chinese = chinese

        def diff_halfMatch(self, text1, text2):
            # The half-match short cut never reads the clock; diff-match-patch only skips it
            # without a time-out because it may give a slightly longer diff. Keep it: it is
            # deterministic and makes long rewrites fast.
            self.Diff_Timeout = 1.0
            try:
                return super().diff_halfMatch(text1, text2)
            finally:
                self.Diff_Timeout = 0

        def score(self, one, two):
            """diff-match-patch's boundary score, computed on the tokens the symbols stand for."""
            if not one or not two:
                return 6
            left = self.table[ord(one[-1])]
            right = self.table[ord(two[0])]
            c1, c2 = left[-1], right[0]
            other1, other2 = not c1.isalnum(), not c2.isalnum()
            space1 = other1 and c1.isspace()
            space2 = other2 and c2.isspace()
            break1 = space1 and c1 in "\r\n"
            break2 = space2 and c2 in "\r\n"
            if (break1 and _BLANK_END.search(left)) or (break2 and _BLANK_START.match(right)):
                return 5
            if break1 or break2:
                return 4
            if other1 and not space1 and (space2 or (self.chinese and c1 in _CJK_STOP)):
                return 3
            if space1 or space2:
                return 2
            if other1 or other2:
                return 1
            return 0

        def diff_cleanupSemanticLossless(self, diffs):
            # diff-match-patch's own algorithm (Apache License 2.0), scoring token boundaries.
            score = self.score
            pointer = 1
            while pointer < len(diffs) - 1:
                if diffs[pointer - 1][0] == self.DIFF_EQUAL and diffs[pointer + 1][0] == self.DIFF_EQUAL:
                    equality1 = diffs[pointer - 1][1]
                    edit = diffs[pointer][1]
                    equality2 = diffs[pointer + 1][1]
                    common = self.diff_commonSuffix(equality1, edit)
                    if common:
                        shared = edit[-common:]
                        equality1 = equality1[:-common]
                        edit = shared + edit[:-common]
                        equality2 = shared + equality2
                    best1, best_edit, best2 = equality1, edit, equality2
                    best = score(equality1, edit) + score(edit, equality2)
                    while edit and equality2 and edit[0] == equality2[0]:
                        equality1 += edit[0]
                        edit = edit[1:] + equality2[0]
                        equality2 = equality2[1:]
                        value = score(equality1, edit) + score(edit, equality2)
                        if value >= best:
                            best, best1, best_edit, best2 = value, equality1, edit, equality2
                    if diffs[pointer - 1][1] != best1:
                        if best1:
                            diffs[pointer - 1] = (diffs[pointer - 1][0], best1)
                        else:
                            del diffs[pointer - 1]
                            pointer -= 1
                        diffs[pointer] = (diffs[pointer][0], best_edit)
                        if best2:
                            diffs[pointer + 1] = (diffs[pointer + 1][0], best2)
                        else:
                            del diffs[pointer + 1]
                            pointer -= 1
                pointer += 1

    _ENGINE = TokenDiff
    return _ENGINE


_OPS = {-1: DELETE, 0: EQUAL, 1: INSERT}


def _symbols(units_a, units_b):
    """Map each distinct unit to one character; returns (string a, string b, table)."""
    table = [""]
    index = {}
    out = []
    for units in (units_a, units_b):
        chars = []
        for unit in units:
            code = index.get(unit)
            if code is None:
                code = len(table)
                if code > _MAX_SYMBOL:
                    return None
                index[unit] = code
                table.append(unit)
            chars.append(chr(code))
        out.append("".join(chars))
    return out[0], out[1], table


def _token_diff(old_tokens, new_tokens, chinese):
    """Word-level diff of two token lists: [(op, text), …]."""
    if not _affordable(old_tokens, new_tokens):
        return _replace("".join(old_tokens), "".join(new_tokens))
    mapped = _symbols(old_tokens, new_tokens)
    if mapped is None:  # more distinct tokens than Unicode has characters: cannot happen in 5 MB
        return _replace("".join(old_tokens), "".join(new_tokens))
    a, b, table = mapped
    engine = _engine_class()(table, chinese)
    diffs = engine.diff_main(a, b, False)
    engine.diff_cleanupSemantic(diffs)
    return [(_OPS[op], "".join([table[ord(c)] for c in s])) for op, s in diffs if s]


def _affordable(a, b):
    """Whether comparing unit lists ``a`` and ``b`` stays within a bounded amount of work.

    diff-match-patch's cost grows with the length times the number of edits; without a
    time-out (which would make results depend on the machine) very long, very different
    stretches are bounded here instead, by a count that never depends on the clock: the number
    of edits is at least the number of units one side has and the other lacks."""
    if len(a) * len(b) <= CAP:
        return True
    from collections import Counter

    left, right = Counter(a), Counter(b)
    least = sum((left - right).values()) + sum((right - left).values())
    return (len(a) + len(b)) * max(least, 1) <= BUDGET


def _replace(old, new):
    out = []
    if old:
        out.append((DELETE, old))
    if new:
        out.append((INSERT, new))
    return out


def _units(text):
    return [u for u in _UNIT_SPLIT.split(text) if u]


def _long_diff(old, new, chinese):
    """Lines and sentences first, then words within each changed stretch."""
    from diff_match_patch import diff_match_patch

    units_old, units_new = _units(old), _units(new)
    if not _affordable(units_old, units_new):
        return _replace(old, new)
    a, b, table = _symbols(units_old, units_new)
    coarse = diff_match_patch()
    coarse.Diff_Timeout = 0
    out = []
    pending_old, pending_new = [], []

    def flush():
        if pending_old or pending_new:
            out.extend(_token_diff(tokens("".join(pending_old)), tokens("".join(pending_new)), chinese))
            pending_old.clear()
            pending_new.clear()

    for op, s in coarse.diff_main(a, b, False):
        text = "".join([table[ord(c)] for c in s])
        if op == 0:
            flush()
            out.append((EQUAL, text))
        elif op < 0:
            pending_old.append(text)
        else:
            pending_new.append(text)
    flush()
    return out


def normalize(ops):
    """Merge neighbouring ops of one kind, drop empty ones, and put each stretch's deletions
    before its insertions."""
    out = []
    dels, ins = [], []

    def flush():
        if dels:
            out.append((DELETE, "".join(dels)))
            dels.clear()
        if ins:
            out.append((INSERT, "".join(ins)))
            ins.clear()

    for op, text in ops:
        if not text:
            continue
        if op == EQUAL:
            flush()
            if out and out[-1][0] == EQUAL:
                out[-1] = (EQUAL, out[-1][1] + text)
            else:
                out.append((EQUAL, text))
        elif op == DELETE:
            dels.append(text)
        elif op == INSERT:
            ins.append(text)
        else:
            raise ValueError(f"unknown diff op {op!r}")
    flush()
    return out


_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\(((?:[^()\s]|\([^()\s]*\))*)(?:\s+\"[^\"\n]*\")?\)")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_CODE = re.compile(r"`([^`\n]+)`")


def reader_text(markdown):
    """A section's Markdown as its reader sees it: emphasis and code markers go, backslash
    escapes are undone (``5\\.`` is published as ``5.``), a link is its text followed by its
    address in brackets (a changed address is a change the redline must show)."""
    if not any(c in markdown for c in "\\[]*_`<"):
        return markdown
    text = _CODE.sub(r"\1", markdown)
    text = _LINK.sub(_link, text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\1", text)
    return _ESCAPE.sub(r"\1", text)


def _link(match):
    label, target = match.group(1), match.group(2)
    shown = target[len("mailto:"):] if target.startswith("mailto:") else target
    return label if shown in ("", label) else f"{label} ({shown})"


def is_chinese(language):
    return (language or "").lower().split("-")[0] in ("zh", "ja", "cmn", "yue")


def diff_text(old, new, language):
    """Word-level diff of two texts: [(op, text), …] with op ``=``, ``-`` or ``+``.

    Joining the ``=`` and ``-`` texts gives ``old``; joining the ``=`` and ``+`` texts gives
    ``new``. Deterministic: the same texts always give the same ops.
    """
    if old == new:
        return [(EQUAL, old)] if old else []
    if not old or not new:
        return _replace(old, new)
    chinese = is_chinese(language)
    # Common prefix and suffix, cut back to token boundaries of both texts.
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    while True:
        moved = _token_start(new, _token_start(old, start))
        if moved == start:
            break
        start = moved
    end = 0
    limit -= start
    while end < limit and old[-1 - end] == new[-1 - end]:
        end += 1
    while True:
        moved = len(old) - _token_end(old, len(old) - end)
        moved = len(new) - _token_end(new, len(new) - moved)
        if moved == end:
            break
        end = moved
    head, tail = old[:start], old[len(old) - end:]
    mid_old, mid_new = old[start:len(old) - end], new[start:len(new) - end]
    old_tokens, new_tokens = tokens(mid_old), tokens(mid_new)
    if len(old_tokens) + len(new_tokens) > LONG:
        body = _long_diff(mid_old, mid_new, chinese)
    else:
        body = _token_diff(old_tokens, new_tokens, chinese)
    return normalize([(EQUAL, head)] + body + [(EQUAL, tail)])


def _sure_boundary(text, pos):
    """True when every tokenisation puts a token boundary at ``pos`` (0 < pos < len)."""
    a, b = text[pos - 1], text[pos]
    return a.isspace() != b.isspace() or bool(_CJK_CHAR.match(a) or _CJK_CHAR.match(b))


def _token_start(text, pos):
    """``pos`` if a token starts there, else the start of the token that contains it."""
    if pos <= 0:
        return 0
    if pos >= len(text):
        return len(text)
    q = pos
    while q > 0 and not _sure_boundary(text, q):
        q -= 1
    for m in _TOKEN.finditer(text, q):
        if m.end() >= pos:
            return pos if m.end() == pos else m.start()
    return pos  # pragma: no cover - the tokens cover the whole text


def _token_end(text, pos):
    """``pos`` if a token starts there, else the end of the token that contains it."""
    start = _token_start(text, pos)
    if start == pos:
        return pos
    return _TOKEN.match(text, start).end()


# --------------------------------------------------------------------------------------------
# Section-aware document diff


@dataclass(frozen=True)
class SectionChange:
    id: str                 # stable section id (the new one when the section exists in both)
    status: str             # added | removed | changed | moved | renumbered | unchanged
    old_number: "str | None"
    new_number: "str | None"
    old_title: "str | None"
    new_title: "str | None"
    old_line: "int | None"
    new_line: "int | None"
    ops: tuple              # ((op, text), …) over the section's own text
    old_id: "str | None" = None
    kind: str = "heading"   # heading | clause | preamble
    level: int = 0          # heading level; for clauses, the parent's level + depth
    moved: bool = False     # stands elsewhere than before (also when changed)

    @property
    def number(self):
        return self.new_number if self.new_number is not None else self.old_number

    @property
    def title(self):
        return self.new_title if self.new_title is not None else self.old_title


@dataclass(frozen=True)
class SectionRow:
    """A section as a list of affected sections names it (a change page, a notice): its number and
    title in the text it now stands in, in the old text for a removed section."""
    id: str
    status: str
    number: str            # "" when unnumbered
    title: str             # "" for the preamble
    previous_number: str   # its number before the change ("" when added or unnumbered)

    @classmethod
    def of(cls, change: SectionChange) -> "SectionRow":
        removed = change.status == REMOVED
        number = (change.old_number if removed else change.new_number) or ""
        title = (change.old_title if removed else change.new_title) or ""
        return cls(change.id, change.status, number, title, change.old_number or "")


@dataclass(frozen=True)
class DocumentDiff:
    document: str
    language: str
    old_label: str
    new_label: str
    ops: tuple                   # whole-document ops
    sections: tuple              # SectionChange, in new-document order, removed ones where they were
    front_ops: tuple = ()        # the text before the first section: front matter and title
    old_title: str = ""
    new_title: str = ""
    parse_error: "str | None" = None  # why the sections could not be read (then sections is empty)

    def changed_sections(self):
        return [s for s in self.sections if s.status != UNCHANGED]

    def rows(self):
        """A :class:`SectionRow` for every section (unchanged ones included), in reading order."""
        return [SectionRow.of(s) for s in self.sections]

    def counts(self):
        """{status: number of sections} for every status (zero included), in STATUSES order."""
        out = dict.fromkeys(STATUSES, 0)
        for s in self.sections:
            out[s.status] += 1
        return out

    @property
    def has_changes(self):
        return any(op != EQUAL for op, _ in self.ops)

    def old_text(self):
        return "".join(t for op, t in self.ops if op != INSERT)

    def new_text(self):
        return "".join(t for op, t in self.ops if op != DELETE)


class _Side:
    """One parsed text: its sections in document order and where each one's text starts."""

    def __init__(self, text, name, language):
        from ..errors import PolicyError
        from ..model.sections import parse_document
        from ..source import decode_source

        self.text = text
        self.sections = []
        self.title = ""
        self.error = None
        try:
            source = decode_source(text.encode("utf-8"), name)
            document = parse_document(source, name, language)
        except (PolicyError, UnicodeError) as exc:
            self.error = str(exc)
            return
        self.title = document.title
        self.sections = sorted(document.walk(), key=lambda s: s.line)
        starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
        lines = len(starts)
        self.offsets = [starts[min(s.line, lines) - 1] for s in self.sections] + [len(text)]
        if text.startswith("\ufeff") and self.offsets[0] == 0:
            self.offsets[0] = 1
        self.index = {s.id: i for i, s in enumerate(self.sections)}
        self.keys = [_content_key(s) for s in self.sections]

    def front(self):
        return self.text[:self.offsets[0]] if self.sections else self.text

    def segment(self, i):
        return self.text[self.offsets[i]:self.offsets[i + 1]]


def _content_key(section):
    """What a section says, without its number or id."""
    return (section.title, tuple(b.text for b in section.blocks))


def _bag(section):
    bag = {}
    for t in tokens(section.own_text()):
        if not t.isspace():
            bag[t] = bag.get(t, 0) + 1
    return bag


def _similarity(a, b):
    """Dice coefficient of two token bags (0: nothing in common, 1: the same words)."""
    total = sum(a.values()) + sum(b.values())
    if not total:
        return 1.0
    if len(a) > len(b):
        a, b = b, a
    common = sum(min(n, b.get(t, 0)) for t, n in a.items())
    return 2.0 * common / total


SAME_ID_SIMILARITY = 0.25   # a section keeping its id with at least this much in common is "edited"
MOVED_SIMILARITY = 0.6      # a section under another id needs this much to count as the same
_FUZZY_LIMIT = 200          # at most this many unmatched sections per side are compared pairwise


def _match(old, new):
    """{old index: new index} for the sections that are the same section in both texts."""
    pairs = {}
    taken = set()

    def pair(i, j):
        pairs[i] = j
        taken.add(j)

    # 1. Same id, same content.
    for i, s in enumerate(old.sections):
        j = new.index.get(s.id)
        if j is not None and old.keys[i] == new.keys[j]:
            pair(i, j)
    # 2. Same content under another id, paired in document order.
    waiting = {}
    for j, key in enumerate(new.keys):
        if j not in taken:
            waiting.setdefault(key, []).append(j)
    for i, key in enumerate(old.keys):
        if i not in pairs and waiting.get(key):
            pair(i, waiting[key].pop(0))
    # 3. Same id, edited in place (or an explicit id, which names the section whatever it says).
    bags = {}

    def bag(side, k):
        got = bags.get((side, k))
        if got is None:
            got = bags[(side, k)] = _bag((old if side == 0 else new).sections[k])
        return got

    for i, s in enumerate(old.sections):
        j = new.index.get(s.id)
        if i in pairs or j is None or j in taken:
            continue
        n = new.sections[j]
        explicit = s.explicit_id is not None and n.explicit_id is not None
        same_heading = s.kind == n.kind == "heading" and s.title == n.title
        if explicit or same_heading or _similarity(bag(0, i), bag(1, j)) >= SAME_ID_SIMILARITY:
            pair(i, j)
    # 4. Renumbered and edited: mostly the same words under another id.
    free_old = [i for i in range(len(old.sections)) if i not in pairs]
    free_new = [j for j in range(len(new.sections)) if j not in taken]
    if free_old and free_new and len(free_old) <= _FUZZY_LIMIT and len(free_new) <= _FUZZY_LIMIT:
        candidates = []
        for i in free_old:
            for j in free_new:
                if old.sections[i].kind != new.sections[j].kind:
                    continue
                score = _similarity(bag(0, i), bag(1, j))
                if score >= MOVED_SIMILARITY:
                    candidates.append((-score, i, j))
        for _, i, j in sorted(candidates):
            if i not in pairs and j not in taken:
                pair(i, j)
    # 5. Same id, however different: rewritten under its number.
    for i, s in enumerate(old.sections):
        j = new.index.get(s.id)
        if i not in pairs and j is not None and j not in taken:
            pair(i, j)
    return pairs


def _in_order(pairs):
    """The old indices of the longest run of pairs that keeps its order in both texts."""
    from ..checks.parity import _longest_increasing

    items = sorted(pairs.items())
    return {items[k][0] for k in _longest_increasing([j for _, j in items])}


def _number(section):
    return section.display_number or None


def _title(section):
    return None if section.kind == "preamble" else section.title


def diff_documents(old_text, new_text, language, document="", old_label="", new_label=""):
    """Compare two versions of one document in one language: a :class:`DocumentDiff`.

    The result is immutable and depends only on the arguments, so a build, which asks for the
    same comparison for its change page, its affected sections and its notice, computes it once."""
    return _RECENT.get((old_text, new_text, language, document, old_label, new_label))


class _RecentDiffs:
    """Recent results, bounded by the size of the texts they compare (not by their number,
    which would let a few 1 MB documents hold gigabytes)."""

    def __init__(self, budget):
        self.budget = budget
        self.entries = {}  # insertion order = least recently used first
        self.size = 0

    def clear(self):
        self.entries.clear()
        self.size = 0

    def get(self, key):
        found = self.entries.pop(key, None)
        if found is None:
            found = _diff_documents(*key)
            self.size += len(key[0]) + len(key[1])
        self.entries[key] = found
        while self.size > self.budget and len(self.entries) > 1:
            oldest = next(iter(self.entries))
            del self.entries[oldest]
            self.size -= len(oldest[0]) + len(oldest[1])
        return found


# 4 million characters of compared texts: a DocumentDiff takes about 3 bytes per character of them, so
# about 12 MB; a build uses a comparison again right away (affected sections, then the redline), never
# hundreds of comparisons later, so a larger memo only held every diff of a build (48 MB at 500 releases)
_RECENT = _RecentDiffs(budget=4_000_000)


def forget_recent():
    """Empty the memo of recent comparisons and parsed texts (benchmarks time the engine, not the memo)."""
    _RECENT.clear()
    _SIDES.clear()


_SIDES = {}       # {(text, name, language): _Side}, least recently used first
_SIDES_KEPT = 8   # a build compares release k-1 with k, then k with k+1: the same text parsed once


def parsed_side(text, name, language):
    """``_Side(text, name, language)``, which is never changed once made, from the few parsed last."""
    key = (text, name, language)
    found = _SIDES.pop(key, None)
    if found is None:
        found = _Side(text, name, language)
    _SIDES[key] = found
    while len(_SIDES) > _SIDES_KEPT:
        del _SIDES[next(iter(_SIDES))]
    return found


def _diff_documents(old_text, new_text, language, document, old_label, new_label):
    name = document or "document"
    old = parsed_side(old_text, f"{name} ({old_label or 'old'})", language)
    new = parsed_side(new_text, f"{name} ({new_label or 'new'})", language)
    if old.error or new.error:
        ops = tuple(diff_text(old_text, new_text, language))
        return DocumentDiff(document, language, old_label, new_label, ops, (), ops,
                            old.title, new.title, old.error or new.error)

    pairs = _match(old, new)
    ordered = _in_order(pairs)
    back = {j: i for i, j in pairs.items()}

    changes = {}
    for i, j in pairs.items():
        o, n = old.sections[i], new.sections[j]
        parent_moved = (o.parent is None) != (n.parent is None) or (
            o.parent is not None and pairs.get(old.index[o.parent.id]) != new.index[n.parent.id])
        moved = i not in ordered or parent_moved
        own_old, own_new = o.own_text(), n.own_text()
        if old.keys[i] != new.keys[j]:
            status = CHANGED
        elif moved:
            status = MOVED
        elif o.display_number != n.display_number:
            status = RENUMBERED
        elif own_old != own_new:
            status = CHANGED
        else:
            status = UNCHANGED
        ops = tuple(diff_text(reader_text(own_old), reader_text(own_new), language))
        changes[("new", j)] = SectionChange(
            n.id, status, _number(o), _number(n), _title(o), _title(n), o.line, n.line, ops,
            old_id=o.id, kind=n.kind, level=n.level, moved=moved)
    for j, n in enumerate(new.sections):
        if j not in back:
            own = reader_text(n.own_text())
            changes[("new", j)] = SectionChange(
                n.id, ADDED, None, _number(n), None, _title(n), None, n.line,
                ((INSERT, own),) if own else (), kind=n.kind, level=n.level)
    # Removed sections stand after the new place of the nearest earlier old section that kept
    # its place (a section moved away says nothing about where the removed one stood).
    order = [((j, 0, 0), ("new", j)) for j in range(len(new.sections))]
    anchor = -1
    for i, o in enumerate(old.sections):
        if i in pairs:
            if i in ordered:
                anchor = pairs[i]
            continue
        own = reader_text(o.own_text())
        changes[("old", i)] = SectionChange(
            o.id, REMOVED, _number(o), None, _title(o), None, o.line, None,
            ((DELETE, own),) if own else (), old_id=o.id, kind=o.kind, level=o.level)
        order.append(((anchor, 1, i), ("old", i)))
    sections = tuple(changes[key] for _, key in sorted(order))

    front_ops = tuple(diff_text(old.front(), new.front(), language))
    # Whole-document ops: sections kept in order are compared with each other; what lies
    # between two of them (added, removed or moved sections) is compared as one stretch.
    ops = _document_ops(old, new, pairs, ordered, front_ops, language)
    return DocumentDiff(document, language, old_label, new_label, tuple(ops), sections,
                        front_ops, old.title, new.title, None)


def _document_ops(old, new, pairs, ordered, front_ops, language):
    out = list(front_ops)
    i_next = j_next = 0
    for i in sorted(ordered):
        j = pairs[i]
        gap_old = "".join(old.segment(k) for k in range(i_next, i))
        gap_new = "".join(new.segment(k) for k in range(j_next, j))
        out.extend(diff_text(gap_old, gap_new, language))
        out.extend(diff_text(old.segment(i), new.segment(j), language))
        i_next, j_next = i + 1, j + 1
    gap_old = "".join(old.segment(k) for k in range(i_next, len(old.sections)))
    gap_new = "".join(new.segment(k) for k in range(j_next, len(new.sections)))
    out.extend(diff_text(gap_old, gap_new, language))
    return normalize(out)
