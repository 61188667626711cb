"""The matching behind the termbase (see termbase.py): imported only when a document changed
since the last `policy check` (termbase.py keeps the findings of unchanged documents)."""

import os

from ..findings import Finding
from .terms_common import TERMS_NAME, TermbaseError

_VOWELS = "aeiou"


def inflections(word):
    """The forms of an English word matched for it (lower case)."""
    w = word.lower()
    if w.endswith("y") and len(w) > 1 and w[-2] not in _VOWELS:
        return [w, w[:-1] + "ies", w[:-1] + "ied", w + "ing"]
    if w.endswith("e"):
        return [w, w + "s", w + "d", w[:-1] + "ing"]
    if w.endswith(("s", "x", "sh", "ch")):
        return [w, w + "es", w + "ed", w + "ing"]
    return [w, w + "s", w + "ed", w + "ing"]


def english_forms(term):
    """Every form of a (multi-word) English term: the last word is inflected."""
    words = term.lower().split()
    return [" ".join(words[:-1] + [form]) for form in inflections(words[-1])]


def prepare(data, path, source_lang, target_lang):
    """Validate the parsed TOML and turn it into plain lists (marshal-able)."""
    terms = data.get("term")
    if not isinstance(terms, list):
        raise TermbaseError("needs a list of terms: one [[term]] table per term, each with "
                            f"{source_lang} = \"…\" and {target_lang} = [\"…\"].", path)
    out = []
    for n, term in enumerate(terms, 1):
        src = term.get(source_lang) if isinstance(term, dict) else None
        renderings = term.get(target_lang) if isinstance(term, dict) else None
        if isinstance(renderings, str):
            renderings = [renderings]
        forbidden = term.get("forbidden", []) if isinstance(term, dict) else None
        except_ = term.get("except", []) if isinstance(term, dict) else None
        consistent = term.get("consistent", True) if isinstance(term, dict) else None
        ok = (isinstance(src, str) and src.strip()
              and isinstance(renderings, list) and renderings and all(isinstance(x, str) and x for x in renderings)
              and isinstance(forbidden, list) and all(isinstance(x, str) and x for x in forbidden)
              and isinstance(except_, list) and all(isinstance(x, str) for x in except_)
              and isinstance(consistent, bool))
        if not ok:
            shown = f" (\u201c{src}\u201d)" if isinstance(src, str) else ""
            raise TermbaseError(
                f"term {n}{shown} is incomplete: each [[term]] needs {source_lang} = \"the English term\" and "
                f"{target_lang} = [\"its Chinese rendering\", …]; forbidden and except are lists of "
                "text, consistent is true or false.", path)
        forms = sorted(english_forms(src), key=len, reverse=True)
        out.append({"en": src.strip(), "forms": forms, "prefix": os.path.commonprefix(forms), "zh": renderings,
                    "forbidden": forbidden, "except": except_, "consistent": consistent,
                    "note": str(term.get("note", ""))})
    return out


class Hit:
    """One occurrence of a term (or of a variant of it) in a document."""

    __slots__ = ("term", "text", "kind", "offset", "doc")

    def __init__(self, term, text, kind, offset, doc):
        self.term = term      # index in the termbase
        self.text = text      # the variant found, as written
        self.kind = kind      # "en" | "zh" (a required rendering) | "forbidden"
        self.offset = offset  # in the document's text
        self.doc = doc

    @property
    def line(self):
        return self.doc.source.text.count("\n", 0, self.offset) + 1

    @property
    def column(self):
        text = self.doc.source.text
        return self.offset - (text.rfind("\n", 0, self.offset) + 1) + 1


def _sections(doc):
    """The sections of a document and the offset where each one's own text starts (its text runs
    to the start of the next section in document order)."""
    from itertools import accumulate

    walk = list(doc.walk())
    cum = list(accumulate(map(len, doc.source.text.split("\n"))))
    starts = []
    for s in walk:
        line = s.line if s.kind != "preamble" or not s.blocks else s.blocks[0].line
        starts.append((cum[line - 2] if line >= 2 else 0) + line - 1)
    return walk, starts


def _hits(doc, hay, needles, english):
    """{section id: [Hit]} of ``needles`` [(prefix, forms, term, kind)], longest first: a match inside
    a longer one already found does not count; English matches on word boundaries only."""
    walk, starts = _sections(doc)
    mask = bytearray(len(hay))
    size = len(hay)
    found = []
    for prefix, forms, term, kind in needles:
        start = hay.find(prefix)
        while start != -1:
            for form in forms:
                end = start + len(form)
                if not hay.startswith(form, start) or 1 in mask[start:end]:
                    continue
                if english and ((start and hay[start - 1].isalnum()) or (end < size and hay[end].isalnum())):
                    continue
                mask[start:end] = b"\x01" * len(form)
                found.append((start, end, term, kind))
                break
            start = hay.find(prefix, start + 1)
    found.sort()
    out = {}
    k, last = -1, len(starts) - 1
    text = doc.source.text
    for start, end, term, kind in found:
        while k < last and starts[k + 1] <= start:
            k += 1
        if k >= 0:
            out.setdefault(walk[k].id, []).append(Hit(term, text[start:end], kind, start, doc))
    return out


def check_document(terms, zh, en):
    """Findings of one document: ``zh`` the authoritative text, ``en`` the translation."""
    en_lower = en.source.text.lower().replace("\n", " ")
    zh_text = zh.source.text
    en_needles = [(t["prefix"], t["forms"], i, "en") for i, t in enumerate(terms)]
    zh_needles = sorted([(v, (v,), i, "zh") for i, t in enumerate(terms) for v in t["zh"]]
                        + [(v, (v,), i, "forbidden") for i, t in enumerate(terms) for v in t["forbidden"]],
                        key=lambda n: -len(n[0]))
    findings = []
    en_hits = _hits(en, en_lower, sorted(en_needles, key=lambda n: -len(n[1][0])), True)
    zh_hits = _hits(zh, zh_text, zh_needles, False)
    en_sections = en.by_id()
    renderings = {}  # term -> [Hit] of required renderings in sections whose English uses the term

    def forbidden(hit, term):
        return Finding(zh.path, hit.line, hit.column, "T002", (
            f"\u201c{hit.text}\u201d is not the rendering of \u201c{term['en']}\u201d: write "
            f"\u201c{term['zh'][0]}\u201d ({TERMS_NAME}). {term['note']}").strip())

    for zh_section in zh.walk():
        sid = zh_section.id
        en_section = en_sections.get(sid)
        used = {h.term for h in en_hits.get(sid, ())} if en_section is not None else set()
        hits = zh_hits.get(sid, ())
        reported = set()
        for hit in hits:
            term = terms[hit.term]
            if sid in term["except"]:
                continue
            if hit.kind == "forbidden":
                reported.add(hit.term)
                findings.append(forbidden(hit, term))
            elif hit.term in used:
                renderings.setdefault(hit.term, []).append(hit)
        found = {h.term for h in hits if h.kind == "zh"}
        for index in sorted(used - found - reported):
            term = terms[index]
            if sid in term["except"]:
                continue
            wanted = "\u201d or \u201c".join(term["zh"])
            findings.append(Finding(zh.path, zh_section.line, 1, "T001", (
                f"{zh_section.label()}: the English ({en.path}:{en_section.line}) says "
                f"\u201c{term['en']}\u201d, but this Chinese section has no \u201c{wanted}\u201d, its rendering "
                f"in {TERMS_NAME}; render the term here (or correct the termbase). {term['note']}").strip()))
    for index, hits in renderings.items():
        term = terms[index]
        variants = [v for v in term["zh"] if any(h.text == v for h in hits)]
        if len(variants) < 2 or not term["consistent"]:
            continue
        counts = {v: sum(1 for h in hits if h.text == v) for v in variants}
        preferred = max(variants, key=lambda v: (counts[v], -term["zh"].index(v)))
        first = min((h for h in hits if h.text == preferred), key=lambda h: (h.line, h.column))
        for hit in hits:
            if hit.text != preferred:
                findings.append(Finding(zh.path, hit.line, hit.column, "T003", (
                    f"\u201c{term['en']}\u201d is rendered \u201c{hit.text}\u201d here but \u201c{preferred}\u201d "
                    f"{counts[preferred]} time{'s' if counts[preferred] != 1 else ''} elsewhere in this document "
                    f"(first at line {first.line}); use one rendering throughout: \u201c{preferred}\u201d. "
                    f"{term['note']}").strip()))
    return findings
