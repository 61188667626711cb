"""Concepts a block of text speaks of, in Chinese or in English (rules/lexicon.tsv): what lets the
parity check tell which of two short blocks without facts translates which (隐私 and 知识产权 are
privacy and intellectual property), where their lengths alone cannot.

Building the two patterns from the list takes about 30 ms, as long as the rest of `policy check`
on a short policy: inside a project, what is built is kept in ``.policy-cache/lexicon.marshal``,
keyed by a digest of the list, and the compiled patterns in ``regex.marshal`` (startup.py)."""

import os
import re
from functools import lru_cache

LEXICON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rules", "lexicon.tsv")
# Traditional characters read as Simplified ones (generated from OpenCC's tables: make_traditional.py)
TRADITIONAL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rules", "traditional.tsv")
_FORMAT = b"lexicon 2 "  # the layout of what is kept; a new layout starts a new file
_VARIANTS = 8  # Traditional spellings kept of one Chinese form, at most
_kept_in = None  # where `policy check` keeps the built lexicon (keep_in), or None


def keep_in(path):
    """Keep the built lexicon in ``path`` between runs (None: build it each time)."""
    global _kept_in
    _kept_in = path
    _lexicon.cache_clear()
    concepts.cache_clear()


class _Lexicon:
    """The concepts of rules/lexicon.tsv as two patterns (Chinese forms, English forms), each
    trying the longest form first, and the concept of each form."""

    def __init__(self, concept_of, chinese, english, stems):
        self.concept_of = concept_of  # {form: concept}, and the words found since (forms)
        self.chinese = re.compile(chinese)
        self.english = re.compile(english)
        self.stems = frozenset(stems)  # the English forms (a word may only start with one that ends in *)

    def forms(self, text):
        """{concept: the first form of it in ``text``, as written there but lower case}."""
        found = {}
        for match in self.chinese.findall(text):
            found.setdefault(self.concept_of[match], match)
        for word in self.english.findall(text.lower()):
            concept = self.concept_of.get(word)
            if concept is None:  # a word the stem of a form starts: the longest such stem, found once
                stem = next(word[:k] for k in range(len(word), 0, -1) if word[:k] in self.stems)
                concept = self.concept_of[word] = self.concept_of[stem]
            found.setdefault(concept, word)
        return found


def _built(text, traditional=""):
    """(concept of each form, Chinese pattern, English pattern, English stems longest first) of the list; each
    Chinese form is also read in its Traditional spellings (``traditional``: the lines of traditional.tsv)."""
    concept_of = {}
    chinese, english = [], []
    spellings = _spellings(traditional)
    for number, line in enumerate(text.split("\n")):
        if not line.strip() or line.startswith("#"):
            continue
        zh, _, en = line.partition("\t")
        for form in filter(None, zh.split("|")):
            for spelt in _spelt(form, spellings):
                concept_of.setdefault(spelt, number)
                chinese.append(spelt)
        for form in filter(None, en.split("|")):
            concept_of.setdefault(form.rstrip("*").lower(), number)
            english.append(form.lower())
    # each pattern a trie of its forms (an alternation of hundreds of words, tried one after the other at every
    # position, read a text at about 8 µs a character): the longest form wins where forms overlap. The English is
    # read in the lowered text (a pattern that ignores case is five times slower), at the start of a word.
    chinese_pattern = _trie({f: "" for f in chinese})
    english_pattern = r"(?<![\w-])" + _trie({f.rstrip("*"): r"\w*" if f.endswith("*") else r"(?!\w)" for f in english})
    stems = sorted({f.rstrip("*") for f in english}, key=len, reverse=True)
    return concept_of, chinese_pattern, english_pattern, stems


def _spellings(traditional):
    """{Simplified character: its Traditional characters} of the lines of traditional.tsv."""
    out: dict = {}
    for line in traditional.split("\n"):
        if line and not line.startswith("#"):
            old, _, new = line.partition("\t")
            out.setdefault(new, []).append(old)
    return out


def _spelt(form, spellings):
    """``form`` and its Traditional spellings (隐私 → 隱私; 个人信息 → 個人信息), at most _VARIANTS in all."""
    out = [""]
    for ch in form:
        out = [head + x for head in out for x in [ch, *spellings.get(ch, ())]][:_VARIANTS]
    return out


def _trie(forms):
    """A pattern matching any of ``forms`` ({form: what must follow it}), the longest first, as a trie:
    each character tried once at a position, not once for every form that starts with it."""
    root: dict = {}
    for form, tail in forms.items():
        node = root
        for ch in form.lower():
            node = node.setdefault(ch, {})
        node[""] = tail  # a form ends here, followed by ``tail``

    def pattern(node):
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append(node[""])  # the end comes last: a longer form is tried first
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return pattern(root)


@lru_cache(maxsize=1)
def _lexicon():
    from ..startup import keep, load_kept, sha256

    with open(LEXICON, "rb") as fh:
        raw = fh.read()
    with open(TRADITIONAL, "rb") as fh:
        traditional = fh.read()
    key = _FORMAT + sha256(raw + b"\0" + traditional).hexdigest().encode() + b"\n"
    built = load_kept(_kept_in, key) if _kept_in else None
    if not (isinstance(built, tuple) and len(built) == 4):
        built = _built(raw.decode("utf-8"), traditional.decode("utf-8"))
        if _kept_in:
            keep(_kept_in, built, key)
    concept_of, chinese, english, stems = built
    return _Lexicon(dict(concept_of), chinese, english, list(stems))


@lru_cache(maxsize=4096)
def concepts(text):
    """The concepts ``text`` speaks of (a frozenset of their ids); a text asked again is not read again."""
    return frozenset(_lexicon().forms(text))


def concept_forms(text):
    """{concept id: the first word or phrase of ``text`` that speaks of it, lower case}."""
    return _lexicon().forms(text)
