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
        self.chinese = re.compile("|".join(re.escape(f) for f in sorted(set(chinese), key=len, reverse=True)))
        words = [f"{re.escape(f[:-1])}\\w*" if f.endswith("*") else f"{re.escape(f)}(?!\\w)"
                 for f in sorted(set(english), key=lambda f: len(f.rstrip("*")), reverse=True)]
        # each form in a group of its own would be slow to match: the stem is found again from the match
        self.english = re.compile(r"(?<![\w-])(?:" + "|".join(words) + ")", re.IGNORECASE)
        self.stems = sorted({f.rstrip("*").lower() for f in english}, key=len, reverse=True)

    def forms(self, text):
        """{concept: the first form of it in ``text``, as written there but lower case}."""
        found = {}
        for match in self.chinese.findall(text):
            found.setdefault(self.concept_of[match], match)
        for match in self.english.findall(text):
            word = match.lower()
            concept = self.concept_of.get(word)
            if concept is None:
                concept = next(self.concept_of[s] for s in self.stems if word.startswith(s))
            found.setdefault(concept, word)
        return found


@lru_cache(maxsize=1)
def _lexicon():
    return _Lexicon(LEXICON)


def concepts(text):
    """The concepts ``text`` speaks of (a frozenset of their ids)."""
    return frozenset(_lexicon().forms(text))


def concept_forms(text):
    """{concept id: the first word or phrase of ``text`` that speaks of it, lower case}."""
    return _lexicon().forms(text)
