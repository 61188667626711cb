"""Section numbers as lawyers write them, in Chinese and in English.

A numbering token is what stands before a heading or a numbered clause:
``1.`` ``2.1`` ``9`` ``1、`` ``(1)`` ``（1）`` ``一、`` ``（一）`` ``(一)`` ``第一条`` ``第1条``.
Chinese numerals (``三十``, ``十五``, ``一百零二``) and full-width digits (``３０``) count as numbers.

Two families exist:

* *absolute* numbers spell out the whole path: ``2.1`` is clause 1 of section 2, ``5.`` is
  section 5 wherever it stands (the ``4.5``-inside-section-3 defect is found this way);
* *relative* numbers only give the position among siblings: ``（一）`` is the first
  sub-item of whatever section it is in.

The *style* of a token is its shape with the digits taken out (``N.``, ``N.N``, ``（CN）``…);
siblings must share one style, which is how ``9`` among ``1.`` … ``8.`` is caught.
"""

from __future__ import annotations

import re

# No dataclasses here: this module is on the start-up path of ``policy check``.

_FULLWIDTH = str.maketrans("０１２３４５６７８９．（）", "0123456789.()")

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
              "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7,
              "八": 8, "捌": 8, "九": 9, "玖": 9}
_CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_NUMERAL_CHARS = "".join(_CN_DIGITS) + "".join(_CN_UNITS)


def chinese_to_int(text: str) -> int | None:
    """Value of a Chinese numeral below ten thousand: ``三十`` → 30, ``十五`` → 15,
    ``一百零二`` → 102, ``二〇二六`` (digit by digit) → 2026. Returns None if it is not one (nor is a run
    of more than twenty numerals, which no text writes as a number: reading it would take time quadratic in it)."""
    if not text or len(text) > 20 or any(ch not in _CN_DIGITS and ch not in _CN_UNITS for ch in text):
        return None
    if not any(ch in _CN_UNITS for ch in text):  # 二〇二六: read digit by digit
        if len(text) == 2 and "〇" not in text and "零" not in text:
            return None  # 一两, 三四: "one or two", "three or four", no figure (twelve is 十二)
        value = 0
        for ch in text:
            value = value * 10 + _CN_DIGITS[ch]
        return value
    total, digit, last_unit = 0, None, 10_000
    for ch in text:
        if ch in _CN_DIGITS:
            if digit is not None and _CN_DIGITS[ch] != 0:
                return None  # two digits in a row: 三三十
            digit = _CN_DIGITS[ch] or None
        else:
            unit = _CN_UNITS[ch]
            if unit >= last_unit:
                return None  # 十百, 百百
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
    return total + (digit or 0)


def to_int(text: str) -> int | None:
    """Value of arabic (half- or full-width) or Chinese digits; None if neither."""
    text = text.translate(_FULLWIDTH)
    if text.isdigit():
        return int(text)
    return chinese_to_int(text)


class Numbering:
    """A parsed numbering token."""

    __slots__ = ("raw", "values", "absolute", "style")

    def __init__(self, raw: str, values: tuple[int, ...], absolute: bool, style: str) -> None:
        self.raw = raw            # as written, e.g. "2.1" or "（一）"
        self.values = values      # tuple of ints: (2, 1) or (1,)
        self.absolute = absolute  # True if the token spells the whole path
        self.style = style        # shape without digits: "N.N", "（CN）", …

    @property
    def depth(self) -> int:
        return len(self.values)

    def __repr__(self):
        return f"Numbering({self.raw!r}, {self.values}, {self.style})"

    def __eq__(self, other):
        return isinstance(other, Numbering) and (self.raw, self.values) == (other.raw, other.values)

    def __hash__(self):
        return hash((self.raw, self.values))


# a section's number is a few digits (a longer run is no number, and int() refuses one past 4,300 digits)
_D = r"[0-9０-９]{1,9}(?![0-9０-９])"
_C = "[" + CN_NUMERAL_CHARS + "]{1,12}(?![" + CN_NUMERAL_CHARS + "])"
_DOT = r"(?:\\?[.．])"  # a dot, possibly escaped as in "5\." so Markdown keeps it a paragraph
CJK = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"  # a Chinese character (not a digit, not punctuation)

# Order matters: the first pattern that matches wins. Patterns are strings, compiled by ``re``
# on first use (and cached by it): a text only ever needs those of its first character, and
# compiling them all would cost ``policy check`` a millisecond of start-up.
_DIGITS = "0123456789０１２３４５６７８９"
_PATTERNS = [
    # 2.1, 2.1., 2.1.3 (absolute, several levels); 2.1.介绍 and 4.1使用限制 (the title with no space; a
    # quantity, 1.5倍 or 3.5亿, is told apart below)
    (_DIGITS, rf"({_D}(?:[.．]{_D})+)({_DOT}?)(?=\s|$|{CJK})", "dotted"),
    # 5. 5\. (absolute, one level); in Chinese also with no space before the title: 1.介绍, 1\.介绍
    # (a digit after the dot is a decimal, 1.5倍, and is left alone)
    (_DIGITS, rf"({_D}){_DOT}(?=\s|$|{CJK})", "N."),
    # 1、 一、
    (_DIGITS, rf"({_D})、", "N、"),
    (CN_NUMERAL_CHARS, rf"({_C})、", "CN、"),
    # (1) （1） (一) （一）
    ("(", rf"\(({_D})\)", "(N)"),
    ("（", rf"（({_D})）", "（N）"),
    ("(", rf"\(({_C})\)", "(CN)"),
    ("（", rf"（({_C})）", "（CN）"),
    # 第一条 第1条 第一章 第一节 第一部分 第一编
    ("第", rf"第({_C})(条|章|节|部分|编)", "第CN"),
    ("第", rf"第({_D})(条|章|节|部分|编)", "第N"),
    # 1) a) (a) (i) i. ii) 甲、乙、: relative, like （一）
    (_DIGITS, rf"({_D})\)(?=\s)", "N)"),
    ("(", r"\(([ivx]{1,5})\)(?=\s)", "(R)"),
    ("(", r"\(([a-z])\)(?=\s)", "(a)"),
    ("ivx", r"([ivx]{1,5})[.)](?=\s)", "R."),
    ("abcdefghijklmnopqrstuvwxyz", r"([a-z])\)(?=\s)", "a)"),
    ("甲乙丙丁戊己庚辛壬癸", r"([甲乙丙丁戊己庚辛壬癸])、", "甲、"),
]
_STARTS = frozenset("".join(first for first, _, _ in _PATTERNS))
_BARE = rf"({_D})(?=\s)"  # "9 Revision": only trusted in headings
# "Article 5", "Chapter II", "Section 3." in an English heading: the 第五条 / 第二章 / 第三节 of the
# Chinese text (relative, like them); only trusted in headings ("Section 3 of this License …").
_ORDINAL_WORDS = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve")
_ARTICLE = (r"(Article|Chapter|Section|Clause|Part)[ \t]+(\d{1,3}|[IVX]{1,6}|" + "|".join(_ORDINAL_WORDS)
            + r")(?:[.:](?=\s|$)|(?=\s|$))")
# A number that starts a heading or a paragraph followed by a unit or a measure word is a quantity,
# not a section number: "30 天退款窗口", "3 years", "30% off", "30-day", "1.2 版，2023 年 11 月 1 日生效"
# (version 1.2). A measure word that starts a word of its own is not one: "3. 个人信息", "2. 年度报告",
# "4. 名称", "5. 项目", "6. 版权" stay numbered sections.
QUANTITY = (r"(?i)\s*(?:[%％]|个(?![人别性案])|天(?!然)|日(?![常志期])|周(?![边期])|星期|月(?!份)|年(?![度会龄])|"
             r"小时|分钟|岁|元(?!素)|万(?!一)|亿|倍|次(?![要序])|项(?!目)|名(?![称义单字])|版(?![本权面])|"
             r"公里|千米|米(?!国)|公斤|千克|吨|[美欧港日韩]元|英镑|级(?!别)|层(?!面)|"
             r"(?:calendar |working |business )?(?:days?|weeks?|months?|years?|hours?|minutes?)\b|"
             r"per ?cent\b|times\b|percent\b)")
# "IV. Liability" in a heading: the Roman numerals English texts number their parts with, the 四、 of
# the Chinese (relative, like it); only trusted in headings ("I. M. Smith" may open a paragraph).
_ROMAN_HEADING = r"([IVX]{1,6})\.(?=\s)"
_ROMAN = {"i": 1, "v": 5, "x": 10}
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"


def roman_to_int(text):
    """i → 1, iv → 4, xii → 12; None if ``text`` is not a well-formed small roman numeral."""
    total, prev = 0, 0
    for ch in reversed(text):
        value = _ROMAN[ch]
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total if total and int_to_roman(total) == text else None


def int_to_roman(value):
    out = ""
    for number, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while value >= number:
            out += letters
            value -= number
    return out


def parse_numbering(text: str, heading: bool = False) -> tuple[Numbering | None, str]:
    """Parse the numbering at the start of ``text``.

    Returns ``(Numbering, rest)`` where ``rest`` is the text after the token and its
    spacing, or ``(None, text)`` when ``text`` does not start with a number.
    A bare number without punctuation (``9 Revision``) is only recognised in headings,
    where it is a defect worth reporting rather than ordinary prose such as ``2026 was``.
    """
    if heading and text[:1] in "ACSP":
        m = re.match(_ARTICLE, text)
        if m:
            token = m.group(2)
            article: int | None
            if token.isdigit():
                article = int(token)
            elif token in _ORDINAL_WORDS:
                article = _ORDINAL_WORDS.index(token) + 1  # "Part Two", the 第二部分 of the Chinese
            else:
                article = roman_to_int(token.lower())
            if article is not None:
                return (Numbering(m.group(0), (article,), False, m.group(1) + " N"),
                        text[m.end():].lstrip(" \t\u3000"))
    if heading and text[:1] in "IVX":
        roman = re.match(_ROMAN_HEADING, text)
        numeral = roman_to_int(roman.group(1).lower()) if roman else None
        if roman and numeral is not None:
            return Numbering(roman.group(0), (numeral,), False, "R.U"), text[roman.end():].lstrip(" \t\u3000")
    if not text or text[0] not in _STARTS:
        return None, text
    first = text[0]
    for starts, pattern, kind in _PATTERNS:
        if first not in starts:
            continue
        m = re.match(pattern, text)
        if not m:
            continue
        if kind == "dotted":
            if re.match(QUANTITY, text[m.end():]):
                return None, text  # "1.2 版" (version 1.2), "2.5 倍", "1.5 years": a quantity
            parts = re.split(r"[.．]", m.group(1).translate(_FULLWIDTH))
            if not m.group(2) and text[m.end():m.end() + 1] > "\u2e7f" and (
                    any(len(p) > 2 for p in parts[1:]) or text.startswith("版本", m.end())):
                return None, text  # "3.14159是…" a decimal, "2.1版本…" a version; a clause "4.1使用限制" has short parts
            values = tuple(int(p) for p in parts)
            if not heading and not m.group(2) and not any(values[1:]):
                return None, text  # "4.0 捉虫大赛全流程…" opens a paragraph with a version: clauses count from x.1
            style = ".".join("N" * 1 for _ in values) + ("." if m.group(2) else "")
            numbering = Numbering(m.group(0), values, True, style)
        else:
            token = m.group(1)
            if kind in ("(R)", "R."):
                value = roman_to_int(token)
            elif kind in ("(a)", "a)"):
                value = ord(token) - ord("a") + 1
            elif kind == "甲、":
                value = _TIANGAN.index(token) + 1
            else:
                value = to_int(token)
            if value is None:
                continue
            if kind == "N." and (heading or not text[m.end():m.end() + 1].isspace()) \
                    and re.match(QUANTITY, text[m.end():]):
                continue  # "3. years" is not seen; "30. 天" neither, nor "3.年" at the start of a paragraph
            style = kind
            if kind.startswith("第"):
                style = kind + m.group(2)
            numbering = Numbering(m.group(0), (value,), kind == "N.", style)
        return numbering, text[m.end():].lstrip(" \t\u3000")
    if heading:
        m = re.match(_BARE, text)
        if m and not re.match(QUANTITY, text[m.end():]):
            numbering = Numbering(m.group(1), (to_int(m.group(1)),), True, "N")  # type: ignore[arg-type]  # digits: never None
            return numbering, text[m.end():].lstrip(" \t\u3000")
    return None, text


def numbers_within(number, parent):
    """Whether ``number``, one level written like ``1.`` (which on its own spells its place in the
    whole text), numbers the sections of its ``parent`` (a Numbering, or None) instead: under a
    heading numbered another way (一、, 第一章, Part 1, IV.), ``1.`` ``2.`` start again in each."""
    return (number.absolute and number.depth == 1 and parent is not None
            and not set(parent.style) <= {"N", "."})


def format_like(style: str, values: tuple[int, ...]) -> str:
    """Write ``values`` in ``style``: format_like("N.N", (3, 5)) → "3.5"."""
    last = values[-1]
    cn = int_to_chinese(last)
    simple = {
        "N、": f"{last}、", "CN、": f"{cn}、",
        "(N)": f"({last})", "（N）": f"（{last}）", "(CN)": f"({cn})", "（CN）": f"（{cn}）",
    }
    if style in simple:
        return simple[style]
    relative = {"N)": f"{last})", "(R)": f"({int_to_roman(last)})", "R.": f"{int_to_roman(last)}.",
                "R.U": f"{int_to_roman(last).upper()}.",
                "(a)": f"({chr(96 + last)})" if 0 < last < 27 else f"({last})",
                "a)": f"{chr(96 + last)})" if 0 < last < 27 else f"{last})",
                "甲、": f"{_TIANGAN[last - 1]}、" if 0 < last <= 10 else f"{last}、"}
    if style in relative:
        return relative[style]
    if style.startswith("第"):  # 第CN条, 第N部分
        words = style.startswith("第CN")
        return f"第{cn if words else last}{style[3 if words else 2:]}"
    if style.endswith(" N"):  # Article N, Chapter N, Section N
        return f"{style[:-2]} {last}"
    # the arabic dotted family: N, N., N.N, N.N.
    return ".".join(str(v) for v in values) + ("." if style.endswith(".") else "")


def int_to_chinese(value: int) -> str:
    """30 → 三十, 15 → 十五, 102 → 一百零二 (values below ten thousand)."""
    digits = "零一二三四五六七八九"
    if value < 10:
        return digits[value]
    out, zero = "", False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = value // unit % 10
        if d:
            if zero:
                out += "零"
            if not (name == "十" and d == 1 and not out):
                out += digits[d]
            out += name
            zero = False
        elif out:
            zero = True
    return out
