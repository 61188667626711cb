"""Facts a translation must carry over unchanged: numbers, percentages, amounts, dates,
e-mail addresses, URLs and phone numbers.

Each fact is reduced to a language-neutral value, so ``2026年12月1日`` and
``December 1, 2026`` are both the date ``2026-12-01``, ``百分之三十`` and ``30%`` are both the
percentage ``30``, and ``十五个工作日`` and ``15 working days`` both carry the number ``15``.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .numbering import CJK, CN_NUMERAL_CHARS, QUANTITY, chinese_to_int, to_int
from .sections import HTML_HIDDEN, HTML_TAG

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (no import cost at run time)
    from .sections import Section


_FW = str.maketrans("０１２３４５６７８９．，％＋－（）＠：／", "0123456789.,%+-()@:/")
# The same mapping as pairs: replacing the few that occur is twenty times faster than
# str.translate, which looks up every character of a CJK text in a dict.
_FW_PAIRS = tuple(zip("０１２３４５６７８９．，％＋－（）＠：／", "0123456789.,%+-()@:/"))


# gates (regular expressions, which scan a text in C): the units a Chinese number may count
_MEASURE_WORDS = "个名项次份种条家位步类组轮层"  # 七项原则, 两个法律, 两步方法 (a 2-step approach), 六层 (6-layer)
_CN_UNIT_CHARSET = f"[日天周期月年时钟岁{_MEASURE_WORDS}]"
_CN_COUNT_CHARSET = f"[{_MEASURE_WORDS}]"
# after the figure 1: "1名", "1 项"; not a period ("1 个工作日": one business day is a term)
_ONE_COUNTED = rf" ?(?!个(?:工作日|自然日|日|天|周|星期|月|小时|年)){_CN_COUNT_CHARSET}"
_COUNT_CN = rf"(?<![数几第一两二三四五六七八九十])([两二三四五六七八九十]+)(?={_CN_COUNT_CHARSET})"  # not 一两个 (one or two)

_MONTH_WORDS = ((), ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
                ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
                ("october", "oct"), ("november", "nov"), ("december", "dec"))
_MONTHS = {name: i for i, names in enumerate(_MONTH_WORDS) for name in names}
_MONTH_NAMES = tuple(names[0].capitalize() if names else "" for names in _MONTH_WORDS)  # "" for no month 0
# Alternations of words factored by their common prefixes ("t(?:en|wo|h(?:ree|irty))"): ``re`` tries the
# branches of a plain alternation one by one at every position of a text. Written out here (building them
# costs start-up time); tests/test_facts.py checks each is the factored form of its words.
_MONTH_RE = '(?:a(?:pr(?:il)?|ug(?:ust)?)|dec(?:ember)?|feb(?:ruary)?|j(?:an(?:uary)?|u(?:l(?:y)?|n(?:e)?))|ma(?:r(?:ch)?|y)|nov(?:ember)?|oct(?:ober)?|sep(?:t(?:ember)?)?)'
_CN = f"[{CN_NUMERAL_CHARS}]+"
# where a run of Chinese numerals or of digits may start: never inside one (a pattern tried at every position of a
# long run that does not end as it needs would read the rest of the run again each time: quadratic on hostile text)
_CN_START = f"(?<![{CN_NUMERAL_CHARS}])"
_EN_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
             "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
             "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60,
             "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
_EN_WORDS_RE = '(?:e(?:ight(?:(?:een|y))?|leven)|f(?:i(?:ft(?:een|y)|ve)|o(?:rty(?:\\-five)?|ur(?:teen)?))|hundred|nine(?:t(?:een|y))?|s(?:even(?:t(?:een|y))?|ix(?:t(?:een|y))?)|t(?:en|h(?:irt(?:een|y)|ree)|w(?:e(?:lve|nty)|o)))'
_COUNT_WORDS = {w: v for w, v in _EN_WORDS.items() if v != 100}
_SMALL_WORDS = '(?:eight|f(?:ive|our)|nine|one|s(?:even|ix)|t(?:en|hree|wo))'  # one … ten
_PARTS = '(?:eighth|f(?:ifth|ourth)|half|ninth|quarter|s(?:eventh|ixth)|t(?:enth|hird))'  # half, third … tenth
_PART_VALUES = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                "ninth": 9, "tenth": 10}
_EN_UNITS = r"(?:(?:calendar |working |business |work )?(?:days?|weeks?|months?|years?|hours?|minutes?)|workdays?)"
_CN_UNITS = r"(?:个)?(?:工作日|自然日|日|天|周|星期|年|小时|分钟|周岁|岁)|个月"  # 九月 is September, 九个月 nine months
# A label that starts a paragraph, a list item or a line and numbers it ("**Rule 1**:", "Article 3.",
# "Step 2:", "第3条", "规则 1", "**Option 1:**" against "**方式一：**"): the other text may write it in words ("规则一",
# "Rule One") or not at all.
# Inside a sentence ("as Article 3 says", "依第3条"), or as its subject ("Section 5 of the Act …"), the
# number is a reference and stays a fact.
_LABEL = (r"(?:(?:\*\*|__)?(?i:rule|article|section|clause|chapter|part|step|item|principle|stage|phase|schedule|"
          r"annex|appendix|option|method|case|scenario|category)[ \t]+(?:\d{1,3}|[IVXivx]{1,5})"
          r"(?:\*\*|__|(?=[:：)）]|[.．](?!\d)|[ \t]*$|[ \t]+[A-Z“\"(]))|(?:\*\*|__)?"
          r"(?:(?:规则|步骤|方式|方法|方案|情况|场景)[ \t]*(?:\d{1,3}|[一二三四五六七八九十]{1,3})|"
          r"第[ \t]*(?:\d{1,3}|[一二三四五六七八九十百零〇]{1,5})[ \t]*[条章节款项部步])(?:\*\*|__)?"
          r"(?=[ \t\u3000:：.．)）、,，]|$))")

# Enumerators that start a paragraph, a list item or a line ("1，", "(a)", "ii", "3)") are not
# facts: the Chinese text may write "1，2，3" where the English writes "i / ii / iii".
# ("5, provided that …" at the start of a line is no enumerator where the line before ends in a word: a sentence wrapped)
_ENUMERATOR = (r"(?m)^[ \t]*(?:>[ \t]*)*(?:[-*+·•][ \t]+)?(?:\d{1,3}(?:[.．，](?=\s)|\.(?=[A-Z][a-z])|[)、）])|"
               r"(?<![A-Za-z]\n)\d{1,3},(?=\s)|[（(]\d{1,3}[)）]|"
               r"[（(][ivxa-z]{1,4}[)）]|[ivx]{1,4}[.)]?(?=\s)|" + _LABEL + ")")
# A run of consecutive small numbers, "1，2，3" or "1/2/3", enumerates (the English may write
# "i / ii / iii"): it is not a fact.
_RUN = r"(?<![\d.])[1-9]\d?(?:[ \t]*[，、,/][ \t]*[1-9]\d?){2,}(?![\d.])"


# Enumerators inside a paragraph, "…：(1) 您违反了…；(2) 您给我们…；(3) …" where the English writes
# "(i) … (ii) … (iii)": "(1)", "(2)" … that count up from 1 in one paragraph are not facts (a single
# "(30)", as in "thirty (30) days", or "第 (2) 款", a reference, is left alone).
_PAREN_NUMBER = r"(?<!第)(?<!第 )\((\d{1,2})\)"


def _blank_inline_enumerators(text):
    found = list(re.finditer(_PAREN_NUMBER, text))
    counted = []
    for m in found:
        if int(m.group(1)) == len(counted) + 1:
            counted.append(m)
    if len(counted) < 2:
        return text
    for m in reversed(counted):
        text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return text


def has_enumeration(text):
    return ("，" in text or "、" in text or "," in text or "/" in text) and re.search(_RUN, text) is not None


def _blank_enumeration(m):
    values = [int(v) for v in re.findall(r"\d+", m.group(0))]
    if values == list(range(values[0], values[0] + len(values))):
        return " " * len(m.group(0))
    return m.group(0)


# A URL path segment naming a language: the Chinese text links to /zh-cn/…, the English to /…
_LANG_CODE = r"(?:zh|zh[-_](?:cn|tw|hk|sg|hans|hant)|cn|en|en[-_](?:us|gb))"
_LANG_SEGMENT = rf"(?i)(?:/(?:lang|language|locale))?/{_LANG_CODE}(?=/|$)"  # /zh-cn/…, semver.org/lang/zh-CN/
# a language suffix of a file name: code-of-conduct.zh-cn.html, faq_zh.md, privacy-policy-en.md
_LANG_SUFFIX = rf"(?i)[._-]{_LANG_CODE}(?=\.[a-z0-9]+$|$)"
# query parameters that name the page's language (?hl=en, ?locale=en_US&viewlocale=en_US, ?setlang=zh-CN, ?mkt=…)
_LANG_PARAMS = frozenset(("lang", "language", "locale", "hl", "lc", "viewlocale", "setlang", "mkt", "ln", "uilang"))

# fractions written in one character (in lowest terms, as _fraction gives them)
_VULGAR = {"½": "1/2", "⅓": "1/3", "⅔": "2/3", "¼": "1/4", "¾": "3/4", "⅕": "1/5", "⅖": "2/5", "⅗": "3/5", "⅘": "4/5",
           "⅙": "1/6", "⅚": "5/6", "⅛": "1/8", "⅜": "3/8", "⅝": "5/8", "⅞": "7/8"}
_VULGAR_CHARSET = "[" + "".join(_VULGAR) + "]"  # the gate of the pattern (a string, compiled when first used)

# what names the number after it as an account or a registration, not a telephone: "QQ 群：1107536375",
# "QQ group (1107536375)", "Nautech Systems Pty Ltd (ACN 609 589 237)"
_ACCOUNT_BEFORE = r"(?i)(?:\bQQ\b[^\d\n]{0,8}|群号?|\bACN|\bABN|账号|帐号)[\s:：（(]*$"

# (kind, gate, pattern); earlier patterns claim their text first. A pattern runs only when its
# gate, a cheap test of the text (see extract_facts), lets it: most paragraphs have no digit,
# "@", "://" or number word at all. Patterns are strings, compiled by ``re`` on first use and
# cached by it (as in numbering.py): compiling them all would cost ``policy check`` start-up.
_PATTERNS = [
    ("url", "url", r"(?i)(?:https?://|www\.)[^\s<>()（）\[\]“”\"'`，。；、]+"),  # a backtick closes code around it
    # an underscore escaped for Markdown ("nacos\\_dev@…") is the underscore; an address written against harvesters
    # ("legal[at]openatom.org", "dev (at) example.cn") is the address
    # the last label of the domain starts with a letter: "pnpm@10.12.0" is a package at a version, no address
    ("email", "email", r"(?:[A-Za-z0-9.%+-]|\\?_)+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z][A-Za-z0-9-]*"),
    ("email", "email_at", r"(?i)[A-Za-z0-9._%+-]+ ?(?:\[at\]|\(at\)) ?[A-Za-z0-9-]+(?:(?:\.|(?: ?(?:\[dot\]|\(dot\)) ?))"
                          r"[A-Za-z0-9-]+)+"),
    ("date", "date", rf"(\d{{4}}|{_CN_START}{_CN})\s*年\s*(\d{{1,2}}|{_CN})\s*月(?:\s*(\d{{1,2}}|{_CN})\s*[日号])?"),
    ("date", "date", rf"(?i)\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"),
    ("date", "date", rf"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b"),
    ("date", "date", rf"(?i)\b({_MONTH_RE})\.?,?\s+(\d{{4}})\b"),
    ("date", "date", r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b"),
    # a month of a year written with digits, "2026-03" against "March 2026" (two digits of a month, not a range of years)
    ("date", "date", r"(?<![\d.\-/])((?:19|20)\d{2})[-/.](0[1-9]|1[0-2])(?![\d\-/]|\.\d)"),
    # a day of a month without its year, "9 月 25 日" against "September 25th" or "25 September" (after the dates with
    # one, which take theirs first)
    ("date", "date_md", r"(?<![\d.])(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]"),
    ("date", "date_md", rf"(?i)\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d)"),
    ("date", "date_md", rf"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({_MONTH_RE})\b(?!\.?,?\s+\d)"),
    # times of day: 9:00, 下午6点, 6 p.m. (business hours: "9:00-18:00" against "9:00 a.m. to 6:00 p.m.")
    ("time", "time_cn", r"(?P<period>上午|早上|早晨|中午|下午|傍晚|晚上)\s*(?P<h>\d{1,2})(?:\s*:\s*(?P<m>\d{2})|\s*[点时]"
                     r"(?:\s*(?P<m2>\d{1,2})\s*分|(?P<half>半))?)"),
    # not after a letter: "P0/P1：30 日内" (severity P1: within 30 days) is no time
    ("time", "time_colon", r"(?i)(?<![\d:.a-z])(?P<h>\d{1,2}):(?P<m>\d{2})(?![\d:])(?:\s*(?P<ap>[ap])\.?\s?m\b\.?)?"),
    ("time", "time_ampm", r"(?i)(?<![\d:.])(?P<h>\d{1,2})\s?(?P<ap>[ap])\.?m\b\.?"),
    ("ip", "digit", r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)"),
    # identifiers of vulnerabilities and weaknesses (CVE-2021-26558, CWE-79, GHSA-…): one fact, not numbers
    # (also run into a name: "cve-2012-1823-php", a service named for it)
    ("id", "identifier", r"(?i)(?<![A-Za-z0-9_-])(?:CVE-\d{4}-\d{4,}|CWE-\d{1,5}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})"
                         r"(?![A-Za-z0-9_]|-\d)"),  # run into Chinese too: "更改为cve-2012-1823-php"
    ("url", "domain", r"(?i)(?<![@\w./-])(?:[a-z0-9-]+\.)+(?:com|cn|org|net|io|edu|gov|info|icu|dev|app|co|uk|de|jp|hk|tw)"
                      r"(?:/[^\s<>()（）\[\]“”\"'`，。；、]*)?(?![\w@-]|\.[a-z0-9])"),  # "CONTRIBUTING.cn.md" is a file
    # "v2", "version 1.2", "第2版"; "v0.9.x" is the series 0.9, as "0.9.x" is
    ("number", "digit", r"(?i)(?<![A-Za-z0-9])(?:v|version\s*|第\s*)(\d+(?:\.\d+)*(?:-[a-z][a-z0-9]*\.\d+)?)"
                        r"(?:\.[x*](?![A-Za-z0-9]))?(?:\s*版)?"
                        r"(?![\d.]*[A-Za-z0-9])"),
    # a version run into the name it versions, "SSL2.0", "TLS1.2", "CVSSv3": the other text may write "SSL 2.0"
    ("number", "digit", r"(?<![A-Za-z0-9])[A-Z]{2,6}v?((?<=v)\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)(?![\d.]*[A-Za-z0-9])"),
    # and "Python3.6.9" (a name in any case run into a version of three parts, "CANN 5.0.4.alpha002" with its
    # pre-release, or a fork's: "1.37.0-motrix.10"); "3.6.9" is one version, not the number 3.6 (an IP address, four
    # parts, is read above)
    ("number", "digit", r"(?<![0-9.])(\d+\.\d+\.\d+(?:[.-]?(?i:alpha|beta|rc)\d*|-[A-Za-z][A-Za-z0-9]*\.\d+)?)"
                        r"(?![\d.]*[A-Za-z0-9])"),
    ("phone", "digit", r"(?<![A-Za-z0-9.])(?:(?:\+|00)\d{1,3}[ -]?)?(?:\(\d{2,4}\)[ -]?|\d{2,4}[ -])?"
                       r"(?:\d{3,4}[ -]\d{3,4}|(?<=[ )-])\d{7,8})"
                       r"(?![A-Za-z0-9])|(?<![A-Za-z0-9.])(?:\+\d{1,3}[ -]?)?\d{7,12}(?![A-Za-z0-9.])"),
    ("percent", "percent", rf"(?i)(?<!\d)(\d+(?:\.\d+)?)\s*%|百分之({_CN}|\d+(?:\.\d+)?)|(?<!\d)(\d+(?:\.\d+)?) (?:per ?cent)\b"),
    # a discount in Chinese: "打 7 折", "八五折" (pay 70%, 85%) is "30% off", "less 15%": the percentage taken off, soft
    # (the other text may say "70% of the price", or give the prices alone)
    ("discount", "count_discount", r"(?<![\d.])(\d(?:\.\d)?|[一二三四五六七八九][五]?)\s*折(?!叠|线|扣率|旧)"),
    # fractions: "1 in 4", "one out of ten", "a quarter of", "two-thirds", 四分之一, 三分之二
    ("fraction", "fraction_en", rf"(?i)(?<![\w.-])(?=[\dotfsen])(\d{{1,3}}|{_SMALL_WORDS})\s+(?:in|out\s+of)\s+"
                                rf"(\d{{1,3}}(?:,\d{{3}})*|{_SMALL_WORDS}|hundred|thousand)(?![\w-]|[.,]\d)"),
    ("fraction", "fraction_parts", rf"(?i)(?<![\w-])(a|one)[ -]({_PARTS})(?=\s+of\b)|(?<![\w-])({_SMALL_WORDS})[ -]({_PARTS})s\b"),
    ("fraction", "fraction_cn", rf"({_CN_START}{_CN}|(?<!\d)\d+)\s*分之\s*({_CN}|\d+(?:\.\d+)?)"),
    # a fraction in one character, "大于 ⅔", as "more than two-thirds" says
    ("fraction", "vulgar", rf"(?<![\d/])({_VULGAR_CHARSET})"),
    # a part of a section written with its letter: "subsection 6d" is the "第6节d" of the other text
    ("number", "digit", r"(?i)(?<![A-Za-z])(?:sub)?(?:section|clause|article|paragraph)s?[ \t]+(\d{1,3})[a-z](?![A-Za-z0-9])"),
    # seconds written close to their figure: "the 60s test" is the "60 秒" of the other text (a decade, "1990s", is not)
    # (after a comma too, a Chinese one read as ",": "很快，10s+ 就完成", but not inside "1,500s")
    ("number", "digit", r"(?<![A-Za-z0-9.])(?<!\d,)(\d{1,3})s(?![A-Za-z0-9'’])"),
    # a unit written close to its figure is no part of a word: "50MB", "200ms", "24h"
    ("number", "digit", rf"(?<![A-Za-z0-9.])(\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(\d+))?(?:(?i:[kmgtp]i?b|[kmg]bps)|ms|px|h|min)?"
                        r"(?:\s*([十百千]?万亿|[十百千]?[万亿]|(?i:thousand|million|billion|trillion)))?(?![A-Za-z0-9])"
                        r"(?!\s*月)"),  # "3月" is March (as "September" is no number), "3 个月" three months
    ("number", "cn_unit", rf"(?<![数几{CN_NUMERAL_CHARS}])({_CN})(?={_CN_UNITS})"),  # 数十个, 几十天: "dozens", no figure
    ("number", "en_unit", rf"(?i)\b({_EN_WORDS_RE})(?:\s*\((\d+)\))?(?=\s+{_EN_UNITS}\b)"),
    ("number", "en_unit", rf"(?i)\b({_EN_WORDS_RE})\s*\((\d+)\)"),
    # "biweekly" is every two weeks, as 每两周 and 双周 say
    ("number", "en_unit", r"(?i)\b(bi-?weekly|fortnightly)\b"),
    ("number", "every_two", r"(双周|隔周)"),
    # a count of things written as a word: "两个法律" may be "both Acts", "七项原则" "seven principles", and
    # either text may leave it unsaid ("the Acts", "the principles"); such a count is soft (Fact.soft): it
    # matches a figure the other text states, but is no finding where the other text has none. (English
    # count words are not read as facts: see states_count, asked only for a figure without counterpart.)
    ("number", "count_cn", _COUNT_CN),
    # half a year, "每半年", is six months, as "every six months" says (soft: the other text may say "twice a year");
    # not the first or second half of a year (上半年, 下半年), nor "most of a year" (大半年), nor "一年半"
    ("number", "count_half_year", r"(?<![上下大多一二三四五六七八九十两\d])(半年)(?!度)"),
    # an edition in Chinese numerals: 第三版 is "version 3" (第3版 is read with the version tokens above)
    ("number", "edition_cn", r"第([二三四五六七八九十]{1,3})版"),
    # an article referred to in Chinese numerals: 第五条 is "Article 5", 第四部分 "part 4" (第5条 is read with the
    # digits above)
    ("number", "article_cn", rf"第({_CN})(?=[条章节款项]|部分)"),
    # a layer or phase counted in Chinese numerals, 第一层 (the other text may say "Layer 1" or "the first
    # layer"): soft, as a count in words is
    ("number", "count_ordinal_cn", rf"第({_CN})(?=[层期轮]|阶段)"),
]
# gates of the fractions ("1 in 4", "a third of", "two-thirds"); "third" alone is mostly "third party"
_FRACTION_GATE = r" (?:in|out of) (?:[0-9]|one\b|two\b|three|four|five|six|seven|eight|nine|ten\b|hundred|thousand)"
_PART_HINTS = "(?:halve|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s|(?:half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth) of"
_FOLDED = frozenset(("date", "number", "fraction", "percent"))  # kinds whose (?i) patterns may read the lowered text
# each pattern as run: (kind, gate, pattern, the same without (?i) for the lowered text or None, soft)
_RUNS = [(kind, gate, pattern, pattern[4:] if kind in _FOLDED and pattern.startswith("(?i)") else None,
          gate.startswith("count")) for kind, gate, pattern in _PATTERNS]
_DIGIT = re.compile(r"\d")
_HEADING_NUMBER = r"[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3})*(?:\\?[.．、:：)）\-]|(?=[\s\u4e00-\u9fff]))"
# Gates of the slowest patterns (strings, compiled by ``re`` on first use, as _PATTERNS)
_YEAR_DIGITS = r"\d{4}"
_MONTH_DAY = rf"\b{_MONTH_RE}\.? +\d|\d(?:st|nd|rd|th)? +(?:of +)?{_MONTH_RE}"  # the gate of a day of a month
_AMPM = r"\d ?[aApP]\.?[mM]\b"
_DOTTED_NAME = r"[A-Za-z0-9-]\.[A-Za-z]"
_MULTIPLIERS = {"十": 10, "百": 100, "千": 1_000, "万": 10_000, "亿": 100_000_000, "thousand": 1_000,
                "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}


def _multiplier(unit):
    """10**12 for 万亿 and "trillion", 10**7 for 千万: a Chinese unit is the product of its characters."""
    unit = unit.lower()
    if unit in _MULTIPLIERS:
        return _MULTIPLIERS[unit]
    value = 1
    for char in unit:
        value *= _MULTIPLIERS[char]
    return value


class Fact:
    __slots__ = ("kind", "value", "text", "line", "column", "soft")

    def __init__(self, kind: str, value: str, text: str, line: int, column: int, soft: bool = False) -> None:
        self.kind = kind      # url | email | date | time | phone | percent | fraction | number | ip | id
        self.value = value    # normalised, comparable across languages
        self.text = text      # as written
        self.line = line
        self.column = column
        # a count written as a word ("两个", "seven"), which a translation may say otherwise ("both") or
        # leave unsaid: it matches the same figure in the other text, but its absence there is no finding
        self.soft = soft

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.value)

    def describe(self):
        noun = {"url": "the URL", "ip": "the IP address", "time": "the time", "email": "the e-mail address", "date": "the date", "phone": "the phone number",
                "percent": "the percentage", "fraction": "the fraction", "number": "the number", "id": "the identifier"}[self.kind]
        shown = self.text if self.kind == "url" else self.value if self.kind in ("date", "email", "ip", "time", "id") or self.text == self.value else \
            f"{self.value} (\u201c{self.text}\u201d)"
        if self.kind == "percent":
            shown = f"{self.value}% (\u201c{self.text}\u201d)"
        elif self.kind == "date" and self.value.startswith("--"):  # --04-30: a day of a month, the year unsaid
            shown = f"{int(self.value[5:])} {_MONTH_NAMES[int(self.value[2:4])]} (\u201c{self.text}\u201d, no year)"
        return f"{noun} {shown}"

    def __repr__(self):
        return f"Fact({self.kind}, {self.value!r}, line {self.line})"


def _date(y, m, d=None):
    y, m = to_int(y), _MONTHS[m.lower()] if m.lower() in _MONTHS else to_int(m)
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{to_int(d):02d}"


def _value(kind, m):
    g = m.groups()
    if kind == "url":
        # a bare URL run on into the Chinese text after it ("…/code_of_conduct.html获得"): the address ends
        # before the Chinese (one whose path is in Chinese goes on in ASCII: "…/cla使用指南.md")
        shown = re.sub(CJK + "+$", "", m.group(0)).rstrip(".,;:!?")
        return url_value(shown if "://" in shown else "http://" + shown), shown
    if kind == "ip":
        return m.group(0), None
    if kind == "id":
        return m.group(0).upper(), None
    if kind == "email":
        shown = m.group(0)
        address = shown.lower().replace("\\", "")
        if "@" not in address:  # legal[at]openatom.org
            address = re.sub(r" ?[\[(]at[\])] ?", "@", address)
            address = re.sub(r" ?[\[(]dot[\])] ?", ".", address)
        return address, shown
    if kind == "date":
        if len(g) == 2 and len(g[0]) == 4 and g[0].isdigit():                    # 2026-03
            return _date(g[0], g[1]), None
        if len(g) == 2 and not (g[1].isdigit() and len(g[1]) == 4):             # September 25, 25 September, 9月25日
            month, day = (g[1], g[0]) if g[1].lower() in _MONTHS else g
            number = _MONTHS[month.lower()] if month.lower() in _MONTHS else to_int(month)
            if month.lower() == "may" or not 1 <= number <= 12 or not 1 <= to_int(day) <= 31:
                return None, None  # "you may 2 …", "13 月": no day of a month
            return f"--{number:02d}-{to_int(day):02d}", None
        if len(g) == 3 and g[0].lower() in _MONTHS:                              # December 1, 2026
            return _date(g[2], g[0], g[1]), None
        if len(g) == 3 and g[1].lower() in _MONTHS:                              # 1 December 2026
            return _date(g[2], g[1], g[0]), None
        if len(g) == 2:                                                          # December 2026
            return _date(g[1], g[0]), None
        return _date(g[0], g[1], g[2]), None                                     # 2026年12月1日, 2026-12-01
    if kind == "time":
        return _time(m.groupdict()), None
    if kind == "phone":
        raw = m.group(0)
        digits = re.sub(r"\D", "", raw)
        if len(digits) < 7:
            return None, None  # "114-514" is a range (a telephone number has seven digits at least)
        # a Chinese number as the English text writes it: +86 or 0086 before the area code without its 0
        # (010 6552 9988 = +86 10 6552 9988)
        if raw.startswith(("+86", "0086")):
            digits = digits[2:] if raw[0] == "+" else digits[4:]
        elif raw.startswith(("+", "00")):
            return "+" + (digits if raw[0] == "+" else digits[2:]), None
        return digits.lstrip("0") or digits, None
    if kind == "fraction":
        if len(g) == 1:  # ⅔
            return _VULGAR[g[0]], None
        return _fraction(g, "分之" in m.group(0)), None
    if kind == "discount":  # 7 折, 8.5 折, 八五折: the share taken off the price
        paid = g[0]
        tenths = float(paid) if paid[0].isdigit() else chinese_to_int(paid[0]) + (0.5 if len(paid) > 1 else 0)
        return _num(round(100 - tenths * 10, 1)), None
    if kind == "percent":
        raw = g[0] or g[2] or g[1]
        value = raw if raw[0].isdigit() else str(chinese_to_int(raw))
        return value, None
    # numbers
    if len(g) == 3:  # digits, decimals, multiplier
        digits = g[0].replace(",", "")
        if len(digits) + len(g[1] or "") > _LONGEST_NUMBER:
            return None, None  # a run of digits no text states as a figure (and int() refuses past 4,300)
        whole = int(digits)
        if g[2]:
            fraction = g[1] or ""
            scaled, scale = int(f"{whole}{fraction}") * _multiplier(g[2]), 10 ** len(fraction)  # exact: 0.3 亿
            return (str(scaled // scale) if scaled % scale == 0 else _num(scaled / scale)), None
        return (f"{whole}.{g[1]}" if g[1] else str(whole)), None
    if len(g) == 1 and g[0][0].isdigit():  # v2, Version 2, 第2版
        return g[0], None
    if len(g) == 2 and g[1]:  # "thirty (30)": the figure, once
        return (str(int(g[1])), None) if len(g[1]) <= _LONGEST_NUMBER else (None, None)
    word = g[0]
    if m.group(0)[0] == "第":  # 第一条, 第三版: an ordinal, the first too
        value = chinese_to_int(word)
        return (str(value), None) if value else (None, None)
    if word.lower() == "both":
        return "2", None
    if word[0] in "百佰千仟":  # 百年, 千年 (millennium, as in 数字千年版权法): a word, not a number
        return None, None
    value = _WORD_COUNTS.get(word.lower()) or (_EN_WORDS.get(word.lower()) if word[0].isascii() else chinese_to_int(word))
    if value is None or value < 2:  # 一个月 is "a month": not a fact worth comparing
        return None, None
    return str(value), None


# words that state a count without a numeral: the two of 每两周, the six months of 半年
_WORD_COUNTS = {"biweekly": 2, "bi-weekly": 2, "fortnightly": 2, "双周": 2, "隔周": 2, "半年": 6}
_LONGEST_NUMBER = 40  # digits: longer runs are no figure of the text (an identifier's digits, or garbage)


_COUNTED_UNIT = r"(?:second|minute|hour|day|week|month|year|step|page|digit|character|member|person|part|stage|level)s?\b"
_EVERY_CN = r"每(?:一)?(?:个)?(?:秒|分钟|小时|天|日|周|星期|月|年)"


def states_count(text, value):
    """Whether ``text`` writes the number ``value`` (an int from 1 to 99) as a word that counts: "one",
    "two", "both", "seven", "thirty" (English), or as a Chinese numeral before a measure word ("七项"). A figure
    one text states and the other writes so is the same fact (the English count words are looked for
    only then, not read from every text: most texts have no figure without counterpart)."""
    words = [word for word, number in _COUNT_WORDS.items() if number == value] + (["both"] if value == 2 else []) + \
        (["one", "single"] if value == 1 else [])
    lower = text.lower()
    # "six-hour" states six ("two-factor" no two, "twenty-one" no twenty)
    if any(word in lower for word in words) and \
            re.search(rf"(?<![\w-])(?:{'|'.join(words)})(?:(?![\w-])|(?=-{_COUNTED_UNIT}))", lower) is not None:
        return True
    if value == 1 and "每" in text and re.search(_EVERY_CN, text) is not None:
        return True  # "每分钟执行一次" (every minute) is "on a 1-minute interval"
    if value == 1 and "一" in text and (
            re.search(r"[加减]一(?=[\s，。；、,.;）)]|$)", text) is not None  # "将 Patch 号加一": "added by 1"
            or re.search(rf"(?<![{CN_NUMERAL_CHARS}数几第])一(?={_CN_UNITS})", text) is not None):
        return True  # 一周 is "1 week" (not 一个, which is mostly "a": "一个后台任务", "a background task")
    if not text.isascii() and re.search(_CN_COUNT_CHARSET, text) is not None:
        return any(chinese_to_int(m.group(1)) == value for m in re.finditer(_COUNT_CN, text))
    return False


def _small(word):
    """A numerator or denominator as an int: 4, "four", "四", "hundred"."""
    word = word.lower().replace(",", "")
    if word.isdigit():
        return int(word) if len(word) <= _LONGEST_NUMBER else None
    if word in ("a", "one"):
        return 1
    if word in _EN_WORDS or word == "thousand":
        return _EN_WORDS.get(word, 1000)
    return chinese_to_int(word)


def _fraction(g, chinese):
    """"1/4" for "1 in 4", "a quarter of", 四分之一 (in lowest terms: "25 out of 100" is 1/4 too)."""
    if chinese:                                                   # 四分之一: the denominator first
        if "." in g[1]:
            return None
        top, bottom = _small(g[1]), _small(g[0])
    elif len(g) == 2:                                             # "1 in 4", "one out of ten"
        top, bottom = _small(g[0]), _small(g[1])
    elif g[0] is not None:                                        # "a quarter of"
        top, bottom = 1, _PART_VALUES[g[1].lower()]
    else:                                                         # "two-thirds"
        top, bottom = _small(g[2]), _PART_VALUES[g[3].lower()]
    if not top or not bottom or top >= bottom:
        return None
    from math import gcd

    common = gcd(top, bottom)
    return f"{top // common}/{bottom // common}"


def _time(g):
    """A time of day as HH:MM on a 24-hour clock (None for an hour or minute out of range)."""
    hour = int(g["h"])
    minute = int(g.get("m") or g.get("m2") or (30 if g.get("half") else 0))
    period = (g.get("ap") or "").lower()
    if period == "p" or g.get("period") in ("下午", "傍晚", "晚上"):
        hour += 12 if hour < 12 else 0
    elif period == "a" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


CODE_HOSTS = frozenset(("github.com", "gitee.com", "gitlab.com", "codeberg.org", "bitbucket.org"))


def url_value(url):
    """A URL as the document it names, whatever the language it is read in: each language's text
    may link its own language's version of the same page (``/zh-cn/version/1/4/code-of-conduct.html``
    and ``/version/1/4/code-of-conduct/``). Language segments of the path (``zh-cn``, ``zh_CN``,
    ``zh-hans``, ``en``, ``en-us``), a language suffix of the file name (``faq.zh-cn.html``), a
    language subdomain (``zh.``, ``en.``) and a ``lang=`` query parameter are dropped; so are the
    scheme, ``www.``, ``index.html``, an ``.html`` extension, a trailing slash, an anchor written in
    Chinese (a heading of the Chinese page: the other language's page has its own) and, on a code
    host, the path of a repository's README (the repository's page shows it), and ``edit`` for ``blob``
    (the host's editor opens the same file); a Creative Commons licence's deed, in whatever language
    (``…/by-sa/4.0/deed.zh`` is ``…/by-sa/4.0/``). A different host, page or version number in the
    path is still a different URL."""
    scheme, _, rest = url.partition("://")
    rest, hash_, fragment = rest.partition("#")
    rest, question, query = rest.partition("?")
    host, slash, path = rest.partition("/")
    host = host.lower()
    if host.startswith("www."):
        host = host[4:]
    labels = host.split(".")
    if len(labels) > 2 and re.fullmatch(_LANG_CODE, labels[0], re.IGNORECASE):
        host = ".".join(labels[1:])
    path = re.sub(_LANG_SEGMENT, "", slash + path)
    path = re.sub(_LANG_SUFFIX, "", path)
    path = re.sub(r"(?i)(?:/index)?\.html?$", "", path).rstrip("/")
    if host == "creativecommons.org":  # a licence's page is its deed, in the reader's language: …/4.0/deed.zh is …/4.0/
        path = re.sub(r"(?i)/deed(?:\.[a-z]{2,3}(?:[-_][a-z]{2,4})?)?$", "", path)
    if host in CODE_HOSTS:  # a repository's page shows its README: owner/repo is owner/repo/blob/main/README.md
        # and a file opened in the host's editor is that file (…/edit/main/docs/X.md, …/blob/main/docs/X.md)
        path = re.sub(r"^(/[^/]+/[^/]+)/edit/", r"\1/blob/", path)
        path = re.sub(r"(?i)^(/[^/]+/[^/]+)/(?:blob/[^/]+/readme(?:\.md|\.markdown|\.rst|\.txt)?|tree/[^/]+)$", r"\1",
                      path)
    if fragment and (not fragment.isascii() or re.search(r"%[89a-fA-F][0-9a-fA-F]", fragment)
                     or re.fullmatch(_LANG_CODE, fragment.strip("/"), re.IGNORECASE)):  # "…/privacy/#en", "#zh-CN", "#/zh"
        # an anchor in Chinese names a heading of the Chinese page; the other language's page has its own
        fragment = ""
    if query:
        query = "&".join(p for p in query.split("&") if p.split("=")[0].lower() not in _LANG_PARAMS)
    # http and https, www. or not, name the same place for a reader
    return f"{host}{path}" + (f"?{query}" if query else "") + (f"#{fragment}" if fragment else "")


def _num(x):
    return str(int(x)) if float(x).is_integer() else repr(x)


_HTML_COMMENT = r"<!--[\s\S]*?(?:-->|$)"
_LINK_LABEL = r"(?m)\[\^[^\]\s]{1,20}\]|(?<=\])\[[^\]\n]{1,40}\]|^[ \t]{0,3}\[[^\]\n]{1,40}\]:"


def _blank_generated(m: re.Match) -> str:
    """A path with its generated names (long runs of digits, hexadecimal groups joined by hyphens) blanked out, and its
    anchor: the slug of a heading of the page linked, in the wording of its language ("#agent-更新签名-v060-起")."""
    path, hash_, anchor = m.group(0).partition("#")
    return re.sub(r"\d{6,}|[0-9a-fA-F]+(?:-[0-9a-fA-F]+){3,}", _blank, path) + hash_ + " " * len(anchor)


def _mailto_link(m: re.Match) -> str:
    """A link to an e-mail address: the address once, from its text when it shows it, else from its target."""
    label, address = m.group(1), m.group(2).split("?")[0]
    if not address or "@" in label:  # the address the reader sees is the one shown
        return f"[{label}]" + " " * (len(m.group(0)) - len(label) - 2)
    return f"[{label}]" + " " * len("(mailto:") + m.group(2) + " "


def _blank(m: re.Match) -> str:
    """A match blanked out, lines and columns kept."""
    text = m.group(0)
    return re.sub(r"[^\n]", " ", text) if "\n" in text else " " * len(text)


_LINK_ATTRIBUTE = r"""\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')"""


def _blank_tag(m: re.Match) -> str:
    """An HTML tag blanked out, columns kept: its attributes are markup (a table column's
    ``width="20.7%"`` is not a percentage of the text), but for the address a link or an image
    points to, which is a fact of the text."""
    tag = m.group(0)
    out = [" "] * len(tag)
    for a in re.finditer(_LINK_ATTRIBUTE, tag):
        group = 1 if a.group(1) is not None else 2
        start, end = a.span(group)
        out[start:end] = tag[start:end]
    return "".join(out)


_BADGE = re.compile(r"https?://(?:img\.shields\.io|shields\.io|badgen\.net|badge\.fury\.io)/[^\s)\"'<>]*")
_EMPHASISED_DATE = re.compile(r"(?:\*\*|__)?\d{2,4}(?:\*\*|__)?[ \t]*年[ \t]*(?:\*\*|__)?\d{1,2}(?:\*\*|__)?[ \t]*月"
                              r"(?:[ \t]*(?:\*\*|__)?\d{1,2}(?:\*\*|__)?[ \t]*[日号])?(?:\*\*|__)?")


_DAY_RANGE_BEFORE = re.compile(r"月\s*\d{1,2}\s*[日号]?\s*(?:到|至|~|～|-|－|—|–)\s*$")
_NUMBERED_IMAGE = re.compile(r"(!\[\s*(\d{1,3})\s*\]\(\s*)(?![A-Za-z][A-Za-z0-9+.-]*:|www\.)([^)\s]+)")
_LINK_WITH_ADDRESS = re.compile(r"\[([^\]\n]{1,200})\]\(\s*([^)\s]+)\s*\)")  # a link's or an image's


def _numbers_of_addresses(text: str) -> set:
    """{(start, end)} of the numbers standing alone in the text of a link that its address carries too
    ("8" of "[PEP 8](https://peps.python.org/pep-0008/)", "3.7" of "[Python 3.7](https://docs.python.org/3.7/)")."""
    out = set()
    for link in re.finditer(_LINK_WITH_ADDRESS, text):
        address = link.group(2)
        carried = {str(int(digits)) for digits in re.findall(r"\d+", address)}
        for m in re.finditer(r"(?<![\w./:-])\d+(?:\.\d+)*(?![\w./:-])", link.group(1)):
            number = m.group()
            if number in address if "." in number else str(int(number)) in carried:
                out.add((link.start(1) + m.start(), link.start(1) + m.end()))
    return out


def extract_facts(text: str, first_line: int = 1) -> list[Fact]:
    """All facts in ``text``, with their line and column (``text`` starts at ``first_line``)."""
    norm = text
    for wide, narrow in _FW_PAIRS:  # text.translate(_FW), faster
        if wide in norm:
            norm = norm.replace(wide, narrow)
    if "<" in norm:  # HTML written in the Markdown: its markup is no fact, the address of a link is
        if "<!--" in norm:  # a comment is not shown: nothing in it is a fact of the text
            norm = re.sub(_HTML_COMMENT, _blank, norm)
        if "<s" in norm or "<S" in norm:  # nor is a script or a style sheet (the site removes them)
            opened = norm.lower()
            if "<script" in opened or "<style" in opened:
                norm = re.sub(HTML_HIDDEN, _blank, norm)
        norm = re.sub(HTML_TAG, _blank_tag, norm)
    if "&" in norm:  # a character written as an HTML reference ("&#160;", "&nbsp;") is no number
        norm = re.sub(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});", _blank, norm)
    # a number in a link's text that its address carries ("[PEP 8](https://peps.python.org/pep-0008/)", "[RFC
    # 2119](…/rfc2119)", an image's "![4](Img/PR_4.png)"): the address states it (F004 compares it), the text names
    # the page by it: soft
    named = _numbers_of_addresses(norm) if "](" in norm and _DIGIT.search(norm) is not None else ()
    if "](" in norm:  # the generated name in a link's or an image's path on its own site ("/Images/community/153529738-
        # 96f3f75a-41e5-4947-….png") says no figure (a year in a file name, "专家评审团2023.png", may: it stays)
        norm = re.sub(r"(?<=\]\()(?!\s*(?:[A-Za-z][A-Za-z0-9+.-]*:|www\.))[^)\s]+", _blank_generated, norm)
        if "![" in norm:  # nor does a screenshot's ordinal, its alternative text and in its file name on its own site
            # ("![4](doc/Img/PR_4.png)"), which each language may number its own way
            norm = re.sub(_NUMBERED_IMAGE, lambda m: m.group(1) + re.sub(rf"(?<!\d){m.group(2)}(?!\d)", _blank, m.group(3)),
                          norm)
    if "[" in norm:  # the labels of footnotes and reference links ([^1], [text][2], [2]: …) are markup
        norm = re.sub(_LINK_LABEL, _blank, norm)
    if "mailto:" in norm:  # [x@y.cn](mailto:x@y.cn) is one address; [subscribe](mailto:x-subscribe@y.cn) states it
        norm = re.sub(r"\[([^\]\n]{0,200})\]\(mailto:([^)\s]*)\)", _mailto_link, norm)
        norm = re.sub(r"\(mailto:[^)\s]*\)", _blank, norm)
        # a link's text run together with its address ("x@y.commailto:x@y.com", as a copied page gives it)
        norm = re.sub(r"(?<=[A-Za-z0-9])mailto:", _blank, norm)
    if "shields.io" in norm or "badgen.net" in norm or "badge.fury.io" in norm:
        # a badge's image is a label drawn by a service from its address ("README-中文首页"), each language its own
        norm = re.sub(_BADGE, _blank, norm)
    if "年" in norm and ("**" in norm or "__" in norm):  # **2024**年**12**月**05**日: a date set in bold piece by piece
        norm = re.sub(_EMPHASISED_DATE, lambda m: re.sub(r"\*\*|__", _blank, m.group()), norm)
    if "(2)" in norm:
        norm = _blank_inline_enumerators(norm)
    norm = re.sub(_ENUMERATOR, _blank, norm)
    if _DIGIT.search(norm) is not None and has_enumeration(norm):
        norm = re.sub(_RUN, _blank_enumeration, norm)
    taken = bytearray(len(norm))
    facts = []
    has_digit = _DIGIT.search(norm) is not None
    lower = norm.lower()
    cjk = not norm.isascii()  # known to CPython without reading the text
    gates = {
        "url": "://" in norm or "www." in lower,
        "domain": "." in norm and re.search(_DOTTED_NAME, norm) is not None,  # "example.cn", not a full stop
        "email": "@" in norm,
        "email_at": ("[at]" in lower or "(at)" in lower),
        # every date pattern needs 年 or a year of four digits (the month names are slow to look for)
        "date": "年" in norm or (has_digit and re.search(_YEAR_DIGITS, norm) is not None),
        "date_md": has_digit and ("月" in norm or re.search(_MONTH_DAY, lower) is not None) or ("月" in norm and "日" in norm),
        "digit": has_digit,
        "identifier": has_digit and ("CVE" in norm or "CWE" in norm or "GHSA" in norm or "cve-" in lower),
        # a period of the day (上午, 下午, 晚上 …) before an hour; H:MM; an hour with a.m./p.m.
        "time_cn": has_digit and ("午" in norm or "早" in norm or "晚" in norm),
        "time_colon": has_digit and ":" in norm,
        "time_ampm": has_digit and ("m." in lower or "am" in lower or "pm" in lower)
                     and re.search(_AMPM, norm) is not None,
        "percent": has_digit or "百分之" in norm,
        "cn_unit": cjk and re.search(_CN_UNIT_CHARSET, norm) is not None,
        "count_cn": cjk and re.search(_CN_COUNT_CHARSET, norm) is not None,
        "count_discount": cjk and "折" in norm,
        "count_half_year": cjk and "半年" in norm,
        "fraction_en": (" in " in lower or " out of " in lower) and re.search(_FRACTION_GATE, lower) is not None,
        "fraction_parts": any(part in lower for part in _PART_VALUES) and re.search(_PART_HINTS, lower) is not None,
        "fraction_cn": "分之" in norm,
        "vulgar": cjk and re.search(_VULGAR_CHARSET, norm) is not None,
        "every_two": cjk and ("双周" in norm or "隔周" in norm),
        "edition_cn": cjk and "版" in norm,
        "article_cn": cjk and "第" in norm,
        "count_ordinal_cn": cjk and "第" in norm,
        "en_unit": ("day" in lower or "week" in lower or "month" in lower or "year" in lower or "hour" in lower
                    or "minute" in lower or "fortnight" in lower),
    }
    # the patterns of English words read the text in lower case: ``re`` matches case-insensitively
    # several times slower (where lowering changes the length, as it may outside ASCII, as written)
    same = len(lower) == len(norm)
    breaks = None
    for kind, gate, pattern, folded, soft in _RUNS:
        if not gates[gate]:
            continue
        for m in re.finditer(folded, lower) if folded and same else re.finditer(pattern, norm):
            start, end = m.span()
            if any(taken[start:end]):
                continue
            value, shown = _value(kind, m)
            if value is None:
                continue
            # a QQ group's or a company's number is read as an identifier, not as a telephone
            fact_kind = "id" if kind == "phone" and re.search(_ACCOUNT_BEFORE, norm[max(0, start - 12):start]) else kind
            fact_kind = "percent" if kind == "discount" else fact_kind
            taken[start:end] = b"\x01" * (end - start)
            if breaks is None:  # where each line ends, once: counting them again for each fact is quadratic
                breaks = [k for k, ch in enumerate(norm) if ch == "\n"] if "\n" in norm else []
            row = bisect_left(breaks, start)
            line = first_line + row
            column = start - (breaks[row - 1] + 1 if row else 0) + 1
            # "由1名项目owner指定" is "nominated by a project owner": one of a thing counted, as a count word is, soft
            # and "a 1-line entry" is "一条": the English one run into the noun it counts
            one = value == "1" and kind == "number" and (re.match(_ONE_COUNTED, norm[end:end + 5]) is not None
                                                         or re.match(r"-[a-z]", norm[end:end + 2]) is not None)
            # the end of a range of days within a month, "10月1日到31日": the other text may say "October 1st to 31st"
            one = one or (kind == "number" and norm[end:end + 1] == "日"
                          and re.search(_DAY_RANGE_BEFORE, norm[max(0, start - 16):start]) is not None)
            facts.append(Fact(fact_kind, value, shown or text[start:end], line, column,
                              soft or one or (kind == "number" and (start, end) in named)))
    facts.sort(key=lambda f: (f.line, f.column))
    return facts


def section_facts(section: Section) -> list[Fact]:
    """Facts of a section's own text: its heading (without the number) and its blocks.

    One pass over the parts joined at their own lines (an extraction per paragraph costs more
    than the patterns themselves); each part ends with "。", which no fact crosses, so a fact never
    joins the end of one paragraph with the start of the next."""
    parts: list[tuple[int, str]] = []
    if section.kind != "preamble" and section.title:
        title = section.title
        if section.kind == "heading" and section.number is None:
            # a number that starts a heading and was not read as its number ("1-介绍", "1.1介绍") is still
            # a section number, never a fact; a quantity ("30 天退款窗口") is one
            m = re.match(_HEADING_NUMBER, title)
            # "4-Level Data Fallback Chain" (a figure joined to its word, as "4 级数据回退链") is no section number
            joined = m is not None and title[m.end() - 1] == "-" and title[m.end():m.end() + 1].isascii() \
                and title[m.end():m.end() + 1].isalpha()
            if m and not joined and not re.match(QUANTITY, title[m.end():]):
                title = " " * m.end() + title[m.end():]
        parts.append((section.line, title))
    parts.extend((block.line, block.text) for block in section.blocks if block.kind != "code")
    # a code block is not translated: of its text, only the addresses it gives (an endpoint, a contact) are facts
    coded = [fact for block in section.blocks if block.kind == "code" and ("." in block.text)
             for fact in extract_facts(block.text, block.line + 1) if fact.kind in ("url", "email")]
    if not parts:
        return coded
    first = parts[0][0]
    chunks: list[str] = []
    line = first
    for start, text in parts:
        if chunks:
            chunks.append("\n" * max(start - line, 1))
            line = max(start, line + 1)
        chunks.append(text + "\u3002")
        line += text.count("\n")
    facts = extract_facts("".join(chunks), first)
    if coded:
        facts = sorted(facts + coded, key=lambda fact: (fact.line, fact.column))
    return facts
