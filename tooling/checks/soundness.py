"""Numbering soundness within one language: no gaps, no duplicates, no number under the
wrong parent, one punctuation style among siblings."""

from __future__ import annotations

from ..findings import Finding
from ..model.numbering import format_like, numbers_within

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (no import cost at run time)
    from ..model.sections import Document, Section



def check_numbering(doc: Document) -> list[Finding]:
    """Findings for one Document."""
    findings: list[Finding] = []
    by_path: dict[tuple[int, ...], Section] = {}
    levels = set()  # of the headings (_flat_owner)
    for section in doc.walk():
        if section.path is not None:
            by_path.setdefault(section.path, section)
        if section.kind == "heading":
            levels.add(section.level)
    roots = [s for s in doc.sections if s.kind != "preamble"]
    _check_group(doc, roots, (), by_path, findings, {}, levels=frozenset(levels))
    return findings


def _continues(style):
    """Articles (第…条, Article N) are numbered through the whole text, across its chapters."""
    return (style.startswith("第") and style.endswith("条")) or style == "Article N"


def _check_group(doc, siblings, parent_path, by_path, findings, last_number, parent=None, children=True,
                 *, levels):
    """``last_number``: the last number of each run of numbering that goes on through its parents: an
    article style (第…条) across the whole text, any other style across headings that have no number
    of their own (keyed by style and the path they share). ``parent``: the Numbering of the section
    whose path is ``parent_path`` (None at the top). ``children``: check the sections within each of
    ``siblings`` too. ``levels``: the levels of the text's headings."""
    runs = _runs(siblings)
    if len(runs) > 1:
        for run in runs:
            _check_group(doc, run, parent_path, by_path, findings, last_number, parent, levels=levels)
        return
    numbered = [s for s in siblings if s.number is not None]
    # An absolute number ("4.5") must continue its parent's number ("4"): its path, which the parser gives
    # as the number itself, or within a parent numbered another way ("1." under "一、" or "Part 1").
    placed = [(s, not (s.number.absolute and s.path[:-1] != parent_path)) for s in numbered]
    good = [s for s, ok in placed if ok]
    style = _main_style(good or numbered)
    if parent_path and good and all(numbers_within(s.number, parent) for s in good):
        parent_path = ()  # the numbers to suggest are "2.", not "1.2."

    # Sequence first, so that a misplaced number can be told what it should have been.
    # Numbering may start at 0 ("0. Definition", as the Mulan licences do) or at 1.
    first = next((s for s, ok in placed if ok), None)
    expected_next = 0 if first is not None and first.number.values[-1] == 0 else 1
    if first is not None and first.number.values[-1] in (last_number.get(first.number.style, -1) + 1,
                                                         last_number.get((first.number.style, parent_path), -1) + 1):
        # 第三条 opens 第二章 after 第二条 closed 第一章; clause 5 opens "Part Three" after clause 4 closed "Part Two"
        # (headings without a number of their own: their clauses' numbers run on through them)
        expected_next = first.number.values[-1]
    start = expected_next
    expected_for = {}
    for s, ok in placed:  # the number a misplaced absolute number stands in place of
        if not ok:
            expected_for[s] = parent_path + (expected_next,)
            expected_next += 1
        else:
            expected_next = max(expected_next, s.number.values[-1]) + 1

    # The sections in order are the longest run of rising numbers; each other one is out of place
    # (one finding: two sections swapped, or one moved, is not a cascade over those after it), and
    # a number is missing only when no section of the group has it.
    values = [t.number.values[-1] for t in good]
    rising = _longest_rising(values)
    present = set(values)
    previous = start - 1
    for index, t in enumerate(good):
        value = values[index]
        if index in rising:
            missing = [v for v in range(previous + 1, value) if v not in present]
            if missing:
                findings.append(_at(doc, t, "N004",
                                    f"{t.label()} follows {_prev_text(good, t, parent_path)}: numbering skips "
                                    f"{_missing_text(missing, parent_path)}; "
                                    f"renumber it {_q(format_like(style, parent_path + (previous + 1,)))} "
                                    f"or add the missing section."))
            previous = value
        elif _seen_value(good, t, value):
            twin = _earlier_with_value(good, t, value)
            findings.append(_at(doc, t, "N001",
                                f"{t.label()} repeats the number {_fmt(t)} already used on line {twin.line}; "
                                f"number it {_q(format_like(style, parent_path + (previous + 1,)))}."))
        else:
            after = max((v for i, v in enumerate(values) if i in rising and v < value), default=None)
            place = (f"after {_q(format_like(style, parent_path + (after,)))}" if after is not None
                     else "before the others")
            findings.append(_at(doc, t, "N005", f"{t.label()} is out of order: it belongs {place}; move it there."))

    flat = {}  # {heading: [the headings numbered as its parts at its level]} (_flat_owner)
    for s, ok in placed:
        if ok:
            continue
        owner = _flat_owner(s, siblings, by_path, levels)
        if owner is not None:
            flat.setdefault(owner, []).append(s)
            continue
        want = _q(format_like(style, expected_for[s]))
        twin = by_path.get(s.number.values)
        where = _parent_label(s)
        if twin is not None and twin is not s:
            findings.append(_at(doc, s, "N001",
                                f"{s.label()} repeats the number of {twin.label()} (line {twin.line}) inside "
                                f"{where}; number it {want}."))
        else:
            owner = ".".join(str(v) for v in s.number.values[:-1]) or "the top level"
            findings.append(_at(doc, s, "N002",
                                f"{s.label()} is numbered as part of "
                                f"{'section ' + owner if s.number.values[:-1] else owner} but stands in {where}; "
                                f"number it {want}."))

    for s in good:
        if s.number.style != style:
            examples = [t for t in good if t.number.style == style]
            sample = f"{_fmt(examples[0])} … {_fmt(examples[-1])}" if len(examples) > 1 else _fmt(examples[0])
            findings.append(_at(doc, s, "N003",
                                f"{s.label()} is written {_fmt(s)}, unlike its siblings ({sample}); "
                                f"write {_q(format_like(style, s.path))}."))

    for s in good:
        key = s.number.style if _continues(s.number.style) else (s.number.style, parent_path)
        last_number[key] = max(last_number.get(key, 0), s.number.values[-1])
    for owner, parts in flat.items():  # numbered among themselves, as if nested
        _check_group(doc, parts, owner.path, by_path, findings, last_number, owner.number, children=False,
                     levels=levels)
    for s in siblings if children else ():
        if s.children:
            if s.path is not None:
                _check_group(doc, s.children, s.path, by_path, findings, last_number, s.number, levels=levels)
            else:
                _check_group(doc, s.children, parent_path, by_path, findings, last_number, parent, levels=levels)


def _flat_owner(section, siblings, by_path, levels):
    """The heading before ``section`` at its level ("## 1.") of which it is numbered a part ("## 1.1"), if
    the text's headings are all of that level (its title apart): the numbers give the structure the
    levels do not (a text converted from plain text or a word processor), so its number is right
    where it stands, checked among the other parts of that heading. In a text that nests its
    headings elsewhere, a heading set a level too high is still named (N002). None otherwise."""
    owner = by_path.get(section.path[:-1]) if section.path and len(section.path) > 1 else None
    if section.kind != "heading" or owner is None or owner.kind != "heading" or owner.level != section.level:
        return None
    if not levels <= {1, section.level} or owner not in siblings or siblings.index(owner) > siblings.index(section):
        return None
    return owner


def _runs(siblings):
    """``siblings`` cut where a heading without a number of its own starts the numbering again
    ("Part One": 1, 2, 3; "Part Two": 1, 2, 3, as a licence's parts written at the level of their
    clauses): each run is numbered on its own. One run when none does."""
    runs, current, seen = [], [], False
    for k, s in enumerate(siblings):
        if s.kind == "heading" and s.number is None and seen:
            following = next((t for t in siblings[k + 1:] if t.number is not None), None)
            if following is not None and following.number.values[-1] <= 1 and not _continues(following.number.style):
                runs.append(current)
                current, seen = [], False
        current.append(s)
        seen = seen or s.number is not None
    runs.append(current)
    return runs


def _main_style(sections):
    counts = {}
    for s in sections:
        counts[s.number.style] = counts.get(s.number.style, 0) + 1
    if not counts:
        return "N."
    best = max(counts.values())
    return next(s.number.style for s in sections if counts[s.number.style] == best)


def _longest_rising(values):
    """The indices of the longest strictly rising subsequence of ``values`` (the earliest such when
    several are as long): the sections that are in order."""
    if not values:
        return set()
    # for each value, the longest rising run ending below it, and of those the earliest: a tree of prefix maxima
    # over the values' ranks, (length, -index) at each (n log n: comparing each pair took a second at 1,500)
    rank = {v: r + 1 for r, v in enumerate(sorted(set(values)))}
    tree = [(0, 0)] * (len(rank) + 1)
    best = [1] * len(values)
    back = [-1] * len(values)
    for i, value in enumerate(values):
        r, below = rank[value] - 1, (0, 0)
        while r > 0:
            below = max(below, tree[r])
            r -= r & -r
        if below[0]:
            best[i], back[i] = below[0] + 1, -below[1]
        r = rank[value]
        while r < len(tree):
            tree[r] = max(tree[r], (best[i], -i))
            r += r & -r
    i = max(range(len(values)), key=lambda k: (best[k], -k))
    chosen = set()
    while i != -1:
        chosen.add(i)
        i = back[i]
    return chosen


def _seen_value(good, current, value):
    return _earlier_with_value(good, current, value) is not None


def _earlier_with_value(good, current, value):
    for s in good:
        if s is current:
            return None
        if s.number.values[-1] == value:
            return s
    return None


def _prev_text(good, current, parent_path):
    prev = None
    for s in good:
        if s is current:
            break
        prev = s
    return _fmt(prev) if prev else ("the start of " + ("the document" if not parent_path else "its section"))


def _range_text(a, b):
    return str(a) if a == b else f"{a} to {b}"


def _missing_text(missing, parent_path=()):
    """"3 to 5" for the numbers 3, 4, 5; "3, 5" where 4 is there (out of place); "2.2" for 2 within
    section 2 (``parent_path`` (2,))."""
    prefix = "".join(f"{v}." for v in parent_path)
    if len(missing) == missing[-1] - missing[0] + 1:
        return _range_text(prefix + str(missing[0]), prefix + str(missing[-1]))
    return ", ".join(prefix + str(v) for v in missing)


def _parent_label(section):
    return section.parent.label() if section.parent else "the top level"


def _fmt(section):
    return _q(section.display_number)


def _q(text):
    return f"\u201c{text}\u201d"


def _at(doc, section, code, message):
    return Finding(doc.path, section.line, 1, code, message)
