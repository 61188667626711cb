"""Section parity between the authoritative text and a translation.

Which sections correspond is decided by *alignment*, not by numbering alone: the two section
trees are paired level by level with a global sequence alignment (dynamic programming, as in
Needleman-Wunsch) whose score weighs the numbering, explicit ids, the heading level, the position,
the facts both sections carry and their length ratio (Chinese characters against English
letters, calibrated on the whole document). A missing, extra or moved section therefore costs one
finding and the sections after it still pair with the right ones; a side that does not number its
sections is one finding, not a cascade.

Inside a pair of sections, paragraphs and list items are aligned as blocks the way Gale and Church
align sentences (1-1, 1-0, 0-1, 2-1, 1-2, 3-1, 1-3), so a translation may legitimately reshape
them (one list against a paragraph of lines, two paragraphs joined); a count difference is
reported only where a block of real length has no counterpart. Facts (numbers, dates, e-mail
addresses, URLs, phone numbers) must be the same in both.

Findings are placed in the translation, which is where the fix belongs: the authoritative text is
the reference. Each message names both places (file:line in each language).
"""

from __future__ import annotations

import math
from bisect import bisect_left

from ..model.facts import section_facts
from ..findings import Finding


def language_name(code: str) -> str:
    from ..wording import CATALOG  # only when a finding names a language: the catalog is large

    return CATALOG[code]["language_name"] if code in CATALOG else code


def article(word):
    """"an English page", "a Chinese page"."""
    return "an" if word[:1].lower() in "aeiou" else "a"


def text_length(text):
    """Length of a text in comparable units: CJK characters count one, other visible
    characters one each (so an English word of five letters counts five)."""
    return len(text) - sum(text.count(ch) for ch in _NOT_COUNTED)


_NOT_COUNTED = " \n\t\u3000#*_`>|-[]()"


class _Ctx:
    __slots__ = ("source", "translation", "src_name", "tr_name", "findings", "ratio", "facts", "length",
                 "all_facts")

    def __init__(self, source, translation):
        self.source = source
        self.translation = translation
        self.src_name = language_name(source.language)
        self.tr_name = language_name(translation.language)
        self.findings = []
        self.facts = {}
        self.all_facts = {}
        self.length = {}
        src_total = sum(self.subtree_length(s) for s in source.sections) or 1
        tr_total = sum(self.subtree_length(s) for s in translation.sections) or 1
        self.ratio = tr_total / src_total

    def at(self, line, code, message, column=1):
        self.findings.append(Finding(self.translation.path, line, column, code, message))

    def where_src(self, line):
        return f"{self.source.path}:{line}"

    def own_facts(self, section):
        key = id(section)
        if key not in self.facts:
            self.facts[key] = {f.key: f for f in section_facts(section)}
        return self.facts[key]

    def subtree_facts(self, section):
        key = id(section)
        if key not in self.all_facts:
            out = dict(self.own_facts(section))
            for child in section.children:
                out.update(self.subtree_facts(child))
            self.all_facts[key] = out
        return self.all_facts[key]

    def subtree_length(self, section):
        key = id(section)
        if key not in self.length:
            own = text_length(section.title) + sum(text_length(b.text) for b in section.blocks)
            self.length[key] = own + sum(self.subtree_length(c) for c in section.children)
        return self.length[key]


def compare(source, translation):
    """Findings for ``translation`` (a Document) against ``source`` (the authoritative Document)."""
    ctx = _Ctx(source, translation)
    if bool(source.title) != bool(translation.title):
        ctx.at(translation.title_line or translation.source.body_line, "P008",
               f"the {ctx.src_name} text {'has' if source.title else 'has no'} a title line (`# …`) "
               f"but the {ctx.tr_name} text {'has' if translation.title else 'has none'}; both need one.")

    missing, extra = [], []
    pairs = []
    _align_level(ctx, source.sections, translation.sections, None, None, pairs, missing, extra)
    moved = _pair_moved(ctx, missing, extra)
    moved_src = {id(a) for a, _ in moved}
    moved_tr = {id(b) for _, b in moved}
    tr_order = list(translation.walk())
    for src, tr in moved:
        before = _previous_paired(src, pairs)
        hint = f"after {before[0].label()}" if before else "first"
        k = tr_order.index(tr)
        here = f"here it comes after {tr_order[k - 1].label()} (line {tr_order[k - 1].line})" if k else "here it comes first"
        ctx.at(tr.line, "P003",
               f"{tr.label()}{_title(tr)} is out of order: in the {ctx.src_name} text "
               f"({ctx.where_src(src.line)}) it comes {hint}; {here}.")
        _compare_pair(ctx, src, tr)
        sub = []
        _align_level(ctx, src.children, tr.children, src, tr, sub, [], [])
    for src in missing:
        if id(src) in moved_src:
            continue
        before = _previous_paired(src, pairs)
        line = before[1].line if before else (translation.title_line or translation.source.body_line)
        where = f"after {before[1].label()} (line {before[1].line})" if before else "at the start"
        ctx.at(line, "P002",
               f"{src.label()}{_title(src)} of the {ctx.src_name} text ({ctx.where_src(src.line)}) has no "
               f"counterpart in the {ctx.tr_name} text; translate it and place it {where}.")
    for tr in extra:
        if id(tr) in moved_tr:
            continue
        ctx.at(tr.line, "P002",
               f"{tr.label()}{_title(tr)} exists only in the {ctx.tr_name} text; the {ctx.src_name} text, "
               f"which is authoritative, has no such section. Remove it or add it to the "
               f"{ctx.src_name} text first.")
    return ctx.findings


# --- alignment of sections -------------------------------------------------------------------

_GAP = -0.4  # score of leaving a section unpaired


def _similarity(ctx, a, b, i, n, j, m):
    """How likely ``a`` (source) and ``b`` (translation) are the same section; > 0 means likely."""
    score = 0.0
    if a.kind == "preamble" or b.kind == "preamble":
        return 4.0 if a.kind == b.kind else -9.0
    if a.explicit_id and a.explicit_id == b.explicit_id:
        score += 4.0
    if a.number is not None and b.number is not None:
        score += 2.5 if a.number.values[-1] == b.number.values[-1] else -1.5
    if a.kind == b.kind:
        score += 0.3
        if a.level == b.level:
            score += 0.3
    else:
        score -= 0.3
    # position among siblings
    pa = i / max(n - 1, 1)
    pb = j / max(m - 1, 1)
    score -= 1.5 * abs(pa - pb)
    # facts both carry
    fa, fb = ctx.subtree_facts(a), ctx.subtree_facts(b)
    if fa or fb:
        shared = len(fa.keys() & fb.keys())
        union = len(fa.keys() | fb.keys())
        score += 2.0 * shared / union - (0.8 if not shared else 0.0)
    # shape: how many paragraphs and list items
    na = sum(1 for x in a.blocks if x.kind != "code")
    nb = sum(1 for x in b.blocks if x.kind != "code")
    if na or nb:
        score += 0.5 if na == nb else -0.5 * min(abs(math.log((nb + 1) / (na + 1))), 1.0)
    # length ratio
    la, lb = ctx.subtree_length(a), ctx.subtree_length(b)
    if la + lb > 0:
        expected = la * ctx.ratio
        weight = min(1.0, (expected + lb) / 60)  # short sections say little by their length
        score += weight * (1.0 - min(abs(math.log((lb + 4) / (expected + 4))) * 3.0, 3.0))
    return score


def _align(ctx, srcs, trs):
    """Pairs (i, j) of a maximum-score alignment of two sibling lists."""
    n, m = len(srcs), len(trs)
    if not n or not m:
        return []
    sim = [[_similarity(ctx, a, b, i, n, j, m) for j, b in enumerate(trs)] for i, a in enumerate(srcs)]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    move = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        best[i][0], move[i][0] = best[i - 1][0] + _GAP, 1
    for j in range(1, m + 1):
        best[0][j], move[0][j] = best[0][j - 1] + _GAP, 2
    for i in range(1, n + 1):
        row, prev = best[i], best[i - 1]
        for j in range(1, m + 1):
            options = (prev[j - 1] + sim[i - 1][j - 1], prev[j] + _GAP, row[j - 1] + _GAP)
            k = max(range(3), key=options.__getitem__)
            row[j], move[i][j] = options[k], k
    pairs = []
    i, j = n, m
    while i or j:
        k = move[i][j] if i and j else (1 if i else 2)
        if k == 0:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif k == 1:
            i -= 1
        else:
            j -= 1
    pairs.reverse()
    return pairs


def _align_level(ctx, srcs, trs, src_parent, tr_parent, pairs, missing, extra):
    matched = _align(ctx, srcs, trs)
    paired_src = {i for i, _ in matched}
    paired_tr = {j for _, j in matched}
    missing.extend(s for i, s in enumerate(srcs) if i not in paired_src)
    extra.extend(t for j, t in enumerate(trs) if j not in paired_tr)
    _numbering_coverage(ctx, [(srcs[i], trs[j]) for i, j in matched], srcs, trs)
    for i, j in matched:
        a, b = srcs[i], trs[j]
        pairs.append((a, b))
        _compare_pair(ctx, a, b)
        _align_level(ctx, a.children, b.children, a, b, pairs, missing, extra)


def _numbering_coverage(ctx, matched, srcs, trs):
    """One finding when one side numbers the sections of a level and the other does not."""
    one_sided = [(a, b) for a, b in matched
                 if a.kind != "preamble" and (a.number is None) != (b.number is None)]
    if not one_sided:
        return
    ns = sum(1 for s in srcs if s.number is not None and s.kind != "preamble")
    nt = sum(1 for t in trs if t.number is not None and t.kind != "preamble")
    total_s = sum(1 for s in srcs if s.kind != "preamble")
    total_t = sum(1 for t in trs if t.kind != "preamble")
    a, b = one_sided[0]
    ctx.at(b.line, "P005",
           f"the {ctx.src_name} text numbers {_count(ns, total_s)} at this level and the {ctx.tr_name} text "
           f"numbers {_count(nt, total_t)}; the first difference is {b.label()} here, numbered "
           f"\u201c{b.display_number or '(none)'}\u201d, against \u201c{a.display_number or '(none)'}\u201d in the "
           f"{ctx.src_name} text ({ctx.where_src(a.line)}). Number the sections the same way in both.")


def _count(k, n):
    if k == 0:
        return f"none of its {n} sections" if n != 1 else "its one section not at all"
    if k == n:
        return f"all {n} of its sections" if n != 1 else "its one section"
    return f"{k} of its {n} sections"


def _pair_moved(ctx, missing, extra):
    """Sections missing in one place and extra in another that are the same section: moved."""
    out, used = [], set()
    for a in missing:
        best, best_score = None, 0.3
        for b in extra:
            if id(b) in used or a.kind == "preamble" or b.kind == "preamble":
                continue
            score = _similarity(ctx, a, b, 0, 1, 0, 1)
            if a.number is not None and b.number is not None and a.path == b.path:
                score += 1.0
            if score > best_score:
                best, best_score = b, score
        if best is not None:
            used.add(id(best))
            out.append((a, best))
    return out


def _previous_paired(src, pairs):
    """The last (source, translation) pair that comes before ``src`` in the source text."""
    prev = None
    for a, b in sorted(pairs, key=lambda p: p[0].line):
        if a.line >= src.line:
            break
        prev = (a, b)
    return prev


# --- one pair of sections --------------------------------------------------------------------

def _compare_pair(ctx, src, tr):
    ref = f"({ctx.where_src(src.line)})"
    name = f"{tr.label()}{_title(tr)}"
    if src.id != tr.id and (src.explicit_id or tr.explicit_id) and (src.path or None) == (tr.path or None):
        ctx.at(tr.line, "P009",
               f"{tr.label()} has the id \u201c{tr.id}\u201d here but \u201c{src.id}\u201d in the {ctx.src_name} "
               f"text {ref}; use the same {{#id}} in both languages.")
    if src.kind != tr.kind:
        what = {"heading": "a heading", "clause": "a numbered paragraph", "preamble": "opening text"}
        ctx.at(tr.line, "P004",
               f"{name} is {what[tr.kind]} here but {what[src.kind]} in the {ctx.src_name} text {ref}.")
    elif src.kind == "heading" and src.level != tr.level:
        ctx.at(tr.line, "P004",
               f"{name} is a level-{tr.level} heading ({'#' * tr.level}) here but level {src.level} "
               f"({'#' * src.level}) in the {ctx.src_name} text {ref}; use {'#' * src.level}.")
    if src.number is not None and tr.number is not None and (src.path or None) != (tr.path or None):
        ctx.at(tr.line, "P005",
               f"{name} is numbered \u201c{tr.display_number}\u201d here but \u201c{src.display_number}\u201d "
               f"in the {ctx.src_name} text {ref}.")
    _compare_blocks(ctx, src, tr, name)
    _compare_facts(ctx, src, tr, name, ref)


def _compare_facts(ctx, src, tr, name, ref):
    src_facts = ctx.own_facts(src)
    tr_facts = ctx.own_facts(tr)
    for key, f in src_facts.items():
        if key not in tr_facts:
            ctx.at(tr.line, _FACT_CODES[f.kind],
                   f"{name}: the {ctx.src_name} text has {f.describe()} ({ctx.where_src(f.line)}) that the "
                   f"{ctx.tr_name} text does not carry; check the {ctx.tr_name} wording.")
    for key, f in tr_facts.items():
        if key not in src_facts:
            ctx.at(f.line, _FACT_CODES[f.kind],
                   f"{name}: {f.describe()} is not in the {ctx.src_name} text {ref}; the translation must "
                   f"state the same facts.", f.column)


_FACT_CODES = {"number": "F001", "percent": "F001", "date": "F002", "email": "F003", "url": "F004",
               "ip": "F004", "phone": "F005"}

# Gale-Church costs (-log of the prior of each kind of match) and the variance of lengths.
_BEAD_COST = {(1, 1): 0.12, (1, 0): 4.0, (0, 1): 4.0, (2, 1): 2.4, (1, 2): 2.4, (3, 1): 4.6, (1, 3): 4.6}
_VARIANCE = 9.0
_SUBSTANTIAL = 12  # a block shorter than this (in the translation's units) is not worth a finding


def _length_cost(l1, l2, ratio):
    expected = l1 * ratio
    delta = (l2 - expected) / math.sqrt(_VARIANCE * max(expected, l2, 1.0))
    tail = math.erfc(abs(delta) / math.sqrt(2))  # 2 * (1 - Phi(|delta|))
    return -math.log(max(tail, 1e-12))


class _Piece:
    """A paragraph or list item as compared: lines of `·` bullets count as items, and a nested
    list item belongs to the item it is nested in."""

    __slots__ = ("kind", "text", "line")

    def __init__(self, kind, text, line):
        self.kind = kind
        self.text = text
        self.line = line


_BULLETS = "·•・‧▪◦"


def _pieces(blocks):
    out = []
    for block in blocks:
        if block.kind == "item" and block.text[:1] in " \t" and out and out[-1].kind == "item":
            out[-1].text += "\n" + block.text  # a nested item: part of its parent item
            continue
        if block.kind == "paragraph":
            lines = block.text.split("\n")
            if len(lines) > 1 and all(line.lstrip()[:1] in _BULLETS for line in lines if line.strip()):
                out.extend(_Piece("item", line, block.line + k) for k, line in enumerate(lines) if line.strip())
                continue
        if block.kind in ("paragraph", "item"):
            out.append(_Piece(block.kind, block.text, block.line))
    return out


def _compare_blocks(ctx, src, tr, name):
    a = _pieces(src.blocks)
    b = _pieces(tr.blocks)
    if len(a) == len(b) or (not a and not b):
        return
    la = [text_length(x.text) for x in a]
    lb = [text_length(x.text) for x in b]
    n, m = len(a), len(b)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i][j]
            if here == inf:
                continue
            for (di, dj), prior in _BEAD_COST.items():
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                if di and dj:
                    c = prior + _length_cost(sum(la[i:ni]), sum(lb[j:nj]), ctx.ratio)
                    if di == dj == 1 and a[i].kind != b[j].kind:
                        c += 0.6  # a paragraph for a list item: allowed, but not preferred
                    elif di != dj:
                        kinds = {x.kind for x in a[i:ni] + b[j:nj]}
                        # items of one list joined into one item are unusual in a translation;
                        # a lead-in paragraph joined with the first item of its list too
                        c += 4.5 if kinds == {"item"} else 2.5 if len(kinds) > 1 else 0.0
                else:
                    c = prior
                if here + c < cost[ni][nj]:
                    cost[ni][nj] = here + c
                    back[ni][nj] = (i, j)
    i, j = n, m
    lonely = []
    while i or j:
        pi, pj = back[i][j]
        if i - pi == 1 and j == pj:
            lonely.append(("src", a[pi], la[pi] * ctx.ratio))
        elif j - pj == 1 and i == pi:
            lonely.append(("tr", b[pj], lb[pj]))
        i, j = pi, pj
    for side, block, size in reversed(lonely):
        if size < _SUBSTANTIAL:
            continue
        noun = "list item" if block.kind == "item" else "paragraph"
        code = "P007" if block.kind == "item" else "P006"
        if side == "src":
            ctx.at(tr.line, code,
                   f"{name}: the {ctx.src_name} {noun} at {ctx.where_src(block.line)} "
                   f"(\u201c{_excerpt(block.text)}\u201d) has no counterpart in the {ctx.tr_name} text; "
                   f"translate it.")
        else:
            ctx.at(block.line, code,
                   f"{name}: this {noun} (\u201c{_excerpt(block.text)}\u201d) has no counterpart in the "
                   f"{ctx.src_name} text ({ctx.where_src(src.line)}); remove it or add it to the "
                   f"{ctx.src_name} text first.")


def _excerpt(text, width=40):
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width].rstrip() + "…"


def _title(section):
    """The heading text, for a numbered section whose label gives only the number."""
    if section.kind != "heading" or not section.title or section.number is None:
        return ""
    return f" (\u201c{section.title}\u201d)"


def _longest_increasing(values):
    """Indexes of one longest strictly increasing subsequence of ``values``."""
    tails, tails_idx, parent = [], [], [-1] * len(values)
    for i, v in enumerate(values):
        k = bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
            tails_idx.append(i)
        else:
            tails[k] = v
            tails_idx[k] = i
        parent[i] = tails_idx[k - 1] if k else -1
    out = set()
    i = tails_idx[-1] if tails_idx else -1
    while i != -1:
        out.add(i)
        i = parent[i]
    return out
