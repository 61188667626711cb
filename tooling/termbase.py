"""The termbase: how each English legal term must be rendered in the authoritative Chinese text.

``terms.toml`` at the root of the project (next to ``policy.toml``) lists the terms; ``policy
check`` enforces them section by section, as translation QA tools (Xbench, Verifika, memoQ's QA)
check terminology segment by segment:

* T001: a section's English uses a term, but the Chinese section has none of its renderings;
* T002: the Chinese uses a forbidden variant of a term;
* T003: one term is rendered in different ways across the document;
* T004 (warning): a placeholder left for the legal team (``【待填：…】``) is still in the text.

English terms are matched in any case and inflected (share, shares, shared, sharing; authority,
authorities) on word boundaries. The longest term wins: 个人信息 inside 敏感个人信息 is not a
rendering of "personal information", and "personal information" inside "sensitive personal
information" is not that term.

``policy check`` must start fast, so the file is parsed once and kept, prepared, in
``.policy-cache/terms.marshal`` (keyed by the file's SHA-256), and the matching uses plain
string search, no regular expressions.
"""

import os

from .errors import PolicyError
from .findings import WARNING, Finding

TERMS_NAME = "terms.toml"
PLACEHOLDER_OPEN = "【待填"
PLACEHOLDER_CLOSE = "】"
_VOWELS = "aeiou"


class TermbaseError(PolicyError):
    code = "T010"


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


def _prepare(data, path, source_lang, target_lang):
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
        out.append({"en": src.strip(), "forms": english_forms(src), "zh": renderings,
                    "forbidden": forbidden, "except": except_, "consistent": consistent,
                    "note": str(term.get("note", ""))})
    return out


def load_termbase(config):
    """The prepared terms of the project, or None when it has no terms.toml."""
    path = os.path.join(config.root, TERMS_NAME)
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise TermbaseError(f"cannot be read: {exc.strerror}", path) from None
    import marshal

    from .sections import sha256

    source_lang = next((x for x in config.translations if x == "en"), None) or \
        (config.translations[0] if config.translations else "en")
    key = sha256(raw + f"\0{source_lang}\0{config.authoritative}".encode()).digest()
    cache = os.path.join(config.root, ".policy-cache", "terms.marshal")
    try:
        with open(cache, "rb") as fh:
            cached = fh.read()
        if cached[:32] == key:
            return marshal.loads(cached[32:])
    except (OSError, ValueError, EOFError, TypeError):
        pass
    import tomllib

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise TermbaseError("is not UTF-8; save it as UTF-8.", path) from None
    except tomllib.TOMLDecodeError as exc:
        raise TermbaseError(f"is not valid TOML: {exc}", path) from None
    terms = {"source": source_lang, "terms": _prepare(data, path, source_lang, config.authoritative)}
    try:
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        tmp = f"{cache}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            fh.write(key + marshal.dumps(terms))
        os.replace(tmp, cache)
    except OSError:
        pass
    return terms


class Hit:
    """One occurrence of a term (or of a variant of it) in a section."""

    __slots__ = ("term", "text", "kind", "line", "column")

    def __init__(self, term, text, kind, line, column):
        self.term = term      # index in the termbase
        self.text = text      # the variant found, as written
        self.kind = kind      # "en" | "zh" (a required rendering) | "forbidden"
        self.line = line
        self.column = column


def _units(section, lines):
    """(line, text, column offset) of each piece of a section's own text."""
    if section.kind != "preamble":
        first = lines[section.line - 1] if section.line <= len(lines) else ""
        offset = max(first.find(section.heading), 0)
        yield section.line, section.heading, offset
    for block in section.blocks:
        yield block.line, block.text, 0


def _scan(section, lines, needles, english):
    """Occurrences of ``needles`` [(text, term, kind)], longest first, in a section's own text."""
    hits = []
    for line, text, offset in _units(section, lines):
        hay = text.lower().replace("\n", " ") if english else text
        taken = []
        for needle, term, kind in needles:
            if needle not in hay:
                continue
            start = hay.find(needle)
            while start != -1:
                end = start + len(needle)
                if english and ((start and hay[start - 1].isalnum()) or (end < len(hay) and hay[end].isalnum())):
                    start = hay.find(needle, start + 1)
                    continue
                if not any(start < b and a < end for a, b in taken):
                    taken.append((start, end))
                    row = text.count("\n", 0, start)
                    col = start - (text.rfind("\n", 0, start) + 1) + 1 + (offset if row == 0 else 0)
                    hits.append(Hit(term, text[start:end], kind, line + row, col))
                start = hay.find(needle, end)
    return hits


def check_terms(config, result, docs_dir=None):
    """``policy check``: termbase findings (T001-T003) and placeholders (T004) of every document."""
    findings = []
    for docs in result.documents.values():
        for doc in docs.values():
            findings.extend(placeholders(doc))
    termbase = load_termbase(config)
    if termbase is None:
        return findings
    for docs in result.documents.values():
        source = docs.get(config.authoritative)
        translation = docs.get(termbase["source"])
        if source is not None and translation is not None:
            findings.extend(check_document(termbase["terms"], source, translation))
    return findings


def check_document(terms, zh, en):
    """Findings of one document: ``zh`` the authoritative text, ``en`` the translation."""
    en_lower = en.source.text.lower()
    en_needles = sorted(((form, i, "en") for i, t in enumerate(terms) for form in t["forms"]
                         if form in en_lower), key=lambda n: -len(n[0]))
    zh_text = zh.source.text
    zh_needles = sorted([(v, i, "zh") for i, t in enumerate(terms) for v in t["zh"] if v in zh_text]
                        + [(v, i, "forbidden") for i, t in enumerate(terms) for v in t["forbidden"] if v in zh_text],
                        key=lambda n: -len(n[0]))
    findings = []
    if not zh_needles and not en_needles:
        return findings
    en_lines = en.source.text.split("\n")
    zh_lines = zh_text.split("\n")
    zh_sections = zh.by_id()
    renderings = {}  # term -> [Hit] of required renderings in sections whose English uses the term
    scanned = set()
    for en_section in en.walk():
        zh_section = zh_sections.get(en_section.id)
        if zh_section is None:
            continue  # a parity finding (P002) already
        scanned.add(zh_section.id)
        used = {h.term for h in _scan(en_section, en_lines, en_needles, True)} if en_needles else set()
        zh_hits = _scan(zh_section, zh_lines, zh_needles, False) if zh_needles else []
        reported = set()
        for hit in zh_hits:
            term = terms[hit.term]
            if zh_section.id in term["except"]:
                continue
            if hit.kind == "forbidden":
                reported.add(hit.term)
                findings.append(Finding(zh.path, hit.line, hit.column, "T002", (
                    f"\u201c{hit.text}\u201d is not the rendering of \u201c{term['en']}\u201d: write "
                    f"\u201c{term['zh'][0]}\u201d ({TERMS_NAME}). {term['note']}").strip()))
            elif hit.term in used:
                renderings.setdefault(hit.term, []).append(hit)
        found = {h.term for h in zh_hits if h.kind == "zh"}
        for index in sorted(used - found - reported):
            term = terms[index]
            if zh_section.id in term["except"]:
                continue
            wanted = "\u201d or \u201c".join(term["zh"])
            findings.append(Finding(zh.path, zh_section.line, 1, "T001", (
                f"{zh_section.label()}: the English ({en.path}:{en_section.line}) says "
                f"\u201c{term['en']}\u201d, but this Chinese section has no \u201c{wanted}\u201d, its rendering "
                f"in {TERMS_NAME}; render the term here (or correct the termbase). {term['note']}").strip()))
    # unmatched Chinese sections: forbidden variants are still wrong there
    for zh_section in zh.walk():
        if zh_section.id in scanned or not zh_needles:
            continue
        for hit in _scan(zh_section, zh_lines, zh_needles, False):
            term = terms[hit.term]
            if hit.kind == "forbidden" and zh_section.id not in term["except"]:
                findings.append(Finding(zh.path, hit.line, hit.column, "T002", (
                    f"\u201c{hit.text}\u201d is not the rendering of \u201c{term['en']}\u201d: write "
                    f"\u201c{term['zh'][0]}\u201d ({TERMS_NAME}). {term['note']}").strip()))
    for index, hits in renderings.items():
        term = terms[index]
        variants = [v for v in term["zh"] if any(h.text == v for h in hits)]
        if len(variants) < 2 or not term["consistent"]:
            continue
        counts = {v: sum(1 for h in hits if h.text == v) for v in variants}
        preferred = max(variants, key=lambda v: (counts[v], -term["zh"].index(v)))
        first = next(h for h in hits if h.text == preferred)
        for hit in hits:
            if hit.text != preferred:
                findings.append(Finding(zh.path, hit.line, hit.column, "T003", (
                    f"\u201c{term['en']}\u201d is rendered \u201c{hit.text}\u201d here but \u201c{preferred}\u201d "
                    f"{counts[preferred]} time{'s' if counts[preferred] != 1 else ''} elsewhere in this document "
                    f"(first at line {first.line}); use one rendering throughout: \u201c{preferred}\u201d. "
                    f"{term['note']}").strip()))
    return findings


def placeholders(doc):
    """T004 warnings: ``【待填：…】`` placeholders still in a document."""
    text = doc.source.text
    out = []
    start = text.find(PLACEHOLDER_OPEN)
    while start != -1:
        end = text.find(PLACEHOLDER_CLOSE, start)
        end = end + 1 if end != -1 and end - start < 200 else start + len(PLACEHOLDER_OPEN)
        line = text.count("\n", 0, start) + 1
        column = start - (text.rfind("\n", 0, start) + 1) + 1
        out.append(Finding(doc.path, line, column, "T004", (
            f"the placeholder \u201c{text[start:end]}\u201d is still to be filled in by the legal team; replace it "
            "with the final wording (README, \u201cOpen questions for the legal team\u201d). A warning: "
            "`policy check` and `policy release` do not refuse it, but the text is not final."), WARNING))
        start = text.find(PLACEHOLDER_OPEN, end)
    return out
