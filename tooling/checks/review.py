"""The PIPL disclosure report (``policy review DOC``): which disclosures PRC law expects of a
privacy statement that this one lacks, states only vaguely or contradicts.

The rules are data (``tooling/rules/pipl.toml``, or ``--rules FILE``): each names its article,
what the statement must say in each language, the wording that says it only vaguely, the wording
that contradicts it, and the advice for the legal team. This module only applies them; it never
decides the law and never writes a commitment for the client.
"""

import os
import re

from ..errors import PolicyError
from ..findings import WARNING, Finding

RULES = os.path.join(os.path.dirname(__file__), "rules", "pipl.toml")
MISSING, VAGUE, CONTRARY = "missing", "vague", "contrary"


class RuleError(PolicyError):
    code = "L090"


class Rule:
    __slots__ = ("code", "article", "topic", "advice", "expect", "vague", "when", "contrary")

    def __init__(self, code, article, topic, advice, expect, vague, when, contrary):
        self.code = code
        self.article = article    # {language: text}
        self.topic = topic        # {language: text}
        self.advice = advice      # {language: text}
        self.expect = expect      # {language: [[pattern, …], …]}: every group needs a match
        self.vague = vague        # {language: [pattern, …]}
        self.when = when          # {language: [pattern, …]}: applies only if one matches
        self.contrary = contrary  # {language: [pattern, …]}


class Result:
    """One rule's outcome in one language."""

    __slots__ = ("rule", "language", "status", "file", "line", "column", "quote")

    def __init__(self, rule, language, status, file, line, column, quote):
        self.rule = rule
        self.language = language
        self.status = status      # missing | vague | contrary
        self.file = file
        self.line = line
        self.column = column
        self.quote = quote        # the words of the statement the finding points at ("" if none)

    def message(self):
        rule, lang = self.rule, self.language
        article = rule.article.get(lang) or rule.article.get("en", "")
        topic = rule.topic.get(lang) or rule.topic.get("en", "")
        advice = rule.advice.get(lang) or rule.advice.get("en", "")
        q = self.quote
        if lang == "zh":
            what = {MISSING: "未告知" + (f"（文中仅有\u201c{q}\u201d）" if q else ""),
                    VAGUE: f"表述笼统（\u201c{q}\u201d）",
                    CONTRARY: f"文中表述与之相反（\u201c{q}\u201d）"}[self.status]
            return f"【{article}】{topic}：{what}。{advice}"
        what = {MISSING: "not disclosed" + (f", though the statement says \u201c{q}\u201d" if q else ""),
                VAGUE: f"stated only vaguely (\u201c{q}\u201d)",
                CONTRARY: f"the statement says the contrary (\u201c{q}\u201d)"}[self.status]
        return f"[{article}] {topic}: {what}. {advice}".strip()

    def finding(self):
        return Finding(self.file, self.line, self.column, self.rule.code, self.message(), WARNING)

    def as_dict(self):
        rule = self.rule
        return {"file": self.file, "line": self.line, "column": self.column, "severity": WARNING,
                "code": rule.code, "article": rule.article.get(self.language) or rule.article.get("en"), "language": self.language, "status": self.status,
                "topic": rule.topic, "quote": self.quote, "advice": rule.advice.get(self.language, ""),
                "message": self.message()}


def _patterns(value, where, nested=False):
    """A {language: [pattern]} (or [[pattern]]) table compiled; RuleError names what is wrong."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise RuleError(f"{where} must be a table of languages, e.g. {where}.zh = [\u2026].")
    out = {}
    for lang, items in value.items():
        groups = items if nested else [items]
        if not isinstance(groups, list) or not all(isinstance(g, list) and g and all(isinstance(p, str) for p in g)
                                                    for g in groups):
            shape = "a list of lists of patterns" if nested else "a list of patterns"
            raise RuleError(f"{where}.{lang} must be {shape}.")
        try:
            compiled = [[re.compile(p, re.IGNORECASE) for p in g] for g in groups]
        except re.error as exc:
            raise RuleError(f"{where}.{lang}: bad regular expression: {exc}.") from None
        out[lang] = compiled if nested else compiled[0]
    return out


def load_rules(path=RULES):
    import tomllib

    shown = path
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise RuleError(f"cannot be read: {exc.strerror}", shown) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RuleError(f"is not valid TOML: {exc}", shown) from None
    rules = []
    raw = data.get("rule")
    if not isinstance(raw, list) or not raw:
        raise RuleError("has no rules: write one [[rule]] table per rule.", shown)
    for n, item in enumerate(raw, 1):
        where = f"rule {n}"
        try:
            if not isinstance(item, dict):
                raise RuleError(f"{where} is not a table.")
            code, article = item.get("code"), item.get("article")
            topic, advice = item.get("topic"), item.get("advice")
            if isinstance(article, str):
                article = {"en": article}
            if not (isinstance(code, str) and isinstance(article, dict) and isinstance(topic, dict)
                    and isinstance(advice, dict)):
                raise RuleError(f"{where} needs code, article.zh/en, topic.zh/en and advice.zh/en.")
            rule = Rule(code, article, topic, advice, _patterns(item.get("expect"), f"{where} expect", True),
                        _patterns(item.get("vague"), f"{where} vague"), _patterns(item.get("when"), f"{where} when"),
                        _patterns(item.get("contrary"), f"{where} contrary"))
            if not rule.expect and not rule.contrary:
                raise RuleError(f"{where} ({code}) needs expect or contrary patterns.")
        except RuleError as exc:
            exc.path = shown
            raise
        rules.append(rule)
    return rules


def _body(doc):
    """The text searched: the whole file from the body on (front matter left out), and its first line."""
    text = doc.source.text
    lines = text.split("\n")
    skip = sum(len(line) + 1 for line in lines[:doc.source.body_line - 1])
    return text, skip


def _place(text, offset):
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _search(patterns, text, skip):
    for pattern in patterns:
        m = pattern.search(text, skip)
        if m:
            return m
    return None


def review_document(rules, doc):
    """The Results of every rule on one document (one language)."""
    text, skip = _body(doc)
    lang = doc.language
    out = []
    title_line = doc.title_line or 1
    for rule in rules:
        contrary = _search(rule.contrary.get(lang, ()), text, skip)
        if contrary:
            out.append(Result(rule, lang, CONTRARY, doc.path, *_place(text, contrary.start()),
                              _quote(contrary.group(0))))
        if lang not in rule.expect:
            continue
        when = rule.when.get(lang)
        trigger = _search(when, text, skip) if when else None
        if when and trigger is None:
            continue  # the statement does not do what the rule is about
        if all(_search(group, text, skip) for group in rule.expect[lang]):
            continue
        vague = _search(rule.vague.get(lang, ()), text, skip)
        if vague:
            out.append(Result(rule, lang, VAGUE, doc.path, *_place(text, vague.start()), _quote(vague.group(0))))
        elif trigger:
            out.append(Result(rule, lang, MISSING, doc.path, *_place(text, trigger.start()),
                              _quote(trigger.group(0))))
        else:
            out.append(Result(rule, lang, MISSING, doc.path, title_line, 1, ""))
    return out


def _quote(text):
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "\u2026"
