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
``.policy-cache/terms.marshal`` (keyed by the file's SHA-256), the findings of a document are
kept with the exact texts they came from, and the matching (``terms_match.py``, plain string
search, no regular expressions) is imported only for a document that changed.
"""

import os

from ..findings import WARNING, Finding
from .terms_common import TERMS_NAME, TermbaseError  # noqa: F401 (TermbaseError: raised by the matching, caught by check)

MAX_CACHED_DOCUMENTS = 16
PLACEHOLDER_OPEN = "【待填"
PLACEHOLDER_CLOSE = "】"
_MATCHER = os.path.join(os.path.dirname(__file__), "terms_match.py")


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
    from ..startup import keep, load_kept, read_toml, sha256

    source_lang = next((x for x in config.translations if x == "en"), None) or \
        (config.translations[0] if config.translations else "en")
    # keyed by the file, the languages and the code that prepares and matches (a new version of
    # the tool prepares and matches anew)
    stamps = "".join(f"\0{s.st_mtime_ns}\0{s.st_size}" for s in (os.stat(__file__), os.stat(_MATCHER)))
    key = sha256(raw + f"\0{source_lang}\0{config.authoritative}{stamps}".encode()).digest()
    cache = os.path.join(config.root, ".policy-cache", "terms.marshal")
    terms = load_kept(cache, key)
    if terms is None:
        from .terms_match import prepare

        data = read_toml(raw, path, TermbaseError)
        terms = {"source": source_lang, "key": key, "terms": prepare(data, path, source_lang, config.authoritative)}
        keep(cache, terms, key)
    return terms


def check_terms(config, result, docs_dir=None):
    """``policy check``: termbase findings (T001-T003) and placeholders (T004) of every document.

    The findings of a document are a function of its two texts and the termbase (whose key covers
    this module too), so ``.policy-cache/terms-findings.marshal`` keeps them with the exact texts
    they came from: an unchanged document costs a comparison of strings, not a new search. Only
    small projects are kept (a corpus of 1,000 documents is checked afresh each time).
    """
    findings = []
    for docs in result.documents.values():
        for doc in docs.values():
            findings.extend(placeholders(doc))
    termbase = load_termbase(config)
    if termbase is None:
        return findings
    from ..startup import keep, load_kept

    cache_path = os.path.join(config.root, ".policy-cache", "terms-findings.marshal")
    small = len(result.documents) <= MAX_CACHED_DOCUMENTS
    cache = (load_kept(cache_path) if small else None) or {}
    if not isinstance(cache, dict) or cache.get("key") != termbase["key"]:
        cache = {}
    fresh = {"key": termbase["key"]}
    for docs in result.documents.values():
        source = docs.get(config.authoritative)
        translation = docs.get(termbase["source"])
        if source is None or translation is None:
            continue
        texts = (source.path, translation.path, source.source.text, translation.source.text)
        entry = cache.get(texts[0])
        if entry is not None and entry[0] == texts:
            rows = entry[1]
        else:
            from .terms_match import check_document

            rows = [(f.file, f.line, f.column, f.code, f.message, f.severity)
                    for f in check_document(termbase["terms"], source, translation)]
        fresh[texts[0]] = (texts, rows)
        findings.extend(Finding(*row[:5], severity=row[5]) for row in rows)
    if small and fresh != cache:
        keep(cache_path, fresh)
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
            "with the final wording (README, \u201cOpen questions for the legal team\u201d). A warning: the draft "
            "may be committed, but `policy release` refuses to publish it until it is filled in (R033)."), WARNING))
        start = text.find(PLACEHOLDER_OPEN, end)
    return out
