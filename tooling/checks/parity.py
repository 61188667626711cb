"""Section parity between the authoritative text and a translation.

Which sections correspond is decided by *alignment*, not by numbering alone: the sections of the
two texts, each in reading order whatever its depth, are paired with a global sequence alignment
(dynamic programming, as in Needleman-Wunsch) whose score weighs the numbering, explicit ids, the
heading level, the position, the facts both sections carry and their length ratio. A missing,
extra or moved section therefore costs one finding and the sections after it still pair with the
right ones; a side that does not number its sections is one finding, not a cascade; a translation
that nests sections one level deeper (or shallower) pairs them all the same and is one P004.

Lengths are measured in units that weigh a CJK character as the Latin letters a translator
writes for one (calibrated on the pair), so that English text inside the Chinese document (a
licence notice, a name) has its own length there.

Inside a pair of sections, paragraphs and list items are aligned as blocks the way Gale and Church
align sentences (1-1, 1-0, 0-1, 2-1, 1-2, 3-1, 1-3), so a translation may legitimately reshape
them (one list against a paragraph of lines, steps "i." "ii." as lines against paragraphs "1，"
"2，", two paragraphs joined, a lead-in and its list written as prose, a list nested under an item
in one text and at the margin in the other, a note set apart as a quotation); a count difference
is reported only where a block of real length has no counterpart, no neighbour takes it in, and
the content says something is missing (a fact the other text lacks, or a section shorter there
than the ratio expects). HTML in the Markdown, comments and template markup count by their text
only. Two sections left unpaired at the same place are compared as one section translated freely
(or named together in one finding); a section whose text a neighbour's counterpart takes in is
named as a missing heading. A section without counterpart that the other text
writes as part of a neighbouring section's text (a heading line with nothing under it, a clause
where the other text numbers none) is compared as that section's content. Facts (numbers, dates,
e-mail addresses, URLs, phone numbers) must be the same in both.

Findings are placed in the translation, which is where the fix belongs: the authoritative text is
the reference. Each message names both places (file:line in each language) and one cause: a
paragraph missing is one finding with the facts it states, not one more for each fact.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left

from .lexicon import concept_forms, concepts
from ..model.facts import CODE_HOSTS, extract_facts, section_facts, states_count, url_value
from ..model.numbering import CJK, chinese_to_int, roman_to_int
from ..model.sections import HTML_TAG, Block, Section
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
    return len(text) - sum(map(text.count, _NOT_COUNTED))


_NOT_COUNTED = " \n\t\u3000#*_`>|-[]()"


_SHORTCODE = r"\{\{[<%][\s\S]*?[%>]\}\}"
_LANGUAGE_NAMES = frozenset((
    "english", "chinese", "simplified", "traditional", "中文", "英文", "英语", "简体中文", "繁體中文", "繁体中文", "简体",
    "繁體", "繁体", "正體中文", "日本語", "한국어", "español", "français", "deutsch", "русский", "português", "italiano",
    # the other languages a switch lists by their own names (KTTC's: "**English** · [Русский](…) · [中文](…) ·
    # [हिन्दी](…) · [فارسی](…)")
    "हिन्दी", "हिंदी", "فارسی", "العربية", "עברית", "türkçe", "polski", "nederlands", "українська", "tiếng", "việt",
    "ภาษาไทย", "bahasa", "indonesia", "melayu", "svenska", "dansk", "norsk", "suomi", "čeština", "magyar", "română",
    "ελληνικά", "български", "日本语", "日文", "日语", "韩文", "韩语", "한국말", "japanese", "korean", "french", "german",
    "spanish", "russian", "portuguese",
    "zh", "en", "zh-cn", "zh-tw", "en-us", "cn"))


def _switch_or_markup(text):
    """_is_markup_only, asked only of a paragraph that may be such (most are not: it is not cheap)."""
    return (text[:1] in "{:[" or (len(text) <= 600 and ("|" in text or "](" in text or "://" in text))) \
        and _is_markup_only(text)


def _switch_lines(section):
    """The lines of ``section``'s language switches ("[English](README.md) | [한국어](https://…/ko/…)", or in HTML:
    '<strong>English</strong>|<a href="…/cn.CODE_OF_CONDUCT.md">中文</a>'): the addresses
    of each language's version are no facts of the text (each text links the others its own way)."""
    lines = set()
    for block in section.blocks:
        if block.kind == "paragraph" and ("](" in block.text or "href=" in block.text) \
                and not re.match(_DEFINITION, block.text) \
                and _switch_or_markup(block.text):
            lines.update(range(block.line, block.line + block.text.count("\n") + 1))
    return lines


def _is_markup_only(text):
    """A paragraph that is no text of the document: a language switch (``[English](README.md) |
    简体中文``), or only template markup (``{{< note >}}``, ``::: tip``, ``:::``)."""
    bare = re.sub(_SHORTCODE, " ", text) if "{{" in text else text
    if not bare.strip() or re.fullmatch(r"(?:\s*:::[ \t]*\w*[ \t]*)+", bare):
        return True
    if bare[:1] == "[" and all(re.match(_DEFINITION, line) for line in bare.split("\n") if line.strip()):
        return True  # link definitions ("[two-factor authentication]: https://…"): not shown (_place_link_definitions)
    if len(re.sub(r"\]\(\s*[^)\s]*\s*\)", "]", bare)) > 200:  # as long as it reads, its links' addresses aside
        if "<" not in bare or len(_without_markup(bare)) > 200:
            return False
    if "<" in bare and re.search(HTML_TAG, bare):  # a switch in HTML: '<strong>English</strong>|<a href="…">中文</a>'
        bare = _without_markup(bare)
        if not bare.strip():
            return False  # an image, a line break: HTML without text (compared as it was)
    bare = re.sub("[\U0001F1E6-\U0001F1FF]", "", bare)  # "[🇬🇧 English](…) • [🇷🇺 Русский](…)": the flags
    if "://" in bare:  # "English version: <https://…/privacy/#en>", "简体中文公开版：<https://…>"
        bare = re.sub(r"<[a-z]+://[^>\s]*>|\b[a-z]+://\S+", " ", bare)
    words = re.sub(r"\]\([^)]*\)|[\[\]*_|/·•,，、:：()（）<>]", " ", bare).lower().split()
    words = [_language_word(word) for word in words]
    link = re.fullmatch(r"\s*(?:\*\*)?\[([^\]\n]{1,60})\]\([^)\s]+\)(?:\*\*)?\s*", bare)
    if link is not None and _names_language(link.group(1)):
        return True  # a paragraph that is a link to a language's version ("[English controlling version](…)")
    if "](" in bare and re.search(r"(?i)翻译|译文|translat", bare) and not re.search(_PREVAILS, bare):
        # a note that the text is a translation, pointing to the original ("本文档由 AI 自动翻译。如有任何不准确之处，
        # 请参考 [英文原版](/en/…)"): about the text, not of it; one that says which version prevails is a term
        labels = re.findall(r"\[([^\]\n]{1,60})\]\([^)\s]+\)", bare)
        if len(labels) == 1 and _names_language(labels[0]):
            return True
    if len(words) == 1:  # "[中文版](./SECURITY.zh-CN.md)", "English: <https://…>": a link named for a language
        return words[0] in _LANGUAGE_NAMES and ("](" in text or bare != text)
    return (len(words) >= 2 and all(word in _LANGUAGE_NAMES or word in _VERSION_WORDS for word in words)
            and any(word in _LANGUAGE_NAMES for word in words))


_PREVAILS = r"(?i)为准|准据|约束力|效力|prevail|binding|controlling|govern"
# the words a switch may add to the languages' names ("**语言：** [English](…) · [简体中文](…)", "Read this in: …")
_VERSION_WORDS = frozenset(("version", "versions", "translation", "page", "语言", "其他语言", "language", "languages",
                            "read", "this", "in", "本页", "当前", "current"))  # "**简体中文（本页）**": the one shown


def _names_language(label):
    """Whether a link's text names a language ("English controlling version", "英文原版", "中文版本")."""
    return any(_language_word(word) in _LANGUAGE_NAMES for word in re.sub(r"[*_:：()（）]", " ", label).lower().split())


def _language_word(word):
    """A word of a language switch without the "version" Chinese runs into it ("中文版", "简体中文公开版")."""
    return re.sub(r"(?:公开版|原版|原文|版本|版)$", "", word)


def _without_markup(text):
    """``text`` with its HTML tags and entities removed (their words kept)."""
    if "<!--" in text:  # a comment is not shown, nor translated
        text = re.sub(r"<!--[\s\S]*?(?:-->|$)", "", text)
    if "{{" in text:  # a template's shortcode ({{< note >}}, {{% /tab %}}) is markup
        text = re.sub(_SHORTCODE, "", text)
    return re.sub(r"&(?:[a-z]+|#\d+);", " ", re.sub(HTML_TAG, "", text))


def _script_counts(text):
    """(wide, narrow): visible characters of CJK width (three UTF-8 bytes: ideographs, kana,
    full-width and CJK punctuation) and the others (Latin letters, digits, ASCII punctuation).
    Counted from the UTF-8 length, which CPython knows without a loop over the characters.
    HTML written in the Markdown (a `<table>` with its attributes, an `<a name>` anchor) counts
    by its text only: its markup is not translated."""
    if "<" in text or "{{" in text:
        text = _without_markup(text)
    ideographic_spaces = text.count("\u3000")
    visible = len(text) - sum(map(text.count, _NOT_COUNTED))
    wide = (len(text.encode("utf-8")) - len(text)) // 2 - ideographic_spaces
    return wide, visible - wide


# Latin letters (and digits, punctuation) an English translation writes for one CJK character,
# over the thirteen real pairs of tests/corpus and the privacy statement: 2.95 to 3.93. A short
# text's own figure is drawn towards it (as if _PRIOR_WIDE more characters had given it), so that
# a paragraph missing from a short text is not taken for its usual length.
_WIDE_WEIGHT = 3.4
_PRIOR_WIDE = 300
_PRIOR_UNITS = 1000  # the same for the remaining ratio of lengths (1 once CJK is weighed)


def _calibrated(tr_total, src_total):
    return (tr_total + _PRIOR_UNITS) / (src_total + _PRIOR_UNITS)


class _Ctx:
    """What one comparison knows about the two documents.

    Lengths are measured in *units*: a character of the script that is not translated as it
    stands (Latin letters, digits) counts one, a CJK character counts ``wide_weight``, the number
    of Latin letters a translator writes for one, calibrated on the whole pair. English text
    inside the Chinese document (a licence notice, a name) therefore has its own length there,
    not three times it."""

    __slots__ = ("source", "translation", "src_name", "tr_name", "findings", "ratio", "facts", "length",
                 "wide_weight", "position", "extra_facts", "level_changes", "covered", "id_gaps", "absorbed",
                 "walks", "line_facts", "fact_lists", "kind_changes")

    def __init__(self, source, translation, walks):
        self.source = source
        self.translation = translation
        self.src_name = language_name(source.language)
        self.tr_name = language_name(translation.language)
        self.findings = []
        self.facts = {}
        self.extra_facts = {}   # id(section) -> facts of the sections folded into it
        self.absorbed = {}  # id(section) -> sections without heading of their own in the other text, merged in it
        self.length = {}
        self.position = {}
        self.level_changes = []
        self.kind_changes = []  # (source, translation) sections paired as a heading and a numbered paragraph
        self.id_gaps = []  # (source, translation) sections where only one of them has an explicit {#id}
        self.covered = set()  # (id(translation section), side, fact key) named by a P006/P007
        self.walks = walks
        self.line_facts = [None, None]
        self.fact_lists = {}  # id(section) -> its facts in reading order (own_facts: by key)
        counts = {}
        sums = []
        for walk in walks:
            wide = narrow = 0
            for section in walk:
                w, o = _script_counts(section.own_text())
                counts[id(section)] = (w, o)
                wide += w
                narrow += o
            sums.append((wide, narrow))
        (ks, os_), (kt, ot) = sums
        if abs(ks - kt) <= 0.2 * max(ks, kt, 1):
            weight = 1.0  # both texts in the same script
        else:  # the document's own figure, drawn towards the usual one as much as the text is short
            n = abs(ks - kt)
            weight = ((ot - os_) / (ks - kt) * n + _WIDE_WEIGHT * _PRIOR_WIDE) / (n + _PRIOR_WIDE)
            weight = min(max(weight, 1.0), 8.0)
        self.wide_weight = weight
        totals = []
        for walk in walks:
            total = 0.0
            for section in walk:
                w, o = counts[id(section)]
                self.position[id(section)] = total
                self.length[id(section)] = w * weight + o
                total += self.length[id(section)]
            for section in walk:
                self.position[id(section)] /= total or 1.0
            totals.append(total or 1.0)
        self.ratio = _calibrated(totals[1], totals[0])

    def units(self, text):
        w, o = _script_counts(text)
        return w * self.wide_weight + o

    def at(self, line, code, message, column=1):
        self.findings.append(Finding(self.translation.path, line, column, code, message))

    def where_src(self, line):
        return f"{self.source.path}:{line}"

    def own_facts(self, section):
        key = id(section)
        if key not in self.facts:
            found = section_facts(section)
            switches = _switch_lines(section)
            if switches:
                found = [fact for fact in found if fact.line not in switches]
            self.facts[key] = _by_key(found)
            self.fact_lists[key] = found
        return self.facts[key]

    def facts_by_line(self, side):
        """{line: [fact key]} of the hard facts of the source (``side`` 0) or the translation (1)."""
        found = self.line_facts[side]
        if found is None:
            found = self.line_facts[side] = {}
            for section in self.walks[side]:
                self.own_facts(section)
                for fact in self.fact_lists[id(section)]:
                    if not fact.soft:
                        found.setdefault(fact.line, []).append(fact.key)
        return found

    def compared_facts(self, section):
        """The facts of a section as compared: its own and those of the sections folded into it."""
        extra = self.extra_facts.get(id(section))
        if not extra:
            return self.own_facts(section)
        # its own facts over those of the folded sections
        return _by_key([*(fact for other in reversed(extra) for fact in self.own_facts(other).values()),
                        *self.own_facts(section).values()])


def _by_key(facts):
    """{key: fact}: of the facts with one key, the last, but a figure stated as such over the same
    figure counted in a word (Fact.soft)."""
    out = {}
    for fact in facts:
        held = out.get(fact.key)
        if held is None or not fact.soft or held.soft:
            out[fact.key] = fact
    return out


def compare(source, translation):
    """Findings for ``translation`` (a Document) against ``source`` (the authoritative Document)."""
    divided = None  # the text that has sections where the other has none, and its sections
    if _sectionless(source) != _sectionless(translation):
        in_translation = _sectionless(source)
        divided = (in_translation, list((translation if in_translation else source).walk()))
        if len([s for s in divided[1] if s.kind != "preamble"]) < 2:
            divided = None
        elif in_translation:
            translation = _as_one_text(translation)
        else:
            source = _as_one_text(source)
    srcs, trs = list(source.walk()), list(translation.walk())
    ctx = _Ctx(source, translation, (srcs, trs))
    _place_link_definitions(ctx, srcs)
    _place_link_definitions(ctx, trs)
    if divided is not None:
        _report_divided(ctx, *divided)
    aligned = _align(ctx, srcs, trs)
    lifted = _lift_to_divided(ctx, srcs, trs, aligned)
    as_title = None  # the first heading of the text without a title line, written for one (P008 names it)
    if bool(source.title) != bool(translation.title):
        walk, paired = (srcs, {i for i, _ in aligned}) if not source.title else (trs, {j for _, j in aligned})
        first = next((k for k, s in enumerate(walk) if s.kind != "preamble" or _pieces(s.blocks)), None)
        if first is not None and first not in paired and walk[first].kind == "heading" and \
                not _pieces(walk[first].blocks) and walk[first].children:
            as_title = walk[first]
        seems = ""
        if as_title is not None:
            mine = not source.title  # the heading is the source's
            seems = (f" The {ctx.src_name if mine else ctx.tr_name} text's first heading, \u201c{as_title.title}\u201d "
                     f"({ctx.where_src(as_title.line) if mine else f'line {as_title.line}'}), stands where a title "
                     f"would and may be meant as one.")
        ctx.at(translation.title_line or translation.source.body_line, "P008",
               f"the {ctx.src_name} text {'has a' if source.title else 'has no'} title line (`# …`) "
               f"but the {ctx.tr_name} text {'has one' if translation.title else 'has none'}; both need one.{seems}")

    pairs = [(srcs[i], trs[j]) for i, j in aligned]
    partner = {}
    for a, b in pairs:
        partner[id(a)], partner[id(b)] = b, a
    in_place, differing = _pair_in_place(ctx, srcs, trs, aligned, partner)
    in_place += _pair_opening(ctx, srcs, trs, partner)
    for a, b in in_place + differing:
        partner[id(a)], partner[id(b)] = b, a
    if in_place:
        pairs = sorted(pairs + in_place, key=lambda p: p[0].line)
    subdivided = _pair_subdivided(ctx, srcs, trs, aligned, partner)
    for a, b, _, _ in subdivided:
        partner[id(a)], partner[id(b)] = b, a
    if subdivided:
        pairs = sorted(pairs + [(a, b) for a, b, _, _ in subdivided], key=lambda p: p[0].line)
    subdivided += lifted
    parts_of = {id(s) for _, _, under, _ in subdivided for s in under}  # compared as their section's text
    missing = [s for s in srcs if id(s) not in partner and id(s) not in parts_of]
    extra = [t for t in trs if id(t) not in partner and id(t) not in parts_of]
    moved = _pair_moved(ctx, missing, extra)
    for a, b in moved:
        partner[id(a)], partner[id(b)] = b, a
    kept_order = _in_order(srcs, trs, pairs, moved)
    if kept_order:  # sections whose pairs the alignment undid (_unblock) and that are in place after all
        moved = [pair for pair in moved if pair not in kept_order]
        pairs = sorted(pairs + kept_order, key=lambda p: p[0].line)
    # the ratio of lengths, calibrated again on the sections that correspond (a section in one
    # language only, such as a list of the other translations, says nothing of it)
    paired_src = sum(ctx.length[id(a)] for a, _ in pairs + moved)
    paired_tr = sum(ctx.length[id(b)] for _, b in pairs + moved)
    for _, _, under, divided_in_tr in subdivided:  # the subsections' text is part of the pair's
        if divided_in_tr:
            paired_tr += sum(ctx.length[id(s)] for s in under)
        else:
            paired_src += sum(ctx.length[id(s)] for s in under)
    if paired_src > 0 and paired_tr > 0:
        ctx.ratio = _calibrated(paired_tr, paired_src)
    folded = {}
    _fold(srcs, partner, folded)
    _fold(trs, partner, folded)
    for a, b, under, divided_in_tr in subdivided:  # compared with all their subsections' text and facts
        folded.setdefault(id(b if divided_in_tr else a), []).extend(under)
    for target, sections in folded.items():
        ctx.extra_facts[target] = sections
    folded_ids = {id(s) for sections in folded.values() for s in sections}
    absorbed = {}  # id(section) -> the counterpart of the neighbour whose text takes it in
    for walk, unpaired, is_source in ((srcs, missing, True), (trs, extra, False)):
        for section in unpaired:
            if id(section) in partner or id(section) in folded_ids:
                continue
            found = _absorbing_neighbour(ctx, section, walk, partner, is_source)
            if found is not None:
                host, mine = found
                absorbed[id(section)] = host
                ctx.extra_facts.setdefault(id(mine), []).append(section)
                ctx.absorbed.setdefault(id(mine), []).append(section)

    _numbering_coverage(ctx, pairs)
    unplaced = set()
    bodies = _exchanged_bodies(ctx, pairs)
    for a, b in pairs:
        unplaced |= _compare_pair(ctx, a, b, folded, bodies.get(id(b)))
    moved_with_parent = {id(a) for a, b in moved
                         if a.parent is not None and b.parent is not None
                         and partner.get(id(a.parent)) is b.parent and (a.parent, b.parent) in moved}
    tr_order = trs
    for src, tr in moved:
        unplaced |= _compare_pair(ctx, src, tr, folded)
        if id(src) in moved_with_parent:
            continue  # it moved with the section it belongs to: one finding, for that one
        before = _previous_paired(src, pairs)
        hint = f"after {before[0].label()}" if before else "first"
        k = tr_order.index(tr)
        here = f"here it comes after {tr_order[k - 1].label()} (line {tr_order[k - 1].line})" if k else "here it comes first"
        ctx.at(tr.line, "P003",
               f"{tr.label()}{_title(tr)} is out of order: in the {ctx.src_name} text "
               f"({ctx.where_src(src.line)}) it comes {hint}; {here}.")
    for src, tr in differing:
        ctx.at(tr.line, "P002",
               f"{tr.label()}{_title(tr)} stands where the {ctx.src_name} text has {src.label()}{_title(src)} "
               f"({ctx.where_src(src.line)}), but does not read as its translation ({_why_differ(ctx, src, tr)}); "
               f"check that it translates that section.")
    _report_subdivided(ctx, subdivided)
    _report_kinds(ctx)
    _report_levels(ctx)
    _report_ids(ctx)
    for src in missing:
        if id(src) in partner or (id(src) in folded_ids and id(src) not in unplaced) or src is as_title \
                or _repeats_title(src, source):
            continue
        if src.kind == "preamble" and not _pieces(src.blocks):
            continue  # opening markup only (a language switch, a template's shortcode): no text to translate
        host = absorbed.get(id(src))
        if host is not None and id(src) not in unplaced:
            ctx.at(host.line, "P002",
                   f"{src.label()}{_title(src)} of the {ctx.src_name} text ({ctx.where_src(src.line)}) has no heading "
                   f"of its own in the {ctx.tr_name} text: its text appears to be part of {host.label()}{_title(host)} "
                   f"here (line {host.line}), which is as long as the two together. Give it its own heading, or check "
                   f"that it is translated.")
            continue
        before = _previous_paired(src, pairs)
        line = before[1].line if before else (translation.title_line or translation.source.body_line)
        if src.kind == "preamble":  # the opening text is its paragraphs (and items), named as such, not a section
            pieces = _pieces(src.blocks)
            lacking = Section("preamble", 0, None, "", "", line)  # the opening text the translation lacks
            _report_lonely(ctx, src, lacking, src.label(),
                           [("src", piece, 0) for piece in pieces], (pieces, []))
            continue
        where = f"after {before[1].label()} (line {before[1].line})" if before else "at the start"
        ctx.at(line, "P002",
               f"{src.label()}{_title(src)} of the {ctx.src_name} text ({ctx.where_src(src.line)}) has no "
               f"counterpart in the {ctx.tr_name} text; translate it and place it {where}.")
    for tr in extra:
        if id(tr) in partner or (id(tr) in folded_ids and id(tr) not in unplaced) or tr is as_title \
                or _repeats_title(tr, translation):
            continue
        if tr.kind == "preamble" and not _pieces(tr.blocks):
            continue
        host = absorbed.get(id(tr))
        if host is not None and id(tr) not in unplaced:
            ctx.at(tr.line, "P002",
                   f"{tr.label()}{_title(tr)} has no heading of its own in the {ctx.src_name} text: its text appears "
                   f"to be part of {host.label()}{_title(host)} there ({ctx.where_src(host.line)}), which is as long as "
                   f"the two together. Remove the heading, or add it to the {ctx.src_name} text first.")
            continue
        ctx.at(tr.line, "P002",
               f"{tr.label()}{_title(tr)} exists only in the {ctx.tr_name} text; the {ctx.src_name} text, "
               f"which is authoritative, has no such section. Remove it or add it to the "
               f"{ctx.src_name} text first.")
    return ctx.findings


def _repeats_title(section, document):
    """Whether a section is the text's title again over its sections ("# 贡献者公约行为准则" and, under the opening
    text, "### 贡献者公约行为准则" holding every section): no section of its own, nothing to translate."""
    return (section.kind == "heading" and bool(section.children) and not _pieces(section.blocks)
            and bool(document.title) and _comparable_title(section.title) == _comparable_title(document.title))


def _comparable_title(title):
    """A title as compared: its letters and digits only, in one case (not Section.plain_title, the title as shown)."""
    return re.sub(r"[\W_]+", "", title or "").casefold()


_DEFINITION = r"(?m)^[ \t]{0,3}\[([^\]\n^]{1,80})\]:[ \t]*<?(\S+?)>?(?:[ \t]+[\"'(].*)?$"


def _place_link_definitions(ctx, walk):
    """The address of a reference link (``[Condorcet][]`` … ``[Condorcet]: https://…``, the
    definitions often gathered at the end of the text) is a fact of the section that uses the
    link, not of the one the definition stands in."""
    if not any("]:" in b.text for s in walk for b in s.blocks):
        return
    where = {}  # label (lowered) -> (section holding the definition, its line)
    for section in walk:
        for block in section.blocks:
            if "]:" in block.text:
                for m in re.finditer(_DEFINITION, block.text):
                    line = block.line + block.text.count("\n", 0, m.start())
                    where.setdefault(" ".join(m.group(1).lower().split()), (section, line))
    if not where:
        return
    used_anywhere = set()
    for section in walk:
        text = section.own_text()
        if "[" not in text:
            continue
        used = {" ".join((m.group(2) or m.group(1)).lower().split())
                for m in re.finditer(r"\[([^\]\n]{1,80})\](?:\[([^\]\n]{0,80})\])?(?![(:])", text)}
        used_anywhere |= used
        for label in used:
            found = where.get(label)
            if found is None or found[0] is section:
                continue
            moved = _take_definition(ctx, *found)
            mine = ctx.own_facts(section)
            for f in moved:
                mine.setdefault(f.key, f)
            ctx.fact_lists[id(section)] = ctx.fact_lists[id(section)] + moved
    for label, found in where.items():
        if label not in used_anywhere:  # a definition no link uses: not shown, no fact of the text
            _take_definition(ctx, *found)


def _take_definition(ctx, holder, line):
    """Remove the address a link definition at ``line`` states from the facts of the section holding it; returns
    the facts removed."""
    ctx.own_facts(holder)
    moved = [f for f in ctx.fact_lists[id(holder)] if f.line == line and f.kind == "url"]
    if moved:  # the same address stated elsewhere in the section stays its fact
        kept = [f for f in ctx.fact_lists[id(holder)] if not any(f is m for m in moved)]
        ctx.fact_lists[id(holder)] = kept
        ctx.facts[id(holder)] = _by_key(kept)
    return moved


def _sectionless(doc):
    """Whether a text has no section: only its title and an opening text (a short policy written
    without headings, and the translation that gives it some)."""
    return all(s.kind == "preamble" for s in doc.sections)


def _as_one_text(doc):
    """``doc`` with its sections read as one opening text: their paragraphs and items in reading
    order, without their headings (the other text has none), for a text compared with one that has
    no section."""
    from ..model.sections import Document, Section

    one = Section("preamble", 0, None, "", "", 0, "preamble")
    one.id, one.path = "preamble", None
    for section in doc.walk():
        one.blocks.extend(section.blocks)
        if section.kind == "clause":  # a numbered paragraph is a paragraph of the text
            one.blocks.append(Block("paragraph", section.line, section.heading))
    one.blocks.sort(key=lambda b: b.line)
    one.line = one.blocks[0].line if one.blocks else (doc.title_line or doc.source.body_line)
    return Document(doc.name, doc.language, doc.path, doc.source, doc.title, doc.title_line, [one], doc.blocks)


def _report_divided(ctx, in_translation, sections):
    """One finding for a text divided into sections where the other has none (its headings are form;
    the paragraphs and items are compared as one text)."""
    headings = [s for s in sections if s.kind != "preamble"]
    names = "; ".join(f"\u201c{s.plain_title}\u201d (line {s.line})" if in_translation else
                      f"\u201c{s.plain_title}\u201d ({ctx.where_src(s.line)})" for s in headings[:8])
    more = "; \u2026" if len(headings) > 8 else ""
    count = _NUMBER_WORDS.get(len(headings), len(headings))
    if in_translation:
        ctx.at(headings[0].line, "P004",
               f"the {ctx.tr_name} text divides into {count} sections what the {ctx.src_name} text writes without "
               f"section headings: {names}{more}. The two texts are compared paragraph by paragraph; give the "
               f"{ctx.src_name} text the same headings, or remove them here.")
    else:
        ctx.at(ctx.translation.title_line or ctx.translation.source.body_line, "P004",
               f"the {ctx.src_name} text divides into {count} sections what the {ctx.tr_name} text writes without "
               f"section headings: {names}{more}. The two texts are compared paragraph by paragraph; give this "
               f"text the same headings.")


# --- alignment of sections -------------------------------------------------------------------

_GAP = -0.4  # score of leaving a section unpaired
_TOPICS = 1.0  # headings that speak of the same things (lexicon concepts, as a share of all they speak of)
_TOPICS_APART = 0.4  # headings that each speak of something and of nothing in common
_FULL = 6400  # up to this many cells the alignment scores every pair; beyond, a band around the diagonal
_HUGE = 4_000_000  # beyond this many cells (2,000 sections a side), only the band's cells are kept (_align_in_band)
_BAND_CELLS = 2_000_000  # and the band is narrowed to about this many


class _Features:
    """What the alignment weighs of one section, computed once (the score of every pair of
    sections reads them)."""

    __slots__ = ("preamble", "explicit_id", "path", "last", "kind", "level", "position", "facts",
                 "log_blocks", "has_blocks", "log_length", "length", "topics", "latin_title")

    def __init__(self, ctx, section, scale):
        self.preamble = section.kind == "preamble"
        self.explicit_id = section.explicit_id
        self.path = section.path
        self.last = section.number.values[-1] if section.number is not None else None
        self.kind = section.kind
        self.level = section.level
        self.position = ctx.position[id(section)]
        # a link to a page is a link to it whatever the anchor (each language's page has its own); like its
        # length, the facts of a section include those of the clauses under it (steps numbered as clauses in
        # one text, as list items in the other)
        self.facts = frozenset((kind, _page(value)) if kind == "url" else (kind, value)
                               for part in _with_clauses(section) for kind, value in ctx.own_facts(part))
        blocks = sum(1 for x in section.blocks if x.kind != "code")
        self.has_blocks = blocks > 0
        self.log_blocks = math.log(blocks + 1)
        # its text up to the next heading: its own and that of the clauses under it (a text that
        # numbers steps as clauses and one that writes them as paragraphs say as much)
        self.length = _span(ctx, section) * scale  # in the translation's units
        self.log_length = math.log(self.length + 4)
        # what its heading speaks of (rules/lexicon.tsv): "你选择下载的图片字节" and "Image bytes you choose to
        # download" speak of images and downloads, whatever their numbers (a translation that adds sections
        # numbers those after them otherwise)
        self.topics = _topics(section)
        # a heading the Chinese text keeps in English ("### Changelog", "## API"): the same words are the same heading
        title = section.title or ""
        self.latin_title = _comparable_title(title) if title.isascii() and re.search("[A-Za-z]{3}", title) else None


def _topics(section):
    """What a section's heading speaks of (rules/lexicon.tsv concepts); nothing for a clause or an empty heading."""
    return concepts(section.plain_title) if section.kind == "heading" and section.plain_title else frozenset()


def _topics_apart(a, b):
    """Whether the headings of sections ``a`` and ``b`` each speak of something and of nothing in common."""
    return _apart(_topics(a), _topics(b))


def _with_clauses(section):
    yield section
    for child in section.children:
        if child.kind == "clause":
            yield from _with_clauses(child)


def _span(ctx, section):
    return ctx.length[id(section)] + sum(_span(ctx, c) for c in section.children if c.kind == "clause")


def _features(ctx, sections, scale):
    return [_Features(ctx, s, scale) for s in sections]


_SAME_TITLE = 1.5  # the same heading, in the same words (as much as a few shared facts)


def _similarity(a, b, placed=True):
    """How likely the section of features ``a`` (source) and ``b`` (translation) are the same
    section; > 0 means likely. ``placed``: whether their places in the two documents count (not
    for a moved section)."""
    if a.preamble or b.preamble:
        return 4.0 if a.preamble and b.preamble else -9.0
    score = 0.0
    if a.explicit_id and a.explicit_id == b.explicit_id:
        score += 4.0
    if a.last is not None and b.last is not None:
        if a.path == b.path:
            # the same number: strong evidence, but none where the two headings speak each of its own
            # things and of nothing in common (a section moved, and those between renumbered: "三、Pro
            # 订阅条款" against "3. User Responsibilities", whose heading "四、用户责任" has)
            if not (a.topics and b.topics) or a.topics & b.topics:  # not _apart(…), written out: it runs for every pair
                score += 2.5
        elif a.last == b.last:
            score += 1.0
        elif not (a.topics and a.topics == b.topics):
            score -= 1.5
        # else renumbered: its heading speaks of the same things ("4.5. 配置 Github 信息" and "4.3. Configuring Github
        # Information", which the English sets before the build): its number is no evidence against it
    if a.kind == b.kind:
        score += 0.3
        if a.level == b.level:
            score += 0.3
        elif a.level - b.level > 1 or b.level - a.level > 1:
            score -= 0.3
    else:
        score -= 0.3
    if placed:  # where each starts, as a fraction of its document's length
        score -= 2.0 * abs(a.position - b.position)
    # facts both carry
    if a.facts or b.facts:
        shared = len(a.facts & b.facts)
        score += 2.0 * shared / len(a.facts | b.facts) - (0.8 if not shared else 0.0)
    if a.latin_title is not None and a.latin_title == b.latin_title:
        score += _SAME_TITLE
    # what their headings speak of, where both speak of something the lexicon knows
    if a.topics and b.topics:
        shared = len(a.topics & b.topics)
        score += _TOPICS * shared / len(a.topics | b.topics) - (_TOPICS_APART if not shared else 0.0)
    # shape: how many paragraphs and list items
    if a.has_blocks or b.has_blocks:
        if a.log_blocks == b.log_blocks:
            score += 0.5
        else:
            d = abs(a.log_blocks - b.log_blocks)
            score -= 0.5 * (d if d < 1.0 else 1.0)
    # length ratio (``a.length`` is already the expected length in the translation)
    total = a.length + b.length
    if total > 0:
        weight = total / 60 if total < 60 else 1.0  # short sections say little by their length
        d = 3.0 * abs(b.log_length - a.log_length)
        score += weight * (1.0 - (d if d < 3.0 else 3.0))
    return score


def _align(ctx, srcs, trs):
    """Pairs (i, j) of a maximum-score alignment of the two sequences of sections (each
    document's sections in reading order, whatever their depth: a translation may nest a
    section one level deeper or shallower, and the heading level is one feature of the score),
    with a pair shifted by one undone (_unshift)."""
    n, m = len(srcs), len(trs)
    if not n or not m:
        return []
    if n == m and all(a.kind == b.kind and a.path == b.path and (a.path is not None or a.kind == "preamble")
                      and not _topics_apart(a, b) for a, b in zip(srcs, trs)):
        # both texts number every section alike: the strongest evidence there is, and the same
        # pairs the alignment gives (a section missing, added or moved changes the numbers; one
        # moved and the others renumbered keeps them, but not what their headings speak of)
        return [(i, i) for i in range(n)]
    if n * m > _HUGE:
        return _unshift(*_align_in_band(ctx, srcs, trs))
    if n * m <= _FULL:
        width = m
    else:  # long documents: pairs far from the diagonal are left to the search for moved sections
        width = max(40, int(0.15 * max(n, m)))
    neg = float("-inf")
    fa, fb = _features(ctx, srcs, ctx.ratio), _features(ctx, trs, 1.0)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    move = [bytearray(m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        best[i][0], move[i][0] = best[i - 1][0] + _GAP, 1
    for j in range(1, m + 1):
        best[0][j], move[0][j] = best[0][j - 1] + _GAP, 2
    for i in range(1, n + 1):
        a = fa[i - 1]
        row, prev, mv = best[i], best[i - 1], move[i]
        centre = i * m / n
        lo, hi = max(1, int(centre - width)), min(m, int(centre + width) + 1)
        for j in range(1, m + 1):
            diag = prev[j - 1] + _similarity(a, fb[j - 1]) if lo <= j <= hi else neg
            up, left = prev[j] + _GAP, row[j - 1] + _GAP
            if diag >= up and diag >= left:
                row[j] = diag
            elif up >= left:
                row[j], mv[j] = up, 1
            else:
                row[j], mv[j] = left, 2
    return _unblock(_unshift(_trace_back(n, m, lambda i, j: move[i][j]), fa, fb), fa, fb)


def _trace_back(n, m, move_at):
    """The pairs (i, j) of an alignment, read back from its last cell by the move into each cell (``move_at(i, j)``:
    0 a pair, 1 a source section left unpaired, 2 a translation section left unpaired)."""
    pairs = []
    i, j = n, m
    while i or j:
        k = move_at(i, j) if i and j else (1 if i else 2)
        if k == 0:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif k == 1:
            i -= 1
        else:
            j -= 1
    pairs.reverse()
    return pairs


def _align_in_band(ctx, srcs, trs):
    """_align for texts of thousands of sections (a hostile or generated text: the law with the most articles
    has fewer): the same scores, but only the cells of a band around the diagonal are kept and reached, about
    _BAND_CELLS of them, so that time and memory grow with the length of the texts, not with its square.
    Returns (pairs, features of the source's sections, features of the translation's)."""
    n, m = len(srcs), len(trs)
    fa, fb = _features(ctx, srcs, ctx.ratio), _features(ctx, trs, 1.0)
    width = max(2 + -(-m // n), min(int(0.15 * max(n, m)), _BAND_CELLS // (2 * n)))
    neg = float("-inf")
    bands, moves = [], []  # per row: (first column, last column), and the move into each cell of the band
    prev, prev_lo, prev_hi = None, 0, -1
    for i in range(n + 1):
        centre = i * m / n
        lo, hi = max(0, int(centre - width)), min(m, int(centre + width) + 1)
        row, mv = [neg] * (hi - lo + 1), bytearray(hi - lo + 1)
        a = fa[i - 1] if i else None
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            diag = up = neg
            if i and prev_lo <= j - 1 <= prev_hi:
                diag = prev[j - 1 - prev_lo] + _similarity(a, fb[j - 1])
            if i and prev_lo <= j <= prev_hi:
                up = prev[j - prev_lo] + _GAP
            left = row[j - 1 - lo] + _GAP if j > lo else neg
            if diag >= up and diag >= left:
                row[j - lo] = diag
            elif up >= left:
                row[j - lo], mv[j - lo] = up, 1
            else:
                row[j - lo], mv[j - lo] = left, 2
        bands.append((lo, hi))
        moves.append(mv)
        prev, prev_lo, prev_hi = row, lo, hi
    return _trace_back(n, m, lambda i, j: moves[i][j - bands[i][0]]), fa, fb


_UNBLOCK = 0.8  # a section left unpaired matches a paired one's partner by this much more than its pair does
_UNBLOCKED = 1.0  # and by at least this much on its own


def _unblock(aligned, fa, fb):
    """The alignment without the pairs that stand in the way of a moved section: where section i is
    paired with j only because the order of the two texts allows no better (their score is low), and
    a section of the other text left unpaired elsewhere is far likelier j's counterpart (or i's), the
    pair is undone, so that the search for moved sections pairs them (_pair_moved) and i is reported
    once, as missing, rather than compared with a section it does not translate ("四、数据导出与迁移"
    paired with "4. Third-Party Services", whose counterpart "六、第三方服务" comes after "五、Pro 订阅与支付"
    in the Chinese text and before it in the English)."""
    paired_src, paired_tr = {i for i, _ in aligned}, {j for _, j in aligned}
    free_src = _by_topics(f for i, f in enumerate(fa) if i not in paired_src)
    free_tr = _by_topics(f for j, f in enumerate(fb) if j not in paired_tr)
    if not free_src and not free_tr:
        return aligned
    return [(i, j) for i, j in aligned if fa[i].preamble or fb[j].preamble or not _moved_away(fa[i], fb[j], free_src, free_tr)]


def _by_topics(features):
    """{what a heading speaks of: the features of the sections whose headings speak of it}."""
    out = {}
    for f in features:
        if f.topics:
            out.setdefault(f.topics, []).append(f)
    return out


def _moved_away(a, b, free_src, free_tr):
    """Whether the pair of sections ``a``, ``b`` (features) is far less likely than ``b`` with a source section
    left unpaired, or ``a`` with a translation section left unpaired (``free_src``, ``free_tr``: _by_topics)."""
    return any(_likelier(x, b, a, b) for x in free_src.get(b.topics, ())) or \
        any(_likelier(a, y, a, b) for y in free_tr.get(a.topics, ()))


def _likelier(a, b, paired_a, paired_b):
    """Whether sections ``a`` and ``b`` (features), one of them left unpaired, are far likelier each
    other's counterpart, wherever they stand, than the pair the alignment made: their headings speak
    of the same things (rules/lexicon.tsv), those of the pair do not, and they score better by
    _UNBLOCK, or by anything at all where the pair's headings speak of nothing in common ("六、隐私保护"
    paired with "6. Subscriptions & Billing" by its number, "5. Privacy" left)."""
    if not a.topics or a.topics != b.topics or paired_a.topics == paired_b.topics:
        return False  # only where the headings say so
    own = _similarity(paired_a, paired_b)
    if own >= _UNBLOCK + _UNBLOCKED:
        return False
    margin = 0.0 if _apart(paired_a.topics, paired_b.topics) else _UNBLOCK
    return _similarity(a, b, placed=False) >= max(own + margin, _UNBLOCKED)


def _apart(topics_a, topics_b):
    return bool(topics_a and topics_b and not topics_a & topics_b)


def _unshift(aligned, fa, fb):
    """The alignment with a pair shifted by one undone: where the alignment pairs section i with j and
    leaves i - 1 and j + 1 (or i + 1 and j - 1) unpaired, so that two sections both texts have would
    each be reported missing, and each of them is likely the counterpart of its neighbour's partner
    (i - 1 with j, i with j + 1: both scores > 0) while they are not each other's (a swap), those two
    pairs are taken instead. The alignment's total may still prefer the one pair, when one strong
    pair outweighs two likely ones that a translation written more freely makes only likely (a short
    purpose and scope, each longer in the other text); a lawyer reads them as two sections in both.
    ``fa``, ``fb``: the features the alignment scored."""
    paired_src = {i for i, _ in aligned}
    paired_tr = {j for _, j in aligned}
    out = []
    for i, j in aligned:
        for di, dj in ((-1, 1), (1, -1)):
            a, b = i + di, j + dj
            if not (0 <= a < len(fa) and 0 <= b < len(fb)) or a in paired_src or b in paired_tr:
                continue
            first, second = ((a, j), (i, b)) if di < 0 else ((i, b), (a, j))
            # the two left unpaired may be each other's counterpart, moved: two sections swapped (reported
            # as moved), not a shift
            if _similarity(fa[a], fb[b], placed=False) <= 0 and \
                    all(_similarity(fa[x], fb[y]) > 0 for x, y in (first, second)):
                out += [first, second]
                paired_src.add(a)
                paired_tr.add(b)
                break
        else:
            out.append((i, j))
    return out


def _fold(walk, partner, folded):
    """Sections without a counterpart that the other text writes as part of a neighbouring
    section's text: a heading line with nothing under it ("End of the Terms and Conditions"
    against the paragraph "条款结束。"), or a clause where the other text numbers no clause in that
    place ("i." "ii." "iii." written as lines of one block against paragraphs "1，" "2，" "3，").
    Each is compared as content of the section it follows (``folded``: id of that section ->
    the sections folded into it); if its text has no counterpart there either, it is reported
    as a missing section after all."""
    foldable = set()
    for section in reversed(walk):  # children before their parent
        if id(section) in partner or section.kind == "preamble":
            continue
        if section.kind == "heading" and (section.blocks or section.children):
            continue
        if all(id(c) in foldable for c in section.children):
            foldable.add(id(section))  # a clause with its sub-clauses, written as a nested list
    target_of = {}
    for k, section in enumerate(walk):
        if k == 0 or id(section) not in foldable:
            continue
        prev = walk[k - 1]
        target = target_of.get(id(prev), prev)
        other = partner.get(id(target))
        if other is None:
            continue
        if section.kind == "clause" and any(c.kind == "clause" for c in other.children):
            continue  # the other text numbers clauses here: a missing clause is a missing section
        target_of[id(section)] = target
        folded.setdefault(id(target), []).append(section)


def _numbering_coverage(ctx, pairs):
    """One finding per level when one side numbers the sections of that level and the other
    does not; one for the whole text when, at every such level, the same side numbers none (a
    translation that leaves out every number: one cause)."""
    seen = set()
    levels = []  # (source section, translation section, numbered and all on each side) for each level that differs
    for a, b in pairs:
        if a.kind == "preamble" or (a.number is None) == (b.number is None):
            continue
        key = id(a.parent)
        if key in seen:
            continue
        seen.add(key)
        srcs = a.parent.children if a.parent is not None else ctx.source.sections
        trs = b.parent.children if b.parent is not None else ctx.translation.sections
        ns = sum(1 for s in srcs if s.number is not None and s.kind != "preamble")
        nt = sum(1 for t in trs if t.number is not None and t.kind != "preamble")
        total_s = sum(1 for s in srcs if s.kind != "preamble")
        total_t = sum(1 for t in trs if t.kind != "preamble")
        levels.append((a, b, ns, total_s, nt, total_t))
    if len(levels) > 1 and (all(nt == 0 for _, _, _, _, nt, _ in levels) or all(ns == 0 for _, _, ns, _, _, _ in levels)):
        sums = (sum(level[k] for level in levels) for k in (2, 3, 4, 5))
        reported = [(levels[0][0], levels[0][1], *sums, f"at {len(levels)} levels", " there")]
    else:
        reported = [(*level, "at this level", "") for level in levels]
    for a, b, ns, total_s, nt, total_t, where, there in reported:
        ctx.at(b.line, "P005",
               f"the {ctx.src_name} text numbers {_count(ns, total_s)} {where} and the {ctx.tr_name} text "
               f"numbers {_count(nt, total_t)}{there}; the first difference is {b.label()} here, numbered "
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
    if not missing or not extra:
        return []
    fb = _features(ctx, extra, 1.0)
    # the likeliest pairs first: a section is the counterpart of the one it matches best, not of
    # the first one that matches it at all
    scored = []
    for k, a in enumerate(missing):
        if a.kind == "preamble":
            continue
        fa = _Features(ctx, a, ctx.ratio)
        for n, (b, f) in enumerate(zip(extra, fb)):
            if b.kind == "preamble":
                continue
            score = _similarity(fa, f, placed=False)
            if a.number is not None and b.number is not None and a.path == b.path and not _topics_apart(a, b):
                score += 1.0
            if score > 0.3:
                scored.append((-score, k, n))
    out, used, taken = [], set(), set()
    for _, k, n in sorted(scored):
        if k not in used and n not in taken:
            used.add(k)
            taken.add(n)
            out.append((k, n))
    return [(missing[k], extra[n]) for k, n in sorted(out)]


def _gaps(srcs, trs, aligned, partner):
    """The sections left unpaired between the same two pairs of ``aligned``, as (source sections,
    translation sections) for each place where some are left."""
    gaps = {}
    src_done = [i for i, _ in aligned]
    tr_done = [j for _, j in aligned]
    for side, walk, done in ((0, srcs, src_done), (1, trs, tr_done)):
        for k, section in enumerate(walk):
            if id(section) in partner or section.kind == "preamble":
                continue
            gaps.setdefault(bisect_left(done, k), ([], []))[side].append(section)
    return list(gaps.values())


def _pair_in_place(ctx, srcs, trs, aligned, partner):
    """Sections left unpaired at the same place in both texts (between the same two pairs, as
    many on each side): one section translated freely is likelier than one missing and another
    added there. Returns (pairs whose content agrees: compared as any pair, pairs whose content
    does not: one finding each, naming both)."""
    agree, differ = [], []
    gaps = _gaps(srcs, trs, aligned, partner)
    features = elsewhere = None  # {id: features} of every section left unpaired; those by what their headings speak of
    for src_side, tr_side in gaps:
        if not src_side or len(src_side) != len(tr_side):
            continue
        if any(a.kind != b.kind and (a.path is None or a.path != b.path) for a, b in zip(src_side, tr_side)):
            continue
        if features is None:
            features = {id(s): _Features(ctx, s, ratio) for k, ratio in ((0, ctx.ratio), (1, 1.0))
                        for gap in gaps for s in gap[k]}
            elsewhere = (_by_topics(features[id(a)] for side, _ in gaps for a in side),
                         _by_topics(features[id(b)] for _, side in gaps for b in side))
        if any(_moved_away(features[id(a)], features[id(b)], *elsewhere) for a, b in zip(src_side, tr_side)):
            continue  # a section moved, which the search for moved sections pairs, and one missing or added
        for a, b in zip(src_side, tr_side):
            # the same number at the same place is the same section, however freely translated
            same = a.path is not None and a.path == b.path and a.kind != b.kind
            # a heading of the translation left without text under it (with as many subsections) is that section with
            # its text missing, not another section
            empty = not _pieces(b.blocks) and bool(_pieces(a.blocks)) and len(a.children) == len(b.children)
            (agree if same or empty or _content_agrees(ctx, a, b) else differ).append((a, b))
    return agree, differ


def _in_order(srcs, trs, pairs, moved):
    """The pairs of ``moved`` that stand in the same order as ``pairs`` in both texts: no section moved."""
    src_at = {id(s): k for k, s in enumerate(srcs)}
    tr_at = {id(t): k for k, t in enumerate(trs)}
    placed = [(src_at[id(a)], tr_at[id(b)]) for a, b in pairs]
    out = []
    for a, b in moved:
        i, j = src_at[id(a)], tr_at[id(b)]
        if all((x < i) == (y < j) for x, y in placed):
            out.append((a, b))
    return out


def _pair_opening(ctx, srcs, trs, partner):
    """A text whose title has no text of its own, its opening text written under a first heading ("# 社区成员", then
    "## Volcano社区成员" and the note), against one whose title has it ("# Volcano Community Membership" and the
    same note): that first section is the opening text, when neither has a partner and they are of like length.
    Returns [(source section, translation section)]."""
    for mine, other in ((srcs, trs), (trs, srcs)):
        if any(s.kind == "preamble" and _pieces(s.blocks) for s in mine):
            continue
        opening = next((s for s in other if s.kind == "preamble" and _pieces(s.blocks)), None)
        first = next((s for s in mine if s.kind != "preamble"), None)
        if opening is None or first is None or id(opening) in partner or id(first) in partner \
                or first.kind != "heading" or not _pieces(first.blocks):
            continue
        pair = (first, opening) if mine is srcs else (opening, first)
        expected, length = _lengths(ctx, pair[0].blocks, pair[1].blocks)
        if expected and length and 0.5 <= length / expected <= 2.0:
            return [pair]
    return []


def _pair_subdivided(ctx, srcs, trs, aligned, partner):
    """Sections left unpaired at the same place where one text has one section and the other a
    heading with subsections under it and nothing else there ("## 完整性" against "## Integrity",
    with "### Consistency" and "### Audit" under it): one section divided by the translator, or
    subsections merged, when the one section says as much as the heading and its subsections
    together. Returns [(source section, translation section, the subsections, whether the
    subsections are the translation's)]."""
    out = []
    for src_side, tr_side in _gaps(srcs, trs, aligned, partner):
        for one, many, divided_in_tr in ((src_side, tr_side, True), (tr_side, src_side, False)):
            if len(one) != 1 or len(many) < 2 or one[0].kind != "heading" or one[0].children:
                continue
            single = one[0]
            for k, head in enumerate(many):
                under = list(head.walk())[1:]
                if head.kind != "heading" or many[k + 1:k + 1 + len(under)] != under or \
                        all(s.kind != "heading" for s in under):  # clauses under a heading: its content already
                    continue
                if len(many) > len(under) + 1 and not _topics(single) & _topics(head):
                    # other sections beside them ("安全部署建议" after "当前安全边界" and its four subsections, against
                    # "Security boundaries" alone): the headings must speak of the same thing
                    continue
                src, tr = (single, head) if divided_in_tr else (head, single)
                if _subtree_agrees(ctx, src, tr):
                    out.append((src, tr, under, divided_in_tr))
                    break
    return out


def _lift_to_divided(ctx, srcs, trs, aligned):
    """Pairs of ``aligned`` (index pairs, changed in place) where one section is paired with the
    first subsection of a heading that has no text of its own, at that section's level, whose other
    subsections have no counterpart either: the heading and its subsections are the section,
    divided (one of them shares a sentence with it, which drew the alignment to it). Each such
    pair is made with the heading instead when the section says as much as the heading and its
    subsections together. Returns them as _pair_subdivided does."""
    out = []
    paired = ({i for i, _ in aligned}, {j for _, j in aligned})
    where = ({id(s): k for k, s in enumerate(srcs)}, {id(s): k for k, s in enumerate(trs)})
    for n, (i, j) in enumerate(aligned):
        for divided_in_tr in (True, False):
            single, part = (srcs[i], trs[j]) if divided_in_tr else (trs[j], srcs[i])
            head = part.parent
            side = 1 if divided_in_tr else 0
            if head is None or head.kind != "heading" or single.kind != "heading" or single.children \
                    or head.children[0] is not part or head.level != single.level or _pieces(head.blocks) \
                    or where[side][id(head)] in paired[side]:
                continue
            under = list(head.walk())[1:]
            if any(where[side][id(s)] in paired[side] for s in under if s is not part) \
                    or not any(s.kind == "heading" and s is not part for s in under):
                continue
            k = where[side][id(head)]
            before = aligned[n - 1][side] if n else -1
            if k <= before:
                continue
            src, tr = (single, head) if divided_in_tr else (head, single)
            if not _subtree_agrees(ctx, src, tr):
                continue
            aligned[n] = (i, k) if divided_in_tr else (k, j)
            paired[side].discard(where[side][id(part)])
            paired[side].add(k)
            out.append((src, tr, under, divided_in_tr))
            break
    return out


def _subtree_agrees(ctx, src, tr):
    """Whether two sections with all the sections under them say as much: lengths within a factor
    of two of what the calibrated ratio expects, and, when both carry facts, some fact in common
    (their place and shape already say they correspond: a fact in one only is a finding of the pair)."""
    sizes, facts = [], []
    for top, scale in ((src, ctx.ratio), (tr, 1.0)):
        parts = list(top.walk())
        sizes.append(math.log(sum(ctx.length[id(x)] for x in parts) * scale + 4))
        facts.append({key for x in parts for key in ctx.own_facts(x)})
    if abs(sizes[0] - sizes[1]) > 0.7:
        return False
    return not (facts[0] and facts[1]) or bool(facts[0] & facts[1])


def _report_subdivided(ctx, subdivided):
    """P004, once for each section one text divides into subsections the other does not have."""
    for src, tr, under, divided_in_tr in subdivided:
        shown = [s for s in under if s.kind == "heading"]
        if divided_in_tr:
            listed = ", ".join(f"{s.label()}{_title(s)} (line {s.line})" for s in shown)
            ctx.at(tr.line, "P004",
                   f"{tr.label()}{_title(tr)} is divided here into subsections that the {ctx.src_name} text does "
                   f"not have: {listed}; the {ctx.src_name} text has one section without subsections, "
                   f"{src.label()}{_title(src)} ({ctx.where_src(src.line)}). Use the sections of the "
                   f"{ctx.src_name} text.")
        else:
            listed = ", ".join(f"{s.label()}{_title(s)} ({ctx.where_src(s.line)})" for s in shown)
            ctx.at(tr.line, "P004",
                   f"{tr.label()}{_title(tr)} is one section here, but the {ctx.src_name} text divides it "
                   f"({ctx.where_src(src.line)}) into subsections: {listed}. Give each its own heading.")


def _content_agrees(ctx, a, b):
    """Whether two sections at the same place say as much: lengths within a factor of two of what
    the calibrated ratio expects, and, when they carry facts, some fact in common."""
    fa, fb = _Features(ctx, a, ctx.ratio), _Features(ctx, b, 1.0)
    if abs(fa.log_length - fb.log_length) > 0.7 and not _agrees_but_for_blocks(ctx, a, b):
        return False
    return not (fa.facts or fb.facts) or bool(fa.facts & fb.facts) or _changed_facts(fa.facts, fb.facts)


def _changed_facts(fa, fb):
    """Whether two sections of like length that share no fact state as many facts of each kind, and few: the same
    text with its figure or address changed (Foxel's "Python 3.14" against "Python 3.12"), not another text."""
    kinds = sorted(kind for kind, _ in fa)
    return 0 < len(kinds) <= 2 and kinds == sorted(kind for kind, _ in fb)


def _agrees_but_for_blocks(ctx, a, b):
    """Whether two sections of unlike length are alike but for paragraphs or items one of them lacks:
    the blocks the other has correspond, of like length (a paragraph dropped from a short section
    is that paragraph missing, not another text under the heading)."""
    if a.children or b.children:
        return False
    pa, pb = _pieces(a.blocks), _pieces(b.blocks)
    if not pa or not pb or len(pa) == len(pb):
        return False
    lonely = _lonely_blocks(ctx, pa, pb)
    if not lonely or len(lonely) != abs(len(pa) - len(pb)) or len({side for side, _, _ in lonely}) != 1:
        return False
    la, lb = _lengths(ctx, pa, pb, {id(block) for _, block, _ in lonely})
    return la > 0 and lb > 0 and abs(math.log(lb / la)) <= 0.35


def _why_differ(ctx, a, b):
    fa, fb = _Features(ctx, a, ctx.ratio), _Features(ctx, b, 1.0)
    if (fa.facts or fb.facts) and not fa.facts & fb.facts:
        return "they have no fact in common"
    if not fa.length or not fb.length:
        return "one of them is empty"
    times = fb.length / fa.length
    if times >= 1:
        return f"it is {times:.1f} times the length a translation of it would have"
    return f"it has {times:.0%} of the length a translation of it would have"


def _absorbing_neighbour(ctx, section, walk, partner, is_source):
    """A neighbour of ``section`` (an unpaired heading) whose counterpart takes its text in, as
    (that counterpart, the neighbour); None when there is none. A translator who merges two
    sections under one heading (or splits one under two) leaves the neighbour's counterpart as
    long as the two together, and much longer than the neighbour alone; a section really missing
    leaves its neighbours' lengths alone."""
    if section.kind != "heading" or section.children:
        return None
    k = walk.index(section)
    size = ctx.length[id(section)]
    for near in (k - 1, k + 1):
        if not 0 <= near < len(walk) or id(walk[near]) not in partner:
            continue
        mine, other = walk[near], partner[id(walk[near])]
        if (other.kind == "preamble" or mine.kind == "preamble") and not _labelled(other if is_source else mine):
            continue  # an opening text takes a section in only as a paragraph under a bold label ("**Summary:** …")
        if is_source:  # the neighbour and ``section`` (source) against the neighbour's translation
            target, alone, need = ctx.length[id(other)], ctx.length[id(mine)] * ctx.ratio, size * ctx.ratio
        else:  # the neighbour's source against the neighbour and ``section`` (translation)
            target, alone, need = ctx.length[id(other)] * ctx.ratio, ctx.length[id(mine)], size
        without, joined = abs(target - alone), abs(target - alone - need)
        # beyond the spread of translation lengths (a short section is taken in by any neighbour's variance)
        if joined < without and joined < _DEFICIT * need and need > math.sqrt(_VARIANCE * max(target, 1.0)):
            return other, mine
    return None


def _labelled(section):
    """Whether a section has a paragraph that opens with a label in bold ("**Summary:** …", "**摘要：**…")."""
    return any(x.kind == "paragraph" and re.match(r"(?:\*\*|__)[^*_\n]{1,40}?[:：](?:\*\*|__)|(?:\*\*|__)[^*_\n]{1,40}"
                                                  r"(?:\*\*|__)[ \t]*[:：]", x.text) for x in section.blocks)


def _previous_paired(src, pairs):
    """The last (source, translation) pair that comes before ``src`` in the source text."""
    prev = None
    for a, b in sorted(pairs, key=lambda p: p[0].line):
        if a.line >= src.line:
            break
        prev = (a, b)
    return prev


_NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}


_KIND = {"heading": "a heading", "clause": "a numbered paragraph", "preamble": "opening text"}
_KINDS = {"heading": "headings", "clause": "numbered paragraphs", "preamble": "opening text"}


def _report_kinds(ctx):
    """P004 for sections that are headings in one text and numbered paragraphs in the other: one
    finding for each way round (a translation that sets its articles as headings where the other
    text numbers paragraphs, often in bold, does so for one reason, not once per article)."""
    by_way = {}
    for src, tr in ctx.kind_changes:
        by_way.setdefault((src.kind, tr.kind), []).append((src, tr))
    for (was, now), group in sorted(by_way.items(), key=lambda item: item[1][0][1].line):
        src, tr = group[0]
        if len(group) == 1:
            ctx.at(tr.line, "P004", f"{tr.label()}{_title(tr)} is {_KIND[now]} here but {_KIND[was]} in the "
                                    f"{ctx.src_name} text ({ctx.where_src(src.line)}).")
            continue
        listed = "; ".join(f"{b.label()}{_title(b)} (line {b.line}; {ctx.where_src(a.line)})" for a, b in group)
        count = _NUMBER_WORDS.get(len(group), len(group))
        ctx.at(tr.line, "P004",
               f"{count} sections are {_KINDS[now]} here but {_KINDS[was]} in the {ctx.src_name} text: {listed}. "
               f"Set them as the {ctx.src_name} text does.")


def _report_levels(ctx):
    """P004 for headings paired at another level: one finding for each shift (a translation that
    nests its sections one level deeper does so for one reason, not once per section)."""
    by_shift = {}
    for src, tr in ctx.level_changes:
        by_shift.setdefault(tr.level - src.level, []).append((src, tr))
    for shift, group in sorted(by_shift.items(), key=lambda item: item[1][0][1].line):
        src, tr = group[0]
        name = f"{tr.label()}{_title(tr)}"
        if len(group) == 1:
            ctx.at(tr.line, "P004",
                   f"{name} is a level-{tr.level} heading ({'#' * tr.level}) here but level {src.level} "
                   f"({'#' * src.level}) in the {ctx.src_name} text ({ctx.where_src(src.line)}); "
                   f"use {'#' * src.level}.")
            continue
        depth = "deeper" if shift > 0 else "shallower"
        levels = "one level" if abs(shift) == 1 else f"{_NUMBER_WORDS[abs(shift)]} levels"
        listed = "; ".join(f"{b.label()}{_title(b)} (line {b.line}, {'#' * b.level} here, "
                           f"{'#' * a.level} at {ctx.where_src(a.line)})" for a, b in group)
        ctx.at(tr.line, "P004",
               f"the {ctx.tr_name} text places {_NUMBER_WORDS.get(len(group), len(group))} sections {levels} {depth} than the "
               f"{ctx.src_name} text: {listed}. Use the heading levels of the {ctx.src_name} text.")


def _report_ids(ctx):
    """P009 for sections where one language gives an explicit ``{#id}`` and the other none: the
    section links of the language switcher go by the id, so each such section loses its link, but
    the cause is one (the ids were written in one language only): one finding per side, naming the
    first sections."""
    by_side = {}
    for src, tr in ctx.id_gaps:
        by_side.setdefault(bool(src.explicit_id), []).append((src, tr))
    for src_explicit, group in sorted(by_side.items(), key=lambda item: item[1][0][1].line):
        src, tr = group[0]
        if len(group) == 1:
            ctx.at(tr.line, "P009",
                   f"{tr.label()} has the id \u201c{tr.id}\u201d here but \u201c{src.id}\u201d in the {ctx.src_name} "
                   f"text ({ctx.where_src(src.line)}); use the same {{#id}} in both languages.")
            continue
        has, lacks = (ctx.src_name, ctx.tr_name) if src_explicit else (ctx.tr_name, ctx.src_name)
        shown = "; ".join(f"{b.label()} (\u201c{a.id}\u201d at {ctx.where_src(a.line)})" if src_explicit
                          else f"{b.label()} (\u201c{b.id}\u201d)" for a, b in group[:3])
        more = f", and {len(group) - 3} more" if len(group) > 3 else ""
        todo = (f"add the same {{#id}} to each {ctx.tr_name} heading" if src_explicit else
                f"give the {ctx.src_name} headings the same {{#id}}s first, or remove them here")
        ctx.at(tr.line, "P009",
               f"the {has} text gives {_NUMBER_WORDS.get(len(group), len(group))} sections an explicit {{#id}} that the "
               f"{lacks} text does not: {shown}{more}. Links to a section (the language switcher's among them) go by "
               f"its id: {todo}.")


# --- one pair of sections --------------------------------------------------------------------

def _exchanged_bodies(ctx, pairs):
    """The texts of two sections exchanged under headings kept in place (the text under section 2
    translates section 3 and the reverse): one P003 for both, and ``{id(translation section): the
    source section its text translates}``, so that each text is compared with the one it translates
    instead of giving a finding for every fact. Told by the facts: each text states exactly the
    hard facts of the other's counterpart (a few, and not those of its own)."""
    facts = [({k for k, f in ctx.compared_facts(a).items() if not f.soft},
              {k for k, f in ctx.compared_facts(b).items() if not f.soft}) for a, b in pairs]
    # only pairs whose facts differ can be exchanged (a text that agrees with its counterpart is in place)
    differing = [x for x, (fa, fb) in enumerate(facts) if fa and fa != fb]
    out = {}
    for n, x in enumerate(differing):
        # among the next few sections whose facts differ (texts exchanged stand near each other; every pair of a
        # long text's sections took time quadratic in them: 13 s for 1,500)
        for y in differing[n + 1:n + 1 + _EXCHANGE_REACH]:
            (a1, b1), (a2, b2) = pairs[x], pairs[y]
            (fa1, fb1), (fa2, fb2) = facts[x], facts[y]
            if id(b1) in out or id(b2) in out or fa1 == fa2:
                continue
            crossed = len(fa1 ^ fb2) + len(fa2 ^ fb1)
            kept = len(fa1 ^ fb1) + len(fa2 ^ fb2)
            if crossed * 4 > min(len(fa1), len(fa2)) or kept < 4 or crossed * 4 > kept:
                continue
            stated_in = ctx.compared_facts(a1)
            shown = sorted(fa1 - fa2, key=lambda k: (stated_in[k].line, stated_in[k].column))[:4]
            if not shown:
                continue
            out[id(b1)], out[id(b2)] = a2, a1
            stated = _and(stated_in[k].describe() for k in shown)
            ctx.at(b1.line, "P003",
                   f"{b1.label()}{_title(b1)} and {b2.label()}{_title(b2)} (line {b2.line}) have each other's text: "
                   f"the text under {b1.label()} here translates {a2.label()}{_title(a2)} of the {ctx.src_name} text "
                   f"({ctx.where_src(a2.line)}), and the text under {b2.label()} translates {a1.label()} "
                   f"({ctx.where_src(a1.line)}), which states {stated}. Move each text under its own heading.")
    named = {}  # id(section) -> (its Latin names if its text is in CJK, its Latin words): each computed once
    for x in range(len(pairs) - 1):
        (a1, b1), (a2, b2) = pairs[x], pairs[x + 1]
        if id(b1) in out or id(b2) in out:
            continue
        names = _exchanged_names(a1, b1, a2, b2, named)
        if names:
            out[id(b1)], out[id(b2)] = a2, a1
            ctx.at(b1.line, "P003",
                   f"{b1.label()}{_title(b1)} and {b2.label()}{_title(b2)} (line {b2.line}) appear to have each other's "
                   f"text: the text under {b2.label()} names {_and(names)}, which the {ctx.src_name} text names under "
                   f"{a1.label()}{_title(a1)} ({ctx.where_src(a1.line)}), and the text under {b1.label()} here none of "
                   f"them. Move each text under its own heading.")
            continue
        if not _exchanged_words(a1, b1, a2, b2):
            crossed = _exchanged_concepts(ctx, a1, b1, a2, b2)
            if crossed and _headings_crossed(a1, b1, a2, b2):
                # the headings went with their texts: two whole sections in the other order
                out[id(b1)], out[id(b2)] = a2, a1
                ctx.at(b1.line, "P003",
                       f"{b1.label()}{_title(b1)} and {b2.label()}{_title(b2)} (line {b2.line}) come in the other "
                       f"order than in the {ctx.src_name} text: {b1.label()} here, which speaks of {_and(crossed[0])}, "
                       f"translates {a2.label()}{_title(a2)} ({ctx.where_src(a2.line)}), which comes after "
                       f"{a1.label()}{_title(a1)} ({ctx.where_src(a1.line)}) there. Put them in the order of the "
                       f"{ctx.src_name} text.")
            elif crossed:
                out[id(b1)], out[id(b2)] = a2, a1
                ctx.at(b1.line, "P003",
                       f"{b1.label()}{_title(b1)} and {b2.label()}{_title(b2)} (line {b2.line}) appear to have each "
                       f"other's text: the text under {b1.label()} here speaks of {_and(crossed[0])}, as the "
                       f"{ctx.src_name} text does under {a2.label()}{_title(a2)} ({ctx.where_src(a2.line)}), and the "
                       f"text under {b2.label()} of {_and(crossed[1])}, as it does under {a1.label()}{_title(a1)} "
                       f"({ctx.where_src(a1.line)}). Move each text under its own heading.")
            continue
        out[id(b1)], out[id(b2)] = a2, a1
        t1, t2 = b1.plain_title.lower(), b2.plain_title.lower()
        ctx.at(b1.line, "P003",
               f"{b1.label()}{_title(b1)} and {b2.label()}{_title(b2)} (line {b2.line}) appear to have each other's "
               f"text: the text under {b1.label()} here speaks of \u201c{t2}\u201d and not of \u201c{t1}\u201d, "
               f"the text under {b2.label()} of \u201c{t1}\u201d and not of \u201c{t2}\u201d. Move each text "
               f"under its own heading (the {ctx.src_name} sections: {ctx.where_src(a1.line)}, "
               f"{ctx.where_src(a2.line)}).")
    return out


def _exchanged_names(a1, b1, a2, b2, named):
    """The Latin names (GitHub, Pull Request, CLA) that show two neighbouring sections' texts exchanged under
    their headings, or []: the Chinese text of one section keeps two names or more, none of which the
    English text under its heading has and all but one of which the English text under the other heading
    has; that other section's own names, if any, are not in its English text either. ``named``: a memo of
    each section's names and words."""
    if not all(s.kind == a1.kind and s.blocks and not s.children for s in (a1, b1, a2, b2)):
        return []
    sides = []
    for s in (a1, b1, a2, b2):
        if id(s) not in named:
            text = "\n".join(x.text for x in s.blocks)
            wide, narrow = _script_counts(text)
            named[id(s)] = _block_names([Block("paragraph", 0, text)], [wide] if wide > narrow else None)[0]
        sides.append(named[id(s)])
    (n1, w1), (m1, v1), (n2, w2), (m2, v2) = sides  # source 1, translation 1, source 2, translation 2
    if len(n1) < 2 and len(n2) < 2 and len(m1) < 2 and len(m2) < 2:
        return []
    if not (n1 or n2) and (m1 or m2):  # the translation is the Chinese text
        (n1, w1), (m1, v1), (n2, w2), (m2, v2) = (m1, v1), (n1, w1), (m2, v2), (n2, w2)
    for own, mine, other_own, theirs in ((n1, v1, n2, v2), (n2, v2, n1, v1)):
        if len(own) >= 2 and not own & mine and len(own & theirs) >= len(own) - 1 >= 1 and not other_own & theirs:
            originals = {}  # each name as the texts write it
            for s in (a1, b1, a2, b2):
                for x in s.blocks:
                    for w in re.findall(_LATIN_WORD, x.text):
                        originals.setdefault(w.lower(), w)
            return sorted(originals[w] for w in own & theirs)[:4]
    return []


_EXCHANGE_REACH = 16  # sections whose facts differ, after one, among which its text may have been exchanged


def _exchanged_concepts(ctx, a1, b1, a2, b2):
    """Whether two neighbouring sections' texts are exchanged under their headings, told by what they speak of
    (rules/lexicon.tsv): of the concepts that tell the two source texts apart, each translated text speaks of
    those of the other's counterpart, and hardly of its own. Returns the words of each translated text that show
    it (the text under ``b1``, under ``b2``), or None."""
    if not all(s.kind == "heading" and s.blocks and not s.children for s in (a1, b1, a2, b2)):
        return None
    # texts exchanged take their lengths with them: where each text has about the length of its own section's
    # translation, and not of the other's, they are in place (and what they speak of need not be read)
    la1, la2 = (math.log(ctx.length[id(a)] * ctx.ratio + 4) for a in (a1, a2))
    lb1, lb2 = (math.log(ctx.length[id(b)] + 4) for b in (b1, b2))
    if abs(la1 - lb2) + abs(la2 - lb1) > abs(la1 - lb1) + abs(la2 - lb2) + _EXCHANGED_LENGTHS:
        return None
    texts = ["\n".join(x.text for x in s.blocks) for s in (a1, b1, a2, b2)]
    (c1, d1, c2, d2) = [concepts(t) for t in texts]
    own1, own2 = c1 - c2, c2 - c1  # what tells the source texts apart
    got1, got2 = d1 - d2, d2 - d1
    kept = len(own1 & got1) + len(own2 & got2)
    cross1, cross2 = own2 & got1, own1 & got2
    if not cross1 or not cross2 or len(cross1) + len(cross2) < _CROSSED or kept * 4 > len(cross1) + len(cross2):
        return None
    forms1, forms2 = concept_forms(texts[1]), concept_forms(texts[3])
    return ([f"\u201c{forms1[c]}\u201d" for c in sorted(cross1, key=lambda c: texts[1].lower().find(forms1[c]))][:3],
            [f"\u201c{forms2[c]}\u201d" for c in sorted(cross2, key=lambda c: texts[3].lower().find(forms2[c]))][:3])


_CROSSED = 4  # concepts found crosswise at least, in both texts together
_EXCHANGED_LENGTHS = 0.7  # crossed lengths this much worse (log; about twice) than the lengths in place: in place


def _headings_crossed(a1, b1, a2, b2):
    """Whether the headings of two translated sections speak each of what the other's counterpart's heading
    speaks of, and not of their own counterpart's (two sections whose texts are exchanged, headings and all)."""
    h1, h2, g1, g2 = (_topics(s) for s in (a1, a2, b1, b2))
    return bool((g1 & h2 and not g1 & h1) or (g2 & h1 and not g2 & h2))


def _exchanged_words(a1, b1, a2, b2):
    """Whether two neighbouring sections' texts, which state no fact, are exchanged under their headings:
    in the translation each text names the other's heading and not its own (a text under "Warning" that
    speaks of a "temporary ban", under "Temporary Ban" one that speaks of a "warning"), while in the source
    a text names its own heading and not the other's."""
    if not all(s.kind == "heading" and s.blocks and not s.children for s in (a1, b1, a2, b2)):
        return False
    t1, t2 = b1.plain_title.lower().strip(), b2.plain_title.lower().strip()
    if not t1 or not t2 or t1 in t2 or t2 in t1 or len(t1.split()) > 4 or len(t2.split()) > 4:
        return False
    body1 = "\n".join(x.text for x in b1.blocks).lower()
    if t2 not in body1:
        return False
    body2 = "\n".join(x.text for x in b2.blocks).lower()

    def says(body, title):
        return re.search(rf"(?<!\w){re.escape(title)}(?!\w)", body) is not None

    if not (says(body1, t2) and not says(body1, t1) and says(body2, t1) and not says(body2, t2)):
        return False
    s1, s2 = a1.plain_title.strip(), a2.plain_title.strip()
    own = "\n".join(x.text for x in a1.blocks), "\n".join(x.text for x in a2.blocks)
    if not s1 or not s2:
        return False
    # the source's texts name their own headings (one at least), and are not crossed themselves
    return (s1 in own[0] and s1 not in own[1]) or (s2 in own[1] and s2 not in own[0])


def _renumbered_in_turn(ctx, src, tr):
    """Whether the numbers of ``src`` and ``tr`` differ for a cause named elsewhere, not by each of
    them: each text numbers its sections in turn (1, 2, 3 …, from the same first number: each has the
    number its place gives) and a section before them is missing, added or moved in one text (a
    finding each for those, none for every section after them); or the two stand at the same place
    and one text's numbers broke off before the section before it (it skipped a number or gave one
    twice: named at the first section numbered so, not at every one after it)."""
    (place_a, first_a, turn_a, before_a), (place_b, first_b, turn_b, before_b) = (
        _place_of(s, d) for s, d in ((src, ctx.source), (tr, ctx.translation)))
    if first_a != first_b:
        return False  # one text counts from 0, the other from 1: that is the difference
    if turn_a and turn_b:
        return place_a != place_b
    return place_a == place_b and ((not turn_a and not before_a) or (not turn_b and not before_b))


def _place_of(section, document):
    """(its place among its numbered siblings, their first number, whether its number is the one its
    place gives, counting from the first: two siblings swapped elsewhere do not change that; whether
    the sibling before it has the number its place gives, True for the first)."""
    siblings = section.parent.children if section.parent is not None else document.sections
    depth = len(section.number.values)
    numbered = [s for s in siblings if s.number is not None and s.kind == section.kind and len(s.number.values) == depth]
    first = min(s.number.values[-1] for s in numbered)
    place = next(k for k, s in enumerate(numbered) if s is section)
    before = place == 0 or numbered[place - 1].number.values[-1] == first + place - 1
    return place, first, section.number.values[-1] == first + place, before


def _compare_pair(ctx, src, tr, folded, body=None):
    """Findings for one pair of sections; returns the ids of the folded sections whose text has
    no counterpart after all (reported as missing sections). ``body``: the source section whose
    text the translation's text translates, when not ``src`` (texts exchanged: _exchanged_bodies)."""
    ref = f"({ctx.where_src(src.line)})"
    name = f"{tr.label()}{_title(tr)}"
    # an opening text, written under a heading in one text (_pair_opening): no id, level or kind to compare
    opening = "preamble" in (src.kind, tr.kind) and src.kind != tr.kind
    if not opening and src.id != tr.id and (src.path or None) == (tr.path or None):
        if src.explicit_id and tr.explicit_id:
            ctx.at(tr.line, "P009",
                   f"{tr.label()} has the id \u201c{tr.id}\u201d here but \u201c{src.id}\u201d in the "
                   f"{ctx.src_name} text {ref}; use the same {{#id}} in both languages.")
        elif src.explicit_id or tr.explicit_id:
            ctx.id_gaps.append((src, tr))  # one language writes its ids, the other none: one finding (_report_ids)
    if not opening and src.kind != tr.kind:
        ctx.kind_changes.append((src, tr))
    elif not opening and src.kind == "heading" and src.level != tr.level:
        ctx.level_changes.append((src, tr))
    # numbers written alike ("1." and "1.") whose paths differ only through their parents: the parents' numbering
    # is the difference, reported with them
    if src.number is not None and tr.number is not None and (src.path or None) != (tr.path or None) \
            and src.number.values != tr.number.values and not _renumbered_in_turn(ctx, src, tr):
        ctx.at(tr.line, "P005",
               f"{name} is numbered \u201c{tr.display_number}\u201d here but \u201c{src.display_number}\u201d "
               f"in the {ctx.src_name} text {ref}.")
    if body is not None:
        src, ref = body, f"({ctx.where_src(body.line)})"
    unplaced = _compare_blocks(ctx, src, tr, name, folded)
    if unplaced:  # reported as missing sections: their facts are not this pair's (one cause, one finding)
        for section in (src, tr):
            extra = ctx.extra_facts.get(id(section))
            if extra:
                ctx.extra_facts[id(section)] = [s for s in extra if id(s) not in unplaced]
    _compare_facts(ctx, src, tr, name, ref)
    return unplaced


def _compare_facts(ctx, src, tr, name, ref):
    src_facts = ctx.compared_facts(src)
    tr_facts = ctx.compared_facts(tr)
    covered = ctx.covered
    # a count written as a word that the other text does not state (Fact.soft) is no finding: "两个法律" is
    # "both Acts", "七项原则" may be "the principles"
    src_only = [f for key, f in src_facts.items()
                if key not in tr_facts and (id(tr), "src", key) not in covered and not f.soft]
    tr_only = [f for key, f in tr_facts.items()
               if key not in src_facts and (id(tr), "tr", key) not in covered and not f.soft]
    # a figure the other text writes as a count word ("2" against "both", "7 项" against "seven")
    if any(_countable(f) for f in src_only):
        text = _text_of(ctx, tr)
        src_only = [f for f in src_only if not (_countable(f) and states_count(text, int(f.value)))]
    if any(_countable(f) for f in tr_only):
        text = _text_of(ctx, src)
        tr_only = [f for f in tr_only if not (_countable(f) and states_count(text, int(f.value)))]
    if any(f.kind == "url" for f in src_only) or any(f.kind == "url" for f in tr_only):
        src_only, tr_only = _same_page_links(src_only, tr_only)
        src_only = _unless_linked_relatively(src_only, lambda: _text_of(ctx, tr))
        tr_only = _unless_linked_relatively(tr_only, lambda: _text_of(ctx, src))
    # A fact written differently in each text (a link to another page, a changed period) is one difference:
    # where a kind of fact has as many of its own on each side, they are paired in reading order and each
    # pair is one finding that names both places.
    replaced = {}
    for kind in {f.kind for f in src_only}:
        a = sorted((f for f in src_only if f.kind == kind), key=lambda f: (f.line, f.column))
        b = sorted((f for f in tr_only if f.kind == kind), key=lambda f: (f.line, f.column))
        if len(a) != len(b) and kind == "url":
            # as many on each side once the links to one site are paired, in reading order: a link that points
            # elsewhere on its site is that link changed, and the others pair as before
            by_site: dict = {}
            for y in reversed(b):
                by_site.setdefault(_site(y.value), []).append(y)  # each site's links, the first last
            for x in a:
                ys = by_site.get(_site(x.value))
                if ys:
                    replaced[id(x)] = ys.pop()
            used = {id(y) for y in replaced.values()}
            a = [x for x in a if id(x) not in replaced]
            b = [y for y in b if id(y) not in used]
        if len(a) == len(b):
            replaced.update((id(x), y) for x, y in zip(a, b))
    paired = {id(f) for f in replaced.values()}
    lacking = {}  # (line, code) -> the source's facts there that the translation does not carry: one finding a line
    for f in src_only:
        other = replaced.get(id(f))
        if other is not None and f.kind == "url" and _language_versions(f.text, other.text):
            continue  # each text links its own language's version of the page (zh.wikipedia.org, en.wikipedia.org)
        if other is not None and f.kind == "url" and _placeholders(f.text, other.text):
            continue  # an address to fill in, its blank written in each language ("github.com/您的账号名/…", "…/your")
        if other is not None:
            ctx.at(other.line, _FACT_CODES[f.kind],
                   f"{name}: the {ctx.src_name} text has {f.describe()} ({ctx.where_src(f.line)}) where the "
                   f"{ctx.tr_name} text has {other.describe()}; the translation must state the same facts.",
                   other.column)
            continue
        lacking.setdefault((f.line, _FACT_CODES[f.kind]), []).append(f)
    for (line, code), facts in lacking.items():
        ctx.at(tr.line, code,
               f"{name}: the {ctx.src_name} text has {_and(f.describe() for f in facts)} ({ctx.where_src(line)}) "
               f"that the {ctx.tr_name} text does not carry; check the {ctx.tr_name} wording.")
    added = {}  # (line, code) -> the translation's facts there that the source does not state: one finding a line
    for f in tr_only:
        if id(f) not in paired:
            added.setdefault((f.line, _FACT_CODES[f.kind]), []).append(f)
    for (line, code), facts in added.items():
        ctx.at(line, code,
               f"{name}: {_and(f.describe() for f in facts)} {'is' if len(facts) == 1 else 'are'} not in the "
               f"{ctx.src_name} text {ref}; the translation must state the same facts.", facts[0].column)
    if not src_only and not tr_only:
        _changed_occurrence(ctx, src, tr, name)


def _changed_occurrence(ctx, src, tr, name):
    """One figure changed into another the section states elsewhere ("Node.js 24 (… Node 22/24)" made "Node.js 22 (…
    Node 22/24)"): each text states the same facts, but one of them once more and another once fewer. Found where the
    two texts state their facts in the same order but for that one, and each kind as often as the other."""
    def keys(section):
        return [f for part in (section, *ctx.extra_facts.get(id(section), ()))
                for f in ctx.fact_lists.get(id(part), ()) if not f.soft]

    a, b = keys(src), keys(tr)
    if len(a) != len(b) or len(a) < 3 or sorted(f.key for f in a) == sorted(f.key for f in b):
        return  # (the usual case: imports below only when it is not)
    import difflib
    from collections import Counter

    ca, cb = Counter(f.key for f in a), Counter(f.key for f in b)
    more, fewer = ca - cb, cb - ca
    if len(more) != 1 or len(fewer) != 1 or sum(more.values()) != 1 or sum(fewer.values()) != 1:
        return
    ops = [op for op in difflib.SequenceMatcher(None, [f.key for f in a], [f.key for f in b], autojunk=False)
           .get_opcodes() if op[0] != "equal"]
    if len(ops) != 1 or ops[0][0] != "replace" or ops[0][2] - ops[0][1] != 1 or ops[0][4] - ops[0][3] != 1:
        return
    was, now = a[ops[0][1]], b[ops[0][3]]
    if was.kind != now.kind:
        return
    ctx.at(now.line, _FACT_CODES[now.kind],
           f"{name}: the {ctx.src_name} text has {was.describe()} ({ctx.where_src(was.line)}) where the "
           f"{ctx.tr_name} text has {now.describe()}; the translation must state the same facts.", now.column)


_HOSTED_FILE = re.compile(r"^[^/]+/[^/]+/[^/]+/(?:blob|tree|raw)/[^/]+/(?:[^/?#]+/)*([^/?#]+)$")
_RELATIVE_TARGET = re.compile(r"\]\(\s*<?(?![a-z][a-z0-9+.-]*:|#|/)([^)\s>]+)|href=[\"'](?![a-z][a-z0-9+.-]*:|#|/)([^\"']+)",
                              re.IGNORECASE)


def _unless_linked_relatively(facts, other_text):
    """``facts`` without the addresses of a file in a repository (``github.com/o/r/blob/main/.github/X.md``)
    that the other text links by a relative path to a file of that name (``[…](./X.md)``): the same file,
    linked from within the repository in one text and from outside in the other. ``other_text()``: the
    other section's text, read only when there is such an address."""
    hosted = {}
    for f in facts:
        if f.kind == "url":
            m = _HOSTED_FILE.match(f.value.split("#")[0])
            if m and f.value.split("/")[0] in CODE_HOSTS:
                hosted[id(f)] = m.group(1).lower()
    if not hosted:
        return facts
    names = set()
    for m in _RELATIVE_TARGET.finditer(other_text()):
        target = (m.group(1) or m.group(2)).split("#")[0].split("?")[0].rstrip("/")
        if target:
            names.add(target.rsplit("/", 1)[-1].lower())
    return [f for f in facts if hosted.get(id(f)) not in names]


def _same_page_links(src_only, tr_only):
    """The URLs left once two that name the same page, one with an anchor and the other with none,
    are set aside: each language's page has its own anchors (one written in Chinese is dropped from
    the URL, see facts.url_value; the English page's "#license-agreement" is its heading)."""
    bare_src = {f.value: f for f in src_only if f.kind == "url" and "#" not in f.value}
    bare_tr = {f.value: f for f in tr_only if f.kind == "url" and "#" not in f.value}
    dropped = set()
    for mine, bare in ((src_only, bare_tr), (tr_only, bare_src)):
        for f in mine:
            if f.kind == "url" and "#" in f.value and _page(f.value) in bare:
                dropped.update((id(f), id(bare[_page(f.value)])))
    if not dropped:
        return src_only, tr_only
    return [f for f in src_only if id(f) not in dropped], [f for f in tr_only if id(f) not in dropped]


def _language_versions(a, b):
    """Whether two URLs, which stand in the same place in each text, are the pages of one site in two
    languages: their hosts differ only by a first label that names a language (``zh.wikipedia.org``,
    ``en.wikipedia.org``; ``zh-cn.example.com``, ``example.com``), or their paths only after a segment
    that names each one's language, where the page's name is translated too
    (``git-scm.com/book/zh/v2/起步-安装-Git``, ``git-scm.com/book/en/v2/Getting-Started-Installing-Git``)."""
    hosts = []
    for url in (a, b):
        host = _host(url)
        labels = host.split(".")
        code = labels[0] if len(labels) > 2 and re.fullmatch(r"[a-z]{2}(?:-[a-z]{2,4})?", labels[0]) else None
        hosts.append((code, ".".join(labels[1:]) if code else host.removeprefix("www.")))
    (c1, h1), (c2, h2) = hosts
    if h1 == h2 and c1 != c2 and (c1 is not None or c2 is not None):
        return True
    if h1 != h2 or c1 != c2:
        return False
    pa, pb = (url.split("://", 1)[-1].split("#")[0].split("?")[0].split("/")[1:] for url in (a, b))
    for k, (x, y) in enumerate(zip(pa, pb)):
        if x != y:
            lx, ly = (re.fullmatch(r"(?i)(zh|cn|en)(?:[-_][a-z]{2,4})?", seg) for seg in (x, y))
            if lx is None or ly is None or (lx.group(1).lower() == "en") == (ly.group(1).lower() == "en"):
                return False
            # after the language, the same page: the same segments but for names written in Chinese in one of them
            return len(pa) == len(pb) and all(u == v or _translated_name(u) or _translated_name(v)
                                              for u, v in zip(pa[k + 1:], pb[k + 1:]))
    return False


def _translated_name(segment):
    """A segment of a path written in Chinese (or percent-encoded from it): a page's name in its language."""
    return re.search(CJK, segment) is not None or re.search(r"%[eE][0-9a-fA-F]%[89abAB][0-9a-fA-F]", segment) is not None


_BLANK_WORDS = r"(?i)(?:your|you|<|\{|\[|xxx|user|username|account|name)"  # an English blank to fill in, as it starts
_BLANK_CJK = r"您的|你的|账号|帐号|用户名|名称|名字"  # and a Chinese one


def _placeholders(a, b):
    """Whether two URLs at the same place are one address to fill in: the same up to a path segment that is a blank
    in each language ("https://github.com/您的账号名/sofa-rpc.git" against "https://github.com/your account name/…",
    which the English cuts at its first space)."""
    pa, pb = a.split("/"), b.split("/")
    for k, (x, y) in enumerate(zip(pa, pb)):
        if x == y:
            continue
        if k >= 3 and len(pa) == len(pb) and pa[k + 1:] == pb[k + 1:] and (_VARIABLE.fullmatch(x) or _VARIABLE.fullmatch(y)):
            return True  # a variable of a command in one text, its example's value in the other ("…/$BRPCVERSION", "…/1.0.0")
        blanks = [re.search(_BLANK_CJK, x) or re.search(_BLANK_CJK, y),
                  re.match(_BLANK_WORDS, x) or re.match(_BLANK_WORDS, y) or not x or not y]  # or cut before "<your-id>"
        return k >= 3 and all(blanks)
    return False


_VARIABLE = re.compile(r"\$(?:[A-Za-z_][A-Za-z0-9_]*|\{[A-Za-z_][A-Za-z0-9_]*\})(?:\.[A-Za-z0-9.]+)?")


def _host(url):
    """A URL's host, lower case, without user or port."""
    return url.split("://", 1)[-1].split("/", 1)[0].split("@")[-1].split(":")[0].lower()


def _site(url):
    """The domain a URL's host belongs to: its last two labels (``support.microsoft.com`` and
    ``windows.microsoft.com`` are one site), three under a country's second level (``example.com.cn``)."""
    labels = _host(url).split(".")
    keep = 3 if len(labels) > 2 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


_SECOND_LEVEL = {"com", "net", "org", "gov", "edu", "ac", "co"}


def _page(url):
    """A URL fact's value without its anchor: the page it names."""
    return url.partition("#")[0]


def _countable(fact):
    return fact.kind == "number" and fact.value.isdigit() and 1 <= int(fact.value) <= 99


def _text_of(ctx, section):
    """The text of a section as compared: its own and that of the sections folded into it."""
    return "\n".join(s.own_text() for s in (section, *ctx.extra_facts.get(id(section), ())))


_FACT_CODES = {"number": "F001", "percent": "F001", "fraction": "F001", "id": "F001", "date": "F002", "time": "F002",
               "email": "F003", "url": "F004", "ip": "F004", "phone": "F005"}

# Gale-Church costs (-log of the prior of each kind of match) and the variance of lengths.
_BEAD_COST = {(1, 1): 0.12, (1, 0): 4.0, (0, 1): 4.0, (2, 1): 2.4, (1, 2): 2.4, (3, 1): 4.6, (1, 3): 4.6,
              # a lead-in and its list written as one paragraph of prose (or the reverse), rarer the longer
              # (only a paragraph against items: see _compare_blocks)
              (4, 1): 5.6, (1, 4): 5.6, (5, 1): 6.4, (1, 5): 6.4, (6, 1): 7.2, (1, 6): 7.2,
              # up to a lead-in and fifteen items (a list of prohibited uses, of categories of data)
              **{(k, 1): 7.2 + 0.4 * (k - 6) for k in range(7, 17)},
              **{(1, k): 7.2 + 0.4 * (k - 6) for k in range(7, 17)}}
_VARIANCE = 9.0
_BLOCK_BAND = 24  # past 48 × 48 blocks, a block is compared with those this near the diagonal only
_SUBSTANTIAL = 12  # a block shorter than this (in the translation's units) is not worth a finding
_DEFICIT = 0.5  # a neighbour that takes a lonely block in must then match within half its length
_SAID = 0.0  # a block without counterpart nor fact of its own: the other text's section must be short of (this
# share of) its length. 0.5 lost a true P007 (Istio) and a caught defect: a short block is within the spread.


def _length_cost(l1, l2, ratio):
    expected = l1 * ratio
    delta = (l2 - expected) / math.sqrt(_VARIANCE * max(expected, l2, 1.0))
    tail = math.erfc(abs(delta) / math.sqrt(2))  # 2 * (1 - Phi(|delta|))
    return -math.log(max(tail, 1e-12))


class _Piece:
    """A paragraph or list item as compared: lines of `·` bullets or of enumerators (`i.` `ii.`,
    `1，` `2，`) count as items, and a nested list item belongs to the item it is nested in.
    ``section``: the folded section it comes from, if it does."""

    __slots__ = ("kind", "text", "line", "section", "plain", "twin")

    def __init__(self, kind, text, line, section=None):
        self.kind = kind
        self.text = text
        self.line = line
        self.section = section
        self.plain = False  # without counterpart, plainly missing: see _plainly_missing
        self.twin = None  # the neighbouring item that may as well be the one without counterpart: see _twin


_BULLETS = "·•・‧▪◦"
# A line that starts with an enumerator: "i." "ii)" "(a)" "1，" "2、" "（三）" "3)"
_LINE_ENUMERATOR = (r"[ \t]*(?:[（(]?(?:[ivx]{1,5}|[a-z]|\d{1,3})[.)）]|[（(](?:[ivx]{1,5}|[a-z]|\d{1,3})[)）]|"
                    r"\d{1,3}[，,、]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])")


_ENUMERATOR_VALUE = (r"[ \t]*(?:[-*+][ \t]+)?[（(]?(?:([ivx]{1,5})|([a-z])|(\d{1,3})|([一二三四五六七八九十]{1,3}))"
                     r"(?:[.)）]|(?<=\d)[，,、]|(?<=[一二三四五六七八九十])、)")


def _enumerator_value(text):
    """The value of the enumerator a paragraph, item or line starts with: "2，", "ii.", "(b)",
    "2. " and "（二）" are all 2. None when it starts with none."""
    if not text or not (text[0] in " \t-*+（(ivxabcdefghijklmnopqrstuwyz一二三四五六七八九十" or text[0].isdigit()):
        return None
    m = re.match(_ENUMERATOR_VALUE, text)
    if not m:
        return None
    roman, letter, digits, chinese = m.groups()
    if roman:
        return roman_to_int(roman)
    if letter:
        return ord(letter) - ord("a") + 1
    if digits:
        return int(digits)
    return chinese_to_int(chinese)


def _is_enumerated_lines(lines):
    return all(re.match(_LINE_ENUMERATOR, line) for line in lines if line.strip())


def _pieces(blocks, section=None, nest=True, rows=False):
    """The pieces of ``blocks``; ``nest``: a nested list item is part of the item it is nested in
    (else each is an item of its own, as when the other text writes them at the margin)."""
    out = []
    in_comment = False
    for block in blocks:
        if in_comment or (block.kind == "paragraph" and block.text.startswith("<!--")):
            # an HTML comment (one paragraph or several): not shown, not compared
            end = block.text.rfind("-->")
            in_comment = end == -1
            rest = block.text[end + 3:].strip() if end != -1 else ""
            if not rest:
                continue
            block = Block(block.kind, block.line + block.text.count("\n", 0, end), rest)
        if block.kind == "paragraph" and _switch_or_markup(block.text):
            continue  # "English · [中文](…)", "English version: <https://…/#en>"
        if block.kind == "paragraph" and block.text[:1] == ">":
            quoted = _quoted_blocks(block)
            if quoted is not None:  # a note or quotation (`> **Note**`): its own paragraphs and items
                out.extend(_pieces(quoted, section, nest, rows))
                continue
        if nest and block.kind == "item" and block.text[:1] in " \t" and out and out[-1].kind == "item":
            out[-1].text += "\n" + block.text  # a nested item: part of its parent item
            continue
        if rows and block.kind == "paragraph" and block.text.lstrip()[:1] == "|" and "\n" in block.text:
            table = _table_rows(block)
            if table is not None:  # a table, as the other text has: each row is compared as a block of its own
                out.extend(_Piece("row", text, line, section) for line, text in table)
                continue
        if block.kind == "paragraph":
            lines = block.text.split("\n")
            if len(lines) > 1 and all(line.lstrip()[:1] in _BULLETS for line in lines if line.strip()):
                out.extend(_Piece("item", line, block.line + k, section) for k, line in enumerate(lines)
                           if line.strip())
                continue
            if len(lines) > 1 and _is_enumerated_lines(lines[1:]):
                # a lead-in or first step, then steps written as lines of one block
                first = "item" if _is_enumerated_lines(lines[:1]) else "paragraph"
                out.append(_Piece(first, lines[0], block.line, section))
                out.extend(_Piece("item", line, block.line + k, section) for k, line in enumerate(lines)
                           if k and line.strip())
                continue
        if block.kind in ("paragraph", "item"):
            out.append(_Piece(block.kind, block.text, block.line, section))
    return out


def _table_rows(block):
    """[(line, text)] of the rows of a Markdown table's body (its header with them: a translator may
    leave a header out, not a row), or None when the block is no table (every line a row, the second
    its delimiter row)."""
    lines = block.text.split("\n")
    if len(lines) < 3 or not all(line.strip()[:1] == "|" for line in lines) or \
            not re.fullmatch(r"[\s|:-]+", lines[1]) or "-" not in lines[1]:
        return None
    return [(block.line + k, line) for k, line in enumerate(lines) if k != 1 and line.strip("| \t")]


# The label of a note set apart as a quotation: "**Note**", "Note:", "[!NOTE]", "**注意**", "说明："
_NOTE_LABEL = r"(?i)[*_]*\[?!?(?:note|notes|warning|important|tip|caution|注意|说明|提示|警告|重要)\]?[:：]?[*_]*[:：]?"


def _quoted_blocks(block):
    """The blocks written inside a block quote (every line starts with ``>``), without the label of
    a note; None when some line does not start with ``>``."""
    lines = block.text.split("\n")
    if not all(line.lstrip()[:1] == ">" for line in lines):
        return None
    out = []
    open_ = None
    for k, line in enumerate(lines):
        inner = re.sub(r"^[ \t]*>[ \t]?(?:>[ \t]?)*", "", line, count=1)  # and the markers of quotes in the quote
        if not inner.strip() or re.fullmatch(_NOTE_LABEL, inner.strip()):
            open_ = None
            continue
        if re.match(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+", inner):
            open_ = Block("item", block.line + k, inner)
            out.append(open_)
        elif open_ is None:
            open_ = Block("paragraph", block.line + k, inner)
            out.append(open_)
        else:
            open_.text += "\n" + inner
    return out


def _compared_pieces(section, folded, nest=True, rows=False):
    """The paragraphs and items of a section, then those of the sections folded into it."""
    out = _pieces(section.blocks, nest=nest, rows=rows)
    for other in folded.get(id(section), ()):
        out.extend(_pieces([Block("paragraph", other.line, other.heading)] + other.blocks, other, nest, rows))
    return out


def _has_table(blocks):
    return any(b.kind == "paragraph" and b.text.lstrip()[:1] == "|" and _table_rows(b) is not None for b in blocks)


def _has_nested(blocks):
    return any(b.kind == "item" and b.text[:1] in " \t" for b in blocks)


def _with_absorbed(ctx, section, pieces, nest=True):
    """The pieces of a section with those of the sections merged in it (their blocks, in reading
    order; their headings have no counterpart, which the P002 that names them says)."""
    merged = ctx.absorbed.get(id(section))
    if not merged:
        return pieces
    before = [p for other in merged if other.line < section.line for p in _pieces(other.blocks, other, nest=nest)]
    after = [p for other in merged if other.line > section.line for p in _pieces(other.blocks, other, nest=nest)]
    return before + pieces + after


def _compare_blocks(ctx, src, tr, name, folded):
    rows = _has_table(src.blocks) and _has_table(tr.blocks)  # tables in both: compared row by row
    a, b = _both_pieces(ctx, src, tr, folded, rows)
    # each text has a table of contents here: its entries name the headings, compared as sections
    contents = any(map(_is_contents, a)) and any(map(_is_contents, b))
    if contents:
        a, b = _without_contents(a), _without_contents(b)
    if src.kind != tr.kind:  # a numbered paragraph against a heading: its text is content, as the heading's blocks
        a = ([_Piece("paragraph", src.title, src.line)] if src.kind == "clause" and src.title else []) + a
        b = ([_Piece("paragraph", tr.title, tr.line)] if tr.kind == "clause" and tr.title else []) + b
    if len(a) == len(b) and a and _has_nested(src.blocks) and _has_nested(tr.blocks):
        # both texts nest items under others: a nested item missing leaves the outer items as many
        fa, fb = _both_pieces(ctx, src, tr, folded, rows, nest=False, contents=contents)
        if len(fa) != len(fb):
            a, b = fa, fb
    if len(a) == len(b) or (not a and not b):
        return set()
    lonely = _lonely_blocks(ctx, a, b)
    if lonely and (_has_nested(src.blocks) or _has_nested(tr.blocks)):
        # a list one text nests under an item and the other writes at the margin (sub-points that
        # end a numbered list, or indented under its item 1): the same content in another shape.
        # Each nested item counted as an item of its own; the shape that leaves fewer blocks
        # without counterpart is the one the translator wrote.
        fa, fb = _both_pieces(ctx, src, tr, folded, rows, nest=False, contents=contents)
        flat = [] if len(fa) == len(fb) else _lonely_blocks(ctx, fa, fb)
        if len(flat) < len(lonely):
            lonely = flat
    if lonely:
        lonely = _said_missing(ctx, src, tr, a, b, lonely)
    if not lonely:
        _report_summed_up(ctx, src, tr, name, a, b)
    return _report_lonely(ctx, src, tr, name, lonely, (a, b))


def _both_pieces(ctx, src, tr, folded, rows, nest=True, contents=False):
    """The compared pieces of a pair of sections, the text each takes in from its neighbours with them; ``nest``: a
    nested item part of its parent item (see _pieces); ``contents``: without the entries of tables of contents."""
    pair = [_with_absorbed(ctx, s, _compared_pieces(s, folded, nest=nest, rows=rows), nest=nest) for s in (src, tr)]
    return [_without_contents(p) for p in pair] if contents else pair


_CONTENTS_ENTRY = r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[[^\]\n]*\]\(#[^)\s]*\)[ \t]*"  # "- [Scope](#scope)"


def _is_contents(piece):
    """Whether a list item is an entry of a table of contents (with the entries nested in it): links to
    the page's own headings and nothing else."""
    return piece.kind == "item" and piece.text.rstrip().endswith(")") and \
        all(re.fullmatch(_CONTENTS_ENTRY, line) for line in piece.text.split("\n") if line.strip())


def _without_contents(pieces):
    return [p for p in pieces if not _is_contents(p)]


_SUMMED = 0.5  # a text under this share of the length a translation of the other would have
_SUMMED_UNITS = 100  # and short of it by this many units at least (thirty Chinese characters, a sentence or two)


def _report_summed_up(ctx, src, tr, name, a, b):
    """One finding for a section whose paragraphs and items all have a counterpart, some of them
    joined into one, but which is much shorter in one text than a translation of the other would be:
    a list of five items summed up in one sentence states no fact that could be missed, and no
    block of it is left over."""
    la, lb = _lengths(ctx, a, b)
    if lb < _SUMMED * la and la - lb >= _SUMMED_UNITS:
        ctx.at(tr.line, "P006",
               f"{name}: the {ctx.tr_name} text says in {_blocks(len(b))} what the {ctx.src_name} text says in "
               f"{_blocks(len(a))} ({ctx.where_src(a[0].line)}\u2013{a[-1].line}), and has {lb / la:.0%} of the length "
               f"a translation of them would have: it sums them up. Check what it leaves out, and translate it.")
    elif la < _SUMMED * lb and lb - la >= _SUMMED_UNITS:
        ctx.at(tr.line, "P006",
               f"{name}: the {ctx.tr_name} text says in {_blocks(len(b))} (lines {b[0].line}\u2013{b[-1].line}) what "
               f"the {ctx.src_name} text says in {_blocks(len(a))} ({ctx.where_src(src.line)}), and is "
               f"{lb / la:.1f} times the length a translation of it would have: it adds to it. Check what it adds, "
               f"and remove it or add it to the {ctx.src_name} text first.")


def _lengths(ctx, a, b, left_out=frozenset()):
    """(the length a translation of the blocks ``a`` would have, the length of the blocks ``b``), in the
    translation's units, without the blocks whose ids are ``left_out``."""
    return (sum(ctx.units(x.text) for x in a if id(x) not in left_out) * ctx.ratio,
            sum(ctx.units(x.text) for x in b if id(x) not in left_out))


def _said_missing(ctx, src, tr, a, b, lonely):
    """The blocks without counterpart whose content says something is missing: a fact the other
    text does not state, or a section that is shorter in the other text than the calibrated ratio
    expects (a block really missing takes its length with it; a list or paragraphs shaped
    differently leave the section as long in both texts). A block without a fact of its own, in a
    section that is as long in the other text as it should be, is the same content in another
    shape. (Measured on the corpus: no true finding and no caught defect is lost; alone, it also
    removes round 4's false P007 of a list the translation restructures.)"""
    src_total, tr_total = _lengths(ctx, a, b)
    kept = []
    for side, block, size in lonely:
        if block.section is not None or block.plain:
            kept.append((side, block, size))
            continue
        deficit = src_total - tr_total if side == "src" else tr_total - src_total
        if deficit >= _SAID * size:
            kept.append((side, block, size))
            continue
        other = ctx.compared_facts(tr if side == "src" else src)
        if any(f.key not in other and not f.soft for f in extract_facts(block.text, block.line)):
            kept.append((side, block, size))
    return kept


_CONCEPT_WEIGHT = 0.8  # concepts all in common: -0.8; none in common: +0.8
_FACTS_GONE = 1.0  # a block whose facts the other text's blocks state nowhere, against one that states none


def _lonely_blocks(ctx, a, b):
    """The blocks of ``a`` (source) and ``b`` (translation) that the alignment leaves without a
    counterpart, each as (side, piece, size)."""
    la = [ctx.units(x.text) for x in a]
    lb = [ctx.units(x.text) for x in b]
    # 2 for "2，" "ii." "(b)" "2. " "（二）"; None for a block that starts with no enumerator
    ea = [_enumerator_value(x.text) for x in a]
    eb = [_enumerator_value(x.text) for x in b]
    # the facts each block states: two blocks that state the same facts correspond, two that state
    # only other ones hardly (a note with its links against the paragraph with the periods after it)
    fa, fb = _block_facts(ctx, a, 0), _block_facts(ctx, b, 1)
    # the facts each side's blocks state: a block whose facts the other side's blocks state nowhere has likely lost
    # its counterpart, and is not to be paired with a neighbour that states none (a dropped "max 3-4 levels")
    all_a, all_b = frozenset().union(*fa), frozenset().union(*fb)
    # the Latin names a block of the Chinese text keeps (GitHub Token, WebDAV, API): the English block that
    # translates it has them too
    wa, wb = [_script_counts(x.text)[0] for x in a], [_script_counts(x.text)[0] for x in b]
    cjk = sum(wa) >= sum(wb)
    na, nb = _block_names(a, wa if cjk else None), _block_names(b, None if cjk else wb)
    if not any(x[0] for x in na + nb):
        na = nb = [None] * max(len(a), len(b))
    sa, sb = [_sentences(x) for x in a], [_sentences(x) for x in b]
    # the concepts each block speaks of (隐私, privacy): of two list items of like length, the one that speaks of
    # what the other speaks of (paragraphs are told apart by their length and sentences)
    ca, cb = [concepts(x.text) for x in a], [concepts(x.text) for x in b]
    n, m = len(a), len(b)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    # a long list or table (a hundred rows): only blocks near the diagonal can correspond
    band = max(_BLOCK_BAND, abs(n - m) + 4) if n * m > _BLOCK_BAND ** 2 * 4 else None
    for i in range(n + 1):
        lo, hi = (0, m) if band is None else (max(0, int(i * m / n) - band), min(m, int(i * m / n) + band))
        for j in range(lo, hi + 1):
            here = cost[i][j]
            if here == inf:
                continue
            for (di, dj), prior in _BEAD_COST.items():
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                if di and dj:
                    c = prior + _length_cost(sum(la[i:ni]), sum(lb[j:nj]), ctx.ratio)
                    if di == dj == 1:
                        if a[i].kind != b[j].kind:
                            c += 0.6  # a paragraph for a list item: allowed, but not preferred
                        if ea[i] is not None and eb[j] is not None:
                            # "2，" and "ii." are the same step; "2，" and "iii." are not
                            c += -0.5 if ea[i] == eb[j] else 1.5
                        if fa[i] and fb[j]:
                            c += -0.5 if fa[i] & fb[j] else 1.5
                        elif (fa[i] and not fa[i] & all_b) or (fb[j] and not fb[j] & all_a):
                            c += _FACTS_GONE
                        if na[i] is not None and nb[j] is not None and (na[i][0] or nb[j][0]):
                            c += _names_cost(na[i], nb[j])
                        if sa[i] != sb[j]:
                            c += 0.6  # a sentence more or fewer: likelier another block
                        if ca[i] and cb[j] and a[i].kind == b[j].kind == "item":
                            c += _CONCEPT_WEIGHT * (1.0 - 2.0 * len(ca[i] & cb[j]) / min(len(ca[i]), len(cb[j])))
                    elif di != dj:
                        if di > 3 or dj > 3:
                            # only a lead-in and its list written as one paragraph of prose
                            one = a[i] if di == 1 else b[j]
                            many = b[j:nj] if di == 1 else a[i:ni]
                            if one.kind != "paragraph" or all(x.kind != "item" for x in many):
                                continue
                        kinds = {x.kind for x in a[i:ni] + b[j:nj]}
                        # items of one list joined into one item are unusual in a translation, and rows
                        # of a table joined into one row too; a lead-in paragraph joined with the first
                        # item of its list too
                        c += 4.5 if kinds == {"item"} or kinds == {"row"} else 2.5 if len(kinds) > 1 else 0.0
                        # the items joined state facts, each its own, none of which the one block states:
                        # they are not what it says (four providers with their policies' addresses are no
                        # lead-in that names none of them)
                        one_facts = fa[i] if di == 1 else fb[j]
                        many = b[j:nj] if di == 1 else a[i:ni]
                        many_facts = fb[j:nj] if di == 1 else fa[i:ni]
                        if any(x.kind == "item" for x in many) and not any(one_facts & x for x in many_facts):
                            c += 2.0 * sum(1 for x in many_facts if x)
                else:
                    c = prior
                if here + c < cost[ni][nj]:
                    cost[ni][nj] = here + c
                    back[ni][nj] = (i, j)
    beads = []  # (i, ni, j, nj): a[i:ni] corresponds to b[j:nj]
    i, j = n, m
    while i or j:
        pi, pj = back[i][j]
        beads.append((pi, i, pj, j))
        i, j = pi, pj
    beads.reverse()
    lonely = []
    spoken = (frozenset().union(*ca), frozenset().union(*cb))  # what each text's blocks here speak of
    for k, (i, ni, j, nj) in enumerate(beads):
        if ni - i + nj - j != 1:
            continue
        side, block, size = ("src", a[i], la[i] * ctx.ratio) if ni > i else ("tr", b[j], lb[j])
        if block.section is not None:
            lonely.append((side, block, size))
            continue
        # a short item plainly missing from a list is still worth a finding (a consequence, a right), and so is one
        # that speaks of what the other text's blocks here do not (a name where the other list has a telephone only),
        # in a list whose neighbouring items are paired by what they speak of
        mine = ca[i] if ni > i else cb[j]
        block.plain = size >= _SUBSTANTIAL / 4 and (
            _plainly_missing(beads, k, a, b, eb if side == "src" else ea, ea[i] if ni > i else eb[j])
            or (block.kind == "item" and bool(mine - spoken[1 if ni > i else 0])
                and any(_items_agree(beads[near], a, b, ca, cb) for near in (k - 1, k + 1) if 0 <= near < len(beads))))
        if not block.plain and (size < _SUBSTANTIAL or _absorbed(beads, k, la, lb, ctx.ratio, side, size)):
            continue
        if block.kind == "item" and _moved_item(block, b if ni > i else a):
            continue
        block.twin = _twin(beads, k, (a, la, fa, na, ca, ea) if ni > i else (b, lb, fb, nb, cb, eb),
                           (b, fb, nb, cb, eb) if ni > i else (a, fa, na, ca, ea), ni > i)
        lonely.append((side, block, size))
    return lonely


_TWIN_LENGTHS = 1.6  # two items whose lengths are within this factor are alike in length


def _twin(beads, k, mine, other, source):
    """The list item next to the one of bead ``k`` (without counterpart) that may as well be the one without
    counterpart: of like length, paired with its neighbour by nothing but their place and length (no fact, no name
    and no concept that the lonely item lacks): the alignment could not tell the two apart ("- **作业信息:** …" and
    "- **测验信息:** …" against one English item). None when nothing makes it so.
    ``mine``: (blocks, lengths, facts, names, concepts, enumerators) of the lonely item's text; ``other``: (blocks,
    facts, names, concepts, enumerators) of the other text; ``source``: whether the lonely item is the source's."""
    blocks, lengths, facts, names, concepts, numbers = mine
    others, other_facts, other_names, other_concepts, other_numbers = other
    i = beads[k][0] if source else beads[k][2]
    me = blocks[i]
    if me.kind != "item" or facts[i] or (names[i] is not None and names[i][0]):
        return None
    if numbers[i] is not None and numbers[i] not in other_numbers:
        return None  # its number is the one the other list skips: plainly it
    for near in (k - 1, k + 1):
        if not 0 <= near < len(beads):
            continue
        si, sni, tj, tnj = beads[near]
        if sni - si != 1 or tnj - tj != 1:
            continue
        x, y = (si, tj) if source else (tj, si)
        if blocks[x].kind != "item" or others[y].kind != "item" or facts[x] or other_facts[y]:
            continue
        if names[x] is not None and names[x][0] or other_names[y] is not None and other_names[y][0]:
            continue  # the neighbour keeps a name its partner may share: told apart
        if len(concepts[x] & other_concepts[y]) > len(concepts[i] & other_concepts[y]):
            continue  # its partner speaks of what it speaks of, more than of what the lonely item does
        short, long_ = sorted((lengths[i], lengths[x]))
        if long_ <= _TWIN_LENGTHS * max(short, 1):
            return blocks[x]
    return None


def _moved_item(block, others):
    """Whether a list item the alignment leaves alone links the pages an item of the other text links, all of them
    and no other (each language's page of a site): the same item, placed elsewhere in the list ("Related resources"
    in another order)."""
    mine = _link_targets(block.text)
    return bool(mine) and any(x.kind == "item" and _link_targets(x.text) == mine for x in others)


def _link_targets(text):
    """The pages a block links (``[…](/zh/develop-plugin/…)``), whatever their language (facts.url_value)."""
    if "](" not in text:
        return frozenset()
    return frozenset(url_value(url if "://" in url else "site://" + url)
                     for url in re.findall(r"\]\(\s*<?([^)\s>]+)", text))


def _items_agree(bead, a, b, ca, cb):
    """Whether a bead pairs one list item with one that speaks of some of what it speaks of."""
    i, ni, j, nj = bead
    return ni - i == 1 and nj - j == 1 and a[i].kind == b[j].kind == "item" and bool(ca[i] & cb[j])


def _plainly_missing(beads, k, a, b, other_values, value):
    """Whether the list item of bead ``k``, which has no counterpart, is plainly missing from the
    other text rather than joined with a neighbour or said another way: the other text's list
    numbers its items and skips this item's number (1, 2, 3, 5 against 1 to 5), or every other item
    of the list has its one counterpart (a run of at least two one-to-one pairs of items around it).
    The same holds for a row of a table compared with a table: a row has no other shape."""
    i, ni, j, nj = beads[k]
    kind = (a[i] if ni > i else b[j]).kind
    if kind not in ("item", "row"):
        return False
    if value is not None and value not in other_values and (value - 1 in other_values or value + 1 in other_values):
        return True
    pairs = 0
    for step in (-1, 1):
        near = k + step
        while 0 <= near < len(beads):
            i, ni, j, nj = beads[near]
            blocks = a[i:ni] + b[j:nj]
            if not blocks or any(x.kind != kind for x in blocks):
                break          # the list ends here
            if ni - i != 1 or nj - j != 1:
                return False   # items joined, split or missing besides: a list shaped another way
            pairs += 1
            near += step
    return pairs >= 2


_LATIN_WORD = r"[A-Za-z][A-Za-z0-9]{2,}"  # a Latin word of three letters or more (compiled when first used)


def _block_names(blocks, wides):
    """For each block, (the Latin words that a block of the text in CJK keeps, as names, or the empty
    set in the other text; every Latin word of the block), both lowered. ``wides``: the CJK characters
    of each block when ``blocks`` are the text in CJK, else None."""
    out = []
    for k, x in enumerate(blocks):
        lowered = frozenset(w.lower() for w in re.findall(_LATIN_WORD, x.text))
        out.append((lowered if wides is not None and wides[k] else frozenset(), lowered))
    return out


def _names_cost(x, y):
    """The cost of pairing two blocks by the names the CJK one keeps: the more of them the other block
    has, the likelier they correspond; none of them keeps them apart."""
    names, words = (x[0], y[1]) if x[0] else (y[0], x[1])
    shared = sum(1 for n in names if n in words or n + "s" in words)  # "SDK" is "SDKs" in English
    return 0.8 - 1.4 * shared / len(names)


def _block_facts(ctx, blocks, side):
    """The keys of the facts each block states (a count written as a word aside: Fact.soft), from the
    facts of the sections by line (``side``: 0 the source, 1 the translation): no text is read again."""
    by_line = ctx.facts_by_line(side)
    out = []
    for x in blocks:
        keys = set()
        for line in range(x.line, x.line + x.text.count("\n") + 1):
            keys.update(by_line.get(line, ()))
        out.append(frozenset(keys))
    return out


def _report_lonely(ctx, src, tr, name, lonely, pieces):
    """Findings for the blocks without counterpart; returns the ids of the folded sections among
    them (reported as missing sections). Blocks without counterpart that follow one another in
    their text (``pieces``: the blocks of each side, in order), all paragraphs or all items, are one
    passage, left out or added for one reason: one finding names them all."""
    unplaced = set()
    order = {id(block): k for side in pieces for k, block in enumerate(side)}
    runs, ends = [], {}  # ends: (side, position of a run's last block) -> the run
    # a section taken in by a neighbour (by its length alone: _absorbing_neighbour) whose text has no
    # counterpart there for the most part is missing after all, not merged: named once, as a section
    absorbed = {id(s) for merged in ctx.absorbed.values() for s in merged}
    alone = {}
    for _, block, _ in lonely:
        if block.section is not None and id(block.section) in absorbed:
            alone[id(block.section)] = alone.get(id(block.section), 0) + 1
    for side, block, size in lonely:
        section = block.section
        if section is not None and (id(section) not in absorbed or 2 * alone[id(section)] >= len(_pieces(section.blocks))):
            unplaced.add(id(section))
            continue
        k = order.get(id(block), -2)
        run = ends.pop((side, k - 1), None)
        if run is not None and run[1][-1].kind != block.kind:  # a passage of one kind: paragraphs, or items
            ends[(side, k - 1)] = run
            run = None
        if run is None:
            run = (side, [])
            runs.append(run)
        run[1].append(block)
        ends[(side, k)] = run
    for side, blocks in runs:
        # the facts it states are missing for this one reason: named here, not reported again
        other = ctx.compared_facts(tr if side == "src" else src)
        facts = [f for block in blocks for f in extract_facts(block.text, block.line)
                 if f.key not in other and not f.soft]
        if side == "tr" and not facts and len(blocks) == 1 and _lead_in(blocks[0], pieces[1], order):
            continue  # "Install the following tooling first:", added over a list the source gives under its heading alone
        for f in facts:
            ctx.covered.add((id(tr), side, f.key))
        code = "P007" if all(block.kind == "item" for block in blocks) else "P006"
        one = len(blocks) == 1
        first, last = blocks[0], blocks[-1]
        quoted = "; ".join(f"\u201c{excerpt(block.text)}\u201d" for block in blocks[:4])
        quoted += f"; and {_NUMBER_WORDS.get(len(blocks) - 4, len(blocks) - 4)} more" if len(blocks) > 4 else ""
        states = f", which state{'s' if one else ''} {_and(f.describe() for f in facts)}," if facts else ""
        has, them = ("has", "it") if one else ("have", "them")
        # an item the alignment could not tell from its neighbour: both named, the reader decides which is missing
        twin = (f", or the one {'before' if first.twin.line < first.line else 'after'} it at line {first.twin.line} "
                f"(\u201c{excerpt(first.twin.text)}\u201d), as long and as like the "
                f"{ctx.tr_name if side == 'src' else ctx.src_name} item there,") if one and first.twin is not None else ""
        if side == "src":
            what = (f"the {ctx.src_name} {_NOUN.get(first.kind, 'paragraph')} at {ctx.where_src(first.line)} "
                    f"({quoted}){twin}" if one else f"{_passage(blocks)} of the {ctx.src_name} text, one after the other "
                    f"at {ctx.where_src(first.line)}\u2013{last.line} ({quoted})")
            ctx.at(tr.line, code, f"{name}: {what}{states} {has} no counterpart in the {ctx.tr_name} text; "
                                  f"translate {them}.")
        else:
            what = (f"this {_NOUN.get(first.kind, 'paragraph')} ({quoted}){twin}" if one else
                    f"{_passage(blocks)} here, one after the other at lines {first.line}\u2013{last.line} ({quoted})")
            ctx.at(first.line, code, f"{name}: {what}{states} {has} no counterpart in the {ctx.src_name} text "
                                     f"({ctx.where_src(src.line)}); remove {them} or add {them} to the {ctx.src_name} "
                                     f"text first.")
    return unplaced


def _lead_in(block, blocks, order):
    """Whether a paragraph only announces the list that follows it, as the heading over them does ("### What to
    Include", "Reports should include the following information:"): the first of its section, short, ending
    with a colon, and followed by a list item."""
    k = order.get(id(block), -2)
    text = block.text.strip()
    return (block.kind == "paragraph" and k == 0 and len(blocks) > 1 and blocks[1].kind == "item"
            and text.endswith((":", "：")) and text_length(text) <= 80)


_NOUN = {"item": "list item", "row": "table row"}
_NOUNS = {"item": "list items", "row": "table rows"}


def _passage(blocks):
    """"three list items": the blocks of a passage (of one kind)."""
    return f"{_NUMBER_WORDS.get(len(blocks), len(blocks))} {_NOUNS.get(blocks[0].kind, 'paragraphs')}"


def _blocks(n):
    return "one paragraph or item" if n == 1 else f"{_NUMBER_WORDS.get(n, n)} paragraphs and items"


def _absorbed(beads, k, la, lb, ratio, side, size):
    """Whether a block without a counterpart is rather part of a neighbour that the translator
    split or joined differently: the neighbouring pair of blocks is short, in the other text, of
    about this block's length, and has like length in both texts once the block is counted with
    it. A block really missing leaves its neighbours of like length without it."""
    for near in (k - 1, k + 1):
        if not 0 <= near < len(beads):
            continue
        i, ni, j, nj = beads[near]
        if i == ni or j == nj:
            continue
        src, tr = sum(la[i:ni]) * ratio, sum(lb[j:nj])
        without = abs(src - tr)
        joined = abs(src + size - tr) if side == "src" else abs(src - tr - size)
        if joined < without and joined < _DEFICIT * size:
            return True
    return False


def _sentences(piece):
    """The sentences of a paragraph or item: its full stops, question and exclamation marks, Chinese or
    English, that end a sentence (at least one)."""
    return max(1, len(re.findall(r"[。！？]|(?<!\be\.g)(?<!\bi\.e)[.!?](?=[\s*_)\]\"”’]|$)", piece.text)))


def _and(items):
    items = list(dict.fromkeys(items))
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def excerpt(text, width=40):
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width].rstrip() + "…"


def _title(section):
    """The heading text, for a numbered section whose label gives only the number."""
    if section.kind != "heading" or not section.title or section.number is None:
        return ""
    return f" (\u201c{section.plain_title}\u201d)"


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
