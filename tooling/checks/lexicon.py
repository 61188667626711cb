"""Concepts a block of text speaks of, in Chinese or in English (rules/lexicon.tsv): what lets the
parity check tell which of two short blocks without facts translates which (隐私 and 知识产权 are
privacy and intellectual property), where their lengths alone cannot."""

import os
import re
from functools import lru_cache

LEXICON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rules", "lexicon.tsv")


class _Lexicon:
    """The concepts of rules/lexicon.tsv as two patterns (Chinese forms, English forms), each
    trying the longest form first, and the concept of each form."""

    def __init__(self, path):
        concept_of = {}
        chinese, english = [], []
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(fh):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                zh, _, en = line.partition("\t")
                for form in filter(None, zh.split("|")):
                    concept_of.setdefault(form, number)
                    chinese.append(form)
                for form in filter(None, en.split("|")):
                    key = form.rstrip("*").lower()
                    concept_of.setdefault(key, number)
                    english.append(form.lower())
        self.concept_of = concept_of
        # each pattern a trie of its forms (an alternation of hundreds of words, tried one after the other at
        # every position, read a text at about 8 µs a character): the longest form wins where forms overlap
        self.chinese = re.compile(_trie({f: "" for f in chinese}))
        # read in the lowered text (a pattern that ignores case is five times slower), at the start of a word
        self.english = re.compile(r"(?<![\w-])" + _trie({f.rstrip("*"): r"\w*" if f.endswith("*") else r"(?!\w)"
                                                        for f in english}))
        self.stems = sorted({f.rstrip("*").lower() for f in english}, key=len, reverse=True)

    def forms(self, text):
        """{concept: the first form of it in ``text``, as written there but lower case}."""
        found = {}
        for match in self.chinese.findall(text):
            found.setdefault(self.concept_of[match], match)
        for word in self.english.findall(text.lower()):
            concept = self.concept_of.get(word)
            if concept is None:  # a word the stem of a form starts: its concept found once
                concept = self.concept_of[word] = next(self.concept_of[s] for s in self.stems if word.startswith(s))
            found.setdefault(concept, word)
        return found


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
    return _Lexicon(LEXICON)


@lru_cache(maxsize=4096)
def concepts(text):
    """The concepts ``text`` speaks of (a frozenset of their ids); a text asked again is not read again."""
    return frozenset(_lexicon().forms(text))


def concept_forms(text):
    """{concept id: the first word or phrase of ``text`` that speaks of it, lower case}."""
    return _lexicon().forms(text)
