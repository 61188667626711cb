"""Section parity between the authoritative text and a translation.

The two texts must have the same sections, in the same order, with the same numbering and
heading levels, the same number of paragraphs and list items in each section, and the same
facts. Findings are placed in the translation, which is where the fix belongs: the
authoritative text is the reference.
"""

from __future__ import annotations

from bisect import bisect_left

from ..model.facts import section_facts
from ..findings import Finding

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (no import cost at run time)
    from ..model.sections import Document


def language_name(code: str) -> str:
    from ..wording import CATALOG  # only when a finding names a language: the catalog is large

    return CATALOG[code]["language_name"] if code in CATALOG else code


def compare(source: Document, translation: Document) -> list[Finding]:
    """Findings for ``translation`` (a Document) against ``source`` (the authoritative Document)."""
    findings = []
    src_name, tr_name = language_name(source.language), language_name(translation.language)
    src_sections = list(source.walk())
    tr_sections = list(translation.walk())
    src_ids = {s.id: s for s in src_sections}
    tr_ids = {s.id: s for s in tr_sections}

    def at(line, code, message, column=1):
        findings.append(Finding(translation.path, line, column, code, message))

    if bool(source.title) != bool(translation.title):
        at(translation.title_line or translation.source.body_line, "P008",
           f"the {src_name} text {'has' if source.title else 'has no'} a title line (`# …`) "
           f"but the {tr_name} text {'has' if translation.title else 'has none'}; both need one.")

    # Sections present on one side only. A section missing on one side where the other has an
    # unknown one in the same place is usually one section numbered differently: pair them.
    matched = {s.id for s in tr_sections if s.id in src_ids}
    pairs = _pair_unmatched(src_sections, tr_sections, matched)
    paired_src = {id(a) for a, _ in pairs}
    paired_tr = {id(b) for _, b in pairs}

    previous = None
    for s in src_sections:
        if s.id in tr_ids:
            previous = tr_ids[s.id]
            continue
        if id(s) in paired_src:
            continue
        where = f"after {previous.label()}" if previous else "at the start"
        line = previous.line if previous else (translation.title_line or translation.source.body_line)
        at(line, "P002",
           f"{s.label()}{_title(s)} of the {src_name} text ({source.path}:{s.line}) is missing in the "
           f"{tr_name} text; translate it and place it {where}.")
    for s in tr_sections:
        if s.id not in src_ids and id(s) not in paired_tr:
            at(s.line, "P002",
               f"{s.label()}{_title(s)} exists only in the {tr_name} text; the {src_name} text, which is "
               f"authoritative, has no such section. Remove it or add it to the {src_name} text first.")
    for src, tr in pairs:
        if (src.path or None) == (tr.path or None):
            at(tr.line, "P009",
               f"{tr.label()} has the id \u201c{tr.id}\u201d here but \u201c{src.id}\u201d in the {src_name} "
               f"text ({source.path}:{src.line}); use the same {{#id}} in both languages.")
        _compare_section(src, tr, src_name, tr_name, source.path, at)

    # Order: sections not on the longest common ordering are the ones that moved.
    common = [s for s in tr_sections if s.id in src_ids]
    position = {s.id: i for i, s in enumerate(src_sections)}
    keep = _longest_increasing([position[s.id] for s in common])
    for i, s in enumerate(common):
        if i in keep:
            continue
        src = src_ids[s.id]
        before = _previous_common(src_sections, src, tr_ids)
        hint = f"after {before.label()}" if before else "first"
        at(s.line, "P003",
           f"{s.label()} is out of order: in the {src_name} text ({source.path}:{src.line}) it comes {hint}.")

    for s in common:
        src = src_ids[s.id]
        _compare_section(src, s, src_name, tr_name, source.path, at)
    return findings


def _compare_section(src, tr, src_name, tr_name, src_path, at):
    ref = f"({src_path}:{src.line})"
    src_parent = src.parent.id if src.parent else None
    tr_parent = tr.parent.id if tr.parent else None
    if src_parent != tr_parent:
        at(tr.line, "P003",
           f"{tr.label()} sits in {tr.parent.label() if tr.parent else 'the top level'} here but in "
           f"{src.parent.label() if src.parent else 'the top level'} in the {src_name} text {ref}.")
    if src.kind != tr.kind:
        what = {"heading": "a heading", "clause": "a numbered paragraph", "preamble": "opening text"}
        at(tr.line, "P004",
           f"{tr.label()} is {what[tr.kind]} here but {what[src.kind]} in the {src_name} text {ref}.")
    elif src.kind == "heading" and src.level != tr.level:
        at(tr.line, "P004",
           f"{tr.label()} is a level-{tr.level} heading ({'#' * tr.level}) here but level {src.level} "
           f"({'#' * src.level}) in the {src_name} text {ref}; use {'#' * src.level}.")
    if (src.path or None) != (tr.path or None):
        at(tr.line, "P005",
           f"{tr.label()} is numbered \u201c{tr.display_number or '(none)'}\u201d here but "
           f"\u201c{src.display_number or '(none)'}\u201d in the {src_name} text {ref}.")

    for noun, getter, code in (("paragraph", "paragraphs", "P006"), ("list item", "items", "P007")):
        n_src, n_tr = len(getattr(src, getter)()), len(getattr(tr, getter)())
        if n_src != n_tr:
            at(tr.line, code,
               f"{tr.label()} has {n_tr} {noun}{'s' if n_tr != 1 else ''} here but {n_src} in the "
               f"{src_name} text {ref}; each {noun} must be translated as one {noun}.")

    src_facts = section_facts(src)
    tr_facts = section_facts(tr)
    remaining = {}
    for f in tr_facts:
        remaining.setdefault(f.key, []).append(f)
    for f in src_facts:
        bucket = remaining.get(f.key)
        if bucket:
            bucket.pop(0)
            continue
        at(tr.line, _FACT_CODES[f.kind],
           f"{tr.label()}: the {src_name} text has {f.describe()} ({src_path}:{f.line}) that this "
           f"translation does not carry; check the {tr_name} wording.")
    for bucket in remaining.values():
        for f in bucket:
            at(f.line, _FACT_CODES[f.kind],
               f"{tr.label()}: {f.describe()} is not in the {src_name} text {ref}; the translation must "
               f"state the same facts.", f.column)


_FACT_CODES = {"number": "F001", "percent": "F001", "date": "F002", "email": "F003", "url": "F004",
               "phone": "F005"}


def _pair_unmatched(src_sections, tr_sections, matched):
    """(source, translation) pairs of unmatched sections standing in the same place: after the
    same matched section, in the same order, of the same kind."""
    def slots(sections):
        out, anchor = {}, None
        for s in sections:
            if s.id in matched:
                anchor = s.id
            else:
                out.setdefault(anchor, []).append(s)
        return out

    tr_slots = slots(tr_sections)
    pairs = []
    for anchor, srcs in slots(src_sections).items():
        for a, b in zip(srcs, tr_slots.get(anchor, ())):
            if a.kind == b.kind:
                pairs.append((a, b))
    return pairs


def _title(section):
    if section.kind != "heading" or not section.title:
        return ""
    return f" (\u201c{section.title}\u201d)"


def _previous_common(src_sections, src, tr_ids):
    prev = None
    for s in src_sections:
        if s is src:
            return prev
        if s.id in tr_ids:
            prev = s
    return prev


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
