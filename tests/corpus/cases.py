"""What `policy check` must report on the real corpus, and the defects injected into it.

Shared by tests/test_corpus.py (which asserts it) and bench/bench_parity.py (which measures the
false-finding rate and the catch rate from it). Every expected finding was classified by reading
both texts; see tests/corpus/README.md.
"""

import re
from pathlib import Path

CORPUS = Path(__file__).resolve().parent

# (language, line, code) of every finding `policy check` reports on each pair, in the order it
# reports them, each classified by reading both texts (tests/corpus/README.md): the true ones say
# what is wrong with the translation, the false ones are listed again in FALSE.
EXPECTED = {
    "anti-996": [],
    "community-rules-996": [],
    # the Chinese translations of Contributor Covenant 1.4 leave out the English paragraph that points
    # to the FAQ ("For answers to common questions …, see https://www.contributor-covenant.org/faq"):
    # true, one finding that names the paragraph and its URL
    "covenant-14-zh-cn": [("en", 79, "P006")],
    "covenant-14-zh-tw": [("en", 79, "P006")],
    "covenant-20-zh-cn": [],
    "covenant-21-zh-cn": [],
    "covenant-21-zh-tw": [],
    "mulan-psl-2": [],
    # held out until issue 10's second round, which tuned the checker on them (see RETUNED)
    # true: the English title "CNCF Community Code of Conduct v1.3", with the version and the list of the
    # other languages under it, is not in the Chinese text; true: the English nests "### Community Code of
    # Conduct" and "### CNCF Events" one level deeper than the Chinese "##" sections (one finding for both)
    "cncf-coc": [("en", 5, "P002"), ("en", 28, "P004")],
    "mulan-psl-1": [],
    "vue-coc": [],
    "vue-privacy": [],
}

# The findings of EXPECTED that are false (a translation that is right, reported wrong), with the reason.
# None is left: the twelve false findings of the held-out pairs (first round) had four causes that the
# second round removed (tests/corpus/README.md, "Classified findings").
FALSE = {}

# Findings of earlier versions, classified true when they were reported, that this version reports in
# another form (bench/bench_parity.py counts them true for those versions): the F004 of the FAQ URL,
# now part of the P006 that names the paragraph missing from the Chinese texts of Contributor Covenant 1.4.
EARLIER_TRUE = {
    "covenant-14-zh-cn": [("en", 80, "F004")],
    "covenant-14-zh-tw": [("en", 80, "F004")],
}

# Pairs added after the alignment's weights were first set (issue 10, first round), held out then and
# measured as such (12 false findings of 13), then used in the second round to remove the four causes
# of those false findings: from that round on they are tuned pairs too, counted apart.
RETUNED = ("cncf-coc", "mulan-psl-1", "vue-coc", "vue-privacy")

# Pairs never used to tune the checker: their figures are the held-out measure. The next ones are
# collected apart from the checker's development and listed here when they land.
HELD_OUT = ()  # until round 5, below


class Defect:
    """A defect written into one file of a pair: replace ``old`` by ``new`` in ``lang``."""

    def __init__(self, name, pair, lang, old, new, code, lines, known_miss=False, names=None, most=3):
        self.name = name
        self.most = most  # findings it may add at most (one cause: never a cascade over what follows it)
        self.known_miss = known_miss  # not caught by this version; counted in the catch rate
        self.pair = pair
        self.lang = lang
        self.old = old
        self.new = new
        self.code = code      # the finding that names the defect (or a tuple of codes, any of which)
        self.lines = lines    # (first, last) line of the translation where it may be placed
        self.names = names    # words the finding must quote, when its place alone does not tell
                              # which list item it names

    def named_by(self, code, line, message):
        """Whether a finding (its code, line of the translation and message) names this defect."""
        first, last = self.lines
        codes = self.code if isinstance(self.code, tuple) else (self.code,)
        return code in codes and first <= line <= last and (self.names is None or self.names in message)

    def apply(self, folder):
        path = Path(folder) / self.lang / f"{self.pair}.md"
        text = path.read_text(encoding="utf-8")
        assert text.count(self.old) == 1, (self.name, self.old)
        path.write_text(text.replace(self.old, self.new), encoding="utf-8")


def _swap(text, a, b):
    """``text`` with the two (distinct, non-overlapping) passages ``a`` and ``b`` exchanged."""
    return text.replace(a, "\0").replace(b, a).replace("\0", b)


def _section(pair, lang, heading):
    """The text of a section of the corpus, from its heading to the next ``##`` heading."""
    text = (CORPUS / lang / f"{pair}.md").read_text(encoding="utf-8")
    start = text.index(heading)
    end = text.find("\n## ", start + 1)
    return text[start:end + 1 if end != -1 else len(text)]


def _swapped_sections(pair, lang, first, second):
    a, b = _section(pair, lang, first), _section(pair, lang, second)
    both = a + b if (CORPUS / lang / f"{pair}.md").read_text(encoding="utf-8").find(a + b) != -1 else None
    assert both, (first, second)
    return both, b + a


def _swapped_bodies(pair, lang, first, second):
    a, b = _section(pair, lang, first), _section(pair, lang, second)
    head_a, _, body_a = a.partition("\n")
    head_b, _, body_b = b.partition("\n")
    return a + b, head_a + "\n" + body_b + head_b + "\n" + body_a


_MULAN_50 = ("Affiliates means entities that control, are controlled by, or are under common control with the "
             "acting entity under this License, ‘control’ means direct or indirect ownership of at least fifty "
             "percent (50%) of the voting power, capital or other securities of controlled or commonly "
             "controlled entity.\n\n")

DEFECTS = [
    # one finding for one cause: the paragraph, with the percentage it states (earlier versions: an F001
    # for the percentage alone)
    Defect("a dropped sentence with a number", "mulan-psl-2", "en", _MULAN_50, "", ("P006", "F001"), (13, 24),
           names="the percentage 50%"),
    Defect("a changed date", "mulan-psl-2", "en", "January 2020", "January 2021", "F002", (7, 9)),
    Defect("a changed percentage", "mulan-psl-2", "en", "(50%)", "(51%)", "F001", (13, 24)),
    Defect("a changed URL", "covenant-21-zh-cn", "en", "version/2/1/code_of_conduct.html][v2.1]",
           "version/2/0/code_of_conduct.html][v2.1]", "F004", (119, 140)),
    Defect("swapped sections", "covenant-21-zh-cn", "en",
           *_swapped_sections("covenant-21-zh-cn", "en", "## Enforcement Responsibilities", "## Scope"),
           "P003", (43, 62)),
    # Scope and Enforcement have the same length in both languages and carry no fact: nothing but
    # the meaning of the words tells them apart, which this checker does not read (a known miss).
    # caught since round 17, by what the texts speak of (rules/lexicon.tsv)
    Defect("swapped sections of like length", "covenant-21-zh-cn", "en",
           *_swapped_sections("covenant-21-zh-cn", "en", "## Scope", "## Enforcement\n"), "P003", (55, 72)),
    Defect("swapped contents of two numbered sections", "mulan-psl-2", "en",
           *_swapped_bodies("mulan-psl-2", "en", "## 3. No Trademark", "## 4. Distribution"), ("F001", "P003"), (33, 40)),
    # (F001 for the facts that then differ; since round 17, the one P003 that says the texts are exchanged)
    Defect("a dropped list item", "covenant-20-zh-cn", "en",
           "* Public or private harassment\n", "", "P007", (19, 19)),
    Defect("a dropped section", "covenant-14-zh-cn", "en", _section("covenant-14-zh-cn", "en", "## Scope"), "",
           "P002", (38, 50)),
    Defect("a renumbered section", "mulan-psl-2", "en", "## 5. Disclaimer", "## 7. Disclaimer", "P005", (41, 41)),
    # A short paragraph without facts next to a long one (a known miss of the first round, when it
    # was taken for a join of two paragraphs; caught since lengths are calibrated on the sections
    # that correspond).
    Defect("a dropped short paragraph", "covenant-21-zh-cn", "en",
           "We pledge to act and interact in ways that contribute to an open, welcoming,\n"
           "diverse, inclusive, and healthy community.\n\n", "", "P006", (7, 7)),
    Defect("a dropped list item in a numbered list", "anti-996", "en",
           _section("anti-996", "en", "## \"Anti 996\"")[
               _section("anti-996", "en", "## \"Anti 996\"").index("2. The individual"):
               _section("anti-996", "en", "## \"Anti 996\"").index("3. The individual")],
           "", "P007", (7, 7)),
]

# Defects written into the pairs held out in the first round (RETUNED), of the same kinds as above,
# each with the finding that names it and the lines of its section (findings stand at the start of
# the section they concern), set before the checker was run on them; the ones this version does not
# catch are known misses (bench/results/parity.md).
DEFECTS += [
    Defect("a changed effective date", "vue-privacy", "en", "May 3, 2024", "May 4, 2024", "F002", (5, 7)),
    Defect("a changed e-mail address", "vue-privacy", "en", "at hello@vuejs.org", "at help@vuejs.org", "F003",
           (44, 46)),
    Defect("a dropped item of a numbered list", "vue-privacy", "en",
           "3. Usage statistics of our published packages on NPM (https://npmjs.com/), which are governed by "
           "NPM's terms and conditions; or\n\n", "", "P007", (5, 20), names="3. 我们在 NPM"),
    Defect("a changed percentage in a definition", "mulan-psl-1", "en", "(50%)", "(51%)", "F001", (13, 24)),
    Defect("a dropped numbered section", "mulan-psl-1", "en", _section("mulan-psl-1", "en", "## 3. No Trademark"), "",
           "P002", (29, 37)),
    # Three short items of like length: the finding names the last one ("其他在专业环境中…"), length
    # alone cannot tell which of them was dropped (a known miss).
    Defect("a dropped bullet", "cncf-coc", "en", "* Unwelcome physical contact\n", "", "P007", (47, 85),
           names="不受欢迎的身体接触", known_miss=True),
    Defect("a changed reporting address", "cncf-coc", "en", "via <conduct@cncf.io>", "via <coc@cncf.io>", "F003",
           (86, 92)),
    Defect("a changed version URL", "vue-coc", "en", "version/1/4/code-of-conduct.html",
           "version/2/0/code_of_conduct.html", "F004", (45, 51)),
    Defect("swapped sections of a code of conduct", "vue-coc", "en",
           *_swapped_sections("vue-coc", "en", "## Our Responsibilities", "## Scope"), "P003", (29, 38)),
]


# --- Round 3 (issue 10) -------------------------------------------------------------------------------------
# Eleven more real pairs (seven Mozilla legal documents, the Istio and the Kubernetes security pages, two
# GitHub site policies), added while the checker was being changed on the pairs above and kept apart from
# that work. Their ground truth (every real difference, found by reading both texts, independent of any
# checker) is in tests/corpus/README.md, "Held-out round 3". Measured held out with the checker of commit
# 242904a: 45 findings, 35 false (the README keeps that figure); then used to remove the six causes of those
# false findings (issue 10, third round): from then on they are tuned pairs too, counted apart as RETUNED_3.
HELD_OUT_3 = ("mozilla-firefox-terms", "mozilla-mdn-plus-terms", "mozilla-report-infringement",
              "mozilla-common-voice-privacy", "mozilla-privacy-policy", "mozilla-websites-terms",
              "mozilla-accounts-terms", "istio-security", "k8s-security", "github-safe-harbor",
              "github-gpl-commitment")
RETUNED_3 = HELD_OUT_3

EXPECTED.update({
    "mozilla-firefox-terms": [],
    "mozilla-privacy-policy": [],
    "mozilla-common-voice-privacy": [],
    # misses the English paragraph on changing e-mail subscriptions that the Chinese leaves out (no fact in it)
    "mozilla-accounts-terms": [],
    "mozilla-mdn-plus-terms": [],
    # misses the expansion of DMCA the Chinese adds (words, no fact)
    "mozilla-report-infringement": [],
    # true: the Chinese writes the domain mozillians.org as "mozilians.org" (one finding naming both)
    "mozilla-websites-terms": [("en", 16, "F004")],
    "github-safe-harbor": [],  # misses the two sentences the Chinese leaves in English (untranslated)
    # true: the English makes "Our Commitment" a level-3 heading, the Chinese a level-2 one
    "github-gpl-commitment": [("en", 11, "P004")],
    # true: the Chinese gives its seven headings {#id}s, the English none (one finding: the section links of
    # the site's language switcher go by the id, so they break); the bullet and the section "Base Images"
    # that the Chinese leaves out
    "istio-security": [("en", 10, "P009"), ("en", 40, "P007"), ("en", 87, "P002")],
    # true: {#id}s in Chinese only, as for Istio; the RSS-feed paragraph the Chinese leaves out; the bug-report
    # template and the release process linked elsewhere in each language (one finding each, naming both URLs)
    "k8s-security": [("en", 9, "P009"), ("en", 13, "P006"), ("en", 21, "F004"), ("en", 40, "F004")],
})

# Findings of the checker at 242904a on round 3 that were classified true and are reported in another form
# now (the RSS feed's URL, F004, is the P006 of the paragraph that states it): each link that differs was two F004 (one from each side), now one naming both; the P009 of the first
# heading stands for the others (the ids written in Chinese only: one cause, one finding).
EARLIER_TRUE.update({
    "mozilla-websites-terms": [("en", 12, "F004")],
    "k8s-security": [("en", 13, "F004"), ("en", 15, "F004"), ("en", 38, "F004")],  # 13: the RSS feed, now a P006
})

# Defects written into the round-3 pairs, set (with the finding that must name each and the lines of its
# section) after the checker's findings on the unmodified pairs were seen, before it was run on any defect.
DEFECTS += [
    Defect("a changed refund period", "mozilla-mdn-plus-terms", "en", "within the first 30 days",
           "within the first 14 days", "F001", (37, 42)),
    Defect("a dropped sentence with a number of months", "mozilla-mdn-plus-terms", "en",
           " If you stop paying, we will immediately suspend your account, and we may delete it after 2 months of "
           "not paying.", "", "F001", (37, 42)),
    Defect("a changed effective date of terms", "mozilla-firefox-terms", "en", "Effective June 10, 2025",
           "Effective June 10, 2024", "F002", (5, 13)),
    Defect("a changed liability cap", "mozilla-firefox-terms", "en", "is limited to $500.", "is limited to $50.",
           "F001", (66, 71)),
    Defect("a dropped indemnification section", "mozilla-firefox-terms", "en",
           _section("mozilla-firefox-terms", "en", "## You Won\u2019t Claim"), "", "P002", (56, 66)),
    Defect("a changed DMCA e-mail address", "mozilla-report-infringement", "en",
           "[dmcanotice@mozilla.com](mailto:dmcanotice@mozilla.com)", "[dmca@mozilla.com](mailto:dmca@mozilla.com)",
           "F003", (22, 33)),
    Defect("a dropped item of a DMCA notice list", "mozilla-report-infringement", "en",
           "4. Your name, address, telephone number, and email address where we can contact you;\n", "", "P007",
           (11, 21), names="您的姓名、地址、电话号码以及"),
    Defect("a dropped bullet of a privacy policy", "mozilla-privacy-policy", "en",
           [line + "\n" for line in (CORPUS / "en" / "mozilla-privacy-policy.md").read_text(encoding="utf-8")
            .split("\n") if line.startswith("* When the law requires it.")][0], "", "P007", (35, 43),
           names="当法律要求时"),
    Defect("swapped sections of a privacy policy", "mozilla-privacy-policy", "en",
           *_swapped_sections("mozilla-privacy-policy", "en", "## How do we learn information about you?",
                              "## What do we do with your information once we have it?"), "P003", (20, 34)),
    Defect("a changed minimum age", "mozilla-accounts-terms", "en", "13 years old", "16 years old", "F001",
           (17, 26)),
    Defect("a changed effective date of a privacy notice", "mozilla-common-voice-privacy", "en",
           "Effective October 31, 2025", "Effective October 31, 2024", "F002", (5, 8)),
    Defect("a changed response time", "k8s-security", "en", "within 3 working days", "within 5 working days", "F001",
           (38, 45)),
    Defect("a changed reporting list address", "istio-security", "en",
           "[istio-security-vulnerability-reports@googlegroups.com](mailto:istio-security-vulnerability-reports@"
           "googlegroups.com)", "[istio-security@googlegroups.com](mailto:istio-security@googlegroups.com)", "F003",
           (10, 17)),
]

# Three more, of the kinds the checker finds hardest (no fact in what is dropped), set after its findings on the
# unmodified round-3 pairs were seen but before it was run on these defects.
DEFECTS += [
    # Not caught, no finding at all: a one-line paragraph without facts is within the variance of translation
    # lengths (a known miss, as the dropped short paragraph of the tuned pairs).
    Defect("a dropped short paragraph without facts", "mozilla-privacy-policy", "en",
           "Any information that falls outside of this is \"non-personal information.\"\n\n", "", "P006", (12, 19),
           known_miss=True),
    Defect("a dropped section without facts", "mozilla-mdn-plus-terms", "en",
           _section("mozilla-mdn-plus-terms", "en", "## Updating or Ending These Terms"), "", "P002", (47, 69)),
    Defect("a changed cancellation URL", "mozilla-mdn-plus-terms", "en", "(https://subscriptions.firefox.com)",
           "(https://accounts.firefox.com/subscriptions)", "F004", (43, 46)),
]

# Two for the GitHub pairs (added last), likewise set before the checker was run on them.
DEFECTS += [
    Defect("a changed cure period", "github-gpl-commitment", "en", "prior to 30 days after your receipt",
           "prior to 14 days after your receipt", "F001", (11, 22)),
    # Counted as a miss by the rule set in advance (the finding's line in 22-30, where section 2 stood): the P002
    # that names it ("section 2 (“第三方安全港”) of the Chinese text has no counterpart … place it after section
    # 1") stands at line 12, the start of section 1, with an N004 at section 3 (numbering skips 2).
    Defect("a dropped numbered section of a safe harbor", "github-safe-harbor", "en",
           _section("github-safe-harbor", "en", "## 2. Third Party Safe Harbor"), "", "P002", (22, 30),
           known_miss=True),
]

# Round 3 was the held-out measure of the second round; the third round tuned the checker on it (RETUNED_3).
# The next held-out pairs are collected apart and listed in HELD_OUT when they land.


# Legitimate reshapings of a translation: what translators do without changing the content. Written
# into the English text of every pair they apply to, each must add no finding but one P004 when it
# changes the heading levels (bench/bench_parity.py counts the findings they add; issue 10's second
# round: the checker of the first round added 133 false findings on these 46 variants).

def _blocks(text):
    """Paragraphs of a text (not headings, list items, indented lines or front matter)."""
    return list(re.finditer(r"(?m)^(?![#*\-+>|\d]|---|\s)[^\n]+(?:\n(?![#*\-+>|]|\s*\n)[^\n]+)*", text))


def flatten_headings(text):
    """Every `###` section made a `##` one (a translation that does not nest)."""
    return re.sub(r"(?m)^### ", "## ", text) if "\n### " in text else None


def nest_headings(text):
    """Every second `##` section nested as a `###` under the one before it."""
    count = [0]

    def level(_):
        count[0] += 1
        return "### " if count[0] % 2 == 0 else "## "

    return re.sub(r"(?m)^## ", level, text)


def join_paragraphs(text):
    """The first two paragraphs that follow each other joined into one."""
    blocks = [m for m in _blocks(text) if len(m.group(0)) > 40]
    for a, b in zip(blocks, blocks[1:]):
        if text[a.end():b.start()] == "\n\n":
            return text[:a.end()] + " " + text[b.start():]
    return None


def split_paragraph(text):
    """The longest paragraph split in two at a sentence."""
    for m in sorted(_blocks(text), key=lambda m: -len(m.group(0))):
        block = m.group(0)
        cut = block.find(". ", len(block) // 3)
        if cut > 0:
            return text[:m.start()] + block[:cut + 1] + "\n\n" + block[cut + 2:] + text[m.end():]
    return None


def bullets_as_lines(text):
    """The first bullet list of three items or more written as `·` lines of one paragraph."""
    m = re.search(r"(?m)(?:^\* [^\n]+\n(?:  [^\n]+\n)*){3,}", text)
    if not m:
        return None
    lines = []
    for line in m.group(0).split("\n"):
        if line.startswith("* "):
            lines.append("\u00b7 " + line[2:])
        elif line.strip():
            lines[-1] += " " + line.strip()
    return text[:m.start()] + "\n".join(lines) + "\n" + text[m.end():]


def html_table(text):
    """The first Markdown table written as an HTML `<table>` with attributes (as documentation tools
    export it: widths, ids, `<p>` in each cell, no blank line inside)."""
    m = re.search(r"(?m)(?:^\|[^\n]*\|[ \t]*\n){3,}", text)
    if not m:
        return None
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in m.group(0).strip().split("\n")]
    rows = [rows[0]] + [r for r in rows[2:]]
    widths = [f"{100 / len(rows[0]):.10f}%" for _ in rows[0]]

    def cell_html(cell):
        return re.sub(r"\[([^]]*)\]\(([^)]*)\)", r'<a href="\2" target="_blank">\1</a>', cell)

    def cells(row, tag, k):
        return "\n".join(f'<{tag} class="cellrowborder" valign="top" width="{w}" id="mcps1.{k}.{c}"><p id="p{k}{c}">'
                         f'<a name="p{k}{c}"></a>{cell_html(cell)}</p>\n</{tag}>'
                         for c, (cell, w) in enumerate(zip(row, widths)))

    html = ['<a name="table1"></a>', '<table><thead align="left"><tr id="row0">' + cells(rows[0], "th", 0),
            "</tr>", "</thead>", "<tbody>"]
    html += [f'<tr id="row{k}">' + cells(row, "td", k) + "\n</tr>" for k, row in enumerate(rows[1:], 1)]
    html += ["</tbody>", "</table>", ""]
    return text[:m.start()] + "\n".join(html) + text[m.end():]


def heading_anchors(text):
    """Every `##` and `###` heading given an inline HTML anchor (`<a name="section…"></a>`)."""
    count = [0]

    def anchor(m):
        count[0] += 1
        return f'{m.group(0)}<a name="section{count[0]:04d}"></a>'

    out = re.sub(r"(?m)^#{2,3} [^\n{]*?(?=[ \t]*$)", anchor, text)
    return out if count[0] else None


def unnest_lists(text):
    """Nested list items written at the margin (a numbered item's sub-points as a bullet list after it)."""
    out = re.sub(r"(?m)^[ \t]+([-*+])[ \t]+", r"\1 ", text)
    return out if out != text else None


def localized_links(text):
    """Every link to a web page made the English version's (`https://host/en-us/path/`), as each language
    links its own language's version of a page."""
    def local(m):
        return f"https://{m.group(1)}/en-us{m.group(2) or '/'}"

    out = re.sub(r"https?://([A-Za-z0-9.-]+\.[a-z]{2,})(/[^\s)\]>\"'<]*)?", local, text)
    return out if out != text else None


def emphasised_headings(text):
    """Every `##` heading in bold with a trailing colon (`## **Scope:**`)."""
    out = re.sub(r"(?m)^(#{2,3}) (?!\d)([^\n{*]+?)[ \t]*$", lambda m: f"{m.group(1)} **{m.group(2)}:**", text)
    return out if out != text else None


def front_matter(text):
    """More front matter in the English text (a description, the language, a date of review)."""
    if not text.startswith("---\n"):
        return None
    return text.replace("---\n", "---\ndescription: The English translation.\nlang: en-US\nreviewed: 2025-01-31\n", 1)


def as_note(text):
    """The first paragraph of real length written as a note (`> **Note**`), as a translator may set a
    remark apart."""
    for m in _blocks(text):
        block = m.group(0)
        if len(block) > 60 and not block.startswith(("<", "!", "[")):
            quoted = "\n".join("> " + line for line in block.split("\n"))
            return text[:m.start()] + "> **Note**\n>\n" + quoted + text[m.end():]
    return None


def list_as_prose(text):
    """The first bullet list of three items or more, with the paragraph that leads into it, written as one
    paragraph of prose (items joined by semicolons)."""
    m = re.search(r"(?m)^(?![#*\-+>|\d\s])([^\n]+)\n\n((?:^[*-] [^\n]+\n(?:  [^\n]+\n)*){3,})", text)
    if not m:
        return None
    items = [" ".join(part.split()) for part in re.split(r"(?m)^[*-] ", m.group(2)) if part.strip()]
    return text[:m.start()] + m.group(1).rstrip() + " " + "; ".join(items) + "\n" + text[m.end():]


RESHAPINGS = (flatten_headings, nest_headings, join_paragraphs, split_paragraph, bullets_as_lines, html_table,
              heading_anchors, unnest_lists, localized_links, emphasised_headings, front_matter, as_note,
              list_as_prose)


def reshaped(pair, reshaping):
    """The English text of ``pair`` reshaped, or None when the reshaping does not apply to it."""
    return reshaping((CORPUS / "en" / f"{pair}.md").read_text(encoding="utf-8"))


# Round 4: real pairs, Chinese-first (OpenHarmony's licence and copyright rules and mailing lists, openEuler's
# code of conduct), from sources no earlier round used, added while round 3 was being tuned on. (Four more
# pairs were collected, from openharmony/security and mindspore-ai/community, and left out: no licence that
# allows copying them could be confirmed.) Their ground truth is in tests/corpus/README.md, "Held-out round 4",
# written before the checker was run on them. Measured held out at the end of issue 10's third round: 7
# findings, all false (the README keeps that figure); 4, all false, once HTML attribute values stopped being
# facts; then used to remove the three causes of the other four (issue 10, fifth round: headings compared
# without inline HTML and HTML counted by its text, a language's own version of a linked page, a list nested in
# one language and at the margin in the other), so they are tuned pairs now, counted apart as RETUNED_4.
HELD_OUT_4 = ("openharmony-license-copyright", "openharmony-mailing-lists", "openeuler-coc")
RETUNED_4 = HELD_OUT_4

EXPECTED.update({
    # misses the reference to the third-party guide and the link to the latest version (relative links, no fact)
    "openharmony-license-copyright": [],
    # misses the two sentences only the Chinese has (one of them inside the HTML table)
    "openharmony-mailing-lists": [],
    "openeuler-coc": [],
})

# The four findings the checker of the third round (after the HTML-attribute fix) reported on round 4, all false,
# and what removed each cause (tests/corpus/README.md, "Round 4, after tuning"). Counted false for that version
# by bench/bench_parity.py (they are in no EXPECTED list).
#   en/openharmony-license-copyright.md:33 P007: the Chinese writes the three exceptions at the margin, which
#       ends its numbered list, and numbers the next item 2 again; the English indents them under item 1.
#   en/openharmony-mailing-lists.md:9 and :31 P002: the Chinese section "如何发送邮件到邮件列表" is the English
#       "How Do I Send Emails to a Mail List?"; the HTML table's markup (counted as text) and the heading's
#       <a name> anchor kept them from being paired.
#   en/openeuler-coc.md:7 F004: the Chinese links Contributor Covenant 1.4 in Chinese
#       (…/zh-cn/version/1/4/code-of-conduct.html), the English in English (…/version/1/4/code-of-conduct/).

# Defects written into round-4 pairs, each with the finding that must name it and its lines, set before the
# checker was run on the pairs (unmodified or not).
DEFECTS += [
    Defect("a changed mailing list address", "openharmony-mailing-lists", "en", "| dev@openharmony.io      |",
           "| developers@openharmony.io |", "F003", (20, 29)),
    Defect("a dropped numbered rule", "openharmony-license-copyright", "en",
           [line + "\n" for line in (CORPUS / "en" / "openharmony-license-copyright.md").read_text(encoding="utf-8")
            .split("\n") if line.startswith("4. The license file of each")][0], "", "P007", (21, 26),
           # not caught by the checkers that measured round 4 held out (no finding at all); caught already at 279aa1c,
           # after HTML attribute values stopped being facts (one P007 that quotes it; the bench of the fifth round
           # found it, the known_miss flag had stayed)
           names="每个开源仓的许可证文件必须要涵盖"),
    # set with the openEuler pair, added last, before the checker was run on it
    Defect("a changed enforcement address", "openeuler-coc", "en", "Send a letter to tc@openeuler.org to report",
           "Send a letter to conduct@openeuler.org to report", "F003", (59, 65)),
]

# Round 4 was the held-out measure of the fourth round; the fifth tuned the checker on it (RETUNED_4). Round 5
# is being collected apart from the checker's development and is pending: it will be listed here when it lands.
HELD_OUT = ()


# --- Round 5 (issue 10) -------------------------------------------------------------------------------------
# Eleven more real pairs, collected while the checker was being changed and kept out of that work: seven GitHub
# site policies (English-first) and four Chinese-first texts (OpenHarmony's compliance-issue process, third-party
# licence notice and licence review guide; openEuler's contribution agreement). Their ground truth (every real
# difference, found by reading both texts, before and without any checker) is in tests/corpus/README.md,
# "Held-out round 5". They are NOT in EXPECTED, and DEFECTS_5 is not in DEFECTS: the lead registers them after
# the one held-out run.
HELD_OUT_5 = ("github-username-policy", "github-trademark-policy", "github-deceased-user", "github-anti-bribery",
              "github-government-takedown", "github-global-privacy", "github-event-coc",
              "openharmony-compliance-issues", "openharmony-third-party-notice", "openharmony-license-review",
              "openeuler-cla")


def _between(pair, lang, start, end=None):
    """The text of a file of the corpus from ``start`` (included) to ``end`` (excluded; None: the file's end)."""
    text = (CORPUS / lang / f"{pair}.md").read_text(encoding="utf-8")
    first = text.index(start)
    return text[first:text.index(end, first + 1) if end is not None else len(text)]


def _swapped(pair, lang, first, second, end=None):
    """(old, new): the passage from heading ``first`` to ``second`` exchanged with the one from ``second`` to
    ``end``, headings and all (two sections in swapped order)."""
    a, b = _between(pair, lang, first, second), _between(pair, lang, second, end)
    return a + b, b + a


def _swapped_contents(pair, lang, first, second, end=None):
    """(old, new): the contents of two sections exchanged, each heading kept in its place."""
    a, b = _between(pair, lang, first, second), _between(pair, lang, second, end)
    head_a, _, body_a = a.partition("\n")
    head_b, _, body_b = b.partition("\n")
    return a + b, (head_a + "\n" + body_b.rstrip("\n") + "\n\n" + head_b + "\n" + body_a.rstrip("\n") + "\n"
                   + ("\n" if end is not None else ""))


# Defects written into copies of the round-5 pairs (the English text, the translation), each with the finding that
# must name it and the lines of the modified translation where it may stand (the section it is in, from its
# heading), set before the checker was run on any round-5 pair, modified or not.
DEFECTS_5 = [
    Defect("a dropped sentence with a number of days", "openharmony-compliance-issues", "en",
           "In principle, public compliance issues should be replied within 14 days after they are submitted. ", "",
           ("F001", "P006"), (28, 31)),
    Defect("a changed effective date of privacy practices", "github-global-privacy", "en",
           "Effective date: July 22, 2020", "Effective date: July 22, 2021", "F002", (5, 12)),
    Defect("a changed reply period", "github-global-privacy", "en", "within 45 days at the latest",
           "within 60 days at the latest", "F001", (19, 56)),
    Defect("a changed reporting e-mail address", "github-event-coc", "en", "by email (events@github.com)",
           "by email (event@github.com)", "F003", (39, 44)),
    Defect("a changed repository URL", "github-government-takedown", "en",
           "(https://github.com/github/gov-takedowns)", "(https://github.com/github/government-takedowns)", "F004",
           (16, 23)),
    Defect("a changed hosting URL", "openharmony-license-review", "en",
           "hosted on the website https://gitee.com/openharmony.",
           "hosted on the website https://gitee.com/open-harmony.", "F004", (15, 24)),
    Defect("a changed licence version in a table row", "openharmony-third-party-notice", "en",
           "| third_party_junit | EPL V1.0 |", "| third_party_junit | EPL V2.0 |", "F001", (5, 104),
           known_miss=True),  # a licence's version in a table cell ("V1.0") is not read as a fact
    Defect("swapped sections of a trademark policy", "github-trademark-policy", "en",
           *_swapped("github-trademark-policy", "en", "### How Does GitHub Respond",
                     "### How Do I Report", "### What Information is Required"), "P003", (15, 25)),
    Defect("swapped sections of a compliance process", "openharmony-compliance-issues", "en",
           *_swapped("openharmony-compliance-issues", "en", "### Public Compliance Issues",
                     "### Repository-dedicated Compliance", "## Issue Labels"), "P003", (18, 22)),
    Defect("swapped contents of two sections, headings kept", "github-global-privacy", "en",
           *_swapped_contents("github-global-privacy", "en", "#### Dispute resolution process",
                              "#### Independent arbitration"), ("F004", "P003"), (57, 70)),
    Defect("a dropped list item of a request", "github-deceased-user", "en",
           "- Name of the deceased account holder\n", "", "P007", (5, 20), names="已故帐户持有人姓名"),
    # caught since round 17, by what the texts speak of (rules/lexicon.tsv); missed before: a short item without
    # facts among twelve
    Defect("a dropped bullet of unacceptable behaviour", "github-event-coc", "en",
           "* Deliberate intimidation, stalking, following, or harassing photography or recording\n", "", "P007",
           (13, 37), names="蓄意恐吓"),
    Defect("a dropped numbered clause of an agreement", "openeuler-cla", "en",
           _between("openeuler-cla", "en", "3. This Agreement and any rights", "4. Please select"), "", "P007",
           (8, 35), names="本贡献协议适用"),
    Defect("a dropped paragraph without facts", "github-username-policy", "en",
           "If the username you want has already been claimed, consider other names or unique variations. Using a "
           "number, hyphen, or an alternative spelling might help you identify a desirable username still "
           "available.\n\n", "", "P006", (9, 12)),  # a known miss until round 11 (no fact; within the spread)
    Defect("a dropped paragraph with an amount and a year", "github-anti-bribery", "en",
           _between("github-anti-bribery", "en", "According to the [World Bank]", "### GitHub policies"), "",
           ("P006", "F001", "F002", "F004"), (5, 12)),
]

# The one held-out run of round 5 (issue 10), on the checker at the end of the fifth round (commit 02f9fdc, the merge
# of that round), before any change made on seeing it: every finding below, classified against the ground truth of
# tests/corpus/README.md ("Held-out round 5"), which was written before it. 77 findings: 60 true (49 of them one
# cause: the Chinese links each licence of the licence-review guide's lists, the English none), 17 false (22%); 12 of
# 15 defects caught. The target (at most 10% false) is not met.
_LICENCE_LINKS = [("en", 25, "F004")] * 3 + [("en", 39, "F004")] * 30 + [("en", 115, "F004")] * 16
EXPECTED.update({
    "github-username-policy": [],
    "github-trademark-policy": [("en", 24, "F004")],  # true: the English contact link adds ?tags=docs-trademark
    "github-deceased-user": [],
    # (the one run also gave an F001 at 13, "1.5 万亿美元" read as 15,000 against "$1.5 trillion", false: removed since)
    # (and an F001 at 30, "这两项法律" (2) against "Both Acts", false: a count in words is soft since)
    "github-anti-bribery": [],
    # true: the English headings are #### where the Chinese are ## (one finding for six); true: the Chinese section
    # left in English ("Government takedowns based on violations of …", zh 26), which the older English page lacks,
    # named since rounds 22 and 23 (what headings speak of pairs "透明度报告" with "Transparency reporting"); before,
    # a false P002 at 30 named "透明度报告" as the one missing
    "github-government-takedown": [("en", 7, "P004"), ("en", 27, "P002")],
    # P004 true: one level deeper, four headings (the F001 at 19, "七项原则" against "seven principles", false: soft since)
    "github-global-privacy": [("en", 13, "P004")],
    "github-event-coc": [],
    # P008, P004 true: the Chinese has no `#` title and its headings are one level deeper (the one run also gave a
    # P002 at 5, the Chinese first heading, which stands for the title, said missing: P008 names it since)
    "openharmony-compliance-issues": [("en", 5, "P008"), ("en", 6, "P004")],
    # true: the jffs2 licence on gitcode.com in Chinese, gitee.com in English
    # true: the jffs2 link (content); since round 12 (tables compared row by row where both texts have one), the
    # qrcodegen row only the English has (content)
    "openharmony-third-party-notice": [("en", 30, "F004"), ("en", 38, "P006")],
    # true: the 49 links of the licence lists (above); the references to chapters 4 and 5 ("上述第4章节", "第5章节")
    # (and five F001 "Rule 1 … Rule 5", false: removed since; and two P002 at 5 and 11, Purpose and Scope, each
    # paired with the other's neighbour: a pair shifted by one is undone since, which recalibrates the ratio of
    # lengths on more pairs and adds a second false P006 at 159; the two are one finding since: paragraphs without
    # counterpart that follow one another are one passage)
    # (since round 73 the facts a line of one text states and the other does not are one finding: two of the links of
    # line 115 share a Chinese line with another, and the two references to chapters are one)
    "openharmony-license-review": [*_LICENCE_LINKS[:-2], ("en", 139, "F001"), ("en", 153, "P006")],
    # true: the English has a title and a ### heading the Chinese has not (P008, P004); P007 names clause 3, where the
    # English adds to the governing-law clause (its message, "no counterpart", says more than is so)
    # (and an F001 at 8, "不要同时选两个" against "DO NOT MARK BOTH", false: soft since)
    "openeuler-cla": [("en", 6, "P008"), ("en", 8, "P004"), ("en", 15, "P007")],
})

FALSE.update({
    # (a P002 at 30 named "透明度报告", which the English has, as missing, until rounds 22 and 23)
    # the English joins the Chinese run-in heading "拟采用特殊许可证的软件模块主动上报申请" (149) and the paragraph after it
    # in one sentence and says in its own the materials the next one lists: P006 at 153 (until rounds 22 and 23, the
    # sections Purpose and Scope, Organizing and Triggering a review, which are in both, were unpaired: P002 at 143 and
    # 149, P003 and P006 at 159; the one run also reported 规则一 … 规则五 against "**Rule 1**" … as five F001: labels
    # are no facts since)
    "openharmony-license-review": [("en", 153, "P006")],
})

DEFECTS += DEFECTS_5
# Round 5 was the held-out measure for its one run (the figures above and in tests/corpus/README.md); two causes seen
# there were then removed (万亿 read as 万; a clause's label, "**Rule 1**:", read as a number), so it is tuned on from then, counted apart: the next held-out measure
# needs a round 6, collected apart from the checker's development.
RETUNED_5 = HELD_OUT_5
HELD_OUT = ()


# Held-out round 6 (issue 10): collected apart from the checker's development; its ground truth (tests/corpus/README.md,
# "Held-out round 6") was written by reading both texts before the one run (below) that registered them.
HELD_OUT_6 = ("github-logo-policy", "github-coordinated-disclosure", "github-gifts-policy", "github-modern-slavery",
              "github-pre-release-program", "openharmony-compliance-artifacts", "github-private-information-removal")

# Defects written into copies of the round-6 pairs (the English text, the translation), each with the finding that
# must name it and the lines of the modified translation where it may stand (the section it is in, from its heading),
# set before any checker was run on any round-6 pair, modified or not.
DEFECTS_6 = [
    Defect("a dropped sentence with an amount", "github-gifts-policy", "en",
           "And for any gifts you receive exceeding $150, you'll need to report that (each time) to Legal in writing. ",
           "", ("F001", "P006"), (45, 54), known_miss=True),
    Defect("a changed year of a statement", "github-modern-slavery", "en", "*2018 statement*", "*2019 statement*",
           ("F002", "F001"), (5, 16)),
    Defect("a changed bounty site URL", "github-coordinated-disclosure", "en", "(https://bounty.github.com)",
           "(https://bounty.github.io)", "F004", (9, 13)),
    Defect("a changed FAQ URL", "github-logo-policy", "en", "(https://octodex.github.com/faq/)",
           "(https://octodex.github.com/help/)", "F004", (5, 9)),
    Defect("a changed liability cap", "github-pre-release-program", "en", "FIVE HUNDRED DOLLARS ($500)",
           "FIVE HUNDRED DOLLARS ($100)", "F001", (44, 47)),
    Defect("a changed notice period", "github-pre-release-program", "en", "upon thirty (30) days prior written notice",
           "upon ten (10) days prior written notice", "F001", (26, 33)),
    Defect("swapped numbered sections of an agreement", "github-pre-release-program", "en",
           *_swapped("github-pre-release-program", "en", "### 13. Independent Contractors", "### 14. Assignment",
                     "### 15. Governing Law"), ("P003", "P005"), (76, 83)),
    Defect("swapped sections of a compliance policy", "openharmony-compliance-artifacts", "en",
           *_swapped("openharmony-compliance-artifacts", "en", "### Usage Scenarios of NOTICE",
                     "### Requirements on the NOTICE Content", "### Generation Rules for NOTICE"), "P003", (13, 20),
           known_miss=True),
    Defect("swapped contents of two numbered sections, headings kept", "github-pre-release-program", "en",
           *_swapped_contents("github-pre-release-program", "en", "### 10. Independent Development",
                              "### 11. Privacy", "### 12. Feedback"), ("F001", "F004", "P003", "P006"), (60, 71),
           most=4),  # held out: the two paragraphs of each swapped body are named, four findings
    Defect("a dropped list item of labour practices", "github-modern-slavery", "en",
           "   - GitHub prohibits child labor\n", "", "P007", (51, 69), names="禁止使用童工"),  # caught since round 11
    Defect("a dropped bullet of unacceptable gifts", "github-gifts-policy", "en", "- Winery tours 🍷\n", "",
           "P007", (21, 43), names="酒庄旅游"),
    Defect("a dropped paragraph without facts", "github-pre-release-program", "en",
           _between("github-pre-release-program", "en", "  GitHub's servers are located", "### 12. Feedback"), "",
           "P006", (64, 69)),
    Defect("a dropped paragraph of build obligations", "openharmony-compliance-artifacts", "en",
           _between("openharmony-compliance-artifacts", "en", "The obligations specified in the license clauses",
                    "## Managing Artifacts for Declaring Modifications"), "", ("P006", "P007"), (241, 246)),
    Defect("a dropped sentence with a number of business days", "github-private-information-removal", "en",
           "If the user missed their opportunity to remove the private information specified in the notice, we may "
           "allow them an additional window of approximately 1 business day, upon request, to make those changes. ", "",
           ("F001", "P006"), (40, 57)),
    Defect("a changed contact form URL", "github-private-information-removal", "en",
           "(https://support.github.com/contact?tags=docs-private-information)",
           "(https://support.github.com/contact?tags=docs-privacy)", "F004", (79, 81)),
    Defect("a changed number of repositories", "github-private-information-removal", "en",
           "larger than one hundred (100) repositories", "larger than two hundred (200) repositories", "F001",
           (58, 63)),
    Defect("a dropped item of a numbered list of requirements", "github-private-information-removal", "en",
           "2. Specific line numbers within each file containing the private information.\n", "", "P007", (71, 77),
           names="具体行号"),
]

# The one held-out run of round 6 (issue 10), on the checker of commit cc37e37 (the fifth round, the 万亿 fix and
# clause labels as enumerators, both from round 5), unchanged after it: every finding classified against the ground
# truth of tests/corpus/README.md ("Held-out round 6"), written before. 11 findings, 4 false (36%); 14 of 17 defects
# caught (the three misses marked known_miss above). The target (at most 10% false) is not met.
EXPECTED.update({
    "github-logo-policy": [],
    "github-coordinated-disclosure": [],  # misses the three passages left in English (no fact in them)
    # P004 true: the English headings one level deeper (the one run also gave an F001, "这两个法律" against "both"
    # Acts, false: a count written as a word is soft since, Fact.soft)
    "github-gifts-policy": [("en", 9, "P004")],
    # true: "24.9 million" written "2490" in Chinese (万 left out: one finding naming both, 11; the one run named it
    # from each side, 7 and 11, and gave two false F001 at 10, "1 in 4" against 四分之一: fractions are facts since);
    # the SDG 8.7 link is another page in each language (16); the headings one level deeper (18)
    "github-modern-slavery": [("en", 11, "F001"), ("en", 16, "F004"), ("en", 18, "P004")],
    "github-pre-release-program": [],  # (the one run: an F001, "这两个协议将同时适用" is "both will apply": soft since)
    "github-private-information-removal": [("en", 9, "P004")],  # true: one level shallower (form)
    # true: the lifecycle rules linked to another page in each language
    "openharmony-compliance-artifacts": [("en", 37, "F004")],
})
DEFECTS += DEFECTS_6
# Round 6 was the held-out measure for its one run (the figures above); two causes seen there were then removed (a count
# written as a word, 两 for "both", is soft; a fraction, 四分之一 for "1 in 4", is one fact), so it is tuned on from
# then, counted apart. Round 7, below, was collected apart from that work and run once.
RETUNED_6 = HELD_OUT_6


# Held-out round 7 (issue 10): eight pairs collected apart from the checker's development, none run through any checker
# before its one held-out run; their ground truth (tests/corpus/README.md, "Held-out round 7") was written by reading
# both texts.
HELD_OUT_7 = ("nodejs-security-reporting", "paddle-security", "shardingsphere-security", "pikiwidb-security",
              "simai-security", "mozilla-acceptable-use", "mozilla-focus-terms", "mozilla-content-moderation")

# Defects written into copies of the round-7 pairs (the English text, the translation), each with the finding that
# must name it and the lines of the modified translation where it may stand (the section it is in, from its heading;
# for a swap, both sections), set before any checker was run on any round-7 pair, modified or not. None of these
# texts numbers its sections: the swapped contents keep their headings, which are not numbered.
DEFECTS_7 = [
    Defect("a dropped sentence with a number of hours", "nodejs-security-reporting", "en",
           " Within 6 hours of the mailing list being\n  notified, a copy of the advisory will be published on the Node.js blog.",
           "", ("F001", "P006"), (41, 68)),
    Defect("a changed embargo period", "nodejs-security-reporting", "en", "will be set 72 hours from the time",
           "will be set 48 hours from the time", "F001", (41, 68)),
    Defect("swapped contents of two sections, headings kept", "nodejs-security-reporting", "en",
           *_swapped_contents("nodejs-security-reporting", "en", "## Receiving security updates",
                              "## Comments on this policy", "## OpenSSF Best Practices"),
           ("F004", "P003", "P006", "P007"), (70, 82), most=4),
    Defect("a changed effective date", "mozilla-focus-terms", "en", "Effective April 22, 2025", "Effective May 22, 2025",
           "F002", (5, 13)),
    Defect("a dropped sentence with a liability cap", "mozilla-focus-terms", "en",
           " Any liability for Mozilla under this agreement is limited to $500.", "", ("F001", "P006"), (66, 71)),
    Defect("a changed notice e-mail address", "mozilla-focus-terms", "en", "legal-notices@mozilla.com",
           "legal-notice@mozilla.com", "F003", (84, 92)),
    Defect("a changed contact e-mail address", "simai-security", "en", "qingxu.lqx@alibaba-inc.com",
           "qingxu.lq@alibaba-inc.com", "F003", (11, 29)),
    Defect("a changed response period", "simai-security", "en", "within **10 business days**",
           "within **15 business days**", "F001", (30, 35)),
    Defect("a dropped item of a numbered list", "simai-security", "en", "2. Audit code to find any similar problems.\n",
           "", "P007", (43, 51), names="排查类似问题"),
    Defect("a changed add-on policies URL", "mozilla-content-moderation", "en",
           "(https://extensionworkshop.com/documentation/publish/add-on-policies)",
           "(https://extensionworkshop.com/documentation/publish/add-on-guidelines)", "F004", (10, 15)),
    Defect("a dropped paragraph with a number of months", "mozilla-content-moderation", "en",
           _between("mozilla-content-moderation", "en", "We may stop processing appeals", "If you disagree"), "",
           ("P006", "F001"), (38, 52)),
    Defect("swapped sections of a moderation policy", "mozilla-content-moderation", "en",
           *_swapped("mozilla-content-moderation", "en", "## Moderation decisions", "## Appeals", "## Unfounded reports"),
           "P003", (24, 54)),
    Defect("a dropped bullet of prohibited uses", "mozilla-acceptable-use", "en", "* Exploit or harm children,\n", "",
           "P007", (5, 21), names="利用或伤害儿童"),
    Defect("a dropped paragraph without facts", "paddle-security", "en",
           _between("paddle-security", "en", "Some unexpected parameters", "If malicious input"), "", "P006", (53, 63)),
    Defect("a changed tool URL", "paddle-security", "en", "(https://github.com/PaddlePaddle/PaddleSleeve/tree/main/CodeSecurity)",
           "(https://github.com/PaddlePaddle/PaddleSleeve/tree/develop/CodeSecurity)", "F004", (30, 33)),
    Defect("swapped sections of a security policy", "pikiwidb-security", "en",
           *_swapped("pikiwidb-security", "en", "## Response SLA", "## Severity Grading", "## Disclosure Process"),
           "P003", (48, 80)),
    Defect("a changed remediation window in a table", "pikiwidb-security", "en",
           "| 30 days              |", "| 60 days              |", "F001", (63, 80)),
]

# The one held-out run of round 7 (issue 10), on the checker of commit 5a6e173 (rounds 5 and 6 tuned on: soft counts,
# fractions, a pair shifted by one undone, a first heading standing for the title), unchanged after it, classified
# against the ground truth written before (tests/corpus/README.md, "The one held-out run of round 7, classified"):
# 9 findings, 1 false: the P006 of the Node.js paragraph with the periods, where the note before it is what the Chinese
# lacks (its three facts were found, as F004, F001, F004); the two E003 of the ShardingSphere page, which has no heading
# in either language, are true of each file but stopped the comparison of that pair (bad input), so its nine content
# differences were all missed. 17 of 17 defects caught, each by one finding.
# Since, three causes are removed: a text without headings is still compared (E003 is a finding, not bad input); a
# CVE, CWE or GHSA identifier is one fact, not numbers and a phone number; two blocks that state facts and share none
# hardly correspond (the note is now one P006 that names its facts, and the paragraph after it pairs).
EXPECTED.update({
    "nodejs-security-reporting": [("en", 13, "P006")],  # true: the note on the Signal score, with its links
    # true: the pickle link (content). The advisories page of each language (README_cn.md by its address in Chinese,
    # ./security/README.md in English) was a true F004 until round 69; each text linking its own language's page is
    # the same link (facts.url_value), now by a relative path too
    "paddle-security": [("en", 24, "F004")],
    "pikiwidb-security": [("en", 34, "F003")],  # true: another private reporting address
    # true: neither text has a heading (E003, each file); the four CVEs, with their links, only the Chinese lists; two
    # of the paragraphs only the Chinese has (the cluster's middleware, third-party dependencies: one finding, one
    # passage; two findings before); the other seven are missed (taken as parts of the English's three paragraphs)
    "shardingsphere-security": [("en", 4, "E003"), *[("en", 5, "F001")] * 4, *[("en", 5, "F004")] * 4,
                                ("en", 5, "P006"), ("zh", 1, "E003")],
    "simai-security": [],
    "mozilla-acceptable-use": [],  # misses 信仰 (belief), which only the Chinese list of categories has (no fact)
    "mozilla-focus-terms": [],
    "mozilla-content-moderation": [],
})
DEFECTS += DEFECTS_7
RETUNED_7 = HELD_OUT_7
HELD_OUT = ()  # every pair has been tuned on: the next held-out measure needs a round 8, collected apart


# --- Held-out round 8 (issue 10) ----------------------------------------------------------------------------------
# Nine pairs collected apart from the checker's development while it was being changed, none run through any checker
# (no `policy check`, no tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth
# (tests/corpus/README.md, "Held-out round 8") was written by reading both texts. Registered after the one held-out run
# (below).
HELD_OUT_8 = ("cubefs-governance", "flagos-license-policy", "flagos-security-policy", "ivorysql-coc",
              "openharmony-compliance-policy", "openharmony-upstream-contribution", "servicecomb-security",
              "apisix-security", "mozilla-subscription-terms")

# Defects written into copies of the round-8 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading; for a swap, both sections), set before any checker was run on any round-8 pair,
# modified or not; for a dropped list item, the words of the Chinese item the finding must quote.
DEFECTS_8 = [
    Defect("a dropped sentence with a number of months", "cubefs-governance", "en",
           "The TSC will decide on and publish an election process within 3 months of formalizing this organizational "
           "structure. ", "", ("F001", "P006"), (38, 60)),
    Defect("a changed number of TSC members", "cubefs-governance", "en", "The TSC consists of 5 individuals.",
           "The TSC consists of 7 individuals.", "F001", (26, 33)),
    Defect("a changed percentage", "cubefs-governance", "en", "with a default limit of no more than 50% from a single",
           "with a default limit of no more than 60% from a single", "F001", (241, 250)),
    Defect("a changed effective date", "mozilla-subscription-terms", "en", "Effective March 24, 2026",
           "Effective March 14, 2026", "F002", (5, 19)),
    Defect("a changed liability cap", "mozilla-subscription-terms", "en", "is limited to $500.", "is limited to $50.",
           "F001", (120, 128)),
    Defect("a changed device limit", "mozilla-subscription-terms", "en", "you can connect up to 5 devices",
           "you can connect up to 10 devices", "F001", (47, 57)),
    Defect("a dropped paragraph without facts", "mozilla-subscription-terms", "en",
           _between("mozilla-subscription-terms", "en", "__Purchasing through Apple or Google App Stores.__",
                    "### You May Cancel"), "", "P006", (30, 34)),
    Defect("a changed private reporting e-mail address", "flagos-security-policy", "en",
           "**Private reporting mailbox**: <security@flagos.io>", "**Private reporting mailbox**: <security@flagos.ai>",
           "F003", (11, 16)),
    Defect("a changed acknowledgement period in a table", "flagos-security-policy", "en",
           "| Acknowledge receipt | Within 3 business days |", "| Acknowledge receipt | Within 5 business days |",
           "F001", (17, 27)),
    Defect("swapped contents of two numbered sections, headings kept", "flagos-security-policy", "en",
           *_swapped_contents("flagos-security-policy", "en", "## 2. Response Timeline", "## 3. Handling Process",
                              "## 4. Project Obligations"),
           ("F001", "P003", "P006", "P007"), (17, 35), most=4),
    Defect("swapped numbered sections", "flagos-license-policy", "en",
           *_swapped("flagos-license-policy", "en", "## 3. CI Scanning Requirements", "## 4. Licensing of AI Artifacts",
                     "## 5. File & Notice Requirements"),
           "P003", (47, 60)),
    Defect("a dropped bullet of prohibited licences", "flagos-license-policy", "en", "- SSPL, BUSL, Elastic License 2.0\n",
           "", "P007", (39, 45), names="SSPL、BUSL"),
    Defect("swapped sections of a code of conduct", "ivorysql-coc", "en",
           *_swapped("ivorysql-coc", "en", "## Scope", "## Enforcement\n", "## Reporting Process"), "P003", (45, 54)),
    Defect("a dropped item of a numbered list", "ivorysql-coc", "en",
           "4. The team will investigate the incident and determine appropriate actions\n", "", "P007", (55, 63),
           names="团队调查并确定处理措施"),
    Defect("a changed security-team URL", "servicecomb-security", "en", "(http://www.apache.org/security/)",
           "(http://www.apache.org/security/committers.html)", "F004", (5, 11)),
    Defect("a changed reporting e-mail address in HTML", "apisix-security", "en",
           '<a href="mailto:security@apache.org">security@apache.org</a>',
           '<a href="mailto:private@apache.org">private@apache.org</a>', "F003", (5, 13)),
    Defect("a changed vulnerability-process URL", "openharmony-upstream-contribution", "en",
           "(https://www.openharmony.cn/security/vulnerability-process)",
           "(https://www.openharmony.cn/security/vulnerability-disclosure)", "F004", (20, 21)),
    Defect("a dropped bullet of consequences", "openharmony-compliance-policy", "en", "- Loss of reputation\n", "",
           "P007", (95, 106), names="名誉损失"),
]

# The one held-out run of round 8 (issue 10), on the checker of commit 7abc9d5 (round 7 tuned on), classified against
# the ground truth written before (tests/corpus/README.md, "The one held-out run of round 8, classified"): 17 findings,
# 6 false (35%); 15 of 18 defects caught. The false ones had two causes: the OpenHarmony compliance page's level-4
# sections paired one off (a missing section reported in the wrong place, an out-of-order section and a link of the
# wrong section), and links to the same page written differently in each language (an anchor in Chinese against the
# English page's anchor; a repository's page against its README; each text linking its own language's page). The three
# defects missed: two list items dropped (one whose number the English list then skips, one from a list whose other
# items all correspond), and the contents of two numbered sections exchanged (fourteen findings, one per fact).
# Since, four causes are removed: an anchor written in Chinese is no part of the URL compared, and two URLs of one page,
# one with an anchor and one without, are the same link; a repository's page is its README; a list item plainly
# missing (its number skipped, or every other item paired) is a finding however short or however long the rest of
# the list; two sections whose texts state each other's facts are one P003. Round 8 is tuned on from here.
EXPECTED.update({
    # true: the sentence that TSC members are core maintainers is only in the Chinese (content)
    "cubefs-governance": [("en", 26, "P007")],
    "flagos-license-policy": [],
    "flagos-security-policy": [],
    "ivorysql-coc": [],
    # true: Scope links the two organisations only in English (content); the latest version's link only in Chinese; the
    # personal fork (kubigao) against the project's page; the procured-software section only the Chinese has; the gated
    # check-in folder and section; the upstream guide against the best practices, and the two sections in the other
    # order; the obligation links; the two sections one level shallower; the roles and training pages of another
    # repository. False (form): three links to the Chinese pages where the English links its own by relative address
    # (since rounds 22 and 23, Scope is paired with 范围 and its two links to the organisations are two F004 at 13,
    # where one P002 at 11 named the section before)
    "openharmony-compliance-policy": [("en", 13, "F004"), ("en", 15, "F004"), ("en", 30, "F004"), ("en", 36, "F004"),
                                      ("en", 43, "F004"), ("en", 43, "P002"),
                                      ("en", 53, "F004"), ("en", 57, "F004"),
                                      ("en", 57, "P003"), ("en", 63, "P002"),
                                      ("en", 79, "P004"), ("en", 83, "F004"),
                                      ("en", 89, "F004"), ("en", 93, "F004")],
    "openharmony-upstream-contribution": [],
    "servicecomb-security": [],
    "apisix-security": [],
    "mozilla-subscription-terms": [],
})
FALSE.update({
    # each text links its own language's page: the Chinese the zh-cn page by its full URL, the English its own page by
    # a relative address, with another file name (licences review, third-party software, issue management)
    "openharmony-compliance-policy": [("en", 30, "F004"), ("en", 36, "F004"), ("en", 83, "F004")],
})
DEFECTS += DEFECTS_8
RETUNED_8 = HELD_OUT_8
HELD_OUT = ()  # every pair has been tuned on: the next held-out measure needs a round 9, collected apart


# --- Held-out round 9 (issue 10) ----------------------------------------------------------------------------------
# Nine pairs collected apart from the checker's development while it was being changed, none run through any checker
# (no `policy check`, no tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth
# (tests/corpus/README.md, "Held-out round 9") was written by reading both texts. Registered after the one held-out run
# (below).
HELD_OUT_9 = ("minicpm-model-license", "openharmony-third-party-introduction", "osmium-privacy", "osmium-terms",
              "tquic-coc", "blueos-coc", "openeuler-membership", "karpor-security", "astron-agent-governance")


def _swapped_last(pair, lang, first, second):
    """(old, new): the section from heading ``first`` to ``second`` exchanged with the last section, from ``second`` to
    the file's end, headings and all, a blank line kept between them."""
    a, b = _between(pair, lang, first, second), _between(pair, lang, second)
    return a + b, b.rstrip("\n") + "\n\n" + a.rstrip("\n") + "\n"


# Defects written into copies of the round-9 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading; for a swap, both sections), set before any checker was run on any round-9 pair,
# modified or not; for a dropped list item, the words of the Chinese item the finding must quote.
DEFECTS_9 = [
    Defect("a changed version date", "minicpm-model-license", "en", "Version 1.0, June 5, 2024",
           "Version 1.0, June 15, 2024", "F002", (5, 7)),
    Defect("a changed number of devices inside a clause", "minicpm-model-license", "en",
           "edge-side devices not exceeding 5,000 units", "edge-side devices not exceeding 50,000 units", "F001",
           (22, 23)),
    Defect("a changed licensing e-mail address", "minicpm-model-license", "en", "please email (cpm@modelbest.cn)",
           "please email (cpm@openbmb.cn)", "F003", (22, 23)),
    Defect("a dropped numbered clause", "minicpm-model-license", "en",
           _between("minicpm-model-license", "en", "####  5. Trademarks and Related", "####  6. Disclaimer"), "",
           ("P002", "P006"), (27, 30)),
    Defect("a dropped bullet of restricted uses", "minicpm-model-license", "en", "- Any military purposes;\n", "",
           "P007", (33, 44), names="任何军事用途"),
    Defect("a changed default number of backups kept", "osmium-privacy", "en", "(1–10, default 5;", "(1–10, default 3;",
           "F001", (34, 37)),
    Defect("a changed contact URL", "osmium-privacy", "en", "Telegram: https://t.me/osmium2fa",
           "Telegram: https://t.me/osmium_2fa", "F004", (65, 67)),
    Defect("swapped sections of a privacy policy", "osmium-privacy", "en",
           *_swapped("osmium-privacy", "en", "## Data sharing", "## Data deletion", "## Changes to this policy"),
           "P003", (51, 60)),
    Defect("a changed effective date", "osmium-terms", "en", "*Effective date: August 16, 2026*",
           "*Effective date: August 18, 2026*", "F002", (5, 10)),
    Defect("a changed contact e-mail address", "osmium-terms", "en", "Email: zhif0776@hotmail.com",
           "Email: zhif0776@outlook.com", "F003", (39, 41)),
    Defect("a dropped paragraph without facts", "osmium-terms", "en",
           "The optional Google Authenticator migration feature parses export codes you provide locally on the device; "
           "no data is sent to Google or anyone else.\n\n", "", "P006", (30, 36)),
    Defect("a dropped bullet of unacceptable behaviour", "tquic-coc", "en", "* Public or private harassment\n", "",
           "P007", (20, 42), names="公开或私下的骚扰行为"),
    Defect("swapped contents of two numbered sections, headings kept", "tquic-coc", "en",
           *_swapped_contents("tquic-coc", "en", "### 2. Warning", "### 3. Temporary Ban", "### 4. Permanent Ban"),
           ("P003", "P006", "P007"), (88, 110), most=4),
    Defect("a dropped item of a numbered list of moderation rules", "blueos-coc", "en",
           "3. Moderators will first respond to such remarks with a warning.\n", "", "P007", (22, 44),
           names="审查人员将首先回复此类言论并发出警告"),
    Defect("a changed period in months", "openeuler-membership", "en", "+ At least 3 months as committer",
           "+ At least 6 months as committer", "F001", (96, 103)),
    Defect("a dropped sentence with a period of one week", "openeuler-membership", "en",
           "Those work should be completed at least one week before the change occurs, and all SIGs that may be "
           "affected should be notified. ", "", ("F001", "P006"), (70, 89),
           known_miss=True),  # its only fact is "one week", and a period of one (一周, "a week") is not compared
    Defect("a changed response period in days", "karpor-security", "en", "response within three working days.",
           "response within five working days.", "F001", (20, 24)),
    Defect("a dropped numbered principle", "openharmony-third-party-introduction", "en",
           "8. Do not introduce any software version that has high-risk vulnerabilities and does not provide "
           "solutions.\n", "", "P007", (29, 62), names="不能引入有高危漏洞且无解决方案的版本"),
    Defect("a changed release date in a table", "openharmony-third-party-introduction", "en",
           "| Software version release date| Provide the official release date of the software version.| 2021.01.01 |",
           "| Software version release date| Provide the official release date of the software version.| 2021.10.01 |",
           "F002", (78, 143)),
    Defect("a changed period of years in a numbered list", "openharmony-third-party-introduction", "en",
           "no version (either official or test versions) is released within two years",
           "no version (either official or test versions) is released within three years", "F001", (224, 242)),
    Defect("a changed legal contact e-mail address", "openharmony-third-party-introduction", "en",
           "fail to meet the preceding requirements, send an email to oh-legal@openatom.io.",
           "fail to meet the preceding requirements, send an email to oh-legal@openharmony.io.", "F003", (29, 63)),
    Defect("swapped numbered sections with their tables", "astron-agent-governance", "en",
           *_swapped_last("astron-agent-governance", "en", "### 1. Governance Roles",
                          "### 2. Module Maintainers and Contributors"),
           "P003", (15, 47)),
]

# The one held-out run of round 9 (issue 10), on the checker of commit 9415c4a (round 8 tuned on), classified against
# the ground truth written before (tests/corpus/README.md, "The one held-out run of round 9, classified"): 20 findings,
# 11 false (55%); 20 of 22 defects caught. The false ones had five causes: a Chinese section whose steps are numbered
# clauses ("1、自检表") against English list items (the clauses took the heading's place in the alignment: six
# findings); clauses numbered through the parts of a licence (1 to 4 in Part Two, 5 and 6 in Part Three: N004 in each
# language); "1个或多个" against "one or more"; 第三版 against "version 3"; an address run together with its mailto:
# link ("x@y.commailto:x@y.com"). The two defects missed: the texts of two sections without facts exchanged under their
# headings; a sentence whose only fact is "at least one week" dropped.
# Since, five causes are removed (a section's clauses count with it in the alignment, as its length did; clauses
# numbered on through unnumbered parts; "one"; 第N版; mailto: run on), and two sections whose texts each name the
# other's heading and not their own are one P003. Round 9 is tuned on from here.
EXPECTED.update({
    # true: the clause that the English version prevails, only in Chinese; the Citizen Code of Conduct link, the
    # moderators' address and the two sources' links, only in English (content)
    "blueos-coc": [("en", 7, "P006"), ("en", 18, "F004"), ("en", 28, "F003"), ("en", 45, "F004")],
    # true: 20 basic PRs against 30 PRs; the Secure Coding Guide linked only in English
    "openeuler-membership": [("en", 66, "F001"), ("en", 72, "F004")],
    # true: the latest version's link only in Chinese; the SIG-Architecture page at another path; the licence
    # requirements only the English states. False (form): the owner's example address, a placeholder localised (named
    # since round 15 where the English gives it again, in the code block of its JSON example)
    "openharmony-third-party-introduction": [("en", 16, "F004"), ("en", 134, "F003"), ("en", 146, "F004"),
                                             ("en", 148, "P002")],
    "minicpm-model-license": [],  # misses its three content differences (names and a clause said otherwise: no fact)
    "osmium-privacy": [],
    "osmium-terms": [],
    "tquic-coc": [],
    "karpor-security": [],
    "astron-agent-governance": [],
})
FALSE.update({
    "openharmony-third-party-introduction": [("en", 134, "F003")],
})
DEFECTS += DEFECTS_9
RETUNED_9 = HELD_OUT_9
HELD_OUT = ()  # every pair has been tuned on: the next held-out measure needs a round 10, collected apart


# --- Held-out round 10 (issue 10) ---------------------------------------------------------------------------------
# Nine pairs collected apart from the checker's development while it was being changed, none run through any checker
# (no `policy check`, no tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth
# (tests/corpus/README.md, "Held-out round 10") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS:
# the lead registers them after the one held-out run.
HELD_OUT_10 = ("triton-ascend-security-note", "triton-ascend-contributing", "leos-license", "apinto-coc",
               "catheadtab-privacy", "aistio-security", "nann-coc", "ags-cli-coc", "greatsql-operator-security")

# Defects written into copies of the round-10 pairs (the English text, the translation), each with the finding that
# must name it and the lines of the modified translation where it may stand (the section it is in, from its heading to
# the line before the next heading; for a swap, both sections; before the first heading, the lines under the front
# matter), set before any checker was run on any round-10 pair, modified or not; for a dropped list item, the words of
# the Chinese item the finding must quote.
DEFECTS_10 = [
    Defect("a changed number of days inside a sentence", "aistio-security", "en",
           "acknowledge reports within 7 days", "acknowledge reports within 10 days", "F001", (23, 44)),
    Defect("a changed reporting e-mail address", "aistio-security", "en", "- Email: `yuluo08290126@gmail.com`",
           "- Email: `yuluo0829126@gmail.com`", "F003", (23, 44)),
    Defect("a dropped bullet of issues to report privately", "aistio-security", "en",
           "- Webhook validation bypasses.\n", "", "P007", (62, 74), names="Webhook 验证绕过"),
    Defect("a changed last-updated date", "catheadtab-privacy", "en", "**Last Updated: May 11, 2026**",
           "**Last Updated: May 21, 2026**", "F002", (5, 10)),
    Defect("a changed age limit", "catheadtab-privacy", "en", "not directed at children under 13.",
           "not directed at children under 16.", "F001", (129, 132)),
    Defect("swapped sections of a privacy policy", "catheadtab-privacy", "en",
           *_swapped("catheadtab-privacy", "en", "## Self-Hosting", "## Children's Privacy",
                     "## Changes To This Policy"),
           "P003", (125, 132)),
    Defect("a changed repository URL", "catheadtab-privacy", "en", "(https://github.com/CatHeadTab/CatHeadTab)",
           "(https://github.com/cooblog/CatHeadTab)", "F004", (137, 139)),
    Defect("a changed escalation period in business days", "greatsql-operator-security", "en",
           "within 6 business days", "within 5 business days", "F001", (16, 21)),
    Defect("a changed escalation e-mail address", "greatsql-operator-security", "en", "`security@lists.openjsf.org`",
           "`security@openjsf.org`", "F003", (16, 21)),
    Defect("a dropped sentence with a number of days", "greatsql-operator-security", "en",
           "If the project acknowledges your report but does not provide any further response or engagement within 14 "
           "days, escalation is also appropriate.\n\n", "", ("F001", "P006"), (16, 19)),
    Defect("a changed number in a table row", "triton-ascend-security-note", "en",
           "|  Log files (recorded or archived)    |   440 (r--r-----)    |",
           "|  Log files (recorded or archived)    |   444 (r--r-----)    |", "F001", (23, 44)),
    Defect("a changed URL in a table row", "triton-ascend-security-note", "en",
           "<https://gitee.com/shijingchang/triton.git>", "<https://gitee.com/shijingchang/triton-ascend.git>", "F004",
           (53, 68)),
    Defect("a dropped table row", "triton-ascend-security-note", "en",
           "| Introduced by open source| <https://bootstrap.pypa.io/get-pip.py> | docker/develop_env.dockerfile "
           "|<https://bootstrap.pypa.io/get-pip.py> | Used to automatically install pip.|\n", "",
           ("F004", "P006", "P007"), (53, 67)),
    Defect("a dropped numbered clause", "leos-license", "en",
           "IV. SOURCE TRACING: Acknowledge and honor original creators.\n", "", ("P006", "P007", "N004"), (17, 27),
           known_miss=True),  # a one-line clause joined to its neighbours by length, and its number not a section
    Defect("swapped contents of two sections, headings kept", "leos-license", "en",
           *_swapped_contents("leos-license", "en", "## RESTRICTIONS", "## DISTRIBUTION", "## DISCLAIMER"),
           ("P003", "P006", "P007"), (29, 45), most=4),
    Defect("a dropped bullet of unacceptable behaviour", "apinto-coc", "en", "* Public or private harassment\n", "",
           "P007", (20, 42), names="公共或私人骚扰"),
    Defect("a changed reporting e-mail address", "apinto-coc", "en", "[apinto@eolink.com]", "[apinto@eolinker.com]",
           "F003", (64, 73)),
    Defect("a changed reporting e-mail address", "nann-coc", "en", "project team at opensource@alibaba-inc.com.",
           "project team at opensource@alibaba.com.", "F003", (59, 71)),
    Defect("a dropped paragraph without facts", "ags-cli-coc", "en",
           "This Code of Conduct also applies outside the project spaces when there is a reasonable belief that an "
           "individual's behavior may have a negative impact on the project or its community.\n\n", "", "P006",
           (37, 40)),
    # caught since round 17, by what the texts speak of (rules/lexicon.tsv); missed before: no fact, and the
    # temporary ban's text speaks of a permanent ban too
    Defect("swapped contents of two numbered sections, headings kept", "ags-cli-coc", "en",
           *_swapped_contents("ags-cli-coc", "en", "### 3. Temporary Ban", "### 4. Permanent Ban", "## Attribution"),
           ("P003", "P006", "P007"), (65, 76), most=4),
    Defect("a changed URL of a source", "ags-cli-coc", "en",
           "(https://github.com/cncf/foundation/blob/main/code-of-conduct.md)",
           "(https://github.com/cncf/foundation/blob/main/code_of_conduct.md)", "F004", (77, 83)),
    Defect("a changed number of approvals", "triton-ascend-contributing", "en",
           "until you receive 2+LGTM (Looks Good To Me)", "until you receive 1+LGTM (Looks Good To Me)", "F001",
           (148, 155)),
    # caught since round 17, by what the texts speak of (rules/lexicon.tsv); missed before: the list's items pair by
    # length; another item is named instead
    Defect("a dropped bullet of notes", "triton-ascend-contributing", "en", "- Avoid any irrelevant changes.\n", "",
           "P007", (156, 160), names="应避免任何不相关的更改"),
    Defect("a changed URL of the issue templates", "triton-ascend-contributing", "en",
           "(https://gitcode.com/Ascend/triton-ascend/issues/create/choose)",
           "(https://gitcode.com/Ascend/triton-ascend/issues/new/choose)", "F004", (127, 147)),
]

# The one held-out run of round 10 (issue 10), on the checker of commit 8947c67 (round 9 tuned on), classified against
# the ground truth written before (tests/corpus/README.md, "The one held-out run of round 10, classified"): 28
# findings, 17 false (61%); 20 of 24 defects caught. The false ones had three causes: bare URLs run on into the Chinese
# after them ("…/code_of_conduct.html获得", six F004); a guide whose headings are HTML (<h2 id=…>…</h2>) in both
# languages, so that everything was one opening text; English steps numbered without a space ("1.Fork the project",
# five F001). Since, the three are removed (a URL ends before the Chinese that follows it; an HTML heading alone in its
# block is a heading for the checks; "1.Fork" is an enumerator), which also catches the changed number of approvals.
# Round 10 is tuned on from here.
EXPECTED.update({
    # true: the Chinese has no title line, its headings one level deeper (P008, P004); its enforcement levels
    # numbered 1, 2, 2, 4 (P005 here, N001 and N004 in the Chinese); the homepage and Mozilla's ladder linked only in
    # English (content)
    "apinto-coc": [("en", 6, "P008"), ("en", 8, "P004"), ("en", 100, "P005"), ("en", 133, "F004"), ("en", 135, "F004"),
                   ("zh", 73, "N001"), ("zh", 79, "N004")],
    "nann-coc": [("en", 72, "F004")],  # true: the homepage linked only in Chinese
    # true: the CLA section only in Chinese (its entry in the contents, a P007 until round 30, is that section's: both
    # texts have a table of contents, compared as the sections it names); the GitCode issues link and the example
    # PR only in Chinese (the item, with its link: an F004 of its own and the 2+LGTM item said missing until round 53,
    # when an item whose facts the English states nowhere stopped pairing with one that states none); the clone
    # commands' addresses on another host (GitHub against GitCode), in code blocks, found since round 15 (their
    # addresses are facts now). False: step 6, written "6.Create" in English, said missing
    "triton-ascend-contributing": [("en", 7, "P002"), ("en", 44, "P002"), ("en", 55, "F004"), ("en", 56, "F004"),
                                   ("en", 148, "F004"), ("en", 148, "P007")],
    "triton-ascend-security-note": [],
    "leos-license": [],
    "catheadtab-privacy": [],
    "aistio-security": [],
    "ags-cli-coc": [],
    "greatsql-operator-security": [],
})
FALSE.update({
    "triton-ascend-contributing": [("en", 44, "P002")],
})
DEFECTS += DEFECTS_10
RETUNED_10 = HELD_OUT_10
HELD_OUT = ()  # every pair has been tuned on: the next held-out measure needs a round 11, collected apart


# --- Held-out round 11 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development while it was being changed, none run through any checker
# (no `policy check`, no tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth
# (tests/corpus/README.md, "Held-out round 11") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS:
# the lead registers them after the one held-out run.
HELD_OUT_11 = ("server-box-cla", "cloudleaf-privacy", "hackerspub-privacy", "tcg-cards-terms", "zhenyi-cla",
               "zhenyi-security", "nesoi-privacy", "hackerspub-coc")

# Defects written into copies of the round-11 pairs (the English text, the translation), each with the finding that
# must name it and the lines of the modified translation where it may stand (the section it is in, from its heading to
# the line before the next heading; for a swap, both sections; before the first section heading, the lines under the
# front matter), set before any checker was run on any round-11 pair, modified or not; for a dropped list item, the
# words of the Chinese item the finding must quote. No pair states an amount of money or a percentage, so none is
# changed.
DEFECTS_11 = [
    Defect("a dropped sentence with a number of hours", "hackerspub-privacy", "en",
           "Sessions expire automatically after 24 hours. IP address information is not\nretained beyond that window.",
           "IP address information is not\nretained beyond that window.", ("F001", "P006"), (49, 59)),
    Defect("a changed last-updated date", "hackerspub-privacy", "en", "*Last updated: May 25, 2026*",
           "*Last updated: May 15, 2026*", "F002", (5, 10)),
    Defect("a changed retention period of server logs", "hackerspub-privacy", "en",
           "| Server logs                       | No more than 90 days                                       |",
           "| Server logs                       | No more than 30 days                                       |", "F001",
           (138, 149)),
    Defect("a changed age limit inside a sentence", "hackerspub-privacy", "en", "(or under 16\nin the EU/EEA)",
           "(or under 18\nin the EU/EEA)", "F001", (184, 192)),
    Defect("a changed URL of a reference link", "hackerspub-privacy", "en",
           "[WebAuthn]: https://www.w3.org/TR/webauthn/", "[WebAuthn]: https://www.w3.org/TR/webauthn-3/", "F004",
           (38, 48)),
    Defect("a changed e-mail address of the maintainer", "server-box-cla", "en",
           "(`10864310+lollipopkit@users.noreply.github.com`)", "(`10864301+lollipopkit@users.noreply.github.com`)",
           "F003", (5, 16)),
    Defect("a changed date in a timeline", "server-box-cla", "en", "- **2022-01-09** — ServerBox is first released",
           "- **2022-01-19** — ServerBox is first released", "F002", (40, 72)),
    Defect("a changed URL of the licence it adapts", "server-box-cla", "en", "(https://www.apache.org/licenses/icla.pdf)",
           "(https://www.apache.org/licenses/cla-corporate.pdf)", "F004", (208, 221)),
    Defect("a dropped numbered section", "server-box-cla", "en",
           "### 7. Notify us of anything that changes\n\nYou agree to notify the Maintainer of any facts or circumstances "
           "of which You\nbecome aware that would make these representations inaccurate in any respect.\n\n", "",
           ("P002", "P006"), (162, 177)),
    Defect("a dropped nested list item", "cloudleaf-privacy", "en",
           "  * **Cloud Storage Credentials:** We store your GitHub Token or WebDAV credentials (username/password) to "
           "authenticate with your chosen cloud provider. These are stored securely in your browser's local storage and "
           "are never sent to our servers.\n", "", ("P007", "P006"), (13, 18), names="云存储凭据"),
    Defect("a changed contact e-mail address", "cloudleaf-privacy", "en",
           "**Email:** [3433800035@qq.com](mailto:3433800035@qq.com)",
           "**Email:** [3433800053@qq.com](mailto:3433800053@qq.com)", "F003", (50, 54)),
    Defect("swapped sections of terms of service", "tcg-cards-terms", "en",
           *_swapped("tcg-cards-terms", "en", "## Privacy", "## Open Source License", "## Availability and Changes"),
           "P003", (115, 124)),
    Defect("a changed minimum age inside a sentence", "tcg-cards-terms", "en",
           "You must be at least 13 years old to use the service.",
           "You must be at least 16 years old to use the service.", "F001", (25, 30)),
    Defect("a dropped paragraph without facts", "tcg-cards-terms", "en",
           "If you use the service on behalf of an organization, you represent that you have authority to bind that "
           "organization to these Terms.\n\n", "", "P006", (13, 16)),
    Defect("a dropped bullet of forbidden API uses", "tcg-cards-terms", "en", "- hide abusive traffic patterns\n", "",
           "P007", (57, 71), names="隐藏滥用流量模式"),
    Defect("swapped contents of two numbered sections, headings kept", "zhenyi-cla", "en",
           *_swapped_contents("zhenyi-cla", "en", "## 4. Acceptance and Effect", "## 5. Patent License (If Applicable)",
                              "## 6. No Compensation"),
           ("P003", "P006", "P007"), (34, 42), most=4),
    Defect("a dropped last paragraph", "zhenyi-cla", "en",
           "\n\nIf both parties have a separate written agreement, that written agreement shall prevail.", "", "P006",
           (51, 53),
           known_miss=True),  # one sentence of a hard-broken line, the English as long without it; no fact
    Defect("a changed reporting e-mail address", "zhenyi-security", "en", "Report privately via email: `1093993119@qq.com`",
           "Report privately via email: `1093993191@qq.com`", "F003", (7, 19)),
    Defect("a dropped bullet of a report's contents", "zhenyi-security", "en",
           "- Affected version/commit information\n", "", "P007", (7, 18), names="受影响版本/提交信息"),
    Defect("a changed browser version inside a clause", "nesoi-privacy", "en", "(Firefox 140+", "(Firefox 128+",
           "F001", (5, 37)),
    Defect("a changed last-updated date", "nesoi-privacy", "en", "Last updated: 2026-09-30", "Last updated: 2026-09-03",
           "F002", (5, 37)),
    Defect("a dropped bullet of prohibited promotion", "hackerspub-coc", "en",
           " -  Cryptocurrency investment solicitation\n", "", "P007", (175, 191), names="加密货币投资邀请",
           known_miss=True),  # the list's short items pair by length; another item is named
    Defect("a changed URL of a reference link", "hackerspub-coc", "en",
           "[GitHub Discussions]: https://github.com/hackers-pub/hackerspub/discussions",
           "[GitHub Discussions]: https://github.com/hackers-pub/hackerspub/issues", "F004", (356, 369)),
    # caught since round 17, by what the texts speak of (rules/lexicon.tsv); missed before: no fact, no name, two
    # short lists of like shape
    Defect("swapped sections of a code of conduct", "hackerspub-coc", "en",
           *_swapped("hackerspub-coc", "en", "### Right to Appeal", "### Commitment to Transparency",
                     "### Protecting Affected Users"),
           "P003", (329, 344)),
]

# The one held-out run of round 11 (issue 10), on the checker of commit 937de2e (round 10 tuned on, and articles set in
# bold understood), classified against the ground truth written before (tests/corpus/README.md, "The one held-out run
# of round 11, classified"): 18 findings, 16 false (89%), all sixteen on nesoi-privacy, whose English restates each
# Chinese section as an item of one numbered list ("1. **Local storage.** …") in a text without section headings;
# 17 of 24 defects caught. Since: a numbered item with a bold title is a clause in a text without section headings, and
# one paired with a heading of its number at the same place is its counterpart (one P004 for all); a clause's own text
# is compared with the heading's paragraphs; a nested item missing where both texts nest is found; the Latin names a
# Chinese block keeps (GitHub, WebDAV) pair it with the English block that has them, and show two texts exchanged
# under their headings; a paragraph missing from a short section is that paragraph, not another text; the number of
# sentences breaks ties between paragraphs of like length; a section that the other text's opening writes as a
# paragraph under a bold label ("**Summary:** …") is one P002; a section whose blocks all have a counterpart but
# which is less than half as long in one text sums the other up (one P006). Round 11 is tuned on from here.
EXPECTED.update({
    # true: the note that this is a reference translation, only in Chinese (content)
    "server-box-cla": [("en", 7, "P006")],
    "zhenyi-security": [("en", 40, "P007")],  # true: the JavaScript engine's third bullet, only in Chinese (content)
    # true: the summary section written as a paragraph "**Summary:**" of the opening text (P002, form); the sections
    # set as items of one numbered list (form, P004); section 5's fifth bullet, not restated (wording, P007); the
    # stores named only in Chinese (content). False: "第 3 步", a reference the English restates without it (F001)
    "nesoi-privacy": [("en", 7, "P002"), ("en", 16, "P004"), ("en", 21, "F001"), ("en", 33, "P007"), ("en", 37, "F004")],
    "cloudleaf-privacy": [],
    "hackerspub-privacy": [],
    "tcg-cards-terms": [],
    "zhenyi-cla": [],
    "hackerspub-coc": [],
})
FALSE.update({
    "nesoi-privacy": [("en", 21, "F001")],
})
DEFECTS += DEFECTS_11
RETUNED_11 = HELD_OUT_11
HELD_OUT = ()  # every pair has been tuned on: the next held-out measure needs a round 12, collected apart


# --- Held-out round 12 (issue 10) ---------------------------------------------------------------------------------
# Eight pairs collected apart from the checker's development while it was being changed, none run through any checker
# (no `policy check`, no tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth
# (tests/corpus/README.md, "Held-out round 12") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS:
# the lead registers them after the one held-out run.
HELD_OUT_12 = ("cebian-privacy", "kraken-governance", "magnus-cla", "isyourdad-terms", "memex-privacy",
               "aisop-governance", "deskset-privacy", "halosnow-privacy")

# Defects written into copies of the round-12 pairs (the English text, the translation), each with the finding that
# must name it and the lines of the modified translation where it may stand (the section it is in, from its heading to
# the line before the next heading; for a swap, both sections; for a dropped section, the sections before and after
# it; before the first section heading, the lines under the front matter), set before any checker was run on any
# round-12 pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding must
# quote. No pair states an amount of money; one states percentages (aisop-governance), and one is changed.
DEFECTS_12 = [
    Defect("a dropped sentence with a number of hours", "cebian-privacy", "en",
           "whether an update is available. The result is cached for 6 hours. **No user",
           "whether an update is available. **No user", ("F001", "P006"), (73, 116)),
    Defect("a changed last-updated date", "cebian-privacy", "en", "**Last updated:** 2026-05-14",
           "**Last updated:** 2026-05-04", "F002", (5, 10)),
    Defect("a changed URL of the contact address", "cebian-privacy", "en",
           "<https://github.com/maotoumao/Cebian/issues>", "<https://github.com/maotoumao/Cebian/discussions>", "F004",
           (242, 247)),
    Defect("a changed period in a table row", "cebian-privacy", "en", "refresh check (every 30 min)",
           "refresh check (every 60 min)", "F001", (159, 186)),
    Defect("a dropped table row", "cebian-privacy", "en",
           "| **Cookies** | Read via `chrome.cookies` | Only when you explicitly ask the AI to inspect cookies for a site "
           "| Your local browser → the AI provider you chose |\n", "", ("P006", "P007"), (44, 71),
           names="Cookie"),
    Defect("a changed last-updated date", "isyourdad-terms", "en", "**Last Updated**: 2026-06-22",
           "**Last Updated**: 2026-06-12", "F002", (5, 12)),
    Defect("a changed minimum age in a numbered clause", "isyourdad-terms", "en", "1. Be at least 13 years old.",
           "1. Be at least 16 years old.", "F001", (23, 31)),
    Defect("a dropped numbered list item", "isyourdad-terms", "en", "12. Proxy or VPN services.\n", "", "P007",
           (35, 51), names="代理或 VPN 服务"),
    Defect("swapped numbered sections of terms of service", "isyourdad-terms", "en",
           *_swapped("isyourdad-terms", "en", "## 8. Termination", "## 9. Disclaimer", "## 10. Modification"),
           "P003", (59, 64)),
    Defect("swapped contents of two numbered sections, headings kept", "magnus-cla", "en",
           *_swapped_contents("magnus-cla", "en", "## 7. Notification", "## 8. No Obligation", "## 9. How to Sign"),
           ("P003", "P006", "F001"), (46, 53), most=4),
    Defect("a dropped numbered clause", "magnus-cla", "en",
           _between("magnus-cla", "en", "## 6. Third-Party Content", "## 7. Notification"), "", ("P002", "P006"),
           (38, 45)),
    Defect("a changed contact e-mail address", "deskset-privacy", "en", "email to Nostalgia-Season-Train@outlook.com",
           "email to Nostalgia-Season-Train@hotmail.com", "F003", (47, 48)),
    Defect("a dropped bullet of a numbered permission", "deskset-privacy", "en",
           "- Access the GitHub Releases address to check for updates\n", "", "P007", (26, 42),
           names="访问 GitHub Releases 地址获取更新",
           known_miss=True),  # clauses in Chinese, list items in English: the clause is named (P002), not its bullet
    Defect("a changed number of days inside a sentence", "kraken-governance", "en", "open for more\nthan 7 days.)",
           "open for more\nthan 10 days.)", "F001", (16, 39)),
    Defect("a changed period written in words", "kraken-governance", "en", "any meeting within three months",
           "any meeting within six months", "F001", (90, 99)),
    Defect("a changed URL of the issue tracker", "kraken-governance", "en",
           "[the TSC issue tracker](https://github.com/openkraken/TSC/issues)",
           "[the TSC issue tracker](https://github.com/openkraken/TSC/discussions)", "F004", (125, 157)),
    Defect("a dropped paragraph without facts", "kraken-governance", "en",
           "Any community member can create a GitHub issue asking that the TSC review\nsomething. If consensus-seeking "
           "fails for an issue, a Collaborator may apply the\n`tsc-agenda` label. That will add it to the TSC meeting "
           "agenda.\n\n", "", "P006", (125, 153),
           known_miss=True),  # one of five short paragraphs, no fact; the English section is as long without it
    Defect("a changed percentage of a vote", "aisop-governance", "en", "A **95% global weighted consensus**",
           "A **90% global weighted consensus**", "F001", (75, 82)),
    Defect("a changed period of days", "aisop-governance", "en", "A **21-day public cooling period**",
           "A **14-day public cooling period**", "F001", (75, 82)),
    Defect("a changed number inside a clause", "aisop-governance", "en", "When more than 1024 independently",
           "When more than 2048 independently", "F001", (102, 112)),
    # caught since round 17, by what the texts speak of (rules/lexicon.tsv); missed before: short items of like
    # length: another item is named
    Defect("a dropped bullet of device permissions", "memex-privacy", "en",
           "- **Microphone** — Used for voice recording.\n", "", "P007", (44, 59), names="麦克风"),
    Defect("a changed URL of a provider's privacy policy", "memex-privacy", "en",
           "(https://www.kimi.com/user/agreement/userPrivacy)", "(https://www.kimi.com/user/agreement/userService)",
           "F004", (19, 43)),
    Defect("a dropped bullet", "halosnow-privacy", "en", "- No third-party SDKs are used\n", "", "P007",
           (13, 21), names="本应用不使用第三方 SDK",
           known_miss=True),  # the English list has an item the Chinese has not: as many items in each
]

# The one held-out run of round 12 (issue 10), on the checker of commit 633ca37 (round 11 tuned on), classified against
# the ground truth written before (tests/corpus/README.md, "The one held-out run of round 12, classified"): 28 findings,
# 18 false (64%); 18 of 23 defects caught. The false ones: a short policy without section headings against a
# translation that has six (HaloSnow, 9); reference-link definitions gathered at the end of the English, so that their
# addresses stood in its last section, and each language's Wikipedia (OpenKraken, 4); a URL run into the backtick
# that closes it (1); a title under a note set apart as a quotation (Magnus, 3); a lead-in paired with four list items
# that state addresses it does not (Memex, 1). Since, each is removed; tables are compared row by row where both texts
# have one, and the Latin names a Chinese block keeps pair it by how many of them the English block has. Round 12 is
# tuned on from here.
EXPECTED.update({
    # true: the six headings only the English has (form, P004); the cookies bullet (content); the paragraph of the
    # children's section with its number 13, only in English (content; its number an F001 until round 53); the
    # paragraph with the issues link (content; its link an F004 until round 53). False until round 53: the paragraph
    # of local preferences, whose counterpart is the Chinese's fourth bullet (since, a paragraph whose facts the
    # Chinese states nowhere is not paired with one that states none)
    "halosnow-privacy": [("en", 9, "P004"), ("en", 21, "P007"), ("en", 29, "P006"), ("en", 37, "P006")],
    # true: the commenter search link with four slashes (content). False: the author search link, written with spaces
    # around "+" in Chinese (form)
    "kraken-governance": [("en", 66, "F004"), ("en", 68, "F004")],
    # true: the four providers only the English lists (content: one finding for the four items since they are one
    # passage; four before); 14 against 13 (content); the GitHub contact (content)
    "memex-privacy": [("en", 23, "P007"), ("en", 86, "F001"), ("en", 97, "P007")],
    "aisop-governance": [],
    "cebian-privacy": [],
    "deskset-privacy": [],
    "isyourdad-terms": [],
    "magnus-cla": [],  # misses the Chinese note's added sentence and the English note's paragraph left in Chinese
})
FALSE.update({
    "kraken-governance": [("en", 66, "F004")],
})
DEFECTS += DEFECTS_12
RETUNED_12 = HELD_OUT_12
HELD_OUT = ()  # every pair has been tuned on: the next held-out measure needs a round 13, collected apart


# --- Held-out round 13 (issue 10) ---------------------------------------------------------------------------------
# Nine pairs collected apart from the checker's development while it was being changed, none run through any checker
# (no `policy check`, no tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth
# (tests/corpus/README.md, "Held-out round 13") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS:
# the lead registers them after the one held-out run.
HELD_OUT_13 = ("monodash-terms", "monodash-privacy", "bitfun-security", "mindie-sd-security", "beecount-license",
               "xiaoyao-license", "tinymlc-cla", "pigsty-security", "ayafileio-security")

# Defects written into copies of the round-13 pairs (the English text, the translation), each with the finding that
# must name it and the lines of the modified translation where it may stand (the section it is in, from its heading to
# the line before the next heading of any level; for a swap, both sections; for a dropped section, the sections before
# and after it; before the first section heading, the lines under the front matter), set before any checker was run on
# any round-13 pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding must
# quote. No pair states an amount of money or a percentage, so none is changed; periods of days are.
DEFECTS_13 = [
    Defect("a changed last-updated date", "monodash-terms", "en", "Last updated: May 8, 2026",
           "Last updated: May 18, 2026", "F002", (5, 18)),
    Defect("swapped numbered sections of terms of use", "monodash-terms", "en",
           *_swapped("monodash-terms", "en", "## 8. No Professional Advice", "## 9. Disclaimer of Warranties",
                     "## 10. Limitation of Liability"), "P003", (83, 101)),
    Defect("a dropped bullet of prohibited uses", "monodash-terms", "en",
           "- Violate applicable laws or third-party rights\n", "", "P007", (29, 39), names="违反适用法律或第三方权利"),
    Defect("a dropped numbered clause", "monodash-terms", "en",
           _between("monodash-terms", "en", "## 11. Indemnity", "## 12. Open Source"), "", ("P002", "P006"),
           (102, 115)),
    Defect("a changed URL of a provider's privacy policy", "monodash-privacy", "en",
           "https://policies.google.com/privacy", "https://policies.google.com/terms", "F004", (87, 98)),
    # caught since round 17, by what the texts speak of (rules/lexicon.tsv); missed before: no fact, no name: two
    # short texts of like shape
    Defect("swapped contents of two sections, headings kept", "monodash-privacy", "en",
           *_swapped_contents("monodash-privacy", "en", "## Children's Privacy", "## International Use",
                              "## Changes to This Policy"), ("P003", "P006"), (169, 176), most=4),
    Defect("a dropped paragraph without facts", "monodash-privacy", "en",
           "Because we do not operate a backend for App usage data, we generally do not have user operation records, "
           "1Panel data, API keys, files, or analytics data to disclose.\n\n", "", "P006", (120, 129)),
    Defect("a changed period of days", "bitfun-security", "en", "within **5 business days**",
           "within **10 business days**", "F001", (40, 46)),
    Defect("a dropped table row of supported versions", "bitfun-security", "en", "| Older releases | ❌ |\n", "",
           ("P006", "P007"), (11, 20), names="较旧的发布版"),
    Defect("a changed URL of the reporting form", "bitfun-security", "en",
           "(https://github.com/GCWing/BitFun/security/advisories/new)",
           "(https://github.com/GCWing/BitFun/issues/new)", "F004", (22, 39)),
    Defect("a changed number inside a sentence", "mindie-sd-security", "en", "set umask to 0027 or higher",
           "set umask to 0022 or higher", "F001", (19, 30)),
    Defect("a dropped table row of permissions", "mindie-sd-security", "en",
           "| Maintenance and upgrade file directory                  |   770 (rwxrwx---)    |\n", "",
           ("P006", "P007"), (137, 157), names="维护升级文件目录"),
    Defect("a changed URL of the Nginx documentation", "mindie-sd-security", "en", "(https://nginx.org/en/docs/)",
           "(https://nginx.org/en/download.html)", "F004", (91, 104)),
    Defect("a dropped bullet", "mindie-sd-security", "en",
           "- Users are advised to disable insecure services, such as Telnet and FTP.\n\n", "", "P007", (91, 102),
           names="Telnet"),
    Defect("a changed effective date", "beecount-license", "en", "Effective Date: January 29, 2025",
           "Effective Date: January 9, 2025", "F002", (5, 13)),
    Defect("a dropped numbered list item", "beecount-license", "en",
           "5. Providing paid cloud services or SaaS services based on this software\n", "", "P007", (25, 33),
           names="SaaS"),
    Defect("swapped sections of a licence", "beecount-license", "en",
           *_swapped("beecount-license", "en", "## Disclaimer", "## License Termination", "## Agreement Modifications"),
           "P003", (48, 57)),
    Defect("a changed last-updated date", "xiaoyao-license", "en", "Last Updated: January 1, 2026",
           "Last Updated: January 11, 2026", "F002", (95, 97)),
    Defect("a dropped bullet of granted rights", "xiaoyao-license", "en", "- ✅ Backup of the Software\n", "", "P007",
           (21, 27), names="备份本软件"),
    Defect("a changed effective date", "tinymlc-cla", "en", "**Effective Date:** August 15, 2026",
           "**Effective Date:** August 25, 2026", "F002", (5, 27)),
    Defect("a dropped sentence with a number (the licence's version)", "tinymlc-cla", "en",
           "The Project is distributed under the **Apache License, Version 2.0** and is\n"
           "intended to remain open source. This CLA", "This CLA", ("F001", "P006"), (5, 26)),
    Defect("swapped contents of two numbered sections, headings kept", "tinymlc-cla", "en",
           *_swapped_contents("tinymlc-cla", "en", "## 5. Outbound License", "## 6. No Trademark License",
                              "## 7. Representations and Warranties"), ("P003", "P006", "F001"), (85, 97), most=4),
    Defect("a dropped numbered clause", "tinymlc-cla", "en",
           _between("tinymlc-cla", "en", "## 10. No Obligation to Accept", "## 11. General Terms"), "",
           ("P002", "P006"), (121, 146)),
    Defect("a changed number of a cross-reference", "tinymlc-cla", "en", "(see Section 8 for",
           "(see Section 9 for", "F001", (98, 111)),
    Defect("a changed number of nodes inside an item", "pigsty-security", "en", "You need at least three nodes",
           "You need at least five nodes", "F001", (154, 174),
           known_miss=True),  # the Chinese writes the recommendation otherwise (a single node, at least two)
    Defect("a changed port number inside a bold lead line", "pigsty-security", "en", "except 80/443, the infra portal",
           "except 80/8443, the infra portal", "F001", (86, 106)),
    Defect("a dropped bullet", "pigsty-security", "en",
           "- You should secure & backup them in a safe place periodically.\n", "", "P007", (20, 32),
           names="备份到一个安全的地方", known_miss=True),  # short items of like length: another item is named
    Defect("a changed e-mail address for reports", "ayafileio-security", "en",
           "[3072252442@qq.com](mailto:3072252442@qq.com)", "[3072252422@qq.com](mailto:3072252422@qq.com)", "F003",
           (16, 24)),
    Defect("a changed period of days", "ayafileio-security", "en", "within 30 days of confirmation",
           "within 90 days of confirmation", "F001", (16, 24)),
    Defect("a dropped table row", "ayafileio-security", "en",
           "| Buffer pool | Raw `malloc`/`free` with thread-local caching |\n", "", ("P006", "P007"), (36, 46),
           names="缓冲池"),
    Defect("a dropped bullet of what is in scope", "ayafileio-security", "en", "- GIL-related deadlocks or crashes\n",
           "", "P007", (48, 54), names="GIL"),
]

# The one held-out run of round 13 (issue 10), on the checker of commit 88023d0 (round 12 tuned on), classified against
# the ground truth written before (tests/corpus/README.md, "The one held-out run of round 13, classified"): 24 findings,
# 22 false (92%); 28 of 31 defects caught (the defects' target met). Twelve of the false ones are one cause (a licence
# that numbers the clauses of each part from 1, its part titles at the level of the clauses: N001 six times in each
# language), three another (Chinese steps "步骤2" against "Step 2", read as numbers). Since, both are removed; the
# other seven are left: Pigsty's "Integrity", which the English divides into two subsections under an empty heading
# (five), and a paragraph of TinyMLC named in place of the note beside it. Round 13 is tuned on from here.
EXPECTED.update({
    # true: the paragraph that no backend receives the data, only in English (content)
    "monodash-privacy": [("en", 118, "P006")],
    # true: the bullet not to go back to md5, only in Chinese (content); "Integrity", an empty heading over two
    # subsections the Chinese "完整性" does not have (form; P004, one finding); the watchdog recommendation's three
    # bullets, only in Chinese (content; one finding); the single infrastructure node for small deployments, only in
    # Chinese (content; found since list items are paired by what they speak of too). False: the Chinese bullet that
    # logging connections is off by default, said to have no counterpart where the English "Audit incoming sessions …"
    # words it otherwise (wording).
    # (Before "Integrity" was paired with "完整性": four false P002, for the Chinese section, the English heading and
    # each subsection, and a false P007 for the pg_rto bullet, which the English has under a recommendation placed first)
    "pigsty-security": [("en", 34, "P007"), ("en", 126, "P004"), ("en", 126, "P007"), ("en", 126, "P007"),
                        ("en", 154, "P007")],
    # false: the thanks paragraph named where the note only the Chinese has (a reference translation) stands beside it
    "tinymlc-cla": [("en", 7, "P006")],
    "monodash-terms": [],
    "bitfun-security": [],
    "mindie-sd-security": [],
    "beecount-license": [],
    "xiaoyao-license": [],
    "ayafileio-security": [],
})
FALSE.update({
    "pigsty-security": [("en", 126, "P007")],
    "tinymlc-cla": [("en", 7, "P006")],
})
DEFECTS += DEFECTS_13
RETUNED_13 = HELD_OUT_13
HELD_OUT = ()  # every pair has been tuned on: the next held-out measure needs a round 14, collected apart


# --- Held-out round 14 (issue 10) ---------------------------------------------------------------------------------
# Eight pairs collected apart from the checker's development while it was being changed, none run through any checker
# (no `policy check`, no tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth
# (tests/corpus/README.md, "Held-out round 14") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS:
# the lead registers them after the one held-out run.
HELD_OUT_14 = ("talo-terms", "talo-privacy", "talo-security", "favewise-privacy", "godot-devtool-eula",
               "tickraft-security", "yao-license", "bili-syncplay-privacy")

# Defects written into copies of the round-14 pairs (the English text, the translation), each with the finding that
# must name it and the lines of the modified translation where it may stand (the section it is in, from its heading to
# the line before the next heading of any level; for a swap, both sections; for a dropped section, the sections before
# and after it; before the first section heading, the lines under the front matter), set before any checker was run on
# any round-14 pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding must
# quote. Yao's licence states an amount of money (USD 1,000,000 / 100 万美元), which is changed once.
DEFECTS_14 = [
    Defect("a changed effective date of terms", "talo-terms", "en", "Effective date: August 13, 2026",
           "Effective date: August 31, 2026", "F002", (5, 13)),
    Defect("a dropped bullet of responsibilities", "talo-terms", "en",
           "- Backing up memory data that you cannot afford to lose.\n", "", "P007", (19, 30),
           names="备份不能承受丢失的记忆数据"),
    Defect("swapped sections of terms of use", "talo-terms", "en",
           *_swapped("talo-terms", "en", "## No Warranty", "## Limitation Of Liability", "## Changes And Termination"),
           "P003", (45, 57)),
    Defect("a changed URL of the private advisory page", "talo-privacy", "en",
           "(https://github.com/WangXueZhi/Talo/security/advisories/new)",
           "(https://github.com/WangXueZhi/Talo/discussions)", "F004", (77, 83)),
    Defect("a dropped bullet of deletion commands", "talo-privacy", "en",
           "- Use `forget-relations` to remove selected relationships.\n", "", "P007", (67, 75),
           names="forget-relations"),
    Defect("a dropped paragraph without facts", "talo-privacy", "en",
           "Codex or another host application may process your prompts and tool activity under its own privacy\n"
           "terms. That processing is outside this plugin and is not controlled by this policy.\n\n", "", "P006",
           (41, 45)),
    Defect("a changed URL for reports", "talo-security", "en",
           "\nhttps://github.com/WangXueZhi/Talo/security/advisories/new\n",
           "\nhttps://github.com/WangXueZhi/Talo/security/policy\n", "F004", (28, 34)),
    Defect("a changed e-mail address for privacy questions", "favewise-privacy", "en", "`privacy@joyx.io`",
           "`privacy@joyx.co`", "F003", (104, 113)),
    Defect("a changed last-updated date", "favewise-privacy", "en", "*Last Updated: May 9, 2026*",
           "*Last Updated: May 19, 2026*", "F002", (5, 12)),
    # caught since round 17, by what the texts speak of (rules/lexicon.tsv); missed before: no fact, no name in
    # either text: two short sections of like shape
    Defect("swapped contents of two numbered sections, headings kept", "favewise-privacy", "en",
           *_swapped_contents("favewise-privacy", "en", "## 8. User Choices", "## 9. No Personalized Advertising Use",
                              "## 10. Chrome Web Store Limited Use"), ("P003", "P006"), (82, 93), most=4),
    Defect("a dropped bullet of local functions", "favewise-privacy", "en", "- link checking\n", "", "P007",
           (25, 39), names="链接检查"),
    Defect("a dropped numbered clause", "godot-devtool-eula", "en",
           _between("godot-devtool-eula", "en", "## 6. AI-Assisted Output", "## 7. Privacy And Data"), "",
           ("P002", "P006"), (47, 58)),
    Defect("a changed last-updated date (day and month exchanged)", "godot-devtool-eula", "en",
           "Last updated: 2026-05-06", "Last updated: 2026-06-05", "F002", (5, 14)),
    Defect("a dropped bullet of restrictions", "godot-devtool-eula", "en",
           "- Distribute malware or intentionally harmful code.\n", "", "P007", (37, 45), names="恶意软件"),
    Defect("a changed period of hours", "tickraft-security", "en", "within **72 hours**", "within **96 hours**",
           "F001", (33, 38)),
    Defect("a dropped item with a number of days", "tickraft-security", "en",
           "- **Initial assessment**: within **7 days**, including a preliminary severity rating and planned next "
           "steps.\n", "", ("F001", "P006", "P007"), (33, 37)),
    Defect("a dropped table row of supported versions", "tickraft-security", "en",
           "| < 1.0     | Not eligible for separate security fixes               |\n", "", ("P006", "P007"), (11, 19),
           names="< 1.0"),  # missed in round 14's run (a row of three, its version no fact); caught since round 15
    Defect("a changed e-mail address in the contacts", "tickraft-security", "en",
           "- Security reports: **security@tickraft.com**", "- Security reports: **security@tickraft.io**", "F003",
           (69, 72)),
    Defect("a changed amount of money", "yao-license", "en", "annual revenue exceeding USD 1,000,000",
           "annual revenue exceeding USD 10,000,000", "F001", (5, 34)),
    Defect("a changed number inside a sentence", "yao-license", "en", "Organizations with 50 or more employees",
           "Organizations with 500 or more employees", "F001", (5, 34)),
    Defect("a dropped bullet with a URL", "yao-license", "en",
           "   - To obtain a commercial license, please contact us at https://yaoagents.com/enterprise\n", "",
           ("F004", "P006", "P007"), (5, 33)),
    Defect("a changed effective date", "bili-syncplay-privacy", "en", "Effective date: 2026-04-13",
           "Effective date: 2026-04-18", "F002", (5, 10)),
    Defect("swapped numbered sections of a privacy policy", "bili-syncplay-privacy", "en",
           *_swapped("bili-syncplay-privacy", "en", "## 6. Remote Code", "## 7. Data Security", "## 8. User Controls"),
           "P003", (115, 126)),
    Defect("a dropped bullet of local storage", "bili-syncplay-privacy", "en",
           "- tokens or session identifiers required to join a room\n", "", "P007", (85, 96), names="令牌"),
    Defect("a changed URL of the issues page", "bili-syncplay-privacy", "en",
           "- Issues: https://github.com/Sky1wu/Bili-SyncPlay/issues", "- Issues: https://github.com/Sky1wu/Bili-SyncPlay/pulls",
           "F004", (146, 151)),
    Defect("a dropped paragraph of what is not collected", "bili-syncplay-privacy", "en",
           "The Extension does not intentionally collect real names, government ID numbers, email addresses, phone "
           "numbers, or mailing addresses.\n\n", "", "P006", (15, 18)),
]

# The one held-out run of round 14 (issue 10), on the checker of commit 8ac1457 (round 13 tuned on), classified against
# the ground truth written before (tests/corpus/README.md, "The one held-out run of round 14, classified"): 2 findings,
# both true (0% false); 24 of 26 defects caught. Both targets are met on this round, a round with few real differences
# (two of content, eight of wording, four control pairs). Nothing was changed after it.
EXPECTED.update({
    # true: the two paragraphs of the disclaimer only the Chinese has (a reference translation; the English prevails),
    # one finding since they are one passage (two before)
    "tickraft-security": [("en", 7, "P006")],
    "talo-terms": [],
    "talo-privacy": [],
    "talo-security": [],
    "favewise-privacy": [],  # misses the browsers (Chrome, Edge, Firefox) only the English names (no fact)
    "godot-devtool-eula": [],
    "yao-license": [],
    "bili-syncplay-privacy": [],
})
DEFECTS += DEFECTS_14
RETUNED_14 = HELD_OUT_14
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 15, collected apart


# --- Held-out round 15 (issue 10) ---------------------------------------------------------------------------------
# Nine pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth (tests/corpus/README.md,
# "Held-out round 15") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run.
HELD_OUT_15 = ("zhenhuisuan-privacy", "codex-ultra-terms", "codex-ultra-legal", "nanomouse-privacy", "vault-security",
               "prism-privacy", "ifwe-disclaimer", "ifwe-privacy", "spacemv-cla")

# Defects written into copies of the round-15 pairs (the English text, the translation), each with the finding that
# must name it and the lines of the modified translation where it may stand (the section it is in, from its heading to
# the line before the next heading of any level; for a swap, both sections; before the first section heading, the lines
# under the front matter), set before any checker was run on any round-15 pair, modified or not; for a dropped list item
# or table row, words of the Chinese item the finding must quote. codex-ultra's terms and merged agreement state an
# amount of money ($1,000,000 USD / 100 万美元), changed once in each; no pair states a percentage.
DEFECTS_15 = [
    Defect("a changed last-updated date", "zhenhuisuan-privacy", "en", "Last updated: July 30, 2026",
           "Last updated: July 3, 2026", "F002", (5, 10)),
    # missed in the run (the URL stands in a fenced code block, whose text stated no fact); caught since
    Defect("a changed URL of the exchange-rate endpoint", "zhenhuisuan-privacy", "en",
           "https://open.er-api.com/v6/latest/USD", "https://open.er-api.com/v6/latest/EUR", "F004", (21, 30)),
    Defect("a dropped bullet of local data", "zhenhuisuan-privacy", "en", "- The most recent amount and source currency\n",
           "", "P007", (11, 19), names="最近一次输入的金额"),
    Defect("a dropped paragraph without facts", "zhenhuisuan-privacy", "en",
           "This data stays in the user's browser. The maintainer cannot access it. Browsers normally remove this local "
           "data when the extension is uninstalled.\n\n", "", "P006", (11, 18)),
    Defect("a changed amount of money", "codex-ultra-terms", "en", "under $1,000,000 USD** (or equivalent currency)",
           "under $10,000,000 USD** (or equivalent currency)", "F001", (25, 36)),
    Defect("a changed number of employees", "codex-ultra-terms", "en", "**under 1,000 employees**",
           "**under 100 employees**", "F001", (25, 36)),
    Defect("a changed e-mail address in the contacts", "codex-ultra-terms", "en",
           "* **Project Contact Email**: [sonygodx@gmail.com](mailto:sonygodx@gmail.com)",
           "* **Project Contact Email**: [sonygodx@outlook.com](mailto:sonygodx@outlook.com)", "F003", (58, 61)),
    Defect("swapped sections of terms of service", "codex-ultra-terms", "en",
           *_swapped("codex-ultra-terms", "en", "## III. Third-Party", "## IV. Core Disclaimer", "## V. Contact"),
           "P003", (37, 57)),
    Defect("a changed effective date", "codex-ultra-legal", "en", "**Effective Date**: July 27, 2026",
           "**Effective Date**: June 27, 2026", "F002", (5, 15)),
    Defect("swapped contents of two numbered subsections, headings kept", "codex-ultra-legal", "en",
           *_swapped_contents("codex-ultra-legal", "en", "### 2. Third-Party API Connections",
                              "### 3. Diagnostic & Operational Telemetry", "---\n\n## Part 2"), ("P003", "P006"), (29, 36),
           most=4),
    Defect("a changed amount of money", "codex-ultra-legal", "en", "annual revenue **under $1,000,000 USD**",
           "annual revenue **under $1,500,000 USD**", "F001", (42, 45)),
    Defect("a dropped numbered item of the disclaimer", "codex-ultra-legal", "en",
           "4. **Upstream Account Suspension**:\n   * All risks regarding third-party AI provider account suspensions rest "
           "solely with the user.\n", "", ("P006", "P007"), (51, 63), names="上游服务封号风险"),
    Defect("a changed age of children", "nanomouse-privacy", "en", "children under the age of 13",
           "children under the age of 16", "F001", (66, 70)),
    Defect("a changed e-mail address", "nanomouse-privacy", "en", "- Email: nanomouse.official@gmail.com",
           "- Email: nanomouse.support@gmail.com", "F003", (71, 77)),
    Defect("a changed URL of the iCloud terms", "nanomouse-privacy", "en",
           "[iCloud Terms](https://www.apple.com/legal/internet-services/icloud/)",
           "[iCloud Terms](https://www.apple.com/legal/privacy/)", "F004", (29, 39)),
    Defect("a dropped bullet of what the app will not do", "nanomouse-privacy", "en",
           "- Share any data with third parties\n", "", "P007", (40, 53), names="与第三方共享任何数据"),
    Defect("a changed last-updated date", "nanomouse-privacy", "en", "**Last Updated: January 7, 2026**",
           "**Last Updated: January 17, 2026**", "F002", (5, 8)),
    Defect("a changed number of iterations", "vault-security", "en", "PBKDF2-SHA256 (200,000 iterations)",
           "PBKDF2-SHA256 (100,000 iterations)", "F001", (17, 24)),
    Defect("a dropped bullet of the threat model", "vault-security", "en",
           "- System-level malware with full control of the device\n", "", "P007", (47, 55), names="系统级恶意软件"),
    # caught since round 17, by what the texts speak of (rules/lexicon.tsv); missed before: no fact, no name: two
    # short sections of two bullets each, paired by place
    Defect("swapped sections of a security policy", "vault-security", "en",
           *_swapped("vault-security", "en", "## Clipboard", "## Backup", "## Threat Model"), "P003", (33, 46)),
    Defect("a changed URL of the issues page", "prism-privacy", "en",
           "- Open an issue on GitHub: https://github.com/supercj/web-resource-extractor/issues",
           "- Open an issue on GitHub: https://github.com/supercj/web-resource-extractor/pulls", "F004", (121, 129)),
    Defect("a changed age of children", "prism-privacy", "en", "including children under 13.",
           "including children under 16.", "F001", (107, 112)),
    # set before the run as F001; the run named it, correctly, by an F005 (a phone number changed): F005 allowed since
    Defect("a changed hotline number", "ifwe-disclaimer", "en", "**2896 0000**", "**2389 2222**", ("F001", "F005"),
           (10, 28)),
    Defect("a dropped item with a hotline number", "ifwe-disclaimer", "en",
           "> - Taiwan, China: 1925 Peace of Mind Hotline\n", "", ("F001", "P006", "P007"), (10, 27)),
    Defect("a dropped paragraph", "ifwe-disclaimer", "en",
           "IfWe is a relationship-review and conversation-replay tool. It is **not**\n"
           "psychotherapy, counseling, or any form of professional mental-health service,\n"
           "and its authors are not mental-health practitioners. It does not diagnose,\n"
           "treat, or alleviate any condition.\n\n", "", "P006", (10, 23)),
    # missed in the run ("50MB", a number run into its unit, was read as no number in either text); caught since
    Defect("a changed size limit", "ifwe-privacy", "en", "up to 50MB", "up to 500MB", "F001", (52, 69)),
    Defect("a dropped sentence with a number of hours", "ifwe-privacy", "en",
           "; tasks older\n   than 1 hour are reclaimed automatically.", ".", ("F001", "P006", "P007"), (52, 68),
           known_miss=True),  # the Chinese 1 (小时) is taken for the "one" of "one import task"; the item stays
    Defect("a changed number of samples", "ifwe-privacy", "en", "up to 3 **sanitized** samples",
           "up to 5 **sanitized** samples", "F001", (52, 69)),
    # missed in the run (a short row without fact, joined with its neighbour); caught since: rows of a table are not
    # joined, and a row missing between rows that each have their counterpart is plainly missing
    Defect("a dropped table row", "ifwe-privacy", "en",
           "| Keys | Read from environment variables only (default `LLM_API_KEY`), never written to disk or the repo |\n",
           "", ("P006", "P007"), (40, 50), names="密钥"),
    Defect("swapped sections of a privacy design", "ifwe-privacy", "en",
           *_swapped("ifwe-privacy", "en", "## Web import wizard data flow", "## The privacy gate", "## Residual risks"),
           "P003", (52, 83)),
    Defect("a changed e-mail address of the maintainers", "spacemv-cla", "en", "code@spacemv.com", "code@spacemv.cn",
           "F003", (60, 64)),
    # caught since round 17, by what the texts speak of (rules/lexicon.tsv); missed before: short items of like
    # length: another item is named
    Defect("a dropped bullet of representations", "spacemv-cla", "en",
           "- Your Contribution does not infringe any third-party intellectual property rights\n", "", "P007", (24, 31),
           names="第三方的知识产权"),
    # caught since round 17, by what the texts speak of (rules/lexicon.tsv); missed before: no fact, no name: two
    # one-paragraph sections of like length
    Defect("swapped contents of two numbered sections, headings kept", "spacemv-cla", "en",
           *_swapped_contents("spacemv-cla", "en", "## 5. Disclaimer of Warranties", "## 6. Limitation of Liability",
                              "## 7. Term and Scope"), ("P003", "P006"), (42, 49), most=4),
    Defect("a changed URL of the contribution guide", "spacemv-cla", "en", "(README_EN.md#contribution-guide)",
           "(CONTRIBUTING.md#contribution-guide)", "F004", (33, 41),
           known_miss=True),  # a relative link (a file of the repository) is no URL: no fact
]

# The one held-out run of round 15 (issue 10), on the checker of commit f855677 of main (round 14 run and registered
# without change), classified against the ground truth written before (tests/corpus/README.md, "The one held-out run of
# round 15, classified"): 32 findings, 20 false (62%); 25 of 34 defects caught (26 with the changed hotline, named by a
# correct F005 where F001 was expected). The false ones have two causes: headings numbered in words ("Part 1:" read as
# a number of the top level in English, "第一部分：" as none in Chinese; Roman "I."–"V." as none against "一、"–"五、"),
# eight on codex-ultra's two texts; and PRISM's English, another text more than a translation, whose six `###`
# permission subsections stand for the Chinese table and whose empty "Data Collection" heading holds the section
# "数据存储" one level deeper: the sections then pair wrongly (twelve). Nothing was changed after this run.
EXPECTED.update({
    # true: the English "Copyright (c) 2026 … All rights reserved." notice, where the Chinese says only to whom the
    # copyright belongs (content). Gone after the run: the parts, "第一部分：" in Chinese and "Part 1:" in English, each
    # numbering its ### clauses from 1, were said to be numbered differently (P005) and the clauses to repeat the parts'
    # numbers or belong to the top level (N001 ×4, N002 ×2): 第一部分 is a number now, and "1." under a heading
    # numbered another way numbers within it
    "codex-ultra-legal": [("en", 43, "F001")],
    # true: the same copyright notice with its year, only in English (content). Gone after the run: the headings
    # "I."–"V." read as unnumbered against "一、"–"五、" (P005): Roman numerals number headings now
    "codex-ultra-terms": [("en", 27, "F001")],
    # true: the dates that differ (2026-06 against 2024-01-01); the Overview heading over the Chinese opening paragraph
    # (form); "What We DO NOT Collect", "Data Retention" and "Your Rights", only in English; the URL of PRIVACY_EN.md;
    # the placeholder e-mail; the closing date and the version 1.1.0 (read as the number 1.1), only in English
    # (content). False: "数据存储" said missing, whose English is "What We DO Store" (### under "Data Collection");
    # "Data Collection", an empty heading over it; the permission table said missing and the English "Permissions
    # Usage" with five of its six ### subsections said added (the table written as subsections: form); the P004 that
    # pairs "What We DO Store" with "网络请求" and "`downloads`" with "第三方服务"; "Third-Party Services" said added
    # (its Chinese was so paired); "Compliance" (only in English) said moved, paired with "Content Script" (only in
    # Chinese)
    # since rounds 22 and 23 (what headings speak of): "网络请求" and "Content Script", only in Chinese, are two true
    # P002 at 34 (where "Content Script" was paired with "Compliance" before, and 网络请求 with "What We DO Store"),
    # and "Compliance", only in English, one true P002 (its closing date and version were F002 and F001 before);
    # "`downloads`" said added (a subsection of the permission table, as its neighbours), and "权限用途" said missing at
    # 34 (its English is "Permissions Usage"); the P004 now pairs "`scripting`" with "第三方服务" (false, as before)
    "prism-privacy": [("en", 8, "F002"), ("en", 12, "P002"), ("en", 20, "P002"), ("en", 22, "P002"), ("en", 34, "P002"),
                      ("en", 34, "P002"), ("en", 34, "P002"), ("en", 34, "P004"), ("en", 53, "P002"),
                      ("en", 57, "P002"), ("en", 66, "P002"), ("en", 70, "P002"), ("en", 74, "P002"),
                      ("en", 78, "P002"), ("en", 85, "P002"), ("en", 97, "P002"), ("en", 117, "F004"),
                      ("en", 126, "P007"), ("en", 130, "P002"), ("en", 140, "P002")],
    # true: "政策变更" and "联系方式" one section "Changes and contact" in English (form, P002 as for Nesoi's summary);
    # misses the "并修改本页日期" (the page's date changed) only the Chinese has (no fact)
    "zhenhuisuan-privacy": [("en", 44, "P002")],
    "nanomouse-privacy": [],
    "vault-security": [],
    "ifwe-disclaimer": [],
    "ifwe-privacy": [],
    "spacemv-cla": [],
})
FALSE.update({
    # (since rounds 22 and 23: ten of twenty; twelve of twenty-one before)
    "prism-privacy": [("en", 20, "P002"), ("en", 34, "P002"), ("en", 34, "P004"), ("en", 53, "P002"), ("en", 57, "P002"),
                      ("en", 66, "P002"), ("en", 70, "P002"), ("en", 74, "P002"), ("en", 78, "P002"),
                      ("en", 85, "P002")],
})
DEFECTS += DEFECTS_15
RETUNED_15 = HELD_OUT_15
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 16, collected apart

# --- Held-out round 16 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth (tests/corpus/README.md,
# "Held-out round 16") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run.
HELD_OUT_16 = ("paydance-trademark", "paydance-cla", "paydance-security", "paydance-terms", "newapi-monitor-security",
               "tlicscan-security", "prompt-studio-coc")

# Defects written into copies of the round-16 pairs (the English text, the translation), each with the finding that
# must name it and the lines of the modified translation where it may stand (the section it is in, from its heading to
# the line before the next heading of any level; for a swap, both sections), set before any checker was run on any
# round-16 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote. No pair
# states an amount of money or a percentage; the one date is the year of PayDance's copyright notice.
DEFECTS_16 = [
    Defect("a changed year of the copyright notice", "paydance-terms", "en", "\nCopyright (C) 2026 Mr.Baoboer.\n",
           "\nCopyright (C) 2025 Mr.Baoboer.\n", ("F002", "F001"), (5, 16)),
    Defect("a changed e-mail address for reports", "tlicscan-security", "en", "Send to: security@tianlulab.com",
           "Send to: security@tianlu.com", "F003", (27, 43)),
    Defect("a changed URL of the project's homepage", "tlicscan-security", "en",
           "**Project Homepage**: https://github.com/tianlusec/TL-ICScan",
           "**Project Homepage**: https://github.com/tianlusec/TL-Scan", "F004", (158, 166)),
    Defect("a changed URL of the advisory form", "paydance-security", "en",
           "https://github.com/MasterBao66/PayDance/security/advisories/new)",
           "https://github.com/MasterBao66/PayDance/security/advisories)", "F004", (22, 30)),
    Defect("a changed URL of the author's profile", "paydance-trademark", "en",
           "[author's GitHub profile](https://github.com/MasterBao66)",
           "[author's GitHub profile](https://github.com/itsharex)", "F004", (73, 76)),
    Defect("a changed period of acknowledgment", "paydance-security", "en", "**Acknowledgment**: Within 72 hours",
           "**Acknowledgment**: Within 24 hours", "F001", (38, 44)),
    Defect("a changed period of assessment", "paydance-security", "en", "**Assessment**: Within 5 business days",
           "**Assessment**: Within 10 business days", "F001", (38, 44)),
    Defect("a changed period for a security patch", "tlicscan-security", "en", "**Within 30 days**: Release security patch",
           "**Within 90 days**: Release security patch", "F001", (56, 64)),
    Defect("a changed supported version in a table", "tlicscan-security", "en",
           "| 0.5.x   | :white_check_mark: | Maintained", "| 0.4.x   | :white_check_mark: | Maintained", "F001", (9, 20)),
    Defect("a changed validity of the setup token", "newapi-monitor-security", "en", "valid for only 15 minutes",
           "valid for only 60 minutes", "F001", (19, 31)),
    Defect("a changed file mode", "newapi-monitor-security", "en", "permission mode `0600`", "permission mode `0644`",
           "F001", (19, 31)),
    Defect("a dropped sentence with a number of days", "newapi-monitor-security", "en",
           ", and regular-user time ranges are capped at 30 days.", ".", ("F001", "P006", "P007"), (32, 54)),
    Defect("a dropped list item with a number of days", "tlicscan-security", "en",
           "- **Within 7 days**: Provide initial assessment and fix plan\n", "", ("F001", "P006", "P007"), (56, 63)),
    Defect("a dropped item out of scope", "tlicscan-security", "en",
           "- ❌ **Social Engineering**: Phishing or fraud targeting users\n", "", "P007", (101, 108), names="社会工程"),
    Defect("a dropped unacceptable example", "paydance-trademark", "en", "- `PayDance CE`\n", "", "P007", (45, 67),
           names="PayDance CE"),
    # caught since round 17, by what the texts speak of (rules/lexicon.tsv); missed before: short items of like
    # length: another item is named
    Defect("a dropped bullet of unacceptable behaviour", "prompt-studio-coc", "en",
           "- spam, trolling, or deliberately disruptive behavior\n", "", "P007", (9, 27), names="垃圾信息"),
    Defect("a dropped bullet of the deployment baseline", "newapi-monitor-security", "en",
           "- Configure an exact `DASHBOARD_ALLOWED_HOSTS`; never use `*` in production.\n", "", ("P006", "P007"), (19, 30),
           names="DASHBOARD_ALLOWED_HOSTS"),
    Defect("a dropped closing paragraph", "newapi-monitor-security", "en",
           "\nAn on-host monitor cannot detect a full host outage, network loss, or complete disk failure. Use an "
           "independent external heartbeat for those cases.\n", "", "P006", (32, 52)),
    Defect("a dropped paragraph without facts", "prompt-studio-coc", "en",
           "Please avoid posting conduct reports publicly when privacy or safety is a concern.\n\n", "", "P006", (33, 43)),
    # caught since round 17, by what the texts speak of (rules/lexicon.tsv); missed before: the lists of the two
    # sections are said to lack items
    Defect("swapped sections of a security policy", "paydance-security", "en",
           *_swapped("paydance-security", "en", "## Sensitive Information", "## Signing Key Compromise",
                     "## Local Data"), "P003", (45, 60)),
    Defect("swapped sections of a code of conduct", "prompt-studio-coc", "en",
           *_swapped("prompt-studio-coc", "en", "## Scope", "## Reporting", "## Enforcement"), "P003", (29, 45)),
    Defect("swapped contents of two subsections, headings kept", "tlicscan-security", "en",
           *_swapped_contents("tlicscan-security", "en", "### API Key Management", "### Web UI Access",
                              "## Acknowledgments"), ("P003", "P006"), (140, 151), most=4),
    Defect("swapped contents of two numbered sections, headings kept", "paydance-cla", "en",
           *_swapped_contents("paydance-cla", "en", "## 4. No employment relationship", "## 5. Moral rights",
                              "---\n\n> **Note:**"), ("P003", "P006"), (45, 61), most=4,
           known_miss=True),  # no fact, no name
]

# The one held-out run of round 16 (issue 10), on the checker of commit cd56bec of main (round 15 registered and tuned
# on), classified against the ground truth written before (tests/corpus/README.md, "The one held-out run of round 16,
# classified"): 1 finding, false (it points at the one content difference of its pair, the notice the Chinese asks for
# in both languages, but names the paragraph that has its counterpart); 20 of 23 defects caught. Nothing was changed
# after this run.
EXPECTED.update({
    # false: the Chinese quote gives the notice in English and in Chinese, the English in English only (content, the
    # ground truth's one difference of this pair); the English notice is paired with the Chinese one and the Chinese
    # text's English notice, which has its counterpart, is named as the paragraph without one
    "paydance-terms": [("en", 17, "P006")],
    "paydance-trademark": [],
    "paydance-cla": [],
    "paydance-security": [],
    "newapi-monitor-security": [],  # misses its two clauses only the Chinese has (no fact)
    "tlicscan-security": [],
    "prompt-studio-coc": [],
})
FALSE.update({
    "paydance-terms": [("en", 17, "P006")],
})
DEFECTS += DEFECTS_16
RETUNED_16 = HELD_OUT_16
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 17, collected apart


# --- Held-out round 17 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth (tests/corpus/README.md,
# "Held-out round 17") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run.
HELD_OUT_17 = ("msinsight-security", "openquanter-cla", "abu-disclaimer", "abu-security", "hutao-tos", "hutao-privacy",
               "hutao-abuse")

# Defects written into copies of the round-17 pairs (the English text, the translation), each with the finding that
# must name it and the lines of the modified translation where it may stand (the section it is in, from its heading to
# the line before the next heading of any level; for a swap, both sections), set before any checker was run on any
# round-17 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote. No pair
# states an amount of money; the one percentage is OpenQuanter's 50% of shares, the one date the disclaimer's update.
DEFECTS_17 = [
    Defect("a changed date of the last update", "abu-disclaimer", "en", "*Last updated: 2026-05-27*",
           "*Last updated: 2026-05-28*", "F002", (72, 81)),
    Defect("a changed e-mail address for reports", "abu-security", "en", "**Alternative — Email**: <syishao666@gmail.com>",
           "**Alternative — Email**: <syishao66@gmail.com>", "F003", (18, 26)),
    Defect("a changed URL of the project's repository", "abu-disclaimer", "en",
           "*Abu · Apache 2.0 · https://github.com/PM-Shawn/Abu-Cowork*",
           "*Abu · Apache 2.0 · https://github.com/wizos/Abu-Cowork*", "F004", (72, 81)),
    Defect("a changed URL of the security bulletins", "msinsight-security", "en",
           "(https://securitybulletin.huawei.com/enterprise/en/security-advisory)",
           "(https://securitybulletin.huawei.com/enterprise/en/security-notice)", "F004", (44, 49)),
    Defect("a changed percentage of shares", "openquanter-cla", "en", "of fifty percent (50%) or more",
           "of fifty-one percent (51%) or more", "F001", (55, 78)),
    Defect("a changed umask", "msinsight-security", "en", "set the umask to **0027** or stricter",
           "set the umask to **0022** or stricter", "F001", (18, 43)),
    Defect("a changed CVSS score", "msinsight-security", "en", "with a CVSS score greater than 7.",
           "with a CVSS score greater than 9.", "F001", (44, 49)),
    Defect("a changed port range in a table", "msinsight-security", "en", "| 9000~9100 | TCP |", "| 8000~8100 | TCP |",
           "F001", (64, 73)),
    Defect("a changed age of consent", "hutao-tos", "en", "If you are under 18 years old,", "If you are under 16 years old,",
           "F001", (7, 14)),
    Defect("a changed period of assessment", "abu-security", "en", "**Triage & severity assessment**: within 14 days",
           "**Triage & severity assessment**: within 30 days", "F001", (34, 40)),
    Defect("a changed supported version in a table", "abu-security", "en", "| 0.25.x  | ✅        |",
           "| 0.24.x  | ✅        |", "F001", (9, 17)),
    Defect("a changed section number of the Apache licence", "abu-disclaimer", "en",
           "This section supplements Sections 7 and 8 of the Apache 2.0 License",
           "This section supplements Sections 7 and 9 of the Apache 2.0 License", "F001", (72, 81)),
    Defect("a dropped sentence with a number of hours", "hutao-tos", "en",
           " After downloading or viewing the learning materials, please delete all related information within 24 hours.",
           "", ("F001", "P006"), (54, 71)),
    Defect("a dropped list item with a number of days", "abu-security", "en", "- **Initial response**: within 7 days\n", "",
           ("F001", "P006", "P007"), (34, 39)),
    Defect("a dropped bullet of hardening", "msinsight-security", "en",
           "- MindStudio Insight is a debugging tool and should not be used in the production environment.\n", "",
           "P007", (7, 12), names="开发调试工具"),
    Defect("a dropped item out of scope", "abu-security", "en",
           "- User-installed Skills, MCP servers, or third-party plugins — please report to the respective maintainers\n",
           "", "P007", (41, 47), names="用户自行安装的 Skills"),
    Defect("a dropped bullet of acceptable use", "abu-disclaimer", "en",
           "- Unauthorized access to other people's computer systems or data\n", "", "P007", (61, 70),
           names="未经授权访问他人的计算机系统或数据"),
    Defect("a dropped item of a numbered list", "openquanter-cla", "en",
           "3. **Signing creates no obligation to accept your work,** and no obligation on\n   you to provide support.\n",
           "", "P007", (14, 39), names="签署既不构成项目接受你代码的义务"),
    Defect("a dropped bullet of copyright", "hutao-tos", "en",
           "   - Snap Hutao program and hut.ao website are not affiliated with miHoYo.\n", "", "P007", (34, 52),
           names="Snap Hutao 客户端程序"),
    Defect("a dropped trusted domain", "hutao-privacy", "en",
           "- **snapgenshin.cn** (Only used for sending system emails)\n", "", "P007", (56, 65), names="snapgenshin.cn"),
    Defect("a dropped step of the report procedure", "hutao-abuse", "en", "2. Contact any non-bot administrator;\n", "",
           "P007", (26, 42), names="联系任意非机器人管理员"),
    Defect("a dropped paragraph without facts", "hutao-privacy", "en",
           "This data is used for development and statistical purposes only.\n\n", "", "P006", (25, 32)),
    Defect("a dropped closing paragraph without facts", "openquanter-cla", "en",
           "\nRecords of agreement are retained by the maintainers for as long as the\ncontributed code remains in the "
           "project.\n", "", "P006", (167, 186)),
    Defect("a dropped paragraph of a closing note", "hutao-abuse", "en",
           "We encourage every player to help maintain a fair, healthy, and creative Genshin Impact community.\n\n", "",
           "P006", (26, 41)),
    Defect("swapped sections of a security statement", "msinsight-security", "en",
           *_swapped("msinsight-security", "en", "## Data Security Statement", "## Running Security Statement",
                     "## Communication Security Hardening"), "P003", (50, 57)),
    Defect("swapped sections of a disclaimer", "abu-disclaimer", "en",
           *_swapped("abu-disclaimer", "en", "## 5. Privacy & Data", "## 6. Acceptable Use", "## 7. Limitation of Liability"),
           "P003", (53, 71)),
    Defect("swapped sections of a user agreement", "hutao-tos", "en",
           *_swapped("hutao-tos", "en", "## General Provisions", "## Nature of the Project", "# Rights and Obligations"),
           "P003", (7, 33)),
    Defect("swapped contents of two numbered sections, headings kept", "openquanter-cla", "en",
           *_swapped_contents("openquanter-cla", "en", "### 6. No Support Obligation", "### 7. Third-Party Submissions",
                              "### 8. Notification of Inaccuracy"), ("P003", "P006"), (128, 146), most=4),
    Defect("swapped contents of two subsections, headings kept", "hutao-privacy", "en",
           *_swapped_contents("hutao-privacy", "en", "#### Advanced Launcher (Server Switching)",
                              "#### Snap Hutao Passport Function", "## Trusted Domains"), ("P003", "P006"), (45, 55),
           most=4),
]

# --- Held-out round 18 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth (tests/corpus/README.md,
# "Held-out round 18") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run.
HELD_OUT_18 = ("clasign-privacy", "clasign-cookie", "opengauss-privacy", "mindspore-legal", "parabox-privacy",
               "flarum-coc", "openbot-disclaimer")

# Defects written into copies of the round-18 pairs (the English text, the translation), each with the finding that
# must name it and the lines of the modified translation where it may stand (the section it is in, from its heading to
# the line before the next heading of any level, Parabox's bold lines standing as headings counted as headings; for a
# swap, both sections), set before any checker was run on any round-18 pair, modified or not; for a dropped list item,
# words of the Chinese item the finding must quote. The one phone number is openGauss's hotline; the one percentage
# Parabox's "100% secure"; no pair states an amount of money.
DEFECTS_18 = [
    Defect("a changed date of the last update", "clasign-privacy", "en", "Last updated: February 2025",
           "Last updated: February 2024", ("F002", "F001"), (63, 66)),
    Defect("a changed e-mail address for privacy questions", "clasign-privacy", "en", "please contact us at cla-contact@osinfra.cn.",
           "please contact us at cla-support@osinfra.cn.", "F003", (63, 66)),
    Defect("a changed extension of the reply period", "clasign-privacy", "en", "extend the period by two further months",
           "extend the period by three further months", "F001", (47, 56)),
    Defect("a dropped sentence with a period of one month", "clasign-privacy", "en",
           "In this case, we will inform you of the extension and its reasons within one month of receiving your request. ",
           "", ("F001", "P006"), (47, 56),
           known_miss=True),  # "one month" stays in the section (its facts are compared as a set); a sentence of three
    Defect("swapped sections of a privacy statement", "clasign-privacy", "en",
           *_swapped("clasign-privacy", "en", "#### 8. Where Your Personal Data Is Stored", "#### 9. How We Protect Minors",
                     "#### 10. How This Statement Is Updated"), "P003", (57, 60)),
    Defect("a changed expiry of the CSRF cookie", "clasign-cookie", "en",
           "Expiration: 30 minutes\n      Purpose: Prevent cross-site", "Expiration: 60 minutes\n      Purpose: Prevent cross-site",
           "F001", (6, 28)),
    Defect("a changed URL of a cookie guide", "clasign-cookie", "en", "[AboutCookies.org](https://www.aboutcookies.org/)",
           "[AboutCookies.org](https://www.allaboutcookies.org/)", "F004", (6, 28)),
    Defect("a dropped cookie of the firewall", "clasign-cookie", "en",
           "    - **c)** Web Application Firewall cookies: HWWAFSESID and HWWAFSESTIME\n      Source: Huawei Cloud WAF\n"
           "      Expiration: session\n      Purpose: Prevent malicious attacks\n", "", "P007", (6, 24), names="HWWAFSESID"),
    Defect("swapped contents of two sections, headings kept", "clasign-cookie", "en",
           *_swapped_contents("clasign-cookie", "en", "### 2. Other local storage", "### 3. Do Not Track"), ("P003", "P006"),
           (29, 33), most=4),
    Defect("a changed phone number of the hotline", "opengauss-privacy", "en", "Hotline: **+86 187-4087-2239**",
           "Hotline: **+86 187-4087-2293**", "F005", (103, 114)),
    Defect("a changed date of the last update", "opengauss-privacy", "en", "Last updated: **December 5, 2024**",
           "Last updated: **December 15, 2024**", ("F002", "F001"), (103, 114)),
    Defect("a changed retention period of access logs", "opengauss-privacy", "en", "will be automatically deleted after 10 days",
           "will be automatically deleted after 30 days", "F001", (60, 69)),
    Defect("a dropped sentence with a retention period of one month", "opengauss-privacy", "en",
           "For example, upon your active request for the deletion of personal account information, the retention period "
           "for the relevant data will be one month. We will respond to your request and delete all personal data within "
           "that period.\n\n", "", ("F001", "P006"), (60, 67),
           known_miss=True),  # "one month" twice more in the section; the paragraph taken for part of its neighbours
    Defect("a changed URL of the Baidu Statistics privacy policy", "opengauss-privacy", "en",
           "(https://tongji.baidu.com/web/help/article?id=330&type=0)", "(https://tongji.baidu.com/web/help/article?id=331&type=0)",
           "F004", (42, 59)),
    Defect("a dropped right of the data subject", "opengauss-privacy", "en",
           "- **e)** Restrict our processing of your personal data;\n", "", "P007", (74, 89), names="限制我们对您的个人信息"),
    Defect("swapped sections of a privacy policy", "opengauss-privacy", "en",
           *_swapped("opengauss-privacy", "en", "## 7. Personal Data Storage Location", "## 8. How This Statement Is Updated",
                     "## 9. How We Protect Children's Online Privacy"), "P003", (91, 98)),
    Defect("a changed e-mail address for infringement notices", "mindspore-legal", "en",
           "[contact@public.mindspore.cn](mailto:contact@public.mindspore.cn)",
           "[contact@mindspore.cn](mailto:contact@mindspore.cn)", "F003", (23, 26)),
    Defect("a changed URL of the website", "mindspore-legal", "en", "(https://www.mindspore.cn) is operated",
           "(https://www.mindspore.com) is operated", "F004", (9, 12)),
    Defect("swapped sections of a legal notice", "mindspore-legal", "en",
           *_swapped("mindspore-legal", "en", "## Copyright Statement", "## Trademark", "## Links to Third-Party Websites"),
           "P003", (27, 34)),
    Defect("a dropped paragraph without facts", "mindspore-legal", "en",
           "The MindSpore Community respects personal information of any individual who accesses this website. When you "
           "visit this website, you may be asked to provide basic personal information (such as your name, email address, "
           "and contact information). You can choose whether to provide such information. The personal information you "
           "provide will be kept confidential in accordance with the applicable laws of the People's Republic of China "
           "(PRC). The information will not be provided or disclosed to any third party in any way, except in any of the "
           "following cases:\n\n", "", "P006", (13, 20)),
    Defect("a changed age of children", "parabox-privacy", "en", "do not address anyone under the age of 13.",
           "do not address anyone under the age of 16.", "F001", (56, 59)),
    Defect("a changed URL of a third-party privacy policy", "parabox-privacy", "en",
           "[Firebase Crashlytics](https://firebase.google.com/support/privacy/)",
           "[Firebase Crashlytics](https://firebase.google.com/support/privacy/crashlytics)", "F004", (15, 26)),
    Defect("a dropped reason for employing third parties", "parabox-privacy", "en",
           "*   To perform Service-related services; or\n", "", "P007", (37, 46), names="执行与服务相关的服务",
           known_miss=True),  # four short items that all speak of the service: another item is named
    Defect("a changed percentage", "parabox-privacy", "en", "is 100% secure and reliable", "is 99% secure and reliable",
           "F001", (48, 51)),
    Defect("a changed URL of the contact page", "flarum-coc", "en", "[contact page](https://flarum.org/foundation/contact)",
           "[contact page](https://flarum.org/contact)", "F004", (11, 26)),
    Defect("a dropped forbidden topic", "flarum-coc", "en", "- Discussion of software piracy and similar topics\n", "",
           "P007", (11, 25), names="盗版软件"),
    Defect("a dropped paragraph without facts", "flarum-coc", "en",
           "Please make the effort to help us keep things organized. Time spent tidying up is time that we can't spend "
           "getting to know you, discussing your issues, and talking about Flarum. And that, after all, is what we're all "
           "here to do!\n\n", "", "P006", (27, 38)),
    Defect("swapped contents of two sections, headings kept", "flarum-coc", "en",
           *_swapped_contents("flarum-coc", "en", "### Make Yourself Heard", "### Make Your Reply Count",
                              "> Thanks to Dominion"), ("P003", "P006"), (27, 55), most=4),
    Defect("a dropped item of the software disclaimer", "openbot-disclaimer", "en",
           "- Misuse of the software for malicious or unethical purposes is strictly prohibited.\n", "", "P007", (18, 23),
           names="恶意或不道德"),
    Defect("swapped sections of a disclaimer", "openbot-disclaimer", "en",
           *_swapped("openbot-disclaimer", "en", "### Software Disclaimer", "### Hardware Disclaimer", "### General Disclaimer"),
           "P003", (18, 31)),
]


# The one held-out run of round 17 (issue 10), on the checker of commit 78a01c9 of main (round 16 registered; a section
# divided into subsections paired with the whole, passages without counterpart one finding), classified against the
# ground truth written before (tests/corpus/README.md, "The one held-out run of round 17, classified"): 8 findings, all
# true (0% false); 25 of 29 defects caught (86%): a short item among short items (another named), and three swaps
# without facts. Since (tuned on it): list items and neighbouring sections' texts are told apart by what they speak of
# (rules/lexicon.tsv): 29 of 29.
EXPECTED.update({
    # true: the links only the Chinese has, to the team's GitHub (zh 5, 17, 45, 67) and to the MIT licence (zh 17)
    # (content); "Rights and Obligations" a level-1 heading in English (form)
    "hutao-tos": [("en", 7, "F004"), ("en", 15, "F004"), ("en", 34, "F004"), ("en", 34, "P004"), ("en", 54, "F004")],
    "msinsight-security": [("en", 7, "P007")],  # true: the fifth hardening bullet, only in Chinese (content)
    "openquanter-cla": [("en", 7, "P006")],  # true: the reference-translation warning, only in Chinese (content)
    "abu-disclaimer": [],
    "abu-security": [],
    "hutao-privacy": [],
    "hutao-abuse": [],
})
DEFECTS += DEFECTS_17
RETUNED_17 = HELD_OUT_17

# The one held-out run of round 18 (issue 10), on the checker of commit c9031d8 of main (round 17's run and the concepts
# of rules/lexicon.tsv, written after it), classified against the ground truth written before (tests/corpus/README.md,
# "The one held-out run of round 18, classified"): 12 findings, 6 false (50%): a Chinese date set in bold piece by piece
# (4), a link to each language's page by its query (1), the website's address the Chinese repeats where the English
# says "this website" (1); 26 of 30 defects caught (87%). Since (tuned on it): dates in bold pieces, language queries and
# paths, links of one site paired first: 7 findings, 1 false; 27 of 30.
EXPECTED.update({
    # true: the Internet Explorer and Opera links to other pages, the Flash-cookie link only in English (content)
    "clasign-cookie": [("en", 27, "F004"), ("en", 27, "F004"), ("en", 30, "F004")],
    # false: the address the Chinese repeats in its disclaimer, where the English says "this website" (form)
    "mindspore-legal": [("en", 23, "F004")],
    # true: the questionnaire lettered "g)" again in English (form: N001 for the repeat, P005 against "h)"); "section
    # 10" named by its number in Chinese only (wording)
    "opengauss-privacy": [("en", 34, "N001"), ("en", 34, "P005"), ("en", 74, "F001")],
    "clasign-privacy": [],
    "parabox-privacy": [],
    "flarum-coc": [],
    "openbot-disclaimer": [],  # the control pair
})
FALSE.update({
    "mindspore-legal": [("en", 23, "F004")],
})
DEFECTS += DEFECTS_18
RETUNED_18 = HELD_OUT_18
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 19, collected apart

# --- Held-out round 19 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth (tests/corpus/README.md,
# "Held-out round 19") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run.
HELD_OUT_19 = ("numpy-coc", "flowci-terms", "flowci-privacy", "lapp-agreement", "lapp-security", "awesub-privacy",
               "flink-privacy")

# Defects written into copies of the round-19 pairs (the English text, the translation), each with the finding that
# must name it and the lines of the modified translation where it may stand (the section it is in, from its heading to
# the line before the next heading of any level; for a swap, both sections), set before any checker was run on any
# round-19 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote. flow.ci's
# headings written without a space after the `#` ("##Links", "##Privacy and Data Security") are not headings to a
# CommonMark reader: a defect near one may stand anywhere in the two sections it joins. No pair states an amount of
# money, a percentage or a phone number: the numbers changed are a period, an age, a version and a house number.
DEFECTS_19 = [
    Defect("a changed e-mail address of the committee", "numpy-coc", "en", "at numpy-conduct@googlegroups.com.",
           "at numpy-coc@googlegroups.com.", "F003", (45, 60)),
    Defect("a changed reply period", "numpy-coc", "en", "and at most within 72 hours.", "and at most within 48 hours.",
           "F001", (61, 77)),
    Defect("a dropped sentence with a reply period", "numpy-coc", "en",
           "The Committee will respond to any report as soon as possible, and at most within 72 hours.\n\n", "",
           ("F001", "P006"), (61, 75)),
    Defect("a dropped example of exclusionary behaviour", "numpy-coc", "en", "    * Unwelcome sexual attention.\n", "",
           "P007", (15, 33), names="不受欢迎的性关注"),
    Defect("swapped sections of a code of conduct", "numpy-coc", "en",
           *_swapped("numpy-coc", "en", "### Diversity Statement", "### Reporting Guidelines",
                     "### Incident reporting resolution"), "P003", (35, 60)),
    Defect("a changed house number of the contracting company", "flowci-terms", "en", "(Domicile: No. 28-1, 12 layer 042",
           "(Domicile: No. 28-2, 12 layer 042", "F001", (158, 161)),
    Defect("a dropped prohibited behaviour", "flowci-terms", "en",
           "   * Maliciously fabricate  facts and conceal the truth to mislead, deceive others; \n\n", "", "P007", (48, 89),
           names="恶意虚构事实"),
    Defect("a dropped paragraph without facts", "flowci-terms", "en",
           "In addition, if the account is not available  because you violate the relevant provisions of the \"Privacy "
           "Policy\" or \"Terms of Service\",the Company will not refund service fess of the fee based service.\n\n", "",
           "P006", (9, 14)),
    Defect("swapped sections of a service agreement", "flowci-terms", "en",
           *_swapped("flowci-terms", "en", "## System Interruption or Failure",
                     "## Protection of Trademarks, Intellectual Property Rights", "## Scope of Liability"), "P003",
           (124, 139)),
    Defect("swapped contents of two sections, headings kept", "flowci-terms", "en",
           *_swapped_contents("flowci-terms", "en", "## Service or Software Updates and Changes to the Terms",
                              "## The Contracting Entity, Choice of Law and Dispute Resolution", "## The Complete Agreement"),
           ("P003", "P006"), (150, 161), most=4),
    Defect("a dropped use of project information", "flowci-privacy", "en",
           "- flow.ci will get your project contributors and display them in page, and can facilitate request contributors "
           "as a team member. \n\n", "", "P007", (34, 46), names="在页面显示"),
    Defect("a dropped paragraph without facts", "flowci-privacy", "en",
           "If you access flow.ci website, or use or purchase products and services provided by flow.ci,  it indicates that "
           "you accept this privacy policy, and agree that the flow.ci can use your information. \n\n", "", "P006", (5, 11)),
    Defect("swapped sections of a privacy policy", "flowci-privacy", "en",
           *_swapped("flowci-privacy", "en", "## Security", "## COOKIE", "## Business Transfer"), "P003", (57, 70)),
    Defect("swapped contents of two sections, headings kept", "flowci-privacy", "en",
           *_swapped_contents("flowci-privacy", "en", "## Business Transfer", "## Modification"), ("P003", "P006"), (71, 77),
           most=4),
    Defect("a changed version of the agreement", "lapp-agreement", "en", "Agreement version: 1.0", "Agreement version: 2.0",
           "F001", (5, 16)),
    Defect("a changed date of the last update", "lapp-agreement", "en", "Last updated: 2026-07-15", "Last updated: 2026-07-05",
           ("F002", "F001"), (5, 16)),
    Defect("a dropped risk the user acknowledges", "lapp-agreement", "en",
           "4. **Charges and account effects.** Real Provider requests consume your\n   account's quota and may create fees, "
           "taxes, rate limits, suspension, or other\n   account consequences. LAPP does not enforce a spending limit.\n", "",
           "P007", (86, 117), names="费用与账号影响"),
    Defect("a dropped responsibility of the user", "lapp-agreement", "en",
           "- rotating or revoking credentials after suspected disclosure; and\n", "", "P007", (121, 164),
           names="轮换或撤销凭据", known_miss=True),  # the next item, on credentials too, is named
    Defect("swapped sections of a user agreement", "lapp-agreement", "en",
           *_swapped("lapp-agreement", "en", "## 12. Warranty disclaimer", "## 13. Limitation of liability",
                     "## 14. Mandatory law"), "P003", (265, 291)),
    Defect("swapped contents of two sections, headings kept", "lapp-agreement", "en",
           *_swapped_contents("lapp-agreement", "en", "## 8. Provider accounts, fees, and availability",
                              "## 9. Local data and configuration integrity", "## 10. Your responsibilities"),
           ("P003", "P006"), (210, 239), most=4),
    Defect("a dropped rule for headers", "lapp-security", "en", "- Reject CR/LF in header values.\n", "", "P007", (37, 46),
           names="CR/LF"),
    Defect("swapped sections of a security guide", "lapp-security", "en",
           *_swapped_last("lapp-security", "en", "## Filesystem", "## Production"), "P003", (48, 56)),
    Defect("a changed effective date", "awesub-privacy", "en", "Effective date: February 17, 2026",
           "Effective date: February 7, 2026", ("F002", "F001"), (5, 10)),
    Defect("a changed age of children", "awesub-privacy", "en", "children under 13 and", "children under 16 and", "F001",
           (60, 63)),
    Defect("a changed URL for privacy questions", "awesub-privacy", "en",
           "- GitHub Issues: https://github.com/cloveric/awe-subtranslate-chrome/issues",
           "- GitHub Issues: https://github.com/cloveric/awe-subtranslate/issues", "F004", (68, 74)),
    Defect("a dropped translation service", "awesub-privacy", "en", "- DeepL\n", "", "P007", (28, 40), names="DeepL"),
    Defect("swapped sections of a privacy policy", "awesub-privacy", "en",
           *_swapped("awesub-privacy", "en", "## 6. Security", "## 7. Children", "## 8. Policy Updates"), "P003", (56, 63)),
    Defect("a changed URL of the analytics software", "flink-privacy", "en", "[Matomo](https://matomo.org/)",
           "[Matomo](https://matomo.com/)", "F004", (5, 41)),
    Defect("a changed URL of the analytics dashboard", "flink-privacy", "en",
           "[https://matomo.privacy.apache.org/](https://matomo.privacy.apache.org/)",
           "[https://matomo.apache.org/](https://matomo.apache.org/)", "F004", (5, 41)),
    Defect("a dropped kind of collected information", "flink-privacy", "en",
           "5. If you click on any of the file download links on our website;\n", "", "P007", (5, 40), names="文件下载链接"),
]

# The one held-out run of round 19 (issue 10), on the checker of commit 6fb3f1b of main (round 18 registered and tuned
# on), classified against the ground truth written before (tests/corpus/README.md, "The one held-out run of round 19,
# classified"): 16 findings, 9 false (56%): the flow.ci texts write their headings with the #s run into the text
# (`##一、使用前提`), which Markdown reads as paragraphs (7 false P006), and Flink's English ends a sentence with an IP
# address (2); 22 of 30 defects caught (73%), seven of the misses on the flow.ci texts. Since (tuned on it): such lines
# are one E008 per file and compared as the headings meant; an IP address may end a sentence: 5 findings, all true;
# 29 of 30.
EXPECTED.update({
    # true: the English "##Links" run into its text, the Chinese headings all so (form, one E008 per file)
    "flowci-privacy": [("en", 66, "E008"), ("zh", 1, "E008")],
    # true: the Chinese numbers its first two sections (一、, 二、), the English none (form); the English
    # "##Privacy and Data Security" and every Chinese heading run into their text (form)
    "flowci-terms": [("en", 9, "P005"), ("en", 104, "E008"), ("zh", 2, "E008")],
    "numpy-coc": [],  # misses the two English passages left in the Chinese (no fact)
    "lapp-agreement": [],
    "lapp-security": [],
    "awesub-privacy": [],  # a control pair
    "flink-privacy": [],
})
DEFECTS += DEFECTS_19
RETUNED_19 = HELD_OUT_19
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 20, collected apart

# --- Held-out round 20 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth (tests/corpus/README.md,
# "Held-out round 20") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run.
HELD_OUT_20 = ("vibecompose-privacy", "vibecompose-terms", "flovart-privacy", "flovart-terms", "birdbot-privacy",
               "xylos-privacy", "velox-terms")

# Defects written into copies of the round-20 pairs (the English text, the translation), each with the finding that
# must name it and the lines of the modified translation where it may stand (the section it is in, from its heading to
# the line before the next heading of any level; for a swap, both sections), set before any checker was run on any
# round-20 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote. No pair
# states an amount of money, a phone number or an e-mail address: the numbers changed are a retention period, an
# interval, a time-out, an age and a version; the dates are dates of the last update and of effect.
DEFECTS_20 = [
    Defect("a changed retention period in a table", "vibecompose-privacy", "en",
           "| Final transcript history | 30 days, at most 500 records |",
           "| Final transcript history | 90 days, at most 500 records |", "F001", (39, 56)),
    Defect("a changed URL of the provider's privacy policy", "vibecompose-privacy", "en",
           "- OpenAI Privacy Policy: `https://openai.com/policies/privacy-policy/`",
           "- OpenAI Privacy Policy: `https://openai.com/policies/row-privacy-policy/`", "F004", (17, 38)),
    Defect("a changed date of the last update", "vibecompose-privacy", "en", "> Last updated: July 28, 2026",
           "> Last updated: July 18, 2026", ("F002", "F001"), (5, 14)),
    Defect("a dropped control of the user", "vibecompose-privacy", "en", "- disable raw transcript storage;\n", "", "P007",
           (102, 120), names="关闭原始转写保存"),
    Defect("a dropped sentence with an age", "vibecompose-privacy", "en",
           " It is not directed to children under 13.", "", ("F001", "P006"), (134, 137)),
    Defect("a dropped paragraph without facts", "vibecompose-privacy", "en",
           "Deleting local VibeCompose data does not delete information already sent to or retained by a third-party "
           "service. Use that service's account and privacy controls for third-party data.\n\n", "", "P006", (102, 119)),
    Defect("a dropped prohibited use", "vibecompose-terms", "en", "- capture audio without required notice or consent;\n", "",
           "P007", (28, 45), names="必要告知"),
    Defect("swapped contents of two sections, headings kept", "vibecompose-terms", "en",
           *_swapped_contents("vibecompose-terms", "en", "## 7. No Warranty", "## 8. Limitation of Liability",
                              "## 9. Suspension and Changes"), ("P003", "P006"), (68, 75), most=4),
    Defect("a changed effective date", "vibecompose-terms", "en", "> Effective for the public Alpha: July 28, 2026",
           "> Effective for the public Alpha: August 28, 2026", ("F002", "F001"), (5, 10)),
    Defect("a changed age of children", "flovart-privacy", "en", "not intended for children under 13 or",
           "not intended for children under 16 or", "F001", (137, 145)),
    Defect("a changed URL of the web application", "flovart-privacy", "en",
           "the Official WebUI at `https://avabbbb.github.io/Flovart/`,",
           "the Official WebUI at `https://avabbbb.github.io/Flovart-web/`,", "F004", (5, 23)),
    Defect("a dropped kind of data sent to providers", "flovart-privacy", "en",
           "- Uploaded images, videos, files, masks, references, or attachments.\n", "", "P007", (59, 76), names="蒙版",
           known_miss=True),  # the Chinese joins the English items: the list is taken for one written otherwise
    Defect("a dropped paragraph without facts", "flovart-privacy", "en",
           "Desktop Edition may subsequently send imported content to a Provider or custom endpoint only as part of an "
           "action initiated or approved by the user. That Provider's policy then applies.\n\n", "", "P006", (78, 90),
           known_miss=True),  # the Chinese joins this section's paragraphs: the one dropped is taken as joined
    Defect("swapped sections of a privacy policy", "flovart-privacy", "en",
           *_swapped("flovart-privacy", "en", "## 9. International data transfers", "## 10. Changes to this Policy",
                     "## 11. Contact"), "P003", (146, 161)),
    Defect("a changed version of the terms", "flovart-terms", "en", "Terms version: 1.0-draft", "Terms version: 1.1-draft",
           "F001", (5, 21)),
    Defect("a changed URL of the project repository", "flovart-terms", "en",
           "Project repository: [github.com/avabbbb/Flovart](https://github.com/avabbbb/Flovart)",
           "Project repository: [github.com/avabbbb/Flovart-desktop](https://github.com/avabbbb/Flovart-desktop)", "F004",
           (181, 187)),
    Defect("a dropped paragraph without facts", "flovart-terms", "en",
           "The official Edge Extension does not store Provider Secrets, disclose them to the Official WebUI, or directly "
           "call AI Providers. Provider requests remain the responsibility of the selected browser-local or Desktop Runtime "
           "environment after the user reviews or initiates the relevant action.\n\n", "", "P006", (89, 95)),
    Defect("swapped contents of two sections, headings kept", "flovart-terms", "en",
           *_swapped_contents("flovart-terms", "en", "## 11. No warranties", "## 12. Limitation of liability",
                              "## 13. Changes to these Terms"), ("P003", "P006"), (144, 161), most=4),
    Defect("a changed backup interval", "birdbot-privacy", "en", "copies the SQLite database every 6 hours",
           "copies the SQLite database every 12 hours", "F001", (59, 75)),
    Defect("a changed default expiry of invitations", "birdbot-privacy", "en", "the current runtime default is 5 minutes.",
           "the current runtime default is 15 minutes.", "F001", (129, 138)),
    Defect("a changed URL of Discord's guide", "birdbot-privacy", "en",
           "Reference: https://docs.discord.com/developers/gateway/getting-started-with-privileged-intent-review",
           "Reference: https://docs.discord.com/developers/gateway/privileged-intent-review", "F004", (17, 36)),
    Defect("a dropped kind of stored data", "birdbot-privacy", "en",
           "- Giveaways: giveaway IDs, channel/message IDs, creator IDs, prize/description text, participant IDs, winner "
           "IDs, requirements, and end state.\n", "", "P007", (37, 57), names="抽奖"),
    Defect("a dropped rule of the operator checklist", "birdbot-privacy", "en",
           "- Do not enable Presence Intent unless a future feature explicitly needs presence data and this document is "
           "updated.\n", "", "P007", (139, 147), names="不要启用 Presence Intent",
           known_miss=True),  # eight short rules: the next one is named
    Defect("swapped sections of a privacy notice", "birdbot-privacy", "en",
           *_swapped_last("birdbot-privacy", "en", "## Retention and Deletion", "## Operator Checklist"), "P003",
           (129, 148)),
    Defect("a changed date of the last update", "xylos-privacy", "en", "Last updated: 2026-06-29",
           "Last updated: 2026-06-19", ("F002", "F001"), (5, 10)),
    Defect("a changed URL of the project", "xylos-privacy", "en", "https://github.com/maoyutofu/xylos-app",
           "https://github.com/maoyutofu/xylos", "F004", (73, 77)),
    Defect("a dropped purpose of processing", "xylos-privacy", "en", "- Display transfer status, errors, and history\n", "",
           "P007", (27, 35), names="显示传输状态"),
    Defect("swapped sections of a privacy policy", "xylos-privacy", "en",
           *_swapped("xylos-privacy", "en", "## 6. Storage and Deletion", "## 7. Data Security",
                     "## 8. Children's Privacy"), "P003", (49, 62)),
    Defect("a dropped responsibility of the user", "velox-terms", "en",
           "- compliance with applicable law, regulation, contract, policy, and industry requirements;\n", "", "P007",
           (13, 21), names="遵守所有适用的法律"),
    Defect("swapped sections of terms of use", "velox-terms", "en",
           *_swapped_last("velox-terms", "en", "## 9. No Waiver", "## 10. Severability"), "P003", (55, 61)),
]

# The one held-out run of round 20 (issue 10), on the checker of commit 973d891 of main (round 19 registered and tuned
# on), classified against the ground truth written before (tests/corpus/README.md, "The one held-out run of round 20,
# classified"): 12 findings, 5 false (42%): two README badges whose image addresses carry each language's label, and
# three English paragraphs of the Flovart texts said to have no counterpart where the Chinese joins them to others;
# 27 of 30 defects caught (90%). Since (tuned on it): a badge's image address is no fact: 10 findings, 3 false; 27 of 30.
EXPECTED.update({
    # true: the paragraphs only the English has (the browser-import warning, the policy's updates) and the Chinese one
    # on cross-border compliance (content). False: the deployment paragraph (en 50), which the Chinese joins to others
    "flovart-privacy": [("en", 50, "P006"), ("en", 90, "P006"), ("en", 146, "P006"), ("en", 157, "P006")],
    # true: the Chinese-only paragraph on which language prevails, and the English-only ones on licence obligations,
    # output on identifiable people and the terms' updates (content). False: the provider-safety paragraph (en 121,
    # joined in Chinese to the one before; the paragraph only the English has is the one above it, en 119) and the
    # privacy paragraph (en 141, joined in Chinese)
    "flovart-terms": [("en", 7, "P006"), ("en", 52, "P006"), ("en", 110, "P006"), ("en", 121, "P006"),
                      ("en", 141, "P006"), ("en", 166, "P006")],
    "vibecompose-privacy": [],
    "vibecompose-terms": [],  # misses "exemplary" damages, left out in Chinese (no fact)
    "birdbot-privacy": [],  # (two false F004 of the README badges before round 20's tuning)
    "xylos-privacy": [],  # the control pair
    "velox-terms": [],
})
FALSE.update({
    "flovart-privacy": [("en", 50, "P006")],
    "flovart-terms": [("en", 121, "P006"), ("en", 141, "P006")],
})
DEFECTS += DEFECTS_20
RETUNED_20 = HELD_OUT_20
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 21, collected apart

# --- Held-out round 21 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth (tests/corpus/README.md,
# "Held-out round 21") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run.
HELD_OUT_21 = ("dimos-cla", "flamingo-privacy", "righthere-privacy", "legax-privacy", "legax-security",
               "androidproxy-privacy", "androidproxy-security")

# Defects written into copies of the round-21 pairs (the English text, the translation), each with the finding that
# must name it and the lines of the modified translation where it may stand (the section it is in, from its heading to
# the line before the next heading of any level; for a swap, both sections), set before any checker was run on any
# round-21 pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding must
# quote. No pair states an amount of money or a phone number: the numbers changed are a percentage, a clause number, a
# buffer size, a version, a default, two periods and a digest; the date is a date of the last update.
DEFECTS_21 = [
    Defect("a changed percentage of control", "dimos-cla", "en", "ownership of fifty percent (50%) or more",
           "ownership of twenty-five percent (25%) or more", "F001", (7, 30)),
    Defect("a changed section reference", "dimos-cla", "en", "(see section 7 for submissions on behalf of others)",
           "(see section 8 for submissions on behalf of others)", "F001", (7, 30)),
    Defect("a dropped sentence with a number", "dimos-cla", "en",
           " For the purposes of this definition, \"control\" means (i) the power, direct or indirect, to cause the "
           "direction or management of such entity, whether by contract or otherwise, or (ii) ownership of fifty percent "
           "(50%) or more of the outstanding shares, or (iii) beneficial ownership of such entity.", "",
           ("F001", "P006"), (7, 30)),
    Defect("a dropped numbered clause", "dimos-cla", "en",
           "\n\n8. You agree to notify Dimensional of any facts or circumstances of which you become aware that would "
           "make these representations inaccurate in any respect.", "", ("P007", "P006"), (7, 28), names="不准确的事实或情况"),
    # (names="通知 Dimensional" when the run was made: the finding quotes the clause's first forty characters, which
    # end at "通知 Dim…"; it names the dropped clause, and words of its quote are asked for since)
    Defect("a dropped paragraph without facts", "dimos-cla", "en",
           "You accept and agree to the following terms and conditions for Your present and future Contributions "
           "submitted to Dimensional. Except for the license granted herein to Dimensional and recipients of software "
           "distributed by Dimensional, You reserve all right, title, and interest in and to Your Contributions.\n\n", "",
           "P006", (7, 28)),
    Defect("a changed date of the last update", "flamingo-privacy", "en", "Last updated: 2026-06-17",
           "Last updated: 2026-06-27", ("F002", "F001"), (5, 12)),
    Defect("a changed contact e-mail address", "flamingo-privacy", "en", "contact: mashichen1999@gmail.com",
           "contact: mashichen1989@gmail.com", "F003", (83, 85)),
    Defect("a dropped kind of handled data", "flamingo-privacy", "en", "- Rule names.\n", "", "P007", (13, 23),
           names="规则名称"),
    Defect("a dropped paragraph without facts", "flamingo-privacy", "en",
           "\n\nFlamingo does not request the `tabs` permission and does not read your tab list or tab URLs.", "",
           "P006", (65, 74)),
    Defect("swapped sections of a privacy policy", "flamingo-privacy", "en",
           *_swapped("flamingo-privacy", "en", "## Storage", "## Sharing and Third Parties", "## Network Requests"),
           "P003", (39, 56)),
    Defect("a changed size of the diagnostic buffer", "righthere-privacy", "en", "up to 100 diagnostic events",
           "up to 1000 diagnostic events", "F001", (15, 24)),
    Defect("a changed version of the update framework", "righthere-privacy", "en", "RightHere also uses Sparkle 2 for",
           "RightHere also uses Sparkle 3 for", "F001", (25, 34)),
    Defect("a dropped item of what the extension accesses", "righthere-privacy", "en",
           "- Local settings are stored in macOS UserDefaults.\n", "", "P007", (15, 23), names="本地设置"),
    Defect("swapped contents of two sections, headings kept", "righthere-privacy", "en",
           *_swapped_contents("righthere-privacy", "en", "## Network Access", "## Feedback"), ("P003", "P006"),
           (25, 39), most=4),
    Defect("a changed URL of Telegram's privacy policy", "legax-privacy", "en", "(https://telegram.org/privacy)",
           "(https://telegram.org/privacy-policy)", "F004", (39, 47)),
    Defect("a changed default of the audit preview", "legax-privacy", "en", "`relay.audit.textPreview` defaults to `0`",
           "`relay.audit.textPreview` defaults to `80`", "F001", (32, 38)),
    Defect("a dropped table row", "legax-privacy", "en",
           "| Approval requests (command, working directory, reason) | Agent-mediated callbacks | Same as above |\n", "",
           ("P006", "P007"), (17, 30), names="审批请求"),
    Defect("a dropped choice of the operator", "legax-privacy", "en",
           "- Wipe local state by removing the `data/` directory while the daemon is stopped.\n", "", "P007", (52, 57),
           names="清空本机状态"),
    Defect("swapped sections of a privacy notice", "legax-privacy", "en",
           *_swapped_last("legax-privacy", "en", "## Changes to This Notice", "## Contact"), "P003", (68, 74)),
    Defect("a changed time to acknowledge a report", "legax-security", "en", "acknowledge within 5 business days",
           "acknowledge within 10 business days", "F001", (41, 53)),
    Defect("a changed time to resolve high-severity issues", "legax-security", "en",
           "mitigate within 30 days for high-severity", "mitigate within 90 days for high-severity", "F001", (41, 53)),
    Defect("a dropped out-of-scope threat", "legax-security", "en",
           "- Compromise of the Telegram, Feishu/Lark, or webhook provider.\n", "", "P007", (11, 27), names="服务方被攻陷"),
    Defect("a dropped paragraph without facts", "legax-security", "en",
           "\n\nThese are tracked as project limitations rather than vulnerabilities; if you can demonstrate exploitation "
           "of one, please report through the private vulnerability reporting process described above.", "", "P006",
           (54, 58)),
    Defect("swapped contents of two sections, headings kept", "legax-security", "en",
           *_swapped_contents("legax-security", "en", "## Reporting a Vulnerability",
                              "## Known Limitations Tracked Publicly"), ("P003", "P006"), (41, 60), most=4),
    Defect("a dropped permission", "androidproxy-privacy", "en",
           "\n- `POST_NOTIFICATIONS`: display the foreground-service notification", "", "P007", (23, 28),
           names="显示前台服务通知"),
    Defect("swapped sections of a privacy notice", "androidproxy-privacy", "en",
           *_swapped("androidproxy-privacy", "en", "## Local Data", "## Network Behavior", "## Permissions"), "P003",
           (15, 22)),
    Defect("a dropped rule of the deployment boundary", "androidproxy-security", "en",
           "\n- Stop both proxy services when they are not needed.", "", "P007", (13, 20), names="关闭 HTTP 和 SOCKS5 服务"),
    Defect("a changed digest of the release certificate", "androidproxy-security", "en", "certificate SHA-256 digest",
           "certificate SHA-1 digest", "F001", (26, 29)),
    Defect("swapped sections of a security policy", "androidproxy-security", "en",
           *_swapped("androidproxy-security", "en", "## VPN And Loop Prevention", "## Release Integrity",
                     "## Reporting A Vulnerability"), "P003", (22, 29)),
    Defect("a dropped paragraph without facts", "androidproxy-security", "en",
           "\n\nInclude the affected version, Android version, reproduction conditions, expected behavior, and security "
           "impact. Remove tokens, passwords, traffic payloads, and personal information from all reports.", "", "P006",
           (30, 32)),
]

# The one held-out run of round 21 (issue 10), on the checker of commit f28297a of main (round 20 registered and tuned
# on, the hostile-input fixes), classified against the ground truth written before (tests/corpus/README.md, "The one
# held-out run of round 21, classified"): 1 finding, true (0% false); 29 of 30 defects caught by the run's script, the
# 30th (the dropped CLA clause 8) named rightly by a quote cut before the words the defect asked for. Nothing was
# changed after this run but those words.
EXPECTED.update({
    "legax-privacy": [("en", 66, "F001")],  # true: "under 16", where the Chinese says minors without an age (content)
    "dimos-cla": [],
    "flamingo-privacy": [],
    "righthere-privacy": [],
    "legax-security": [],
    "androidproxy-privacy": [],  # the control pair
    "androidproxy-security": [],
})
DEFECTS += DEFECTS_21
RETUNED_21 = HELD_OUT_21
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 22, collected apart

# --- Held-out round 22 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth (tests/corpus/README.md,
# "Held-out round 22") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run.
HELD_OUT_22 = ("indextts-license", "moonlink-privacy", "coloranalyzer-privacy", "smartpreload-privacy",
               "mailyou-privacy", "mailyou-terms", "translateus-privacy")

# Defects written into copies of the round-22 pairs (the English text, the translation), each with the finding that
# must name it and the lines of the modified translation where it may stand (the section it is in, from its heading to
# the line before the next heading of any level; for a swap, both sections), set before any checker was run on any
# round-22 pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding must
# quote. No pair states a phone number; the one amount of money (IndexTTS's revenue threshold) is left as it is, since
# the two texts already disagree on it: the numbers changed are a number of users, a period, a disclosure version, a
# count of languages and a plugin version; the dates are dates of effect; a sentence with section numbers and a list
# item with a number of records are dropped.
DEFECTS_22 = [
    Defect("a changed number of monthly active users", "indextts-license", "en",
           "had more than 100 million monthly active users", "had more than 10 million monthly active users", "F001",
           (21, 26)),
    Defect("a changed URL of the published model", "indextts-license", "en",
           "published by us at https://github.com/index-tts/index-tts.",
           "published by us at https://github.com/index-tts/indextts.", "F004", (9, 20)),
    Defect("a dropped sentence with section numbers", "indextts-license", "en",
           " Sections 3 and 6 of this Agreement shall survive termination of this Agreement under this circumstance.", "",
           ("F001", "P006"), (49, 54)),
    Defect("a dropped paragraph without facts", "indextts-license", "en",
           "By clicking “I agree” to this bilibili Model Use License Agreement (“this Agreement”) , or by otherwise using "
           "any portion or element of the Model or any Derivative Work, you will be deemed to have recognized and accepted "
           "the content of this Agreement, which is effective immediately. If you do not agree to this Agreement, you must "
           "immediately cease all use and permanently delete the Model and any Derivative Works.\n\n", "",
           ("P006", "P002"), (5, 6)),
    # (P006 only when the run was made: the paragraph is the whole of the English opening text, and the finding
    # that named it was the P002 "the opening text of the Chinese text … has no counterpart in the English text")
    Defect("swapped sections of a licence", "indextts-license", "en",
           *_swapped("indextts-license", "en", "## 6. Governing Law and Dispute Resolution", "## 7. Severability",
                     "## 8. Version Updates"), "P003", (55, 63)),
    Defect("a changed interval of the update check", "moonlink-privacy", "en", "on startup, once every 4 hours.",
           "on startup, once every 6 hours.", "F001", (68, 71)),
    Defect("a dropped item with a number of records", "moonlink-privacy", "en",
           "- Local crash logs retain the most recent 10 records; older ones are automatically cleaned up\n", "",
           ("F001", "P007"), (120, 123), names="本地崩溃日志保留最近"),
    Defect("a changed URL of the issues page", "moonlink-privacy", "en",
           "[Project Issues Page](https://github.com/alexclin0188/moonlink-android/issues)",
           "[Project Issues Page](https://github.com/alexclin0188/moonlink-android/pulls)", "F004", (153, 158)),
    Defect("a dropped item of a local crash log", "moonlink-privacy", "en", "- Crash time and stack trace\n", "", "P007",
           (29, 36), names="崩溃时间和堆栈跟踪"),
    Defect("swapped sections of a privacy policy", "moonlink-privacy", "en",
           *_swapped("moonlink-privacy", "en", "## Children's Privacy", "## International Data Transfer",
                     "## Privacy Policy Updates"), "P003", (138, 145)),
    Defect("a changed effective date", "coloranalyzer-privacy", "en", "Effective date: July 17, 2026",
           "Effective date: July 7, 2026", ("F002", "F001"), (5, 15)),
    Defect("a changed contact e-mail address", "coloranalyzer-privacy", "en",
           "contact: **[dyvyn.7@gmail.com](mailto:dyvyn.7@gmail.com)**.",
           "contact: **[dyvyn.8@gmail.com](mailto:dyvyn.8@gmail.com)**.", "F003", (111, 114)),
    Defect("a changed version of the data disclosure", "coloranalyzer-privacy", "en",
           "The current disclosure is version 2.", "The current disclosure is version 3.", "F001", (53, 58)),
    Defect("a dropped commitment of the extension", "coloranalyzer-privacy", "en",
           "- does not execute remotely hosted code;\n", "", "P007", (63, 75), names="不执行远程托管的代码"),
    Defect("swapped contents of two sections, headings kept", "coloranalyzer-privacy", "en",
           *_swapped_contents("coloranalyzer-privacy", "en", "## 7. Security", "## 8. Limited Use compliance",
                              "## 9. Changes to this policy"), ("P003", "P006"), (99, 106), most=4),
    Defect("a changed contact e-mail address", "smartpreload-privacy", "en", "contact: biocanse@gmail.com",
           "contact: biocanse@outlook.com", "F003", (67, 69)),
    Defect("a dropped case of data leaving the device", "smartpreload-privacy", "en",
           "- If you use a local AI endpoint such as LM Studio, requests are sent to the endpoint you configured.\n", "",
           "P007", (28, 37), names="LM Studio"),
    Defect("swapped sections of a privacy policy", "smartpreload-privacy", "en",
           *_swapped("smartpreload-privacy", "en", "## Permissions", "## No sale or advertising use",
                     "## Chrome Web Store Limited Use"), "P003", (47, 54)),
    Defect("a dropped paragraph without facts", "smartpreload-privacy", "en",
           "This local data is used only to provide Smart Preload features: prediction, ranking, preload scheduling, "
           "safety filtering, local history deletion, diagnostics, and optional AI-assisted scoring.\n\n", "", "P006",
           (15, 25)),
    Defect("a changed effective date", "mailyou-privacy", "en", "Effective date: 2026-03-16",
           "Effective date: 2026-03-18", ("F002", "F001"), (5, 12)),
    Defect("a dropped item processed by the proxy", "mailyou-privacy", "en", "- PKCE-related parameters\n", "", "P007",
           (58, 67), names="PKCE"),
    Defect("a dropped paragraph without facts", "mailyou-privacy", "en",
           "However, no software, transmission method, or local device can guarantee absolute security.\n\n", "", "P006",
           (88, 95)),
    Defect("swapped sections of a privacy policy", "mailyou-privacy", "en",
           *_swapped("mailyou-privacy", "en", "## 9. Children's Privacy", "## 10. Policy Updates", "## 11. Contact"),
           "P003", (98, 105)),
    Defect("a changed contact e-mail address", "mailyou-terms", "en", "`4hhhhfor@gmail.com`", "`4hhhfor@gmail.com`",
           "F003", (70, 74)),
    Defect("swapped sections of terms of service", "mailyou-terms", "en",
           *_swapped_last("mailyou-terms", "en", "## 8. Changes to These Terms", "## 9. Contact"), "P003", (66, 74)),
    Defect("a dropped third-party service", "mailyou-terms", "en", "\n- The MailYou OAuth proxy", "", "P007", (11, 19),
           names="MailYou OAuth 代理"),
    Defect("a changed number of languages", "translateus-privacy", "en", "XML terminology files (16 languages)",
           "XML terminology files (18 languages)", "F001", (96, 105)),
    Defect("a changed URL of a provider's privacy policy", "translateus-privacy", "en",
           "[Zhipu AI](https://open.bigmodel.cn/privacy)", "[Zhipu AI](https://open.bigmodel.cn/terms)", "F004", (55, 66)),
    Defect("a dropped table row", "translateus-privacy", "en",
           "| Translation (paused) | **Nothing** | Nowhere | While paused |\n", "", ("P006", "P007"), (73, 83),
           names="翻译（已暂停）"),
    Defect("a changed version of the plugin", "translateus-privacy", "en", "Starting from v1.2.2-pre:",
           "Starting from v1.2.3-pre:", "F001", (96, 105)),
]

# --- Held-out round 23 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth (tests/corpus/README.md,
# "Held-out round 23") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run.
HELD_OUT_23 = ("imageharvest-privacy", "imageharvest-security", "tether-privacy", "tether-security", "bilimuzhi-privacy",
               "dshusage-security", "dshusage-contributing")

# Defects written into copies of the round-23 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level; for a swap, both sections), set before any checker was run on any round-23
# pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding must quote. No pair
# states an amount of money or a phone number: the numbers changed are a check interval, a retention period, an
# acknowledgement time, a licence limit, an address range, retention choices and a file mode; the dates are
# a date of the last update and an effective date.
DEFECTS_23 = [
    Defect("a changed date of the last update", "imageharvest-privacy", "en", "**Last updated**: 2025-11-12",
           "**Last updated**: 2025-11-21", ("F002", "F001"), (5, 19)),
    Defect("a changed contact e-mail address", "imageharvest-privacy", "en", "- **Contact**: `support@kyriewen.cn`",
           "- **Contact**: `support@kyriewen.com`", "F003", (41, 52)),
    Defect("a changed interval of the licence check", "imageharvest-privacy", "en", "once every 24 hours via a",
           "once every 12 hours via a", "F001", (79, 101)),
    Defect("a changed retention period in a table", "imageharvest-privacy", "en", "+ 90 days after deactivation",
           "+ 180 days after deactivation", "F001", (273, 285)),
    Defect("a dropped kind of data never collected", "imageharvest-privacy", "en",
           "- ❌ Mouse movements, scroll depth, dwell time, heatmaps.\n", "", "P007", (223, 246), names="鼠标移动"),
    Defect("a dropped sentence with a number", "imageharvest-privacy", "en", "We will respond within **30 days**.\n\n", "",
           ("F001", "P006"), (297, 315)),
    Defect("swapped sections of a privacy policy", "imageharvest-privacy", "en",
           *_swapped("imageharvest-privacy", "en", "## 8. International transfers", "## 9. Your rights (GDPR / CCPA / etc.)",
                     "## 10. Changes to this policy"), "P003", (286, 317)),
    Defect("a changed time to acknowledge a report", "imageharvest-security", "en", "within **3 business days**",
           "within **5 business days**", "F001", (62, 77)),
    Defect("a changed URL of the private advisory form", "imageharvest-security", "en",
           "<https://github.com/zbw-zbw/image-harvest/security/advisories/new>",
           "<https://github.com/zbw-zbw/image-harvest/security/policy>", "F004", (34, 46)),
    Defect("a changed limit of installs per licence key", "imageharvest-security", "en",
           "(`MAX_LICENSE_INSTANCES = 1`)", "(`MAX_LICENSE_INSTANCES = 3`)", "F001", (144, 153)),
    Defect("a dropped table row of a permission", "imageharvest-security", "en",
           _between("imageharvest-security", "en", "| `webNavigation`", "| `alarms`"), "",
           ("P006", "P007"), (104, 119), names="webNavigation"),
    Defect("a dropped paragraph without facts", "imageharvest-security", "en",
           "This is also why we pulled JSZip in as an `npm` dependency rather than\nloading it from a CDN.\n\n", "",
           "P006", (121, 128)),
    Defect("swapped contents of two sections, headings kept", "imageharvest-security", "en",
           *_swapped_contents("imageharvest-security", "en", "## Out of scope", "## Hardening commitments",
                              "## Past advisories"), ("P003", "P006"), (172, 207), most=4),
    Defect("a dropped table row of a component", "tether-privacy", "en",
           "| Tether Console | Read-only views of configured local memory folders | Loopback binding and local process "
           "access |\n", "", ("P006", "P007"), (11, 21), names="Tether Console"),
    Defect("a dropped storage precaution", "tether-privacy", "en", "- retention and backup policies;\n", "", "P007",
           (35, 52), names="制定留存与备份策略"),
    Defect("a dropped paragraph without facts", "tether-privacy", "en",
           "\n\nTether does not require hosted analytics or telemetry. A downstream distribution that adds telemetry "
           "should disclose it prominently and obtain any consent required by its users.", "", "P006", (29, 32)),
    Defect("swapped sections of a privacy model", "tether-privacy", "en",
           *_swapped("tether-privacy", "en", "## Console exposure", "## Logs and diagnostics",
                     "## Requests and incidents"), "P003", (64, 71)),
    Defect("a changed loopback address range", "tether-security", "en", "`127.0.0.0/8`", "`127.0.0.0/16`", "F001",
           (41, 60)),
    Defect("a dropped item of a vulnerability report", "tether-security", "en", "- a minimal synthetic reproduction;\n",
           "", "P007", (9, 22), names="最小的、合成的复现"),
    Defect("a dropped paragraph without facts", "tether-security", "en",
           "\n\nThe Selfsame Protocol protects continuity; it is not an authentication or encryption protocol. Operators "
           "must configure access controls appropriate to their deployment.", "", "P006", (28, 38)),
    Defect("swapped sections of a security policy", "tether-security", "en",
           *_swapped_last("tether-security", "en", "## Deployment checklist", "## Out of scope for public testing"),
           "P003", (41, 63)),
    Defect("a changed effective date", "bilimuzhi-privacy", "en", "> Effective date: 2026-08-13",
           "> Effective date: 2026-08-31", ("F002", "F001"), (5, 9)),
    Defect("changed retention choices of the trash", "bilimuzhi-privacy", "en", "7 / 30 / 365 days",
           "7 / 60 / 365 days", "F001", (37, 43)),
    Defect("a changed URL of the issue tracker", "bilimuzhi-privacy", "en",
           "(https://github.com/StaySound4/bilimuzhi/issues)", "(https://github.com/StaySound4/bilimuzhi/discussions)",
           "F004", (67, 69)),
    Defect("a dropped table row of processed data", "bilimuzhi-privacy", "en",
           "| Image attachments | Images you actively add to conversations | Local IndexedDB | Sent only to the "
           "image-capable provider selected for the current conversation |\n", "", ("P006", "P007"), (14, 27),
           names="图片附件"),
    Defect("a changed file mode of the token file", "dshusage-security", "en", "(mode 0600)", "(mode 0644)", "F001",
           (14, 22)),
    Defect("a dropped rule for shared logs", "dshusage-security", "en",
           "- Before sharing logs, screenshots, or session archives, search for and remove `sk-`, `userToken`, "
           "`DEEPSEEK_API_KEY`, `DEEPSEEK_PLATFORM_TOKEN`, and Authorization/Bearer headers.\n", "", "P007", (23, 28),
           names="分享日志"),
    Defect("swapped sections of a security policy", "dshusage-security", "en",
           *_swapped_last("dshusage-security", "en", "## Logs and installation records", "## Reporting vulnerabilities"),
           "P003", (23, 35)),
    Defect("a dropped code convention", "dshusage-contributing", "en",
           "- Neither half needs a build step — edit the sources directly\n", "", "P007", (36, 42),
           names="两端都不需要构建步骤"),
    Defect("swapped contents of two sections, headings kept", "dshusage-contributing", "en",
           *_swapped_contents("dshusage-contributing", "en", "## Commit conventions", "## Security red lines"),
           ("P003", "P006"), (44, 53), most=4),
]

# The one held-out run of rounds 22 and 23 (issue 10), each on the checker of commit 53e26d5 of main (round 21
# registered; the check ending without tearing Python down, the feeds kept notice by notice), classified against the
# ground truth written before (tests/corpus/README.md, "The one held-out run of round 22, classified" and round 23's):
# round 22, 5 findings, 2 false (the clause numbers "4.1使用限制" and "5.1我方保留", run into their titles, read as
# numbers), 29 of 30 defects caught (the 30th, the English opening paragraph dropped, named by the P002 of the opening
# text); round 23, 5 findings, 1 false (the English adds sections 3.4 and 3.5 and numbers the Chinese 3.4 "3.6": paired
# by number, 3.6 was said added), 30 of 30 defects caught. Since, a clause number run into its Chinese title ("4.1使用
# 限制") numbers a clause (a decimal quantity, "1.5倍", "2.5公里", does not), and the alignment weighs what two headings
# speak of (rules/lexicon.tsv).
EXPECTED.update({
    # true: "1亿人民币" (RMB 100 million) against "RMB 1 billion" (content); section 9 "Language Version", only in
    # English (content); (the run also gave two F001, 4.1 and 5.1, the clause numbers run into their Chinese titles:
    # false, numbered clauses since)
    "indextts-license": [("en", 24, "F001"), ("en", 68, "P002")],
    "moonlink-privacy": [],
    "coloranalyzer-privacy": [],  # the control pair
    "smartpreload-privacy": [],
    "mailyou-privacy": [],
    "mailyou-terms": [],
    # true: "100% Offline" in the English heading, "完全离线" (fully offline) in the Chinese (wording)
    "translateus-privacy": [("en", 28, "F001")],
    # true: sections 3.4 (referral system) and 3.5 (remote feature configuration), only in English (content); the
    # Chinese 3.4 numbered 3.6 in English (form); misses the telemetry said on by default in the Chinese summary, opt-in
    # in the English (no fact). (The run paired the English 3.4 with the Chinese 3.4 by their number: an F004 and two
    # P006 on the English 3.4's text, true, and "3.6" said added, false). Since round 68 the renumbering that follows
    # from the two sections added is not named again (its P005 gone)
    "imageharvest-privacy": [("en", 173, "P002"), ("en", 200, "P002")],
    "imageharvest-security": [],
    "tether-privacy": [],
    "tether-security": [],
    "bilimuzhi-privacy": [],
    "dshusage-security": [],
    "dshusage-contributing": [],
})
DEFECTS += DEFECTS_22 + DEFECTS_23
RETUNED_22 = HELD_OUT_22
RETUNED_23 = HELD_OUT_23
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 24, collected apart

# --- Held-out round 24 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth (tests/corpus/README.md,
# "Held-out round 24") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run.
HELD_OUT_24 = ("vesicle-contributing", "vesicle-permissions", "miao-security", "memohx-coc", "memohx-security",
               "biggo-contributing", "chatcut-security")

# Defects written into copies of the round-24 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level; for a swap, both sections), set before any checker was run on any round-24
# pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding must quote. No pair
# states an e-mail address, an amount of money, a percentage or a phone number: the numbers changed are a pack version,
# a PowerShell version, file modes, a firmware number, an acknowledgement time, a Node.js version, a licence section and
# a token lifetime; the one date is a date of the last update.
DEFECTS_24 = [
    Defect("a changed version of the bundled pack", "vesicle-contributing", "en", "the bundled V10 Pack",
           "the bundled V12 Pack", "F001", (44, 69)),
    Defect("a dropped commit type", "vesicle-contributing", "en",
           "- `refactor`: internal reshaping without behavior change\n", "", "P007", (13, 30), names="refactor"),
    Defect("a dropped paragraph without facts", "vesicle-contributing", "en",
           "Prefer links to the authoritative document over duplicating detailed inventories in multiple root files.\n\n",
           "", "P006", (70, 90), known_miss=True),  # one sentence without facts, among long paragraphs
    Defect("swapped sections of a contributing guide", "vesicle-contributing", "en",
           *_swapped_last("vesicle-contributing", "en", "## Pull Request Checklist", "## Documentation Sweep"),
           "P003", (103, 117)),
    Defect("a changed PowerShell version", "vesicle-permissions", "en", "prefers PowerShell 7 on Windows",
           "prefers PowerShell 6 on Windows", "F001", (50, 63)),
    Defect("a dropped table row of a permission mode", "vesicle-permissions", "en",
           "| **INERTIA** | Reads auto-allow, **every change asks first** |\n", "", ("P006", "P007"), (11, 22),
           names="INERTIA"),
    Defect("a dropped rule of the host shell", "vesicle-permissions", "en",
           "- Files changed by shell are **not** in the rewind checkpoint ledger and are not guaranteed to rewind.\n", "",
           "P007", (50, 62), names="shell 改动的文件"),
    Defect("a dropped paragraph without facts", "vesicle-permissions", "en",
           "\n> Validators (character card / scenario card, and so on) are **advisory** signals: they report structural "
           "problems but never forcibly abort your turn.\n", "", "P006", (24, 34)),
    Defect("swapped sections of a security reference", "vesicle-permissions", "en",
           *_swapped("vesicle-permissions", "en", "## permissions.yaml", "## shell_exec: a host command you open separately",
                     "## Process-level approval skip"), "P003", (37, 63)),
    Defect("a changed mode of the recordings directory", "miao-security", "en", "uses mode `0700`", "uses mode `0750`",
           "F001", (26, 48)),
    Defect("a changed firmware number", "miao-security", "en", "built-in firmware 2671", "built-in firmware 2617",
           "F001", (26, 48)),
    Defect("a dropped item of a vulnerability report", "miao-security", "en", "- the affected version or commit;\n", "",
           "P007", (14, 24), names="受影响版本", known_miss=True),  # a short item among short items
    Defect("a dropped security boundary", "miao-security", "en",
           "- `--force-submit` relaxes focus validation and should only be used in a controlled environment.\n", "",
           "P007", (26, 47), names="--force-submit"),
    Defect("swapped sections of a security policy", "miao-security", "en",
           *_swapped("miao-security", "en", "## Supported versions", "## Reporting a vulnerability",
                     "## Security boundaries"), "P003", (10, 25)),
    Defect("a changed URL of the issue tracker", "memohx-coc", "en",
           "via [GitHub Issues](https://github.com/91zgaoge/memoh-X/issues)",
           "via [GitHub Issues](https://github.com/91zgaoge/memoh-X/discussions)", "F004", (41, 46)),
    Defect("a dropped unacceptable behaviour", "memohx-coc", "en", "- Public or private harassment\n", "", "P007",
           (13, 29), names="公开或私下骚扰"),
    Defect("a dropped paragraph without facts", "memohx-coc", "en",
           "All project maintainers are obligated to respect the privacy and security of the reporter of any "
           "incident.\n\n", "", "P006", (41, 44)),
    Defect("swapped sections of the enforcement guidelines", "memohx-coc", "en",
           *_swapped("memohx-coc", "en", "### 2. Warning", "### 3. Temporary Ban", "### 4. Permanent Ban"), "P003",
           (57, 68)),
    Defect("a changed time to acknowledge a report", "memohx-security", "en", "acknowledge receipt within 48 hours",
           "acknowledge receipt within 24 hours", "F001", (19, 35)),
    Defect("a changed date of the last update", "memohx-security", "en", "Last updated: 2026-03-11",
           "Last updated: 2026-03-18", ("F002", "F001"), (99, 108)),
    Defect("a changed URL of the private vulnerability reporting", "memohx-security", "en",
           "(https://github.com/91zgaoge/memoh-X/security/advisories/new)",
           "(https://github.com/91zgaoge/memoh-X/security/policy)", "F004", (19, 35)),
    Defect("a dropped rule of data protection", "memohx-security", "en",
           "3. **Transit Encryption**: Use HTTPS for data transmission\n", "", "P007", (70, 75), names="传输加密"),
    Defect("swapped contents of two sections, headings kept", "memohx-security", "en",
           *_swapped_contents("memohx-security", "en", "### API Key Management", "### Container Security",
                              "### Data Protection"), ("P003", "P006", "P007"), (56, 69), most=4),
    Defect("a changed minimum Node.js version", "biggo-contributing", "en", "- Node.js >= 18", "- Node.js >= 20",
           "F001", (17, 47)),
    Defect("a dropped naming convention", "biggo-contributing", "en",
           "- Classes and Svelte components: `PascalCase` (e.g. `Dialog`).\n", "", "P007", (48, 76),
           names="類別與 Svelte 元件"),
    Defect("a changed section of the licence", "biggo-contributing", "en", "as described in Section 5 of the license",
           "as described in Section 7 of the license", "F001", (139, 144)),
    Defect("swapped sections of a contributing guide", "biggo-contributing", "en",
           *_swapped_last("biggo-contributing", "en", "## Code of Conduct", "## Reporting security issues"), "P003",
           (145, 152)),  # two short sections without facts, in Traditional Chinese: a known miss of the one run,
    # caught since the lexicon reads the Traditional spellings of its forms (行為準則, 回報安全問題)
    Defect("a changed lifetime of the access token", "chatcut-security", "en", "`access_token` expires in ~1 hour",
           "`access_token` expires in ~2 hours", "F001", (34, 38)),
    Defect("a dropped kind of file never committed", "chatcut-security", "en", "- Any `__pycache__/`, `*.pyc`.\n", "",
           "P007", (24, 32), names="__pycache__"),
    Defect("swapped sections of a security policy", "chatcut-security", "en",
           *_swapped("chatcut-security", "en", "## Revocation Steps If Leaked", "## Public Client Rationale",
                     "## Pre-Commit Checklist"), "P003", (39, 49)),
]

# --- Held-out round 25 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth (tests/corpus/README.md,
# "Held-out round 25") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run.
HELD_OUT_25 = ("namimail-privacy", "namimail-security", "authorai-privacy", "authorai-terms", "nmtsubs-privacy",
               "wemark-privacy", "heimdall-privacy")

# Defects written into copies of the round-25 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level; for a swap, both sections), set before any checker was run on any round-25
# pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding must quote. No pair
# states an amount of money, a phone number or an e-mail address: the numbers changed are a loopback address, a version
# line, an age, clause numbers, a percentage and a retention period; the dates are dates of the last update and an
# effective date.
DEFECTS_25 = [
    Defect("a changed loopback address", "namimail-privacy", "en", "binds to `127.0.0.1` by default",
           "binds to `127.0.1.1` by default", ("F001", "F004"), (41, 48)),
    # (F001 only when the run was made: an IP address that differs is an F004, as a URL, which named it)
    Defect("a dropped table row of local data", "namimail-privacy", "en",
           "| Received attachment content | Not copied into the local SQLite database; it is streamed from the mail "
           "provider under control when you download it. |\n", "", ("P006", "P007"), (25, 39), names="收件附件内容"),
    Defect("a dropped third-party destination", "namimail-privacy", "en",
           "- DNS, for provider discovery on custom domains;\n", "", "P007", (11, 23), names="DNS"),
    Defect("a dropped paragraph without facts", "namimail-privacy", "en",
           _between("namimail-privacy", "en", "This is not SQLCipher", "## Local and UI Protections"), "", "P006",
           (25, 38)),
    Defect("a changed supported version line", "namimail-security", "en", "| Current `0.1.x` line |",
           "| Current `0.2.x` line |", "F001", (11, 19)),
    Defect("a changed URL of the private report form", "namimail-security", "en",
           "(https://github.com/QinIndexCode/nami-mail/security/advisories/new)",
           "(https://github.com/QinIndexCode/nami-mail/security/policy)", "F004", (20, 34)),
    Defect("a dropped item of a useful report", "namimail-security", "en",
           "- optional mitigation suggestions or security tests.\n", "", "P007", (20, 33), names="可选的修复建议"),
    Defect("swapped sections of a security policy", "namimail-security", "en",
           *_swapped_last("namimail-security", "en", "## Common Security Boundaries", "## Coordinated Disclosure"),
           "P003", (35, 51)),
    Defect("a changed date of the last update", "authorai-privacy", "en", "**Last updated: April 23, 2026**",
           "**Last updated: April 28, 2026**", ("F002", "F001"), (5, 12)),
    Defect("a changed age of children", "authorai-privacy", "en", "is not directed at children under 13.",
           "is not directed at children under 16.", "F001", (106, 109)),
    Defect("changed clause numbers of the terms", "authorai-privacy", "en", "Terms of Service, Sections 5.1–5.2)",
           "Terms of Service, Sections 5.1–5.3)", "F001", (62, 75)),
    Defect("a dropped use never made of data", "authorai-privacy", "en", "- Selling to third parties\n", "", "P007",
           (42, 53), names="出售给第三方"),
    Defect("swapped sections of a privacy policy", "authorai-privacy", "en",
           *_swapped("authorai-privacy", "en", "## 9. Self-Hosted Instances", "## 10. Children's Privacy",
                     "## 11. Changes to This Policy"), "P003", (102, 109)),
    Defect("a changed percentage of availability", "authorai-terms", "en", "we do not guarantee 100% data availability",
           "we do not guarantee 99% data availability", "F001", (19, 25)),
    Defect("a dropped account rule", "authorai-terms", "en",
           "- Each account is for personal use. Sharing accounts is not permitted.\n", "", "P007", (26, 31),
           names="每个账户仅供个人使用"),
    Defect("a changed section of the privacy policy referred to", "authorai-terms", "en",
           "(see our Privacy Policy, Section 5)", "(see our Privacy Policy, Section 6)", "F001", (98, 104)),
    Defect("swapped contents of two sections, headings kept", "authorai-terms", "en",
           *_swapped_contents("authorai-terms", "en", "## 9. Disclaimer of Warranties", "## 10. Limitation of Liability",
                              "## 11. Changes to These Terms"), ("P003", "P006"), (116, 123), most=4),
    Defect("a dropped paragraph without facts", "authorai-terms", "en",
           "\n>\n> For example: A crime novel featuring a drug lord as an antagonist is legitimate fiction. A \"how-to "
           "guide\" romanticizing real drug manufacturing is not. A thriller involving a terrorist plot is valid "
           "storytelling. Recruitment propaganda for real terrorist organizations is not.", "", "P006", (89, 95)),
    Defect("a changed URL of the repository", "authorai-terms", "en",
           "[Author GitHub repository](https://github.com/YuanShiJiLoong/author).",
           "[Author GitHub repository](https://github.com/YuanShiJiLoong/author-docs).", "F004", (128, 134)),
    Defect("a changed retention period of anonymised identifiers", "nmtsubs-privacy", "en",
           "automatically deleted 3 to 40 days after", "automatically deleted 3 to 30 days after", "F001", (24, 35)),
    Defect("a changed effective date", "nmtsubs-privacy", "en", "**Effective Date:** August 17, 2026",
           "**Effective Date:** August 7, 2026", ("F002", "F001"), (66, 88)),
    Defect("a changed URL of the discussions", "nmtsubs-privacy", "en",
           "(https://github.com/MontageSubs/nmt-subtitle-translator/discussions)",
           "(https://github.com/MontageSubs/nmt-subtitle-translator/wiki)", "F004", (66, 88)),
    Defect("a dropped infrastructure provider", "nmtsubs-privacy", "en",
           "*   **Turso**: We use Turso exclusively to maintain global statistics on successful translation counts. No "
           "personal data is recorded, and users do not interact with this service directly.\n", "", "P007", (40, 43),
           names="Turso"),
    Defect("a dropped sentence with a number", "nmtsubs-privacy", "en",
           " Any temporary, anonymous identifiers used for abuse prevention are automatically purged within 3 to 40 "
           "days.", "", ("F001", "P006"), (55, 65)),
    Defect("a changed URL of a bundled library", "wemark-privacy", "en", "(https://github.com/mixmark-io/turndown)",
           "(https://github.com/domchristie/turndown)", "F004", (40, 44)),
    Defect("a dropped kind of data never collected", "wemark-privacy", "en",
           "- ❌ No usage statistics, analytics, or logs\n", "", "P007", (13, 20), names="不收集任何使用统计"),
    Defect("swapped sections of a privacy policy", "wemark-privacy", "en",
           *_swapped("wemark-privacy", "en", "## 5. Children's Privacy", "## 6. Changes to This Policy",
                     "## 7. Contact Us"), "P003", (45, 52)),
    Defect("a dropped paragraph without facts", "heimdall-privacy", "en",
           _between("heimdall-privacy", "en", "Android platform backup", "Current Profile exports"), "", "P006",
           (11, 23)),
    Defect("swapped sections of a privacy note", "heimdall-privacy", "en",
           *_swapped("heimdall-privacy", "en", "## Shizuku", "## Screen Capture And Audio", "## Network"), "P003",
           (35, 48)),
    Defect("swapped contents of two sections, headings kept", "heimdall-privacy", "en",
           *_swapped_contents("heimdall-privacy", "en", "## Network", "## Reports"), ("P003", "P006"), (49, 61), most=4),
]

# The one held-out run of rounds 24 and 25 (issue 10), each on the checker of commit ae68a1b of main (rounds 22 and 23
# registered and tuned on), classified against the ground truth written before (tests/corpus/README.md, "The one
# held-out run of round 24, classified" and round 25's): round 24, 2 findings, both true, 27 of 30 defects caught (a
# paragraph of one sentence without facts, a short item among short items, and a swap of two short sections without
# facts in a text in Traditional Chinese); round 25, 1 finding, true, 29 of 30 defects caught (the 30th, a changed
# loopback address, named by the F004 that reports an IP address, not the F001 asked for). Since, the lexicon reads
# the Traditional spellings of its Chinese forms (rules/traditional.tsv, from OpenCC): the swap is caught.
EXPECTED.update({
    # true: the sections "Supported Versions" and "Reporting a Vulnerability" (72 hours), only in English (content);
    # misses the rest of the eight content differences of the round (sentences, items and wording without facts)
    "chatcut-security": [("en", 9, "P002"), ("en", 15, "P002")],
    "vesicle-contributing": [],
    "vesicle-permissions": [],
    "miao-security": [],
    "memohx-coc": [],
    "memohx-security": [],
    "biggo-contributing": [],
    # true: "Last updated: August 12, 2026", only in English (content)
    "wemark-privacy": [("en", 9, "F002")],
    "namimail-privacy": [],
    "namimail-security": [],
    "authorai-privacy": [],
    "authorai-terms": [],
    "nmtsubs-privacy": [],  # misses "privacy should be a default, not an option", only in English (no fact)
    "heimdall-privacy": [],
})
DEFECTS += DEFECTS_24 + DEFECTS_25
RETUNED_24 = HELD_OUT_24
RETUNED_25 = HELD_OUT_25
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 26, collected apart

# --- Held-out round 26 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth (tests/corpus/README.md,
# "Held-out round 26") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run.
HELD_OUT_26 = ("agentdocs-coc", "ihow-governance", "helm-security", "helm-coc", "coremind-security",
               "coremind-contributing", "workshadow-contributing")

# Defects written into copies of the round-26 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level; for a swap, both sections), set before any checker was run on any round-26
# pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding must quote. No pair
# states a date, an amount of money or a phone number: the numbers changed are a version of the Contributor Covenant,
# periods of days, versions of Node.js and npm, a QQ group number and a port; four e-mail addresses and two URLs are
# changed.
DEFECTS_26 = [
    Defect("a changed reporting e-mail address", "agentdocs-coc", "en", "[me@esoren.com](mailto:me@esoren.com)",
           "[me@esoren.org](mailto:me@esoren.org)", "F003", (43, 48)),
    Defect("a changed version of the Contributor Covenant", "agentdocs-coc", "en",
           "(https://www.contributor-covenant.org), version 2.1.", "(https://www.contributor-covenant.org), version 2.0.",
           "F001", (77, 79)),
    Defect("a dropped kind of unacceptable behavior", "agentdocs-coc", "en", "- Public or private harassment\n", "",
           "P007", (15, 31), names="公开或私下骚扰"),
    Defect("swapped levels of enforcement", "agentdocs-coc", "en",
           *_swapped("agentdocs-coc", "en", "### 3. Temporary Ban", "### 4. Permanent Ban", "## Attribution"), "P003",
           (65, 76)),
    Defect("a changed RFC discussion period", "ihow-governance", "en", "at least 7 calendar days",
           "at least 10 calendar days", "F001", (37, 47)),
    Defect("a dropped kind of material change", "ihow-governance", "en", "- fixture policy;\n", "", "P007", (25, 35),
           names="fixture 策略"),
    Defect("a dropped paragraph without facts", "ihow-governance", "en",
           "Emergency corrections for security or privacy boundaries may be merged faster, but the reason should be "
           "documented publicly after the fact.\n\n", "", "P006", (37, 45)),
    Defect("swapped sections of a governance document", "ihow-governance", "en",
           *_swapped("ihow-governance", "en", "## Experimental Runner Promotion", "## Veto, Downgrade, and Removal",
                     "## Relationship to Contributing"), "P003", (48, 69)),
    Defect("a changed security e-mail address", "helm-security", "en", "`Helm-security@zhaojiling.com` (preferred)",
           "`Helm-security@zhaojiling.cn` (preferred)", "F003", (65, 78)),
    Defect("a changed time to acknowledge a report", "helm-security", "en", "| Acknowledge receipt | Within 3 business days |",
           "| Acknowledge receipt | Within 5 business days |", "F001", (79, 89)),
    Defect("a changed period to fix a minor issue", "helm-security", "en", "P2/P3: within 90 days",
           "P2/P3: within 60 days", "F001", (79, 89)),
    Defect("a dropped table row of the response times", "helm-security", "en",
           "| Coordinated disclosure window | Negotiated after the fix lands; default ≤ 90 days |\n", "",
           ("P006", "P007"), (79, 88), names="协调披露窗口", known_miss=True),
    Defect("swapped contents of two sections, headings kept", "helm-security", "en",
           *_swapped_contents("helm-security", "en", "## 5. Routine Security Practices", "## 6. To Researchers",
                              "## 7. License & Attribution"), ("P003", "P006"), (137, 162), most=4),
    Defect("a changed conduct e-mail address", "helm-coc", "en", "- **Email**: `conduct@helm.run`",
           "- **Email**: `conduct@helm.dev`", "F003", (59, 69)),
    Defect("a changed URL of the Contributor Covenant", "helm-coc", "en",
           "[v2.1]: https://www.contributor-covenant.org/version/2/1/code_of_conduct.html",
           "[v2.1]: https://www.contributor-covenant.org/version/2/0/code_of_conduct.html", "F004", (112, 122)),
    Defect("a dropped paragraph without facts", "helm-coc", "en",
           "Community leaders will follow these Community Impact Guidelines in determining\nthe consequences for any "
           "action they deem in violation of this Code of Conduct:\n\n", "", "P006", (70, 71)),  # a miss until round 49
    Defect("swapped sections of a code of conduct", "helm-coc", "en",
           *_swapped("helm-coc", "en", "## Enforcement Responsibilities", "## Scope", "## Enforcement\n"), "P003",
           (40, 58)),
    Defect("a dropped table row of supported versions", "coremind-security", "en",
           "| Older Alpha versions | Not guaranteed; upgrade and retest first |\n", "", ("P006", "P007"), (11, 17),
           names="更早的 Alpha 版本", known_miss=True),
    Defect("a dropped security boundary", "coremind-security", "en",
           "- Phase one has no equivalent OS-level shell sandbox on Windows.\n", "", "P007", (25, 34),
           names="Windows", known_miss=True),
    Defect("swapped sections of a security policy", "coremind-security", "en",
           *_swapped("coremind-security", "en", "## Supported versions", "## Report privately", "## Security boundaries"),
           "P003", (11, 24), known_miss=True),
    Defect("a dropped paragraph without facts", "coremind-security", "en",
           "If no private entry point is available, open a public issue without technical details and ask maintainers "
           "for a private contact channel. Response times are targets, not an SLA.\n\n", "", "P006", (19, 22), known_miss=True),
    Defect("a changed minimum Node.js version", "coremind-contributing", "en", "Node.js 22.19+", "Node.js 20.19+", "F001",
           (18, 30)),
    Defect("a dropped step of the workflow", "coremind-contributing", "en",
           "6. Review the diff for debug output, temporary files, secrets, and workstation paths.\n", "", "P007",
           (31, 49), names="自查 Diff", known_miss=True),
    Defect("a dropped rule of scope", "coremind-contributing", "en",
           "- Wait for maintainer agreement before implementing a major architectural change.\n", "", "P007", (11, 16),
           names="大型架构调整"),
    Defect("swapped sections of a contributing guide", "coremind-contributing", "en",
           *_swapped_last("coremind-contributing", "en", "## Documentation and provider evidence", "## Pull requests"),
           "P003", (51, 61)),
    Defect("a changed QQ group number", "workshadow-contributing", "en", "- **QQ group**: 1107536375 (QR codes in README)",
           "- **QQ group**: 1107563375 (QR codes in README)", "F001", (150, 157)),
    Defect("a changed e-mail address of the discussion", "workshadow-contributing", "en",
           "or email [feiyangtech@qq.com](mailto:feiyangtech@qq.com) |",
           "or email [feiyangtech@163.com](mailto:feiyangtech@163.com) |", "F003", (17, 30)),
    Defect("a changed URL of the mirror", "workshadow-contributing", "en",
           "[AtomGit / GitCode mirror](https://gitcode.com/FutureUniant/WorkShadow)",
           "[AtomGit / GitCode mirror](https://gitee.com/FutureUniant/WorkShadow)", "F004", (17, 30)),
    Defect("a changed port of the dev server", "workshadow-contributing", "en", "If port `1420` is in use",
           "If port `1421` is in use", "F001", (56, 72)),
    Defect("a dropped table row of common commands", "workshadow-contributing", "en",
           "| `npm run preview` | Preview the production frontend build |\n", "", ("P006", "P007"), (56, 71),
           names="npm run preview"),
]

# --- Held-out round 27 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth (tests/corpus/README.md,
# "Held-out round 27") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Four of the seven drifted or were adapted in their history (Rausu's security policy, the
# two TiDB programme pages, MindSpore's security page): the round has many more content differences than the last.
HELD_OUT_27 = ("rausu-security", "pingcap-bughunt", "pingcap-perfchallenge", "mindspore-security",
               "mindspore-secdesign", "openlookeng-governance", "openlookeng-roles")

# Defects written into copies of the round-27 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level; for a swap, both sections), set before any checker was run on any round-27
# pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding must quote. No pair
# states an amount of money or a percentage in English (the TiDB pages' amounts in yuan are only in Chinese), so none is
# changed: the numbers changed are a time to acknowledge, points, credits, a CVSS score, a key length, a number of PRs,
# a number of views and a meeting time; the dates are two start dates and the year a protocol was disabled; three
# e-mail addresses and two URLs are changed.
DEFECTS_27 = [
    Defect("a changed time to acknowledge a report", "rausu-security", "en", "- **Acknowledgment** within 48 hours",
           "- **Acknowledgment** within 24 hours", "F001", (29, 35)),
    Defect("a changed reporting e-mail address", "rausu-security", "en", "Email: **security@rausu.dev**",
           "Email: **security@rausu.io**", "F003", (19, 28)),
    Defect("a dropped item of the scope", "rausu-security", "en", "- Path traversal / directory traversal\n", "", "P007",
           (36, 47), names="路径穿越"),
    Defect("a dropped table row of a dependency", "rausu-security", "en",
           "| `uuid` | Request ID generation (v4 random) |\n", "", ("P006", "P007"), (115, 126), names="uuid"),
    Defect("swapped sections of a security policy", "rausu-security", "en",
           *_swapped_last("rausu-security", "en", "## Dependencies", "## Hardening Recommendations"), "P003",
           (115, 145), known_miss=True),
    Defect("a changed start date of the programme", "pingcap-bughunt", "en", "Time: April 8, 2020 - May 30, 2020",
           "Time: April 18, 2020 - May 30, 2020", ("F002", "F001"), (19, 31)),
    Defect("changed points of a bug level", "pingcap-bughunt", "en", "   | P1               | 500  |",
           "   | P1               | 300  |", "F001", (170, 184), known_miss=True),
    Defect("a changed URL of the register repository", "pingcap-bughunt", "en",
           "[bug-hunting/register](https://github.com/tidb-challenge-program/bug-hunting-register)",
           "[bug-hunting/register](https://github.com/tidb-challenge-program/bug-hunting-signup)", "F004", (36, 44), known_miss=True),
    Defect("a dropped case of changed registration", "pingcap-bughunt", "en",
           "*   Adding or reducing team members will not affect the total points of the team;\n", "", "P007",
           (209, 238), names="团队成员增加或减少", known_miss=True),
    Defect("a dropped sentence with a number", "pingcap-bughunt", "en",
           "When the issue is verified to be reproducible with clear steps, there will be an additional 100 points "
           "granted.\n\n", "", ("F001", "P006"), (185, 202), known_miss=True),
    Defect("a changed start date of the programme", "pingcap-perfchallenge", "en",
           "start from November 4, 2019, to February 4, 2020", "start from November 14, 2019, to February 4, 2020",
           ("F002", "F001"), (5, 14)),
    Defect("a changed number of credits to qualify", "pingcap-perfchallenge", "en",
           "need to gain 400 Contribution Credits", "need to gain 300 Contribution Credits", "F001", (53, 66)),
    Defect("a changed URL of a project board", "pingcap-perfchallenge", "en", "(https://github.com/tikv/tikv/projects/20)",
           "(https://github.com/tikv/tikv/projects/21)", "F004", (37, 52)),
    Defect("a dropped paragraph without facts", "pingcap-perfchallenge", "en",
           "If your PR is not merged, you need to discuss the solution and details with the PR Reviewer. In this "
           "process, you can accept or reject the suggestions given by the PR Reviewer.\n\n", "", "P006", (83, 88)),
    Defect("swapped contents of two sections, headings kept", "pingcap-perfchallenge", "en",
           *_swapped_contents("pingcap-perfchallenge", "en", "### Q2: How to give up", "### Q3: How does the previous",
                              "### Q4:"), ("P003", "P006", "P007"), (110, 117), most=4, known_miss=True),
    Defect("a changed security e-mail address", "mindspore-security", "en",
           "+ Security email address: mindspore-security@mindspore.cn",
           "+ Security email address: security@mindspore.cn", "F003", (24, 29)),
    Defect("a changed score range of a severity", "mindspore-security", "en", "| High | 7.0 - 8.9 |",
           "| High | 7.5 - 8.9 |", "F001", (77, 86)),
    Defect("a dropped assessment variable", "mindspore-security", "en",
           "+ Scope (S): determining whether an attack can affect components of different permission levels.\n", "",
           "P007", (48, 59), names="范围（S）"),
    Defect("swapped sections of a security page", "mindspore-security", "en",
           *_swapped("mindspore-security", "en", "## Assessment Principles", "## Assessment Procedure",
                     "## Severity Rating"), "P003", (61, 76)),
    Defect("a changed year a protocol was disabled", "mindspore-secdesign", "en", "in March 2011 and June 2015",
           "in March 2011 and June 2016", ("F002", "F001"), (26, 33)),
    Defect("a changed key length", "mindspore-secdesign", "en", "AES-256, RSA-3072, SHA-256", "AES-256, RSA-2048, SHA-256",
           "F001", (47, 63)),
    Defect("swapped sections of a design guide", "mindspore-secdesign", "en",
           *_swapped("mindspore-secdesign", "en", "## 2. Secure Transmission", "## 3. Sensitive and Private Data",
                     "## 4. Encryption"), "P003", (26, 46)),
    Defect("a changed mailing list address", "openlookeng-governance", "en", "Mail List: users@openlookeng.io",
           "Mail List: user@openlookeng.io", "F003", (108, 117)),
    Defect("a changed number of PRs", "openlookeng-governance", "en", "+ Review or merge at least 30 PRs into the project",
           "+ Review or merge at least 20 PRs into the project", "F001", (74, 83)),
    Defect("a dropped QA activity", "openlookeng-governance", "en", "- Draft, release and maintain release criteria\n\n",
           "", "P007", (88, 105), names="起草，发布和维护发布标准"),
    Defect("a dropped paragraph without facts", "openlookeng-governance", "en",
           "They additionally use more synchronous messaging (Slack). In general, asynchronous communication is much "
           "more important because it allows archives to be created and it's more tolerant on the volunteer nature of "
           "the various communities.\n\n", "", "P006", (16, 19)),
    Defect("a changed number of views", "openlookeng-roles", "en", "with at least 1,000 views on average",
           "with at least 500 views on average", "F001", (38, 54)),
    Defect("a dropped benefit of evangelists", "openlookeng-roles", "en", "3. Obtain free tickets for HC/HDC.\n", "", "P007",
           (38, 53), names="HC/HDC大会免费门票"),
    Defect("a changed meeting time", "openlookeng-roles", "en", "PMC biweekly meetings: 11:00-12:00 am",
           "PMC biweekly meetings: 10:00-11:00 am", ("F001", "F002"), (99, 137)),
    Defect("swapped sections of the roles", "openlookeng-roles", "en",
           *_swapped("openlookeng-roles", "en", "### Evangelists", "### User Group Members", "### Committers"), "P003",
           (38, 74)),
]

# The one held-out run of rounds 26 and 27 (issue 10), each on the checker of commit 58d9bae of main (rounds 24 and 25
# registered, the lexicon reading Traditional Chinese), classified against the ground truth written before
# (tests/corpus/README.md, "The one held-out run of round 26, classified" and round 27's). Texts that drifted or were
# shortened (29 and 69 content differences): round 26, 20 findings, 10 false; 21 of 30 defects caught; round 27, 82
# findings, 33 false; 25 of 30 defects caught. Since: a section one text divides into subsections is found beside other
# sections left unpaired where their headings speak of the same thing; "P1：30" is no time; a version run into its name
# ("SSL2.0", "CVSSv3") is the version; "biweekly" and 双周 are every two weeks; "⅔" is two-thirds; "4.0" opening a
# paragraph is a version, not clause 4.0. After them, 14 findings, 3 false, and 70 findings, 21 false; the defects
# missed are known misses (9 and 6; the swap of the Performance Challenge's FAQ answers, caught by the run through a
# pairing the fraction corrected, is missed since).
EXPECTED.update({
    # true: the note that the Chinese is a non-binding translation (content); "Scope" only in English (the Chinese
    # makes one section of responsibilities and scope: form); "Enforcement Guidelines" against "社区影响指引", whose
    # English sentence introducing the guidelines is only in English (content). (The note was a P006 until round 45;
    # since the two links to each language's version are no text, it is named by the version 2.1 it states, F001)
    "agentdocs-coc": [("en", 7, "F001"), ("en", 39, "P002"), ("en", 49, "P002")],
    "ihow-governance": [],
    # true: SHA-256 and the two practices only in Chinese (content); (the run also gave an F002 "01:30", read in
    # "P0/P1：30 日内": false, no time since)
    "helm-security": [("en", 137, "F001"), ("en", 137, "P007")],
    # true: the FAQ and translations paragraph and its two links, only in Chinese (content)
    "helm-coc": [("en", 112, "F004"), ("en", 112, "F004"), ("en", 112, "P006")],
    # true: "安全部署建议" only partly in English (content) and "当前安全边界" divided into four subsections the English
    # writes as one list (form, P004); false: the paragraph zh 17, which the English joins with zh 19 (en 21). (The run
    # said the four subsections missing, "当前安全边界" missing and "Security boundaries" added: six false P002)
    "coremind-security": [("en", 19, "P006"), ("en", 25, "P002"), ("en", 25, "P004")],
    # true: "Provider 认证", which the English merges with "文档与 Skill 规则" (form, as Nesoi's merged sections);
    # false: "推荐开发流程" and "完整质量门禁" said missing, which the English merges into "Workflow" (the Chinese "仓库结构",
    # only in Chinese, is paired with "Workflow" in their place and goes unreported)
    "coremind-contributing": [("en", 31, "P002"), ("en", 31, "P002"), ("en", 51, "P002")],
    "workshadow-contributing": [],
    # true: the two items in scope only in Chinese, "Memory Safety" against "API Key 安全" (the key claims only in
    # Chinese), the CI subsection's item, 422 and UUID v4, "Known Limitations", "Roadmap" (its heading and sentence),
    # "Future", 32 (content); false: (the opening text, only the link to the English version: no text since round 45)
    # "网络安全" said missing
    # and "Network Defaults" added (counterparts whose contents differ), "Logging" added (its Chinese "审计与可观测性"),
    # "锁定版本" said missing (the English has it, in another place)
    "rausu-security": [("en", 36, "P007"), ("en", 36, "P007"), ("en", 54, "P002"), ("en", 58, "P002"),
                       ("en", 59, "P007"), ("en", 66, "F001"), ("en", 68, "F001"), ("en", 70, "P002"), ("en", 74, "P002"),
                       ("en", 78, "P002"), ("en", 93, "P002"), ("en", 108, "P002"), ("en", 135, "F001"),
                       ("en", 135, "P007")],
    # true: the table of contents (form), "持续 2 个月", the Slack link, the two repository links of the Chinese, the
    # sign-up link, the English list of fourteen features and its twelve links, the manual's link (content); false:
    # "Before participation" and "Sign up" said added and the rest of a pairing shifted by them (the sections of the
    # flow, which the English makes subsections "Step 1" to "Step 4" where the Chinese writes bold lines, the
    # Challenge Program rules the English moves into its FAQ), 4.0 in the title of the flow
    "pingcap-bughunt": [("en", 7, "P002"), ("en", 19, "F001"), ("en", 24, "F004"), ("en", 32, "P002"),
                        ("en", 36, "P002"), ("en", 45, "F004"), ("en", 47, "F001"),
                        ("en", 53, "F004"), ("en", 53, "F004"), ("en", 53, "P004"),
                        ("en", 57, "F004"), ("en", 58, "F004"), ("en", 59, "F004"),
                        ("en", 60, "F004"), ("en", 61, "F004"), ("en", 62, "F004"),
                        ("en", 63, "F004"), ("en", 64, "F004"), ("en", 65, "F004"),
                        ("en", 66, "F004"), ("en", 67, "F004"), ("en", 68, "P007"),
                        ("en", 69, "F004"), ("en", 72, "P002"), ("en", 170, "P002"),
                        ("en", 185, "F001"), ("en", 185, "F001"), ("en", 185, "P007"),
                        ("en", 191, "P006"), ("en", 193, "F004"), ("en", 199, "F001"),
                        ("en", 199, "F002"), ("en", 205, "P002"), ("en", 209, "P002")],
    # true: the retrospective's figures and link, the two paragraphs and the channels only in English, the two items
    # only in English, the 48h, "学习资料", the initial 0 and the roles' link (content); false: "Step 4", which the
    # Chinese writes "第四步" in a link
    "pingcap-perfchallenge": [("en", 7, "F001"), ("en", 7, "F004"), ("en", 7, "P006"), ("en", 13, "F004"),
                              ("en", 59, "F001"), ("en", 63, "P007"),
                              ("en", 70, "P006"), ("en", 91, "P002"),
                              ("en", 103, "F001"), ("en", 116, "F004")],
    # true: the two sentences only in Chinese (content)
    "mindspore-security": [("en", 18, "P006"), ("en", 95, "P006")],
    "mindspore-secdesign": [],  # (the run gave five F001, the versions "SSL2.0" … "TLS1.3" run into their names)
    # true: the two paragraphs only in English (content), the heading one level deeper (form)
    "openlookeng-governance": [("en", 38, "P006"), ("en", 74, "P004")],
    # true: the item whose two links only the Chinese has (content)
    "openlookeng-roles": [("en", 75, "P007")],
})
FALSE.update({
    "coremind-security": [("en", 19, "P006")],
    "coremind-contributing": [("en", 31, "P002"), ("en", 31, "P002")],
    "rausu-security": [("en", 58, "P002"), ("en", 70, "P002"), ("en", 74, "P002"), ("en", 135, "P007")],
    "pingcap-bughunt": [("en", 32, "P002"), ("en", 36, "P002"), ("en", 47, "F001"), ("en", 53, "F004"), ("en", 53, "F004"),
                        ("en", 53, "P004"), ("en", 72, "P002"), ("en", 170, "P002"), ("en", 185, "F001"),
                        ("en", 185, "F001"), ("en", 185, "P007"), ("en", 191, "P006"), ("en", 199, "F001"),
                        ("en", 199, "F002"), ("en", 205, "P002"), ("en", 209, "P002")],
    # (since round 38 "April 30" without its year is a date: the section paired with another gives one false finding
    # more, its 2 and 5 said missing rather than paired with 1 and 30)
    "pingcap-perfchallenge": [("en", 59, "F001")],
})
DEFECTS += DEFECTS_26 + DEFECTS_27
RETUNED_26 = HELD_OUT_26
RETUNED_27 = HELD_OUT_27
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 28, collected apart

# --- Held-out round 28 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth (tests/corpus/README.md,
# "Held-out round 28") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Three are Chinese-first (Attestplane's contributing guide, Gary CLI's security policy and
# contributing guide); Attestplane's two texts drifted (its English contributing guide and security page were changed
# alone since); the other four follow their counterpart line by line.
HELD_OUT_28 = ("attestplane-security", "attestplane-contributing", "garycli-security", "garycli-contributing",
               "confluencecli-security", "confluencecli-contributing", "enhancevision-contributing")

# Defects written into copies of the round-28 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level; for a swap, both sections), set before any checker was run on any round-28
# pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding must quote. No
# pair states an amount of money: the numbers changed are three times to acknowledge or answer a report (7 days, 7 and
# 5 business days), a time to answer a PR, a Python and a CMake version and a percentage of contract coverage; the dates
# are the day the CRA applies and the day Attestplane's entity was in formation; three e-mail addresses and four URLs
# are changed.
DEFECTS_28 = [
    Defect("a changed time to acknowledge a report", "attestplane-security", "en",
           "| Acknowledgement of receipt | Within 7 days |", "| Acknowledgement of receipt | Within 5 days |", "F001",
           (82, 95)),
    Defect("a changed date the CRA applies", "attestplane-security", "en", "enters application on **2027-12-11**",
           "enters application on **2027-11-11**", ("F002", "F001"), (209, 224)),
    Defect("a changed e-mail address for phishing reports", "attestplane-security", "en",
           "Report to security@attestplane.com; verify releases", "Report to abuse@attestplane.com; verify releases",
           "F003", (133, 151)),
    Defect("a dropped sentence with a number", "attestplane-security", "en",
           "Full attack vectors and detection signals will be documented in `docs/architecture/THREAT_MODEL.md` "
           "(target M5 W7).\n\n", "", ("F001", "P006"), (133, 149)),
    Defect("a dropped table row of a supply-chain control", "attestplane-security", "en",
           "| Pinned lockfiles in CI | Active | `Cargo.lock` and `poetry.lock` committed and checked in CI |\n", "",
           ("P006", "P007"), (189, 207), names="固定的 lockfile"),
    Defect("swapped sections of a security policy", "attestplane-security", "en",
           *_swapped("attestplane-security", "en", "## Scope", "## Threat Categories", "## Hardening Guidance"), "P003",
           (108, 151)),
    Defect("a changed minimum Python version", "attestplane-contributing", "en", "| Python | 3.11+ |",
           "| Python | 3.10+ |", "F001", (81, 87)),
    Defect("a changed contact e-mail address", "attestplane-contributing", "en",
           "[contributors@attestplane.com](mailto:contributors@attestplane.com)",
           "[contributing@attestplane.com](mailto:contributing@attestplane.com)", "F003", (211, 233)),
    Defect("a changed date of the entity's formation", "attestplane-contributing", "en",
           "(Singapore, in formation as of 2026-05-17)", "(Singapore, in formation as of 2026-05-27)",
           ("F002", "F001"), (211, 233)),
    Defect("a dropped item of a bug report", "attestplane-contributing", "en", "- Relevant logs or panic output\n", "",
           "P007", (192, 209), names="相关日志", known_miss=True),
    Defect("swapped contents of two sections, headings kept", "attestplane-contributing", "en",
           *_swapped_contents("attestplane-contributing", "en", "### Branch naming", "### Conventional Commits",
                              "### Development rhythm"), ("P003", "P006", "P007"), (110, 140), most=4),
    Defect("a changed time to respond to a PR", "garycli-contributing", "en", "Maintainers aim to respond within 7 days.",
           "Maintainers aim to respond within 3 days.", "F001", (343, 365)),
    Defect("a changed URL of the issues", "garycli-contributing", "en",
           "[Issues](https://github.com/garycli/garycli/issues) page",
           "[Issues](https://github.com/garycli/garycli/discussions) page", "F004", (99, 111)),
    Defect("a dropped item of documentation work", "garycli-contributing", "en",
           "- Translating documentation into other languages\n", "", "P007", (244, 255), names="翻译文档"),
    Defect("swapped sections of a contributing guide", "garycli-contributing", "en",
           *_swapped("garycli-contributing", "en", "### 🐛 Reporting Bugs", "### 💡 Feature Requests",
                     "### 🔧 Submitting"), "P003", (99, 120)),
    Defect("a changed time to acknowledge a report", "garycli-security", "en", "within **7 business days**",
           "within **10 business days**", "F001", (24, 44)),
    Defect("a changed URL of an install script", "garycli-security", "en", "<https://www.garycli.com/install.sh>",
           "<https://www.garycli.com/setup.sh>", "F004", (81, 89)),
    Defect("a dropped paragraph without facts", "garycli-security", "en",
           "If you are running Gary in a restricted environment (e.g. a shared server or CI pipeline), ensure that "
           "toolchain invocations comply with that environment's security policy.\n\n", "", "P006", (72, 78)),
    Defect("swapped sections of a security policy", "garycli-security", "en",
           *_swapped("garycli-security", "en", "### 🔌 Hardware Access", "### 🤖 AI-Generated Code",
                     "## Responsible Disclosure"), "P003", (90, 107)),
    Defect("a changed time to acknowledge a report", "confluencecli-security", "en", "within **5 business days**",
           "within **3 business days**", "F001", (20, 32)),
    Defect("a changed reporting e-mail address", "confluencecli-security", "en", "**Email** — guosong6886@gmail.com.",
           "**Email** — guosong6868@gmail.com.", "F003", (20, 32)),
    Defect("a dropped table row of a risk tier", "confluencecli-security", "en",
           "| **T1 medium** | writes external state, holds writable credentials |\n", "", ("P006", "P007"), (33, 45),
           names="T1 中", known_miss=True),
    Defect("swapped sections of a security policy", "confluencecli-security", "en",
           *_swapped_last("confluencecli-security", "en", "## Untrusted Content", "## Supply Chain"), "P003",
           (56, 75)),
    Defect("a changed percentage of contract coverage", "confluencecli-contributing", "en",
           "**Functional Contract Coverage = 100%**", "**Functional Contract Coverage = 90%**", "F001", (89, 104)),
    Defect("a changed URL of a Go proxy", "confluencecli-contributing", "en", "`GOPROXY=https://goproxy.cn,direct`",
           "`GOPROXY=https://goproxy.io,direct`", "F004", (25, 48)),
    Defect("a dropped paragraph without facts", "confluencecli-contributing", "en",
           "`reference` walks the command tree automatically, so new commands appear in `confluence-cli reference` "
           "without extra wiring.\n\n", "", "P006", (105, 115)),
    Defect("a dropped item of the PR checklist", "confluencecli-contributing", "en", "- [ ] Lint passing (`make lint`)\n",
           "", "P007", (125, 136), names="Lint 通过"),
    Defect("a changed minimum CMake version", "enhancevision-contributing", "en", "- CMake 3.20+", "- CMake 3.16+", "F001",
           (56, 63)),
    Defect("a changed URL of the issues", "enhancevision-contributing", "en",
           "[GitHub Issues](https://github.com/K-irito02/EnhanceVision/issues)",
           "[GitHub Issues](https://github.com/K-irito02/EnhanceVision/discussions)", "F004", (26, 37)),
    Defect("swapped contents of two sections, headings kept", "enhancevision-contributing", "en",
           *_swapped_contents("enhancevision-contributing", "en", "### C++ Standards", "### QML Standards",
                              "### Code Formatting"), ("P003", "P006", "P007"), (91, 109), most=4),
]

# --- Held-out round 29 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth (tests/corpus/README.md,
# "Held-out round 29") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Two are Chinese-first (TuGraph's and Bella Workflow's contributing guides), two
# English-first (the NautilusTrader CLA, translated in a fork, and NotionNext's contributing guide, whose two languages
# drifted apart after the Chinese was added); of the other three the history cannot tell.
HELD_OUT_29 = ("nautilus-cla", "tugraph-contributing", "bella-contributing", "tradingmapclaw-security",
               "trystack-governance", "homeedge-governance", "notionnext-contributing")

# Defects written into copies of the round-29 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level; for a swap, both sections), set before any checker was run on any round-29
# pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding must quote. No pair
# states an e-mail address, so none is changed: the numbers changed are a company number, a time to answer a review
# (two working days), a lazy-consensus window, a period of inactivity, a monthly spending cap ($55, an amount), its
# percentage (13.5%) and an SDK version; the dates are the CLA's last update and the security policy's version date;
# four URLs are changed.
DEFECTS_29 = [
    Defect("a changed date of the last update", "nautilus-cla", "en", "16. **Last updated**: 4th October 2024.",
           "16. **Last updated**: 4th October 2023.", ("F002", "F001"), (34, 40)),
    Defect("a changed company number", "nautilus-cla", "en", "Nautech Systems Pty Ltd (ACN 609 589 237)",
           "Nautech Systems Pty Ltd (ACN 609 589 273)", "F001", (5, 9)),
    Defect("a dropped warranty", "nautilus-cla", "en",
           "- (ii) that Our use of the Contributions will not infringe the intellectual property rights of any third "
           "party; and\n", "", "P007", (18, 23), names="我们对贡献的使用"),
    Defect("swapped sections of a CLA", "nautilus-cla", "en",
           *_swapped("nautilus-cla", "en", "## Representations and Warranties", "## General", "## Definitions"), "P003",
           (18, 33)),
    Defect("a changed time to answer a review", "tugraph-contributing", "en", "after two working days",
           "after three working days", "F001", (89, 94)),
    Defect("a changed URL of the CI script", "tugraph-contributing", "en", "/blob/master/ci/github_ci.sh)",
           "/blob/master/ci/github_ci_build.sh)", "F004", (60, 63)),
    Defect("a dropped paragraph without facts", "tugraph-contributing", "en",
           "Comments on code Review will be directly noted to the corresponding PR or Issue. If you find the suggestions "
           "reasonable, please update them to your code.\n\n", "", "P006", (89, 92)),
    Defect("a dropped advantage of an issue", "tugraph-contributing", "en",
           "- TuGraph maintainers will discuss the bugs or new features you mentioned to determine whether the "
           "modification is necessary, whether there is room for improvement or a better way.\n", "", "P007", (35, 41),
           names="TuGraph 的维护人员"),
    Defect("swapped sections of a contributing guide", "tugraph-contributing", "en",
           *_swapped("tugraph-contributing", "en", "## 1. Preface", "## 2. What to contribute", "## 3. Preparation"),
           "P003", (7, 16), known_miss=True),
    Defect("a changed lazy-consensus window", "trystack-governance", "en", "(usually 72 hours for non-urgent changes)",
           "(usually 48 hours for non-urgent changes)", "F001", (27, 33)),
    Defect("a changed period of inactivity", "trystack-governance", "en", "inactive for 90 days may be moved",
           "inactive for 60 days may be moved", "F001", (93, 97)),
    Defect("a dropped item of a proposal", "trystack-governance", "en", "  - Compatibility / migration concerns\n", "",
           "P007", (45, 53), names="兼容性/迁移影响", known_miss=True),
    Defect("swapped contents of two sections, headings kept", "trystack-governance", "en",
           *_swapped_contents("trystack-governance", "en", "### Become a Reviewer", "### Become a Maintainer",
                              "## Offboarding"), ("P003", "P006", "P007"), (65, 92), most=4),
    Defect("a dropped item of a change record", "homeedge-governance", "en", "4. synthetic and platform evidence;\n", "",
           "P007", (27, 43), names="合成证据与平台证据"),
    Defect("a dropped paragraph without facts", "homeedge-governance", "en",
           "When consensus is unavailable, project maintainers make the final repository decision and record the\n"
           "reason. Security-sensitive details may remain confidential until disclosure is safe.\n\n", "", "P006",
           (27, 41)),
    Defect("a dropped stage of the adapter lifecycle", "homeedge-governance", "en",
           "- **Experimental adapter** — admitted for bounded development with an owner and synthetic evidence;\n"
           "  interfaces may change and field support is not implied.\n", "", "P007", (45, 66), names="实验性适配器"),
    Defect("swapped sections of a governance", "homeedge-governance", "en",
           *_swapped("homeedge-governance", "en", "## Releases", "## Sponsorship and influence", "## Changes to governance"),
           "P003", (77, 88)),
    Defect("a changed URL of the canonical repository", "notionnext-contributing", "en",
           "**https://github.com/notionnext-org/NotionNext**", "**https://github.com/notionnext/NotionNext**", "F004",
           (17, 33)),
    Defect("a dropped step of the setup", "notionnext-contributing", "en", "3. Create a new branch in the repository.\n", "",
           "P007", (42, 51), names="为本次任务创建独立分支"),
    Defect("swapped sections of a contributing guide", "notionnext-contributing", "en",
           *_swapped("notionnext-contributing", "en", "## Creating new themes", "## Adding localizations",
                     "## Environment Variables"), "P003", (79, 95), known_miss=True),
    Defect("a changed monthly spending cap", "tradingmapclaw-security", "en", "**$55 USD (¥400)**", "**$65 USD (¥400)**",
           "F001", (66, 69)),
    Defect("a changed percentage of the cap", "tradingmapclaw-security", "en", "(13.5% of the cap)", "(15.5% of the cap)",
           "F001", (66, 69)),
    Defect("a dropped sentence with a number", "tradingmapclaw-security", "en",
           "Actual spend runs around ~$7/mo (13.5% of the cap). ", "", ("F001", "P006"), (66, 69)),
    Defect("a changed date of the version", "tradingmapclaw-security", "en", "> **TradingMapClaw (TMC) v2.0 | 2026-07-12**",
           "> **TradingMapClaw (TMC) v2.0 | 2026-07-21**", ("F002", "F001"), (5, 8)),
    Defect("a changed URL of the advisory form", "tradingmapclaw-security", "en",
           "TradingMapClaw/security/advisories/new)", "TradingMapClaw/security/advisories)", "F004", (76, 83)),
    Defect("a dropped item of local-only storage", "tradingmapclaw-security", "en", "- No database exposed to the network.\n",
           "", "P007", (28, 32), names="无数据库暴露在网络中"),
    Defect("a changed version of the SDK", "bella-contributing", "en",
           "add `api/resources/bella-job-queue-sdk-1.0.1-SNAPSHOT.jar` to your local Maven",
           "add `api/resources/bella-job-queue-sdk-1.0.2-SNAPSHOT.jar` to your local Maven", "F001", (19, 52)),
    Defect("a changed URL of the upstream repository", "bella-contributing", "en",
           "git remote add upstream https://github.com/LianjiaTech/bella-workflow.git",
           "git remote add upstream https://github.com/LianjiaTech/bella-workflows.git", "F004", (19, 52)),
    Defect("a dropped way to contribute", "bella-contributing", "en", "- Answer community questions\n", "", "P007",
           (111, 118), names="回答社区问题"),
    Defect("swapped sections of a contributing guide", "bella-contributing", "en",
           *_swapped("bella-contributing", "en", "## Issues and Discussions", "## Other Ways to Contribute",
                     "## Contact Us"), "P003", (106, 119)),
]

# The one held-out run of rounds 28 and 29 (issue 10), each on the checker of commit 1d5d706 of main (rounds 26 and 27
# registered and tuned on), classified against the ground truth written before (tests/corpus/README.md, "The one
# held-out run of round 28, classified" and round 29's): round 28, 18 findings, 3 false, 28 of 30 defects caught;
# round 29, 27 findings, 11 false, 25 of 30. Since, "4 级" and "4-Level" opening a heading are quantities, not section
# numbers (TradingMapClaw's two false findings go); nothing else was changed.
EXPECTED.update({
    # true: the reporting channels, the key's status, generation and publication, the fingerprint placeholder, the
    # maintainers' section (content); false: the source note "Source / 英文原文" (a link to the English version: form),
    # "0-day" against "zero-day", the review date the Chinese sets after its maintainers' section
    "attestplane-security": [("en", 7, "P006"), ("en", 30, "F004"), ("en", 37, "F004"), ("en", 49, "F001"),
                             ("en", 49, "F004"), ("en", 49, "F004"), ("en", 57, "P006"),
                             ("en", 69, "P007"), ("en", 70, "F004"), ("en", 236, "F001"),
                             ("en", 236, "P002"), ("en", 247, "P006")],
    # true: "Release Boundary", "Your first contribution" and the reviewers' deadlock rule, only in English (content)
    "attestplane-contributing": [("en", 42, "P002"), ("en", 55, "P002"), ("en", 183, "P007")],
    "garycli-security": [],
    # true: the subsection "prompt.md Example" and the FAQ on AI backends, only in English (content)
    "garycli-contributing": [("en", 206, "P002"), ("en", 357, "P006")],
    "confluencecli-security": [],
    "confluencecli-contributing": [],
    "enhancevision-contributing": [],
    "nautilus-cla": [],
    # true: 3.1 to 3.3 one level shallower in English (form: P004 and three N002 of the English numbering), 4.2 only in
    # Chinese (content), the steps renumbered (form: three P005); false: the clone URL's placeholder in each language,
    # and the steps the English reorders and joins ("Configuring Github Information", "修改代码提交到本地", "提交代码到
    # 远程仓库", "其它注意事项") said missing or added. Since round 32, "Configuring Github Information" is paired with
    # "配置 Github 信息" by what their headings speak of whatever their numbers: said out of order (P003) and renumbered
    # and 4.6 with the English 4.5 (two P005 more), true; the P002 and two P006 they gave, and 4.6's P002, gone; since
    # round 33 the clone URL's blank in each language ("您的账号名", "Your account name") is one address to fill in;
    # since round 68 the steps renumbered because one is missing, one moved and two joined are not named each (five
    # P005: the missing, moved and joined steps are the findings)
    "tugraph-contributing": [("en", 19, "N002"), ("en", 19, "P004"), ("en", 23, "N002"), ("en", 29, "N002"),
                             ("en", 35, "P002"), ("en", 54, "P003"), ("en", 64, "P002")],
    "bella-contributing": [],
    # (the run gave a P005 and an N004: "### 4 级数据回退链" read as section 4; false, a quantity since)
    "tradingmapclaw-security": [],
    "trystack-governance": [],
    "homeedge-governance": [],
    # true: the membership paragraph and the filtered issues link only in Chinese; the three sentences, the fork, pull
    # request and Next.js links only in English (content); false: step 6 said missing (its English adds words), the
    # commands the English moves to another section, the block of link definitions (their links are the F004). (One of
    # the three sentences, "Please follow these rules for every contribution:", a lead-in the English adds over its
    # list, is no finding since round 45)
    "notionnext-contributing": [("en", 17, "P006"), ("en", 34, "F004"), ("en", 42, "P007"), ("en", 42, "P007"),
                                ("en", 71, "P006"), ("en", 98, "P006"),
                                ("en", 117, "F004"), ("en", 118, "F004"), ("en", 119, "F004")],
})
FALSE.update({
    "attestplane-security": [("en", 7, "P006"), ("en", 236, "F001"), ("en", 247, "P006")],
    "tugraph-contributing": [("en", 64, "P002")],
    "notionnext-contributing": [("en", 42, "P007"), ("en", 42, "P007")],
})
DEFECTS += DEFECTS_28 + DEFECTS_29
RETUNED_28 = HELD_OUT_28
RETUNED_29 = HELD_OUT_29
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 30, collected apart

# --- Held-out round 30 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth (tests/corpus/README.md,
# "Held-out round 30") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Two are Chinese-first (PageSpy's and Ascend Samples' contributing guides), four
# English-first (MCP-HUB's, gm-kms' and LeRobot's security policies, LeRobot's contributing guide, the LeRobot Chinese
# texts a contributor's translation in a pull request not merged in the snapshot); EasyTier's contributing guide was
# added in both languages at once and its English alone changed since (a section on the WASI core).
HELD_OUT_30 = ("mcphub-security", "lerobot-security", "lerobot-contributing", "pagespy-contributing",
               "ascend-samples-contributing", "easytier-contributing", "gmkms-security")

# Defects written into copies of the round-30 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level; for a swap, both sections; Ascend Samples' guide has no `#` heading, its
# parts are bold lines, so its defects may stand anywhere in the text), set before any checker was run on any round-30
# pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding must quote. No pair
# states an amount of money: the numbers changed are a time to acknowledge a report, a dev server's port, a Node.js
# version, a CANN version and a comment rate (a percentage); the date is the day a repository's state was verified; one
# e-mail address and seven URLs (one a local address whose port is changed) are changed.
DEFECTS_30 = [
    Defect("a changed time to acknowledge a report", "gmkms-security", "en",
           "| Acknowledgment | Within 3 business days |", "| Acknowledgment | Within 2 business days |", "F001", (29, 38)),
    Defect("a changed URL of the private reporting form", "gmkms-security", "en",
           "(https://github.com/GM-Engineers/gm-kms/security/advisories/new)",
           "(https://github.com/GM-Engineers/gm-kms/security/advisories)", "F004", (14, 28)),
    Defect("a dropped component in scope", "gmkms-security", "en", "- **kms-mfa**: Multi-factor authentication (TOTP)\n", "",
           "P007", (39, 53), names="kms-mfa"),
    Defect("swapped sections of a security policy", "gmkms-security", "en",
           *_swapped_last("gmkms-security", "en", "### Recognition", "### Supported Versions"), "P003", (63, 74)),
    Defect("a changed date the repository's state was verified", "mcphub-security", "en",
           "## 🛡️ Current Repository State (verified 2026-06-01)",
           "## 🛡️ Current Repository State (verified 2026-06-10)", ("F002", "F001"), (46, 56)),
    Defect("a dropped check with a number", "mcphub-security", "en",
           "- ✅ No secrets in any commit's diff (all 9 commits scanned)\n", "", ("P007", "F001"), (46, 55),
           names="所有 commit diff 都没有密钥"),
    Defect("a dropped table row of an environment", "mcphub-security", "en",
           "| **Netlify** | Site settings → Environment variables | Add via web UI; available as `process.env.NAME` |\n", "",
           ("P006", "P007"), (57, 65), names="Netlify"),
    Defect("a changed URL to revoke a key", "mcphub-security", "en", "- OpenAI: <https://platform.openai.com/api-keys>",
           "- OpenAI: <https://platform.openai.com/account/api-keys>", "F004", (67, 107)),
    Defect("a changed security e-mail address", "lerobot-security", "en",
           "**[security@huggingface.co](mailto:security@huggingface.co)**", "**[security@hf.co](mailto:security@hf.co)**",
           "F003", (28, 31)),
    Defect("a changed URL of the advisory tab", "lerobot-security", "en",
           "(https://github.com/huggingface/lerobot/security/advisories/new)",
           "(https://github.com/huggingface/lerobot/security/advisories)", "F004", (22, 27)),
    Defect("a dropped item out of scope", "lerobot-security", "en",
           "- Findings in `examples/`, documentation, tests, or other non-packaged reference material.\n", "", "P007",
           (118, 128), names="examples/"),
    Defect("swapped sections of a security policy", "lerobot-security", "en",
           *_swapped("lerobot-security", "en", "## In scope", "## Out of scope", "## Safe harbor"), "P003", (108, 129)),
    Defect("a dropped paragraph without facts", "lerobot-security", "en",
           "Fortunately, being an open-source project, the community can also help by reporting and fixing vulnerabilities. "
           "We appreciate your efforts to responsibly disclose your findings and will make every effort to acknowledge your "
           "contributions.\n\n", "", "P006", (7, 10)),
    Defect("a changed URL of the Discord channel", "lerobot-contributing", "en", "(https://discord.gg/q8Dzzpym3f)",
           "(https://discord.gg/q8Dzzpym3g)", "F004", (11, 22)),
    Defect("a dropped way to contribute", "lerobot-contributing", "en",
           "- **Documentation:** Improve examples, guides, and docstrings.\n", "", "P007", (11, 21),
           names="改进示例、指南和文档字符串"),
    Defect("swapped contents of two sections, headings kept", "lerobot-contributing", "en",
           *_swapped_contents("lerobot-contributing", "en", "### Code Style (Pre-commit)", "### Running Tests",
                              "## Submitting Issues"), ("P003", "P006", "P007"), (43, 77), most=4),
    Defect("a changed port of the server", "pagespy-contributing", "en", "VITE_API_BASE=localhost:6752",
           "VITE_API_BASE=localhost:6753", "F001", (109, 144), known_miss=True),
    Defect("a changed URL of the local debugger", "pagespy-contributing", "en", "5. Visit http://localhost:5173/ in your",
           "5. Visit http://localhost:5137/ in your", ("F004", "F001"), (109, 144)),
    Defect("a dropped step of the SDK setup", "pagespy-contributing", "en",
           "1. Open the `page-spy` project in VSCode or your preferred editor;\n\n", "", "P007", (145, 159),
           names="page-spy 项目"),
    Defect("a dropped paragraph without facts", "pagespy-contributing", "en",
           "Create a test project or use an existing one to import the SDK and connect to our service.\n\n", "", "P006",
           (166, 188)),
    Defect("swapped sections of a contributing guide", "pagespy-contributing", "en",
           *_swapped_last("pagespy-contributing", "en", "### Focusing on Debugger WebUI", "### Focusing on SDK"), "P003",
           (191, 236)),
    Defect("a changed comment rate", "ascend-samples-contributing", "en", "comment rate within 30%–40%",
           "comment rate within 20%–40%", "F001", (5, 167)),
    Defect("a changed CANN version of the test environment", "ascend-samples-contributing", "en",
           "2. Atlas200dk and A300-3010 of CANN 5.0.4.alpha002.", "2. Atlas200dk and A300-3010 of CANN 5.0.5.alpha002.",
           "F001", (5, 167)),
    Defect("a dropped coding rule", "ascend-samples-contributing", "en", "    4. Do not call **exit** in functions.   \n", "",
           "P007", (5, 166), names="不准在函数里调用exit"),
    Defect("a changed URL of the Python style guide", "ascend-samples-contributing", "en", "(https://pep8.org/)",
           "(https://peps.python.org/pep-0008/)", "F004", (5, 167)),
    Defect("a dropped sentence with a number", "ascend-samples-contributing", "en",
           "Python 3.6.9 can be installed using the **python3.6** command. ", "", ("F001", "P006"), (5, 167),
           known_miss=True),
    Defect("a changed minimum Node.js version", "easytier-contributing", "en", "- Node.js v21 or higher",
           "- Node.js v20 or higher", "F001", (30, 36)),
    Defect("a changed URL of the project documentation", "easytier-contributing", "en",
           "(https://github.com/EasyTier/EasyTier/wiki)", "(https://github.com/EasyTier/EasyTier/discussions)", "F004",
           (228, 232)),
    Defect("a dropped rule of pull requests", "easytier-contributing", "en", "5. Keep changes focused and atomic\n", "",
           "P007", (219, 226), names="保持变更的原子性和聚焦性"),
    Defect("swapped sections of a contributing guide", "easytier-contributing", "en",
           *_swapped("easytier-contributing", "en", "## Testing Guidelines", "## Pull Request Guidelines",
                     "## Additional Resources"), "P003", (198, 227)),
]

# --- Held-out round 31 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/checks); their ground truth (tests/corpus/README.md,
# "Held-out round 31") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 30 (owners a to k), from owners l to z. One is
# English-first by its history (Open-IM-Server's contributing guide, translated ten days after the English, in a pull
# request never merged); three are Chinese-first by their projects' convention (BK-JOB's two and PaddlePaddle's: the
# Chinese the default file, the English beside it), though each of those pairs entered its repository in one commit;
# of the other three the history cannot tell. The longest is Open-IM-Server's (20/23 kB).
HELD_OUT_31 = ("openim-contributing", "bkjob-gitworkflow", "bkjob-contributing", "paddle-submitpr",
               "chineselunar-contributing", "vibecoding-security", "superdou-privacy")

# Defects written into copies of the round-31 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level; for a swap, both sections), set before any checker was run on any round-31
# pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding must quote. No pair
# states an amount of money or a percentage, so none is changed: the numbers changed are a time to acknowledge, a
# period to patch, an age, a number of commits to squash and a release branch; the date is the privacy policy's last
# update; two e-mail addresses and five URLs are changed.
DEFECTS_31 = [
    Defect("a changed time to acknowledge a report", "vibecoding-security", "en",
           "- **Within 48 hours**: Initial response", "- **Within 24 hours**: Initial response", "F001", (29, 35)),
    Defect("a changed period to patch a non-critical vulnerability", "vibecoding-security", "en",
           "- **Within 30 days**: Patch release for non-critical", "- **Within 60 days**: Patch release for non-critical",
           "F001", (29, 35)),
    Defect("a changed reporting e-mail address", "vibecoding-security", "en",
           "1. Send an email to: **security@vibe-coding.dev**", "1. Send an email to: **security@vibe-coding.com**",
           "F003", (20, 28)),
    Defect("swapped sections of best practices", "vibecoding-security", "en",
           *_swapped("vibecoding-security", "en", "### Environment Variables", "### Database Security", "### Deployment"),
           "P003", (46, 58)),
    Defect("a changed date of the last update", "superdou-privacy", "en", "Last Updated: May 15, 2025",
           "Last Updated: May 25, 2025", ("F002", "F001"), (5, 8)),
    Defect("a changed minimum age", "superdou-privacy", "en", "children under 13 years of age",
           "children under 16 years of age", "F001", (86, 89)),
    Defect("a dropped data-security commitment", "superdou-privacy", "en", "3. No Data Storage: No user data is stored\n",
           "", "P007", (66, 72), names="无数据存储"),
    Defect("swapped sections of a privacy policy", "superdou-privacy", "en",
           *_swapped("superdou-privacy", "en", "## Third-Party Services", "## Children's Privacy",
                     "## Privacy Policy Updates"), "P003", (82, 89)),
    Defect("a changed URL of the repository to fork", "chineselunar-contributing", "en",
           "[this repository](https://github.com/LIjiAngChen8/chinese-lunar)",
           "[this repository](https://github.com/LIjiAngChen8/chinese-lunar-js)", "F004", (29, 39)),
    Defect("a dropped commit type", "chineselunar-contributing", "en", "- revert: Revert previous commit\n", "", "P007",
           (52, 67), names="revert"),
    Defect("a dropped paragraph without facts", "chineselunar-contributing", "en",
           "Every significant change is documented in the changelog file.\n\n", "", "P006", (19, 22), known_miss=True),
    Defect("swapped sections of a contributing guide", "chineselunar-contributing", "en",
           *_swapped("chineselunar-contributing", "en", "## Code of Conduct", "## Open Development",
                     "## Semantic Versioning"), "P003", (11, 18)),
    Defect("a changed number of commits to squash", "paddle-submitpr", "en", "merge the latest 3 commits into one",
           "merge the latest 5 commits into one", "F001", (7, 20)),
    Defect("a changed URL of the rebase guide", "paddle-submitpr", "en", "(https://www.jianshu.com/p/4a8f4af4e803)",
           "(https://www.jianshu.com/p/4a8f4af4e830)", "F004", (7, 20)),
    Defect("a dropped step of signing the CLA", "paddle-submitpr", "en",
           "- Please click “Sign in with GitHub to agree” in CLA website.It will change into your Pull Request page after "
           "the click.\n\n", "", "P007", (40, 58), names="请你点击 CLA 网站中的"),
    Defect("swapped sections of a pull request guide", "paddle-submitpr", "en",
           *_swapped_last("paddle-submitpr", "en", "## Delete remote branch", "## Delete local branch"), "P003", (72, 95)),
    Defect("a changed URL of the issue tracker", "bkjob-contributing", "en",
           "[issues](https://github.com/Tencent/bk-job/issues)", "[issues](https://github.com/Tencent/bk-job/discussions)",
           "F004", (87, 98)),
    Defect("a dropped table row of commit marks", "bkjob-contributing", "en",
           "| perf     | Optimize configurations & parameters/Optimize the logic and the functionality |\n", "",
           ("P006", "P007"), (55, 67), names="perf"),
    Defect("a dropped step of a fix", "bkjob-contributing", "en", "* Update the documentation (if necessary).\n", "",
           "P007", (69, 85), names="更新文档"),
    Defect("swapped contents of two sections, headings kept", "bkjob-contributing", "en",
           *_swapped_contents("bkjob-contributing", "en", "## Design Document", "## Contribute Functionality and Feature",
                              "## How to Get Started"), ("P003", "P006", "P007"), (13, 30), most=4),
    Defect("a changed release branch", "bkjob-gitworkflow", "en", "| **3.x.x**       | Release branch",
           "| **4.x.x**       | Release branch", "F001", (59, 67)),
    Defect("a changed URL of the issue tracker", "bkjob-gitworkflow", "en",
           "👉 **https://github.com/TencentBlueKing/bk-job/issues**",
           "👉 **https://github.com/TencentBlueKing/bk-job/discussions**", "F004", (49, 56)),
    Defect("a dropped rule of the important notes", "bkjob-gitworkflow", "en",
           "5. Feature branches should have a short lifecycle. Clean up merged branches promptly.\n", "", "P007",
           (300, 307), names="特性分支的生命周期"),
    Defect("swapped sections of branch management", "bkjob-gitworkflow", "en",
           *_swapped("bkjob-gitworkflow", "en", "### Main Branches", "### Branch Naming Suggestions",
                     "## Development Workflow"), "P003", (59, 80)),
    Defect("a dropped paragraph without facts", "bkjob-gitworkflow", "en",
           "After verification passes, before submitting a PR, sync the latest master code from the main repository on "
           "your feature branch. During your development, other feature branches may have been merged into master, and "
           "submitting a PR directly may cause conflicts.\n\n", "", "P006", (192, 239)),
    Defect("a changed security e-mail address", "openim-contributing", "en",
           "send us a private email to winxu81@gmail.com", "send us a private email to winxu18@gmail.com", "F003",
           (175, 180)),
    Defect("a changed URL of the Slack invitation", "openim-contributing", "en",
           "through [Slack](https://join.slack.com/t/openimsdk/shared_invite/",
           "through [Slack](https://join.slack.com/t/openim/shared_invite/", "F004", (354, 367)),
    Defect("a dropped case for opening an issue", "openim-contributing", "en", "+ test improvement\n", "", "P007",
           (181, 202), names="测试改进", known_miss=True),
    Defect("swapped sections of a contributing guide", "openim-contributing", "en",
           *_swapped("openim-contributing", "en", "## Engage to help anything", "## Release version", "## Contact Us"),
           "P003", (314, 353)),
    Defect("a dropped sentence with a number", "openim-contributing", "en",
           "When documenting a new design, we recommend a 2-step approach:\n\n", "", ("F001", "P006"), (59, 77)),
]

# The one held-out run of rounds 30 and 31 (issue 10): round 30 on the checker of commit e26a436 of main (rounds 28 and 29
# registered and tuned on), round 31 on commit b05d3c8 (after round 30's changes); each classified against the ground
# truth written before (tests/corpus/README.md, "The one held-out run of round 30, classified" and round 31's): round
# 30, 40 findings, 31 false, 27 of 30 defects caught; round 31, 10 findings, 4 false, 28 of 30. Since, parts set in bold
# with roman numerals are clauses (Ascend, 27 false findings), versions of three parts are one version (MCP-HUB), tables
# of contents in both texts are compared as the sections they name (EasyTier), a list item run into its number is one
# E009 and compared as the item meant (Open-IM-Server), 两步 states its figure and "**Option 1:**" is a label (BK-JOB).
EXPECTED.update({
    # true: the incident response's five steps, subsections in Chinese, a numbered list in English (form)
    "mcphub-security": [("en", 67, "P004")],
    "lerobot-security": [],
    "lerobot-contributing": [],
    # true: the Docker Hub and container links only in Chinese (content)
    "pagespy-contributing": [("en", 14, "F004"), ("en", 14, "F004")],
    # true: no heading in either text, only bold lines (form)
    "ascend-samples-contributing": [("en", 4, "E003"), ("zh", 1, "E003")],
    # true: "Building the WASI core" only in English (content)
    "easytier-contributing": [("en", 120, "P002")],
    "gmkms-security": [],
    # true: the review rule the Chinese doubles (content); "5.请为…" run into its number, shown as part of item 4 (form)
    "openim-contributing": [("en", 247, "P007"), ("zh", 299, "E009")],
    "bkjob-gitworkflow": [],
    "bkjob-contributing": [],
    # true: the closing-issues link only in Chinese, "Create an Issue …" only in English (content)
    "paddle-submitpr": [("en", 21, "F004"), ("en", 23, "P006")],
    # true: the issues link to another project, the breaking-changes note only in Chinese (content); the tree's heading
    # one level deeper in English (form)
    "chineselunar-contributing": [("en", 27, "F004"), ("en", 69, "P004"), ("en", 69, "P006")],
    "vibecoding-security": [],
    "superdou-privacy": [],
})
DEFECTS += DEFECTS_30 + DEFECTS_31
RETUNED_30 = HELD_OUT_30
RETUNED_31 = HELD_OUT_31
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 32, collected apart

# --- Held-out round 32 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 32") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 33 (owners l to z), from owners with a digit or a to
# k. Two are Chinese-first by their history (Magpie's and REOT's contributing guides: the English translated later),
# two English-first (Better GitHub Stars Manager's privacy policy, translated seven weeks after; github-readme-stats'
# contributing guide, a contributor's translation in a pull request never merged); DIPCP's CLA and privacy policy and
# go-etl's contributing guide entered their repositories in both languages at once. DIPCP's CLA drifted: its English
# is the template with three further outbound options and a patent licence, its Chinese a customised version 1.2.
HELD_OUT_32 = ("dipcp-cla", "dipcp-privacy", "goetl-contributing", "magpie-contributing", "reot-contributing",
               "starsmanager-privacy", "readmestats-contributing")

# Defects written into copies of the round-32 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-32 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states an e-mail address or an amount of money, so none is changed: the
# numbers changed are a licence version, an age, a Go version, a QQ group number, an HTTP status, a number of attempts
# kept and a port; the date is a privacy policy's effective date; six URLs are changed.
DEFECTS_32 = [
    Defect("a changed licence version of media (CC BY 4.0 → 3.0)", "dipcp-cla", "en",
           "Creative Commons Attribution 4.0 International License", "Creative Commons Attribution 3.0 International License",
           "F001", (59, 64)),
    Defect("a dropped definition without facts", "dipcp-cla", "en",
           "**\"Media\"** means any portion of a Contribution which is not software.\n\n", "", "P006", (13, 30), known_miss=True),
    Defect("a dropped paragraph without facts", "dipcp-cla", "en",
           "**TO THE EXTENT THAT ANY SUCH WARRANTIES CANNOT BE DISCLAIMED, SUCH WARRANTY IS LIMITED IN DURATION TO THE "
           "MINIMUM PERIOD PERMITTED BY LAW.**\n\n", "", "P006", (91, 96)),
    Defect("swapped sections of a contributor licence agreement", "dipcp-cla", "en",
           *_swapped("dipcp-cla", "en", "### 6.3 Assignment", "### 6.4 Waiver", "### 6.5 Severability"), "P003", (115, 122)),
    Defect("a changed minimum age", "dipcp-privacy", "en", "children under 13 years of age",
           "children under 16 years of age", "F001", (154, 159)),
    Defect("a changed URL of the project repository", "dipcp-privacy", "en",
           "- **Project Repository**: https://github.com/DIPCNPO/DIPCP\n",
           "- **Project Repository**: https://github.com/DIPCNPO/DIPCP-App\n", "F004", (176, 184)),
    Defect("a dropped limitation of rights", "dipcp-privacy", "en", "- Unable to retract published articles.\n", "", "P007",
           (144, 152), names="无法撤回已发布的文章"),
    Defect("swapped sections of a privacy policy", "dipcp-privacy", "en",
           *_swapped("dipcp-privacy", "en", "## 7. Children's Privacy", "## 8. International Transfers",
                     "## 9. Privacy Policy Changes"), "P003", (154, 165)),
    Defect("a changed minimum Go version", "goetl-contributing", "en", "- Go 1.20 or higher", "- Go 1.21 or higher", "F001",
           (58, 63)),
    Defect("a changed QQ group number", "goetl-contributing", "en", "- QQ Group: 185188648", "- QQ Group: 185188684",
           "F001", (362, 371)),
    Defect("a dropped item of a bug report", "goetl-contributing", "en", "- Possible solutions\n", "", "P007", (28, 37),
           names="可能的解决方案"),
    Defect("a dropped paragraph without facts", "goetl-contributing", "en",
           "For performance-related changes, please provide a performance test report including:\n\n", "", "P006", (325, 331)),
    Defect("swapped sections of a contributing guide", "goetl-contributing", "en",
           *_swapped("goetl-contributing", "en", "## Testing", "## Documentation", "## Getting Help"), "P003", (313, 361)),
    Defect("a changed URL of the translation platform", "magpie-contributing", "en",
           "https://hosted.weblate.org/projects/magpie.", "https://hosted.weblate.org/projects/magpie-app.", "F004", (86, 89)),
    Defect("a dropped rule of contributing code", "magpie-contributing", "en", "3. Your branch must compile.\n", "", "P007",
           (38, 84), names="你的分支必须可以通过编译检查"),
    Defect("a dropped paragraph without facts", "magpie-contributing", "en",
           "Magpie hasn't been thoroughly tested, so errors are inevitable. We hope you can let us know about the errors, "
           "which helps everyone having the same problems.\n\n", "", "P006", (19, 27)),
    Defect("swapped sections of a contributing guide", "magpie-contributing", "en",
           *_swapped("magpie-contributing", "en", "### I'd like to contribute translations", "### I'd like to contribute to the documentations",
                     "### I'd like to fund Magpie"), "P003", (86, 95)),
    Defect("a changed HTTP status of an error", "reot-contributing", "en", "will result in 404 errors.",
           "will result in 403 errors.", "F001", (32, 54)),
    Defect("a changed URL of the GitHub Pages site", "reot-contributing", "en",
           "(https://evil0ctal.github.io/Reverse-Engineering-Online-Toolkit)", "(https://evil0ctal.github.io/REOT)", "F004",
           (19, 23)),
    Defect("a dropped advantage of modular internationalization", "reot-contributing", "en", "- Avoids Git merge conflicts\n",
           "", "P007", (150, 195), names="避免 Git 合并冲突"),
    Defect("swapped sections of a contributing guide", "reot-contributing", "en",
           *_swapped("reot-contributing", "en", "## Code of Conduct", "## License", "## Contact Us"), "P003", (267, 277)),
    Defect("a changed effective date", "starsmanager-privacy", "en", "Effective date: 2026-08-16", "Effective date: 2026-08-26",
           ("F002", "F001"), (5, 12)),
    Defect("a changed number of attempts kept", "starsmanager-privacy", "en", "to the newest 128 per conversation",
           "to the newest 100 per conversation", "F001", (82, 107)),
    Defect("a dropped sentence with a number", "starsmanager-privacy", "en",
           "The conversation, recovery, and artifact ledger warns at 256 MiB and stops new writes at a 512 MiB logical "
           "limit. ", "", ("F001", "P006"), (82, 107)),
    Defect("a changed URL of the permissions documentation", "starsmanager-privacy", "en",
           "(https://developer.chrome.com/docs/extensions/develop/concepts/declare-permissions)",
           "(https://developer.chrome.com/docs/extensions/develop/concepts/permissions)", "F004", (156, 161)),
    Defect("a dropped way to delete data", "starsmanager-privacy", "en",
           "- uninstall the extension to remove browser-local extension storage\n", "", "P007", (168, 183),
           names="卸载扩展，删除浏览器本地扩展存储"),
    Defect("a changed port of the development server", "readmestats-contributing", "en",
           "development server at <http://localhost:3000>.", "development server at <http://localhost:3001>.",
           ("F004", "F001"), (32, 46)),
    Defect("a changed URL of the article", "readmestats-contributing", "en",
           "(https://codecrumbs.io/library/github-readme-stats)", "(https://codecrumbs.io/library/readme-stats)", "F004",
           (24, 31)),
    Defect("a dropped way to contribute", "readmestats-contributing", "en", "-   Becoming a maintainer.\n", "", "P007", (5, 13),
           names="成为维护者"),
    Defect("swapped contents of two sections, headings kept", "readmestats-contributing", "en",
           *_swapped_contents("readmestats-contributing", "en", "### Bug Reports", "### Feature Request"),
           ("P003", "P006", "P007"), (93, 114), most=4),
]

# --- Held-out round 33 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 33") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 32 (owners a to k and digits), from owners l to z.
# Three are Chinese-first by their projects' history (SOFARPC's and SOFABolt's contributing pages, whose documentation
# was written in Chinese first, and the OpenAtom "Contransus" translation project's README, whose English was added two
# years after the Chinese); MMCV's contributing guide is English-first by its pull request's own record; of Nacos's two
# pages the history cannot tell. Six pairs, not seven: the time allowed did not give a seventh good one.
HELD_OUT_33 = ("mmcv-contributing", "nacos-contributing", "nacos-contribflow", "sofarpc-contributing",
               "sofabolt-contributing", "openatom-translation")

# Defects written into copies of the round-33 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level; for a swap, both sections), set before any checker was run on any round-33
# pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote. The numbers changed
# are a step number, a percentage of test coverage, a period of updates, an issue number, a count of benefits, a count
# of translations and a period of publication; the dates are a year of the review roadmap and the date in the name of a
# final text (in its URL); two e-mail addresses and seven URLs are changed.
DEFECTS_33 = [
    Defect("a changed URL of GitHub's pull request guide", "mmcv-contributing", "en",
           "(https://docs.github.com/en/github/collaborating-with-issues-and-pull-requests/about-pull-requests)",
           "(https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/about-pull-requests)", "F004",
           (28, 31)),
    Defect("a changed step to repeat", "mmcv-contributing", "en",
           "repeat the steps [4](#4-commit-the-code-and-pass-the-unit-test)",
           "repeat the steps [3](#4-commit-the-code-and-pass-the-unit-test)", "F001", (134, 163)),
    Defect("a dropped paragraph without facts", "mmcv-contributing", "en",
           "If you are very good at handling conflicts, then you can use rebase to resolve conflicts, as this will keep "
           "your commit logs tidy. If you are not familiar with `rebase`, then you can use `merge` to resolve "
           "conflicts.\n\n", "", "P006", (164, 179)),
    Defect("a dropped linting tool", "mmcv-contributing", "en",
           "- [isort](https://github.com/timothycrosley/isort): A Python utility to sort imports.\n", "", "P007",
           (220, 237), names="isort"),
    Defect("swapped contents of two sections, headings kept", "mmcv-contributing", "en",
           *_swapped_contents("mmcv-contributing", "en", "#### Unit test", "#### Document rendering", "### Code style"),
           ("P003", "P006", "P007"), (184, 217), most=4),
    Defect("a changed percentage of test coverage", "nacos-contributing", "en",
           "Ensure over 80% unit test coverage", "Ensure over 70% unit test coverage", "F001", (94, 95)),
    Defect("a changed period of updates", "nacos-contributing", "en", "at least once every 3 months",
           "at least once every 6 months", "F001", (96, 97)),
    Defect("a changed mailing list address", "nacos-contributing", "en",
           "[users-nacos@googlegroups.com](mailto:users-nacos%2Bsubscribe@googlegroups.com)",
           "[user-nacos@googlegroups.com](mailto:user-nacos%2Bsubscribe@googlegroups.com)", "F003", (20, 28)),
    Defect("a changed URL of the Weibo account", "nacos-contributing", "en",
           "[https://weibo.com/u/6574374908](https://weibo.com/u/6574374908)",
           "[https://weibo.com/u/6574374980](https://weibo.com/u/6574374980)", "F004", (17, 17)),
    Defect("a dropped step of the contribution flow", "nacos-contributing", "en", "* Make commits of logical units.\n", "",
           "P007", (41, 64), names="做出一些变更提交", known_miss=True),
    Defect("a changed issue number of an example", "nacos-contribflow", "en", "`For #10000, Fix xxx problem/bug`",
           "`For #1000, Fix xxx problem/bug`", "F001", (48, 59)),
    Defect("a changed count of benefits", "nacos-contribflow", "en", "There are two main benefits:",
           "There are three main benefits:", "F001", (60, 84)),
    Defect("a changed URL of the upstream repository", "nacos-contribflow", "en",
           "git remote add upstream https://github.com/alibaba/nacos.git",
           "git remote add upstream https://github.com/alibaba/nacos-group.git", "F004", (21, 36)),
    Defect("a dropped paragraph without facts", "nacos-contribflow", "en",
           "**If you are using Intellij IDEA**, it is recommended to use the IDE version control, which has a more "
           "convenient visual panel to resolve conflicts and squash operations.\n\n", "", "P006", (60, 82)),
    Defect("swapped sections of a contribution flow", "nacos-contribflow", "en",
           *_swapped("nacos-contribflow", "en", "## 7. Push your develop branch", "## 8. Create Pull Request",
                     "## 9. If no more problem"), "P003", (85, 101)),
    Defect("a changed URL of the roadmap", "sofarpc-contributing", "en",
           "(https://github.com/sofastack/sofa-rpc/wiki/RoadMap)", "(https://github.com/sofastack/sofa-rpc/wiki/Home)",
           "F004", (5, 13)),
    Defect("a changed URL of the Git book", "sofarpc-contributing", "en", "(http://git-scm.com/book/zh/v1)",
           "(http://git-scm.com/book/en/v2)", "F004", (14, 20)),
    Defect("a dropped rule of editing", "sofarpc-contributing", "en", "* Delete the useless comments directly.\n", "",
           "P007", (97, 108), names="对于无用的注释"),
    Defect("a dropped paragraph without facts", "sofarpc-contributing", "en",
           "The Code Review comments will be directly addressed to the corresponding PR or Issue. If you agree the "
           "comments, please apply these suggestions to your patch.\n\n", "", "P006", (124, 127)),
    Defect("swapped sections of a contributing guide", "sofarpc-contributing", "en",
           *_swapped("sofarpc-contributing", "en", "### Submit codes to a remote repository",
                     "### Submit the request of merging codes to trunk", "#### Code review"), "P003", (110, 123)),
    Defect("a changed URL of the licence", "sofabolt-contributing", "en",
           "(https://github.com/sofastack/sofa-bolt/blob/master/LICENSE)",
           "(https://github.com/sofastack/sofa-bolt/blob/master/NOTICE)", "F004", (9, 12)),
    Defect("a dropped rule of editing", "sofabolt-contributing", "en", "* Delete unnecessary comments.\n", "", "P007",
           (101, 111), names="对于无用的注释"),
    Defect("a dropped paragraph without facts", "sofabolt-contributing", "en",
           "You can also use IDE to help run a test.\n\n", "", "P006", (80, 98)),
    Defect("swapped sections of a contributing guide", "sofabolt-contributing", "en",
           *_swapped("sofabolt-contributing", "en", "#### Code review", "#### Merge the code into the master branch",
                     "## Contribute to SOFABolt"), "P003", (128, 136)),
    Defect("a changed number of translations needed for a review", "openatom-translation", "en",
           "for which at least three translations are submitted", "for which at least five translations are submitted",
           "F001", (20, 38), known_miss=True),
    Defect("a changed period of publication", "openatom-translation", "en",
           "After publishing in the community for at least one month",
           "After publishing in the community for at least two months", "F001", (20, 38)),
    Defect("a changed year of the roadmap", "openatom-translation", "en", "- 2024 Q1-Q2：**specificial purposes licenses**",
           "- 2025 Q1-Q2：**specificial purposes licenses**", ("F002", "F001"), (20, 38)),
    Defect("a changed date in the name of a final text", "openatom-translation", "en",
           "%5BEN-CN%5D%20MIT-final%20text-20230115.md", "%5BEN-CN%5D%20MIT-final%20text-20230215.md",
           ("F004", "F002", "F001"), (20, 38)),
    Defect("a changed submission e-mail address", "openatom-translation", "en",
           "or directly send them to Translation@openatom.io.", "or directly send them to Translation@openatom.org.",
           "F003", (39, 46)),
    Defect("a dropped paragraph without facts", "openatom-translation", "en",
           "The final versions of license translation will be published on the official website and the WeChat platform "
           "of OpenAtom, and will also be recommended to open source organizations such as Apache Software Foundation, "
           "Free Software Foundation, Eclipse Foundation and the Open Source Initiative (OSI), etc.", "", "P006",
           (118, 123), known_miss=True),
]

# The one held-out run of rounds 32 and 33 (issue 10): round 32 on the checker of commit af83fce of main (rounds 30 and 31
# registered and tuned on), round 33 on commit c4ae04d (after round 32's changes); each classified against the ground
# truth written before (tests/corpus/README.md, "The one held-out run of round 32, classified" and round 33's): round
# 32, 14 findings, 6 false, 28 of 30 defects caught; round 33, 37 findings, 16 false, 27 of 30. Since, a renumbered
# heading that speaks of the same things pairs whatever its number, 许可 alone is a licence (round 32); an address
# escaped for Markdown or written "[at]", "&#160;", "Category 1:" and an address to fill in (round 33).
EXPECTED.update({
    # true: "第 2.2 条" against "Section 2.3" (content); the patent licence's "Section 2.3" and Options One to Three only
    # in English (content); the signature heading only in English (form). False: the English's added 2.2 renumbers the
    # sections after it, which pair by their numbers: the Chinese 2.2's facts said missing from the patent licence (2),
    # the moral rights paragraph named under the outbound licence, Option Four (the Chinese has its text, without a
    # heading) and 2.6 (the Chinese 2.5) said added. Since round 68 the sections after 2.2 pair with their counterparts
    # by what their headings speak of, not their numbers (2.3 "精神权利" with 2.4 "Moral Rights" …), but the Chinese 2.2
    # is still compared with the patent licence: the outbound licence said added and Option Four's numbers (2.1, 2.2,
    # 4.0) said missing from the Chinese, under the moral rights (false, four), where the moral rights paragraph and
    # 2.6 were said added
    "dipcp-cla": [("en", 39, "F001"), ("en", 41, "F001"), ("en", 41, "F001"), ("en", 43, "F001"), ("en", 45, "P002"),
                  ("en", 47, "P002"), ("en", 51, "P002"), ("en", 55, "P002"), ("en", 59, "P002"),
                  ("en", 61, "F001"), ("en", 63, "F001"), ("en", 129, "P002")],
    "dipcp-privacy": [("en", 9, "F002")],  # true: the last update, October 22 against December 3, 2025 (content)
    "goetl-contributing": [],
    "magpie-contributing": [("en", 34, "F004")],  # true: the issues link only in English (content)
    "reot-contributing": [],
    # false: the lead-in "你可以通过以下方式删除数据：" only in Chinese, which says nothing its list does not (wording)
    "starsmanager-privacy": [("en", 168, "P006")],
    "readmestats-contributing": [],
    # true: the typo sentence only in English, the Type Hints tutorial, the two paragraphs and rule 6 only in Chinese
    # (content); false: a paragraph the English has (named with the China note's neighbour), and the sentence the
    # English ends item (3) with, a paragraph in Chinese (form)
    "mmcv-contributing": [("en", 11, "P006"), ("en", 61, "P006"), ("en", 108, "F004"), ("en", 160, "P006"),
                          ("en", 220, "P006"), ("en", 243, "P007")],
    # true: the licence paragraph only in English, the Lark link only in Chinese, "贡献流程" only in Chinese (content); the
    # channels one level deeper in English (form)
    "nacos-contributing": [("en", 7, "P006"), ("en", 16, "P004"), ("en", 20, "F004"), ("en", 76, "P002")],
    "nacos-contribflow": [],
    # true: the sync step only in Chinese, named by its SSH address (content); false: the steps after it, which the
    # English's code fences indented by tabs swallow (form), said missing
    "sofarpc-contributing": [("en", 38, "F003"), ("en", 38, "P002"), ("en", 38, "P002")],
    "sofabolt-contributing": [],
    # true: the goal and the moving notice only in Chinese, the experts' biographies (numbers 3, 7, 70, three paragraphs;
    # PSLv2 only in English), the review's paragraphs only in English, the paragraph on real names only in Chinese, the
    # OSI and SPDX links only in Chinese (content); false: the opening paragraph (wording), the submission address and
    # the third paragraph, which the two texts number differently (form)
    "openatom-translation": [("en", 9, "P002"), ("en", 9, "P006"), ("en", 9, "P007"), ("en", 14, "F001"),
                             ("en", 14, "F001"), ("en", 14, "P006"), ("en", 18, "F001"),
                             ("en", 22, "P006"), ("en", 30, "P006"), ("en", 39, "P006"),
                             ("en", 41, "F003"), ("en", 43, "F003"), ("en", 45, "P002"),
                             ("en", 47, "F004")],
})
FALSE.update({
    "dipcp-cla": [("en", 41, "F001"), ("en", 41, "F001"), ("en", 45, "P002"), ("en", 59, "P002"), ("en", 61, "F001"),
                  ("en", 63, "F001")],
    "starsmanager-privacy": [("en", 168, "P006")],
    "mmcv-contributing": [("en", 61, "P006"), ("en", 160, "P006")],
    "sofarpc-contributing": [("en", 38, "P002"), ("en", 38, "P002")],
    "openatom-translation": [("en", 9, "P006"), ("en", 41, "F003"), ("en", 43, "F003"), ("en", 45, "P002")],
})
DEFECTS += DEFECTS_32 + DEFECTS_33
RETUNED_32 = HELD_OUT_32
RETUNED_33 = HELD_OUT_33
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 34, collected apart

# --- Held-out round 34 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 34") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 35 (owners l to z), from owners with a digit or a to
# k. Five privacy texts and one contributing guide: Songloft's privacy notice is Chinese-first by its history (the
# English added five weeks later); Loci's privacy page and Paper Galaxy's privacy note are English-first (their Chinese
# added later, Paper Galaxy's saying the English is canonical); Workday Island's privacy note, Apply Pilot's privacy
# policy and dsh-tui-vscode's contributing guide entered their repositories in both languages at once. Workday Island's
# drifted: its English alone was changed later (the `/user/info` request). Six pairs, not seven: the time allowed did
# not give a seventh good one, nor a second pair Chinese-first by its history.
HELD_OUT_34 = ("workdayisland-privacy", "loci-privacy", "applypilot-privacy", "papergalaxy-privacy",
               "dshtui-contributing", "songloft-privacy")

# Defects written into copies of the round-34 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-34 pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding
# must quote (within its first forty characters). The numbers changed are a count of messages kept, a memory size, a
# percentage, a minimum age, a phase number, a Node.js version and a line-count threshold; the dates are two "last
# updated" dates and a retirement date; two e-mail addresses and three URLs are changed.
DEFECTS_34 = [
    Defect("a changed count of messages kept", "workdayisland-privacy", "en", "and up to 500 recent realtime messages",
           "and up to 200 recent realtime messages", "F001", (13, 31)),
    Defect("a dropped sentence with a number", "workdayisland-privacy", "en",
           "While signed in, the app performs a lightweight unread-count request every 45 seconds. ", "",
           ("F001", "P006"), (32, 57)),
    Defect("a changed contact e-mail address", "workdayisland-privacy", "en",
           "[asbacklight@gmail.com](mailto:asbacklight@gmail.com)",
           "[asbacklight@outlook.com](mailto:asbacklight@outlook.com)", "F003", (62, 64)),
    Defect("a changed URL of the registration endpoint", "workdayisland-privacy", "en",
           "`https://admin.asbacklight.cn/api/user/register`", "`https://admin.asbacklight.cn/api/user/signup`", "F004",
           (32, 57)),
    Defect("a dropped item of local data", "workdayisland-privacy", "en",
           "- stock watchlist symbols; the latest quote response is cached only in the running process for brief network "
           "outages;\n", "", "P007", (13, 30), names="股市小窗的自选代码"),
    Defect("a changed memory size of a local machine", "loci-privacy", "en", "(e.g., Mac Mini with 48GB RAM)",
           "(e.g., Mac Mini with 64GB RAM)", "F001", (108, 133)),
    Defect("a changed percentage of a budget", "loci-privacy", "en", "\"You've used 80% of your monthly budget\"",
           "\"You've used 75% of your monthly budget\"", "F001", (84, 107), known_miss=True),
    Defect("a dropped row of default sensitivities", "loci-privacy", "en", "| `people/` | high | summary-only |\n", "",
           ("P007", "P006"), (35, 58), names="people/"),  # a table row: P006 names it rightly, accepted since
    Defect("a dropped paragraph without facts", "loci-privacy", "en",
           "The AI physically cannot read these files. Simple, effective, zero dependency.\n\n", "", "P006", (64, 81), known_miss=True),
    Defect("swapped sections of a privacy page", "loci-privacy", "en",
           *_swapped("loci-privacy", "en", "### Option A: Encrypted Disk Image", "### Option B: File-Level Encryption",
                     "---\n\n## Layer 3"), "P003", (138, 171)),
    Defect("a changed last-updated date", "applypilot-privacy", "en", "**Last updated: April 16, 2026**",
           "**Last updated: April 26, 2026**", ("F002", "F001"), (5, 12)),
    Defect("a changed minimum age", "applypilot-privacy", "en", "users under the age of 16.", "users under the age of 13.",
           "F001", (98, 103)),
    Defect("a changed contact e-mail address", "applypilot-privacy", "en", "**Email:**  support@littlellm.com",
           "**Email:**  support@littlellm.ai", "F003", (110, 115)),
    Defect("a dropped category of stored data", "applypilot-privacy", "en",
           "| Education | Degree, university, major, graduation year |\n", "", "P007", (13, 30), names="教育背景", known_miss=True),
    Defect("swapped sections of a privacy policy", "applypilot-privacy", "en",
           *_swapped("applypilot-privacy", "en", "## 7. Children's Privacy", "## 8. Changes to This Policy",
                     "## 9. Contact"), "P003", (98, 109)),
    Defect("a changed phase number", "papergalaxy-privacy", "en", "- Phase 3.1 stores graph UI preferences",
           "- Phase 3.2 stores graph UI preferences", "F001", (5, 73)),
    Defect("a dropped commitment of a privacy note", "papergalaxy-privacy", "en", "- There is no account requirement.\n",
           "", "P007", (5, 72), names="不要求账号"),
    Defect("a dropped paragraph without facts", "papergalaxy-privacy", "en",
           "\n\nThe public site includes English and Simplified Chinese pages. Both use the\nsame synthetic demo data.", "",
           "P006", (74, 81)),
    Defect("swapped sections of a privacy note", "papergalaxy-privacy", "en",
           *_swapped_last("papergalaxy-privacy", "en", "## Public Demo", "## Future Cloud Library Caveat"), "P003",
           (74, 93)),
    Defect("a changed Node.js version", "dshtui-contributing", "en", "- Node.js 24 (dev default;", "- Node.js 22 (dev default;",
           "F001", (15, 20)),  # known miss until round 48
    Defect("a changed line-count threshold", "dshtui-contributing", "en", "a line-count difference ≤ 10;",
           "a line-count difference ≤ 20;", "F001", (30, 37)),
    Defect("a changed retirement date", "dshtui-contributing", "en", "PATs are retired on 2026-12-01;",
           "PATs are retired on 2026-10-01;", ("F002", "F001"), (59, 65)),
    Defect("a changed URL of the publishing page", "dshtui-contributing", "en",
           "upload it at https://marketplace.visualstudio.com/manage (",
           "upload it at https://marketplace.visualstudio.com/manage/publishers (", "F004", (59, 65)),
    Defect("a dropped code convention", "dshtui-contributing", "en",
           "- Stage explicit paths only — no `git add -A` grab-bags; run `git diff --check` before committing.\n", "",
           "P007", (38, 43), names="只暂存显式路径"),
    Defect("swapped contents of two sections, headings kept", "dshtui-contributing", "en",
           *_swapped_contents("dshtui-contributing", "en", "## Commit conventions", "## Submission flow", "## Publishing"),
           ("P003", "P006", "P007"), (45, 58), most=4),
    Defect("a changed last-updated date", "songloft-privacy", "en", "> Last updated: 2026-06-10",
           "> Last updated: 2026-07-10", ("F002", "F001"), (5, 10)),
    Defect("a changed URL of the monitoring SDK", "songloft-privacy", "en", "(https://github.com/hanxi/tracely)",
           "(https://github.com/hanxi/tracely-go)", "F004", (11, 27)),
    Defect("a dropped row of stored data", "songloft-privacy", "en",
           "| Playback history / favorites | `data/songloft.db` | Local only |\n", "", ("P007", "P006"), (40, 50),
           names="播放记录 / 收藏"),
    Defect("a dropped paragraph without facts", "songloft-privacy", "en",
           "Beyond this, Songloft does not embed any anonymous statistics, user-behavior analytics, or advertising SDKs.\n\n",
           "", "P006", (11, 25)),
    Defect("swapped sections of a privacy notice", "songloft-privacy", "en",
           *_swapped("songloft-privacy", "en", "## 3. Where Data Is Stored", "## 4. Data Collection by JS Plugins",
                     "## 5. If You Deploy"), "P003", (40, 59)),
]


# --- Held-out round 35 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 35") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 34 (owners a to k and digits), from owners l to z.
# Four are legal texts: the privacy policies of PolyPost (a Chrome extension) and TriWallet (a cryptocurrency wallet, in
# a fork of Copay), QTWare's end-user licence agreement (both languages in one file, cut in two) and privacy policy;
# three are contributing guides (OpenCompass, MiniMax's Mini-Agent, Spring AI Alibaba's DataAgent). DataAgent's is
# Chinese-first by its history (the English added five weeks later by a contributor); OpenCompass's is English-first
# (the Chinese added the day after); the other five entered their repositories in both languages at once.
HELD_OUT_35 = ("polypost-privacy", "triwallet-privacy", "qtware-eula", "qtware-privacy", "opencompass-contributing",
               "minimax-contributing", "dataagent-contributing")

# Defects written into copies of the round-35 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-35 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states an amount of money or a percentage: the numbers changed are two
# minimum ages and a count of purposes; the dates are two policies' last updates; three e-mail addresses (one of them an
# SSH address of git) and six URLs are changed.
DEFECTS_35 = [
    Defect("a changed date of the last update", "polypost-privacy", "en", "**Last Updated:** February 3, 2026",
           "**Last Updated:** February 13, 2026", ("F002", "F001"), (5, 8)),
    Defect("a dropped permission", "polypost-privacy", "en",
           "- **`tabs`**: Read the active tab URL and open X pages when you use follower filter shortcuts.\n", "",
           "P007", (41, 51), names="tabs"),
    Defect("a dropped paragraph without facts", "polypost-privacy", "en",
           "We do not receive or store this data on our servers.\n\n", "", "P006", (13, 19)),
    Defect("swapped sections of a privacy policy", "polypost-privacy", "en",
           *_swapped("polypost-privacy", "en", "## No Central Server or Analytics", "## Remote Code Policy",
                     "## Changes to This Policy"), "P003", (53, 65)),
    Defect("a changed minimum age", "triwallet-privacy", "en", "Children under the age of 13 are not eligible",
           "Children under the age of 16 are not eligible", "F001", (37, 46)),
    Defect("a changed contact e-mail address", "triwallet-privacy", "en",
           "[contact@trias.one](mailto:contact@trias.one)", "[contacts@trias.one](mailto:contacts@trias.one)", "F003",
           (47, 49)),
    Defect("a changed URL of the website", "triwallet-privacy", "en", "[www.trias.one](https://www.trias.one/)",
           "[www.trias.io](https://www.trias.io/)", "F004", (47, 49)),
    Defect("a dropped case of sharing", "triwallet-privacy", "en",
           "3. According to the requirements of laws and regulations, legal procedures, or the requirements of "
           "administrative agencies and judicial organs.\n", "", "P007", (29, 35), names="根据法律法规"),
    Defect("swapped sections of a privacy policy", "triwallet-privacy", "en",
           *_swapped("triwallet-privacy", "en", "### How We Protect Your Information?", "### Sharing of Information",
                     "### Protection of Minors"), "P003", (23, 36)),
    Defect("a changed e-mail address for questions", "qtware-eula", "en",
           "Please send any questions about this EULA to support@miraland.top.",
           "Please send any questions about this EULA to legal@miraland.top.", "F003", (59, 66)),
    Defect("a changed count of purposes", "qtware-eula", "en",
           "The Software automatically communicates with MI servers for three purposes:",
           "The Software automatically communicates with MI servers for four purposes:", "F001", (32, 41), known_miss=True),
    Defect("a dropped restriction", "qtware-eula", "en",
           "4.\tYou may not remove or alter any proprietary notices or marks on the Software.\n", "", "P007", (25, 30),
           names="不得删除或更改软件上的任何所有权声明"),
    Defect("a dropped paragraph without facts", "qtware-eula", "en",
           "The Software and all worldwide copyrights, trade secrets, and other intellectual property rights therein are "
           "the exclusive property of MI. MI reserves all rights in and to the Software not expressly granted to you in "
           "this EULA.\n\n", "", "P006", (47, 50)),
    Defect("swapped sections of a licence agreement", "qtware-eula", "en",
           *_swapped("qtware-eula", "en", "## The Agreement", "## The License", "## The Restrictions"), "P003",
           (17, 24)),
    Defect("a changed minimum age of children", "qtware-privacy", "en", "from children under the age of 14 and",
           "from children under the age of 13 and", "F001", (28, 31)),
    Defect("a changed date of the last update", "qtware-privacy", "en", "Last Updated: July 14, 2023",
           "Last Updated: July 14, 2022", ("F002", "F001"), (36, 41)),
    Defect("a dropped sentence without facts (a paragraph of the Chinese)", "qtware-privacy", "en",
           "During the registration process for QTWare's products and services, as well as on other registration "
           "forms, QTWare will indicate the types of Personal Information you must provide and the types of Personal "
           "Information QTWare requests. You may choose not to submit information requested by QTWare, but that may "
           "limit or prevent QTWare from providing services to you.\n", "", "P006", (9, 14), known_miss=True),
    Defect("a changed URL of the PEP 8 style guide", "opencompass-contributing", "en",
           "(https://www.python.org/dev/peps/pep-0008/)", "(https://www.python.org/dev/peps/pep-0257/)", "F004",
           (131, 145)),
    Defect("a changed upstream repository", "opencompass-contributing", "en",
           "git remote add upstream git@github.com:InternLM/opencompass.git",
           "git remote add upstream git@github.com:open-compass/opencompass.git", ("F004", "F003"), (46, 73), known_miss=True),
    Defect("a dropped linting tool", "opencompass-contributing", "en",
           "- [codespell](https://github.com/codespell-project/codespell): A Python utility to fix common misspellings in "
           "text files.\n", "", "P007", (131, 144), names="codespell"),
    Defect("a dropped paragraph without facts", "opencompass-contributing", "en",
           "We use the following tools for linting and formatting:\n\n", "", "P006", (131, 143)),
    Defect("swapped contents of two sections, headings kept", "opencompass-contributing", "en",
           *_swapped_contents("opencompass-contributing", "en", "### 4. Push your changes", "### 5. Discuss and review",
                              "### 6. Merge your branch"), ("P003", "P006", "P007", "F004"), (101, 119), most=4),
    Defect("a changed URL of the repository to clone", "minimax-contributing", "en",
           "git clone https://github.com/MiniMax-AI/Mini-Agent mini-agent",
           "git clone https://github.com/MiniMax-AI/MiniMax-Agent mini-agent", "F004", (34, 54)),
    Defect("a dropped commit type", "minimax-contributing", "en", "     - `style`: Code style adjustments\n", "", "P007",
           (55, 98), names="style"),
    Defect("a dropped paragraph without facts", "minimax-contributing", "en", "All Pull Requests will be reviewed:\n\n",
           "", "P006", (111, 117)),
    Defect("swapped sections, the last moved up", "minimax-contributing", "en",
           *_swapped_last("minimax-contributing", "en", "## Questions and Help", "## License"), "P003", (190, 204)),
    Defect("a changed URL of the help-wanted issues", "dataagent-contributing", "en",
           "(https://github.com/spring-ai-alibaba/DataAgent/labels/help%20wanted)",
           "(https://github.com/spring-ai-alibaba/DataAgent/labels/help-wanted)", "F004", (25, 28)),
    Defect("a changed URL of the upstream repository", "dataagent-contributing", "en",
           "`git remote add upstream https://github.com/spring-ai-alibaba/DataAgent`",
           "`git remote add upstream https://github.com/alibaba/spring-ai-alibaba`", "F004", (41, 49)),
    Defect("a dropped step of merging", "dataagent-contributing", "en", "- If there are conflicts, resolve them first.\n", "",
           "P007", (75, 78), names="如果出现冲突"),
    Defect("a dropped paragraph without facts", "dataagent-contributing", "en",
           "We sincerely thank all developers who have submitted issues and PRs to this project. We hope more developers "
           "from the community will join us in making this project better.\n\n", "", "P006", (9, 12)),
]

# The one held-out run of rounds 34 and 35 (issue 10), each on the checker of commit 0c54e71 of main (rounds 32 and 33
# registered and tuned on), classified against the ground truth written before (tests/corpus/README.md, "The one
# held-out run of round 34, classified" and round 35's): round 34, 1 finding, false, 23 of 30 defects caught (its two
# content differences, a sentence in one text, not found); round 35, 4 findings, 1 false, 27 of 30. Since, a language
# switch in one text only, "privacy-policy-zh.md" against "-en.md", "Phase 3.1"; two table rows named by a P006 accepted.
EXPECTED.update({
    "workdayisland-privacy": [],
    "loci-privacy": [],
    "applypilot-privacy": [],
    "papergalaxy-privacy": [],
    "dshtui-contributing": [],  # (the run gave a P006 for the English's language switch, false: gone since)
    "songloft-privacy": [],
    "polypost-privacy": [],
    "triwallet-privacy": [("en", 15, "P005")],  # true: the Chinese numbers its five sections 一、…, the English none (form)
    "qtware-eula": [],  # (the run gave an F004 for each language's privacy policy, false: gone since)
    "qtware-privacy": [],
    "opencompass-contributing": [("en", 144, "F004")],  # true: setup.cfg linked at another path (content)
    "minimax-contributing": [],
    "dataagent-contributing": [("en", 32, "F004")],  # true: the Chinese misprints the clone URL (content)
})
DEFECTS += DEFECTS_34 + DEFECTS_35
RETUNED_34 = HELD_OUT_34
RETUNED_35 = HELD_OUT_35
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 36, collected apart

# --- Held-out round 36 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 36") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 37 (owners l to z), from owners with a digit or a to
# k. Four legal texts: the privacy policies of Input Translation (a browser extension), BookmarkOps (a Chrome extension)
# and Fread (an Android app), and AdaptiveUI-SKILL's disclaimer; two contributing guides (ScriptCat, cc-devflow).
# ScriptCat's is Chinese-first by its history (the Chinese guide from 2023, the English added in 2025); Fread's English
# is the generator's template the Chinese translates; the other four entered their repositories in both languages at
# once. Six pairs, not seven: the time allowed did not give a seventh good one, nor a second pair Chinese-first by its
# history.
HELD_OUT_36 = ("inputtranslation-privacy", "bookmarkops-privacy", "fread-privacy", "adaptiveui-disclaimer",
               "scriptcat-contributing", "ccdevflow-contributing")

# Defects written into copies of the round-36 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-36 pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding
# must quote (within its first forty characters). The numbers changed are a minimum age, a port, a licence version and
# a Node.js version; the dates are three "last updated" dates and an effective date; three e-mail addresses and five
# URLs are changed; one sentence with a percentage is dropped.
DEFECTS_36 = [
    Defect("a changed last-updated date", "inputtranslation-privacy", "en", "**Last Updated:** June 18, 2026",
           "**Last Updated:** June 28, 2026", ("F002", "F001"), (5, 14)),
    Defect("a changed URL of the translation API", "inputtranslation-privacy", "en",
           "The official **Baidu Translation API** (`https://api.fanyi.baidu.com`).",
           "The official **Baidu Translation API** (`https://fanyi-api.baidu.com`).", "F004", (27, 33)),
    Defect("a changed contact e-mail address", "inputtranslation-privacy", "en", "**Email:** 1763605980@qq.com",
           "**Email:** 1763605908@qq.com", "F003", (94, 97)),
    Defect("a dropped permission", "inputtranslation-privacy", "en",
           "*   **`contextMenus`:** Required to add the \"Translate Selected Text\" shortcut to your browser's right-click "
           "context menu.\n", "", "P007", (41, 50), names="contextMenus"),
    Defect("swapped sections of a privacy policy", "inputtranslation-privacy", "en",
           *_swapped("inputtranslation-privacy", "en", "## 6. Children's Privacy", "## 7. Compliance with Store",
                     "## 8. Open Source"), "P003", (67, 78)),
    Defect("a changed last-updated date", "bookmarkops-privacy", "en", "**Last updated:** 2026-05-15",
           "**Last updated:** 2026-05-25", ("F002", "F001"), (5, 10)),
    Defect("a changed port of the local bridge", "bookmarkops-privacy", "en",
           "a local-only MCP bridge on `localhost:7842`, which", "a local-only MCP bridge on `localhost:7843`, which",
           ("F001", "F004"), (11, 14)),
    Defect("a changed contact e-mail address", "bookmarkops-privacy", "en", "- Email: me@brianjhang.com",
           "- Email: hi@brianjhang.com", "F003", (62, 66)),
    Defect("a dropped permission (a table row)", "bookmarkops-privacy", "en",
           "| `storage` | Read and write `chrome.storage.local` | To persist your agent token, settings, scan cache, and "
           "backup snapshots — all on disk in your Chrome profile. |\n", "", ("P007", "P006"), (25, 34), names="storage"),
    Defect("swapped sections of a privacy policy", "bookmarkops-privacy", "en",
           *_swapped("bookmarkops-privacy", "en", "## What we don't do", "## Your control", "## Contact"), "P003",
           (47, 61)),
    Defect("a changed minimum age", "fread-privacy", "en", "do not address anyone under the age of 13.",
           "do not address anyone under the age of 16.", "F001", (46, 48)),
    Defect("a changed effective date", "fread-privacy", "en", "This policy is effective as of 2027-07-18",
           "This policy is effective as of 2027-07-28", ("F002", "F001"), (49, 53)),
    Defect("a changed contact e-mail address", "fread-privacy", "en", "contact me at zhangkeport@gmail.com.",
           "contact me at zhangkeport@outlook.com.", "F003", (54, 55)),
    Defect("a changed URL of a third-party policy", "fread-privacy", "en",
           "(https://firebase.google.com/policies/analytics)", "(https://firebase.google.com/terms/analytics)", "F004",
           (14, 26)),
    Defect("a dropped sentence with a number", "fread-privacy", "en",
           " But remember that no method of transmission over the internet, or method of electronic storage is 100% "
           "secure and reliable, and I cannot guarantee its absolute security.", "", ("F001", "P006"), (40, 42)),
    Defect("a changed last-updated date", "adaptiveui-disclaimer", "en", "Last updated: 2026-07-11",
           "Last updated: 2026-07-21", ("F002", "F001"), (5, 12)),
    Defect("a changed licence version", "adaptiveui-disclaimer", "en", "The Apache License, Version 2.0 controls",
           "The Apache License, Version 3.0 controls", "F001", (59, 63)),
    Defect("a dropped item of what is not guaranteed", "adaptiveui-disclaimer", "en",
           "- every browser, device, assistive technology, framework version, localization, or deployment environment "
           "will behave identically;\n", "", "P007", (19, 30), names="所有浏览器、设备"),
    Defect("a dropped paragraph without facts", "adaptiveui-disclaimer", "en",
           "\n\nExternal links and third-party tools are provided for convenience. Their availability, content, "
           "security, licensing, and terms are controlled by their respective operators. Review those terms "
           "independently before use.", "", "P006", (49, 52)),
    Defect("swapped sections of a disclaimer", "adaptiveui-disclaimer", "en",
           *_swapped("adaptiveui-disclaimer", "en", "## Source code and report privacy",
                     "## Third-party names, links, and materials", "## Security reports"), "P003", (43, 54)),
    Defect("a changed URL of pnpm's proxy setting", "scriptcat-contributing", "en",
           "[proxy](https://pnpm.io/npmrc#https-proxy)", "[proxy](https://pnpm.io/npmrc#proxy)", "F004", (23, 38)),
    Defect("a changed URL of the translation platform", "scriptcat-contributing", "en",
           "[Crowdin](https://crowdin.com/project/scriptcat)", "[Crowdin](https://crowdin.com/project/scriptcat-ext)",
           "F004", (64, 69)),
    Defect("a dropped technology", "scriptcat-contributing", "en",
           "- CSS framework [unocss](https://unocss.dev/interactive/)\n", "", ("P007", "F004"), (78, 108), names="unocss"),
    Defect("a dropped paragraph without facts", "scriptcat-contributing", "en",
           "This example indicates that a new feature has been added: login functionality.\n\n", "", "P006", (39, 46)),
    Defect("swapped sections, the last moved up", "scriptcat-contributing", "en",
           *_swapped_last("scriptcat-contributing", "en", "## Participating in Development", "## Important Notes"),
           "P003", (78, 112)),
    Defect("a changed Node.js version", "ccdevflow-contributing", "en", "- Node.js 18+\n", "- Node.js 20+\n", "F001",
           (43, 48)),
    Defect("a changed URL of the repository to clone", "ccdevflow-contributing", "en",
           "git clone https://github.com/YOUR_USERNAME/cc-devflow.git",
           "git clone https://github.com/YOUR_USERNAME/devflow.git", "F004", (49, 56)),
    Defect("a dropped skill of the public surface", "ccdevflow-contributing", "en", "- `cc-investigate`\n", "", "P007",
           (13, 39), names="cc-investigate"),
    Defect("a dropped paragraph without facts", "ccdevflow-contributing", "en",
           "Do not change one part of the contract and leave the others stale.\n\n", "", "P006", (118, 143), known_miss=True),
    Defect("swapped contents of two sections, headings kept", "ccdevflow-contributing", "en",
           *_swapped_contents("ccdevflow-contributing", "en", "### 4. Keep Distribution Clean",
                              "### 5. Keep Runtime Helpers Secondary", "---\n\n## Testing"),
           ("P003", "P006", "P007"), (166, 181), most=4),
]


# --- Held-out round 37 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 37") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 36 (owners a to k and digits), from owners l to z.
# Five privacy texts and two security policies: Deskhub's privacy policy (a fork's Chinese translation of a 21 kB
# English policy with a ten-row data table and a changelog of eleven versions), FamilyRecorder's privacy and trust
# boundaries (Traditional Chinese, a project whose documentation was Chinese first) and security policy, PairNest's
# privacy notes, Xiaohei's data-flow inventory (an eight-row table), ReproBrief's privacy and threat model, and the
# security policy of DSH Desktop's community market.
HELD_OUT_37 = ("deskhub-privacy", "familyrecorder-privacy", "familyrecorder-security", "pairnest-privacy",
               "dshmarket-security", "xiaohei-dataflow", "reprobrief-privacy")

# Defects written into copies of the round-37 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-37 pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding
# must quote (within its first forty characters).
DEFECTS_37 = [
    Defect("a changed contact e-mail address", "deskhub-privacy", "en", "- **Email:** manhpv151090@gmail.com",
           "- **Email:** manhpv151091@gmail.com", "F003", (223, 228)),
    Defect("a changed URL of the issues", "deskhub-privacy", "en",
           "- **Issues:** https://github.com/manhpham90vn/Deskhub/issues",
           "- **Issues:** https://github.com/manhpham90vn/Deskhub/discussions", "F004", (223, 228)),
    Defect("a changed reply period", "deskhub-privacy", "en", "we will respond within 30 days.",
           "we will respond within 45 days.", "F001", (178, 189)),
    Defect("a changed date of a version in the changelog", "deskhub-privacy", "en", "| 1.2 | 2026-08-07 |",
           "| 1.2 | 2026-08-09 |", ("F002", "F001"), (200, 222)),
    Defect("a dropped permission (a table row)", "deskhub-privacy", "en",
           "| Android | `POST_NOTIFICATIONS` | Shows the ongoing notification Android requires while a screen share is "
           "running. No other notifications are sent. |\n", "", ("P007", "P006"), (108, 120),
           names="POST_NOTIFICATIONS"),
    Defect("swapped sections of a privacy policy", "deskhub-privacy", "en",
           *_swapped("deskhub-privacy", "en", "## 9. Children's privacy", "## 10. International data transfers",
                     "## 11. Changes to this policy"), "P003", (190, 199)),
    Defect("a changed retention of raw audio", "familyrecorder-privacy", "en", "`keep_audio_days`, 7 days by default",
           "`keep_audio_days`, 14 days by default", "F001", (75, 91)),
    Defect("a changed item of the acceptance checklist", "familyrecorder-privacy", "en",
           "Item 9 of the acceptance checklist", "Item 8 of the acceptance checklist", "F001", (126, 141)),
    Defect("a dropped prohibited use", "familyrecorder-privacy", "en",
           "- Parental surveillance, checking up on a partner, employee attendance\n", "", "P007", (182, 193),
           names="家長監控"),
    Defect("a dropped paragraph without facts", "familyrecorder-privacy", "en",
           "So a completely quiet night leaves a few thousand rows of numbers on disk, and no audio or text at all.\n\n",
           "", "P006", (92, 99)),
    Defect("swapped sections of a privacy text", "familyrecorder-privacy", "en",
           *_swapped("familyrecorder-privacy", "en", "## Explicit non-goals", "## Consent and compliance",
                     "## How to verify it yourself"), "P003", (170, 212)),
    Defect("a changed period of the initial assessment", "familyrecorder-security", "en", "| Within 14 days |",
           "| Within 21 days |", "F001", (45, 58)),
    Defect("a changed URL of the private vulnerability report", "familyrecorder-security", "en",
           "(https://github.com/pcpcchen-coder/FamilyRecorder/security/advisories/new)",
           "(https://github.com/pcpcchen-coder/FamilyRecorder/security/advisories)", "F004", (24, 33)),
    Defect("a dropped item of a report", "familyrecorder-security", "en", "- Steps to reproduce\n", "", "P007", (34, 43),
           names="重現步驟"),
    Defect("a changed lifetime of an invitation", "pairnest-privacy", "en", "expires after 24 hours",
           "expires after 48 hours", "F001", (37, 85)),
    Defect("a changed upload quota", "pairnest-privacy", "en", "Each couple has a default 2 GiB recorded-upload quota",
           "Each couple has a default 5 GiB recorded-upload quota", "F001", (108, 125)),
    Defect("a dropped paragraph without facts", "pairnest-privacy", "en",
           "The operator is responsible for understanding each provider's retention,\ntraining, access, and "
           "data-location terms, and for obtaining both partners'\nagreement before enabling it.\n\n", "", "P006",
           (86, 103)),
    Defect("a dropped item of public repository hygiene", "pairnest-privacy", "en", "- Android/iOS signing material\n",
           "", "P007", (145, 156), names="Android/iOS"),
    Defect("a changed e-mail address for vulnerabilities", "dshmarket-security", "en",
           "[t4wefan@qq.com](mailto:t4wefan@qq.com)", "[t4wefan@163.com](mailto:t4wefan@163.com)", "F003", (47, 52)),
    Defect("a changed health timeout", "dshmarket-security", "en", "does not report healthy within 30 seconds",
           "does not report healthy within 60 seconds", "F001", (13, 38)),
    Defect("a dropped rule of package operations", "dshmarket-security", "en",
           "- a catalog failure never blocks DSH or Desktop startup.\n", "", "P007", (13, 37), names="目录故障"),
    Defect("swapped sections, the last moved up", "dshmarket-security", "en",
           *_swapped_last("dshmarket-security", "en", "## Reporting a vulnerability", "## Dependency and catalog reports"),
           "P003", (47, 55)),
    Defect("a changed date of the inventory", "xiaohei-dataflow", "en", "implementation inventory as of 2026-08-11.",
           "implementation inventory as of 2026-08-01.", ("F002", "F001"), (5, 10)),
    Defect("a changed size of the trace file", "xiaohei-dataflow", "en", "when already over 256 KiB",
           "when already over 512 KiB", "F001", (18, 30)),
    Defect("a changed recognition limit", "xiaohei-dataflow", "en", "(release maximum 8 s)", "(release maximum 10 s)",
           "F001", (18, 30)),
    Defect("a dropped category (a table row)", "xiaohei-dataflow", "en",
           _between("xiaohei-dataflow", "en", "| Location |", "| Files, photos, contacts, and calendar |"), "",
           ("P007", "P006"), (18, 29), names="位置"),
    Defect("a dropped paragraph without facts", "xiaohei-dataflow", "en",
           _between("xiaohei-dataflow", "en", "\n\nBefore a public release, repeat").rstrip("\n"), "", "P006", (31, 33), known_miss=True),
    Defect("a dropped mitigation (a table row)", "reprobrief-privacy", "en",
           "| Directory escape | Resolved `cwd` must remain beneath the repository |\n", "", ("P007", "P006"), (37, 51),
           names="目录逃逸"),
    Defect("a dropped paragraph without facts", "reprobrief-privacy", "en",
           "No environment values are serialized as fields. A small portability environment\nis passed implicitly; "
           "additional names require recipe declaration. Values for\nthose additional names are registered for exact "
           "replacement before persistence.\n\n", "", "P006", (25, 32)),
    Defect("swapped sections of a threat model", "reprobrief-privacy", "en",
           *_swapped("reprobrief-privacy", "en", "## Trust boundaries", "## Data flow and persistence", "## Mitigations"),
           "P003", (18, 36)),
]

# The one held-out run of rounds 36 and 37 (issue 10), each on the checker of commit b55be37 of main (rounds 34 and 35
# registered and tuned on), classified against the ground truth written before (tests/corpus/README.md, "The one
# held-out run of round 36, classified" and round 37's): round 36, 1 finding, false, 29 of 30 defects caught (its one
# content difference, a sentence without a fact, not found); round 37, 3 findings, 1 false, 29 of 30. Since, "six-hour"
# and 每分钟 state their counts.
EXPECTED.update({
    "inputtranslation-privacy": [],
    "bookmarkops-privacy": [],  # (the run gave an F001 for "a 1-minute interval" against "每分钟", false: gone since)
    "fread-privacy": [],
    "adaptiveui-disclaimer": [],
    "scriptcat-contributing": [],
    "ccdevflow-contributing": [],
    "deskhub-privacy": [("en", 207, "F004")],  # true: the Vietnamese translation's URL only in English (content)
    "familyrecorder-privacy": [],
    "familyrecorder-security": [],
    "pairnest-privacy": [],  # (the run gave an F001 for 六小时 against "six-hour", false: gone since)
    "dshmarket-security": [],
    "xiaohei-dataflow": [],
    # true: the note that the English of v0.1.0 prevails, only in Chinese (content)
    "reprobrief-privacy": [("en", 53, "P006")],
})
DEFECTS += DEFECTS_36 + DEFECTS_37
RETUNED_36 = HELD_OUT_36
RETUNED_37 = HELD_OUT_37
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 38, collected apart


# --- Held-out round 38 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 38") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 39 (owners l to z), from owners with a digit or a to
# k. Four legal texts: AI Shifu's user privacy agreement and user agreement (an AI teaching platform's, 11-15 kB a side,
# both Chinese-first by their history: the Chinese from June 2024, the English added in August 2024), EasyLaTeX's
# privacy policy (a Hugo website's, 7/8 kB) and Hyper Meta AI's privacy policy draft (two tables); ethereum.org's code
# of conduct and the rules of its Translatathon (Crowdin translations of the English). Six pairs, not seven: the time
# allowed did not give a seventh.
HELD_OUT_38 = ("shifu-privacy", "shifu-agreement", "easylatex-privacy", "hypermeta-privacy", "ethereumorg-coc",
               "ethereumorg-translatathon")

# Defects written into copies of the round-38 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-38 pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding
# must quote (within its first forty characters).
DEFECTS_38 = [
    Defect("a changed e-mail address for requests", "shifu-privacy", "en",
           "by contacting us at support@ai-shifu.com, and we will respond",
           "by contacting us at support@ai-shifu.cn, and we will respond", "F003", (79, 82)),
    Defect("a dropped sentence with a number", "shifu-privacy", "en", "We will respond within 15 working days. Once",
           "Once", ("F001", "P006"), (83, 93)),
    Defect("a changed URL of a third-party policy", "shifu-privacy", "en",
           "[https://www.volcengine.com/docs/6285/72216](https://www.volcengine.com/docs/6285/72216)",
           "[https://www.volcengine.com/docs/6285/72218](https://www.volcengine.com/docs/6285/72218)", "F004", (67, 74)),
    Defect("a dropped permission", "shifu-privacy", "en",
           "- **Camera Access**: When you choose to take photos, we will request your camera access permission. If you "
           "deny this authorization, you will not be able to take photos, but this will not affect other features of the "
           "application.\n", "", "P007", (11, 21), names="相机权限"),
    Defect("swapped sections of a privacy agreement", "shifu-privacy", "en",
           *_swapped("shifu-privacy", "en", "#### China Mobile Authentication", "#### China Unicom Authentication",
                     "#### China Telecom Authentication"), "P003", (43, 58)),
    Defect("a changed period to update contact details", "shifu-agreement", "en", "within three working days",
           "within five working days", "F001", (89, 108)),
    Defect("a changed contact e-mail address", "shifu-agreement", "en", "sending an email to support@ai-shifu.com or",
           "sending an email to support@aishifu.com or", "F003", (151, 153)),
    Defect("a dropped item of prohibited content", "shifu-agreement", "en",
           "   - Damaging the reputation of state organs;\n", "", "P007", (62, 87), names="损害国家机关信誉"),
    Defect("a dropped paragraph without facts", "shifu-agreement", "en",
           "\n\nYou can transfer your account only under legal provisions, judicial rulings, or after complying with the "
           "AI Shifu platform’s rules and obtaining AI Shifu's consent. Once transferred, all rights and obligations under "
           "the account will be transferred to the new owner. Otherwise, any unauthorized transfer will result in AI Shifu "
           "having the right to pursue breach of contract, and you will bear any resulting consequences.", "", "P006",
           (40, 41)),
    Defect("swapped sections, the last moved up", "shifu-agreement", "en",
           *_swapped_last("shifu-agreement", "en", "### Applicable Law and Dispute Resolution", "### Contact Us"),
           "P003", (145, 153)),
    Defect("a changed effective date", "easylatex-privacy", "en", "- Effective Date: April 23, 2025",
           "- Effective Date: April 25, 2025", ("F002", "F001"), (13, 20), known_miss=True),
    Defect("a changed retention period", "easylatex-privacy", "en", "Stored on servers for 3 months from the upload date",
           "Stored on servers for 6 months from the upload date", "F001", (93, 97)),
    Defect("a changed contact e-mail address", "easylatex-privacy", "en", "please email: chimestack@sina.com.",
           "please email: chimestack@sina.cn.", "F003", (130, 136)),
    Defect("a dropped paragraph without facts", "easylatex-privacy", "en",
           "\n\nGenerally, we will not reduce your rights under this Privacy Policy.", "", "P006", (124, 127), known_miss=True),
    Defect("swapped contents of two sections, headings kept", "easylatex-privacy", "en",
           *_swapped_contents("easylatex-privacy", "en", "### 4.1 Storage Location", "### 4.2 Retention Period",
                              "### 4.3 Deletion Mechanism"), ("P003", "P004", "P006", "P007", "F001"), (87, 96), most=4),
    Defect("a changed date of the draft", "hypermeta-privacy", "en", "> Updated: 2026-08-12", "> Updated: 2026-08-21",
           ("F002", "F001"), (5, 10)),
    Defect("a changed number of diagnostic logs kept", "hypermeta-privacy", "en", "rolling maximum of 20 files",
           "rolling maximum of 30 files", "F001", (38, 44)),
    Defect("a changed URL of the issues", "hypermeta-privacy", "en",
           "https://github.com/Turbo1123/turbometa-rayban-ai/issues",
           "https://github.com/Turbo1123/turbometa-rayban/issues", "F004", (71, 74)),
    Defect("a dropped permission (a table row)", "hypermeta-privacy", "en",
           "| Siri | Voice shortcut to trigger quick recognition |\n", "", ("P007", "P006"), (45, 55), names="Siri"),
    Defect("swapped sections of a privacy policy", "hypermeta-privacy", "en",
           *_swapped("hypermeta-privacy", "en", "## 7. Children's Privacy", "## 8. Policy Updates", "## 9. Contact"),
           "P003", (63, 70)),
    Defect("a dropped example of unacceptable behaviour", "ethereumorg-coc", "en",
           "- Spamming servers with off-topic content\n", "", "P007", (40, 63), names="发布与主题无关内容"),
    Defect("a dropped paragraph without facts", "ethereumorg-coc", "en",
           "When reporting, please include as much detail as possible, including specific examples and timestamps. This "
           "will help to ensure a fair outcome.\n\n", "", "P006", (65, 70)),
    Defect("a dropped item of what the site is not", "ethereumorg-coc", "en",
           "- A DEX, CEX or any other form of financial platform\n", "", "P007", (22, 28), names="去中心化交易所", known_miss=True),
    Defect("swapped sections of a code of conduct", "ethereumorg-coc", "en",
           *_swapped("ethereumorg-coc", "en", "## Values", "## What we are not", "## Code of conduct"), "P003",
           (11, 29)),
    Defect("swapped sections, the last moved up", "ethereumorg-coc", "en",
           *_swapped_last("ethereumorg-coc", "en", "### Reporting", "### Enforcement"), "P003", (65, 75)),
    Defect("a changed e-mail address for new languages", "ethereumorg-translatathon", "en",
           "send us an email to translations@ethereum.org", "send us an email to translation@ethereum.org", "F003",
           (15, 53)),
    Defect("a changed year of the Translatathon", "ethereumorg-translatathon", "en", "part of the 2025 Translatathon:",
           "part of the 2024 Translatathon:", "F001", (54, 77)),
    Defect("a changed date of the results", "ethereumorg-translatathon", "en", "community call on September 25th.",
           "community call on September 26th.", ("F002", "F001"), (78, 90)),
    Defect("a changed URL of an eligible project", "ethereumorg-translatathon", "en",
           "(https://crowdin.com/project/eth-docker-docs)", "(https://crowdin.com/project/eth-docker-documentation)",
           "F004", (54, 77)),
    Defect("a dropped eligible project", "ethereumorg-translatathon", "en",
           "- [Remix LearnEth](https://crowdin.com/project/remix-learneth)\n\n", "", ("P007", "F004"), (54, 75),
           names="Remix LearnEth"),
]


# --- Held-out round 39 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 39") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 38 (owners a to k and digits), from owners l to z.
# Four legal or policy texts: Let's Encrypt's privacy policy (the website's Simplified Chinese translation, 14/12 kB),
# Triggerfish's cookie policy and trust center (a convenience translation of the English, which binds), the privacy
# policy of the Divination app (aoeai, a generator's template); three contributing guides: pyqpanda-algorithm's
# (Chinese-first by its history, the English written a commit later and drifted: steps, labels and a paragraph only in
# one language), Open Assistant API's (Chinese-first: the Chinese the project's first, the English added the next day)
# and Luminol's (added in both languages at once; the upstream project named Folia in Chinese, Paper in English).
HELD_OUT_39 = ("letsencrypt-privacy", "triggerfish-cookies", "triggerfish-trustcenter", "aoeai-privacy",
               "pyqpanda-contributing", "openassistant-contributing", "luminol-contributing")

# Defects written into copies of the round-39 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-39 pair, modified or not; for a dropped list item or table row, words of the Chinese item the finding
# must quote (within its first forty characters). The Divination app's policy has no Markdown heading (its headings are
# bold lines), so its one section is the whole text. The numbers changed are a retention period, a phone number, a
# standard's number, an age, a count of algorithms, a Python and a JDK version; the dates are a "last updated" and an
# effective date; four e-mail addresses and three URLs are changed; one sentence with a period is dropped.
DEFECTS_39 = [
    Defect("a changed retention period of subscriber data", "letsencrypt-privacy", "en",
           "We will store this information for a minimum of two years",
           "We will store this information for a minimum of three years", "F001", (19, 28)),
    Defect("a dropped sentence with a period", "letsencrypt-privacy", "en",
           "Temporary server logs are used for operational purposes only and are normally deleted in less than seven "
           "days. ", "", ("F001", "P006"), (15, 18)),
    Defect("a changed e-mail address for marketing opt-outs", "letsencrypt-privacy", "en",
           "contacting us directly at press@abetterinternet.org", "contacting us directly at press@letsencrypt.org",
           "F003", (41, 47)),
    Defect("a changed URL of the forum provider's privacy policy", "letsencrypt-privacy", "en",
           "(https://www.discourse.org/privacy)", "(https://www.discourse.org/terms)", "F004", (29, 36)),
    Defect("a dropped right under the GDPR", "letsencrypt-privacy", "en",
           "- Complain to a regulator. If you’re based in the EEA and think that we haven’t complied with data protection "
           "laws, you have a right to lodge a complaint with your local supervisory authority.\n", "", "P007", (56, 100),
           names="向监管机构投诉"),
    Defect("swapped sections of a privacy policy", "letsencrypt-privacy", "en",
           *_swapped("letsencrypt-privacy", "en", "## We Do Not Sell Your Data or Information",
                     "## Use of Third-Party Analytics and Email Marketing Tools",
                     "## Law Enforcement Requests and Extenuating Circumstances"), "P003", (37, 47)),
    Defect("a changed last-updated date", "triggerfish-cookies", "en", "**Last updated March 02, 2026**",
           "**Last updated March 12, 2026**", ("F002", "F001"), (5, 12)),
    Defect("a changed phone number", "triggerfish-cookies", "en", "Phone: (+1) 512-677-5483",
           "Phone: (+1) 512-677-5438", ("F005", "F001"), (70, 78)),
    Defect("a changed contact e-mail address", "triggerfish-cookies", "en",
           "[greg@trigger.fish](mailto:greg@trigger.fish)", "[info@trigger.fish](mailto:info@trigger.fish)", "F003",
           (70, 78)),
    Defect("a dropped browser", "triggerfish-cookies", "en",
           "- [Safari](https://support.apple.com/en-ie/guide/safari/sfri11471/mac)\n", "", ("P007", "F004"), (31, 46),
           names="Safari"),
    Defect("a dropped paragraph without facts", "triggerfish-cookies", "en",
           "The date at the top of this Cookie Policy indicates when it was last updated.\n\n", "", "P006", (64, 67), known_miss=True),
    Defect("a changed number of a standard", "triggerfish-trustcenter", "en", "| ISO 27001                    |",
           "| ISO 27002                    |", "F001", (67, 80)),
    Defect("a dropped layer (a table row)", "triggerfish-trustcenter", "en",
           "| 12    | SSRF Prevention              | IP denylist + DNS resolution checks               |\n", "",
           ("P007", "P006"), (33, 55), names="SSRF"),
    Defect("a changed URL of the source code", "triggerfish-trustcenter", "en",
           "(https://github.com/greghavens/triggerfish)", "(https://github.com/triggerfish/triggerfish)", "F004",
           (87, 92)),
    Defect("swapped contents of two sections, headings kept", "triggerfish-trustcenter", "en",
           *_swapped_contents("triggerfish-trustcenter", "en", "## A Note on Trust", "## Audit the Source",
                              "## Vulnerability Reporting"), ("P003", "P006", "P007", "F004"), (81, 92), most=4),
    Defect("a changed age of children", "aoeai-privacy", "en", "market to children under the age of 13.",
           "market to children under the age of 16.", "F001", (5, 72)),
    Defect("a changed effective date", "aoeai-privacy", "en", "This privacy policy is effective as of 2024-03-19",
           "This privacy policy is effective as of 2024-03-29", ("F002", "F001"), (5, 72)),
    Defect("a changed contact e-mail address", "aoeai-privacy", "en",
           "please contact the Service Provider via email at abouluo1@gmail.com.",
           "please contact the Service Provider via email at abouluo2@gmail.com.", "F003", (5, 72)),
    Defect("a dropped item of the information collected", "aoeai-privacy", "en",
           "*   The time spent on the Application\n", "", "P007", (5, 71), names="在应用程序上花费的时间"),
    Defect("a changed number of algorithms", "pyqpanda-contributing", "en", "which includes 13 common quantum algorithms",
           "which includes 15 common quantum algorithms", "F001", (39, 47)),
    Defect("a changed e-mail address for reports", "pyqpanda-contributing", "en",
           "may be reported to [qcloud@originqc.com](mailto:qcloud@originqc.com).",
           "may be reported to [qcloud@originqc.cn](mailto:qcloud@originqc.cn).", "F003", (35, 38)),
    Defect("a dropped unacceptable behaviour", "pyqpanda-contributing", "en", "  - Harass others (publicly or privately)\n",
           "", "P007", (13, 28), names="公开或私人骚扰"),
    Defect("swapped sections of a code of conduct", "pyqpanda-contributing", "en",
           *_swapped("pyqpanda-contributing", "en", "#### Maintainer Responsibilities", "#### Oversight & Reporting",
                     "### Understanding the alg Community"), "P003", (30, 38)),
    Defect("a changed Python version", "openassistant-contributing", "en", "- Python 3.10\n", "- Python 3.11\n", "F001",
           (30, 33)),
    Defect("a dropped middleware", "openassistant-contributing", "en", "- Redis\n", "", "P007", (24, 28),
           names="Redis"),
    Defect("a dropped paragraph without facts", "openassistant-contributing", "en",
           "You can start by solving existing Issues.\n\n", "", "P006", (5, 12)),
    Defect("swapped sections, the last moved up", "openassistant-contributing", "en",
           *_swapped_last("openassistant-contributing", "en", "## Build Docker Image", "## Deployment"), "P003",
           (208, 218)),
    Defect("a changed JDK version", "luminol-contributing", "en", "- `JDK 17 or higher`", "- `JDK 21 or higher`",
           "F001", (25, 31)),
    Defect("a changed URL of the GitHub issue", "luminol-contributing", "en",
           "(https://github.com/isaacs/github/issues/1681)", "(https://github.com/isaacs/github/issues/1618)",
           ("F004", "F001"), (14, 24)),
    Defect("a dropped paragraph without facts", "luminol-contributing", "en",
           "So, don't use orgnization accounts for fork!\n\n", "", "P006", (14, 22), known_miss=True),
]

# The one held-out run of rounds 38 and 39 (issue 10): round 38 on the checker of commit 05efcba of main (rounds 36 and 37
# registered and tuned on), round 39 on commit c550b53 (after round 38's changes); each classified against the ground
# truth written before (tests/corpus/README.md, "The one held-out run of round 38, classified" and round 39's): round
# 38, 8 findings, 6 false, 26 of 30 defects caught; round 39, 13 findings, 9 false, 27 of 30. Since, a day of a month
# without its year is a date and a month alone no number (round 38), an admonition above the title opens the text
# (round 39).
EXPECTED.update({
    "shifu-privacy": [("en", 65, "F004")],  # true: China Telecom's policy link lost a "%2F" in English (content)
    # false: the prohibited uses' list item, which the English numbers on (form), and the case of breach next to the
    # one only in Chinese (zh 145) named instead of it
    "shifu-agreement": [("en", 62, "P007"), ("en", 137, "P007")],
    # true: "Issue Dates" a heading only in English (form); false: the dates and the welcome paragraph under it, which the
    # Chinese writes after the paragraph "发行日期:", said to have no counterpart
    "easylatex-privacy": [("en", 7, "P006"), ("en", 7, "P007"), ("en", 13, "P002")],
    "hypermeta-privacy": [],
    "ethereumorg-coc": [],
    "ethereumorg-translatathon": [],  # (the run gave F001 9 and 25 for "9 月 25 日" and "九月", false: gone since)
    "letsencrypt-privacy": [],
    # true: the note that the translation is for convenience, only in Chinese (content); the run gave three false
    # findings instead (the note above the title: the title taken for a section)
    "triggerfish-cookies": [("en", 7, "P006")],
    "triggerfish-trustcenter": [],
    "aoeai-privacy": [("en", 4, "E003"), ("zh", 1, "E003")],  # true: no heading in either text, bold lines only (form)
    # true: the labels only in Chinese named with their item, "#123" only in English (content); false: a paragraph the
    # English has named for the sentence only in Chinese; the English's subsections "PR Workflow" and "Testing
    # Guidelines" (lead-in sentences in Chinese) and the pairing they shift: "提交一个Pull-Request" said missing, "Testing"
    # paired with "致谢", "Acknowledgements" said added
    "pyqpanda-contributing": [("en", 74, "P006"), ("en", 81, "P007"), ("en", 95, "F001"), ("en", 99, "P002"),
                              ("en", 119, "P002"), ("en", 140, "P004"), ("en", 144, "P002"), ("en", 150, "P002")],
    "openassistant-contributing": [],
    "luminol-contributing": [],
})
FALSE.update({
    "shifu-agreement": [("en", 62, "P007"), ("en", 137, "P007")],
    "easylatex-privacy": [("en", 7, "P006"), ("en", 7, "P007")],
    "pyqpanda-contributing": [("en", 74, "P006"), ("en", 99, "P002"), ("en", 119, "P002"), ("en", 140, "P004"),
                              ("en", 144, "P002"), ("en", 150, "P002")],
})
DEFECTS += DEFECTS_38 + DEFECTS_39
RETUNED_38 = HELD_OUT_38
RETUNED_39 = HELD_OUT_39
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 40, collected apart


# --- Held-out round 40 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 40") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 41 (owners l to z), from owners with a digit or a to
# k. One privacy policy (a browser extension's for bilibili.com, added in both languages at once); five pages of three
# Apache projects' websites, four read from the index (their snapshots are over the size allowed): Linkis's licence
# notes and ICLA signing guide, InLong's rules for third-party dependencies and its page on becoming a committer (the
# four Chinese-first by their text), and EventMesh's contributor guide, from its snapshot (English-first by its history,
# the Chinese grown with ten passages the English has not). Six pairs, not seven: the time allowed did not give a
# seventh.
HELD_OUT_40 = ("bilirefresh-privacy", "linkis-license", "linkis-icla", "inlong-committer", "inlong-dependencies",
               "eventmesh-contributing")

# Defects written into copies of the round-40 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-40 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). InLong's committer page has no heading under its title, so its one section is
# the whole text.
DEFECTS_40 = [
    Defect("a changed effective date", "bilirefresh-privacy", "en", "This policy is effective as of May 19, 2026.",
           "This policy is effective as of May 29, 2026.", ("F002", "F001"), (56, 61)),
    Defect("a dropped ground for disclosure without consent", "bilirefresh-privacy", "en",
           "- When directly related to national security or national defense\n", "", "P007", (31, 46),
           names="与国家安全、国防安全直接相关的"),
    Defect("a dropped paragraph without facts", "bilirefresh-privacy", "en",
           "\n\nAll video metadata cached by the extension is stored locally in your browser's built-in extension storage "
           "(`chrome.storage.local`). This data remains on your device and can be cleared by you at any time through the "
           "extension's interface.", "", "P006", (25, 28)),
    Defect("a dropped sentence without facts", "bilirefresh-privacy", "en",
           " If you do not agree with any part of this policy, please discontinue use of the Product.", "", "P006",
           (5, 18), known_miss=True),
    Defect("swapped sections of a privacy policy", "bilirefresh-privacy", "en",
           *_swapped("bilirefresh-privacy", "en", "## How We Use Cookies and Other Tracking Technologies",
                     "## How We Handle Personal Information of Minors", "## Changes to This Privacy Policy"), "P003",
           (48, 55)),
    Defect("a changed URL of the ASF's guide for contributors", "inlong-committer", "en",
           "[ASF official document](https://community.apache.org/contributors/)",
           "[ASF official document](https://community.apache.org/committers/)", "F004", (5, 40)),
    Defect("a changed URL of the project's website", "inlong-committer", "en", "[Apache InLong](https://inlong.apache.org)",
           "[Apache InLong](https://inlong.apache.com)", "F004", (5, 40)),
    Defect("a dropped potential contribution", "inlong-committer", "en",
           "- Actively participate in voting when the version is released.\n", "", "P007", (5, 39), names="积极参与投票"),
    Defect("a dropped paragraph without facts", "inlong-committer", "en",
           "Not everyone can complete all (or even any) items on this list. If you want to contribute in other ways, do it "
           "(and add them to the list).\nPleasant manners and dedication are all you need to have a positive impact on the "
           "InLong project.\nWe are inviting you to become Committer results from your long-term and stable interaction "
           "with the community, and it means the trust and recognition of the InLong community.\n\n", "", "P006",
           (5, 36)),
    Defect("a changed number of lines of a NOTICE", "inlong-dependencies", "en", "if the original text of NOTICE exceeds 10 lines",
           "if the original text of NOTICE exceeds 20 lines", "F001", (23, 45)),
    Defect("a changed URL of the ASF's licence policy", "inlong-dependencies", "en",
           "(https://www.apache.org/legal/resolved.html) , which", "(https://www.apache.org/legal/resolve.html) , which",
           "F004", (7, 9)),
    Defect("a dropped operation on existing modules", "inlong-dependencies", "en",
           "    2. Delete existing third-party dependencies;\n", "", "P007", (10, 21), names="删除已有的第三方依赖", known_miss=True),
    Defect("a dropped paragraph without facts", "inlong-dependencies", "en",
           "\n\nThe core of the above operation is to add or modify each pom.xml operation, we need to check the third-party "
           "dependencies of the project and make changes to the third-party dependencies licenses of existing projects.",
           "", "P006", (10, 20), known_miss=True),
    Defect("swapped sections of a dependency policy", "inlong-dependencies", "en",
           *_swapped("inlong-dependencies", "en", "## Why maintain third-party dependencies", "## Operations involved",
                     "## Third-party dependency combing method"), "P003", (7, 22)),
    Defect("a changed version of a dependency named as missing", "linkis-license", "en",
           "license statement of HikariCP-java6-2.3.13, c3p0", "license statement of HikariCP-java6-2.3.18, c3p0", "F001",
           (70, 105)),
    Defect("a changed URL of a third-party licence", "linkis-license", "en",
           "LICENSE file: https://github.com/bartdag/py4j/blob/0.10.7/py4j-python/LICENSE.txt",
           "LICENSE file: https://github.com/bartdag/py4j/blob/0.10.7/py4j-python/LICENSE", "F004", (43, 54)),
    Defect("a changed version of a build dependency", "linkis-license", "en",
           "depends on `org.apache.ant:ant:1.9.1`, and", "depends on `org.apache.ant:ant:1.9.2`, and", "F001", (55, 69)),
    Defect("a dropped rule on the licences allowed", "linkis-license", "en",
           "- The dependencies introduced in Scenario 2 must be Class A/Class B licenses in [ASF Third Party License "
           "Policy](https://apache.org/legal/resolved.html), not Class C licenses\n", "", ("P007", "F004"), (30, 41),
           names="场景2中的引入的依赖必须是", known_miss=True),
    Defect("a dropped paragraph without facts", "linkis-license", "en",
           "Regarding the specific open source protocol usage protocols, I will not introduce them one by one here. If you "
           "are interested, you can check them yourself.\n\n", "", "P006", (55, 67), known_miss=True),
    Defect("swapped sections of licence notes", "linkis-license", "en",
           *_swapped("linkis-license", "en", "## License detection rules", "## Appendix", "## Reference articles"), "P003",
           (70, 140)),
    Defect("a changed URL of the ASF's licences page", "linkis-icla", "en",
           "[Apache Licenses](https://www.apache.org/licenses/#clas)", "[Apache Licenses](https://www.apache.org/licenses/#cla)",
           "F004", (7, 63)),
    Defect("a dropped step of a handwritten signature", "linkis-icla", "en", "> - Print documents\n", "", "P007", (64, 81),
           names="打印文件"),
    Defect("a dropped rule for committers", "linkis-icla", "en",
           "> - Preferred Apache id(s) is a required field for committers.\n", "", "P007", (7, 62),
           names="Committer相关的签署", known_miss=True),
    Defect("swapped contents of two sections, headings kept", "linkis-icla", "en",
           *_swapped_contents("linkis-icla", "en", "## Apache sign icla guide",
                              "## Manual signature and PDF software signature demo"),
           ("P003", "P004", "P006", "P007", "F003", "F004"), (7, 82), most=4),
    Defect("a changed contact e-mail address", "eventmesh-contributing", "en", "Mail: dev@eventmesh.apache.org",
           "Mail: user@eventmesh.apache.org", "F003", (146, 148)),
    Defect("a changed URL of the issues for first-time contributors", "eventmesh-contributing", "en",
           "(https://github.com/apache/incubator-eventmesh/issues/888)",
           "(https://github.com/apache/incubator-eventmesh/issues/889)", ("F004", "F001"), (86, 93)),
    Defect("a changed version of the licence", "eventmesh-contributing", "en",
           "EventMesh follows [Apache License 2.0](", "EventMesh follows [Apache License 2.1](", "F001", (132, 137)),
    Defect("a dropped principle of review", "eventmesh-contributing", "en",
           "- Elegance: New functions, classes or components should be well-designed.\n  \n", "", "P007", (122, 129),
           names="优雅性"),
    Defect("a dropped paragraph without facts", "eventmesh-contributing", "en",
           "So fork the original EventMesh repository into your own repository.\n\n", "", "P006", (58, 63)),
    Defect("swapped sections of a contributor guide", "eventmesh-contributing", "en",
           *_swapped("eventmesh-contributing", "en", "### Bug feedback or bug fixes",
                     "### Implementation of functions, refactoring", "### Documentation Improvement"), "P003", (74, 81), known_miss=True),
]


# --- Held-out round 41 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 41") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 40 (owners a to k and digits), from owners l to z.
# Contributing guides and codes of conduct (the legal texts of owners l to z that the index holds were all taken or left
# out before): OceanBase Developer Center's contributing guide (12.7/11.4 kB: a repository tree, issue and PR templates,
# 2 hours, 500 lines, an e-mail address) and code of conduct (the Contributor Covenant 2.1, its contact placeholder left
# in), seekdb's contributing guide (the two languages drifted apart: sections, labels, a DingTalk group and steps in one
# language only), NexT's code of conduct (24 hours, 6-12 months) and contributing guide (issue and PR labels, a security
# e-mail address), and two of Crater's contributing guides (its Helm chart's and its CLI's, close translations kept line
# for line). All seven were added in both languages at once, or their history does not tell which came first.
HELD_OUT_41 = ("odc-contributing", "odc-coc", "seekdb-contributing", "nexttheme-coc", "nexttheme-contributing",
               "crater-charts-contributing", "crater-cli-contributing")

# Defects written into copies of the round-41 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-41 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states a date or an amount, so no date is changed; the numbers changed
# are a review time, a period of suspension, a range of months, a Go version; two e-mail addresses and six URLs are
# changed; one list item with a number is dropped.
DEFECTS_41 = [
    Defect("a changed e-mail address for reports", "odc-contributing", "en",
           "[yizhou.xw@oceanbase.com](mailto:yizhou.xw@oceanbase.com)",
           "[yizhou.wx@oceanbase.com](mailto:yizhou.wx@oceanbase.com)", "F003", (23, 27)),
    Defect("a changed review time", "odc-contributing", "en", "should be controlled within 2 hours.",
           "should be controlled within 4 hours.", "F001", (271, 280)),
    Defect("a dropped rule with a number", "odc-contributing", "en",
           "- The number of lines of code in a PR is not mandatory, but it should not exceed 500 lines.\n", "",
           ("P007", "F001"), (271, 279), names="变更代码行数"),
    Defect("a changed URL of the discussions", "odc-contributing", "en", "(https://github.com/oceanbase/odc/discussions)",
           "(https://github.com/oceanbase/odc/issues)", "F004", (28, 34)),
    Defect("a dropped encouraged behaviour", "odc-contributing", "en", "- Praising good code.\n", "", "P007", (281, 299),
           names="称赞觉得不错的代码"),
    Defect("swapped sections, the last moved up", "odc-contributing", "en",
           *_swapped_last("odc-contributing", "en", "#### Polite and Focused", "#### Collaboration and Feedback"), "P003",
           (281, 307), known_miss=True),
    Defect("a dropped unacceptable behaviour", "odc-coc", "en", "* Public or private harassment\n", "", "P007", (20, 42),
           names="公开或私下的骚扰行为"),
    Defect("a changed URL of the covenant's version", "odc-coc", "en",
           "[v2.1]: https://www.contributor-covenant.org/version/2/1/code_of_conduct.html",
           "[v2.1]: https://www.contributor-covenant.org/version/2/0/code_of_conduct.html", "F004", (120, 137)),
    Defect("a dropped paragraph without facts", "odc-coc", "en",
           "All community leaders are obligated to respect the privacy and security of the\nreporter of any incident.\n\n",
           "", "P006", (64, 70)),
    Defect("swapped sections of a code of conduct", "odc-coc", "en",
           *_swapped("odc-coc", "en", "### 2. Warning", "### 3. Temporary Ban", "### 4. Permanent Ban"), "P003", (88, 110)),
    Defect("a changed URL of the repository", "seekdb-contributing", "en",
           "[OceanBase GitHub repository](https://github.com/oceanbase/seekdb)",
           "[OceanBase GitHub repository](https://github.com/oceanbase/seekdb-dev)", "F004", (17, 89)),
    Defect("a changed URL of the CLA", "seekdb-contributing", "en", "(https://cla-assistant.io/oceanbase)",
           "(https://cla-assistant.io/oceanbase-seekdb)", "F004", (17, 89)),
    Defect("a dropped step", "seekdb-contributing", "en",
           "   2. Click the **Fork** button in the upper-right corner to fork one branch.\n", "", "P007", (17, 88),
           names="点击 Fork 按钮", known_miss=True),
    Defect("a changed suspension", "nexttheme-coc", "en", "blocked from participating for 24 hours.",
           "blocked from participating for 48 hours.", "F001", (66, 88)),
    Defect("a changed range of months", "nexttheme-coc", "en", "a long-term (6-12 months) ban", "a long-term (3-12 months) ban",
           "F001", (66, 88)),
    Defect("a changed URL of the chat", "nexttheme-coc", "en", "(https://app.gitter.im/#/room/#next:gitter.im)",
           "(https://app.gitter.im/#/room/#hexo-next:gitter.im)", "F004", (89, 98)),
    Defect("a dropped unacceptable behaviour", "nexttheme-coc", "en", "* Public or private harassment\n", "", "P007", (40, 58),
           names="公开或私下的骚扰"),
    Defect("swapped sections of a code of conduct", "nexttheme-coc", "en",
           *_swapped("nexttheme-coc", "en", "## Our Pledge", "## Our Responsibilities", "## Our Standards"), "P003", (30, 39)),
    Defect("a changed e-mail address for security reports", "nexttheme-contributing", "en", "to security@theme-next.com (",
           "to security@theme-next.js.org (", "F003", (65, 70)),
    Defect("a changed URL of the versioning issue", "nexttheme-contributing", "en",
           "(https://github.com/theme-next/hexo-theme-next/issues/187)",
           "(https://github.com/theme-next/hexo-theme-next/issues/178)", "F004", (92, 106)),
    Defect("a dropped label", "nexttheme-contributing", "en", "    - `Polls`: An issue that initiated a poll\n", "", "P007",
           (117, 166), names="Polls"),
    Defect("a dropped paragraph without facts", "nexttheme-contributing", "en",
           "Releases are a great way to ship projects on GitHub to your users.\n\n", "", "P006", (92, 104), known_miss=True),
    Defect("swapped contents of two sections, headings kept", "nexttheme-contributing", "en",
           *_swapped_contents("nexttheme-contributing", "en", "### Coding Rules", "### Coding Standards",
                              "### Labels Rules"), ("P003", "P004", "P006"), (109, 116), most=4),
    Defect("a dropped security rule", "crater-charts-contributing", "en",
           "- Never commit real secrets, tokens, passwords, certificates, kubeconfigs, internal-only endpoints, or production "
           "credentials.\n", "", "P007", (46, 52), names="严禁提交真实密钥"),
    Defect("a dropped versioning rule", "crater-charts-contributing", "en",
           "- Use semantic versioning for the shared `version` / `appVersion` value.\n", "", "P007", (27, 37),
           names="语义化版本"),
    Defect("a dropped paragraph without facts", "crater-charts-contributing", "en",
           "Use this file when you change chart metadata, `values.yaml`, Helm templates, dependencies, generated chart README "
           "content, or release versioning.\n\n", "", "P006", (7, 10)),
    Defect("swapped sections of a contributing guide", "crater-charts-contributing", "en",
           *_swapped("crater-charts-contributing", "en", "## Values And Documentation", "## Quality And Security",
                     "## Before Submitting Chart Changes"), "P003", (39, 53)),
    Defect("a changed Go version", "crater-cli-contributing", "en", "(currently `1.25.4`)", "(currently `1.24.4`)", "F001",
           (11, 25)),
    Defect("a dropped check before submitting", "crater-cli-contributing", "en",
           "- Tests cover the risk introduced by the change.\n", "", "P007", (78, 85), names="测试覆盖了本次变更引入的风险"),
    Defect("swapped sections of a contributing guide", "crater-cli-contributing", "en",
           *_swapped("crater-cli-contributing", "en", "## 2. Implement The Change", "## 3. Test The Change",
                     "## 4. Before Submitting"), "P003", (26, 77)),
]


# The one held-out run of rounds 40 and 41 (issue 10), each on the checker of commit f9555d2 of main (rounds 38 and 39
# registered and tuned on), classified against the ground truth written before (tests/corpus/README.md, "The one
# held-out run of round 40, classified" and round 41's): round 40, 42 findings, 19 false, 23 of 30 defects caught;
# round 41, 22 findings, 1 false, 26 of 30. Since, a generated name in an image's path on the site is no figure.
EXPECTED.update({
    "bilirefresh-privacy": [],
    # true: the DolphinScheduler page at another path, the three parts of licences only in Chinese (content); the
    # headings numbered only in Chinese (form); false: "0.10 .7" (a stray space in a file name), the Chinese's "1." and
    # "3." read as skipped
    "linkis-license": [("en", 8, "F004"), ("en", 13, "P006"), ("en", 13, "P007"), ("en", 30, "P005"), ("en", 52, "F001"),
                       ("zh", 50, "N004"), ("zh", 125, "N004")],  # (two P005 as run, one per level: one since)
    # true: the anchors only in English (form); the CLA, ICLA and committer-index links, the PDF software, the
    # secretary's address, the note on private@ and the template, the example file only in English (content); false:
    # an image only the Chinese links (each language's images: form). (The run gave eight false F005 and F001 more for
    # the generated names of the English's image paths: gone since.)
    "linkis-icla": [("en", 7, "P009"), ("en", 15, "F004"), ("en", 19, "F004"), ("en", 30, "F004"), ("en", 35, "F004"),
                    ("en", 35, "F004"), ("en", 36, "F004"), ("en", 42, "P006"), ("en", 47, "F003"), ("en", 64, "P006"),
                    ("en", 82, "F004")],
    "inlong-committer": [],
    # true: the licence directory's repository path (content); false: "第 3" of "第 3 方" (third party) read as a number
    "inlong-dependencies": [("en", 10, "F001"), ("en", 25, "F004")],
    # true: JDK 8 and the Gradle item, the five CheckStyle steps only in Chinese (content); false: the workflow, paired
    # with the code style (said missing, its paragraph and the English's heading), the clone address named there, the
    # Chinese's lists of steps numbered from 1 again (N001)
    "eventmesh-contributing": [("en", 11, "F001"), ("en", 11, "P007"), ("en", 15, "P002"), ("en", 15, "P002"),
                               ("en", 15, "P002"), ("en", 15, "P002"), ("en", 15, "P002"), ("en", 15, "P002"),
                               ("en", 15, "P006"), ("en", 29, "P002"), ("en", 47, "F003"), ("zh", 54, "N001"),
                               ("zh", 58, "N001")],
    # true: the levels and the numbers of the headings (form: the Chinese numbers them, the English not; the Chinese's
    # "## 4." under "# 3." and its "### 5.2.3", N002)
    "odc-contributing": [("en", 23, "P004"), ("en", 23, "P005"), ("zh", 85, "N002"), ("zh", 90, "N002"),
                         ("zh", 97, "N002"), ("zh", 151, "N002"), ("zh", 216, "N002"), ("zh", 242, "N002")],
    # (six P005 as run, one per level where the English numbers none: one for the text since)
    "odc-coc": [],
    # true: the overview, the related documents and the kinds of contribution only in Chinese, the DingTalk group and
    # Discord only in English, the second clone command and CentOS 7 only in Chinese (content); the Chinese's steps as
    # subsections (form)
    "seekdb-contributing": [("en", 7, "P002"), ("en", 7, "P002"), ("en", 9, "F005"), ("en", 9, "F004"), ("en", 17, "F004"),
                            ("en", 17, "P002"), ("en", 17, "P004"), ("en", 17, "P006")],
    "nexttheme-coc": [],
    "nexttheme-contributing": [("en", 22, "P007")],  # false: an entry of the English's table of contents (form)
    "crater-charts-contributing": [],
    "crater-cli-contributing": [],
})
FALSE.update({
    "linkis-license": [("en", 52, "F001"), ("zh", 50, "N004"), ("zh", 125, "N004")],
    "linkis-icla": [("en", 35, "F004")],
    "inlong-dependencies": [("en", 10, "F001")],
    "eventmesh-contributing": [("en", 15, "P002"), ("en", 15, "P006"), ("en", 29, "P002"), ("en", 47, "F003"),
                               ("zh", 54, "N001"), ("zh", 58, "N001")],
    "nexttheme-contributing": [("en", 22, "P007")],
})
DEFECTS += DEFECTS_40 + DEFECTS_41
RETUNED_40 = HELD_OUT_40
RETUNED_41 = HELD_OUT_41
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 42, collected apart


# --- Held-out round 42 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 42") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 43, from owners whose names start with a digit or a
# to k. A security policy and rules for committers, contributors and mailing lists of three projects: Apache HugeGraph's
# security policy (a security list's address, a reminder on graph query languages, five CVEs) and committer guidelines
# (the nomination, vote, invitation, ICLA and announcement, with their mail templates, 3 votes of +1, January 2026),
# Apache HertzBeat's contributing guide (java25, Node.js >= 18, localhost:4200, a certificate request by mail; a section
# on improvement proposals only in English), its page on becoming a committer (3+ months, 20+ PRs) and its mailing
# lists (eight addresses), and Ant Design's contributing guide (a weekly patch and monthly minor release, articles and a
# two weeks' wait told otherwise in each language). All six were added in both languages at once; HugeGraph's two and
# HertzBeat's contributing guide read as translated from the Chinese.
HELD_OUT_42 = ("hugegraph-security", "hugegraph-committer", "hertzbeat-contributing", "hertzbeat-committer",
               "hertzbeat-mailing-lists", "antd-contributing")

# Defects written into copies of the round-42 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-42 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). The numbers changed are a Node.js version, a number of months and a CVE
# number; one date (HugeGraph's graduation) is changed; four e-mail addresses and six URLs are changed; one list item and
# one paragraph with a number are dropped.
DEFECTS_42 = [
    Defect("a changed e-mail address of the security list", "hugegraph-security", "en",
           "address is: `security@hugegraph.apache.org`", "address is: `security@apache.org`", "F003", (7, 33)),
    Defect("a changed CVE number", "hugegraph-security", "en",
           "[CVE-2024-43441](https://www.cve.org/CVERecord?id=CVE-2024-43441)",
           "[CVE-2024-43411](https://www.cve.org/CVERecord?id=CVE-2024-43411)", ("F001", "F004"), (36, 42)),
    Defect("a dropped step of handling a vulnerability", "hugegraph-security", "en",
           "- The project creates a new version of the software package affected by the vulnerability to provide a fix\n",
           "", "P007", (7, 32), names="项目创建一个新版本的受漏洞影响的软件包"),
    Defect("a changed URL of the ASF's security procedure", "hugegraph-security", "en",
           "[ASF SEC](https://www.apache.org/security/committers.html)", "[ASF SEC](https://www.apache.org/security/)",
           "F004", (7, 33)),
    Defect("a changed date of graduation", "hugegraph-committer", "en", "graduated in January 2026",
           "graduated in January 2025", "F002", (331, 341)),
    Defect("a dropped paragraph with a number of votes", "hugegraph-committer", "en",
           "Then, PMC members reply to the email with +1 or -1 to express their opinions. Generally, at least 3 votes of +1 "
           "are needed to conclude the vote.\n\n", "", ("P006", "F001"), (104, 133)),
    Defect("a changed sender of the welcome e-mail", "hugegraph-committer", "en", "an email from root@apache.org with",
           "an email from secretary@apache.org with", "F003", (295, 307)),
    Defect("a changed URL to reset the password", "hugegraph-committer", "en", "https://id.apache.org/reset/enter.",
           "https://id.apache.org/reset/.", "F004", (295, 307)),
    Defect("a dropped consideration for candidates", "hugegraph-committer", "en", "   2. Mentorship capabilities\n", "",
           "P007", (9, 18), names="担任导师的能力"),
    Defect("swapped sections of the nomination", "hugegraph-committer", "en",
           *_swapped("hugegraph-committer", "en", "## Initiate Community Voting Email (VOTE)",
                     "## Announcement of Voting Results (RESULT)", "## Send Invitation Email to Candidate (INVITE)"),
           "P003", (104, 156)),
    Defect("a dropped paragraph without facts", "hugegraph-committer", "en",
           "Of course, the candidate may also choose to decline the invitation, in which case there is no template:)\n\n",
           "", "P006", (218, 245)),
    Defect("a changed Node.js version", "hertzbeat-contributing", "en", "Make sure `Node.js >= 18`",
           "Make sure `Node.js >= 16`", "F001", (44, 57)),
    Defect("a changed URL of the repository", "hertzbeat-contributing", "en",
           "[hertzbeat repository](https://github.com/apache/hertzbeat).",
           "[hertzbeat repository](https://github.com/apache/hertzbeat-collector).", "F004", (65, 97)),
    Defect("a changed e-mail address for certificates", "hertzbeat-contributing", "en",
           "send an email  `dev@hertzbeat.apache.org`", "send an email  `private@hertzbeat.apache.org`", "F003",
           (125, 150)),
    Defect("a dropped kind of contribution", "hertzbeat-contributing", "en",
           "- 💬**Suggestion**: You can also make some suggestions to the project or community to promote the healthy "
           "development of the community;\n\n", "", "P007", (9, 28), names="对项目或者社区提出一些建议"),
    Defect("swapped sections of a contributing guide", "hertzbeat-contributing", "en",
           *_swapped("hertzbeat-contributing", "en", "### Wait for the code to be merged", "### After the code is merged",
                     "### Get Contributor Certificate"), "P003", (98, 124)),
    Defect("a dropped paragraph without facts", "hertzbeat-contributing", "en",
           "If subsequent changes are required, there is no need to initiate a new PR. After submitting a commit on the "
           "original branch and pushing it to the remote repository, the PR will be automatically updated.\n\n", "", "P006",
           (98, 105), known_miss=True),
    Defect("a changed number of months", "hertzbeat-committer", "en", "- 3+ months with activity and engagement.",
           "- 6+ months with activity and engagement.", "F001", (39, 48)),
    Defect("a dropped requirement with a number", "hertzbeat-committer", "en",
           "- 20+ pr coding, document, test or other contributions.\n", "", ("P007", "F001"), (39, 47),
           names="文档，测试等贡献"),
    Defect("a dropped kind of involvement", "hertzbeat-committer", "en",
           "- Promoting the project by writing articles or holding events\n", "", "P007", (56, 65),
           names="通过撰写文章或举办活动来推广项目"),
    Defect("a changed address to subscribe", "hertzbeat-mailing-lists", "en",
           "(mailto:dev-subscribe@hertzbeat.apache.org)", "(mailto:dev-subscription@hertzbeat.apache.org)", "F003",
           (13, 21)),
    Defect("a changed address of confirmations", "hertzbeat-mailing-lists", "en",
           "[dev-help@hertzbeat.apache.org](mailto:dev-help@hertzbeat.apache.org)",
           "[dev-info@hertzbeat.apache.org](mailto:dev-info@hertzbeat.apache.org)", "F003", (30, 38)),
    Defect("a changed URL of an archive", "hertzbeat-mailing-lists", "en",
           "(https://lists.apache.org/list.html?notifications@hertzbeat.apache.org)",
           "(https://lists.apache.org/list.html?commits@hertzbeat.apache.org)", "F004", (22, 29)),
    Defect("a dropped paragraph without facts", "hertzbeat-mailing-lists", "en",
           "Before you post anything to the mailing lists, be sure that you already **subscribe** to them.\n\n", "", "P006",
           (5, 8)),
    Defect("a changed URL of the reproduction template", "antd-contributing", "en", "[template](https://u.ant.design/reproduce)",
           "[template](https://u.ant.design/repro)", "F004", (21, 26)),
    Defect("a changed URL of the API naming rules", "antd-contributing", "en",
           "(https://github.com/ant-design/ant-design/wiki/API-Naming-rules)",
           "(https://github.com/ant-design/ant-design/wiki/API-Naming-Rules-v5)", "F004", (27, 32)),
    Defect("a dropped step before a pull request", "antd-contributing", "en",
           "3. If you've fixed a bug or added code that should be tested, add tests!\n", "", "P007", (45, 62),
           names="请确保编写了相应的测试"),
    Defect("a dropped paragraph without facts", "antd-contributing", "en",
           "If you decide to fix an issue, please be sure to check the comment thread in case somebody is already working on "
           "a fix. If nobody is working on it at the moment, please leave a comment stating that you intend to work on it so "
           "other people don't accidentally duplicate your effort.\n\n", "", "P006", (33, 42)),
    Defect("swapped sections of a contributing guide", "antd-contributing", "en",
           *_swapped("antd-contributing", "en", "### Compile", "### Build", "## Development Tools"), "P003", (90, 101),
           known_miss=True),
    Defect("swapped contents of two sections, headings kept", "antd-contributing", "en",
           *_swapped_contents("antd-contributing", "en", "## Code of Conduct", "## Open Development",
                              "## Branch Organization"), ("P003", "P004", "P006"), (9, 16), most=4),
]


# --- Held-out round 43 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 43") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 42, from owners l to z. UMI-Dex's security policy
# (5 business days, every 14 days, an e-mail address, v1.0.0, March 2026) and code of conduct (the Contributor Covenant
# 2.1 with the project's address; a closing contact line only in Chinese), OKF Harness's security policy (an e-mail
# address, a package only in Chinese) and contributing guide (Node.js 22, pnpm 11; a paragraph on Chinese translations
# only in Chinese), the Daily Paper RSS disclaimer (Chinese-first: the English says it is an AI translation for
# reference only) and AI DevCopilot's contributing guide (tool versions, a date, v1.4.0; a control pair kept line for
# line).
HELD_OUT_43 = ("umidex-security", "umidex-coc", "okfharness-security", "okfharness-contributing",
               "dailypaper-disclaimer", "aidevcopilot-contributing")

# Defects written into copies of the round-43 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-43 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). Two dates are changed (a month, a day); the numbers changed are a period of
# acknowledgement, an interval of updates and three tool versions; three e-mail addresses and three URLs are changed; a
# table row with a version and a section with a version are dropped.
DEFECTS_43 = [
    Defect("a changed period of acknowledgement", "umidex-security", "en", "Within **5 business days**",
           "Within **10 business days**", "F001", (48, 61)),
    Defect("a changed interval of updates", "umidex-security", "en", "at least about **every 14 days**",
           "at least about **every 30 days**", "F001", (48, 61)),
    Defect("a changed e-mail address for reports", "umidex-security", "en",
           "**[helloworld@linkerbot.cn](mailto:helloworld@linkerbot.cn)**",
           "**[helloworld@linkerbot.com](mailto:helloworld@linkerbot.com)**", "F003", (23, 34)),
    Defect("a changed date of the last update", "umidex-security", "en", "*Last updated: March 2026*",
           "*Last updated: May 2026*", "F002", (85, 92)),
    Defect("a dropped item of a report", "umidex-security", "en",
           "5. **Contact** — How we can follow up (email is enough).\n", "", "P007", (35, 46), names="便于我们跟进"),
    Defect("swapped sections of a security policy", "umidex-security", "en",
           *_swapped("umidex-security", "en", "## Disclosure policy", "## Scope", "## Contact"), "P003", (62, 84)),
    Defect("a changed e-mail address for enforcement", "umidex-coc", "en",
           "enforcement at **helloworld@linkerbot.cn**.",
           "enforcement at **help@linkerbot.cn**.", "F003", (45, 50)),
    Defect("a changed URL of the covenant's version", "umidex-coc", "en",
           "[https://www.contributor-covenant.org/version/2/1/code_of_conduct.html]"
           "(https://www.contributor-covenant.org/version/2/1/code_of_conduct.html)",
           "[https://www.contributor-covenant.org/version/2/0/code_of_conduct.html]"
           "(https://www.contributor-covenant.org/version/2/0/code_of_conduct.html)", "F004", (79, 85)),
    Defect("a changed URL of the enforcement ladder", "umidex-coc", "en", "(https://github.com/mozilla/inclusion)",
           "(https://github.com/mozilla/diversity)", "F004", (79, 85)),
    Defect("a dropped unacceptable behaviour", "umidex-coc", "en",
           "* Trolling, insulting or derogatory comments, and personal or political attacks\n", "", "P007", (17, 33),
           names="挑衅、侮辱或贬损性言论"),
    Defect("a dropped paragraph without facts", "umidex-coc", "en",
           "We pledge to act and interact in ways that contribute to an open, welcoming, diverse, inclusive, and "
           "healthy community.\n\n", "", "P006", (11, 14)),
    Defect("swapped sections of a code of conduct", "umidex-coc", "en",
           *_swapped("umidex-coc", "en", "### 3. Temporary Ban", "### 4. Permanent Ban", "## Attribution"), "P003",
           (67, 78)),
    Defect("a changed e-mail address for sensitive reports", "okfharness-security", "en",
           "email `eric.zhou.0921@gmail.com`",
           "email `eric.zhou.0912@gmail.com`", "F003", (70, 90)),
    Defect("a dropped place for no secrets", "okfharness-security", "en", "- `.okfh/manifest.jsonl`\n", "",
           "P007", (57, 68),
           names="manifest.jsonl"),
    Defect("a dropped paragraph without facts", "okfharness-security", "en",
           "Do not attach private documents, source material, credentials, or full local workspace archives.\n\n", "",
           "P006", (70, 88)),
    Defect("swapped sections of a security policy", "okfharness-security", "en",
           *_swapped("okfharness-security", "en", "## Raw Sources", "## Secrets", "## Reporting A Vulnerability"),
           "P003",
           (51, 69)),
    Defect("a changed Node.js version", "okfharness-contributing", "en", "- Node.js 22 or newer",
           "- Node.js 20 or newer",
           "F001", (35, 57)),
    Defect("a changed pnpm version", "okfharness-contributing", "en", "- pnpm 11\n", "- pnpm 10\n", "F001", (35, 57)),
    Defect("a dropped direction to discuss first", "okfharness-contributing", "en",
           "- vector search, embeddings, or RAG\n",
           "", "P007", (13, 33), names="向量搜索"),
    Defect("a dropped paragraph without facts", "okfharness-contributing", "en",
           "For workspace or wiki changes, run the same `okfh check` treatment against that workspace.\n\n", "", "P006",
           (65, 93)),
    Defect("swapped contents of two sections, headings kept", "okfharness-contributing", "en",
           *_swapped_contents("okfharness-contributing", "en", "## Development Rules", "## Tests", "## Documentation"),
           ("P003", "P004", "P006"), (58, 95), most=4),
    Defect("a dropped duty of the user", "dailypaper-disclaimer", "en",
           "   - Keep your Zotero API key secure and do not share it\n", "", "P007", (31, 40),
           names="妥善保管 Zotero API 密钥"),
    Defect("a dropped paragraph without facts", "dailypaper-disclaimer", "en",
           "You are solely responsible for ensuring compliance with all applicable laws and regulations.\n\n", "",
           "P006",
           (59, 66)),
    Defect("a dropped practice", "dailypaper-disclaimer", "en",
           "3. ✅ Keep API keys secure and monitor usage regularly\n",
           "", "P007", (96, 104), names="妥善保管 API 密钥"),
    Defect("swapped sections, the last moved up", "dailypaper-disclaimer", "en",
           *_swapped_last("dailypaper-disclaimer", "en", "### User Responsibilities", "### Recommended Best Practices"),
           "P003", (88, 105)),
    Defect("a changed date of the last update", "aidevcopilot-contributing", "en", "**Last Updated**: 2026-03-20",
           "**Last Updated**: 2026-03-02", "F002", (314, 320)),
    Defect("a changed Node.js version", "aidevcopilot-contributing", "en", "| Node.js | 18.x+ |", "| Node.js | 16.x+ |",
           "F001", (79, 89)),
    Defect("a changed URL of the repository to clone", "aidevcopilot-contributing", "en",
           "   git clone https://github.com/your-username/ai-devcopilot.git\n",
           "   git clone https://github.com/your-username/ai-copilot.git\n", "F004", (44, 67)),
    Defect("a dropped table row with a version", "aidevcopilot-contributing", "en",
           "| jq (optional) | 1.6+ | Improves parsing in `build-dist.sh` and `validate-dist.sh` |\n", "",
           ("P006", "P007", "F001"), (79, 88), names="jq"),
    Defect("a dropped section with a version", "aidevcopilot-contributing", "en",
           _between("aidevcopilot-contributing", "en", "### Release Process", "## Getting Help"), "",
           ("P002", "P006", "F001"), (287, 295)),
]


# Rounds 42 and 43, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 42 and 43,
# classified"), tuned on and registered: their exact findings, every one read against the ground truth.
EXPECTED.update({
    # true: the repositories linked in the CVE headings only in Chinese (content)
    "hugegraph-security": [("en", 36, "F004"), ("en", 43, "F004")],
    "hugegraph-committer": [("en", 24, "P007")],  # true: the measure "PR Review 行数" only in Chinese (content)
    # true: the manager's and web-app's links only in Chinese, the HIP section only in English (content)
    "hertzbeat-contributing": [("en", 31, "F004"), ("en", 151, "P002")],
    "hertzbeat-committer": [],
    "hertzbeat-mailing-lists": [],
    # true: the segmentfault article against egghead's videos, "more than two weeks" against "一两个星期" (one or two
    # weeks; read as the number 12 in the run, no figure since), the two Zhihu articles only in Chinese (content)
    "antd-contributing": [("en", 37, "F004"), ("en", 43, "F001"), ("en", 107, "P007")],
    # (three false findings in the run: "2026-03" against "March 2026", read as a date since)
    "umidex-security": [],
    # true: the sections two levels deeper in Chinese (form), the closing contact line only in Chinese (content); (the
    # Chinese's title repeated over its sections was said missing in the run: no section to translate since)
    "umidex-coc": [("en", 11, "P004"), ("en", 79, "P006")],
    "okfharness-security": [],
    "okfharness-contributing": [("en", 13, "P006")],  # true: the paragraph on Chinese translations only in Chinese
    "dailypaper-disclaimer": [("en", 5, "P002")],  # true: the note that the English is an AI translation (content)
    # (two false F004 in the run: each language's page of git-scm's book and of semver.org, one page each since)
    "aidevcopilot-contributing": [],
})
DEFECTS += DEFECTS_42 + DEFECTS_43
RETUNED_42 = HELD_OUT_42
RETUNED_43 = HELD_OUT_43
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 44, collected apart


# --- Held-out round 44 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 44") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 45, from owners whose names start with a digit or a
# to k. A privacy policy, a security policy and four contributing guides: xlinuxfs's privacy policy (a macOS tool
# mounting Linux file systems: a date, GPL version 2, the repository's URL; kept line for line), the security policy of
# MyBatis Plus Geometry (48 hours, 7, 14 and 30 days, versions 1.0.x; line for line) and its contributing guide (JDK 17,
# Gradle 8.x; the commit types, code review and documentation only in Chinese), Higress's contributing guide (alibaba's
# AI gateway: branches, commit rules, rules for AI-written PRs, 30% and 50% coverage), Foxel's contributing guide
# (Python 3.14, ports 8000 and 5173, a dotenv block; rewritten more freely in each language) and Elemental's
# contributing guide (Rust principles, line for line; the English first by its history).
HELD_OUT_44 = ("xlinuxfs-privacy", "mpgeometry-security", "mpgeometry-contributing", "higress-contributing",
               "foxel-contributing", "elemental-contributing")

# Defects written into copies of the round-44 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-44 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). One date is changed; the numbers changed are a licence version, two coverage
# targets, a Python version, a port, a response time and a fix period; six URLs are changed (no pair names an e-mail
# address); a section with two versions is dropped.
DEFECTS_44 = [
    Defect("a changed date of the last update", "xlinuxfs-privacy", "en", "Last updated: June 29, 2026",
           "Last updated: June 9, 2026", "F002", (5, 12)),
    Defect("a changed URL of the repository to contact", "xlinuxfs-privacy", "en",
           "please use the project repository:\n\nhttps://github.com/HuanchuanTech/xlinuxfs\n",
           "please use the project repository:\n\nhttps://github.com/HuanchuanTech/xlinuxfs-app\n", "F004", (80, 84)),
    Defect("a changed licence version", "xlinuxfs-privacy", "en", "GNU General Public License, version 2.",
           "GNU General Public License, version 3.", "F001", (58, 61)),
    Defect("a dropped item of the diagnostics", "xlinuxfs-privacy", "en", "- local extension registration paths\n", "",
           "P007", (31, 42), names="本机扩展注册路径"),
    Defect("a dropped paragraph without facts", "xlinuxfs-privacy", "en",
           "xlinuxfs does not upload the contents of your drives, file names, directory listings, or disk images.\n\n", "",
           "P006", (19, 24)),
    Defect("swapped sections of a privacy policy", "xlinuxfs-privacy", "en",
           *_swapped("xlinuxfs-privacy", "en", "## Clipboard", "## Settings", "## Network Access"), "P003", (44, 51)),
    Defect("a changed initial response time", "mpgeometry-security", "en", "- **Initial Response**: Within 48 hours",
           "- **Initial Response**: Within 72 hours", "F001", (33, 42)),
    Defect("a changed period to fix a high severity", "mpgeometry-security", "en", "  - High: Within 14 days",
           "  - High: Within 21 days", "F001", (33, 42)),
    Defect("a changed URL of the OWASP Top 10", "mpgeometry-security", "en", "(https://owasp.org/www-project-top-ten/)",
           "(https://owasp.org/www-project-api-security/)", "F004", (43, 53)),
    Defect("a changed URL of the issues", "mpgeometry-contributing", "en",
           "(https://github.com/GeoVerseLabs/mybatis-plus-geometry/issues)",
           "(https://github.com/GeoVerseLabs/mybatis-plus-geometry/discussions)", "F004", (17, 25)),
    Defect("a dropped section with versions", "mpgeometry-contributing", "en",
           _between("mpgeometry-contributing", "en", "### Prerequisites", "### Building"), "",
           ("P002", "P006", "F001"), (42, 44)),
    Defect("a changed URL of a new issue", "higress-contributing", "en",
           "(https://github.com/alibaba/higress/issues/new/choose)", "(https://github.com/alibaba/higress/issues/new)",
           "F004", (32, 55)),
    Defect("a changed URL of the guide to commit messages", "higress-contributing", "en",
           "(http://chris.beams.io/posts/git-commit/)", "(http://chris.beams.io/posts/git-commit-message/)", "F004",
           (132, 150)),
    Defect("a changed coverage of new Wasm plugins", "higress-contributing", "en", "with at least 30% code coverage",
           "with at least 40% code coverage", "F001", (211, 217)),
    Defect("a changed coverage of a patch", "higress-contributing", "en", "must meet a 50% coverage target",
           "must meet a 60% coverage target", "F001", (211, 217)),
    Defect("a dropped case to open an issue", "higress-contributing", "en", "* performance issues\n", "", "P007",
           (32, 54), names="性能问题"),
    Defect("a dropped way to help", "higress-contributing", "en", "* advocate Higress technology beyond GitHub;\n", "",
           "P007", (223, 234), names="在Github之外宣传Higress技术"),
    Defect("a dropped paragraph without facts", "higress-contributing", "en",
           "After the release, we will merge the commit of the release branch into the main branch.\n\n", "", "P006",
           (110, 122)),
    Defect("swapped sections of a contributing guide", "higress-contributing", "en",
           *_swapped("higress-contributing", "en", "### Workspace Preparation", "### Branch Definition",
                     "### Commit Rules"), "P003", (82, 124)),
    Defect("a changed Python version", "foxel-contributing", "en", "- **Python** 3.14 or newer",
           "- **Python** 3.12 or newer", "F001", (58, 65)),  # known miss until round 48
    Defect("a changed port of the dev server", "foxel-contributing", "en",
           "The Vite dev server runs at `http://localhost:5173`", "The Vite dev server runs at `http://localhost:5174`",
           ("F004", "F001"), (116, 137)),
    Defect("a changed URL of Conventional Commits", "foxel-contributing", "en",
           "[Conventional Commits](https://www.conventionalcommits.org/)",
           "[Conventional Commits](https://www.conventionalcommit.org/)", "F004", (161, 186)),
    Defect("a dropped step of a pull request", "foxel-contributing", "en", "4. Push the branch to your fork.\n", "",
           "P007", (187, 195), names="将您的分支推送到您的 Fork 仓库"),
    Defect("a dropped item of a bug report", "foxel-contributing", "en",
           "- **Environment details** such as operating system, browser version, and the Foxel build you used.\n", "",
           "P007", (35, 42), names="环境信息"),
    Defect("swapped contents of two sections, headings kept", "foxel-contributing", "en",
           *_swapped_contents("foxel-contributing", "en", "### Storage Adapters", "### Frontend Apps",
                              "## Submission Rules"), ("P003", "P004", "P006"), (140, 154), most=4),
    Defect("a dropped rule on testing", "elemental-contributing", "en", "* Bug fixes must include regression tests.\n",
           "", "P007", (167, 175), names="Bug 修复必须包含回归测试"),
    Defect("a dropped item that does not belong in the core", "elemental-contributing", "en",
           "* Hard-coded environment assumptions\n", "", "P007", (197, 208), names="硬编码的运行环境假设", known_miss=True),
    Defect("a dropped paragraph without facts", "elemental-contributing", "en",
           "If something is hard to test, that is a design signal.\n\n", "", "P006", (167, 174)),
    Defect("swapped sections of a contributing guide", "elemental-contributing", "en",
           *_swapped("elemental-contributing", "en", "### Formatting", "### Readability Over Cleverness",
                     "### Small, Focused Changes"), "P003", (106, 120)),  # a miss until round 51
    Defect("swapped sections, the last moved up", "elemental-contributing", "en",
           *_swapped_last("elemental-contributing", "en", "## What Does *Not* Belong in Elemental Core",
                          "## Final Note"), "P003", (197, 220), known_miss=True),
]


# --- Held-out round 45 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 45") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 44, from owners l to z. ImgConvert's privacy policy
# (Chinese-first: an effective date, two URLs; IPTC, crash reporting, HEIC output and a release condition only in
# English), Rurix's security policy, contributing guide and code of conduct (all three Chinese-first; 3 business days,
# an e-mail address, 0.x/1.0, Contributor Covenant v2.1; the contributing guide's Chinese later made AI agents fully
# autonomous, the English still requires a human), MnemoNAS's security policy (English-first; ports 9090/9091,
# NPM_AUDIT=1) and code of conduct (English-first; no figure).
HELD_OUT_45 = ("imgconvert-privacy", "rurix-security", "rurix-contributing", "rurix-coc", "mnemonas-security",
               "mnemonas-coc")

# Defects written into copies of the round-45 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-45 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). One date is changed (a day); the numbers changed are a period of acknowledgement,
# a test count, a covenant version and a port; two e-mail addresses and three URLs are changed; a paragraph with a
# number and a section without one are dropped.
DEFECTS_45 = [
    Defect("a changed effective date", "imgconvert-privacy", "en", "Effective date: August 19, 2026",
           "Effective date: August 29, 2026", "F002", (5, 13)),
    Defect("a changed URL of the Chinese version", "imgconvert-privacy", "en",
           "<https://web-casa.github.io/ImgConvert/privacy/#zh-CN>",
           "<https://web-casa.github.io/ImgConvert/docs/privacy/#zh-CN>", "F004", (5, 13)),
    Defect("a changed URL for questions", "imgconvert-privacy", "en",
           "<https://github.com/web-casa/ImgConvert/issues>",
           "<https://github.com/web-casa/ImgConvert/discussions>", "F004", (93, 97)),
    Defect("a dropped item of data not collected", "imgconvert-privacy", "en", "- Converted output files.\n", "",
           "P007", (25, 35), names="转换后的输出文件"),
    Defect("a dropped paragraph without facts", "imgconvert-privacy", "en",
           "The app does not scan photo libraries, disks, or network locations in the\nbackground.\n\n", "", "P006",
           (37, 45)),
    Defect("swapped sections of a privacy policy", "imgconvert-privacy", "en",
           *_swapped("imgconvert-privacy", "en", "## Children's privacy", "## Third-party services",
                     "## Policy updates"), "P003", (77, 87)),
    Defect("a changed period of acknowledgement", "rurix-security", "en", "receipt confirmed within 3 business days",
           "receipt confirmed within 5 business days", "F001", (33, 38)),
    Defect("a changed e-mail address for reports", "rurix-security", "en", "- Email: **25890346@qq.com**",
           "- Email: **25890364@qq.com**", "F003", (18, 32)),
    Defect("a dropped item of a report", "rurix-security", "en", "- Reproduction steps or a PoC.\n", "", "P007",
           (18, 31), names="复现步骤或 PoC"),
    Defect("a dropped area of especially welcome reports", "rurix-security", "en",
           "- Supply-chain issues in package management (lockfile + vendor + checksum).\n", "", "P007", (39, 45),
           names="包管理"),
    Defect("swapped sections, the last moved up", "rurix-security", "en",
           *_swapped_last("rurix-security", "en", "## Handling timeline", "## Scope notes"), "P003", (33, 46)),
    Defect("a changed number of tests per clause", "rurix-contributing", "en", "anchored by ≥1 test**",
           "anchored by ≥2 tests**", "F001", (13, 20)),
    Defect("a dropped principle", "rurix-contributing", "en",
           _between("rurix-contributing", "en", "- **Spec first**:", "- **Every spec clause"), "", "P007", (13, 19),
           names="规范先行"),
    Defect("a dropped paragraph without facts", "rurix-contributing", "en",
           "Rurix's sole acceptance boundary is `conformance/`, not the PR description.\n\n", "", "P006", (13, 18), known_miss=True),
    Defect("swapped sections of a contributing guide", "rurix-contributing", "en",
           *_swapped("rurix-contributing", "en", "## `unsafe` discipline", "## Pre-submission self-check",
                     "## Upstream policy"), "P003", (40, 57), known_miss=True),
    Defect("a dropped section without facts", "rurix-contributing", "en",
           _between("rurix-contributing", "en", "## Upstream policy", "## Code of conduct"), "", ("P002", "P006"),
           (45, 58)),
    Defect("a changed e-mail address for enforcement", "rurix-coc", "en", "by email at **25890346@qq.com**",
           "by email at **25890346@163.com**", "F003", (41, 44)),
    Defect("a changed URL of the enforcement ladder", "rurix-coc", "en", "(https://github.com/mozilla/diversity)",
           "(https://github.com/mozilla/inclusion)", "F004", (54, 56)),
    Defect("a changed version of the covenant", "rurix-coc", "en", "version 2.1, which is licensed",
           "version 2.0, which is licensed", "F001", (54, 56)),
    Defect("a dropped unacceptable behaviour", "rurix-coc", "en", "- Public or private harassment.\n", "", "P007",
           (15, 31), names="公开或私下的骚扰"),
    Defect("swapped contents of two sections, headings kept", "rurix-coc", "en",
           *_swapped_contents("rurix-coc", "en", "## Enforcement responsibilities", "## Scope",
                              "## Enforcement & reporting"), ("P003", "P004", "P006"), (33, 40), most=4),
    Defect("a changed dataplane port", "mnemonas-security", "en", "ports `9090/9091` should not",
           "ports `9090/9092` should not", "F001", (54, 60)),
    Defect("a dropped paragraph with a number", "mnemonas-security", "en",
           _between("mnemonas-security", "en", "By default, `make security-check`", "## Known Security"), "",
           ("P006", "F001"), (79, 90), known_miss=True),
    Defect("a dropped planned feature", "mnemonas-security", "en", "- [ ] Two-factor authentication\n", "", "P007",
           (101, 105), names="双因素认证"),
    Defect("a dropped network recommendation", "mnemonas-security", "en",
           "2. **Firewall**: Access should be restricted to trusted networks\n", "", "P007", (54, 59),
           names="防火墙"),
    Defect("swapped sections of a security policy", "mnemonas-security", "en",
           *_swapped("mnemonas-security", "en", "### Authentication", "### Data Protection", "### Updates"), "P003",
           (61, 72)),
    Defect("a dropped expected behaviour", "mnemonas-coc", "en",
           "- separate technical critique from personal criticism;\n",
           "", "P007", (11, 19), names="将技术审查意见与个人评价分开"),
    Defect("a dropped unacceptable behaviour", "mnemonas-coc", "en",
           "- sustained disruption of technical discussion;\n",
           "", "P007", (21, 29), names="持续干扰技术讨论"),
    Defect("a dropped paragraph without facts", "mnemonas-coc", "en",
           "Enforcement decisions should be based on project safety, evidence, proportionality, and the need to "
           "preserve a productive technical environment.\n\n", "", "P006", (35, 38)),
    Defect("swapped sections of a code of conduct", "mnemonas-coc", "en",
           *_swapped("mnemonas-coc", "en", "## Safety-Sensitive Reports", "## Enforcement", "## Scope"), "P003",
           (31, 40)),
]


# Rounds 44 and 45, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 44 and 45,
# classified"), tuned on and registered.
EXPECTED.update({
    "xlinuxfs-privacy": [],
    "mpgeometry-security": [],
    # true: the nine commit types summed up in one English line, the sections on code review and documentation only in
    # Chinese (content)
    "mpgeometry-contributing": [("en", 72, "P006"), ("en", 83, "P002"), ("en", 83, "P002")],
    "higress-contributing": [],
    # true: the Issues link only in Chinese (content), the sentence on the front end only in Chinese; false: the
    # thanks (zh 7) named as missing where the English's one sentence thanks and the welcome (zh 9) is what it leaves
    # out. (The run gave one false P006 more: "Install the following tooling first:", a lead-in the English adds)
    "foxel-contributing": [("en", 9, "P006"), ("en", 44, "F004"), ("en", 116, "P006")],
    "elemental-contributing": [],
    # (one false P006 in the run: "English version: <…/privacy/#en>", a line linking the other language)
    "imgconvert-privacy": [],
    "rurix-security": [],
    # true: the table of change tiers and the paragraph with the 6-week train only in Chinese, the CI block's "10 §7"
    # only in Chinese, the section of the PR self-check only in Chinese (content)
    "rurix-contributing": [("en", 21, "F001"), ("en", 21, "P006"), ("en", 31, "F001"), ("en", 31, "P002")],
    "rurix-coc": [],
    # (one false P006 in the run: "Reports should include the following information:", a lead-in the English adds)
    "mnemonas-security": [],
    "mnemonas-coc": [],
})
FALSE.update({
    "foxel-contributing": [("en", 9, "P006")],
})
DEFECTS += DEFECTS_44 + DEFECTS_45
RETUNED_44 = HELD_OUT_44
RETUNED_45 = HELD_OUT_45
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 46, collected apart


# --- Held-out round 46 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 46") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 47, from owners whose names start with a digit or a
# to k. A security policy, contributing guides and codes of conduct (the legal texts of owners a to k that the index
# holds were all taken or left out before): World Monitor's security policy (48 hours, 1 week, 17 domain APIs, a 5-minute
# TTL), contributing guide (22 domains, 14 languages, 100+ feeds, source tiers 1-4) and code of conduct (the Contributor
# Covenant 2.1), all three translated into Chinese in a fork (HUMDRFGRY/worldmonitor) from the English of the upstream;
# ttk-text's code of conduct (the Contributor Covenant 3.0, an e-mail address); ThoroughBloom's contributing guide and code
# of conduct (the Chinese the main text, the English named `_EN`; the English code of conduct cut off in its scope, so
# its enforcement with an e-mail address and its attribution stand in Chinese only); rwrsb's contributing guide (the
# Chinese first by its history, translated three hours later; the rule that issue titles be written in Chinese only in
# Chinese).
HELD_OUT_46 = ("worldmonitor-security", "worldmonitor-contributing", "worldmonitor-coc", "ttktext-coc",
               "thoroughbloom-contributing", "thoroughbloom-coc", "rwrsb-contributing")

# Defects written into copies of the round-46 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-46 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states a date or an amount, so no date is changed; the numbers changed
# are a time to acknowledge, a time to assess, a TTL, a number of languages, of domains, of feeds and a range of source
# tiers; one e-mail address and eight URLs are changed; one paragraph with a number (and a URL) is dropped.
DEFECTS_46 = [
    Defect("a changed time to acknowledge", "worldmonitor-security", "en", "Within 48 hours of your report",
           "Within 72 hours of your report", "F001", (32, 37)),
    Defect("a changed time to assess", "worldmonitor-security", "en", "**Initial Assessment**: Within 1 week",
           "**Initial Assessment**: Within 2 weeks", "F001", (32, 37)),
    Defect("a changed URL of private reporting", "worldmonitor-security", "en",
           "(https://github.com/koala73/worldmonitor/security/advisories/new)",
           "(https://github.com/koala73/worldmonitor/security/policy)", "F004", (15, 24)),
    Defect("a changed TTL", "worldmonitor-security", "en", "with a 5-minute TTL", "with a 15-minute TTL", "F001", (71, 78)),
    Defect("a dropped item out of scope", "worldmonitor-security", "en", "- Social engineering attacks\n", "", "P007",
           (86, 104), names="社会工程攻击"),
    Defect("swapped sections of a security policy", "worldmonitor-security", "en",
           *_swapped("worldmonitor-security", "en", "### API Keys & Secrets", "### Edge Functions & Sebuf Handlers",
                     "### Client-Side Security"), "P003", (49, 63)),
    Defect("a changed number of languages", "worldmonitor-contributing", "en", "i18n JSON files (14 languages)",
           "i18n JSON files (12 languages)", "F001", (62, 81)),
    Defect("a changed number of domains", "worldmonitor-contributing", "en", "definitions across 22 domains",
           "definitions across 24 domains", "F001", (34, 49)),
    Defect("a changed number of feeds", "worldmonitor-contributing", "en", "expand our 100+ feed collection",
           "expand our 200+ feed collection", "F001", (131, 142)),
    Defect("a changed range of source tiers", "worldmonitor-contributing", "en", "**source tier** (1-4)",
           "**source tier** (1-5)", "F001", (278, 287)),
    Defect("a changed URL of the bug template", "worldmonitor-contributing", "en",
           "[Bug Report issue template](https://github.com/koala73/worldmonitor/issues/new/choose)",
           "[Bug Report issue template](https://github.com/koala73/worldmonitor/issues/new)", "F004", (288, 301)),
    Defect("a dropped paragraph with a number", "worldmonitor-contributing", "en",
           "The dev server runs at `http://localhost:3000`. Run `make help` to see all available make targets.\n\n", "",
           ("P006", "F001", "F004"), (95, 120)),
    Defect("a dropped wish", "worldmonitor-contributing", "en", "- Mobile responsiveness improvements\n", "", "P007",
           (143, 149), names="移动端响应式改进"),
    Defect("a dropped paragraph without facts", "worldmonitor-contributing", "en",
           "That said, **all code is held to the same quality bar regardless of how it was written**. AI-generated code "
           "will be reviewed with the same scrutiny as human-written code. Contributors are responsible for understanding "
           "and being able to explain every line they submit. Blindly pasting LLM output without review is discouraged — "
           "treat AI as a collaborator, not a replacement for your own judgement.\n\n", "", "P006", (176, 179)),
    Defect("swapped sections of a contributing guide", "worldmonitor-contributing", "en",
           *_swapped("worldmonitor-contributing", "en", "### TypeScript", "### Code Style", "### File Organization"),
           "P003", (184, 198)),
    Defect("swapped contents of two sections, headings kept", "worldmonitor-contributing", "en",
           *_swapped_contents("worldmonitor-contributing", "en", "## Reporting Bugs", "## Feature Requests",
                              "## Code of Conduct"), ("P003", "P004", "P006"), (288, 312), most=4),
    Defect("a changed URL of the covenant's version", "worldmonitor-coc", "en",
           "[v2.1]: https://www.contributor-covenant.org/version/2/1/code_of_conduct.html",
           "[v2.1]: https://www.contributor-covenant.org/version/2/0/code_of_conduct.html", "F004", (106, 123)),
    Defect("a changed URL for reports", "worldmonitor-coc", "en",
           "**[GitHub Issues](https://github.com/koala73/worldmonitor/issues)**",
           "**[GitHub Issues](https://github.com/koala73/worldmonitor/discussions)**", "F004", (50, 59)),
    Defect("a dropped unacceptable behaviour", "worldmonitor-coc", "en", "* Public or private harassment\n", "", "P007",
           (19, 41), names="公开或私下骚扰"),
    Defect("swapped sections of a code of conduct", "worldmonitor-coc", "en",
           *_swapped("worldmonitor-coc", "en", "### 2. Warning", "### 3. Temporary Ban", "### 4. Permanent Ban"), "P003",
           (74, 96)),
    Defect("a changed e-mail address for reports", "ttktext-coc", "en", "[jesse205@qq.com](mailto:jesse205@qq.com)",
           "[jesse250@qq.com](mailto:jesse250@qq.com)", "F003", (50, 57)),
    Defect("a changed URL of the covenant's version", "ttktext-coc", "en",
           "[https://www.contributor-covenant.org/version/3/0/](https://www.contributor-covenant.org/version/3/0/)",
           "[https://www.contributor-covenant.org/version/2/1/](https://www.contributor-covenant.org/version/2/1/)", "F004",
           (85, 91)),
    Defect("a dropped restricted behaviour", "ttktext-coc", "en",
           "5. **Violating confidentiality**. Sharing or acting on someone's personal or private information without their "
           "permission.\n", "", "P007", (31, 41), names="侵犯保密性"),
    Defect("a dropped paragraph without facts", "ttktext-coc", "en",
           "Tensions can occur between community members even when they are trying their best to collaborate. Not every "
           "conflict represents a code of conduct violation, and this Code of Conduct reinforces encouraged behaviors and "
           "norms that can help avoid conflicts and minimize harm.\n\n", "", "P006", (50, 55)),
    Defect("swapped sections of a code of conduct", "ttktext-coc", "en",
           *_swapped("ttktext-coc", "en", "## Addressing and Repairing Harm", "## Scope", "## Attribution"), "P003",
           (58, 84)),
    Defect("a changed URL of the Gitee repository", "thoroughbloom-contributing", "en",
           "(https://gitee.com/fanhuacloud/ThoroughBloom)", "(https://gitee.com/fanhuayun/ThoroughBloom)", "F004", (25, 52)),
    Defect("a dropped testing rule", "thoroughbloom-contributing", "en",
           "- Consider adding integration tests for complex features.\n", "", "P007", (111, 115), names="考虑为复杂功能添加集成测试"),
    Defect("swapped sections of a contributing guide", "thoroughbloom-contributing", "en",
           *_swapped("thoroughbloom-contributing", "en", "## Testing", "## Documentation", "## Review Process"), "P003",
           (111, 123)),
    Defect("a changed URL of Conventional Commits", "rwrsb-contributing", "en",
           "[Conventional Commits](https://www.conventionalcommits.org/)",
           "[Conventional Commits](https://www.conventionalcommits.org/en/v1.0.0/)", "F004", (31, 44)),
    Defect("a dropped commit type", "rwrsb-contributing", "en", "   - `docs: documentation change`\n", "", "P007", (31, 43),
           names="文档改动"),
]


# --- Held-out round 47 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 47") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 46, from owners l to z. Dify's privacy guidelines for
# Marketplace plugins (a close translation, a control pair) and its plugin development guidelines (the English rewritten
# since, the Chinese the older and longer text: rules in one language only), Volcano's community membership (roles with
# 2 and 3 sponsors and 2 months) and contributing guide (70 and 80 characters, two maintainers' approval, Slack and the
# mailing list), and Layotto's contributing guide (the two languages drifted apart: CLA, CI, make all / make check,
# author tags) and its guide to contributing documents (Chinese first by history; Node.js 18.0, localhost:3000).
HELD_OUT_47 = ("dify-privacy-guidelines", "dify-plugin-guidelines", "volcano-membership", "volcano-contributing",
               "layotto-contributing", "layotto-doc-contributing")

# Defects written into copies of the round-47 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-47 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states a date, an amount of money or an e-mail address, so no date and no
# e-mail address is changed; the numbers changed are a count of support channels, months, sponsors, maintainers'
# approvals, characters of a subject line and a Node.js version; six URLs are changed; one list item with a number is
# dropped.
DEFECTS_47 = [
    Defect("a changed URL of a third party's privacy policy", "dify-privacy-guidelines", "en",
           "(https://slack.com/trust/privacy/privacy-policy)", "(https://slack.com/trust/privacy/cookie-policy)", "F004",
           (48, 53)),
    Defect("a dropped direct identifier", "dify-privacy-guidelines", "en",
           "- Government IDs (passport, driver's license, Social Security number, etc.)\n", "", "P007", (21, 27),
           names="政府颁发的证件号码"),
    Defect("a dropped example of collecting data", "dify-privacy-guidelines", "en",
           "    - Collecting health or fitness data\n", "", "P007", (68, 90), names="收集健康或健身数据"),
    Defect("a dropped paragraph without facts", "dify-privacy-guidelines", "en",
           "Before submitting, read the privacy policy of every third-party API the plugin touches and make sure your "
           "declaration covers it.\n\n", "", "P006", (48, 51)),
    Defect("swapped sections of identifiers", "dify-privacy-guidelines", "en",
           *_swapped("dify-privacy-guidelines", "en", "### Direct Identifiers", "### Indirect Identifiers",
                     "### Combinable Data"), "P003", (21, 39)),
    Defect("a changed count of support channels", "dify-plugin-guidelines", "en", "Provide **at least one** support channel",
           "Provide **at least two** support channels", "F001", (65, 70), known_miss=True),
    Defect("a dropped rule on Dify's logos", "dify-plugin-guidelines", "en",
           "- **Do not use Dify's logos** in your plugin assets.\n", "", "P007", (51, 57), names="禁止使用 Dify 标志"),
    Defect("a dropped check of the name", "dify-plugin-guidelines", "en", "- **Unique name.** Search the Marketplace first.\n",
           "", "P007", (16, 28), names="唯一名称", known_miss=True),
    Defect("swapped sections of the guidelines", "dify-plugin-guidelines", "en",
           *_swapped("dify-plugin-guidelines", "en", "## Monetization", "## Trademarks and intellectual property",
                     "## Updates and versioning"), "P003", (47, 58)),
    Defect("swapped contents of two sections, headings kept", "dify-plugin-guidelines", "en",
           *_swapped_contents("dify-plugin-guidelines", "en", "## Updates and versioning", "## Maintenance and support",
                              "## Privacy and data"), ("P003", "P004", "P006"), (59, 70), most=4),
    Defect("a changed time as a member", "volcano-membership", "en", "Has been a member for at least 2 months",
           "Has been a member for at least 3 months", "F001", (54, 61)),
    Defect("a changed number of an owner's sponsors", "volcano-membership", "en", "- Sponsored by 3 owners\n",
           "- Sponsored by 4 owners\n", "F001", (99, 106)),
    Defect("a changed URL of the code of conduct", "volcano-membership", "en",
           "(https://github.com/volcano-sh/website/blob/master/CODE_OF_CONDUCT.md)",
           "(https://github.com/volcano-sh/volcano/blob/master/CODE_OF_CONDUCT.md)", "F004", (5, 20)),
    Defect("a dropped requirement of an owner", "volcano-membership", "en", "- Is not opposed by any project owner\n", "",
           "P007", (99, 105), names="不能被任何项目owner反对"),
    Defect("a dropped requirement with a number", "volcano-membership", "en", "- Has been an approver for at least 2 months\n",
           "", ("P007", "F001"), (75, 80), names="至少具有2个月Approver的工作经历"),
    Defect("swapped sections of two roles", "volcano-membership", "en",
           *_swapped("volcano-membership", "en", "## Approver\n", "## Maintainer\n", "## Owner\n"), "P003", (48, 93),
           known_miss=True),
    Defect("a changed URL of the mailing list", "volcano-contributing", "en",
           "(https://groups.google.com/forum/#!forum/volcano-sh)", "(https://groups.google.com/forum/#!forum/volcano-dev)",
           "F004", (50, 56)),
    Defect("a changed length of the subject line", "volcano-contributing", "en", "can contain up to 70 characters",
           "can contain up to 72 characters", "F001", (116, 141)),
    Defect("a changed number of approving maintainers", "volcano-contributing", "en",
           "approval from at least two community maintainers", "approval from at least three community maintainers", "F001",
           (84, 95)),
    Defect("a changed URL of the end-to-end tests", "volcano-contributing", "en",
           "(https://github.com/volcano-sh/volcano/tree/master/test/e2e)",
           "(https://github.com/volcano-sh/volcano/tree/master/test/integration)", "F004", (142, 150)),
    Defect("a dropped step of the workflow", "volcano-contributing", "en", "- Edit and commit the code.\n", "", "P007", (84, 94),
           names="做一些修改后创建 commit"),
    Defect("swapped sections of the workflow", "volcano-contributing", "en",
           *_swapped("volcano-contributing", "en", "### Open a Pull Request", "### Code Review", "### Commit Message Format"),
           "P003", (96, 115)),
    Defect("a dropped paragraph without facts", "volcano-contributing", "en",
           "You are welcome to file issues to Volcano sub-repositories.\n\n", "", "P006", (76, 81)),
    Defect("a dropped step of a maintainer's review", "layotto-contributing", "en", "2. Check the solution's reasonability\n",
           "", "P007", (35, 41), names="检查解决方案的合理性"),
    Defect("swapped sections, the last moved up", "layotto-contributing", "en",
           *_swapped_last("layotto-contributing", "en", "## Version naming convention", "## PR review policy for maintainers"),
           "P003", (31, 42)),
    Defect("a changed Node.js version", "layotto-doc-contributing", "en", "the Node.js version is 18.0 or above",
           "the Node.js version is 16.0 or above", "F001", (23, 49)),
    Defect("a changed URL of the local site", "layotto-doc-contributing", "en", "Open http://localhost:3000/ to view",
           "Open http://localhost:8080/ to view", "F004", (23, 49)),
    Defect("a changed URL of Crowdin's documentation", "layotto-doc-contributing", "en",
           "(https://docusaurus.io/docs/i18n/crowdin)", "(https://docusaurus.io/docs/i18n/git)", "F004", (52, 60)),
    Defect("swapped contents of two sections, headings kept", "layotto-doc-contributing", "en",
           *_swapped_contents("layotto-doc-contributing", "en", "### 4.1. Incorrect Writing", "### 4.2. Correct Writing",
                              "## 5. Image directory to image link"), ("P003", "P004", "P006"), (93, 116), most=4),
    Defect("a dropped paragraph without facts", "layotto-doc-contributing", "en",
           "There is an annoying issue with using Docusaurus to build a website: hyperlinks look very strange.\n\n", "",
           "P006", (85, 90)),
]


# Rounds 46 and 47, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 46 and 47,
# classified"), tuned on and registered.
EXPECTED.update({
    "worldmonitor-security": [],
    "worldmonitor-contributing": [],
    "worldmonitor-coc": [],
    "ttktext-coc": [],
    "thoroughbloom-contributing": [],
    # true: the enforcement and attribution sections, which the English (cut off in its scope) lacks (content)
    "thoroughbloom-coc": [("en", 37, "P002"), ("en", 37, "P002")],
    "rwrsb-contributing": [],
    # (one false P006 in the run: the note that the Chinese was translated by AI, linking the English original)
    "dify-privacy-guidelines": [],
    # true: the consent only in English (content; in the run it was taken for the AI note's counterpart), the sections
    # numbered only in Chinese (form); false: "404 页面" against "dead links", the two items the English joins into one
    # and the item it writes as a paragraph after its list. (One false P007 more in the run: a related resource the
    # English lists in another order)
    "dify-plugin-guidelines": [("en", 7, "P006"), ("en", 9, "P005"), ("en", 16, "F001"), ("en", 51, "P007"),
                               ("en", 51, "P007")],
    # true: the roles one level shallower in English (form). (Five false findings more in the run: the Chinese's heading
    # over its opening text said missing and the English opening text added, "1名" against "a", the link definition no
    # link uses)
    "volcano-membership": [("en", 21, "P004")],
    # true: how to join Slack (the sign-up address only in Chinese, the channel's URL only in English), the workflow's
    # repository link and the bot commands' reference only in English (content), a heading a level deeper (form); false:
    # the roles linked to the repository's page in Chinese, to the site's page in English (the same document). (Two
    # false P002 more in the run: the heading over the opening text)
    "volcano-contributing": [("en", 31, "P007"), ("en", 35, "F004"), ("en", 37, "F004"), ("en", 57, "P004"),
                             ("en", 94, "F004"), ("en", 103, "F004")],
    # true: the CI and review paragraphs only in Chinese, the CLA's effect and the commit conventions only in English
    "layotto-contributing": [("en", 7, "P002"), ("en", 9, "P006"), ("en", 24, "F004")],
    "layotto-doc-contributing": [],
})
FALSE.update({
    "dify-plugin-guidelines": [("en", 16, "F001"), ("en", 51, "P007"), ("en", 51, "P007")],
    "volcano-contributing": [("en", 37, "F004")],
})
DEFECTS += DEFECTS_46 + DEFECTS_47
RETUNED_46 = HELD_OUT_46
RETUNED_47 = HELD_OUT_47
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 48, collected apart


# --- Held-out round 48 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 48") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 49, from owners whose names start with a digit or a
# to k. A security policy, three contributing guides and two codes of conduct: ASRI's security policy (48 hours, 30
# seconds, 50 characters, an advisory URL) and contributing guide (120 characters, Python 3.10+, Conventional Commits),
# Arco Design's contributing guides for React (the two languages drifted apart: setup steps, scripts, a component tree,
# helper folders and the licence of contributions told otherwise) and for Vue (pnpm, a Yarn and an npm left in the
# English, five packages), and the codes of conduct of DeepSpark (the Contributor Covenant 2.1, a conduct@ address) and
# DIOPI (the Covenant 1.4, a maintainer's address). All six were added in both languages at once.
HELD_OUT_48 = ("asri-security", "asri-contributing", "arco-contributing", "arcovue-contributing", "deepspark-coc",
               "diopi-coc")

# Defects written into copies of the round-48 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections; for a dropped section, the
# sections before and after), set before any checker was run on any round-48 pair, modified or not; for a dropped list
# item, words of the Chinese item the finding must quote (within its first forty characters). No pair states a date or
# an amount, so no date is changed; the numbers changed are a reply time, a key length, a line length, a Python version
# and two versions of the Covenant; two e-mail addresses and five URLs are changed; one section with a number is dropped.
DEFECTS_48 = [
    Defect("a changed reply time", "asri-security", "en", "You should receive a response within 48 hours.",
           "You should receive a response within 72 hours.", "F001", (16, 33)),
    Defect("a dropped section with a number", "asri-security", "en",
           _between("asri-security", "en", "### External API Calls", "### Logging"), "", ("P002", "F001"), (57, 69)),
    Defect("a changed key length", "asri-security", "en", "(minimum 50 characters)", "(minimum 32 characters)", "F001",
           (103, 114)),
    Defect("a changed URL of the advisories", "asri-security", "en",
           "please open a GitHub Security Advisory at https://github.com/your-org/asri/security/advisories/new",
           "please open a GitHub Security Advisory at https://github.com/your-org/asri/security/advisories", "F004",
           (119, 121)),
    Defect("a dropped practice", "asri-security", "en", "- Rotate keys regularly\n", "", "P007", (36, 41),
           names="定期轮换密钥"),
    Defect("swapped sections of a security policy", "asri-security", "en",
           *_swapped("asri-security", "en", "### Input Validation", "### Authentication", "### Database Security"),
           "P003", (43, 56)),
    Defect("a changed URL of Conventional Commits", "asri-contributing", "en",
           "(https://www.conventionalcommits.org/):", "(https://www.conventionalcommits.org/en/v1.0.0/):", "F004",
           (83, 114)),
    Defect("a changed line length", "asri-contributing", "en", "max line length 120 characters",
           "max line length 100 characters", "F001", (117, 135)),
    Defect("a dropped item of a pull request", "asri-contributing", "en", "   - Testing steps performed\n", "", "P007",
           (62, 81), names="测试步骤"),
    Defect("a dropped testing rule", "asri-contributing", "en", "- Mock external API calls\n", "", "P007", (175, 190),
           names="Mock 外部 API 调用"),
    Defect("swapped sections of a contributing guide", "asri-contributing", "en",
           *_swapped("asri-contributing", "en", "### LLM Provider", "### Tool/Skill", "## Documentation"), "P003",
           (204, 220)),
    Defect("a changed address for reports", "deepspark-coc", "en", "conduct@deepspark.org.cn.", "coc@deepspark.org.cn.",
           "F003", (64, 73)),
    Defect("a changed URL of Mozilla's ladder", "deepspark-coc", "en", "[Mozilla CoC]: https://github.com/mozilla/diversity",
           "[Mozilla CoC]: https://github.com/mozilla/inclusion", "F004", (120, 138)),
    Defect("a changed version of the covenant", "deepspark-coc", "en", "[Contributor Covenant][homepage],\nversion 2.1,",
           "[Contributor Covenant][homepage],\nversion 2.0,", "F001", (120, 138)),
    Defect("a dropped unacceptable behaviour", "deepspark-coc", "en", "* Public or private harassment\n", "", "P007",
           (20, 42), names="公开或私下的骚扰行为"),
    Defect("a dropped paragraph without facts", "deepspark-coc", "en",
           "We pledge to act and interact in ways that contribute to an open, welcoming,\ndiverse, inclusive, and healthy "
           "community.\n\n", "", "P006", (8, 16)),
    Defect("swapped contents of two sections, headings kept", "deepspark-coc", "en",
           *_swapped_contents("deepspark-coc", "en", "## Scope", "## Enforcement\n", "## Enforcement Guidelines"),
           ("P003", "P004", "P006"), (56, 73), most=4),
    Defect("a changed address for reports", "diopi-coc", "en", "the project team at peizhilin@pjlab.org.cn.",
           "the project team at peizhilin@pjlab.org.", "F003", (39, 44)),
    Defect("a changed version of the covenant", "diopi-coc", "en", "[homepage], version 1.4, available",
           "[homepage], version 1.3, available", "F001", (45, 50)),
    Defect("a dropped standard", "diopi-coc", "en", "* Gracefully accepting constructive criticism\n", "", "P007",
           (11, 27), names="耐心地接受建设性批评"),
    Defect("a dropped paragraph without facts", "diopi-coc", "en",
           "Project maintainers who do not follow or enforce the Code of Conduct in good faith may face temporary or "
           "permanent repercussions as determined by other members of the project's leadership.\n\n", "", "P006", (39, 42)),
    Defect("a changed URL of the issue helper", "arco-contributing", "en",
           "(https://arco.design/issue-helper?repo=arco-design)", "(https://arco.design/issue-helper?repo=arco-design-react)",
           "F004", (25, 28)),
    Defect("a changed URL of the commit standard", "arco-contributing", "en",
           "standard](https://www.conventionalcommits.org/en/v1.0.0/)", "standard](https://www.conventionalcommits.org/en/v2.0.0/)",
           ("F004", "F001"), (80, 91)),
    Defect("a dropped commit type", "arco-contributing", "en", "- perf: Improve performance.\n", "", "P007", (92, 103),
           names="perf: 性能优化"),
    Defect("a dropped paragraph without facts", "arco-contributing", "en",
           "Changelogs in `__changelog__` are generated automatically by script on release. Please don't edit the files "
           "manually.\n\n", "", "P006", (160, 161)),
    Defect("swapped sections of a contributing guide", "arco-contributing", "en",
           *_swapped("arco-contributing", "en", "## Code of Conduct", "## Open Development", "## Semantic Versioning"),
           "P003", (11, 18)),
    Defect("a changed URL of the repository", "arcovue-contributing", "en",
           "[this repository](https://github.com/arco-design/arco-design-vue)",
           "[this repository](https://github.com/arco-design/arco-design)", "F004", (41, 79)),
    Defect("a dropped package", "arcovue-contributing", "en",
           "4. `arco-vue-md-loader`: Webpack loader for markdown parsing\n", "", "P007", (106, 114),
           names="arco-vue-md-loader"),
    Defect("a dropped step", "arcovue-contributing", "en", "6. Make sure all tests pass after running `pnpm run test`.\n",
           "", "P007", (41, 78), names="确认执行 `pnpm run test`"),
    Defect("swapped sections of a contributing guide", "arcovue-contributing", "en",
           *_swapped("arcovue-contributing", "en", "## Semantic Versioning", "## Reporting Issues",
                     "## Sending a pull request"), "P003", (19, 28)),
]


# --- Held-out round 49 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 49") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 48 (owners a to k and digits), from owners l to z.
# A security policy and contributing guides and codes of conduct (the legal texts of owners l to z that the index holds
# were all taken or left out before): OwlMail's security policy (48 hours, a security e-mail address, the advisories'
# URL), contributing guide (Go 1.24, Conventional Commits, a project tree) and code of conduct (its reports to the
# security address), SiYuan's contributing guide (pnpm 11.12.0, Electron 42.6.1, Go build commands, 30 days), ldev's
# code of conduct (the Contributor Covenant 1.4 with its usual Chinese translation, an author's e-mail address) and
# QuickTVUI's contributing guide (commit types and scopes, 72 characters, two maintainers). All six were added in both
# languages at once; which came first cannot be told.
HELD_OUT_49 = ("owlmail-security", "owlmail-contributing", "owlmail-coc", "siyuan-contributing", "ldev-coc",
               "quicktvui-contributing")

# Defects written into copies of the round-49 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-49 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states a date or an amount, so no date is changed; the numbers changed
# are a response time, a Go version, a covenant's version, a pnpm version, a period of inactivity and a header's length;
# three e-mail addresses and six URLs are changed; one list item with a number is dropped.
DEFECTS_49 = [
    Defect("a changed e-mail address for reports", "owlmail-security", "en",
           "**Email**: Send to [security@owlmail.dev](mailto:security@owlmail.dev)",
           "**Email**: Send to [security@owlmail.io](mailto:security@owlmail.io)", "F003", (21, 40)),
    Defect("a changed response time", "owlmail-security", "en", "We will acknowledge receipt within 48 hours",
           "We will acknowledge receipt within 72 hours", "F001", (21, 40)),
    Defect("a changed URL of the advisories", "owlmail-security", "en",
           "(https://github.com/soulteary/owlmail/security/advisories)",
           "(https://github.com/soulteary/owlmail/advisories)", "F004", (73, 76)),
    Defect("a dropped practice for developers", "owlmail-security", "en",
           "- **Input Validation**: Always validate and sanitize user input\n", "", "P007", (65, 71), names="输入验证"),
    Defect("a dropped paragraph without facts", "owlmail-security", "en",
           "We take the security of OwlMail seriously. If you discover a security vulnerability, please **do not** "
           "report it in a public issue.\n\n", "", "P006", (17, 18)),
    Defect("swapped sections of a security policy", "owlmail-security", "en",
           *_swapped("owlmail-security", "en", "### For Users", "### For Developers", "## Known Security Issues"),
           "P003",
           (57, 72)),
    Defect("a changed Go version", "owlmail-contributing", "en", "- Go 1.24 or higher", "- Go 1.22 or higher", "F001",
           (105, 109)),
    Defect("a changed URL of the discussions", "owlmail-contributing", "en",
           "(https://github.com/soulteary/owlmail/discussions)", "(https://github.com/soulteary/owlmail/wiki)", "F004",
           (193, 200)),
    Defect("a changed URL of Conventional Commits", "owlmail-contributing", "en",
           "[Conventional Commits](https://www.conventionalcommits.org/)",
           "[Conventional Commits](https://www.conventionalcommits.dev/)", "F004", (24, 80)),
    Defect("a dropped testing requirement", "owlmail-contributing", "en",
           "- Bug fixes should include regression tests\n",
           "", "P007", (90, 95), names="Bug 修复应包含回归测试"),
    Defect("a dropped kind of contribution", "owlmail-contributing", "en", "- 🧪 **Tests**: Add or improve tests\n", "",
           "P007", (181, 191), names="添加或改进测试"),
    Defect("a dropped paragraph without facts", "owlmail-contributing", "en",
           "Thank you for your interest in the OwlMail project! We welcome contributions of all kinds.\n\n", "", "P006",
           (5, 6)),
    Defect("swapped sections of a contributing guide", "owlmail-contributing", "en",
           *_swapped("owlmail-contributing", "en", "## Types of Contributions", "## Questions", "## Code of Conduct"),
           "P003", (181, 200)),
    Defect("swapped contents of two sections, headings kept", "owlmail-contributing", "en",
           *_swapped_contents("owlmail-contributing", "en", "### Testing Requirements",
           "### Documentation Requirements",
                              "## Development Environment Setup"), ("P003", "P004", "P006"), (90, 102), most=4),
    Defect("a changed e-mail address for reports", "owlmail-coc", "en",
           "[security@owlmail.dev](mailto:security@owlmail.dev)", "[conduct@owlmail.dev](mailto:conduct@owlmail.dev)",
           "F003", (39, 44)),
    Defect("a changed version of the covenant", "owlmail-coc", "en", "), version 2.1, available at",
           "), version 1.4, available at",
           "F001", (45, 47)),
    Defect("a dropped unacceptable behaviour", "owlmail-coc", "en", "* Public or private harassment\n", "", "P007",
           (11, 27),
           names="公开或私下骚扰"),
    Defect("swapped sections of a code of conduct", "owlmail-coc", "en",
           *_swapped("owlmail-coc", "en", "## Our Responsibilities", "## Scope", "## Enforcement"), "P003", (29, 38)),
    Defect("a changed pnpm version", "siyuan-contributing", "en", "Install pnpm: `npm install -g pnpm@11.12.0`",
           "Install pnpm: `npm install -g pnpm@10.12.0`", "F001", (13, 43)),
    Defect("a changed period of inactivity", "siyuan-contributing", "en", "closed with no activity for 30 days",
           "closed with no activity for 60 days", "F001", (104, 108)),
    Defect("a changed URL of an issue", "siyuan-contributing", "en",
           "please refer to https://github.com/siyuan-note/siyuan/issues/13184",
           "please refer to https://github.com/siyuan-note/siyuan/issues/13148", "F004", (75, 103)),
    Defect("a dropped step of the kernel's setup", "siyuan-contributing", "en",
           "3. On Windows, add the directory reported by `go env GOBIN` to `PATH`; if it is empty, add the `bin` "
           "subdirectory of `go env GOPATH`\n", "", "P007", (44, 48), names="go env GOBIN"),
    Defect("swapped sections of a contributing guide", "siyuan-contributing", "en",
           *_swapped("siyuan-contributing", "en", "### iOS", "### Android", "### Harmony"), "P003", (62, 74)),
    Defect("a changed e-mail address for reports", "ldev-coc", "en", "[yangjz1125@outlook.com]",
           "[yangjz1125@gmail.com]",
           "F003", (59, 71)),
    Defect("a changed URL of the covenant's homepage", "ldev-coc", "en",
           "[homepage]: https://www.contributor-covenant.org", "[homepage]: https://www.contributor-covenant.com",
           "F004",
           (72, 77)),
    Defect("a dropped positive behaviour", "ldev-coc", "en", "* Focusing on what is best for the community\n", "",
           "P007",
           (16, 36), names="关注对社区最有利的事情"),
    Defect("a dropped paragraph without facts", "ldev-coc", "en",
           "Project maintainers who do not follow or enforce the Code of Conduct in good\nfaith may face temporary or "
           "permanent repercussions as determined by other\nmembers of the project's leadership.\n\n", "", "P006", (59,
           67)),
    Defect("a changed length of a commit header", "quicktvui-contributing", "en",
           "header must not be longer than 72 characters.", "header must not be longer than 100 characters.", "F001",
           (21, 43)),
    Defect("a changed URL of the Discord server", "quicktvui-contributing", "en",
           "(https://discord.com/invite/gXK9XNzW3X)",
           "(https://discord.gg/gXK9XNzW3X)", "F004", (13, 20)),
    Defect("a dropped rule with a number", "quicktvui-contributing", "en",
           "- Merging a PR takes two maintainers: one approves the changes after reviewing, and then the other reviews "
           "and merges.\n", "", ("P007", "F001"), (21, 42), names="合并代码需要两名维护人员参与"),
]


# Rounds 48 and 49, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 48 and 49,
# classified"), tuned on and registered.
EXPECTED.update({
    "asri-security": [],
    "asri-contributing": [],
    # true: the co-building process only in Chinese (said absorbed by "Sending a pull request", whose English steps are
    # not it), the fork's URL and the PR-linking step only in English, localhost:9000 only in Chinese, the component
    # demo only in English, the helper functions and common classes only in Chinese (content); false: "开发前准备",
    # whose steps the English writes in "Sending a pull request" (form). (One false P002 pair more in the run: "常用的命令"
    # and "Commonly used npm scripts" unpaired)
    "arco-contributing": [("en", 29, "P002"), ("en", 29, "P002"), ("en", 33, "F004"), ("en", 46, "P007"),
                          ("en", 48, "F004"), ("en", 76, "P002"), ("en", 107, "P002"), ("en", 107, "P002")],
    "arcovue-contributing": [],
    "deepspark-coc": [],
    # false: the covenant's version linked as its Chinese page in Chinese, as the version's folder in English (form)
    "diopi-coc": [("en", 50, "F004")],
    "owlmail-security": [],
    "owlmail-contributing": [],
    "owlmail-coc": [],
    "siyuan-contributing": [],
    "ldev-coc": [],
    "quicktvui-contributing": [],
})
FALSE.update({
    "arco-contributing": [("en", 29, "P002")],
    "diopi-coc": [("en", 50, "F004")],
})
DEFECTS += DEFECTS_48 + DEFECTS_49
RETUNED_48 = HELD_OUT_48
RETUNED_49 = HELD_OUT_49
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 50, collected apart


# --- Held-out round 50 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 50") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 51, from owners a to k and digits.
# Security policies and contributing guides (the legal texts of owners a to k that the index holds were all taken or
# left out before): the Agnes OpenAI-compatible gateway's security policy (7 and 14 days, the advisories' URL) and
# contributing guide (Deno 2.5, a clone URL, close translations kept almost line for line), Mercury's security policy
# (CPython 3.11+, RFC1918, the advisories' URL) and contributing guide (Python 3.11/3.13, the issues' URL), Arkloop's
# contributing guide (Go 1.26, Node.js 20, PostgreSQL 16; the English has commit rules, examples and a section on
# database migrations the Chinese has not) and OpenWebUI Extensions' contributing guide (a control pair, line for line).
# Agnes's and Mercury's texts were added in both languages at once; Arkloop's and OpenWebUI Extensions' English came
# first. No text states a date or an e-mail address.
HELD_OUT_50 = ("agnes-security", "agnes-contributing", "mercury-security", "mercury-contributing",
               "arkloop-contributing", "owuiext-contributing")

# Defects written into copies of the round-50 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-50 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states a date or an e-mail address, so none is changed; the numbers
# changed are an acknowledgement period, a Deno version, a CPython version, a pair of Python versions and a Go version;
# seven URLs are changed; one list item with a number (PostgreSQL 16+) is dropped.
DEFECTS_50 = [
    Defect("a changed acknowledgement period", "agnes-security", "en",
           "Maintainers target an acknowledgement within 7 days",
           "Maintainers target an acknowledgement within 10 days",
           "F001", (19, 43)),
    Defect("a changed URL of private reporting", "agnes-security", "en",
           "(https://github.com/4x25/agnes-compatible-gateway/security/advisories/new)",
           "(https://github.com/4x25/agnes-compatible-gateway/security/advisories)", "F004", (19, 43)),
    Defect("a dropped in-scope example", "agnes-security", "en",
           "- authentication bypass on a `/v1/*` operation;\n", "",
           "P007", (64, 75), names="接口认证绕过"),
    Defect("a dropped paragraph without facts", "agnes-security", "en",
           "\nAgnes account compromise, model output quality/safety, Agnes platform outages,\nand limits imposed by a "
           "hosting provider are generally upstream concerns, but\nthe maintainers will help route a responsibly "
           "reported issue.\n", "", "P006", (64, 72)),
    Defect("swapped sections of a security policy", "agnes-security", "en",
           *_swapped_last("agnes-security", "en", "## Security model", "## In-scope examples"), "P003", (44, 76)),
    Defect("a changed Deno version", "agnes-contributing", "en", "Use Deno 2.5 or newer:", "Use Deno 2.0 or newer:",
           "F001", (28, 59)),
    Defect("a changed URL of the repository to clone", "agnes-contributing", "en",
           "git clone https://github.com/4x25/agnes-compatible-gateway.git",
           "git clone https://github.com/4x25/agnes-gateway.git", "F004", (28, 59)),
    Defect("a dropped architecture rule", "agnes-contributing", "en",
           "- Keep English and Simplified Chinese documentation behaviorally equivalent.\n", "", "P007", (60, 74),
           names="英文与简体中文文档"),
    Defect("swapped contents of two sections, headings kept", "agnes-contributing", "en",
           *_swapped_contents("agnes-contributing", "en", "## Architecture expectations",
                              "## Tests for protocol changes", "## Pull requests"), ("P003", "P004", "P006"), (60, 92),
           most=4),
    Defect("a changed CPython version", "mercury-security", "en", "security-support targets on CPython 3.11+.",
           "security-support targets on CPython 3.10+.", "F001", (9, 12)),
    Defect("a changed URL of the advisory form", "mercury-security", "en",
           "(https://github.com/EngelsVon/mercury-network-diagnostics/security/advisories/new)",
           "(https://github.com/EngelsVon/mercury-network-diagnostics/issues/new)", "F004", (13, 30)),
    Defect("a dropped repository guarantee", "mercury-security", "en",
           "- History and reports reject credentials, tokens, and private keys; identifier and payload output is "
           "redacted by default.\n", "", "P007", (31, 42), names="历史记录和报告拒绝凭据"),
    Defect("swapped sections of a security policy", "mercury-security", "en",
           *_swapped_last("mercury-security", "en", "## Security boundaries", "## Safe research scope"), "P003",
           (31, 46)),
    Defect("a changed pair of Python versions", "mercury-contributing", "en", "across Python 3.11/3.13 on",
           "across Python 3.11/3.12 on", "F001", (22, 30)),
    Defect("a changed URL of the issues", "mercury-contributing", "en",
           "(https://github.com/EngelsVon/mercury-network-diagnostics/issues)",
           "(https://github.com/EngelsVon/mercury-network-diagnostics/discussions)", "F004", (31, 43)),
    Defect("a dropped pull-request rule", "mercury-contributing", "en",
           "- Keep each pull request focused and explain the behavior, evidence, security, and compatibility impact.\n",
           "", "P007", (22, 29), names="每个拉取请求保持范围单一"),
    Defect("a dropped paragraph without facts", "mercury-contributing", "en",
           "Remove addresses, hostnames, tokens, certificates, private keys, payloads, and other sensitive network "
           "details. Feature requests should explain the operator problem, the bounded authorized scope, and why "
           "existing behavior is insufficient.\n\n", "", "P006", (31, 41)),
    Defect("swapped sections of a contributing guide", "mercury-contributing", "en",
           *_swapped("mercury-contributing", "en", "## Coding standards", "## Pull request guidelines",
                     "## Reporting issues"), "P003", (15, 30)),
    Defect("a changed Go version", "arkloop-contributing", "en", "- Go 1.26+\n", "- Go 1.25+\n", "F001", (11, 17)),
    Defect("a changed URL of the issues", "arkloop-contributing", "en", "(https://github.com/qqqqqf/Arkloop/issues)",
           "(https://github.com/qqqqqf/Arkloop/discussions)", "F004", (68, 75)),
    Defect("a dropped detail of a bug report", "arkloop-contributing", "en",
           "- Environment details (OS, Docker version, browser)\n", "", "P007", (68, 74), names="环境信息"),
    Defect("a dropped prerequisite with a number", "arkloop-contributing", "en",
           "- PostgreSQL 16+ (or use `docker compose up postgres`)\n", "", ("P007", "F001"), (11, 16),
           names="PostgreSQL 16+"),
    Defect("a dropped paragraph without facts", "arkloop-contributing", "en",
           "Thank you for considering a contribution to Arkloop. This document covers the process and guidelines for "
           "contributing.\n\n", "", "P006", (5, 6)),
    Defect("swapped sections of a contributing guide", "arkloop-contributing", "en",
           *_swapped("arkloop-contributing", "en", "## Trademark Usage", "## Contributor License", "## Questions"),
           "P003", (238, 254)),
    Defect("a changed URL of PEP 8", "owuiext-contributing", "en", "[PEP 8](https://peps.python.org/pep-0008/)",
           "[PEP 8](https://peps.python.org/pep-0257/)", "F004", (101, 106)),
    Defect("a changed URL of the repository", "owuiext-contributing", "en",
           "(https://github.com/Fu-Jie/openwebui-extensions)", "(https://github.com/Fu-Jie/awesome-openwebui)", "F004",
           (186, 190)),
    Defect("a dropped plugin directory", "owuiext-contributing", "en",
           "- `plugins/pipes/` - Pipe plugins (custom models)\n", "", "P007", (63, 70), names="plugins/pipes/"),
    Defect("a dropped item of the PR checklist", "owuiext-contributing", "en", "- [ ] Plugin has been tested locally\n",
           "", "P007", (148, 156), names="插件已在本地测试通过"),
    Defect("a dropped paragraph without facts", "owuiext-contributing", "en",
           "Every contribution, no matter how small, helps make OpenWebUI Extensions better for everyone. Thank you "
           "for being part of our community!\n\n", "", "P006", (186, 188)),
    Defect("swapped sections of a contributing guide", "owuiext-contributing", "en",
           *_swapped("owuiext-contributing", "en", "## 🐛 Reporting Issues", "## 💡 Feature Requests",
                     "## 📄 License"), "P003", (158, 179)),
]


# --- Held-out round 51 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 51") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 50 (owners a to k and digits), from owners l to z.
# A licence agreement and contributing guides and security policies: IoT DC3's licence agreement (the Chinese first by
# its history: a version, an effective date, AGPL-3.0, Beijing arbitration), atlas-richie-platform's contributing guide
# (the Chinese first by its history) and security policy (an e-mail address, 5 business days, supported versions),
# Gas Town's contributing guide and security policy (a Chinese translation in a fork: 72 characters, an issue URL, a
# Medium URL, supported versions) and Clawrise's contributing guide and security policy (7 days). All close
# translations.
HELD_OUT_51 = ("iotdc3-license", "atlas-contributing", "atlas-security", "gastown-contributing", "gastown-security",
               "clawrise-contributing", "clawrise-security")

# Defects written into copies of the round-51 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-51 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). One date is changed (the licence's effective date); the numbers changed are the
# AGPL's and the Apache licence's versions, two supported versions, two response times and a length of line; one e-mail
# address and two URLs are changed; one paragraph with a number is dropped.
DEFECTS_51 = [
    Defect("a changed effective date", "iotdc3-license", "en", "Effective Date: June, 2025",
           "Effective Date: June, 2026",
           "F002", (7, 12)),
    Defect("a changed version of the AGPL", "iotdc3-license", "en",
           "released under the GNU Affero General Public License v3.0", "released under the GNU Affero General Public "
           "License v2.0", "F001", (15, 18)),
    Defect("a dropped right of the commercial edition", "iotdc3-license", "en",
           "- Commercial Edition users are entitled to remove IoT DC3 branding and identification.\n", "", "P007",
           (35, 40), names="商业版用户有权移除"),
    Defect("a dropped restriction", "iotdc3-license", "en",
           "- The copyright notice of the Software may not be removed or modified.\n", "", "P007", (47, 51),
           names="禁止移除或修改本软件的版权声明"),
    Defect("swapped sections of a licence", "iotdc3-license", "en",
           *_swapped("iotdc3-license", "en", "## 4. Intellectual Property", "## 5. Disclaimer", "## 6. Termination"),
           "P003", (53, 62)),
    Defect("a changed version of the Apache licence", "atlas-contributing", "en", "(Apache License 2.0)",
           "(Apache License 1.1)", "F001", (11, 16)),
    Defect("a dropped item of a pull request", "atlas-contributing", "en", "   - Compatibility impact (if any)\n", "",
           "P007", (17, 26), names="兼容性影响"),
    Defect("a dropped paragraph without facts", "atlas-contributing", "en",
           "Thank you for your interest in contributing to `atlas-richie-platform`.\n\n", "", "P006", (5, 8)),
    Defect("swapped sections of a contributing guide", "atlas-contributing", "en",
           *_swapped("atlas-contributing", "en", "## Commit Guidelines", "## Code of Conduct & Security",
                     "## Local Build"), "P003", (28, 38)),
    Defect("a changed e-mail address for reports", "atlas-security", "en", "Send to: richie696@icloud.com",
           "Send to: richie969@icloud.com", "F003", (20, 39)),
    Defect("a changed acknowledgement time", "atlas-security", "en", "within **5 business days**",
           "within **10 business days**", "F001", (40, 45)),
    Defect("a changed supported version", "atlas-security", "en", "| 1.0.x     | :white_check_mark: |",
           "| 1.1.x     | :white_check_mark: |", "F001", (9, 19)),
    Defect("a dropped exclusion", "atlas-security", "en",
           "- Known CVEs in upstream third-party dependencies (we may address them via BOM upgrades, subject to "
           "upstream availability)\n", "", "P007", (46, 53), names="上游第三方依赖的已知 CVE"),
    Defect("a dropped paragraph with a number", "atlas-security", "en",
           "> The current development baseline is `1.0.0-SNAPSHOT`. Official security advisories are based on "
           "published release tags.\n\n", "", ("P006", "F001"), (9, 17)),
    Defect("a changed length of a commit's first line", "gastown-contributing", "en",
           "Keep the first line under 72 characters", "Keep the first line under 50 characters", "F001", (112, 117)),
    Defect("a changed URL of an issue", "gastown-contributing", "en",
           "(https://github.com/steveyegge/gastown/issues/3459)", "(https://github.com/steveyegge/gastown/issues/3549)",
           "F004", (161, 171)),
    Defect("a changed URL of an essay", "gastown-contributing", "en",
           "resilient-ai-applications-56b090ed3e69)", "resilient-ai-applications-56b090ed3e96)", "F004", (62, 85)),
    Defect("a dropped branch prefix", "gastown-contributing", "en", "- `refactor/*` - Code restructuring\n", "", "P007",
           (25, 48), names="refactor"),
    Defect("a dropped first contribution", "gastown-contributing", "en", "- Documentation improvements\n", "", "P007",
           (102, 110), names="文档改进"),
    Defect("a dropped paragraph without facts", "gastown-contributing", "en",
           "For larger changes, please open an issue first to discuss the approach.\n\n", "", "P006", (102, 109)),
    Defect("swapped sections of a contributing guide", "gastown-contributing", "en",
           *_swapped("gastown-contributing", "en", "## Code Style", "## Design Philosophy",
                     "### Zero Framework Cognition (ZFC)"), "P003", (50, 61)),
    Defect("swapped contents of two sections, headings kept", "gastown-contributing", "en",
           *_swapped_contents("gastown-contributing", "en", "## Commit Messages", "## Testing",
                              "### Integration Test Guards"), ("P003", "P004", "P006"), (112, 132), most=4),
    Defect("a changed supported version", "gastown-security", "en", "| 0.1.x   | :white_check_mark: |",
           "| 0.2.x   | :white_check_mark: |", "F001", (34, 39)),
    Defect("a dropped best practice", "gastown-security", "en",
           "- Review agent output before pushing to production branches\n", "", "P007", (25, 32),
           names="在推送到生产分支前审查"),
    Defect("swapped sections of a security policy", "gastown-security", "en",
           *_swapped("gastown-security", "en", "## Scope", "## Best Practices", "## Supported Versions"), "P003",
           (16, 33)),
    Defect("a dropped way to contribute", "clawrise-contributing", "en",
           "- Add tests for runtime behavior, config resolution, and adapter mapping.\n", "", "P007", (13, 19),
           names="为运行时行为、配置解析"),
    Defect("swapped sections of a contributing guide", "clawrise-contributing", "en",
           *_swapped("clawrise-contributing", "en", "## Pull Request Expectations",
                     "## Reporting Bugs and Requesting Features", "## Documentation and Language"), "P003", (53, 74)),
    Defect("a dropped paragraph without facts", "clawrise-contributing", "en",
           "\nThese requests are meant to keep the repository reviewable and stable as the project grows.\n", "",
           "P006", (81, 88)),
    Defect("a changed acknowledgement time", "clawrise-security", "en", "acknowledge the report within 7 days",
           "acknowledge the report within 14 days", "F001", (37, 45)),
    Defect("a dropped item of a report", "clawrise-security", "en",
           "- whether credentials, tenant data, or tokens may be exposed\n", "", "P007", (18, 35),
           names="是否可能泄露凭证"),
]


# Rounds 50 and 51, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 50 and 51,
# classified"), tuned on and registered.
EXPECTED.update({
    "agnes-security": [],
    "agnes-contributing": [],
    "mercury-security": [],
    "mercury-contributing": [],
    # true: the header rules with their 50 characters, the table of commit types (three more, with descriptions, than
    # the Chinese item lists) and the section on database migrations, only in English (content)
    "arkloop-contributing": [("en", 102, "P007"), ("en", 108, "P006"), ("en", 194, "P002")],
    "owuiext-contributing": [],
    "iotdc3-license": [],
    "atlas-contributing": [],
    "atlas-security": [],
    "gastown-contributing": [],
    "gastown-security": [],
    "clawrise-contributing": [],
    "clawrise-security": [],
})
DEFECTS += DEFECTS_50 + DEFECTS_51
RETUNED_50 = HELD_OUT_50
RETUNED_51 = HELD_OUT_51
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 52, collected apart


# --- Held-out round 52 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 52") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 53, from owners with a digit or a to k.
# Contributing guides and security policies (the legal texts of owners a to k that the index holds were all taken or
# left out before): Agent Infra's developer guide (10.7/9.4 kB: Git-Flow branches, tags, platform layers, Conventional
# Commits with 50 characters, Node.js >= 22.9.0, seven steps) and security policy (supported versions v0.9.x, 24 and 72
# hours, 7 business days, 1-30 days, four severities, March 2026); kot-cloud's security policy (JWT, RBAC, a secret of
# at least 32 bytes); Modulus's contributing guide (a .NET framework: principles, a project tree, eight steps, Nuke);
# NCN Platform's contributing guide and security policy (a network-operations platform: a layout table, Vue 3, three
# locales, RFC5737/RFC3849; secrets, mTLS, sensitive modules). Close translations; all added in English first or in
# both languages at once, none Chinese-first.
HELD_OUT_52 = ("agentinfra-contributing", "agentinfra-security", "kotcloud-security", "modulus-contributing",
               "ncn-contributing", "ncn-security")

# Defects written into copies of the round-52 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections; for a dropped section, the
# sections before and after), set before any checker was run on any round-52 pair, modified or not; for a dropped list
# item, words of the Chinese item the finding must quote (within its first forty characters). No pair states an e-mail
# address or an amount, so no e-mail address is changed; one date is changed (a month of update); the numbers changed
# are a commit subject's length, a Node.js version, a response time, a range of days, a supported version, a key length
# and a Vue version; four URLs are changed; one section with numbers is dropped.
DEFECTS_52 = [
    Defect("a changed URL of Git", "agentinfra-contributing", "en", "We use [Git](https://git-scm.com/) for version control",
           "We use [Git](https://git-scm.org/) for version control", "F004", (13, 22)),
    Defect("a changed Node.js version", "agentinfra-contributing", "en",
           "- Node.js >= 22.9.0 (for the built-in test runner", "- Node.js >= 20.9.0 (for the built-in test runner", "F001",
           (25, 30)),
    Defect("a changed subject length", "agentinfra-contributing", "en", "no longer than 50 characters",
           "no longer than 72 characters", "F001", (143, 156)),
    Defect("a changed URL of Conventional Commits", "agentinfra-contributing", "en",
           "[Conventional Commits](https://www.conventionalcommits.org/)",
           "[Conventional Commits](https://www.conventionalcommits.org/en/v1.0.0-beta.2/)", "F004", (143, 156)),
    Defect("a dropped tag rule", "agentinfra-contributing", "en",
           "- Once a tag is created, the corresponding release branch should be deleted.\n", "", "P007", (69, 75),
           names="当标签被打出后", known_miss=True),
    Defect("a dropped paragraph without facts", "agentinfra-contributing", "en",
           "This guide provides developers with detailed development guidance, covering branch management, tag management, "
           "commit rules, code review, and more. Following these guidelines helps the project develop efficiently and "
           "collaborate smoothly.\n\n", "", "P006", (9, 10)),
    Defect("swapped sections of a developer guide", "agentinfra-contributing", "en",
           *_swapped("agentinfra-contributing", "en", "## Code Review", "## Testing", "## Release Process"), "P003", (157, 170)),
    Defect("a changed initial assessment time", "agentinfra-security", "en", "- **Initial Assessment**: Within 72 hours",
           "- **Initial Assessment**: Within 48 hours", "F001", (44, 52)),
    Defect("a changed range of days for a fix", "agentinfra-security", "en", "- **Fix Release**: 1-30 days",
           "- **Fix Release**: 1-90 days", "F001", (44, 52)),
    Defect("a changed supported version", "agentinfra-security", "en", "| v0.9.x   | Supported             |",
           "| v0.8.x   | Supported             |", "F001", (9, 17)),
    Defect("a changed date of update", "agentinfra-security", "en", "**Last Updated**: March 2026",
           "**Last Updated**: May 2026", "F002", (122, 130)),
    Defect("a dropped vulnerability of high severity", "agentinfra-security", "en", "- Privilege escalation\n", "", "P007",
           (62, 65), names="权限提升"),
    Defect("swapped contents of two sections, headings kept", "agentinfra-security", "en",
           *_swapped_contents("agentinfra-security", "en", "#### High", "#### Medium", "#### Low"),
           ("P003", "P004", "P006"), (62, 71), most=4),
    Defect("a changed key length", "kotcloud-security", "en", "a random `JWT_SECRET` of at least 32 bytes",
           "a random `JWT_SECRET` of at least 16 bytes", "F001", (38, 46)),
    Defect("a dropped development rule", "kotcloud-security", "en",
           "- Use parameterized Micronaut Data/JDBC access; do not construct SQL with untrusted string concatenation.\n", "",
           "P007", (47, 54), names="使用参数化的 Micronaut Data/JDBC"),
    Defect("a dropped exclusion", "kotcloud-security", "en",
           "- Availability issues caused by intentionally running the destructive bootstrap SQL against a populated "
           "database.\n", "", "P007", (56, 59), names="在已有数据的数据库中故意执行破坏性初始化"),
    Defect("a dropped paragraph without facts", "kotcloud-security", "en",
           "Maintainers will acknowledge the report, assess reproducibility and severity, coordinate a fix when appropriate, "
           "and disclose the result after a remediation plan is available.\n\n", "", "P006", (14, 26)),
    Defect("swapped sections of a security policy", "kotcloud-security", "en",
           *_swapped("kotcloud-security", "en", "## Deployment Requirements", "## Secure Development Requirements",
                     "## Out of Scope"), "P003", (38, 55)),
    Defect("a changed URL of the quickstart", "modulus-contributing", "en",
           "(./specs/001-core-architecture/quickstart.md)", "(./specs/002-core-architecture/quickstart.md)", "F004", (37, 47),
           known_miss=True),  # named as the number 001 against 002 (F001): a relative link is no URL fact
    Defect("a changed URL of the clone", "modulus-contributing", "en",
           "`git clone https://github.com/your-username/modulus.git`",
           "`git clone https://gitlab.com/your-username/modulus.git`", "F004", (48, 58)),
    Defect("a dropped style rule", "modulus-contributing", "en",
           "- Prefix private fields with underscore (`_privateField`)\n", "", "P007", (66, 72), names="私有字段前缀使用下划线"),
    Defect("a dropped paragraph without facts", "modulus-contributing", "en",
           "Thank you for your interest in contributing to Modulus! This guide will help you get started with "
           "contributing to the project.\n\n", "", "P006", (5, 6)),
    Defect("swapped sections of a contributing guide", "modulus-contributing", "en",
           *_swapped("modulus-contributing", "en", "## Documentation Standards", "## Code Style Guidelines",
                     "## Building and Running"), "P003", (59, 73)),
    Defect("a changed Vue version", "ncn-contributing", "en", "Operations console: Vue 3 SPA",
           "Operations console: Vue 2 SPA", "F001", (13, 22)),
    Defect("a dropped section with numbers", "ncn-contributing", "en",
           _between("ncn-contributing", "en", "## Configuration", "## Conventions"), "", ("P002", "F001"), (23, 47)),
    Defect("a dropped convention", "ncn-contributing", "en",
           "- Any change that affects a production router or host must be confirmation-gated\n  and reversible.\n", "",
           "P007", (44, 54), names="任何影响生产路由器或主机的改动"),
    Defect("swapped sections, the last moved up", "ncn-contributing", "en",
           *_swapped_last("ncn-contributing", "en", "## Conventions", "## Reporting issues and security"), "P003",
           (44, 60)),
    Defect("a dropped sensitive module", "ncn-security", "en", "- `lb/failover.sh`\n", "", "P007", (38, 45),
           names="lb/failover.sh"),
    Defect("a dropped practice", "ncn-security", "en",
           "- Encrypted secrets backups must not be committed to a repository that is, or may\n  become, public. An "
           "age-encrypted blob should be treated as compromised once exposed.\n", "", "P007", (19, 35),
           names="加密的密钥备份不得提交"),
    Defect("a dropped paragraph without facts", "ncn-security", "en",
           "This platform controls network infrastructure. The following practices apply to\nany deployment:\n\n", "",
           "P006", (19, 34)),
]


# --- Held-out round 53 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 53") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 52 (owners a to k and digits), from owners l to z.
# Contributing guides, security policies and a code of conduct (the legal texts of owners l to z that the index holds
# were taken or left out before): KTTC's contributing guide (a contributor licence agreement, Python 3.11, >80%
# coverage, line length 100, 3-4 levels of nesting) and security policy (0.1.x, 48 hours, 7 days, 30 days, an e-mail
# address, a date), vureact-router's contributing guide (React 18+, React Router DOM 7.9+, Node.js 16, pnpm 8, 2-space
# indentation) and code of conduct (the Contributor Covenant 2.0, its contact placeholder left in), and Prism
# Translate's contributing guide and security policy (short, few facts). KTTC's English came first; the other four
# were added in both languages at once. No content difference between the two languages of any pair.
HELD_OUT_53 = ("kttc-contributing", "kttc-security", "vureactrouter-contributing", "vureactrouter-coc",
               "prismtranslate-contributing", "prismtranslate-security")

# Defects written into copies of the round-53 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections; for a dropped section, the
# sections before and after it), set before any checker was run on any round-53 pair, modified or not; for a dropped
# list item, words of the Chinese item the finding must quote (within its first forty characters). One date is changed
# (KTTC's last update), periods of hours and days, versions, a coverage and an indentation; one e-mail address and four
# URLs are changed; a list item, a paragraph and a section with numbers are dropped.
DEFECTS_53 = [
    Defect("a changed time of acknowledgment", "kttc-security", "en", "an acknowledgment within **48 hours**",
           "an acknowledgment within **72 hours**", "F001", (42, 48)),
    Defect("a changed time of a detailed response", "kttc-security", "en", "a more detailed response within **7 days**",
           "a more detailed response within **14 days**", "F001", (42, 48)),
    Defect("a changed date of the last update", "kttc-security", "en", "**Last Updated:** November 10, 2025",
           "**Last Updated:** November 12, 2025", "F002", (119, 127)),
    Defect("a changed e-mail address for reports", "kttc-security", "en", "report them via email to: **security@kt.tc**",
           "report them via email to: **security@kttc.ai**", "F003", (22, 27)),
    Defect("a dropped practice for API keys", "kttc-security", "en", "* Rotate keys regularly\n", "", "P007", (60, 69)
,
           names="定期轮换密钥"),
    Defect("swapped sections of a security policy", "kttc-security", "en",
           *_swapped("kttc-security", "en", "### Input Validation", "### Dependencies", "### Production Deployment"), "P003",
           (71, 82)),
    Defect("a changed URL of the licensee", "kttc-contributing", "en", "KTTC AI (https://github.com/kttc-ai) and",
           "KTTC AI (https://github.com/kttc-ai-labs) and", "F004", (24, 27)),
    Defect("a changed Python version", "kttc-contributing", "en", "- Python 3.11 or 3.12\n", "- Python 3.10 or 3.12\n",
           "F001", (82, 86)),
    Defect("a changed code coverage", "kttc-contributing", "en", "- Maintain >80% code coverage",
           "- Maintain >90% code coverage", "F001", (239, 244)),
    Defect("a dropped practice with a number", "kttc-contributing", "en", "- Avoid deep nesting (max 3-4 levels)\n", "",
           ("P007", "F001"), (311, 317)
, names="避免深层嵌套"),
    Defect("a dropped paragraph without facts", "kttc-contributing", "en",
           "All code contributions must meet strict quality standards enforced by automated checks.\n\n", "", "P006", (119, 120)),
    Defect("a dropped paragraph with a version", "kttc-contributing", "en", "This project requires **Python 3.11+**\n\n",
           "", ("P006", "F001"), (245, 258)),
    Defect("a dropped item of a bug report", "kttc-contributing", "en", "- Expected behavior vs actual behavior\n", "",
           "P007", (53, 60)
, names="期望行为与实际行为的对比"),
    Defect("swapped contents of two sections, headings kept", "kttc-contributing", "en",
           *_swapped_contents("kttc-contributing", "en", "### Documentation", "### Best Practices", "## Questions?"),
           ("P003", "P004", "P006"), (303, 318)
, most=4),
    Defect("a changed React version", "vureactrouter-contributing", "en", "routing library for React 18+,",
           "routing library for React 17+,", "F001", (11, 14)),
    Defect("a dropped section with versions", "vureactrouter-contributing", "en",
           _between("vureactrouter-contributing", "en", "### Prerequisites", "### Development Setup"), "",
           ("P002", "P006", "F001"), (19, 48)),
    Defect("a changed URL of the discussions", "vureactrouter-contributing", "en",
           "(https://github.com/vureact-js/vureact-router/discussions)", "(https://github.com/vureact-js/vureact/discussions)",
           "F004", (311, 316)),
    Defect("a changed indentation", "vureactrouter-contributing", "en", "- Use 2-space indentation",
           "- Use 4-space indentation", "F001", (170, 176)),
    Defect("a dropped item of a pull request", "vureactrouter-contributing", "en",
           "   - Include screenshots for UI changes\n", "", "P007", (205, 237)
, names="UI 更改请包含截图"),
    Defect("swapped sections of a contributing guide", "vureactrouter-contributing", "en",
           *_swapped("vureactrouter-contributing", "en", "### Bug Reports", "### Feature Requests",
                     "## 🔄 Pull Request Process"), "P003", (185, 204)),
    Defect("a changed URL of the covenant's version", "vureactrouter-coc", "en",
           "<https://www.contributor-covenant.org/version/2/0/code_of_conduct.html>",
           "<https://www.contributor-covenant.org/version/2/1/code_of_conduct.html>", "F004", (119, 133)),
    Defect("a changed URL of the enforcement ladder", "vureactrouter-coc", "en", "(https://github.com/mozilla/diversity)",
           "(https://github.com/mozilla/inclusion)", "F004", (119, 133)),
    Defect("a dropped positive behaviour", "vureactrouter-coc", "en",
           "- Giving and gracefully accepting constructive feedback\n", "", "P007", (19, 41)
, names="给予并优雅地接受建设性反馈"),
    Defect("a dropped paragraph without facts", "vureactrouter-coc", "en",
           _between("vureactrouter-coc", "en", "Community leaders have the right and responsibility", "## Scope"), "",
           "P006", (43, 49)),
    Defect("swapped sections of a code of conduct", "vureactrouter-coc", "en",
           *_swapped("vureactrouter-coc", "en", "### 3. Temporary Ban", "### 4. Permanent Ban", "## Attribution"), "P003",
           (99, 118)),
    Defect("a changed URL of the repository", "prismtranslate-contributing", "en",
           "git clone https://github.com/zumma488/prism-translate.git", "git clone https://github.com/zumma488/prism.git",
           "F004", (15, 29)),
    Defect("a dropped item of a pull request", "prismtranslate-contributing", "en",
           "- Link related issues when applicable.\n", "", "P007", (54, 59)
, names="如有相关 issue"),
    Defect("a dropped item of a report", "prismtranslate-security", "en", "- impact assessment\n", "", "P007", (11, 29)
,
           names="影响评估"),
    Defect("a dropped paragraph without facts", "prismtranslate-security", "en",
           "If you cannot describe the issue safely without exposing secrets, rotate the affected credentials first and "
           "then post a sanitized report.\n\n", "", "P006", (11, 28)),
    Defect("swapped sections, the last moved up", "prismtranslate-security", "en",
           *_swapped_last("prismtranslate-security", "en", "## Scope Notes", "## Disclosure"), "P003", (31, 43)),
]


# Rounds 52 and 53, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 52 and 53,
# classified"), tuned on and registered.
EXPECTED.update({
    "agentinfra-contributing": [],
    "agentinfra-security": [],
    "kotcloud-security": [],
    "modulus-contributing": [],
    "ncn-contributing": [],
    "ncn-security": [],
    # false in the one run, none since: the language switch above the English title, which names Hindi and Persian
    # in their own scripts (form)
    "kttc-contributing": [],
    "kttc-security": [],
    "vureactrouter-contributing": [],
    "vureactrouter-coc": [],
    "prismtranslate-contributing": [],
    "prismtranslate-security": [],
})
DEFECTS += DEFECTS_52 + DEFECTS_53
RETUNED_52 = HELD_OUT_52
RETUNED_53 = HELD_OUT_53
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 54, collected apart


# --- Held-out round 54 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 54") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 55, from owners a to k and digits.
# Ackem's privacy-and-data page (a local-first companion app: storage paths, network outbound, telemetry, deletion,
# v1.0.0, 2026-06) and security policy (an e-mail address, 7 days); pinrule's security policy (a threat model, 3
# business days, 7 and 30 days, 600 permissions) and code of conduct, both written in Chinese first; gac's contributing
# guide (versions, a release process, Lefthook, Python 3.10+); apimgr's code of conduct (the Contributor Covenant cut
# short, a placeholder e-mail address in English only) and contributing guide (80 % coverage, Go 1.21+).
HELD_OUT_54 = ("ackem-privacy", "ackem-security", "pinrule-security", "pinrule-coc", "gac-contributing", "apimgr-coc",
               "apimgr-contributing")

# Defects written into copies of the round-54 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-54 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). One date is changed (Ackem's "2026-06"); the numbers changed are a product
# version, a period of acknowledgement, a line length, a release tag, a response time, a cleaning period, a version of
# the Contributor Covenant and a coverage; one e-mail address and four URLs are changed; one list item with numbers is
# dropped.
DEFECTS_54 = [
    Defect("a changed date of the page", "ackem-privacy", "en", "*Privacy & Data · Ackem v1.0.0 · 2026-06*",
           "*Privacy & Data · Ackem v1.0.0 · 2026-09*", "F002", (100, 107)),
    Defect("a changed product version", "ackem-privacy", "en", "> **Product**: Ackem v1.0.0  ",
           "> **Product**: Ackem v1.1.0  ", "F001", (5, 13)),
    Defect("a dropped kind of telemetry", "ackem-privacy", "en", "- Usage statistics collection\n", "", "P007", (64, 74),
           names="使用统计收集"),
    Defect("a dropped paragraph without facts", "ackem-privacy", "en",
           "The only default outbound traffic is to the LLM endpoint you configure. Everything else requires explicit user "
           "action or extension permission approval.\n\n", "", "P006", (49, 61)),
    Defect("swapped sections of a privacy page", "ackem-privacy", "en",
           *_swapped("ackem-privacy", "en", "## 5. Deletion & Uninstall", "## 6. User Imported Content",
                     "## 7. Related Documentation"), "P003", (76, 99)),
    Defect("a dropped promise on imported files", "ackem-privacy", "en", "- Imported files stay local and are never uploaded\n",
           "", "P007", (92, 98), names="导入的文件仅存本地"),
    Defect("a changed e-mail address for reports", "ackem-security", "en", "Email: **jasonliu_lyf_2005@qq.com**",
           "Email: **jasonliu_lyf_2005@163.com**", "F003", (15, 26)),
    Defect("a changed period of acknowledgement", "ackem-security", "en", "acknowledge within **7 days**.",
           "acknowledge within **14 days**.", "F001", (15, 26)),
    Defect("a dropped item a release leaves out", "ackem-security", "en", "- Developer `.env` files\n", "", "P007", (27, 42),
           names="开发 `.env` 文件"),
    Defect("swapped sections, the last moved up", "ackem-security", "en",
           *_swapped_last("ackem-security", "en", "## Data on your machine", "## Codebase locations"), "P003", (44, 61)),
    Defect("a changed maximum line length", "gac-contributing", "en", "max line length: 120)", "max line length: 100)",
           "F001", (121, 130)),
    Defect("a changed release tag", "gac-contributing", "en", "2. Create a tag: `git tag v1.6.1`",
           "2. Create a tag: `git tag v1.6.2`", "F001", (90, 105)),
    Defect("a changed URL of Lefthook", "gac-contributing", "en", "[Lefthook](https://github.com/evilmartians/lefthook)",
           "[Lefthook](https://github.com/evilmartians/lefthook-cli)", "F004", (131, 139)),
    Defect("a dropped coding standard", "gac-contributing", "en", "- Use logging instead of print statements\n", "", "P007",
           (121, 129), names="使用日志记录而不是 print 语句"),
    Defect("a dropped paragraph without facts", "gac-contributing", "en",
           "Note: This should only be used when absolutely necessary, as it bypasses important code quality checks.\n\n",
           "", "P006", (174, 181)),
    Defect("swapped contents of two sections, headings kept", "gac-contributing", "en",
           *_swapped_contents("gac-contributing", "en", "## Code of Conduct", "## License", "---\n\n## Where to Get Help"),
           ("P003", "P004", "P006"), (248, 257), most=4),
    Defect("a changed response time", "pinrule-security", "en", "response within 3 business days",
           "response within 5 business days", "F001", (42, 48)),
    Defect("a dropped rule with numbers", "pinrule-security", "en",
           "- **Fix release**: high severity 7 days / medium severity 30 days / low severity bundled with next release\n", "",
           ("P007", "F001"), (42, 47), names="fix 发版"),
    Defect("a changed URL of the private advisory", "pinrule-security", "en",
           "(https://github.com/jhaizhou-ops/pinrule/security/advisories/new)",
           "(https://github.com/jhaizhou-ops/pinrule/security/advisories)", "F004", (9, 12)),
    Defect("a changed cleaning period", "pinrule-security", "en", "Auto-cleaned after 30 days", "Auto-cleaned after 90 days",
           "F001", (17, 26)),
    Defect("a dropped exclusion from the security responsibility", "pinrule-security", "en",
           "- **Network-layer / system-layer threats** → outside pinrule's threat model\n", "", "P007", (27, 32),
           names="网络层 / 系统层威胁"),
    Defect("swapped sections, the last moved up", "pinrule-security", "en",
           *_swapped_last("pinrule-security", "en", "## Response timelines", "## Acknowledgments"), "P003", (42, 51)),
    Defect("a changed URL of the predecessor's archive", "pinrule-coc", "en", "(https://github.com/jhaizhou-ops/karma-v1)",
           "(https://github.com/jhaizhou-ops/karma)", "F004", (11, 17)),
    Defect("a changed version of the covenant", "pinrule-coc", "en", "[Contributor Covenant v2.1]",
           "[Contributor Covenant v2.0]", "F001", (25, 30)),
    Defect("a dropped behaviour not allowed", "pinrule-coc", "en",
           "- ❌ Insincere \"problem reports\" (e.g., pasting ChatGPT output as issue content)\n", "", "P007", (18, 23),
           names="不真诚的「问题报告」"),
    Defect("a dropped positive behaviour", "apimgr-coc", "en", "* Gracefully accepting constructive criticism\n", "", "P007",
           (13, 29), names="优雅地接受建设性批评"),
    Defect("a changed URL of the FAQ", "apimgr-coc", "en", "[faq]: https://www.contributor-covenant.org/faq",
           "[faq]: https://www.contributor-covenant.org/faqs", "F004", (49, 60)),
    Defect("swapped sections of a code of conduct", "apimgr-coc", "en",
           *_swapped("apimgr-coc", "en", "## Our Standards", "## Our Responsibilities", "## Scope"), "P003", (13, 36)),
    Defect("a changed test coverage", "apimgr-contributing", "en", "Ensure test coverage is at least 80%",
           "Ensure test coverage is at least 70%", "F001", (40, 44)),
    Defect("a dropped documentation rule", "apimgr-contributing", "en", "- Keep documentation consistent with code\n", "",
           "P007", (45, 48), names="保持文档与代码一致"),
]


# --- Held-out round 55 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 55") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 54 (owners a to k and digits), from owners l to z.
# Contributing guides and a security policy from five repositories no earlier round used or looked at (two of them,
# nikola66/web-agent's, from a repository an earlier round left free): InferenceX's contributing guide (the English
# first, its section on `append-only` curve updates not in the Chinese; MI355X, `/reuse-sweep-run`, seven URLs),
# dotai's (line for line: 3 and 4 skills, 1024 and 64 characters, a repository tree), YanshiShield's federated-learning
# guide (line for line: DCO, thirteen URLs), ShipStack's (seven release gates before `v0.1.0`), and Web Agent's contributing
# guide and security policy (the English first; a clone URL, port 5173). No pair is Chinese-first by its history.
HELD_OUT_55 = ("inferencex-contributing", "dotai-contributing", "yanshishield-contributing", "shipstack-contributing",
               "webagent-contributing", "webagent-security")

# Defects written into copies of the round-55 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-55 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states a date, an e-mail address or an amount, so none is changed; the
# numbers changed are a GPU model, a skill count, a range of checks, a version and a port; six URLs are changed; one
# paragraph with a number is dropped.
DEFECTS_55 = [
    Defect("a changed URL of SGLang's images", "inferencex-contributing", "en", "[SGLang](https://hub.docker.com/u/lmsysorg)",
           "[SGLang](https://hub.docker.com/u/sglang)", "F004", (25, 41)),
    Defect("a changed URL of GitHub's documentation", "inferencex-contributing", "en",
           "manage-workflow-runs/re-run-workflows-and-jobs#", "manage-workflow-runs/re-run-workflows#", "F004", (108, 110)),
    Defect("a changed GPU model", "inferencex-contributing", "en", "on the AMD MI355X TW cluster",
           "on the AMD MI325X TW cluster", "F001", (89, 107), known_miss=True),  # a model's name, no figure
    Defect("a dropped rule for benchmark scripts", "inferencex-contributing", "en",
           "3. **Test your teardown path.** Cancel a running benchmark mid-flight and verify no root-owned files remain in "
           "the workspace.\n", "", "P007", (89, 106), names="测试你的 teardown 路径"),
    Defect("a dropped paragraph without facts", "inferencex-contributing", "en",
           "Thanks for contributing! PRs are welcome. This page covers the review process every PR goes through before it "
           "can be merged.\n\n", "", "P006", (5, 12)),
    Defect("swapped sections of a contributing guide", "inferencex-contributing", "en",
           *_swapped("inferencex-contributing", "en", "## The PR Review Checklist", "## Reusing your PR's green sweep",
                     "## Adding points to the latest curve"), "P003", (25, 50), known_miss=True),
    Defect("a changed number of skills", "dotai-contributing", "en", "+ 4 more skills (", "+ 5 more skills (", "F001",
           (77, 98)),
    Defect("a dropped paragraph with a number", "dotai-contributing", "en",
           "   `name` is lowercase + hyphens, max 64 chars. `description` is the discovery signal — write it so the model can "
           "tell when to invoke.\n\n", "", ("P006", "F001"), (99, 123)),
    Defect("a changed URL of hawkeye", "dotai-contributing", "en", "(https://github.com/korandoru/hawkeye)",
           "(https://github.com/apache/hawkeye)", "F004", (170, 182)),
    Defect("a dropped way to contribute", "dotai-contributing", "en",
           "- **Open an issue** for bugs, doc gaps, or questions about the installer / render pipeline / bundle schema.\n", "",
           "P007", (192, 202), names="报 bug、提文档缺漏"),
    Defect("a dropped commit rule", "dotai-contributing", "en",
           "- **Merge, don't squash.** PRs land with a regular merge commit so the per-commit scope survives in history.\n",
           "", "P007", (183, 190), names="不要 squash"),
    Defect("a dropped paragraph without facts", "dotai-contributing", "en",
           "User-facing content is header-free because it gets installed verbatim into other people's projects; our "
           "copyright header there would be noise.\n\n", "", "P006", (170, 180)),
    Defect("swapped contents of two sections, headings kept", "dotai-contributing", "en",
           *_swapped_contents("dotai-contributing", "en", "## Adding a skill", "## Adding a plugin",
                              "## Local linting and verification"), ("P003", "P004", "P006"), (99, 146), most=4),
    Defect("a changed URL of the issues", "yanshishield-contributing", "en",
           "(https://github.com/neursafe/federated-learning/issues)", "(https://github.com/neursafe/fl/issues)", "F004",
           (30, 37)),
    Defect("a changed range of checks", "yanshishield-contributing", "en", "to complete the checks 2~4 items",
           "to complete the checks 1~4 items", "F001", (48, 81)),
    Defect("a changed URL of the DCO", "yanshishield-contributing", "en", "(https://developercertificate.org/)",
           "(https://developercertificate.com/)", "F004", (82, 93)),
    Defect("a dropped check before a PR", "yanshishield-contributing", "en",
           "- Use [bazel build](https://bazel.build/) to make sure the project compiles successfully.\n\n", "",
           ("P007", "F004"), (48, 79), names="bazel build"),
    Defect("swapped sections of a contributing guide", "yanshishield-contributing", "en",
           *_swapped("yanshishield-contributing", "en", "#### Features", "#### Bugs or Issues", "#### Code Style"), "P003",
           (22, 37)),
    Defect("a changed version to tag", "shipstack-contributing", "en", "Before tagging `v0.1.0`,", "Before tagging `v0.2.0`,",
           "F001", (102, 114)),
    Defect("a dropped contribution rule", "shipstack-contributing", "en", "- Never commit real secrets.\n", "", "P007", (76, 84),
           names="永远不要提交真实 secrets"),
    Defect("a dropped item of the scope", "shipstack-contributing", "en", "- D1 and Drizzle\n", "", "P007", (9, 21),
           names="D1 和 Drizzle"),
    Defect("a dropped paragraph without facts", "shipstack-contributing", "en",
           "Avoid copying private boilerplates, paid starter templates, proprietary docs,\nmarketing copy, or implementation "
           "details.\n\n", "", "P006", (23, 33)),
    Defect("swapped sections of a contributing guide", "shipstack-contributing", "en",
           *_swapped("shipstack-contributing", "en", "## Security Issues", "## Commit Style", "## Release Gates"), "P003",
           (86, 101)),
    Defect("a changed URL of the repository", "webagent-contributing", "en",
           "git clone https://github.com/nikola66/web-agent.git", "git clone https://github.com/nikola66/webagent.git",
           "F004", (17, 27)),
    Defect("a changed port of the development server", "webagent-contributing", "en", "Open `http://localhost:5173`.",
           "Open `http://localhost:5174`.", ("F004", "F001"), (17, 27)),
    Defect("a dropped detail of a bug report", "webagent-contributing", "en", "- browser and OS details\n", "", "P007",
           (47, 57), names="浏览器与操作系统"),
    Defect("swapped contents of two sections, headings kept", "webagent-contributing", "en",
           *_swapped_contents("webagent-contributing", "en", "## Reporting Bugs", "## Pull Request Style",
                              "## Contributor Docs"), ("P003", "P004", "P006"), (47, 65), most=4),
    Defect("a dropped kind of report", "webagent-security", "en", "- credential exposure\n", "", "P007", (53, 60),
           names="凭据暴露"),
    Defect("a dropped paragraph without facts", "webagent-security", "en",
           "That proxy does not retain telemetry or logs.\n\n", "", "P006", (45, 50), known_miss=True),
    Defect("swapped sections of a security policy", "webagent-security", "en",
           *_swapped("webagent-security", "en", "## Security Posture", "## Network Disclaimer", "## Scope Notes"), "P003",
           (36, 52)),
]


# Rounds 54 and 55, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 54 and 55,
# classified"), tuned on and registered.
EXPECTED.update({
    "ackem-privacy": [],
    # true: the closing line "*Ackem v1.0.0 · 安全策略*" only in Chinese (form)
    "ackem-security": [("en", 54, "P006")],
    "pinrule-security": [],
    "pinrule-coc": [],
    "gac-contributing": [],
    # true: an address for reports in English where the Chinese has a placeholder (content)
    "apimgr-coc": [("en", 43, "F003")],
    "apimgr-contributing": [],
    # true: the section on append-only curve updates only in English (content)
    "inferencex-contributing": [("en", 51, "P002")],
    "dotai-contributing": [],
    # false in the one run, none since: "PEP 8" in the English text of a link to pep-0008 (wording)
    "yanshishield-contributing": [],
    "shipstack-contributing": [],
    # false in the one run, none since: the line "**语言：** [English](…) · [简体中文](…) · …" above the Chinese
    # title only (no title line, the title a section missing from the English, the line a paragraph: 2 and 3 findings)
    "webagent-contributing": [],
    "webagent-security": [],
})
DEFECTS += DEFECTS_54 + DEFECTS_55
RETUNED_54 = HELD_OUT_54
RETUNED_55 = HELD_OUT_55
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 56, collected apart


# --- Held-out round 56 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 56") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 57 (owners l to z), from owners a to k and digits.
# Contributing guides and security policies (the legal texts of owners a to k that the index holds were all taken or
# left out before): Awesome Codex Pet's contributing guide (burgleaf/qdog-community, 10.4/10.9 kB: pet versions with
# sizes, rows and 16 look directions, a JSON schema, a checklist, curation rules, eleven categories), claude-stray's
# (a table of documents, 72 characters, 5+ files, a local port), SubtitlePipeline's (eight numbered sections, kept line
# for line), goalfydata's security policy (an e-mail address, 48 hours, 5 business days, AES-256, TLS 1.3) and
# contributing guide (template and clone URLs), and Ascentia Core's security policy (an e-mail address) and WebSocket
# security notes (environment variables, HS256). Claude-stray's and SubtitlePipeline's English came first by their
# history; the other five were added in both languages at once.
HELD_OUT_56 = ("qdog-contributing", "claudestray-contributing", "subtitlepipeline-contributing", "goalfydata-security",
               "goalfydata-contributing", "ascentia-security", "ascentia-wssecurity")

# Defects written into copies of the round-56 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-56 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states a date or an amount, so no date is changed; the numbers changed
# are a count of look directions, a count of rows, a subject-line length, a number of minutes, a response time, a period
# of business days and a signing algorithm; two e-mail addresses and three URLs (one a local port) are changed; three list items and a
# paragraph with a number are dropped.
DEFECTS_56 = [
    Defect("a changed count of look directions", "qdog-contributing", "en", "contain 16 clockwise look directions",
           "contain 12 clockwise look directions", "F001", (68, 88)),
    Defect("a changed count of rows", "qdog-contributing", "en", "`1536x2288`, 8 columns × 11 rows",
           "`1536x2288`, 8 columns × 10 rows", "F001", (68, 88)),
    Defect("a dropped category", "qdog-contributing", "en", "- Memes\n", "", "P007", (167, 182), names="Memes"),
    Defect("a dropped curation rule", "qdog-contributing", "en", "- The files are not installable\n", "", "P007",
           (157, 165), names="文件无法安装"),
    Defect("a dropped checklist item", "qdog-contributing", "en", "- `npm run validate:pr` passes\n", "", "P007",
           (131, 155), names="validate:pr"),
    Defect("a dropped paragraph without facts", "qdog-contributing", "en",
           "A showcase does not request catalog inclusion, transfer ownership, or replace asset licensing. To add or update "
           "the pets in QDog, use a separate normal ready-for-review pull request for each pet; use a blocked `[Submission]` "
           "issue only when that submission path remains genuinely blocked after recovery.\n\n", "", "P006", (27, 30)),
    Defect("swapped sections, the last moved up", "qdog-contributing", "en",
           *_swapped_last("qdog-contributing", "en", "## Curation rules", "## Categories"), "P003", (157, 183)),
    Defect("swapped contents of two sections, headings kept", "qdog-contributing", "en",
           *_swapped_contents("qdog-contributing", "en", "### Request a pet with Codex", "### Showcase a finished pet",
                              "### Create or submit your pet with Codex"), ("P003", "P004", "P006"), (21, 32), most=4),
    Defect("a changed subject-line length", "claudestray-contributing", "en", "**stays under 72 chars**",
           "**stays under 50 chars**", "F001", (42, 55)),
    Defect("a changed URL of the smoke test", "claudestray-contributing", "en", "`http://127.0.0.1:9876/`",
           "`http://127.0.0.1:8765/`", ("F004", "F001"), (117, 130)),
    Defect("a dropped paragraph with numbers", "claudestray-contributing", "en",
           "The default is **commit at the end of every logical unit of work**, not\nat the end of a multi-hour session. If "
           "you find yourself with 5+ files\ndirty across 3 features, you should have committed twice already.\n\n", "",
           ("P006", "F001"), (56, 61)),
    Defect("a dropped condition with a number", "claudestray-contributing", "en", "- The change spans 3+ files\n", "",
           ("P007", "F001"), (28, 40), names="改动跨越"),
    Defect("swapped sections of a contributing guide", "claudestray-contributing", "en",
           *_swapped("claudestray-contributing", "en", "## Adding a flag to `bin/mindmap`", "## Adding a `serve.py` endpoint",
                     "## Changing the AI prompt"), "P003", (66, 87)),
    Defect("a dropped paragraph without facts", "claudestray-contributing", "en",
           "Exception: an explicit \"I'll review and commit together at the end\"\nagreement with the user. Even then, prefer "
           "splitting at commit time\n(see `git add -p`) over a mega-commit.\n\n", "", "P006", (56, 61)),
    Defect("a changed number of minutes", "subtitlepipeline-contributing", "en", "## 1. First 5 Minutes Checklist",
           "## 1. First 10 Minutes Checklist", "F001", (14, 37)),
    Defect("a dropped rule for AI contributors", "subtitlepipeline-contributing", "en",
           "5. Preserve backward compatibility unless explicitly asked to break it.\n", "", "P007", (87, 98),
           names="保持向后兼容"),
    Defect("swapped sections of a contributing guide", "subtitlepipeline-contributing", "en",
           *_swapped("subtitlepipeline-contributing", "en", "## 4. Commit Message Standard",
                     "## 5. Pull Request Requirements", "## 6. AI Contributor Protocol"), "P003", (63, 86)),
    Defect("a dropped paragraph without facts", "subtitlepipeline-contributing", "en",
           "If maintainer feedback in a PR conflicts with this file, maintainer feedback wins.\n\n", "", "P006", (5, 11), known_miss=True),
    Defect("swapped contents of two sections, headings kept", "subtitlepipeline-contributing", "en",
           *_swapped_contents("subtitlepipeline-contributing", "en", "## 7. Definition of Done", "## 8. Related Policies"),
           ("P003", "P004", "P006"), (100, 113), most=4),
    Defect("a changed e-mail address for reports", "goalfydata-security", "en", "Please email: **goalfydata@goalfyai.com**",
           "Please email: **security@goalfyai.com**", "F003", (7, 22)),
    Defect("a changed acknowledgement time", "goalfydata-security", "en", "acknowledge receipt within 48 hours",
           "acknowledge receipt within 72 hours", "F001", (7, 22)),
    Defect("a changed response time", "goalfydata-security", "en", "a detailed response within 5 business days",
           "a detailed response within 10 business days", "F001", (7, 22)),
    Defect("a changed URL of the bug template", "goalfydata-contributing", "en",
           "(https://github.com/GoalfyAI/goalfydata/issues/new?template=bug_report.md)",
           "(https://github.com/GoalfyAI/goalfydata/issues/new?template=bug-report.md)", "F004", (11, 19)),
    Defect("a changed URL of Conventional Commits", "goalfydata-contributing", "en",
           "(https://www.conventionalcommits.org/)", "(https://www.conventional-commits.org/)", "F004", (38, 47)),
    Defect("a dropped step", "goalfydata-contributing", "en", "4. Test your changes\n", "", "P007", (28, 36),
           names="测试你的修改"),
    Defect("a changed e-mail address for reports", "ascentia-security", "en", "**goal2277858503@gmail.com**",
           "**goal2277858530@gmail.com**", "F003", (13, 29)),
    Defect("a dropped item of a report", "ascentia-security", "en", "- Steps to reproduce (if possible)\n", "", "P007",
           (13, 28), names="复现步骤"),
    Defect("a changed signing algorithm", "ascentia-wssecurity", "en", "Validates an HS256 JWT", "Validates an HS512 JWT",
           "F001", (14, 31), known_miss=True),
    Defect("a dropped control with a number", "ascentia-wssecurity", "en",
           "- **Tools** — `DISABLE_SPAWN_PET=1` removes the SpawnPet tool from the default bundle.\n", "", ("P007", "F001"),
           (37, 42), names="DISABLE_SPAWN_PET"),
    Defect("swapped sections of security notes", "ascentia-wssecurity", "en",
           *_swapped("ascentia-wssecurity", "en", "## Trust boundary", "## Auth modes", "## Origin"), "P003", (9, 31)),
]


# --- Held-out round 57 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 57") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 56 (owners a to k and digits), from owners l to z.
# Two licences and five texts that bind contributors: Mofei Life Web's MIT licence (its Chinese translation, which says
# the English prevails) and contributing guide (Node.js 18, labels, a pull-request template), The Dreamer's code of
# conduct (the Contributor Covenant 2.0 adapted) and contributing guide (Xcode 26+), InferenceX's PR review checklist
# (the template kept in English in both, its items translated in a section of the Chinese only; the two drifted apart),
# and a Chinese translation of nativescript-vue's contributing guide (Nativescript 4.x, husky 0.15, 65536 files) and code
# of conduct (the Contributor Covenant 1.4, machine-translated, its headings and lists lost in Chinese). Every English
# text came first or with its Chinese: none is Chinese-first.
HELD_OUT_57 = ("mofeilife-license", "mofeilife-contributing", "thedreamer-coc", "thedreamer-contributing",
               "inferencex-prchecklist", "nsvue-contributing", "nsvue-coc")

# Defects written into copies of the round-57 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-57 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). The only date is a copyright year (changed); the numbers changed are a Node.js
# version, a Covenant version twice, an Xcode version, a Nativescript version and a husky version; one e-mail address
# and six URLs are changed; one numbered section (JAVA 8, -v1.8) is dropped.
DEFECTS_57 = [
    Defect("a changed Node.js version", "mofeilife-contributing", "en", "- Node.js 18 or higher", "- Node.js 16 or higher",
           "F001", (29, 34)),
    Defect("a changed URL of the development server", "mofeilife-contributing", "en", "`http://localhost:3000`",
           "`http://localhost:8080`", ("F004", "F001"), (50, 63)),
    Defect("a dropped label", "mofeilife-contributing", "en", "- `priority: medium` - Medium priority issues\n", "",
           "P007", (236, 247), names="中等优先级问题"),
    Defect("a dropped paragraph without facts", "mofeilife-contributing", "en",
           "**Please note**: This is a personal blog project shared primarily for reference and learning purposes. While "
           "contributions are welcome, please understand that this project is tailored to the author's specific needs and "
           "backend services.\n\n", "", "P006", (5, 10)),
    Defect("swapped sections of a contributing guide", "mofeilife-contributing", "en",
           *_swapped("mofeilife-contributing", "en", "## 🤝 Community", "## 📞 Getting Help", "## 🙏 Recognition"),
           "P003", (249, 263)),
    Defect("a dropped styling rule", "mofeilife-contributing", "en",
           "- **Dark Theme**: Ensure compatibility with dark theme\n", "", "P007", (202, 207), names="深色主题", known_miss=True),
    Defect("swapped contents of two sections, headings kept", "mofeilife-contributing", "en",
           *_swapped_contents("mofeilife-contributing", "en", "### Bug Reports", "### Feature Requests",
                              "## 🏷️ Labels"), ("P003", "P004", "P006"), (218, 235), most=4),
    Defect("a changed year of copyright", "mofeilife-license", "en", "Copyright (c) 2024 Mofei Zhu",
           "Copyright (c) 2025 Mofei Zhu", ("F002", "F001"), (9, 27), known_miss=True),
    Defect("a dropped condition without facts", "mofeilife-license", "en",
           "The above copyright notice and this permission notice shall be included in all\ncopies or substantial portions "
           "of the Software.\n\n", "", "P006", (9, 24), known_miss=True),
    Defect("a changed version of the Covenant", "thedreamer-coc", "en",
           "[Contributor Covenant](https://www.contributor-covenant.org), version 2.0,",
           "[Contributor Covenant](https://www.contributor-covenant.org), version 2.1,", "F001", (55, 65)),
    Defect("a changed URL of the FAQ", "thedreamer-coc", "en", "see https://www.contributor-covenant.org/faq\n",
           "see https://www.contributor-covenant.org/faqs\n", "F004", (55, 65)),
    Defect("a dropped unacceptable behaviour", "thedreamer-coc", "en",
           "- Publishing others' private information without permission\n", "", "P007", (22, 28),
           names="未经许可发布他人的私人信息"),
    Defect("swapped sections of a code of conduct", "thedreamer-coc", "en",
           *_swapped("thedreamer-coc", "en", "## Enforcement Responsibilities", "## Scope", "## Enforcement\n"), "P003",
           (39, 48)),
    Defect("a changed Xcode version", "thedreamer-contributing", "en", "**Requirements**: Xcode 26+,",
           "**Requirements**: Xcode 16+,", "F001", (33, 38)),
    Defect("a dropped item of a bug report", "thedreamer-contributing", "en",
           "- Include your iOS version and device information\n", "", "P007", (15, 19),
           names="包含您的 iOS 版本和设备信息"),
    Defect("a dropped paragraph without facts", "thedreamer-contributing", "en",
           "**Remember**: This project is about empowering students through data-driven learning. Every line of code should "
           "serve that mission.\n\n", "", "P006", (87, 95), known_miss=True),
    Defect("swapped contents of two sections, headings kept", "thedreamer-contributing", "en",
           *_swapped_contents("thedreamer-contributing", "en", "### Our Standards", "### Unacceptable Behavior",
                              "## Recognition"), ("P003", "P004", "P006"), (68, 79), most=4),
    Defect("a changed URL of the code owners", "inferencex-prchecklist", "en",
           "(https://github.com/SemiAnalysisAI/InferenceX/blob/main/.github/CODEOWNERS)",
           "(https://github.com/SemiAnalysisAI/InferenceX/blob/main/docs/CODEOWNERS)", "F004", (5, 18)),
    Defect("a changed URL of the sign-off verifier", "inferencex-prchecklist", "en",
           "We also welcome InferenceX partners and the ML community to improve [codeowner-signoff-verify.yml]"
           "(https://github.com/SemiAnalysisAI/InferenceX/blob/main/.github/workflows/codeowner-signoff-verify.yml)",
           "We also welcome InferenceX partners and the ML community to improve [codeowner-signoff-verify.yml]"
           "(https://github.com/SemiAnalysisAI/InferenceX/blob/main/.github/workflows/codeowner-signoff.yml)", "F004",
           (5, 18)),
    Defect("a dropped paragraph without facts", "inferencex-prchecklist", "en",
           "We welcome InferenceX partners and the community to submit PRs that make reasonable additions to or deletions "
           "from this checklist, provided they follow the principles of InferenceX. The general principle is that deleting "
           "a guideline should be as easy as adding one.\n\n", "", "P006", (5, 16)),
    Defect("swapped sections, the last moved up", "inferencex-prchecklist", "en",
           *_swapped_last("inferencex-prchecklist", "en", "## Template", "## Example"), "P003", (19, 49)),
    Defect("a changed Nativescript version", "nsvue-contributing", "en", "you are using Nativescript 4.x",
           "you are using Nativescript 5.x", "F001", (21, 32)),
    Defect("a changed URL of husky's issue", "nsvue-contributing", "en", "https://github.com/typicode/husky/issues/195\n",
           "https://github.com/typicode/husky/issues/159\n", "F004", (62, 82)),
    Defect("a changed version of husky", "nsvue-contributing", "en", "devDependencies husky 0.15 beta",
           "devDependencies husky 0.14 beta", "F001", (62, 82)),
    Defect("a dropped directory of the project", "nsvue-contributing", "en", "- `dist`: Directory for the bundled code\n", "",
           "P007", (48, 58), names="捆绑代码的目录"),
    Defect("a dropped numbered section with a version", "nsvue-contributing", "en",
           _between("nsvue-contributing", "en", "#### 2. Make sure JAVA_HOME", "#### 3. Deploying to Android"), "",
           ("P002", "P006", "F001"), (62, 83)),
    Defect("a changed e-mail address for reports", "nsvue-coc", "en", "the project team at shout@igor-randjelovic.com.",
           "the project team at shout@igor-randjelovic.dev.", "F003", (39, 44)),
    Defect("a changed version of the Covenant", "nsvue-coc", "en", "[Contributor Covenant][homepage], version 1.4,",
           "[Contributor Covenant][homepage], version 1.3,", "F001", (45, 50)),
    Defect("a dropped paragraph without facts", "nsvue-coc", "en",
           "Project maintainers who do not follow or enforce the Code of Conduct in good faith may face temporary or "
           "permanent repercussions as determined by other members of the project's leadership.\n\n", "", "P006",
           (39, 42)),
    Defect("swapped sections of a code of conduct", "nsvue-coc", "en",
           *_swapped("nsvue-coc", "en", "## Our Responsibilities", "## Scope", "## Enforcement"), "P003", (29, 38)),
]


# Rounds 56 and 57, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 56 and 57,
# classified"), tuned on and registered.
EXPECTED.update({
    # true: "16 个环视方向" (16 look directions) only in Chinese, which the ground truth missed (content); the paragraph
    # on the quality-review ledger only in Chinese (content)
    "qdog-contributing": [("en", 45, "F001"), ("en", 45, "P006")],
    # false in the one run, none since: "60 秒" against "60s", and "一条" against "a 1-line entry" (wording)
    "claudestray-contributing": [],
    "subtitlepipeline-contributing": [],
    "goalfydata-security": [],
    "goalfydata-contributing": [],
    # false in the one run, none since: the language switch marking the Chinese as the page shown ("（本页）")
    "ascentia-security": [],
    "ascentia-wssecurity": [],
    # true: the note that the Chinese is a translation and the English prevails, only in Chinese (content). False: the
    # English licence is plain text, whose short lines the conversion made headings (the language link and the
    # copyright line): one P004, and the year 2024 of that heading said missing (F001)
    "mofeilife-license": [("en", 7, "P004"), ("en", 11, "F001"), ("en", 11, "P006")],
    "mofeilife-contributing": [],
    "thedreamer-coc": [],
    "thedreamer-contributing": [],
    # true: the section translating the template's items, only in Chinese (form). False in the one run, none since:
    # the checklist linked in GitHub's editor (/edit/) in Chinese, as a file (/blob/) in English (form)
    "inferencex-prchecklist": [("en", 19, "P002")],
    "nsvue-contributing": [],
    # true: the Chinese link definitions written with full-width colons, which the site shows as text (said to have no
    # counterpart: the English's are definitions, not text) (form); the headings written with ＃ or without a space
    # (form; the title said missing, the title line and "Scope" said untranslated in the one run)
    "nsvue-coc": [("en", 45, "P006"), ("zh", 1, "E008")],
})
FALSE.update({
    "mofeilife-license": [("en", 7, "P004"), ("en", 11, "F001")],
})
DEFECTS += DEFECTS_56 + DEFECTS_57
RETUNED_56 = HELD_OUT_56
RETUNED_57 = HELD_OUT_57
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 58, collected apart


# --- Held-out round 58 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 58") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 59, from owners a to k and digits.
# One licence and five contributing guides: Copany's open-source licence (COSL v0.1: thirty days, revenue sharing)
# and contributing guide (Supabase ports, OAuth set-up, a Git workflow), KWeaver's contributing guide (Go 1.23.0,
# MariaDB 11.4+, a rebase workflow), AntdUI's (its Chinese workflow on Gitee, its English on GitHub), Neony's (close,
# hard-wrapped line for line: a control pair) and Aetheris-MemOS's (the English grew issue templates, labels and two
# documents the Chinese has not). No pair is Chinese-first by its history: four were added in both languages at once,
# two English first.
HELD_OUT_58 = ("kweaver-contributing", "antdui-contributing", "copany-license", "copany-contributing",
               "neony-contributing", "aetheris-contributing")

# Defects written into copies of the round-58 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-58 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). The one date is the licence's year of copyright; the numbers changed are a Go
# version, the Apache licence's version, a radius, a period of days, a CSS height and a Rust version; seven URLs are
# changed (no pair has an e-mail address: KWeaver's security contact is a placeholder); a section with a package version
# is dropped.
DEFECTS_58 = [
    Defect("a changed Go version", "kweaver-contributing", "en", "- Go 1.23.0 or higher", "- Go 1.21.0 or higher",
           "F001", (313, 319)),
    Defect("a changed URL of Conventional Commits", "kweaver-contributing", "en",
           "(https://www.conventionalcommits.org/)", "(https://www.conventionalcommit.org/)", "F004", (199, 224)),
    Defect("a changed URL of the upstream repository", "kweaver-contributing", "en",
           "you can add it: `git remote add upstream https://github.com/AISHU-Technology/kweaver.git`",
           "you can add it: `git remote add upstream https://github.com/KWeaver-AI/kweaver.git`", "F004", (225, 265)),
    Defect("a dropped testing rule", "kweaver-contributing", "en", "- Ensure existing tests still pass\n", "", "P007",
           (145, 157), names="确保现有测试仍然通过"),
    Defect("a changed version of the licence", "kweaver-contributing", "en", "under the Apache License 2.0.",
           "under the Apache License 1.1.", "F001", (379, 385)),
    Defect("swapped sections of a contributing guide", "kweaver-contributing", "en",
           *_swapped("kweaver-contributing", "en", "### 3. Make Your Changes", "### 4. Write Tests",
                     "### 5. Update Documentation"), "P003", (139, 158)),
    Defect("a dropped paragraph without facts", "kweaver-contributing", "en",
           "We will acknowledge receipt and work with you to address the issue.\n\n", "", "P006", (358, 368)),
    Defect("a changed URL of Visual Studio", "antdui-contributing", "en", "(https://visualstudio.microsoft.com)",
           "(https://visualstudio.microsoft.com/vs/community/)", "F004", (144, 151)),
    Defect("a changed radius", "antdui-contributing", "en", "RoundPath(8 * Config.Dpi)", "RoundPath(6 * Config.Dpi)",
           "F001", (109, 124), known_miss=True),
    Defect("a dropped rule on list controls", "antdui-contributing", "en",
           "- **Public Properties**:\n"
           "  Expose scrollbar-related properties to external code (for user customization).\n\n",
           "", "P007", (100, 105), names="公共属性"),
    Defect("swapped sections of a contributing guide", "antdui-contributing", "en",
           *_swapped("antdui-contributing", "en", "### 2.2 List Control Standards",
                     "### 2.3 `IControl.RenderRegion` Usage", "## 3. Contribution Workflow"), "P003", (100, 124)),
    Defect("a dropped rule on the directory layout", "antdui-contributing", "en",
           "- **Utility Code**: Place helper functions, Win32 wrappers, or SVG tools in `src/AntdUI/Lib/`.\n", "",
           "P007", (9, 35), names="工具代码"),
    Defect("a changed URL of the homepage", "copany-contributing", "en", "- **Homepage URL**: `http://localhost:3000`",
           "- **Homepage URL**: `http://localhost:3001`", "F004", (104, 125)),
    Defect("a changed URL of Supabase Studio", "copany-contributing", "en",
           "Visit [http://127.0.0.1:54323](http://127.0.0.1:54323)",
           "Visit [http://127.0.0.1:54324](http://127.0.0.1:54324)", "F004", (188, 193)),
    Defect("a changed URL of Figma's developer settings", "copany-contributing", "en",
           "(https://www.figma.com/developers/apps)", "(https://www.figma.com/developers/api)", "F004", (149, 169)),
    Defect("a dropped step of the Google set-up", "copany-contributing", "en", "   - Enable Google+ API\n", "", "P007",
           (126, 147), names="启用 Google+ API"),
    Defect("swapped sections of a contributing guide", "copany-contributing", "en",
           *_swapped("copany-contributing", "en", "## 7. Generate Migrations", "## 8. Follow Git Workflow",
                     "## 9. Code Review & Deployment"), "P003", (194, 232)),
    Defect("a dropped paragraph without facts", "copany-contributing", "en",
           "This will build the project and start a local production server for testing.\n\n", "", "P006", (178, 185)),
    Defect("a changed period for disclosing revenue", "copany-license", "en", "statements within thirty (30) days",
           "statements within sixty (60) days", "F001", (19, 27)),
    Defect("a changed year of copyright", "copany-license", "en", "Copyright (c) 2025 Copany",
           "Copyright (c) 2024 Copany", ("F002", "F001"), (7, 10)),
    Defect("a changed URL of the licence", "copany-license", "en",
           "https://github.com/Copanies/Copany/blob/main/LICENSE\n",
           "https://github.com/Copanies/Copany/blob/main/LICENSE.md\n", "F004", (28, 37)),
    Defect("a dropped duty of the revenue holder", "copany-license", "en",
           "- Publicly disclose records of revenue distribution;\n", "", "P007", (19, 26), names="公开收益分配记录"),
    Defect("a changed height", "neony-contributing", "en", "(`height:100%` on the cross axis)",
           "(`height:50%` on the cross axis)", "F001", (27, 52)),
    Defect("a changed URL of uv", "neony-contributing", "en", "[uv](https://docs.astral.sh/uv/)",
           "[uv](https://docs.astral.sh/ruff/)", "F004", (79, 87)),
    Defect("a dropped step of the pull-request workflow", "neony-contributing", "en",
           "4. CI must pass before merge.\n", "", "P007", (135, 141), names="合并前 CI 必须通过"),
    Defect("swapped contents of two sections, headings kept", "neony-contributing", "en",
           *_swapped_contents("neony-contributing", "en", "### 3. Theming through tokens",
                              "### 4. Bilingual documentation", "### 5. Demos live at the repository root"),
           ("P003", "P004", "P006"), (53, 69), most=4),
    Defect("a dropped paragraph without facts", "neony-contributing", "en",
           "**Welcome:** bug fixes, new components that follow the existing patterns,\n"
           "documentation improvements, test coverage, UX polish.\n\n", "", "P006", (143, 156)),
    Defect("a dropped section with a package version", "neony-contributing", "en",
           _between("neony-contributing", "en", "### System dependencies", "---\n\n## Running the project"), "",
           ("P002", "P006", "F001"), (79, 89)),
    Defect("a changed Rust version", "aetheris-contributing", "en", "- **Rust**: 1.89+", "- **Rust**: 1.85+", "F001",
           (20, 30)),
    Defect("a dropped extension point", "aetheris-contributing", "en",
           "- **Agents** — Implement the `MemoryAgent` trait for new or replacement "
           "analyzer/predictor/scheduler behavior. See [EXTENSION_GUIDE.md](docs/EXTENSION_GUIDE.md).\n", "", "P007",
           (63, 71), names="智能体", known_miss=True),
]


# --- Held-out round 59 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 59") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 58 (owners a to k and digits), from owners l to z.
# A security policy (MZAPI-API's: 48 hours, a 90-day disclosure timeline, a date of update), three codes of conduct and
# contributing guides: Metarget's contributing guide (Chinese first by its history: YAML templates of vulnerable scenes,
# CVE numbers, versions), MZAPI-API's code of conduct (the Contributor Covenant 2.0), Rooch's contributing guide (an
# earlier version, added in Chinese with the English rewritten at once; a broken link in Chinese), resist.js's code of
# conduct (the Covenant 2.0 with the OpenJS Foundation's addresses; an e-mail address that differs, a URL and a line
# only in English) and DNAnalyzer's contributing guide (its English commands broken by a formatter).
HELD_OUT_59 = ("metarget-contributing", "mzapi-security", "mzapi-coc", "rooch-contributing", "resist-coc",
               "dnanalyzer-contributing")

# Defects written into copies of the round-59 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-59 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). The only date is the security policy's date of update (changed); the numbers
# changed are a CVE number twice, a time to acknowledge, a Covenant version; three e-mail addresses and six URLs are
# changed; one section with numbers (the 90-day disclosure timeline) is dropped.
DEFECTS_59 = [
    Defect("a changed number of a service name", "metarget-contributing", "en",
           "e.g. php -> cve-2012-1823-php (lowercase).", "e.g. php -> cve-2021-1823-php (lowercase).", "F001", (109, 180)),
    Defect("a changed number of a path", "metarget-contributing", "en", "something like `php/CVE-2012-1823/www`.",
           "something like `php/CVE-2012-1832/www`.", "F001", (109, 180)),
    Defect("a changed URL of Vulhub", "metarget-contributing", "en",
           "in Metarget come from [Vulhub](https://github.com/vulhub/vulhub).",
           "in Metarget come from [Vulhub](https://github.com/vulhub/vulhub-archive).", "F004", (101, 108)),
    Defect("a dropped note", "metarget-contributing", "en",
           "- Files to be mounted (e.g. `www/`) should be put into the same directory of `desc.yaml`.\n", "", "P007",
           (109, 179), names="原目录下文件", known_miss=True),
    Defect("a dropped paragraph without facts", "metarget-contributing", "en",
           "Maintenance from the community is appreciated and welcome. Hope that we can gather and share our knowledge and "
           "researches in the context of Metarget, and promote the development of cloud native security.\n\n", "", "P006",
           (5, 17)),
    Defect("swapped sections of a contributing guide", "metarget-contributing", "en",
           *_swapped("metarget-contributing", "en", "### cve-2019-5736:", "### cve-2017-1002101:",
                     "### mount-docker-sock:"), "P003", (23, 59)),
    Defect("a changed e-mail address for reports", "mzapi-security", "en", "Email our security team at: security@example.com",
           "Email our security team at: security@example.org", "F003", (16, 33)),
    Defect("a changed time to acknowledge", "mzapi-security", "en", "report within 48 hours", "report within 72 hours",
           "F001", (16, 33)),
    Defect("a changed date of update", "mzapi-security", "en", "Last Updated: 2025-08-07", "Last Updated: 2025-08-17",
           ("F002", "F001"), (57, 64)),
    Defect("a dropped practice for developers", "mzapi-security", "en", "- Code reviews are required for all changes\n", "",
           "P007", (41, 45), names="所有变更都需要代码审查"),
    Defect("swapped sections of a security policy", "mzapi-security", "en",
           *_swapped("mzapi-security", "en", "### For Users", "### For Developers", "## Disclosure Policy"), "P003", (36, 46)),
    Defect("a dropped section with numbers", "mzapi-security", "en",
           _between("mzapi-security", "en", "## Disclosure Policy", "## Security Updates"), "", ("P002", "P006", "F001"),
           (41, 54)),
    Defect("a changed URL of the covenant's version", "mzapi-coc", "en",
           "https://www.contributor-covenant.org/version/2/0/code_of_conduct.html.",
           "https://www.contributor-covenant.org/version/2/1/code_of_conduct.html.", "F004", (119, 132)),
    Defect("a changed version of the Covenant", "mzapi-coc", "en", "[Contributor Covenant][homepage],\nversion 2.0,",
           "[Contributor Covenant][homepage],\nversion 2.1,", "F001", (119, 132)),
    Defect("a dropped unacceptable behaviour", "mzapi-coc", "en", "* Public or private harassment\n", "", "P007", (19, 41),
           names="公开或私下骚扰"),
    Defect("a dropped paragraph without facts", "mzapi-coc", "en",
           "All community leaders are obligated to respect the privacy and security of the\nreporter of any incident.\n\n",
           "", "P006", (70, 74), known_miss=True),
    Defect("swapped sections of a code of conduct", "mzapi-coc", "en",
           *_swapped("mzapi-coc", "en", "### 2. Warning", "### 3. Temporary Ban", "### 4. Permanent Ban"), "P003", (87, 109)),
    Defect("a changed URL of the Discord channel", "rooch-contributing", "en", "[Discord channel](https://discord.gg/kgXEmHGB)",
           "[Discord channel](https://discord.gg/rooch)", "F004", (5, 14)),
    Defect("a changed URL of the issues page", "rooch-contributing", "en",
           "[Rooch's GitHub Issues page](https://github.com/rooch-network/rooch/issues)",
           "[Rooch's GitHub Issues page](https://github.com/rooch-network/rooch/discussions)", "F004", (68, 77)),
    Defect("a dropped step of a fork", "rooch-contributing", "en", "4. For **Owner**, select your username.\n", "", "P007",
           (27, 37), names="所有者"),
    Defect("a dropped paragraph without facts", "rooch-contributing", "en",
           "The content is usually filled in automatically. If you feel that the title or the content description of this PR "
           "is not accurate enough, you can continue to modify it.\n\n", "", "P006", (59, 65)),
    Defect("swapped contents of two sections, headings kept", "rooch-contributing", "en",
           *_swapped_contents("rooch-contributing", "en", "## Create a new pull request", "## Submitting new issues",
                              "## Code of Conduct"), ("P003", "P004", "P006"), (59, 77), most=4),
    Defect("a changed e-mail address for reports", "resist-coc", "en", "at\nresistjs-coc@lists.openjsf.org. All complaints",
           "at\nresistjs-conduct@lists.openjsf.org. All complaints", "F003", (87, 96)),
    Defect("a changed e-mail address for escalation", "resist-coc", "en", "send an email to\ncoc-escalation@lists.openjsf.org.",
           "send an email to\ncoc-escalations@lists.openjsf.org.", "F003", (16, 30)),
    Defect("a changed URL of the covenant", "resist-coc", "en",
           "[cc-20-doc]: https://www.contributor-covenant.org/version/2/0/code_of_conduct/",
           "[cc-20-doc]: https://www.contributor-covenant.org/version/2/1/code_of_conduct/", ("F004", "F001"), (143, 155)),
    Defect("a dropped unacceptable behaviour", "resist-coc", "en", "- Public or private harassment\n", "", "P007", (43, 65),
           names="公开或私下骚扰"),
    Defect("swapped sections of a code of conduct", "resist-coc", "en",
           *_swapped("resist-coc", "en", "## Enforcement Responsibilities", "## Scope", "## Enforcement\n"), "P003", (67, 86)),
    Defect("a changed URL of the upstream", "dnanalyzer-contributing", "en",
           "remote add upstream https://github.com/VerisimilitudeX/DNAnalyzer.git`",
           "remote add upstream https://github.com/VerisimilitudeX/DNA-Analyzer.git`", "F004", (14, 48)),
    Defect("a dropped paragraph without facts", "dnanalyzer-contributing", "en",
           "This creates a local copy of the repository on your machine.\n\n", "", "P006", (14, 46), known_miss=True),
    Defect("swapped sections of a contributing guide", "dnanalyzer-contributing", "en",
           *_swapped("dnanalyzer-contributing", "en", "## 1. Fork it", "## 2. Clone it", "## 3. Sync with the Remote"),
           "P003", (7, 48)),
]


# Rounds 58 and 59, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 58 and 59,
# classified"), tuned on and registered.
EXPECTED.update({
    "kweaver-contributing": [],
    # true: the repository on Gitee in Chinese, on GitHub in English (content: 127, 129, 158). False: the steps the
    # English joins and renumbers (form): Visual Studio's link said missing (150) and changed (154), the last steps'
    # paragraphs said to have no counterpart (160, 170 twice)
    "antdui-contributing": [("en", 127, "F004"), ("en", 129, "F004"), ("en", 150, "F004"), ("en", 154, "F004"),
                            ("en", 158, "F004"), ("en", 160, "P006"), ("en", 170, "P006"), ("en", 170, "P006")],
    "copany-license": [],
    # true: "## 4.1." and "## 5.1." at the level of "## 4." in both texts, which nest other headings (form). False: the
    # sixth step only in English, which "9." says in both (wording)
    "copany-contributing": [("en", 102, "N002"), ("en", 178, "N002"), ("en", 231, "P007"), ("zh", 95, "N002"),
                            ("zh", 171, "N002")],
    "neony-contributing": [],
    # true: the two documents only in English (content); the submission steps the English adds (content)
    "aetheris-contributing": [("en", 13, "P007"), ("en", 42, "P002")],
    # true: the lead-in "以下是几个…示例：" only in Chinese (wording, the authoritative text's)
    "metarget-contributing": [("en", 20, "P006")],
    "mzapi-security": [],
    "mzapi-coc": [],
    # true: the repository's link broken in Chinese (its slashes lost) (form). False: "method 2" of the English heading
    # against "方式二" (wording)
    "rooch-contributing": [("en", 25, "F001"), ("en", 32, "F004")],
    # true: the TC's address spelt otherwise (content), the Mozilla ladder's URL only in English (content; named against
    # the Covenant's Chinese page), the feedback line only in English (content). False: "cc-20-doc", the English's
    # link target, read as the number 20; the Covenant's English page said missing, its Chinese page taken by the
    # Mozilla URL (form)
    "resist-coc": [("en", 23, "F003"), ("en", 145, "F001"), ("en", 148, "F004"), ("en", 150, "F004"), ("en", 156, "P002")],
    "dnanalyzer-contributing": [],
})
FALSE.update({
    "antdui-contributing": [("en", 150, "F004"), ("en", 154, "F004"), ("en", 160, "P006"), ("en", 170, "P006"),
                            ("en", 170, "P006")],
    "copany-contributing": [("en", 231, "P007")],
    "rooch-contributing": [("en", 25, "F001")],
    "resist-coc": [("en", 145, "F001"), ("en", 150, "F004")],
})
DEFECTS += DEFECTS_58 + DEFECTS_59
RETUNED_58 = HELD_OUT_58
RETUNED_59 = HELD_OUT_59
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 60, collected apart


# --- Held-out round 60 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 60") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 61, from owners whose names start with a digit or a
# to k. DSH Cloud's privacy policy (version 1.0 of 2026-08-17: three e-mail addresses, eleven model providers, 10
# minutes, 24 and 72 hours, 100 MB, 5 years, 30 and 15 days, 18 years) and terms of service (version 1.2 of
# 2026-08-19: prices, a price table, credits, machine hours, 14 days, 20 %, 72 hours, 5 business days, 12 months),
# both Chinese-first by the repository's history; NexusAI's contributing guide (an IDA Pro plug-in: a repository tree,
# a code example, checklists, a PR template); StencilForge's code of conduct (the Contributor Covenant 2.1, its
# contact placeholder left in); Relay-Lifeline's security policy (24 characters, `0600`, AES-256-GCM, 72 hours,
# HMAC-SHA256); Agent Project OS's privacy rules for its public repository (a short control pair).
HELD_OUT_60 = ("dshcloud-privacy", "dshcloud-terms", "idanexus-contributing", "stencilforge-coc", "relaylifeline-security",
               "agentprojectos-privacy")

# Defects written into copies of the round-60 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-60 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). Two effective dates, a breach deadline, a deduction rate, a refund threshold, a
# team minimum, a line length, an IDA Pro version, a retention period and a key length are changed; two e-mail
# addresses and four URLs; one paragraph with prices is dropped.
DEFECTS_60 = [
    Defect("a changed effective date", "dshcloud-privacy", "en", "Effective date: August 17, 2026",
           "Effective date: August 27, 2026", "F002", (5, 12)),
    Defect("a changed e-mail address for security incidents", "dshcloud-privacy", "en",
           "| Security incident reports | security@agentsdance.ai |", "| Security incident reports | security@agentsdance.com |",
           "F003", (13, 21)),
    Defect("a changed deadline for breach notices", "dshcloud-privacy", "en", "within 72 hours of becoming aware",
           "within 96 hours of becoming aware", "F001", (116, 121)),
    Defect("a dropped way to exercise rights", "dshcloud-privacy", "en",
           "- Most of these can be done directly in the console (editing your profile, revoking device authorizations, "
           "closing your account);\n", "", "P007", (106, 114), names="大部分操作可直接在控制台完成"),
    Defect("a dropped paragraph without facts", "dshcloud-privacy", "en",
           "We have data processing terms in place with each of the parties above, and we share data only to the extent "
           "necessary to provide the service.\n\n", "", "P006", (65, 81)),
    Defect("swapped sections of a privacy policy", "dshcloud-privacy", "en",
           *_swapped("dshcloud-privacy", "en", "## 10. Cookies and Similar Technologies", "## 11. Marketing Emails",
                     "## 12. Changes to This Policy"), "P003", (126, 133)),
    Defect("a changed effective date", "dshcloud-terms", "en", "Effective date: August 19, 2026",
           "Effective date: August 9, 2026", "F002", (5, 12)),
    Defect("a changed e-mail address for unauthorized use", "dshcloud-terms", "en",
           "notify security@agentsdance.ai immediately", "notify security@agentsdance.io immediately", "F003", (34, 41)),
    Defect("a changed deduction rate", "dshcloud-terms", "en", "a deduction of 1,000 credits per 1 million tokens",
           "a deduction of 2,000 credits per 1 million tokens", "F001", (42, 49)),
    Defect("a changed minimum of team seats", "dshcloud-terms", "en", "minimum 3 seats", "minimum 5 seats", "F001", (62, 82), known_miss=True),
    Defect("a changed refund threshold", "dshcloud-terms", "en", "if no more than 20% of the credits",
           "if no more than 25% of the credits", "F001", (91, 106)),
    Defect("a changed URL of the refund policy", "dshcloud-terms", "en", "at https://dshcloud.online/legal/refund .",
           "at https://dshcloud.online/legal/refunds .", "F004", (91, 106)),
    Defect("a dropped rule of a one-time payment", "dshcloud-terms", "en",
           "- When the period ends, the account **automatically reverts to the Free plan**, and we will not charge you "
           "again;\n", "", "P007", (52, 60), names="周期结束后"),
    Defect("a dropped paragraph with prices", "dshcloud-terms", "en",
           "**First-month price**: the first monthly period of a tier you have not subscribed to before costs $8 for Plus, "
           "$38 for Pro, and $75 for Max. The standard monthly price applies from the second monthly period. The offer is "
           "available once per account per tier.\n\n", "", ("P006", "F001"), (62, 80)),
    Defect("swapped contents of two sections, headings kept", "dshcloud-terms", "en",
           *_swapped_contents("dshcloud-terms", "en", "## 9. Service Availability", "## 10. Open Source and Self-Hosting",
                              "## 11. Limitation of Liability"), ("P003", "P004", "P006"), (124, 135), most=4, known_miss=True),
    Defect("a changed URL of the issues", "idanexus-contributing", "en",
           "(https://github.com/fenda1-1/IDA-NexusAI/issues) page", "(https://github.com/fenda1-1/IDA-NexusAI/pulls) page",
           "F004", (11, 21)),
    Defect("a changed IDA Pro version", "idanexus-contributing", "en", "- IDA Pro 7.x, 8.x, or 9.x", "- IDA Pro 6.x, 8.x, or 9.x",
           "F001", (39, 43)),
    Defect("a changed line length", "idanexus-contributing", "en", "Maximum line length: 100 characters",
           "Maximum line length: 120 characters", "F001", (93, 98)),
    Defect("a dropped test check", "idanexus-contributing", "en", "- [ ] No memory leaks or crashes\n", "", "P007", (161, 167),
           names="无内存泄漏或崩溃"),
    Defect("a dropped paragraph without facts", "idanexus-contributing", "en",
           "Thank you for your interest in contributing to NexusAI! This document provides guidelines and information for "
           "contributors.\n\n", "", "P006", (5, 6)),
    Defect("swapped sections of a contributing guide", "idanexus-contributing", "en",
           *_swapped("idanexus-contributing", "en", "### Manual Testing", "### Test Checklist",
                     "### Testing Environment"),
           "P003", (155, 168)),
    Defect("a dropped unacceptable behaviour", "stencilforge-coc", "en", "- Public or private harassment\n", "", "P007",
           (21, 42), names="公开或私下的骚扰"),
    Defect("a changed URL of the impact guidelines' source", "stencilforge-coc", "en",
           "<https://github.com/mozilla/diversity>",
           "<https://github.com/mozilla/inclusion>", "F004", (119, 125)),
    Defect("a dropped paragraph without facts", "stencilforge-coc", "en",
           "All complaints will be reviewed and investigated promptly and fairly.\n\n", "", "P006", (64, 70)),
    Defect("swapped sections of a code of conduct", "stencilforge-coc", "en",
           *_swapped("stencilforge-coc", "en", "### 3. Temporary Ban", "### 4. Permanent Ban", "## Attribution"),
           "P003",
           (99, 118)),
    Defect("a changed URL of private reports", "relaylifeline-security", "en",
           "(https://github.com/AreaSong/Relay-Lifeline/security/advisories/new)",
           "(https://github.com/AreaSong/Relay-Lifeline/issues/new)", "F004", (9, 14)),
    Defect("a changed retention of captures", "relaylifeline-security", "en", "expire after 72 hours by default",
           "expire after 48 hours by default", "F001", (15, 35)),
    Defect("a dropped boundary", "relaylifeline-security", "en",
           "- Docker publishes the service on host loopback by default.\n", "", "P007", (15, 34),
           names="Docker 默认只将服务发布到宿主机回环地址"),
    Defect("a dropped kind of forbidden content", "agentprojectos-privacy", "en",
           "- absolute personal paths or user names;\n",
           "", "P007", (5, 18), names="个人绝对路径或用户名"),
    Defect("a dropped paragraph without facts", "agentprojectos-privacy", "en",
           "\n\nCI runs a conservative path/secret/name scan. A clean scan is not proof that publication is safe; "
           "a human "
           "must review the release candidate before any push, tag, or package publication.\n", "\n", "P006", (5, 17)),
]


# --- Held-out round 61 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 61") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 60 (owners a to k and digits), from owners l to z.
# A privacy policy and a versioning and deprecation policy (Silent Orbit's: versions, Node.js 24, 30 days; sections the
# English adds), a code of conduct (Zongsoft's, the Contributor Covenant 2.1 with an e-mail address; the Mozilla URL
# differs) and four contributing guides: mineflayer's (the English first, later given a section on running tests; an
# install command only in Chinese), Scrapeless Node SDK's (line for line, versions in code), Onionl-UI's (a control
# pair) and ULPatch's (the English first, short).
HELD_OUT_61 = ("silentorbit-privacy", "silentorbit-versioning", "zongsoft-coc", "mineflayer-contributing",
               "scrapeless-contributing", "onionl-contributing", "ulpatch-contributing")

# Defects written into copies of the round-61 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-61 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states a date, so none is changed; the numbers changed are a period of
# deprecation, a Node.js version, a CLI version, a Covenant version, a number of labels and a version in a code comment;
# two e-mail addresses and six URLs are changed; one section with a version (the current migration baseline) is dropped.
DEFECTS_61 = [
    Defect("a dropped item of the public export", "silentorbit-privacy", "en",
           "- synthetic or disposable fixtures and deterministic release evidence;\n", "", "P007", (10, 22),
           names="synthetic / disposable", known_miss=True),
    Defect("a dropped paragraph without facts", "silentorbit-privacy", "en",
           "Trusted source-managed check-and-update may contact npm and approved GitHub\nsources through the pinned "
           "external manager. Silent Orbit keeps the selected\nnames, sources, hashes, contents, lock, and recovery "
           "receipt private. Plugin\nand System channels remain separate.\n\n", "", "P006", (31, 37), known_miss=True),
    Defect("swapped sections of a privacy policy", "silentorbit-privacy", "en",
           *_swapped("silentorbit-privacy", "en", "## Browser data", "## Local CLI and maintenance data",
                     "## External services"), "P003", (24, 42)),
    Defect("a changed period of deprecation", "silentorbit-versioning", "en", "minor line and at least\n  30 days",
           "minor line and at least\n  60 days", "F001", (116, 129)),
    Defect("a changed Node.js version", "silentorbit-versioning", "en", "| Runtime | Node.js 24 |",
           "| Runtime | Node.js 22 |", "F001", (10, 22)),
    Defect("a changed CLI version", "silentorbit-versioning", "en", "frozen v1 generator contracts. CLI `0.5.0` adds",
           "frozen v1 generator contracts. CLI `0.4.0` adds", "F001", (35, 61)),
    Defect("a dropped rule of deprecation", "silentorbit-versioning", "en",
           "- Publish the replacement and migration instructions before removal.\n", "", "P007", (116, 128),
           names="删除前先发布替代方案"),
    Defect("a dropped section with a version", "silentorbit-versioning", "en",
           _between("silentorbit-versioning", "en", "## Current migration baseline", "## Deprecation"), "",
           ("P002", "P006", "F001"), (76, 119)),
    Defect("swapped sections of a versioning policy", "silentorbit-versioning", "en",
           *_swapped("silentorbit-versioning", "en", "### v0.13.1-beta.1 release-chain", "### v0.13.0-beta.1 additive",
                     "## Semantic versioning"), "P003", (23, 61)),
    Defect("a changed e-mail address for reports", "zongsoft-coc", "en",
           "[zongsoft@gmail.com](mailto:zongsoft@gmail.com?subject=Complaint)",
           "[zongsoft@qq.com](mailto:zongsoft@qq.com?subject=Complaint)", "F003", (65, 74)),
    Defect("a changed URL of the FAQ", "zongsoft-coc", "en", "<https://www.contributor-covenant.org/faq/>",
           "<https://www.contributor-covenant.org/faqs/>", "F004", (121, 133)),
    Defect("a changed version of the Covenant", "zongsoft-coc", "en",
           "(https://www.contributor-covenant.org/), version 2.1,", "(https://www.contributor-covenant.org/), version 2.0,",
           ("F001", "F004"), (121, 133)),
    Defect("a dropped unacceptable behaviour", "zongsoft-coc", "en", "- Public or private harassment\n", "", "P007",
           (21, 43), names="公开或私下的骚扰行为"),
    Defect("swapped sections of a code of conduct", "zongsoft-coc", "en",
           *_swapped("zongsoft-coc", "en", "### 3. Temporary Ban", "### 4. Permanent Ban", "## Attribution"), "P003",
           (101, 120)),
    Defect("a changed number of stage labels", "mineflayer-contributing", "en", "We have 3 stage labels",
           "We have 4 stage labels", "F001", (11, 20)),
    Defect("a changed URL of the contributors", "mineflayer-contributing", "en",
           "[contributors](https://github.com/andrewrk/mineflayer/graphs/contributors)",
           "[contributors](https://github.com/PrismarineJS/mineflayer/graphs/contributors)", "F004", (5, 10)),
    Defect("a dropped item of a bug report", "mineflayer-contributing", "en", "* what you tried (the code)\n", "", "P007",
           (71, 79), names="你尝试过什么"),
    Defect("a dropped paragraph without facts", "mineflayer-contributing", "en",
           "In most cases, mineflayer shouldn't crash the bot. Even if something fails, the bot can take an alternative "
           "route to get to its objective.\n\n", "", "P006", (84, 103)),
    Defect("swapped sections of a contributing guide", "mineflayer-contributing", "en",
           *_swapped("mineflayer-contributing", "en", "## Creating a third party plugin", "## Reporting bugs",
                     "## Mineflayer code"), "P003", (55, 80)),
    Defect("a changed e-mail address for support", "scrapeless-contributing", "en",
           "[support@scrapeless.com](mailto:support@scrapeless.com)", "[support@scrapeless.ai](mailto:support@scrapeless.ai)",
           "F003", (244, 250)),
    Defect("a changed version in an example", "scrapeless-contributing", "en", "# Minor version (0.0.1 -> 0.1.0)",
           "# Minor version (0.0.1 -> 0.2.0)", "F001", (147, 159), known_miss=True),
    Defect("a changed URL of standard-version", "scrapeless-contributing", "en",
           "[standard-version](https://github.com/conventional-changelog/standard-version)",
           "[standard-version](https://github.com/conventional-changelog/conventional-changelog)", "F004", (121, 124)),
    Defect("a dropped best practice", "scrapeless-contributing", "en", "- Always wrap API calls in try-catch blocks.\n", "",
           "P007", (112, 119), names="所有 API 调用建议使用 try-catch"),
    Defect("swapped contents of two sections, headings kept", "scrapeless-contributing", "en",
           *_swapped_contents("scrapeless-contributing", "en", "### ESLint", "### Prettier", "### Git Hooks (Husky)"),
           ("P003", "P004", "P006"), (90, 102), most=4, known_miss=True),
    Defect("a dropped rule of conduct", "onionl-contributing", "en", "- Show empathy\n", "", "P007", (10, 16),
           names="展现同理心"),
    Defect("a changed URL of the repository", "onionl-contributing", "en",
           "git clone https://github.com/Onion-L/onionl-ui.git", "git clone https://github.com/Onion-L/onionl.git", "F004",
           (46, 72)),
    Defect("a dropped step of developing a component", "onionl-contributing", "en",
           "4. Wait for maintainer confirmation and discussion\n", "", "P007", (30, 37), names="等待维护者确认和讨论"),
    Defect("swapped sections of a contributing guide", "onionl-contributing", "en",
           *_swapped_last("onionl-contributing", "en", "## Pull Request Process", "## Getting Help"), "P003", (123, 138)),
    Defect("a changed URL for reporting bugs", "ulpatch-contributing", "en",
           "Report bugs at [https://github.com/Rtoax/ulpatch/issues](https://github.com/Rtoax/ulpatch/issues)",
           "Report bugs at [https://github.com/Rtoax/ulpatch/discussions](https://github.com/Rtoax/ulpatch/discussions)",
           "F004", (10, 21)),
    Defect("a dropped advice for a feature", "ulpatch-contributing", "en",
           "* Keep the scope as narrow as possible, to make it easier to implement.\n", "", "P007", (37, 46),
           names="使范围尽可能窄"),
]


# Rounds 60 and 61, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 60 and 61,
# classified"), tuned on and registered.
EXPECTED.update({
    "dshcloud-privacy": [],
    # false in the one run, none since: "打 7 折" against "less 30%" (wording)
    "dshcloud-terms": [],
    "idanexus-contributing": [],
    "stencilforge-coc": [],
    "relaylifeline-security": [],
    "agentprojectos-privacy": [],
    # true: "External services", a heading only the English has, its text under "本地 CLI 与 maintenance 数据" in Chinese
    # (form). False: "Contributor responsibility", the next such heading, said to exist only in English, and its
    # Chinese paragraph said to have no counterpart (form)
    "silentorbit-privacy": [("en", 31, "P006"), ("en", 43, "P002"), ("en", 49, "P002")],
    "silentorbit-versioning": [],
    # true: Mozilla's repository "diversity" in Chinese, "inclusion" in English (content)
    "zongsoft-coc": [("en", 129, "F004")],
    # true: the section on running the tests only in English (content)
    "mineflayer-contributing": [("en", 30, "P002")],
    "scrapeless-contributing": [],
    "onionl-contributing": [],
    # true: the issues linked in the Chinese section on features, not in the English one (form)
    "ulpatch-contributing": [("en", 27, "F004")],
})
FALSE.update({
    "silentorbit-privacy": [("en", 31, "P006"), ("en", 49, "P002")],
})
DEFECTS += DEFECTS_60 + DEFECTS_61
RETUNED_60 = HELD_OUT_60
RETUNED_61 = HELD_OUT_61
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 62, collected apart


# --- Held-out round 62 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 62") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 63, from owners whose names start with a digit or a
# to k. A privacy policy and a security policy (Code Ontology Companion's: an effective date, version 0.5.2, a loopback
# port, OpenAI's URLs; the Chinese adds what the MCP server offers and drops a 3D view's limits), CanvasTTY's security
# policy and its page on installing, releases and local data (64 KB, 100 MB, 30 days, Ubuntu 24.04; close
# translations), and three contributing guides: OctaBit's (AGPL-3.0-or-later, branches, a checklist), Agent Deck's
# (macOS 14+, Swift 6.2+, prompts in each language) and mneme's (Node.js 20+, a port in code). The English came first
# in the first three (Code Ontology Companion's Chinese says the English governs); the other four were added in both
# languages at once.
HELD_OUT_62 = ("ontology-privacy", "ontology-security", "canvastty-security", "canvastty-install-security",
               "octabit-contributing", "agentdeck-contributing", "mneme-contributing")

# Defects written into copies of the round-62 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-62 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair gives an e-mail address, so none is changed; one date (the privacy
# policy's effective date) is changed; the numbers changed are a port, a version, two limits of size, an Ubuntu version,
# a period of days, a macOS version and a Node.js version; four URLs are changed; one section with a version (OctaBit's
# licence) is dropped.
DEFECTS_62 = [
    Defect("a changed effective date", "ontology-privacy", "en", "Effective date: August 1, 2026",
           "Effective date: August 11, 2026", "F002", (5, 13)),
    Defect("a changed loopback port", "ontology-privacy", "en", "endpoint `127.0.0.1:11434`;",
           "endpoint `127.0.0.1:11435`;", "F001", (74, 124)),
    Defect("a changed URL of OpenAI's privacy policy", "ontology-privacy", "en",
           "[privacy policy](https://openai.com/policies/privacy-policy/)",
           "[privacy policy](https://openai.com/policies/row-privacy-policy/)", "F004", (74, 124)),
    Defect("a dropped user control", "ontology-privacy", "en", "- choose the local workspace location;\n", "", "P007",
           (125, 138), names="选择本地工作区位置"),
    Defect("a dropped paragraph without facts", "ontology-privacy", "en",
           "Secret-like filenames, private-key and keystore extensions, symbolic\nlinks/reparse points, common "
           "VCS/dependency/build/cache/virtual-environment\ndirectories, special files, and files over the configured "
           "limit are excluded.\n\n", "", "P006", (14, 57)),
    Defect("swapped sections of a privacy policy", "ontology-privacy", "en",
           *_swapped("ontology-privacy", "en", "## Local storage, retention, and deletion",
                     "## Network, recipients, and third parties", "## User controls"), "P003", (62, 124)),
    Defect("a changed URL for private reports", "ontology-security", "en",
           "for:\n\nhttps://github.com/battle-doll/code-ontology-companion\n",
           "for:\n\nhttps://github.com/battle-doll/code-ontology-core\n", "F004", (13, 24)),
    Defect("a changed version of the security model", "ontology-security", "en", "Version 0.5.2:", "Version 0.4.2:",
           "F001", (25, 67)),
    Defect("a dropped guarantee of the security model", "ontology-security", "en",
           "- retains the last known-good snapshot after failed refreshes;\n", "", "P007", (25, 66),
           names="刷新失败后保留最后一个已知良好的快照", known_miss=True),
    Defect("swapped sections of a security policy", "ontology-security", "en",
           *_swapped("ontology-security", "en", "## Supported version", "## Report a vulnerability",
                     "## Security model"), "P003", (9, 24)),
    Defect("a changed cap of plugin storage", "canvastty-security", "en", "capped at 64 KB", "capped at 128 KB", "F001",
           (21, 34)),
    Defect("a changed size of rotation", "canvastty-security", "en", "The active file rotates at 100 MB;",
           "The active file rotates at 50 MB;", "F001", (21, 34)),
    Defect("a dropped data boundary", "canvastty-security", "en",
           "- CanvasTTY settings are stored below Electron's per-user `userData` directory.\n", "", "P007", (21, 33),
           names="CanvasTTY 设置保存在"),
    Defect("swapped sections of a security policy", "canvastty-security", "en",
           *_swapped("canvastty-security", "en", "## Supported version", "## Reporting a vulnerability",
                     "## Data boundary"), "P003", (9, 20)),
    Defect("a changed URL of the releases", "canvastty-install-security", "en",
           "[GitHub Releases](https://github.com/howdeploy/CanvasTTY/releases)",
           "[GitHub Releases](https://github.com/howdeploy/CanvasTTY/tags)", "F004", (9, 20)),
    Defect("a changed Ubuntu version", "canvastty-install-security", "en", "(`libfuse2t64` on Ubuntu 24.04)",
           "(`libfuse2t64` on Ubuntu 22.04)", "F001", (9, 20)),
    Defect("a changed period of audit files", "canvastty-install-security", "en", "rotated files older than 30 days",
           "rotated files older than 14 days", "F001", (27, 45)),
    Defect("a dropped step of the release checklist", "canvastty-install-security", "en",
           "3. Inspect the real packaged app and verify the package-content allowlist.\n", "", "P007", (80, 87),
           names="检查真实打包出来的应用"),
    Defect("a dropped paragraph without facts", "canvastty-install-security", "en",
           "No scanner is perfect. Never commit a live secret “temporarily.” If one reaches Git history, revoke it "
           "first, then purge the history before making the repository public.\n\n", "", "P006", (52, 60)),
    Defect("a changed URL of the Vue app's notes", "octabit-contributing", "en",
           "[apps/web-vue/README.md](./apps/web-vue/README.md)", "[apps/web-vue/README.md](./apps/web/README.md)",
           "F004", (63, 86), known_miss=True),
    Defect("a dropped item of the pull-request checklist", "octabit-contributing", "en",
           "- screenshots or short notes for visible web UI changes;\n", "", "P007", (103, 113),
           names="可见 Web UI 变更的截图或简短说明"),
    Defect("swapped contents of two sections, headings kept", "octabit-contributing", "en",
           *_swapped_contents("octabit-contributing", "en", "## Before you start", "## Branch workflow",
                              "## Development setup"), ("P003", "P004", "P006"), (30, 62), most=4),
    Defect("a dropped section with a version", "octabit-contributing", "en",
           "\n" + _between("octabit-contributing", "en", "## Licensing and provenance"), "", ("P002", "P006", "F001"),
           (115, 142)),
    Defect("a changed macOS version", "agentdeck-contributing", "en", "- macOS 14+", "- macOS 13+", "F001", (107, 112)),
    Defect("a dropped document to read", "agentdeck-contributing", "en",
           "- [`docs/product.md`](docs/product.md) — Product scope and MVP boundary.\n", "", "P007", (131, 135),
           names="docs/product.md"),
    Defect("swapped sections of a contributing guide", "agentdeck-contributing", "en",
           *_swapped("agentdeck-contributing", "en", "### About the Project", "### Prerequisites", "### Build & Test"),
           "P003", (99, 112)),
    Defect("a changed Node.js version", "mneme-contributing", "en", "- Node.js 20+ (CI/dev tested on 24)",
           "- Node.js 18+ (CI/dev tested on 24)", "F001", (26, 43)),
    Defect("a dropped check before a PR", "mneme-contributing", "en", "4. `node --check` every file you touched.\n", "",
           "P007", (69, 85), names="node --check"),
    Defect("a dropped paragraph without facts", "mneme-contributing", "en",
           "Keep PRs focused — one concern per PR. Schema changes ship as a new file in\n`migrations/`, never as an "
           "in-place edit of an existing migration.\n\n", "", "P006", (69, 83)),
    Defect("swapped sections of a contributing guide", "mneme-contributing", "en",
           *_swapped("mneme-contributing", "en", "## Running locally", "## Project layout", "## Before you open a PR"),
           "P003", (44, 68)),
]


# --- Held-out round 63 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 63") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 62 (owners a to k and digits), from owners l to z.
# A licence (the GNU GPL 3's unofficial Chinese translation kept beside the English in zbx1425/CsvConvert: 29 June 2007,
# three years, 60 and 30 days, 28 March 2007; the translator's notice only in Chinese, "How to Apply These Terms" only
# in English), three security policies (Surviving the AI Era's, satirical, 48 hours and a contact placeholder;
# Flue4Go's, the two languages drifted apart, 1 MiB; Exchange EWS MCP's, line for line) and two contributing guides
# (Exchange EWS MCP's, Python 3.10–3.13, a pull-request checklist only in English; CryptoHub's, 80 %, 8 languages, a
# code of conduct only in English). The GPL's English came first (the Chinese translates the FSF's text); the other
# five were added in both languages at once.
HELD_OUT_63 = ("csvconvert-gpl", "surviving-security", "flue4go-security", "ewsmcp-security", "ewsmcp-contributing",
               "cryptohub-contributing")

# Defects written into copies of the round-63 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-63 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states an e-mail address (Surviving the AI Era's has a placeholder), so
# none is changed; two dates (the GPL's version date and its patent cut-off), seven numbers or periods (30 days, three
# years, 48 hours, 1 MiB, 80 %, a version bound and a Python version) and three URLs are changed; one paragraph with a
# number (the GPL's 60 days) is dropped.
DEFECTS_63 = [
    Defect("a changed version date", "csvconvert-gpl", "en", "_Version 3, 29 June 2007_",
           "_Version 3, 29 July 2007_", "F002", (5, 13), known_miss=True),
    Defect("a changed URL of the Foundation", "csvconvert-gpl", "en", "&lt;<http://fsf.org/>&gt;",
           "&lt;<http://gnu.org/>&gt;", "F004", (5, 13), known_miss=True),
    Defect("a dropped paragraph without facts", "csvconvert-gpl", "en",
           _between("csvconvert-gpl", "en", "To protect your rights, we need to prevent",
                    "For example, if you distribute copies"), "", "P006", (14, 64)),
    Defect("a changed period of a written offer", "csvconvert-gpl", "en", "valid for at least\nthree years and valid",
           "valid for at least\ntwo years and valid", "F001", (223, 302)),
    Defect("a dropped additional term", "csvconvert-gpl", "en",
           "* **d)** Limiting the use for publicity purposes of names of licensors or authors of the\nmaterial; or\n",
           "", "P007", (303, 354), names="限制以宣传为目的"),
    Defect("a dropped paragraph with a period", "csvconvert-gpl", "en",
           _between("csvconvert-gpl", "en", "However, if you cease all violation of this License",
                    "Moreover, your license from a particular"), "", ("P006", "F001"), (357, 374)),
    Defect("a changed period to cure a violation", "csvconvert-gpl", "en", "you cure the violation prior to 30 days after",
           "you cure the violation prior to 45 days after", "F001", (357, 380)),
    Defect("a changed date of patent arrangements", "csvconvert-gpl", "en", "was granted, prior to 28 March 2007.",
           "was granted, prior to 28 May 2007.", "F002", (414, 474)),
    Defect("swapped sections of a licence", "csvconvert-gpl", "en",
           *_swapped("csvconvert-gpl", "en", "### 12. No Surrender", "### 13. Use with the GNU Affero",
                     "### 14. Revised Versions"), "P003", (475, 494)),
    Defect("swapped contents of two sections, headings kept", "csvconvert-gpl", "en",
           *_swapped_contents("csvconvert-gpl", "en", "### 15. Disclaimer of Warranty", "### 16. Limitation of Liability",
                              "### 17. Interpretation"), ("P003", "P004", "P006"), (517, 537), most=4),
    Defect("a changed response time", "surviving-security", "en", "We aim to respond within 48 hours.",
           "We aim to respond within 72 hours.", "F001", (29, 43)),
    Defect("a changed supported version", "surviving-security", "en", "| < 1.0   | :white_check_mark: |",
           "| < 2.0   | :white_check_mark: |", "F001", (44, 57)),
    Defect("a dropped kind of vulnerability", "surviving-security", "en",
           "- **Meta-serious:** If the guide itself has a security flaw — e.g., a link that\n  could be hijacked, or a "
           "recommended practice that opens an attack vector.\n", "", "P007", (17, 26), names="元层面的"),
    Defect("a dropped paragraph without facts", "surviving-security", "en",
           "Please **do not** open a public issue for security vulnerabilities.\n\n", "", "P006", (29, 41)),
    Defect("swapped sections of a security policy", "surviving-security", "en",
           *_swapped("surviving-security", "en", "### What Counts as a Vulnerability?", "### How to Report",
                     "## Supported Versions"), "P003", (17, 43)),
    Defect("a changed size limit", "flue4go-security", "en", "JSON request bodies are capped at 1 MiB.",
           "JSON request bodies are capped at 4 MiB.", "F001", (11, 25)),
    Defect("a dropped hardening item", "flue4go-security", "en", "- Per-tool timeout and byte budgets.\n", "", "P007",
           (36, 41), names="每个工具单独 timeout"),
    Defect("swapped sections, the last moved up", "flue4go-security", "en",
           *_swapped_last("flue4go-security", "en", "## Operator Responsibilities", "## Future Hardening"), "P003",
           (26, 42)),
    Defect("a dropped safeguard", "ewsmcp-security", "en", "- Meeting invitations require explicit confirmation.\n", "",
           "P007", (33, 43), names="会议邀请需要明确确认"),
    Defect("a dropped paragraph without facts", "ewsmcp-security", "en",
           "\n\nThese safeguards do not replace Exchange permissions, endpoint security, mailbox policy, administrator "
           "controls, or MCP-client safeguards.\n", "\n", "P006", (33, 42)),
    Defect("swapped sections of a security policy", "ewsmcp-security", "en",
           *_swapped("ewsmcp-security", "en", "## Supported versions", "## Reporting a vulnerability",
                     "## If a secret was exposed"), "P003", (11, 28)),
    Defect("a changed range of Python versions", "ewsmcp-contributing", "en", "Windows with Python 3.10–3.13.",
           "Windows with Python 3.10–3.12.", "F001", (18, 42)),
    Defect("a changed URL of the repository", "ewsmcp-contributing", "en",
           "git clone https://github.com/ShermanGu/exchange-ews-mcp.git",
           "git clone https://github.com/ShermanGu/exchange-mcp.git", "F004", (18, 42)),
    Defect("a dropped change requirement", "ewsmcp-contributing", "en",
           "5. Update `AGENT-TOOLS.md` when the MCP surface or routing changes.\n", "", "P007", (43, 52),
           names="MCP 工具或路由变化"),
    Defect("a dropped paragraph without facts", "ewsmcp-contributing", "en",
           "Thank you for improving Exchange EWS MCP. Contributions must preserve its local-first, draft-first safety "
           "model and remain practical for on-premises Exchange environments.\n\n", "", "P006", (5, 8)),
    Defect("swapped sections of a contributing guide", "ewsmcp-contributing", "en",
           *_swapped("ewsmcp-contributing", "en", "## Weekly-report changes", "## Coding expectations",
                     "## Live Exchange validation"), "P003", (54, 75)),
    Defect("a changed coverage goal", "cryptohub-contributing", "en", "Aim for at least 80 % coverage",
           "Aim for at least 70 % coverage", "F001", (65, 71)),
    Defect("a changed URL of the fork", "cryptohub-contributing", "en", "git clone https://github.com/<you>/CryptoHub.git",
           "git clone https://github.com/<you>/crypto-hub.git", "F004", (9, 21), known_miss=True),
    Defect("a dropped step of a pull request", "cryptohub-contributing", "en",
           "3. Request a review from at least one maintainer.\n", "", "P007", (72, 78), names="至少请一位维护者审查"),
    Defect("swapped sections of a contributing guide", "cryptohub-contributing", "en",
           *_swapped("cryptohub-contributing", "en", "### Python (backend/python)", "### Go (backend/go)",
                     "### TypeScript / React (frontend)"), "P003", (47, 58)),
]


# Rounds 62 and 63, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 62 and 63,
# classified"), tuned on and registered.
EXPECTED.update({
    # true: the note that the English governs, only in Chinese (content; the switch's URLs said missing, three F004,
    # in the one run)
    "ontology-privacy": [("en", 7, "P006")],
    # true: the guarantee on the optional 3D view only in English (content, 36). False: the MCP guarantee, one item in
    # English and two in Chinese, its second said untranslated (form, 25)
    "ontology-security": [("en", 25, "P007"), ("en", 36, "P007")],
    "canvastty-security": [],
    "canvastty-install-security": [],
    "octabit-contributing": [],
    "agentdeck-contributing": [],
    "mneme-contributing": [],
    # true: the translator's notice only in Chinese (content), the headings a level deeper in Chinese (form, P004), the
    # treaty's day and month only in English (content, F002), "How to Apply These Terms" only in English (content).
    # False: the Chinese "### GNU通用公共授权", which is the English's setext title with the opening text under it, said
    # missing, and that opening text said only in English (form); the treaty's year named again (F001)
    "csvconvert-gpl": [("en", 5, "P002"), ("en", 5, "P002"), ("en", 8, "P002"), ("en", 14, "P004"), ("en", 168, "F001"),
                       ("en", 172, "F002"), ("en", 548, "P002")],
    "surviving-security": [],
    # true: the section of pitfalls and the row on public-facing agents only in Chinese (content). False: a hardening
    # item said missing where another is (the tenant-isolated session store) (content, named wrong)
    "flue4go-security": [("en", 26, "P002"), ("en", 26, "P006"), ("en", 36, "P007")],
    "ewsmcp-security": [],
    # true: the pull-request checklist only in English (content)
    "ewsmcp-contributing": [("en", 89, "P002")],
    # true: the code of conduct only in English (content)
    "cryptohub-contributing": [("en", 92, "P002")],
})
FALSE.update({
    "ontology-security": [("en", 25, "P007")],
    "csvconvert-gpl": [("en", 5, "P002"), ("en", 8, "P002"), ("en", 168, "F001")],
    "flue4go-security": [("en", 36, "P007")],
})
DEFECTS += DEFECTS_62 + DEFECTS_63
RETUNED_62 = HELD_OUT_62
RETUNED_63 = HELD_OUT_63
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 64, collected apart


# --- Held-out round 64 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 64") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 65 (owners l to z), from owners whose names start
# with a digit or a to k. Six contributing guides: OpenClaw DingTalk Channel's (3sensen/openclaw-channel-dingtalk, a
# fork of soimy's: issues #104, #264 and #268, a monitor's 300 seconds, line for line), eBPF Container Guard's
# (Ubuntu 22.04, Python 3.8+, kernel 5.15, 12 rules; a commit example only in Chinese), Open Island's (a fork of
# Octane0411/open-vibe-island: 9 agents, 15+ terminals, macOS 14+, Swift 6.2+; prompts for a code agent), Helium's
# (Ubuntu 22.04, GNU Make 4.0+, two LGTM; a rule, a section of areas and the clone URL differ), Aera's (`Fixes #42`)
# and dicraft-distributed-lock's (JDK 1.8+, Maven 3.6+). No pair is Chinese-first by its history: eBPF Container
# Guard's and Open Island's English came first, the other four were added in both languages at once.
HELD_OUT_64 = ("dingtalk-contributing", "ebpfguard-contributing", "openisland-contributing", "helium-contributing",
               "aera-contributing", "dicraft-contributing")

# Defects written into copies of the round-64 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-64 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states a date or an e-mail address, so none is changed; eleven numbers,
# versions or issue numbers and five URLs are changed; one paragraph with an issue number (#104) is dropped.
DEFECTS_64 = [
    Defect("a changed issue number in an example", "aera-contributing", "en", "reference it (e.g., `Fixes #42`).",
           "reference it (e.g., `Fixes #24`).", "F001", (49, 55)),
    Defect("a changed URL of the issues", "aera-contributing", "en",
           "[GitHub Issues](https://github.com/Ablankpaper/aera/issues)",
           "[GitHub Issues](https://github.com/Ablankpaper/aera/discussions)", "F004", (101, 104)),
    Defect("a dropped rule on small pull requests", "aera-contributing", "en",
           "- Avoid bundling formatting/style sweeps with functional changes.\n", "", "P007", (56, 65),
           names="格式化/样式改动"),
    Defect("swapped sections", "aera-contributing", "en",
           *_swapped("aera-contributing", "en", "## Reporting Bugs", "## Requesting Features",
                     "## Project Structure"), "P003", (67, 83), known_miss=True),
    Defect("a changed JDK version", "dicraft-contributing", "en", "- **JDK**: 1.8+", "- **JDK**: 11+", "F001",
           (11, 22)),
    Defect("a changed URL of the issues", "dicraft-contributing", "en",
           "https://github.com/dicraft/dicraft-distributed-lock/issues",
           "https://github.com/dicraft/distributed-lock/issues", "F004", (66, 71)),
    Defect("a dropped coding rule", "dicraft-contributing", "en", "- Avoid adding unnecessary dependencies\n", "",
           "P007", (58, 64), names="避免引入不必要的依赖"),
    Defect("swapped sections", "dicraft-contributing", "en",
           *_swapped("dicraft-contributing", "en", "## Branch Strategy", "## How to Contribute",
                     "## Commit Message Convention"), "P003", (23, 40)),
    Defect("a changed Ubuntu version", "helium-contributing", "en", "Linux (Ubuntu 22.04 LTS recommended)",
           "Linux (Ubuntu 24.04 LTS recommended)", "F001", (11, 18)),
    Defect("a changed number of approvals", "helium-contributing", "en", "until receiving two LGTM",
           "until receiving three LGTM", "F001", (83, 100)),
    Defect("a changed URL of the covenant's version", "helium-contributing", "en",
           "https://www.contributor-covenant.org/version/2/0/code_of_conduct/",
           "https://www.contributor-covenant.org/version/2/1/code_of_conduct/", "F004", (101, 108)),
    Defect("a dropped rule of conduct", "helium-contributing", "en",
           "- Prohibit discrimination or harassment of any kind\n", "", "P007", (101, 107), names="禁止任何形式的歧视或骚扰"),
    Defect("swapped sections", "helium-contributing", "en",
           *_swapped("helium-contributing", "en", "### Language Conventions", "### General Rules",
                     "## Commit Convention"), "P003", (39, 49)),
    Defect("a changed Python version", "ebpfguard-contributing", "en", "- Python 3.8+", "- Python 3.10+", "F001",
           (66, 72)),
    Defect("a changed indentation", "ebpfguard-contributing", "en", "**YAML**: 2-space indentation",
           "**YAML**: 4-space indentation", "F001", (90, 95)),
    Defect("a dropped security rule", "ebpfguard-contributing", "en",
           "- Report security vulnerabilities privately via email\n", "", "P007", (168, 172),
           names="通过邮件私下报告安全漏洞"),
    Defect("a dropped paragraph without facts", "ebpfguard-contributing", "en",
           "When adding features, update relevant documentation:\n\n", "", "P006", (160, 165)),
    Defect("swapped sections", "ebpfguard-contributing", "en",
           *_swapped("ebpfguard-contributing", "en", "### Reporting Bugs", "### Suggesting Features",
                     "### Pull Requests"), "P003", (13, 46)),
    Defect("a changed macOS version", "openisland-contributing", "en", "- macOS 14+", "- macOS 13+", "F001",
           (109, 114)),
    Defect("a changed number of agents", "openisland-contributing", "en", "**Supported agents** (9)",
           "**Supported agents** (8)", "F001", (99, 108)),
    Defect("a changed URL of the repository in a prompt", "openisland-contributing", "en",
           "I'm having an issue with Open Island (https://github.com/Octane0411/open-vibe-island).",
           "I'm having an issue with Open Island (https://github.com/Octane0411/open-island).", "F004", (32, 65)),
    Defect("a dropped document to read", "openisland-contributing", "en",
           "- [`docs/product.md`](docs/product.md) — Product scope and MVP boundary.\n", "", "P007", (133, 137),
           names="产品范围与 MVP 边界", known_miss=True),
    Defect("a dropped paragraph without facts", "openisland-contributing", "en",
           "All code in this project is produced by AI. You should not contribute human-written code either.\n\n", "",
           "P006", (13, 20)),
    Defect("a changed issue number", "dingtalk-contributing", "en",
           "### Module loading or SDK compatibility changes (#264)",
           "### Module loading or SDK compatibility changes (#246)", "F001", (186, 194)),
    Defect("a changed URL of the repository", "dingtalk-contributing", "en",
           "git clone https://github.com/soimy/openclaw-channel-dingtalk.git",
           "git clone https://github.com/soimy/openclaw-dingtalk.git", "F004", (57, 83)),
    Defect("a dropped testing rule", "dingtalk-contributing", "en", "- Keep network access mocked in tests\n", "",
           "P007", (277, 282), names="测试里保持网络访问为 mocked"),
    Defect("a dropped paragraph without facts", "dingtalk-contributing", "en",
           "During the current transition, in-flight PRs are not expected to perform repo-wide moves. New code should "
           "still follow the documented boundaries.\n\n", "", "P006", (32, 54)),
    Defect("a dropped paragraph with an issue number", "dingtalk-contributing", "en",
           "Also reference the ongoing investigation in `README.md` and issue `#104` when your PR changes message "
           "arrival semantics.\n\n", "", ("P006", "F001"), (169, 183)),
    Defect("swapped sections", "dingtalk-contributing", "en",
           *_swapped("dingtalk-contributing", "en", "## Testing Style Notes", "## Security and Sensitive Data",
                     "## Helpful References"), "P003", (277, 291)),
    Defect("swapped contents of two sections, headings kept", "dingtalk-contributing", "en",
           *_swapped_contents("dingtalk-contributing", "en", "## Validation Checklist", "## Manual Testing Expectations",
                              "## Special Validation By Issue Type"), ("P003", "P004", "P006"), (129, 166), most=4),
]


# --- Held-out round 65 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 65") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 64 (owners a to k and digits), from owners l to z.
# Codes of conduct, contributing guides and security policies (no legal text of owners l to z is left in the index):
# sembr's code of conduct (the Contributor Covenant 2.1 with an e-mail address) and contributing guide (Python 3.12, line
# length 100, five and six commit types, Apache-2.0, no CLA), F3-OpenScience's contributing guide (14 suites, 72
# characters; the English's section on network tests newer than the Chinese) and security policy (48 hours, an e-mail
# address, five attack surfaces, a checklist), MSCodeBase Intelligence's contributing guide (version 3.4.0, 1180 tests,
# 58 tools in Chinese against 61 in English, a date) and security policy (7/30, 14/90 and 30/180 days, two ports, a
# date). All six were added in both languages at once; none is Chinese-first by its history.
HELD_OUT_65 = ("sembr-coc", "sembr-contributing", "f3-contributing", "f3-security", "mscodebase-contributing",
               "mscodebase-security")

# Defects written into copies of the round-65 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-65 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). One date is changed (MSCodeBase's contributing guide); the numbers changed are a
# line length, a count of suites, a length of line, a time of acknowledgement, a count of unit tests, a period of fix
# and a port; three e-mail addresses and URLs of each kind are changed.
DEFECTS_65 = [
    Defect("a changed e-mail address for reports", "sembr-coc", "en", "at huangkaihua@peakstone-labs.com.",
           "at huangkaihua@peakstone-lab.com.", "F003", (42, 47)),
    Defect("a changed URL of the covenant's version", "sembr-coc", "en",
           "[v2.1]: https://www.contributor-covenant.org/version/2/1/code_of_conduct.html",
           "[v2.1]: https://www.contributor-covenant.org/version/2/0/code_of_conduct.html", "F004", (76, 89)),
    Defect("a dropped unacceptable behaviour", "sembr-coc", "en", "* Public or private harassment\n", "", "P007", (14, 30),
           names="公开或私下的骚扰行为"),
    Defect("a dropped paragraph without facts", "sembr-coc", "en",
           "All community leaders are obligated to respect the privacy and security of the reporter of any incident.\n\n",
           "", "P006", (42, 45)),
    Defect("swapped sections of a code of conduct", "sembr-coc", "en",
           *_swapped("sembr-coc", "en", "### 2. Warning", "### 3. Temporary Ban", "### 4. Permanent Ban"), "P003", (58, 69)),
    Defect("a changed line length", "sembr-contributing", "en", "line length 100, target", "line length 120, target",
           "F001", (58, 67)),
    Defect("a changed URL of uv", "sembr-contributing", "en", "[uv](https://docs.astral.sh/uv/)",
           "[uv](https://docs.astral.sh/ruff/)", "F004", (24, 29)),
    Defect("a dropped way to contribute", "sembr-contributing", "en",
           "- **Improve docs** — typo fixes through full-page rewrites are all welcome\n", "", "P007", (13, 20),
           names="改进文档"),
    Defect("a dropped paragraph without facts", "sembr-contributing", "en",
           "If you trip these by accident, the CI message will tell you the offending file.\n\n", "", "P006", (86, 92)),
    Defect("swapped sections of a contributing guide", "sembr-contributing", "en",
           *_swapped("sembr-contributing", "en", "### Formatting (required, CI strict)", "### Linting (advisory)",
                     "### SPDX license headers (required, CI strict)"), "P003", (58, 75)),
    Defect("a changed length of a commit's first line", "f3-contributing", "en", "first line ≤ 72 characters",
           "first line ≤ 80 characters", "F001", (119, 131)),
    Defect("a changed count of suites", "f3-contributing", "en", "(contract validation + 14 suites +",
           "(contract validation + 12 suites +", "F001", (132, 138)),
    Defect("a dropped rule of pull requests", "f3-contributing", "en", "- One PR, one thing\n", "", "P007", (132, 137),
           names="一个 PR 只做一件事"),
    Defect("a dropped paragraph without facts", "f3-contributing", "en",
           "Thank you for considering a contribution to F3-OpenScience.\n\n", "", "P006", (7, 14), known_miss=True),
    Defect("swapped contents of two sections, headings kept", "f3-contributing", "en",
           *_swapped_contents("f3-contributing", "en", "## Pull requests", "## Reporting problems", "## Code of conduct"),
           ("P003", "P004", "P006"), (132, 144), most=4),
    Defect("a changed e-mail address for reports", "f3-security", "en", "email **maymedoc@gmail.com**.",
           "email **maymedoc@outlook.com**.", "F003", (27, 30)),
    Defect("a changed time of acknowledgement", "f3-security", "en", "within **48 hours**", "within **72 hours**", "F001",
           (31, 42)),
    Defect("a changed URL of private reports", "f3-security", "en",
           "(https://github.com/MedocMay/F3-OpenScience/security/advisories/new)",
           "(https://github.com/MedocMay/F3-OpenScience/security/policy)", "F004", (20, 26)),
    Defect("a dropped item of the checklist", "f3-security", "en",
           "- [ ] Regular backups of `data/` (experience store) and the key vault\n", "", "P007", (78, 83),
           names="定期备份"),
    Defect("swapped sections of a security policy", "f3-security", "en",
           *_swapped("f3-security", "en", "### 3. Key management", "### 4. Multi-tenant isolation",
                     "### 5. Global memory poisoning"), "P003", (63, 73)),
    Defect("a changed date of the last update", "mscodebase-contributing", "en", "*Last updated: 2026-07-21 |",
           "*Last updated: 2026-07-12 |", "F002", (353, 364)),
    Defect("a changed count of unit tests", "mscodebase-contributing", "en", "| Unit | 550+ |", "| Unit | 500+ |",
           "F001", (150, 157)),
    Defect("a dropped item of the checklist", "mscodebase-contributing", "en", "- [ ] `CHANGELOG.md` updated\n", "",
           "P007", (319, 330), names="CHANGELOG.md"),
    Defect("a dropped paragraph with a number", "mscodebase-contributing", "en",
           "Requirements: Python 3.10+, Windows (primary) or Linux (experimental).\n\n", "", ("P006", "F001"),
           (15, 27)),
    Defect("swapped sections of a contributing guide", "mscodebase-contributing", "en",
           *_swapped("mscodebase-contributing", "en", "## 7. Commit Messages", "## 8. PR Process",
                     "## 9. Versioning"),
           "P003", (299, 340)),
    Defect("a changed period of a fix", "mscodebase-security", "en", "| Critical | 7 days | 30 days |",
           "| Critical | 7 days | 60 days |", "F001", (26, 36)),
    Defect("a changed URL of security advisories", "mscodebase-security", "en",
           "(https://github.com/ManSio/mscodebase-intelligence/security/advisories/new)",
           "(https://github.com/ManSio/mscodebase-intelligence/issues/new)", "F004", (13, 17)),
    Defect("a changed port of Ollama", "mscodebase-security", "en", "`localhost:11434` for Ollama",
           "`localhost:11435` for Ollama", "F001", (57, 69)),
    Defect("a dropped item of what to provide", "mscodebase-security", "en", "- Steps to reproduce\n", "", "P007",
           (18, 24),
           names="复现步骤"),
    Defect("swapped sections of a security policy", "mscodebase-security", "en",
           *_swapped("mscodebase-security", "en", "### Input Protection", "### Data Protection", "### Access Control"),
           "P003", (70, 83), known_miss=True),
]


# Rounds 64 and 65, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 64 and 65,
# classified"), tuned on and registered.
EXPECTED.update({
    "dingtalk-contributing": [],
    "ebpfguard-contributing": [],
    "openisland-contributing": [],
    # true: the clone URL (content, 31), the fifth general rule (content, 48) and the section of contribution areas
    # (content, 117) only in English. False: a step the English divides in two, its second said untranslated (form, 97);
    # the closing line each language writes its own way, the Chinese one said untranslated (form, 109)
    "helium-contributing": [("en", 31, "F004"), ("en", 48, "P007"), ("en", 97, "P007"), ("en", 109, "P006"),
                            ("en", 117, "P002")],
    "aera-contributing": [],
    "dicraft-contributing": [],
    "sembr-coc": [],
    "sembr-contributing": [],
    # true: the passage on network tests only in English (content)
    "f3-contributing": [("en", 92, "P006")],
    "f3-security": [],
    # true: 58 tools in Chinese, 61 in English (content; the logo and the switch above the English title gave four
    # false findings in the one run)
    "mscodebase-contributing": [("en", 175, "F001")],
    # true: LanceDB's storage path, "lancedb_v2" only in English (content)
    "mscodebase-security": [("en", 63, "F001")],
})
FALSE.update({
    "helium-contributing": [("en", 97, "P007"), ("en", 109, "P006")],
})
DEFECTS += DEFECTS_64 + DEFECTS_65
RETUNED_64 = HELD_OUT_64
RETUNED_65 = HELD_OUT_65
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 66, collected apart


# --- Held-out round 66 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 66") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 67, from owners a to k and digits.
# Contributing guides, a security policy and a code of conduct (no legal text left free among these owners): Dev Flow
# Orchestrator's contributing guide (11.5/11.0 kB: Python >=3.10,<3.15, eleven MCP tools, ten context budgets,
# PowerShell 5.1; English first, the Chinese its declared translation, which covers a final artifact journey otherwise),
# TinyWorld's contributing guide and security policy (English first, the Chinese split off later; close translations),
# dynamicer's contributing guide (72 characters, PEP 8; close), AI Model Atlas's contributing guide (the Chinese fuller
# on style) and code of conduct (an abridged Contributor Covenant with an e-mail address).
HELD_OUT_66 = ("dfo-contributing", "tinyworld-contributing", "tinyworld-security", "dynamicer-contributing",
               "modelatlas-contributing", "modelatlas-coc")

# Defects written into copies of the round-66 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-66 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states a date or an amount, so no date is changed; the numbers changed
# are a Python range, a count of tools, two context budgets, a PowerShell version, a line length and a version bound;
# one e-mail address and three URLs are changed; one paragraph with a number is dropped.
DEFECTS_66 = [
    Defect("a changed Python range", "dfo-contributing", "en", "Supported runtime metadata is `>=3.10,<3.15`.",
           "Supported runtime metadata is `>=3.11,<3.15`.", "F001", (22, 36)),
    Defect("a changed count of tools", "dfo-contributing", "en", "The stable catalog has exactly eleven tools.",
           "The stable catalog has exactly twelve tools.", "F001", (93, 128), known_miss=True),
    Defect("a changed budget of a tool description", "dfo-contributing", "en", "- tool description: 512 bytes;",
           "- tool description: 256 bytes;", "F001", (93, 128)),
    Defect("a changed budget of the tools list", "dfo-contributing", "en", "- tools list: 32 KiB;", "- tools list: 64 KiB;",
           "F001", (93, 128)),
    Defect("a changed PowerShell version", "dfo-contributing", "en", "PowerShell retains PowerShell 5.1\ncompatibility",
           "PowerShell retains PowerShell 7.2\ncompatibility", "F001", (144, 225)),
    Defect("a changed URL of the MCP Inspector", "dfo-contributing", "en",
           "(https://github.com/modelcontextprotocol/inspector)",
           "(https://github.com/modelcontextprotocol/mcp-inspector)", "F004", (37, 92)),
    Defect("a dropped requirement of a tool change", "dfo-contributing", "en",
           "- package-validation and installed-journey coverage.\n", "", "P007", (93, 127), names="包校验和已安装旅程覆盖"),
    Defect("a dropped paragraph with a number", "dfo-contributing", "en",
           "Release-artifact evidence is deliberately layered. Shared verifier and lifecycle\nbehavior belongs in focused "
           "unit and deterministic fake-Codex integration tests.\nThe Python 3.10–3.14 matrix runs only lightweight "
           "wheel-only dependency\ninstallation, import, and MCP startup smoke checks. Do not repeat the complete\n"
           "lifecycle matrix on every Python minor. Concurrency coverage is limited to\nupgrade versus upgrade and upgrade "
           "versus uninstall.\n\n", "", ("P006", "F001"), (37, 85)),
    Defect("a dropped paragraph without facts", "dfo-contributing", "en",
           "Native installed journeys use the real PATH launcher and the official MCP\nclient over STDIO; the server "
           "process must not import test helpers.\n\n", "", "P006", (144, 222)),
    Defect("swapped sections, the last moved up", "dfo-contributing", "en",
           *_swapped_last("dfo-contributing", "en", "## Public documentation", "## Git and review"), "P003", (226, 245)),
    Defect("swapped contents of two sections, headings kept", "dfo-contributing", "en",
           *_swapped_contents("dfo-contributing", "en", "## Scope and authority", "## Environment", "## Tests"),
           ("P003", "P004", "P006"), (9, 36), most=4),
    Defect("a changed line length of commit messages", "dynamicer-contributing", "en",
           "Limit the first line to 72 characters or less", "Limit the first line to 50 characters or less", "F001",
           (53, 59)),
    Defect("a changed URL of the style guide", "dynamicer-contributing", "en", "(https://www.python.org/dev/peps/pep-0008/)",
           "(https://www.python.org/dev/peps/pep-0257/)", "F004", (60, 63)),
    Defect("a changed URL of Markdown", "dynamicer-contributing", "en", "(https://daringfireball.net/projects/markdown)",
           "(https://daringfireball.net/projects/smartypants)", "F004", (64, 69)),
    Defect("a dropped pull-request rule", "dynamicer-contributing", "en",
           "- Include screenshots and animated GIFs in your pull request whenever possible\n", "", "P007", (44, 49),
           names="在您的拉取请求中尽可能包含截图"),
    Defect("swapped sections of a style guide", "dynamicer-contributing", "en",
           *_swapped("dynamicer-contributing", "en", "### Git Commit Messages", "### Python Styleguide",
                     "### Documentation Styleguide"), "P003", (53, 63)),
    Defect("a dropped rule for worldpacks", "tinyworld-contributing", "en", "- Keep IDs stable.\n", "", "P007", (24, 34),
           names="保持 ID 稳定", known_miss=True),
    Defect("a dropped kind of test", "tinyworld-contributing", "en", "- Tool execution side effects.\n", "", "P007",
           (60, 77), names="工具执行副作用"),
    Defect("a dropped paragraph without facts", "tinyworld-contributing", "en",
           "Tools should separate agent intention from system outcome. The LLM can request an action, but backend rules "
           "should validate and apply the result.\n\n", "", "P006", (48, 57)),
    Defect("swapped sections of a contributing guide", "tinyworld-contributing", "en",
           *_swapped("tinyworld-contributing", "en", "## Writing Worldpacks", "## Writing Plugins", "## Writing Tools"),
           "P003", (24, 47)),
    Defect("swapped contents of two sections, headings kept", "tinyworld-contributing", "en",
           *_swapped_contents("tinyworld-contributing", "en", "## Writing Tools", "## Writing Tests",
                              "## Pull Requests"), ("P003", "P004", "P006"), (48, 78), most=4),
    Defect("a changed version bound", "tinyworld-security", "en", "TinyWorld is currently pre-1.0.",
           "TinyWorld is currently pre-2.0.", "F001", (49, 51)),
    Defect("a dropped safety expectation", "tinyworld-security", "en", "- Plugins should not bundle secrets.\n", "",
           "P007", (17, 28), names="插件不应该捆绑密钥", known_miss=True),
    Defect("a dropped paragraph without facts", "tinyworld-security", "en",
           "The plugin system is still evolving. Do not treat untrusted plugins as sandboxed.\n\n", "", "P006", (17, 27)),
    Defect("swapped sections of a security policy", "tinyworld-security", "en",
           *_swapped("tinyworld-security", "en", "## Secrets and API Keys", "## Plugin and Worldpack Safety",
                     "## Sensitive Simulation Content"), "P003", (11, 29)),
    Defect("a changed e-mail address for reports", "modelatlas-coc", "en", "**loichianghao@gmail.com**",
           "**loichianghao@outlook.com**", "F003", (31, 35)),
    Defect("a dropped unacceptable behaviour", "modelatlas-coc", "en", "* Public or private harassment\n", "", "P007",
           (13, 29), names="公开或私下的骚扰"),
    Defect("a dropped paragraph without facts", "modelatlas-coc", "en",
           "\n\nAll community leaders are obligated to respect the privacy and security of the reporter of any incident.\n",
           "\n", "P006", (31, 33)),
    Defect("a dropped way of reporting errors", "modelatlas-contributing", "en",
           "- Open a GitHub **Issue** describing the error.\n", "", "P007", (17, 20), names="可以直接在 GitHub 上提交", known_miss=True),
    Defect("swapped sections of a contributing guide", "modelatlas-contributing", "en",
           *_swapped("modelatlas-contributing", "en", "### 1. Reporting Typos or Errors", "### 2. Proposing a New Topic",
                     "---\n\n## 🖋️"), "P003", (17, 29)),
]


# --- Held-out round 67 (issue 10) ---------------------------------------------------------------------------------
# Five pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 67") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 66 (owners a to k and digits), from owners l to z.
# Contributing guides and codes of conduct: tRPC-Go's contributing guide (8.7/7.6 kB: issue labels, five questions, a
# CLA, PR type labels, release notes, a copyright header) and code of conduct (its own text, not the Covenant),
# tRPC-Cpp's contributing guide (a sibling of tRPC-Go's, with a Bazel command only in English), and Portkey AI
# Gateway's contributing guide (Hacktoberfest from October 1st to 31st, a Discord invitation, PR title prefixes) and
# code of conduct (the Contributor Covenant 2.0 with support@portkey.ai). tRPC-Go's two and Portkey's code of conduct
# came in English first; tRPC-Cpp's and Portkey's contributing guides in both languages at once. None is Chinese-first.
HELD_OUT_67 = ("trpcgo-contributing", "trpcgo-coc", "trpccpp-contributing", "portkey-contributing", "portkey-coc")

# Defects written into copies of the round-67 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-67 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). One date is changed (the end of Hacktoberfest); the numbers changed are two issue
# numbers and an accuracy bound of an example; one e-mail address and eight URLs are changed.
DEFECTS_67 = [
    Defect("a changed URL of a new issue", "trpcgo-contributing", "en",
           "[opening a new issue](https://github.com/trpc-group/trpc-go/issues/new)",
           "[opening a new issue](https://github.com/trpc-group/trpc-go/discussions/new)", "F004", (16, 20)),
    Defect("a dropped workflow label", "trpcgo-contributing", "en",
           "- **NeedsFix**: The issue is fully understood and code can be written to fix it.\n", "", "P007", (21, 31),
           names="NeedsFix"),
    Defect("a changed URL of the CLA", "trpcgo-contributing", "en",
           "(https://github.com/trpc-group/cla-database/blob/main/Tencent-Contributor-License-Agreement.md)",
           "(https://github.com/trpc-group/cla-database/blob/main/Tencent-Individual-Contributor-License-Agreement.md)",
           "F004", (49, 65)),
    Defect("swapped sections of commit messages", "trpcgo-contributing", "en",
           *_swapped("trpcgo-contributing", "en", "#### First line", "#### Main content", "#### Referencing issues"),
           "P003", (85, 101)),
    Defect("a changed URL of benchstat", "trpcgo-contributing", "en",
           "(https://godoc.org/golang.org/x/perf/cmd/benchstat)", "(https://godoc.org/golang.org/x/tools/cmd/benchstat)",
           "F004", (94, 101)),
    Defect("a changed issue number", "trpcgo-contributing", "en", "with issue 12345 in the tRPC-Go issue tracker",
           "with issue 12354 in the tRPC-Go issue tracker", "F001", (102, 109)),
    Defect("a dropped PR type label", "trpcgo-contributing", "en",
           "- type/failing-test: CI test case is showing intermittent failures.\n", "", "P007", (110, 123),
           names="type/failing-test"),
    Defect("a dropped paragraph without facts", "trpcgo-contributing", "en",
           "Release notes are one of the most important reference points for users about to import or upgrade to a "
           "particular release of tRPC-Go.\n\n", "", "P006", (125, 136), known_miss=True),
    Defect("swapped sections of a code of conduct", "trpcgo-coc", "en",
           *_swapped("trpcgo-coc", "en", "## Our standards", "## Our responsibility", "## Scope"), "P003", (23, 42)),
    Defect("a dropped standard", "trpcgo-coc", "en", "- Respect the privacy of others;\n", "", "P007", (23, 31),
           names="尊重他人的隐私权"),
    Defect("a dropped duty of maintainers", "trpcgo-coc", "en",
           "- Handle reports of guideline violations and resolve disputes appropriately;\n", "", "P007", (33, 41),
           names="处理准则违规行为的举报"),
    Defect("a dropped way to report", "trpcgo-coc", "en",
           "- Report the violation to the project maintainers(maintainer mailing list), who will take necessary action "
           "based on the situation;\n", "", "P007", (48, 55), names="向项目维护者报告违规行为"),
    Defect("a dropped closing paragraph without facts", "trpcgo-coc", "en",
           "\nOur community is a diverse, open, and inclusive community, and we welcome everyone's participation and "
           "contribution.\nWe believe that only in a safe, respectful, and inclusive environment can we create the best "
           "project together.\n", "", "P006", (48, 53)),
    Defect("a changed URL of the issue tracker", "trpccpp-contributing", "en",
           "the [issue tracker](https://github.com/trpc-group/trpc-cpp/issues)",
           "the [issue tracker](https://github.com/trpc-group/trpc-go/issues)", "F004", (21, 33)),
    Defect("a dropped question", "trpccpp-contributing", "en", "2. What operating system and compiler are you using?\n",
           "", "P007", (34, 49), names="您正在使用哪个操作系统和编译器"),
    Defect("a changed URL of the proposals", "trpccpp-contributing", "en",
           "(https://github.com/trpc-group/trpc/blob/main/proposal/README.md)",
           "(https://github.com/trpc-group/trpc/tree/main/proposals)", "F004", (34, 50)),
    Defect("swapped contents of two sections, headings kept", "trpccpp-contributing", "en",
           *_swapped_contents("trpccpp-contributing", "en", "### Checking the issue tracker",
                              "### Opening an issue for any new problem", "## Contributing code"),
           ("P003", "P004", "P006"), (21, 50), most=4),
    Defect("a changed accuracy bound of the example", "trpccpp-contributing", "en", "> accuracy above 1e10.",
           "> accuracy above 1e12.", "F001", (70, 85), known_miss=True),
    Defect("a changed issue number", "trpccpp-contributing", "en", "with issue 12345 in the tRPC-Cpp issue tracker",
           "with issue 12435 in the tRPC-Cpp issue tracker", "F001", (102, 106)),
    Defect("a dropped paragraph on copyright years", "trpccpp-contributing", "en",
           "```\n\nFiles in the repository are copyrighted the year they are added.\nDo not update the copyright year on "
           "files that you change.\n", "```\n", "P006", (109, 129)),
    Defect("a changed end of Hacktoberfest", "portkey-contributing", "en", "running from October 1st to 31st",
           "running from October 1st to 30th", ("F002", "F001"), (22, 28), known_miss=True),
    Defect("a dropped title prefix", "portkey-contributing", "en",
           "*   `improvement:` for improvements or enhancements.\n", "", "P007", (29, 40), names="improvement:"),
    Defect("a changed URL of the Discord invitation", "portkey-contributing", "en",
           "[Discord Community](https://discord.com/invite/DD7vgKK299)",
           "[Discord Community](https://discord.com/invite/DD7vgKK229)", "F004", (42, 44)),
    Defect("swapped sections, getting help and releases", "portkey-contributing", "en",
           *_swapped("portkey-contributing", "en", "## 🤔 Getting Help", "## 🚧 Release Process", "## 🎊 Your PR is Merged!"),
           "P003", (42, 47)),
    Defect("a changed URL of Twitter", "portkey-contributing", "en", "(https://twitter.com/PortkeyAI)",
           "(https://twitter.com/Portkey_AI)", "F004", (48, 49)),
    Defect("a dropped unacceptable behaviour", "portkey-coc", "en", "* Public or private harassment\n", "", "P007",
           (23, 45), names="公开或私下骚扰"),
    Defect("a changed e-mail address for reports", "portkey-coc", "en", "support@portkey.ai", "support@portkey.com",
           "F003", (67, 76)),
    Defect("a dropped paragraph without facts", "portkey-coc", "en",
           "All community leaders are obligated to respect the privacy and security of the\nreporter of any incident.\n\n",
           "", "P006", (67, 73)),
    Defect("swapped sections of enforcement", "portkey-coc", "en",
           *_swapped("portkey-coc", "en", "### 2. Warning", "### 3. Temporary Ban", "### 4. Permanent Ban"), "P003",
           (91, 113)),
    Defect("a changed URL of the covenant's version", "portkey-coc", "en",
           "https://www.contributor-covenant.org/version/2/0/code_of_conduct.html.",
           "https://www.contributor-covenant.org/version/2/1/code_of_conduct.html.", "F004", (123, 136)),
]


# Rounds 66 and 67, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 66 and 67,
# classified"), tuned on and registered.
EXPECTED.update({
    "dfo-contributing": [],
    "tinyworld-contributing": [],
    "tinyworld-security": [],
    "dynamicer-contributing": [],
    "modelatlas-contributing": [],
    "modelatlas-coc": [],
    "trpcgo-contributing": [],
    "trpcgo-coc": [],
    "trpccpp-contributing": [],
    # false in the one run, none since: "从10月1日到31日" against "from October 1st to 31st" (wording)
    "portkey-contributing": [],
    # false in the one run, none since: the HTML language switch's absolute URL (form)
    "portkey-coc": [],
})
DEFECTS += DEFECTS_66 + DEFECTS_67
RETUNED_66 = HELD_OUT_66
RETUNED_67 = HELD_OUT_67
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 68, collected apart


# --- Held-out round 68 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 68") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 69, from owners whose names start with a digit or a
# to k. Privacy policies and terms of service of browser extensions and a mobile app: Dotbugi's privacy policy and terms
# of service (a Hansung University LMS extension; both translated from the Korean, dates, an e-mail address, the LMS's
# URL, Korean law), AI Translator's privacy policy (English first, the Chinese a machine translation; six providers'
# URLs), ButtSnap's privacy policy and user agreement (a sticker app whose site is Chinese by default: the two languages
# drifted apart, crash logs, a section on export, a section of subscription terms with 24 hours twice and the IP of the
# stickers told otherwise), Chat Graph's privacy policy (a close translation: 30 candidate nodes, a date) and Quick
# Translate's (the Chinese is the project's main file: 12,000, 5,000 and 16,000 characters, 100 records).
HELD_OUT_68 = ("dotbugi-privacy", "dotbugi-terms", "aitranslator-privacy", "buttsnap-privacy", "buttsnap-terms",
               "chatgraph-privacy", "quicktranslate-privacy")

# Defects written into copies of the round-68 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-68 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). Six dates are changed (effective and last-updated dates); the numbers changed are
# an age, a number of candidate nodes and a number of characters; two e-mail addresses and four URLs are changed; one
# paragraph with a number is dropped.
DEFECTS_68 = [
    Defect("a changed effective date", "dotbugi-privacy", "en", "**Effective Date:** 2025/03/08",
           "**Effective Date:** 2025/03/18", "F002", (5, 12)),
    Defect("a changed e-mail address for questions", "dotbugi-privacy", "en", "**Email:** 6ukeem@gmail.com",
           "**Email:** 6ukem@gmail.com", "F003", (65, 68)),
    Defect("a dropped kind of data collected", "dotbugi-privacy", "en",
           "- **Quiz Information:** Quiz titles, schedules, questions, and answer details.\n", "", "P007", (23, 31),
           names="测验信息"),
    Defect("swapped sections of a privacy policy", "dotbugi-privacy", "en",
           *_swapped("dotbugi-privacy", "en", "## 5. User Consent", "## 6. Changes to This Policy",
                     "## 7. Contact Information"), "P003", (57, 64)),
    Defect("a changed effective date", "dotbugi-terms", "en", "**Effective Date:** 2026/05/13",
           "**Effective Date:** 2026/05/31", "F002", (5, 12)),
    Defect("a changed URL of the LMS", "dotbugi-terms", "en", "(`https://learn.hansung.ac.kr/`)",
           "(`https://lms.hansung.ac.kr/`)", "F004", (17, 22)),
    Defect("a dropped paragraph without facts", "dotbugi-terms", "en",
           "The Extension is provided **free of charge** and is an **unofficial, third-party tool** with no formal "
           "affiliation with Hansung University or Google.\n\n", "", "P006", (17, 20)),
    Defect("a dropped prohibited conduct", "dotbugi-terms", "en",
           "- Using the Extension to access another person's account or data without authorization\n", "", "P007",
           (31, 37), names="未经授权访问他人账户"),
    Defect("swapped contents of two sections, headings kept", "dotbugi-terms", "en",
           *_swapped_contents("dotbugi-terms", "en", "## 9. Governing Law", "## 10. Changes to These Terms",
                              "## 11. Contact"), ("P003", "P004", "P006"), (57, 64), most=4),
    Defect("a changed last-updated date", "aitranslator-privacy", "en", "**Last Updated:** January 10, 2026",
           "**Last Updated:** January 10, 2025", "F002", (5, 8)),
    Defect("a changed URL of xAI's privacy policy", "aitranslator-privacy", "en",
           "[https://x.ai/legal/privacy-policy](https://x.ai/legal/privacy-policy)",
           "[https://x.ai/legal/privacy](https://x.ai/legal/privacy)", "F004", (31, 53)),
    Defect("a dropped consideration", "aitranslator-privacy", "en",
           "- We do not sell, trade, or otherwise transfer your data to outside parties.\n", "", "P007", (31, 52),
           names="我们不会出售、交易"),
    Defect("swapped sections of a privacy policy", "aitranslator-privacy", "en",
           *_swapped("aitranslator-privacy", "en", "## 6. User Control", "## 7. Security", "## 8. Changes to This Policy"),
           "P003", (70, 85)),
    Defect("a changed URL of Firefox's add-on policies", "aitranslator-privacy", "en",
           "(https://extensionworkshop.com/documentation/publish/add-on-policies/)",
           "(https://extensionworkshop.com/documentation/publish/)", "F004", (54, 58)),
    Defect("a changed age of children", "buttsnap-privacy", "en", "not directed at children under 13.",
           "not directed at children under 16.", "F001", (65, 68)),
    Defect("a changed e-mail address for questions", "buttsnap-privacy", "en", "- Email: buttsnap@unoiou.com",
           "- Email: buttsnap@unoiou.cn", "F003", (81, 86)),
    Defect("a dropped kind of data not collected", "buttsnap-privacy", "en", "- Location data\n", "", "P007",
           (15, 25), names="位置信息"),
    Defect("swapped sections of a privacy policy", "buttsnap-privacy", "en",
           *_swapped("buttsnap-privacy", "en", "## 2. How We Use Information", "## 3. Photos & Stickers",
                     "## 4. Third-Party Services"), "P003", (31, 42)),
    Defect("a changed last-updated date", "buttsnap-terms", "en", "> Last updated: January 1, 2024",
           "> Last updated: January 1, 2025", "F002", (5, 8)),
    Defect("a dropped user responsibility", "buttsnap-terms", "en",
           "4. Not use the App to spread malware, viruses, or harmful code\n", "", "P007", (27, 38),
           names="不利用本应用传播恶意软件", known_miss=True),
    Defect("a dropped paragraph without facts", "buttsnap-terms", "en",
           "To the maximum extent permitted by applicable law, we shall not be liable for any direct or indirect damages "
           "arising from the use of the App.\n\n", "", "P006", (54, 61)),
    Defect("a changed URL for issues", "buttsnap-terms", "en",
           "[https://github.com/buttsnap/buttsnap.github.io/issues](https://github.com/buttsnap/buttsnap.github.io/issues)",
           "[https://github.com/buttsnap/buttsnap.github.io/discussions]"
           "(https://github.com/buttsnap/buttsnap.github.io/discussions)", "F004", (76, 81)),
    Defect("a changed number of candidate nodes", "chatgraph-privacy", "en", "- up to 30 candidate nodes,",
           "- up to 50 candidate nodes,", "F001", (49, 64)),
    Defect("a changed effective date", "chatgraph-privacy", "en", "Effective date: August 12, 2026",
           "Effective date: August 21, 2026", "F002", (5, 12)),
    Defect("a dropped kind of data stored", "chatgraph-privacy", "en", "- project focus and timestamps.\n", "", "P007",
           (29, 47), names="项目焦点和时间戳"),
    Defect("swapped sections of a privacy policy", "chatgraph-privacy", "en",
           *_swapped("chatgraph-privacy", "en", "## Sharing and sale", "## Retention and deletion", "## Security"),
           "P003", (76, 85)),
    Defect("swapped contents of two sections, headings kept", "chatgraph-privacy", "en",
           *_swapped_contents("chatgraph-privacy", "en", "## Security", "## Changes", "## Contact"),
           ("P003", "P004", "P006"), (86, 93), most=4),
    Defect("a dropped paragraph with a number", "quicktranslate-privacy", "en",
           "Model, reasoning effort, speed, target language and note-path preferences are stored in the companion's "
           "`.local` directory. Chrome's interface language is used to localize the UI and resolve the “Follow browser "
           "language” target. Up to 100 completed translations are retained in companion process memory and cleared "
           "when that process exits.\n\n", "", ("P006", "F001"), (21, 24)),
    Defect("a changed length of excerpts", "quicktranslate-privacy", "en", "main page excerpts (up to 16,000)",
           "main page excerpts (up to 6,000)", "F001", (9, 14)),
    Defect("a changed effective date", "quicktranslate-privacy", "en", "Effective September 25, 2026.",
           "Effective September 25, 2025.", "F002", (5, 8)),
]


# --- Held-out round 69 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 69") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 68 (owners a to k and digits), from owners l to z.
# Two legal texts of a mobile app (V2Fun, a V2EX client: its privacy policy and its terms and conditions, the English
# an app-privacy-policy generator's template, the Chinese a machine translation of it, headed by bold lines, not
# headings; an effective date, 100%, 16 years), Restork's disclaimer and security policy (close, hard-wrapped in
# English; a GitHub advisory URL; release-blocking controls told otherwise), Docs Islands' contributing guide (Node.js
# and pnpm versions, a licence URL; a section on releasing packages only in English), Parallax's security policy (a
# close translation, a control pair) and ninecat-ui's contributing guide (the English translated from the Chinese,
# which later grew four passages alone: directories, commands, CSS class names, English commit messages).
HELD_OUT_69 = ("v2fun-privacy", "v2fun-terms", "restork-disclaimer", "restork-security", "docsislands-contributing",
               "parallax-security", "ninecat-contributing")

# Defects written into copies of the round-69 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections; V2Fun's two texts have no
# heading, only bold lines, so their section is the whole text), set before any checker was run on any round-69 pair,
# modified or not; for a dropped list item, words of the Chinese item the finding must quote (within its first forty
# characters). The dates changed are the two effective dates; the numbers an age, two Node.js versions, an npm and a
# pnpm version; three URLs are changed; one paragraph with a number (100%) is dropped. No e-mail address stands in any
# pair, so none is changed.
DEFECTS_69 = [
    Defect("a changed effective date", "v2fun-privacy", "en", "This policy is effective as of 2022-12-17",
           "This policy is effective as of 2022-12-07", "F002", (5, 56)),
    Defect("a changed age of consent", "v2fun-privacy", "en", "You must also be at least 16 years of age",
           "You must also be at least 13 years of age", "F001", (5, 56)),
    Defect("a dropped paragraph with a number", "v2fun-privacy", "en",
           "I value your trust in providing us your Personal Information, thus we are striving to use commercially "
           "acceptable means of protecting it. But remember that no method of transmission over the internet, or "
           "method of electronic storage is 100% secure and reliable, and I cannot guarantee its absolute security.\n\n", "",
           ("P006", "F001"), (5, 54)),
    Defect("a dropped reason for third parties", "v2fun-privacy", "en", "- To provide the Service on our behalf;\n", "",
           "P007", (5, 55), names="代表我们提供服务"),
    Defect("swapped passages under bold headings", "v2fun-privacy", "en",
           *_swapped("v2fun-privacy", "en", "**Security**", "**Links to Other Sites**", "**Children’s Privacy**"),
           "P003", (5, 56), known_miss=True),
    Defect("a changed effective date", "v2fun-terms", "en", "These terms and conditions are effective as of 2022-12-17",
           "These terms and conditions are effective as of 2023-12-17", "F002", (5, 27)),
    Defect("a dropped paragraph without facts", "v2fun-terms", "en",
           "Along the same lines, XuanLiao cannot always take responsibility for the way you use the app i.e. You need "
           "to make sure that your device stays charged – if it runs out of battery and you can’t turn it on to avail "
           "the Service, XuanLiao cannot accept responsibility.\n\n", "", "P006", (5, 25)),
    Defect("a dropped commitment of the maintainers", "restork-disclaimer", "en",
           "- Honest descriptions of experimental, platform-specific, unavailable, and\n"
           "  third-party-dependent features.\n",
           "", "P007", (18, 31), names="如实标明实验性功能"),
    Defect("a dropped precaution", "restork-disclaimer", "en", "- keep independent backups and test recovery;\n", "",
           "P007", (34, 49), names="保留独立备份"),
    Defect("a dropped paragraph without facts", "restork-disclaimer", "en",
           "Restork maintainers do not operate or control those services and cannot promise\ntheir correctness, "
           "availability, security, pricing, or continued compatibility.\nReview an extension and its requested "
           "permissions before enabling it.\n\n", "", "P006", (51, 57)),
    Defect("swapped sections of a disclaimer", "restork-disclaimer", "en",
           *_swapped("restork-disclaimer", "en", "## Providers, extensions, and other third parties",
                     "## Security incidents", "## Warranty and liability"), "P003", (51, 73)),
    Defect("swapped contents of two sections, headings kept", "restork-disclaimer", "en",
           *_swapped_contents("restork-disclaimer", "en", "## What maintainers provide",
                              "## What users remain responsible for",
                              "## Providers, extensions, and other third parties"),
           ("P003", "P004", "P006"), (18, 50), most=4),
    Defect("a changed URL of private reporting", "restork-security", "en",
           "(https://github.com/Totoro-qaq/restork/security/advisories/new)",
           "(https://github.com/Totoro-qaq/restork/security/advisories)", "F004", (20, 29)),
    Defect("a dropped paragraph without facts", "restork-security", "en",
           "Never include a real credential, private note, work artifact, or Vault export\nin a report. Revoke a "
           "credential first if it may have been exposed.\n\n", "", "P006", (20, 26)),
    Defect("swapped sections of a security policy", "restork-security", "en",
           *_swapped("restork-security", "en", "## Reporting a vulnerability", "## What to expect", "## Scope"), "P003",
           (20, 42)),
    Defect("a changed Node.js version", "docsislands-contributing", "en", "v20.19.0+ or v22.12.0+",
           "v20.9.0+ or v22.12.0+", "F001", (131, 152)),
    Defect("a changed pnpm version", "docsislands-contributing", "en", "[pnpm](https://pnpm.io) 10.17.0+.",
           "[pnpm](https://pnpm.io) 10.7.0+.", "F001", (131, 152)),
    Defect("a changed URL of the licence", "docsislands-contributing", "en",
           "(https://github.com/XiSenao/docs-islands/blob/main/LICENSE)",
           "(https://github.com/XiSenao/docs-islands/blob/master/LICENSE)", "F004", (246, 259)),
    Defect("a dropped item of system information", "docsislands-contributing", "en", "   - Node.js version\n", "",
           "P007", (47, 63), names="Node.js 版本"),
    Defect("a dropped group of devDependencies", "docsislands-contributing", "en",
           "7. **Runtime Helpers** - Utility libraries supporting runtime operations\n", "", "P007", (109, 129),
           names="运行时辅助工具"),
    Defect("swapped sections of a contributing guide", "docsislands-contributing", "en",
           *_swapped("docsislands-contributing", "en", "### Documentation", "### Code Contributions",
                     "### Translations"), "P003", (27, 34), known_miss=True),
    Defect("a dropped paragraph without facts", "docsislands-contributing", "en",
           "The easiest way to test your changes is to run the documentation site locally.\n\n", "", "P006",
           (153, 198), known_miss=True),
    Defect("a changed URL of the repository", "parallax-security", "en",
           "Repository: https://github.com/YouSangSon/Parallax",
           "Repository: https://github.com/YouSangSon/parallax-cli", "F004", (19, 35)),
    Defect("a dropped security-sensitive example", "parallax-security", "en", "- symlink escape\n", "", "P007",
           (19, 34),
           names="symlink escape"),
    Defect("a dropped security principle", "parallax-security", "en",
           "- All file input must pass a realpath containment check.\n", "", "P007", (36, 47),
           names="所有 file input"),
    Defect("swapped sections of a security policy", "parallax-security", "en",
           *_swapped("parallax-security", "en", "## Supported Scope", "## How to Report", "## Security Principles"),
           "P003", (12, 35)),
    Defect("a changed Node.js version", "ninecat-contributing", "en", "you need Node.js 4+,", "you need Node.js 6+,",
           "F001", (31, 44)),
    Defect("a changed npm version", "ninecat-contributing", "en", "yarn and npm 3+.", "yarn and npm 5+.", "F001",
           (31, 44)),
    Defect("a dropped rule for pull requests", "ninecat-contributing", "en",
           "- Make sure PR is committed to the dev branch, not the master branch.\n\n", "", "P007", (9, 28),
           names="确保 PR 是提交到 dev 分支"),
    Defect("swapped sections of a contributing guide", "ninecat-contributing", "en",
           *_swapped("ninecat-contributing", "en", "# Development Environment Setup", "# Development Agreement",
                     "# unit test"), "P003", (31, 55)),
]


# Rounds 68 and 69, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 68 and 69,
# classified"), tuned on and registered.
EXPECTED.update({
    "dotbugi-privacy": [],
    "dotbugi-terms": [],
    "aitranslator-privacy": [],
    # true: the crash reports only in Chinese (P006 27); the section on export, which the English sums up in one item of
    # "Photos & Stickers" (P002 35); the third-party services out of order (P003 43, form), with Apple's privacy URL
    # (P006 43) and the crash-report service (P007 43) only in Chinese; the section of slogans only in Chinese (P002
    # 52); data security out of order (P003 56, form); the right to be informed only in Chinese (P007 73) (content).
    # False: the list of data not collected, which the English writes otherwise (P007 15: wording); the section on
    # the use of information, whose paragraph 35 the English translates and whose 37 it lacks (P006 31 names 35)
    "buttsnap-privacy": [("en", 15, "P007"), ("en", 27, "P006"), ("en", 31, "P006"), ("en", 35, "P002"),
                         ("en", 43, "P003"), ("en", 43, "P006"), ("en", 43, "P007"), ("en", 52, "P002"),
                         ("en", 56, "P003"), ("en", 73, "P007")],
    # true: the subscription terms (the 24 hours, the price by region, the paid period) without counterpart: the
    # English's "6. Subscriptions & Billing" is another, shorter text (P002 13, content). False: that English section
    # said added (P002 50: it is the Chinese section three's place, moved and shortened); the responsibility for one's
    # content (P007 27: the English's item 5; its list joins the Chinese's items 2 and 3)
    "buttsnap-terms": [("en", 13, "P002"), ("en", 27, "P007"), ("en", 50, "P002")],
    "chatgraph-privacy": [],
    # true: the Chinese's last two sections one section in English (form)
    "quicktranslate-privacy": [("en", 33, "P002")],
    # true: no heading in either text, bold lines only (E003, each file: form)
    "v2fun-privacy": [("en", 4, "E003"), ("zh", 1, "E003")],
    "v2fun-terms": [("en", 4, "E003"), ("zh", 1, "E003")],
    "restork-disclaimer": [],
    "restork-security": [],
    # true: "Releasing Public Packages" only in English (content); the commit convention linked by a relative path in
    # Chinese and by its address in English is no finding since round 69 (it was one, false)
    "docsislands-contributing": [("en", 201, "P002")],
    "parallax-security": [],
    # true: the three sections only in Chinese ("命令行简介" was said part of "Development Agreement", with a P006 for
    # its commands, in the one run: one finding since)
    "ninecat-contributing": [("en", 31, "P002"), ("en", 31, "P002"), ("en", 45, "P002")],
})
FALSE.update({
    "buttsnap-privacy": [("en", 15, "P007"), ("en", 31, "P006")],
    "buttsnap-terms": [("en", 27, "P007"), ("en", 50, "P002")],
})
DEFECTS += DEFECTS_68 + DEFECTS_69
RETUNED_68 = HELD_OUT_68
RETUNED_69 = HELD_OUT_69
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 70, collected apart


# --- Held-out round 70 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 70") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 71 (owners l to z), from owners a to k and digits.
# Release and support policies and contributor rules of documentation websites: KCL's release policy (every month and
# a half in Chinese, every six months in English; 3 months, 2023, 100%) and its Git commit guide (four templates, six
# fields, two commits, a CLA; the English names the types `chore` and `revert` otherwise), Kube-OVN's release management
# (two branches kept, six months, a week, versions; a control pair) and its documentation conventions (rules with bad
# and good examples; a control pair), Chaos Mesh's supported releases (a table of versions and dates, the English
# updated alone: release 2.8, 2.6's end of life, Kubernetes versions) and Torch-RecHub's contributing guide (a close
# translation, a control pair). Four are Chinese-first by their history (KCL's two, Kube-OVN's two).
HELD_OUT_70 = ("kcl-release-policy", "kcl-git-guide", "kubeovn-releasing", "kubeovn-doc-convention",
               "chaosmesh-support", "torchrechub-contributing")

# Defects written into copies of the round-70 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-70 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). The dates changed are two of Chaos Mesh's release dates; the numbers a release
# cycle, a year, a test coverage, a number of templates and of fields, a number of branches kept, a period, three
# versions and a support window; five URLs are changed; two list items with a number are dropped. No pair states an
# e-mail address, so none is changed.
DEFECTS_70 = [
    Defect("a changed release cycle", "kcl-release-policy", "en", "the plan is to release a new minor version every 3 "
           "months.", "the plan is to release a new minor version every 4 months.", "F001", (5, 17)),
    Defect("a changed year of releases", "kcl-release-policy", "en", "will be released in the year 2023.",
           "will be released in the year 2024.", ("F001", "F002"), (5, 17)),
    Defect("a dropped rule with a number", "kcl-release-policy", "en",
           "- Iteration Cycle: The iteration cycle is typically 3 months, with a new minor version released every 3 "
           "months.\n", "", ("P007", "F001"), (18, 27), names="迭代周期"),
    Defect("a changed test coverage", "kcl-release-policy", "en", "to ensure 100% test coverage",
           "to ensure 90% test coverage", "F001", (29, 38)),
    Defect("swapped sections of a release policy", "kcl-release-policy", "en",
           *_swapped_last("kcl-release-policy", "en", "## Release Process and Rules", "## Lifecycle of a Feature"),
           "P003", (18, 38)),
    Defect("a changed number of issue templates", "kcl-git-guide", "en", "we provide four templates",
           "we provide five templates", "F001", (9, 21)),
    Defect("a dropped issue template", "kcl-git-guide", "en",
           "- Ask a Question: If you have any questions, you can create an issue through the Ask a Question template to "
           "contact us.\n", "", "P007", (9, 20), names="Ask a Question"),
    Defect("a changed URL of Commitizen", "kcl-git-guide", "en", "[Commiten](https://github.com/commitizen/cz-cli)",
           "[Commiten](https://github.com/commitizen/cz-conventional-changelog)", "F004", (39, 90)),
    Defect("a changed number of fields", "kcl-git-guide", "en", "It mainly includes 6 fields:",
           "It mainly includes 7 fields:", "F001", (39, 90)),
    Defect("a changed URL of the PR template", "kcl-git-guide", "en",
           "(https://github.com/kcl-lang/.github/blob/main/.github/PULL_REQUEST_TEMPLATE.md)",
           "(https://github.com/kcl-lang/.github/blob/main/.github/ISSUE_TEMPLATE.md)", "F004", (91, 113)),
    Defect("a dropped paragraph without facts", "kcl-git-guide", "en",
           "We suggest that the PR title be consistent with the branch name and the commit message style:\n\n", "",
           "P006", (91, 111)),
    Defect("a changed number of release branches kept", "kubeovn-releasing", "en", "the two most recent release branches",
           "the three most recent release branches", "F001", (9, 14), known_miss=True),
    Defect("a changed period for patch releases", "kubeovn-releasing", "en", "generally within a week after bug fixes",
           "generally within two weeks after bug fixes", "F001", (15, 18)),
    Defect("a changed URL of the release script", "kubeovn-releasing", "en",
           "(https://github.com/kubeovn/kube-ovn/blob/release-1.12/hack/release.sh)",
           "(https://github.com/kubeovn/kube-ovn/blob/master/hack/release.sh)", "F004", (19, 33)),
    Defect("a dropped step of a release", "kubeovn-releasing", "en", "3. Push the new tag code to GitHub (automated)\n",
           "", "P007", (19, 32), names="推送新 tag 代码到 Github"),
    Defect("swapped sections of a release procedure", "kubeovn-releasing", "en",
           *_swapped_last("kubeovn-releasing", "en", "## Patch Version Release Method", "## Minor Version Release Method"),
           "P003", (19, 48)),
    Defect("a dropped rule without facts", "kubeovn-doc-convention", "en",
           "Different logical blocks, such as title and text, text and code, text and number need to be separated by "
           "blank lines.\n\n", "", "P006", (225, 280)),
    Defect("a dropped rule on links", "kubeovn-doc-convention", "en",
           "Links in the site use the corresponding `md` file path.\n\n", "", "P006", (185, 222)),
    Defect("swapped sections of a style guide", "kubeovn-doc-convention", "en",
           *_swapped("kubeovn-doc-convention", "en", "## Code Block", "## Link", "## Empty Line"), "P003", (71, 224)),
    Defect("a changed version of a note", "chaosmesh-support", "en", "starting with version `2.0.4`.",
           "starting with version `2.0.5`.", "F001", (31, 60)),
    Defect("a changed release date", "chaosmesh-support", "en", "| 2.3     | No                   | Jul 29, 2022 |",
           "| 2.3     | No                   | Jul 19, 2022 |", "F002", (31, 60)),
    Defect("a changed date of the first release", "chaosmesh-support", "en", "| 1.0     | No                   | Sep 25, 2020 |",
           "| 1.0     | No                   | Sep 25, 2019 |", "F002", (31, 60)),
    Defect("a changed support window", "chaosmesh-support", "en", "Our support window is **six months** for each",
           "Our support window is **nine months** for each", "F001", (65, 73)),
    Defect("a changed URL of the chat", "chaosmesh-support", "en", "(https://cloud-native.slack.com/archives/C0193VAV272)",
           "(https://cloud-native.slack.com/archives/C0193VAV227)", "F004", (74, 77)),
    Defect("a dropped kind of support", "chaosmesh-support", "en", "- [Security and bug fixes](#security-and-bug-fixes)\n",
           "", "P007", (65, 72), names="安全和错误修复", known_miss=True),
    Defect("a dropped branch name", "torchrechub-contributing", "en", "- `docs/documentation-update` - Documentation updates\n",
           "", "P007", (46, 51), names="docs/documentation-update"),
    Defect("a dropped documentation rule", "torchrechub-contributing", "en", "- Keep English and Chinese versions in sync\n",
           "", "P007", (113, 119), names="保持英文和中文版本同步"),
    Defect("a changed URL of the code of conduct", "torchrechub-contributing", "en",
           "(https://github.com/datawhalechina/torch-rechub/blob/main/CODE_OF_CONDUCT.md)",
           "(https://github.com/datawhalechina/torch-rechub/blob/main/CONTRIBUTING.md)", "F004", (169, 176)),
    Defect("swapped sections of a contributing guide", "torchrechub-contributing", "en",
           *_swapped("torchrechub-contributing", "en", "### Beginner-Friendly Tasks", "### Advanced Contributions",
                     "### Model Implementation Guide"), "P003", (123, 140)),
    Defect("swapped contents of two sections, headings kept", "torchrechub-contributing", "en",
           *_swapped_contents("torchrechub-contributing", "en", "### Writing Tests", "### Running Tests",
                              "## Documentation"), ("P003", "P004", "P006"), (85, 103), most=4),
]

# --- Held-out round 71 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 71") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 70 (owners a to k and digits), from owners l to z.
# Codes of conduct, contributing guides and a security policy (the legal texts of owners l to z that the index holds
# were all taken or left out before): The Open Source Way's code of conduct (the Contributor Covenant 1.4 with an
# ombuds address; the Chinese links the Covenant's version 3.0 page) and contributing guide (English first; the Chinese
# points to its translation's repository), x-cmd install's contributing guide (03:00 UTC, Apache 2.0, kept line for
# line), AI Intervention Agent's security policy (1.6.x, 72 hours, 7 days, a port and a CIDR), uHorse's contributing
# guide (Chinese first; the English another text: drifted, with a security e-mail address) and Flat's contributing guide
# (a close translation, a control pair).
HELD_OUT_71 = ("opensourceway-coc", "opensourceway-contributing", "xcmd-contributing", "aiintervention-security",
               "uhorse-contributing", "flat-contributing")

# Defects written into copies of the round-71 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-71 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states a calendar date, so no date is changed; the numbers changed are a
# version of a work, a status code, a time of day, a supported version, two periods and a port; two e-mail addresses
# and five URLs are changed; one section with a number (a licence's version) is dropped; the contents of two sections
# are exchanged once, their headings kept.
DEFECTS_71 = [
    Defect("a changed e-mail address for reports", "opensourceway-coc", "en",
           "the project team at ombuds@theopensourceway.org.", "the project team at ombuds@opensourceway.org.",
           "F003", (59, 71)),
    Defect("a dropped unacceptable behaviour", "opensourceway-coc", "en",
           "* Public or private harassment\n", "", "P007",
           (16, 36), names="公开或私下骚扰"),
    Defect("swapped sections of a code of conduct", "opensourceway-coc", "en",
           *_swapped("opensourceway-coc", "en", "## Our Responsibilities", "## Scope", "## Enforcement"),
           "P003", (38, 58)),
    Defect("a dropped paragraph without facts", "opensourceway-coc", "en",
           "Project maintainers who do not follow or enforce the Code of Conduct in good\nfaith may face temporary or "
           "permanent repercussions as determined by other\nmembers of the project's leadership.\n\n",
           "", "P006", (59, 67)),
    Defect("a changed version of a work", "opensourceway-contributing", "en", "to evolve from his original 1.0 work",
           "to evolve from his original 2.0 work", "F001", (16, 26)),
    Defect("a dropped role", "opensourceway-contributing", "en",
           "* Lead Writer Shaun McCance (@shaunix) is responsible for working directly with writers to shape their "
           "content into the level, style, and narrative of the overall guide\n", "", "P007", (16, 25),
           names="首席撰稿人"),
    Defect("a dropped type of issue", "opensourceway-contributing", "en",
           "- `Task`: Something that isn't necessarily *broken* or *missing* but nevertheless needs to be *done* "
           "(chapters could be re-ordered, a new version of the guide should ship, etc.)\n", "", "P007", (37, 43),
           names="Task"),
    Defect("a changed URL of the upstream repository", "opensourceway-contributing", "en",
           "1. Go to https://github.com/theopensourceway/guidebook and click",
           "1. Go to https://github.com/theopensourceway/guidebooks and click", "F004", (72, 99)),
    Defect("swapped sections of a contributing guide", "opensourceway-contributing", "en",
           *_swapped("opensourceway-contributing", "en", "#### Providing a bugfix", "#### Adding a feature",
                     "#### Completing a task"), "P003", (45, 60)),
    Defect("a dropped paragraph without facts", "opensourceway-contributing", "en",
           "You are welcome to make pull requests against this repo from your own fork. Here is how we recommend you "
           "manage this:\n\n", "", "P006", (68, 69), known_miss=True),
    Defect("a changed time of the daily rebuild", "xcmd-contributing", "en",
           "the next daily rebuild (03:00 UTC) picks it up",
           "the next daily rebuild (04:00 UTC) picks it up", ("F002", "F001"), (35, 49)),  # a time is F002 (by the lead)
    Defect("a changed status code", "xcmd-contributing", "en",
           "URL returns 404 / wrong page", "URL returns 403 / wrong page",
           "F001", (102, 114)),
    Defect("a dropped reason to decline", "xcmd-contributing", "en",
           "- Tools that engage in **malicious behavior**\n", "",
           "P007", (127, 137), names="恶意行为"),
    Defect("a dropped case for a fix", "xcmd-contributing", "en",
           "- `binlist` missing for a tool that installs under a different name\n", "", "P007", (102, 113),
           names="工具装出来名字"),
    Defect("swapped sections of a contributing guide", "xcmd-contributing", "en",
           *_swapped("xcmd-contributing", "en", "## Quality bar (maintainers will check)", "## What we reject",
                     "## PR process"), "P003", (115, 138)),
    Defect("a dropped section with a licence's version", "xcmd-contributing", "en",
           _between("xcmd-contributing", "en", "\n---\n\n## License"), "", ("P002", "P006", "F001"), (160, 162)),
    Defect("a changed supported version", "aiintervention-security", "en", "| 1.6.x   | ✅ Supported   |",
           "| 1.7.x   | ✅ Supported   |", "F001", (9, 22)),
    Defect("a changed time to acknowledge", "aiintervention-security", "en",
           "within **72 hours**.", "within **48 hours**.",
           "F001", (41, 48)),
    Defect("a changed time to triage", "aiintervention-security", "en", "shared within **7 days** of acknowledgement.",
           "shared within **14 days** of acknowledgement.", "F001", (41, 48)),
    Defect("a changed port of the tunnel", "aiintervention-security", "en",
           "`ssh -L 18080:127.0.0.1:18080 user@remote`",
           "`ssh -L 18080:127.0.0.1:8080 user@remote`", "F001", (49, 83)),
    Defect("a changed URL of the private advisory", "aiintervention-security", "en",
           "[ghsa]: https://github.com/xiadengma/ai-intervention-agent/security/advisories/new",
           "[ghsa]: https://github.com/xiadengma/ai-intervention-agent/security/advisories", "F004", (84, 95)),
    Defect("a dropped exclusion", "aiintervention-security", "en", "- Social engineering of maintainers.\n", "", "P007",
           (84, 94), names="针对维护者的社会工程攻击"),
    Defect("swapped sections of a security policy", "aiintervention-security", "en",
           *_swapped("aiintervention-security", "en", "## Reporting a vulnerability", "## Disclosure policy",
                     "## Hardening recommendations"), "P003", (23, 48)),
    Defect("a changed e-mail address for security reports", "uhorse-contributing", "en", "**security@uhorse.dev**",
           "**security@uhorse.io**", "F003", (184, 189)),
    Defect("a changed URL of the issues", "uhorse-contributing", "en", "(https://github.com/kts-kris/uHorse/issues)",
           "(https://github.com/kts-kris/uHorse/discussions)", "F004", (11, 18)),
    Defect("a dropped step of a bug report", "uhorse-contributing", "en",
           "2. Use the Bug Report template\n", "", "P007",
           (11, 17), names="使用 Bug Report 模板"),
    Defect("a changed URL of Conventional Commits", "uhorse-contributing", "en",
           "[Conventional Commits](https://www.conventionalcommits.org/)",
           "[Conventional Commits](https://www.conventionalcommits.org/en/v1.0.0/)", "F004", (83, 95), known_miss=True),
    Defect("a dropped rule for pull requests", "flat-contributing", "en",
           "* Don't include unrelated changes.\n", "", "P007",
           (35, 45), names="不要包括不相关的修改"),
    Defect("swapped contents of two sections, headings kept", "flat-contributing", "en",
           *_swapped_contents("flat-contributing", "en", "### Improve documentation", "### Improve issues",
                              "### Give feedback on issues"), ("P003", "P004", "P006"), (13, 20), most=4),
    Defect("a changed URL of the discussion group", "flat-contributing", "en",
           "[join-flat-slack]: https://github.com/netless-io/flat/issues/926",
           "[join-flat-slack]: https://github.com/netless-io/flat/issues/962", "F004", (35, 46)),
]


# Rounds 70 and 71, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 70 and 71,
# classified"), tuned on and registered.
EXPECTED.update({
    # true: "每一个半月" against "every six months"; the KCL website's link only in Chinese (content)
    "kcl-release-policy": [("en", 7, "F001"), ("en", 29, "F004")],
    "kcl-git-guide": [("en", 114, "P006")],  # true: the Angular convention's paragraph, with its link, only in Chinese
    # false in the one run, none since: "半年" against "six months" (wording)
    "kubeovn-releasing": [],
    "kubeovn-doc-convention": [],
    # true, all: the note of 2024-02-01 (F002, P006); master's row (1.33 to 1.35, P006); release 2.8 (F001); 2.6's end
    # of life (F002); the Chinese's E2E row of 2.5 and master's tested versions (F001 x7 at 84); the English's row of
    # 2.8 and master's tested versions (F001 x4 at 93) (content)
    "chaosmesh-support": [("en", 15, "F002"), ("en", 17, "P006"), ("en", 47, "P006"), ("en", 48, "F001"),
                          ("en", 50, "F002"), ("en", 84, "F001"), ("en", 84, "F001"),
                          ("en", 93, "F001")],
    "torchrechub-contributing": [],
    "opensourceway-coc": [("en", 75, "F004")],  # true: the Covenant's page of version 3.0 against 1.4 (content)
    # true, all: each link to the translation's repositories where the English links the upstream's (content)
    "opensourceway-contributing": [("en", 10, "F004"), ("en", 12, "F004"), ("en", 12, "F004"), ("en", 14, "F004"),
                                   ("en", 31, "F004"), ("en", 35, "F004"), ("en", 35, "F004"), ("en", 49, "F004"),
                                   ("en", 51, "F004"), ("en", 57, "F004"), ("en", 59, "F004"), ("en", 65, "F004")],
    # false in the one run, none since: "CONTRIBUTING.cn.md" read as the domain contributing.cn (form)
    "xcmd-contributing": [],
    "aiintervention-security": [],
    # an English written as another text. True: the Chinese numbers its steps, the English none (P005 37, form); Rust
    # 1.70 and two tools only in English (F001 39, P007 40); rustup's URL only in Chinese (F004 43); the upstream
    # remote only in English (F004 51); the code style rules (P002 96, said part of "提交代码", which they are not);
    # the branch naming rules (P007 108); "Testing" and "Write Tests" only in English (P002 112, 127); the checklist
    # one level deeper (P004 151, form); the PR template against the project structure (P002 160); the licence only
    # in Chinese (P002 184); the security e-mail's item only in English (P007 194) (content). False: "Submit Code"
    # said added (P002 25: "提交代码" is its counterpart) and the sections after it paired with the Chinese's steps
    # (P004 35, F004 37 and 47: the clone URL is in both, P003 69: "Hot Reload" only in English said moved, P002 81:
    # "4. 编码规范" is the coding standards', P006 83: Conventional Commits is in both, P003 103: branch naming said
    # moved, P006 114, P002 149: "PR 检查清单" is its counterpart)
    "uhorse-contributing": [("en", 25, "P002"), ("en", 35, "P004"), ("en", 37, "F004"), ("en", 37, "P005"),
                            ("en", 39, "F001"), ("en", 40, "P007"), ("en", 43, "F004"), ("en", 47, "F004"),
                            ("en", 51, "F004"), ("en", 69, "P003"), ("en", 81, "P002"), ("en", 83, "P006"),
                            ("en", 96, "P002"), ("en", 103, "P003"), ("en", 108, "P007"), ("en", 112, "P002"),
                            ("en", 114, "P006"), ("en", 127, "P002"), ("en", 149, "P002"), ("en", 151, "P004"),
                            ("en", 160, "P002"), ("en", 184, "P002"), ("en", 194, "P007")],
    "flat-contributing": [],
})
FALSE.update({
    "uhorse-contributing": [("en", 25, "P002"), ("en", 35, "P004"), ("en", 37, "F004"), ("en", 47, "F004"),
                            ("en", 69, "P003"), ("en", 81, "P002"), ("en", 83, "P006"), ("en", 103, "P003"),
                            ("en", 114, "P006"), ("en", 149, "P002")],
})
DEFECTS += DEFECTS_70 + DEFECTS_71
RETUNED_70 = HELD_OUT_70
RETUNED_71 = HELD_OUT_71
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 72, collected apart


# --- Held-out round 72 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 72") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 73, from owners whose name starts with a digit or a
# to k. A licence notice and rules that bind committers, release managers and contributors: BFE's release regulation
# (git-flow branches, rc tags) and its guide to submitting PRs (bfenetworks/bfe), bRPC's process for new committers and
# PPMC members (10 commits, 3 +1 votes, ICLA, e-mail addresses) and its release procedure (a week, 72 hours, 3 +1,
# SVN, GPG, mail templates; apache/brpc, both Chinese first), Motrix's third-party notices (proprietary icons and font,
# aria2 under GPL, GeoLite2 under CC BY-SA 4.0, fifteen Rust crates with versions; agalwood/Motrix) and Saladict's
# contributing guide (crimx/ext-saladict, the English first).
HELD_OUT_72 = ("bfe-release", "bfe-pr", "brpc-committer", "brpc-release", "motrix-notices", "saladict-contributing")

# Defects written into copies of the round-72 pairs (the English text, the translation), each with the finding that
# must name it and the lines of the modified translation where it may stand (the section it is in, from its heading to
# the line before the next heading of any level, outside code blocks; for a swap, both sections), set before any
# checker was run on any round-72 pair, modified or not; for a dropped list item, words of the Chinese item the finding
# must quote (within its first forty characters). No date stands outside a code block (the GPG outputs' 2021-10-17
# only), so no date is changed; the numbers changed are a patch increment, a branch's version, a count of commits, a
# voting period, an aria2 version and a crate's version; two e-mail addresses and six URLs are changed; a paragraph
# with a number (3+ days) and a list item with a number (SPDX 2.3) are dropped.
DEFECTS_72 = [
    Defect("a changed patch increment", "bfe-release", "en", "with patch number added by 1.",
           "with patch number added by 2.", "F001", (33, 57)),
    Defect("a changed URL of Semantic Versioning", "bfe-release", "en", "[Semantic Versioning](http://semver.org/)",
           "[Semantic Versioning](http://semver.com/)", "F004", (5, 8)),
    Defect("a dropped step of the release", "bfe-release", "en", "    * Modify version information in 'VERSION' file.\n\n",
           "", "P007", (33, 55), names="版本信息"),
    Defect("a changed URL of the answer on squashing", "bfe-pr", "en",
           "(http://stackoverflow.com/questions/5667884/how-to-squash-commits-in-git-after-they-have-been-pushed)",
           "(http://stackoverflow.com/questions/5667885/how-to-squash-commits-in-git-after-they-have-been-pushed)",
           "F004", (51, 81)),
    Defect("a changed release branch", "bfe-pr", "en", "whether release/1.1 pass test", "whether release/1.2 pass test",
           "F001", (17, 28)),
    Defect("a dropped paragraph without facts", "bfe-pr", "en",
           "Then please wait for review. If there is any need to make a modification, you can update corresponding "
           "branch in origin following the steps above.\n\n", "", "P006", (7, 14)),
    Defect("a dropped rule for many suggestions", "bfe-pr", "en", "   - Please show general modification\n\n", "", "P007",
           (51, 79), names="总体的修改情况", known_miss=True),
    Defect("swapped sections", "bfe-pr", "en",
           *_swapped("bfe-pr", "en", "## Delete remote branch", "## Delete local branch",
                     "## Certain regulations about submitting code"), "P003", (29, 50), known_miss=True),
    Defect("a changed number of commits", "brpc-committer", "en", "1. More than 10 commits from the contributor",
           "1. More than 20 commits from the contributor", "F001", (10, 15)),
    Defect("a changed e-mail address of the secretary", "brpc-committer", "en",
           "send the electronic version to secretary@apache.org", "send the electronic version to secretariat@apache.org",
           "F003", (16, 27)),
    Defect("a changed URL of the roster", "brpc-committer", "en",
           "1. Add as committer ([https://whimsy.apache.org/roster/ppmc/brpc](https://whimsy.apache.org/roster/ppmc/brpc))",
           "1. Add as committer ([https://whimsy.apache.org/roster/committee/brpc](https://whimsy.apache.org/roster/committee/brpc))",
           "F004", (28, 33)),
    Defect("a dropped way to sign", "brpc-committer", "en", "   * Use 'DocuSign' to sign;\n", "", "P007", (16, 26),
           names="DocuSign"),
    Defect("a changed voting period", "brpc-release", "en", "After at least 72 hours and 3 +1 PMC member votes",
           "After at least 48 hours and 3 +1 PMC member votes", "F001", (411, 415)),
    Defect("a dropped paragraph with a number", "brpc-release", "en", "This stage will cost 3+ days.\n\n", "",
           ("P006", "F001"), (407, 408)),
    Defect("a changed e-mail address for the announcement", "brpc-release", "en",
           "and `announce@apache.org` to announce", "and `announce@brpc.apache.org` to announce", "F003", (535, 592)),
    Defect("a changed URL of the download prefix", "brpc-release", "en",
           "should use this prefix: `https://dlcdn.apache.org/brpc/`",
           "should use this prefix: `https://archive.apache.org/brpc/`", "F004", (527, 534)),
    Defect("a dropped paragraph without facts", "brpc-release", "en",
           "Since the public key server has no verifying mechanism, anyone can upload the public key in your name, so "
           "there is no way to guarantee the reliability of the public key on the server. Usually, you can publish a "
           "public key fingerprint on your website and let others check the downloaded public key.\n\n", "", "P006",
           (144, 162)),
    Defect("a dropped check of the package", "brpc-release", "en", "- Only text files exist, no binary files exist\n", "",
           "P007", (392, 405), names="只存在文本文件", known_miss=True),
    Defect("swapped sections", "brpc-release", "en",
           *_swapped("brpc-release", "en", "### 6. Generate GPG signature", "### 7. Generate SHA512 checksum",
                     "## Publish to Apache SVN repository"), "P003", (242, 257)),
    Defect("swapped contents of two sections, headings kept", "brpc-release", "en",
           *_swapped_contents("brpc-release", "en", "### 1. Verify SHA512 checksum", "### 2. Verify GPG signature",
                              "### 3. Check release content"), ("P003", "P004", "P006"), (323, 375), most=4, known_miss=True),
    Defect("a changed version of aria2", "motrix-notices", "en", "- **Version:** 1.37.0-motrix.10",
           "- **Version:** 1.37.0-motrix.9", "F001", (85, 103)),
    Defect("a changed URL of a mirror", "motrix-notices", "en", "(<https://github.com/P3TERX/GeoLite.mmdb>)",
           "(<https://github.com/P3TERX/GeoLite2.mmdb>)", "F004", (104, 133)),
    Defect("a changed version of a crate", "motrix-notices", "en", "| serde_json | 1.0.151 |", "| serde_json | 1.0.115 |",
           "F001", (177, 216)),
    Defect("a dropped extension", "motrix-notices", "en", "- `motrix.scraper-hook`\n", "", "P007", (134, 153),
           names="motrix.scraper-hook"),
    Defect("a dropped file with a number", "motrix-notices", "en",
           "- `sbom.spdx.json` — SPDX 2.3 software bill of materials.\n", "", ("P007", "F001"), (155, 175),
           names="sbom.spdx.json"),
    Defect("swapped sections", "motrix-notices", "en",
           *_swapped("motrix-notices", "en", "## GeoIP database (opt-in, downloaded by the user)",
                     "## Bundled Motrix extensions", "## npm runtime dependencies and SBOM"), "P003", (104, 154)),
    Defect("a changed URL of the naming convention", "saladict-contributing", "en",
           "(http://ecss.io/chapter5.html#anatomy-of-the-ecss-naming-convention)",
           "(http://ecss.io/chapter4.html#anatomy-of-the-ecss-naming-convention)", "F004", (49, 70)),
    Defect("a dropped paragraph without facts", "saladict-contributing", "en",
           "To develop the component in Storybook we need to intercept http requests from dictionary engines and replace "
           "with the downloaded results.\n\n", "", "P006", (71, 79)),
    Defect("a dropped option of the build", "saladict-contributing", "en",
           "- `--analyze`: Show detailed Webpack bundle analyzer.\n", "", "P007", (40, 47), names="打包分析图"),
    Defect("swapped sections", "saladict-contributing", "en",
           *_swapped("saladict-contributing", "en", "## Testing", "## Building", "## How to add a dictionary"), "P003",
           (36, 48)),
]


# --- Held-out round 73 (issue 10) ---------------------------------------------------------------------------------
# Five pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 73") was written by reading both texts only. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers
# them after the one held-out run. Collected at the same time as round 72 (owners a to k and digits), from owners l
# to z.
# No legal text could be had (below, in the README); the five are contributing guides and a release procedure: Rspack's
# contributing guide and release procedure (web-infra-dev/rspack, the English first; close translations, Tier 1 and
# Tier 2 platforms, v1.0.0, Tuesdays), V2Fly's development guide (v2fly/v2fly-github-io, the Chinese first, the English
# left behind since 2020: GitHub Actions against Travis-ci, other commands, another PR procedure, 70%), Xray's
# development guide (XTLS/Xray-docs-next, the Chinese first, the English retranslated in 2026: 70%, 114-514, 1919-810)
# and Umi's contributing guide (umijs/umi, the Chinese first: Node.js 18+, pnpm v8, 10s+, 4.0.81, one command that
# differs).
HELD_OUT_73 = ("rspack-contributing", "rspack-releasing", "v2fly-devguide", "xray-devguide", "umi-contributing")

# Defects written into copies of the round-73 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-73 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states a date, a time of day, an e-mail address or an amount of money,
# so none is changed; the numbers changed are a coverage twice, a Node.js version, a version to roll back to, a range
# and a release branch's version; eight URLs are changed; a paragraph with a number and a list item with a URL are
# dropped.
DEFECTS_73 = [
    Defect("a changed URL of the Discord server", "rspack-contributing", "en", "(https://discord.gg/sYK4QjyZ4V)",
           "(https://discord.gg/sYK4QjyZ5V)", "F004", (11, 15)),
    Defect("a changed URL of the repro template", "rspack-contributing", "en",
           "(https://github.com/web-infra-dev/rspack-repro)",
           "(https://github.com/web-infra-dev/rspack-repro-template)", "F004", (16, 32)),
    Defect("a dropped quality of a minimal reproduction", "rspack-contributing", "en", "- Self-contained\n", "", "P007",
           (16, 31), names="自包含", known_miss=True),
    Defect("a dropped step of a pull request", "rspack-contributing", "en",
           "5. If you've fixed a bug or added code that should be tested, then add some tests.\n", "", "P007", (47, 62),
           names="如果你修复了错误或添加了需要被测试的代码"),
    Defect("a dropped paragraph without facts", "rspack-contributing", "en",
           "We are always looking for contributors, and that goes beyond just our main repository.\n\n", "", "P006",
           (85, 95)),
    Defect("swapped sections of a contributing guide", "rspack-contributing", "en",
           *_swapped("rspack-contributing", "en", "### Good first issue", "### Tracking issue",
                     "## Sending pull request"), "P003", (35, 46)),
    Defect("a changed URL of a package's versions", "rspack-releasing", "en",
           "(https://www.npmjs.com/package/@rspack/cli?activeTab=versions)",
           "(https://www.npmjs.com/package/@rspack/dev-server?activeTab=versions)", "F004", (5, 10)),
    Defect("a changed version of the release branch", "rspack-releasing", "en", "for example `release/v1.0.0`.",
           "for example `release/v2.0.0`.", "F001", (50, 91)),
    Defect("a dropped Tier 2 platform", "rspack-releasing", "en", "- s390x-unknown-linux-gnu\n", "", "P007", (11, 48),
           names="s390x-unknown-linux-gnu"),
    Defect("a dropped release workflow with its URL", "rspack-releasing", "en",
           "   - [Release Crates](https://github.com/web-infra-dev/rspack/actions/workflows/release-crates.yml): "
           "Publish Rust crates to crates.io\n", "", ("P007", "F004"), (50, 90), names="Release Crates"),
    Defect("a changed URL of the ecosystem CI", "rspack-releasing", "en",
           "(https://github.com/web-infra-dev/rspack/actions/workflows/ecosystem-ci.yml)",
           "(https://github.com/web-infra-dev/rspack/actions/workflows/ecosystem-ci-test.yml)", "F004", (50, 91)),
    Defect("a dropped paragraph without facts", "rspack-releasing", "en",
           "Canary is the pre-release version for testing and verifying new features.\n\n", "", "P006", (92, 94), known_miss=True),
    Defect("a changed code coverage", "v2fly-devguide", "en", "has more than 70% code coverage.",
           "has more than 80% code coverage.", "F001", (36, 45)),
    Defect("a changed URL of the source article", "v2fly-devguide", "en",
           "(http://blog.campoy.cat/2014/03/github-and-go-forking-pull-requests-and.html)",
           "(http://blog.campoy.cat/2015/03/github-and-go-forking-pull-requests-and.html)", "F004", (46, 58), known_miss=True),
    Defect("a dropped rule on other projects", "v2fly-devguide", "en",
           "  * If you need to reference other projects, please create an Issue in advance for discussion;\n", "",
           "P007", (21, 28), names="如需引用其它项目", known_miss=True),
    Defect("a dropped rule on pull requests", "v2fly-devguide", "en",
           "* A PR only does one thing. If there are multiple bug fixes, please submit a PR for each bug;\n", "",
           "P007", (46, 57), names="一个 PR 只做一件事"),
    Defect("swapped sections of a development guide", "v2fly-devguide", "en",
           *_swapped("v2fly-devguide", "en", "#### Functional issues", "#### Performance related", "#### new function"),
           "P003", (61, 68)),
    Defect("swapped contents of two sections, headings kept", "v2fly-devguide", "en",
           *_swapped_contents("v2fly-devguide", "en", "### Branch (Branch)", "### Release",
                              "### Reference other projects"), ("P003", "P004", "P006"), (13, 20), most=4),
    Defect("a changed code coverage", "xray-devguide", "en", "new code has over 70% code coverage.",
           "new code has over 60% code coverage.", "F001", (50, 60)),
    Defect("a changed URL of the issues", "xray-devguide", "en", "(https://github.com/XTLS/Xray-core/issues)",
           "(https://github.com/XTLS/Xray-core/discussions)", "F004", (46, 49)),
    Defect("a changed range of an example", "xray-devguide", "en", "  - `\"114-514\"`\n", "  - `\"114-415\"`\n", "F001",
           (137, 155)),
    Defect("a dropped repository with its URL", "xray-devguide", "en",
           "- Install Script: [Xray-install](https://github.com/XTLS/Xray-install)\n", "", ("P007", "F004"), (9, 18),
           names="安装脚本"),
    Defect("a dropped rule on branches", "xray-devguide", "en",
           "- Branches that have already been merged into the trunk and are no longer necessary should be deleted.\n",
           "", "P007", (20, 26), names="已经合并入主干且没有必要存在的分支"),
    Defect("swapped sections of a development guide", "xray-devguide", "en",
           *_swapped("xray-devguide", "en", "### Before Writing Code", "### Modifying Code", "### Pull Request"),
           "P003", (46, 60)),
    Defect("a changed Node.js version", "umi-contributing", "en", "requires Node.js 18+ and",
           "requires Node.js 16+ and", "F001", (11, 20)),
    Defect("a changed version to roll back to", "umi-contributing", "en", "to roll back to 4.0.81.",
           "to roll back to 4.0.18.", "F001", (184, 191)),
    Defect("a changed URL of Volta", "umi-contributing", "en", "[Volta](https://volta.sh/)",
           "[Volta](https://volta.dev/)", "F004", (11, 20)),
    Defect("a dropped paragraph with a number", "umi-contributing", "en",
           "Currently running tests is fast, completing in just over 10s+. It’s recommended to run tests locally "
           "before submitting a PR to reduce Round Trips.\n\n", "", ("P006", "F001"), (66, 85)),
    Defect("a dropped paragraph without facts", "umi-contributing", "en",
           "\n\nIf you don't know what you can contribute, you can search TODO or FIXME in the source code.\n", "\n",
           "P006", (192, 196)),
    Defect("swapped sections of a contributing guide", "umi-contributing", "en",
           *_swapped("umi-contributing", "en", "## Adding a New Package", "## Updating Dependencies", "## Release"),
           "P003", (147, 173)),
]


# Rounds 72 and 73, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 72 and 73,
# classified"), tuned on and registered.
EXPECTED.update({
    # false in the one run, none since: "Patch号加一" against "added by 1" (wording)
    "bfe-release": [],
    "bfe-pr": [],
    "brpc-committer": [("en", 14, "F003")],  # true: the self-introduction sent to dev@apache.org, not dev@brpc (content)
    # true: the release notes in two languages only in Chinese (P006 9); the tar.gz tarball only in English (P006 380);
    # the GitHub release's title "1.x.0" only in Chinese (F001 522); the WeChat account's section only in Chinese (P002
    # 593) (content); steps numbered 1 again inside each part, in each text (N001, N002: 7 in English, 7 in Chinese),
    # the vote's two e-mail templates subsections only in Chinese (P004 416) (form). False: "2 位版本", "3 位版本"
    # against "MAJOR/MINOR" (F001 x2 167), "本文以 1.0.0 版本为例" against "For example" (F001 189, 197, 205) and the
    # note's tag 1.0.0 against "the last commit" (F001 416) (wording); the GPG key's placeholder user against a real one
    # (F003 245, 286: form); the NOTICE's year, an item of its own in English (P007 396: form); the WeChat article's
    # reference, whose Chinese is under the heading said missing (P006 595)
    "brpc-release": [("en", 9, "P006"), ("en", 36, "N001"), ("en", 50, "N001"), ("en", 112, "N002"),
                     ("en", 134, "N002"), ("en", 144, "N002"), ("en", 167, "F001"),
                     ("en", 189, "F001"), ("en", 197, "F001"), ("en", 205, "F001"),
                     ("en", 245, "F003"), ("en", 286, "F003"), ("en", 378, "N001"),
                     ("en", 380, "P006"), ("en", 392, "N001"), ("en", 396, "P007"),
                     ("en", 416, "F001"), ("en", 416, "P004"), ("en", 522, "F001"),
                     ("en", 593, "P002"), ("en", 595, "P006"), ("zh", 36, "N001"),
                     ("zh", 50, "N001"), ("zh", 111, "N002"), ("zh", 133, "N002"),
                     ("zh", 142, "N002"), ("zh", 375, "N001"), ("zh", 387, "N001")],
    # false in the one run, none since: the licence's deed in Chinese (deed.zh) against its page (form)
    "motrix-notices": [],
    "saladict-contributing": [],
    "rspack-contributing": [],
    "rspack-releasing": [],
    # true: the proto files' regeneration only in Chinese (P007 36); gofmt and go test of v2ray.com/core (F004 41);
    # getting the code and the work's steps (P007 46 x2, F004 53); the PR sent to v2ray.com/core (F004 56); the source
    # article only in English (P007 57); the note on Golang's case only in English (P007 112) (content). False: the
    # item "product code can only use the golang standard library", whose counterpart is the Chinese's one item (the
    # English-only item is the next: P007 24)
    "v2fly-devguide": [("en", 24, "P007"), ("en", 36, "P007"), ("en", 41, "F004"), ("en", 46, "P007"), ("en", 46, "P007"),
                       ("en", 53, "F004"), ("en", 56, "F004"), ("en", 57, "P007"), ("en", 112, "P007")],
    "xray-devguide": [],
    # false in the one run, none since: "10s+" after a Chinese comma not read (form)
    "umi-contributing": [],
})
FALSE.update({
    "brpc-release": [("en", 167, "F001"), ("en", 189, "F001"), ("en", 197, "F001"),
                     ("en", 205, "F001"), ("en", 245, "F003"), ("en", 286, "F003"), ("en", 396, "P007"),
                     ("en", 416, "F001"), ("en", 595, "P006")],
    "v2fly-devguide": [("en", 24, "P007")],
})
DEFECTS += DEFECTS_72 + DEFECTS_73
RETUNED_72 = HELD_OUT_72
RETUNED_73 = HELD_OUT_73
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 74, collected apart


# --- Held-out round 74 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 74") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 75, from owners whose names start with a digit or a to
# k. SecuBox's security disclosure policy (an EU Cyber Resilience Act policy: supported versions with March 2027 and
# September 2026, 18 months, 48 hours, 5 business days, CVSS bands and 7/30/60 days, three e-mail addresses, a phone
# number, Q3 2026) and its v1.0.0 beta release and bug-bounty programme (ports, a release date, 24/72 hours, 7/30/90
# days, a legal section), HexClaw's security policy (48 hours, 7 days, 100K windows, 30 seconds, 64KB, RFC 1918 and
# 6598, cloud metadata addresses, 10 minutes, 1000 entries), the Chinese translation of the contributing guide of
# Google's generative-ai samples (a CLA URL; a traditional-Chinese fork's translation), and CovScript's sponsoring
# policy (amounts in yuan, 40/60% and 40/30/20/10% shares, an e-mail address) and contributing guide (a section on
# spreading the word only in Chinese). SecuBox's, HexClaw's and generative-ai's English came first; CovScript's two were
# added in both languages at once.
HELD_OUT_74 = ("secubox-security", "secubox-beta", "hexclaw-security", "genai-contributing", "covscript-sponsoring",
               "covscript-contributing")

# Defects written into copies of the round-74 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-74 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). Two dates are changed (an end of support, a release date); the numbers changed are
# a support period, a port, a response time, a timeout, a share of funds and a CMake version; three e-mail addresses and
# four URLs are changed; three dropped list items and one dropped paragraph carry numbers.
DEFECTS_74 = [
    Defect("a changed end of support", "secubox-security", "en", "| 0.19.x  | ✅ LTS        | March 2027 |",
           "| 0.19.x  | ✅ LTS        | March 2028 |", "F002", (20, 28)),
    Defect("a changed support period", "secubox-security", "en", "Critical security patches only, 18 months",
           "Critical security patches only, 24 months", "F001", (29, 44)),
    Defect("a changed e-mail address for support", "secubox-security", "en", "- **Support:** support@cybermind.fr",
           "- **Support:** support@cybermind.com", "F003", (229, 243)),
    Defect("a changed URL of the public key", "secubox-security", "en", "- https://secubox.in/pgp/security-key.asc\n",
           "- https://secubox.in/pgp/security.asc\n", "F004", (63, 69)),
    Defect("a dropped fix time with a number", "secubox-security", "en", "- **High (CVSS 7.0-8.9):** 30 days\n", "",
           ("P007", "F001"), (80, 96), names="高危"),
    Defect("swapped sections of a security policy", "secubox-security", "en",
           *_swapped("secubox-security", "en", "### Defense in Depth", "### Data Sovereignty",
                     "---\n\n## Third-Party Components"), "P003", (185, 206)),
    Defect("a changed release date", "secubox-beta", "en", "**Release Date:** 2026-03-15", "**Release Date:** 2026-03-25",
           "F002", (5, 14)),
    Defect("a changed port of the WAF", "secubox-beta", "en", "| mitmproxy WAF | 22222 | HTTP |",
           "| mitmproxy WAF | 22223 | HTTP |", "F001", (47, 55)),
    Defect("a dropped out-of-scope item", "secubox-beta", "en", "- Social engineering\n", "", "P007", (179, 187),
           names="社会工程"),
    Defect("swapped sections of a bug-bounty scope", "secubox-beta", "en",
           *_swapped("secubox-beta", "en", "### In Scope", "### Out of Scope", "---\n\n## Reporting"), "P003",
           (170, 188)),
    Defect("a changed URL of the security reports", "secubox-beta", "en",
           "(https://github.com/CyberMind-FR/secubox-openwrt/security)",
           "(https://github.com/CyberMind-FR/secubox-openwrt/issues)", "F004", (191, 196)),
    Defect("a dropped paragraph with numbers", "secubox-beta", "en",
           "Recommended: x86-64 mini PC or ARM64 SBC (NanoPi R4S, Raspberry Pi 4)\n\n", "", ("P006", "F001"),
           (255, 258)),
    Defect("a changed e-mail address for reports", "hexclaw-security", "en", "please email: **security@hexclaw.net**",
           "please email: **security@hexclaw.dev**", "F003", (9, 24)),
    Defect("a changed response time", "hexclaw-security", "en", "a detailed response within 7 days.",
           "a detailed response within 14 days.", "F001", (9, 24)),
    Defect("a changed timeout", "hexclaw-security", "en", "- 30-second execution timeout, 64KB output limit",
           "- 60-second execution timeout, 64KB output limit", "F001", (49, 57)),
    Defect("a dropped blocked range with numbers", "hexclaw-security", "en",
           "- Private IP ranges blocked: RFC 1918, RFC 6598, loopback, link-local\n", "", ("P007", "F001"), (58, 62),
           names="封锁私有 IP 段"),
    Defect("swapped contents of two sections, headings kept", "hexclaw-security", "en",
           *_swapped_contents("hexclaw-security", "en", "### MCP", "### Workflow Execution", "### Plugin Registry"),
           ("P003", "P004", "P006"), (89, 97), most=4),
    Defect("a changed URL of the CLA", "genai-contributing", "en", "<https://cla.developers.google.com/>",
           "<https://cla.developers.google.com/clas>", "F004", (10, 21)),
    Defect("a dropped paragraph without facts", "genai-contributing", "en",
           "You generally only need to submit a CLA once, so if you've already submitted one\n(even if it was for a "
           "different project), you probably don't need to do it\nagain.\n\n", "", "P006", (10, 17)),
    Defect("a dropped thing to keep in mind", "genai-contributing", "en",
           "- **Test your changes.** Before you submit a pull request, make sure that your changes work as expected.\n",
           "", "P007", (73, 91), names="測試你的變更"),
    Defect("a changed e-mail address for sponsors", "covscript-sponsoring", "en",
           "[mikecovlee@163.com](mailto:mikecovlee@163.com)", "[mikecovlee@126.com](mailto:mikecovlee@126.com)",
           "F003", (22, 34)),
    Defect("a changed share of the funds", "covscript-sponsoring", "en", "2. **Contributor Bonuses** (60%)",
           "2. **Contributor Bonuses** (70%)", "F001", (48, 61)),
    Defect("a dropped dimension with a share", "covscript-sponsoring", "en",
           "- **Issue Resolution** (30%)\n  - Number of issues resolved\n  - Importance of bug fixes\n  \n", "",
           ("P007", "F001"), (64, 81), names="问题解决"),
    Defect("swapped sections of a sponsoring policy", "covscript-sponsoring", "en",
           *_swapped("covscript-sponsoring", "en", "### Regular Reports", "### View Reports", "### Privacy Protection"),
           "P003", (96, 105)),
    Defect("a dropped paragraph without facts", "covscript-sponsoring", "en",
           "Whether your sponsorship is large or small, we sincerely thank every sponsor. Your support enables Covariant "
           "Script to better serve developers worldwide.\n\n", "", "P006", (142, 146)),
    Defect("a changed CMake version", "covscript-contributing", "en", "- CMake 3.16 or higher", "- CMake 3.18 or higher",
           "F001", (74, 79)),
    Defect("a dropped environment detail", "covscript-contributing", "en",
           "  - Architecture (x86, ARM, MIPS, LoongArch)\n", "", "P007", (42, 54), names="架构"),
    Defect("a changed URL of the discussions", "covscript-contributing", "en",
           "discuss in [GitHub Discussions](https://github.com/covscript/covscript/discussions)",
           "discuss in [GitHub Discussions](https://github.com/covscript/covscript/issues)", "F004", (30, 41)),
    Defect("a dropped paragraph without facts", "covscript-contributing", "en",
           "Before creating bug reports, please check the existing issues to avoid duplicates. When creating a bug report, "
           "include as many details as possible:\n\n", "", "P006", (42, 53)),
    Defect("swapped sections of a contributing guide", "covscript-contributing", "en",
           *_swapped("covscript-contributing", "en", "### Best Practices", "### File Organization",
                     "## Contributor Rights"), "P003", (206, 220)),
]


# --- Held-out round 75 (issue 10) ---------------------------------------------------------------------------------
# Five pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 75") was written by reading both texts only. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers
# them after the one held-out run. Collected at the same time as round 74 (owners a to k and digits), from owners l
# to z.
# No legal text could be had (below, in the README); the five are contributing guides, a security policy and a release
# runbook: eKuiper's contributing guide (lf-edge/ekuiper, the English first: hard-wrapped in English, a redis and a
# kuiper.yaml configuration, ports 6379 and 59720, 100 characters, 6 PRs, 7 days, 2/3), ZapCmd's two contributing
# guides (zhengkanghua/zapcmd: the root one drifted apart, six sections or passages only in Chinese, 90%; the one in
# .github/ with the Chinese changed later, `check:ci-parity` only in Chinese) and the project orchestrator's security
# policy and release runbook (zhangz-2018/dsh-project-orchestrator, the English first, close translations).
HELD_OUT_75 = ("ekuiper-contributing", "zapcmd-contributing", "zapcmd-github-contributing", "dshorch-security",
               "dshorch-releasing")

# Defects written into copies of the round-75 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-75 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states a date, a time of day, an e-mail address or an amount of money,
# so none is changed; the numbers changed are a port twice, a count of PRs, a majority, a coverage threshold, a version
# line and a period of days (written in words); three URLs are changed; a paragraph with a number is dropped.
DEFECTS_75 = [
    Defect("a changed URL of the issues", "ekuiper-contributing", "en", "(https://github.com/lf-edge/ekuiper/issues)",
           "(https://github.com/lf-edge/ekuiper/discussions)", "F004", (9, 17)),
    Defect("a changed URL of the linter's documentation", "ekuiper-contributing", "en",
           "[golangci-lint](https://golangci-lint.run/)", "[golangci-lint](https://golangci-lint.com/)", "F004",
           (72, 80)),
    Defect("a changed port of the message bus", "ekuiper-contributing", "en", "connect to 10.65.38.224's 6379 port.",
           "connect to 10.65.38.224's 6389 port.", "F001", (135, 164)),
    Defect("a changed port of the REST API", "ekuiper-contributing", "en", "set eKuiper rest api port to 59720\n",
           "set eKuiper rest api port to 59270\n", "F001", (165, 202)),
    Defect("a changed count of PRs for a committer", "ekuiper-contributing", "en",
           "- Have contributed 6 or more substantial PRs.", "- Have contributed 8 or more substantial PRs.", "F001",
           (383, 408)),
    Defect("a changed majority for a new maintainer", "ekuiper-contributing", "en", "| Supermajority (2/3) Approval ",
           "| Supermajority (3/4) Approval ", "F001", (428, 435)),
    Defect("a changed URL of the maintainer list", "ekuiper-contributing", "en",
           "(https://github.com/lf-edge/ekuiper/blob/master/MAINTAINERS.md)",
           "(https://github.com/lf-edge/ekuiper/blob/master/OWNERS.md)", "F004", (409, 427)),
    Defect("a dropped paragraph with a number", "ekuiper-contributing", "en",
           "Any line of the commit message cannot be longer 100 characters! This allows the message to be easier to "
           "read on GitHub\nas well as in various git tools.\n\n", "", ("P006", "F001"), (265, 297)),
    Defect("a dropped way of promotion", "ekuiper-contributing", "en",
           "- Organize workshops or meetups about the project\n", "", "P007", (348, 361), names="组织关于本项目的研讨会或聚会"),
    Defect("a dropped commit type", "ekuiper-contributing", "en",
           "- **perf**: A code change that improves performance\n", "", "P007", (306, 321), names="perf"),
    Defect("a dropped paragraph without facts", "ekuiper-contributing", "en",
           "Periodically while you work, and certainly before submitting a pull request, you should update your branch "
           "with the most\nrecent changes to the target branch. We prefer rebase than merge to avoid extraneous merge "
           "commits.\n\n", "", "P006", (228, 241)),
    Defect("swapped sections of a contributing guide", "ekuiper-contributing", "en",
           *_swapped("ekuiper-contributing", "en", "#### Scope", "#### Subject", "#### Body"), "P003", (323, 334)),
    Defect("swapped contents of two sections, headings kept", "ekuiper-contributing", "en",
           *_swapped_contents("ekuiper-contributing", "en", "### Testing", "### Licensing", "### Sign-off commit"),
           ("P003", "P004", "P006"), (207, 221), most=4),
    Defect("a changed coverage threshold", "zapcmd-contributing", "en", "(current threshold is 90%)",
           "(current threshold is 80%)", "F001", (86, 100)),
    Defect("a dropped artifact folder", "zapcmd-contributing", "en", "- Frontend build output: `dist/`\n", "", "P007",
           (101, 133), names="前端构建产物"),
    Defect("a dropped rule on manual workflows", "zapcmd-contributing", "en",
           "- External contributors without write access cannot trigger upstream manual workflows.\n", "", "P007",
           (181, 200), names="外部贡献者", known_miss=True),
    Defect("a dropped paragraph without facts", "zapcmd-contributing", "en",
           "If the diagnostics say “no coverage output found”, tests likely failed before generating `coverage/`. "
           "Fix the test error first, then re-run.\n\n", "", "P006", (86, 98)),
    Defect("swapped sections of a contributing guide", "zapcmd-contributing", "en",
           *_swapped("zapcmd-contributing", "en", "## Local pre-commit gate", "## Coverage failures",
                     "## Cleaning up local artifacts"), "P003", (65, 100), known_miss=True),
    Defect("swapped contents of two sections, headings kept", "zapcmd-contributing", "en",
           *_swapped_contents("zapcmd-contributing", "en", "## Builtin command catalog", "## Windows desktop E2E smoke",
                              "## Trigger and permission matrix"), ("P003", "P004", "P006"), (135, 180), most=4, known_miss=True),
    Defect("a dropped rule", "zapcmd-github-contributing", "en", "2. Do not use `any`.\n", "", "P007", (37, 44),
           names="禁止使用"),
    Defect("a dropped prerequisite", "zapcmd-github-contributing", "en",
           "2. Rust toolchain (see `rust-toolchain.toml`)\n", "", "P007", (9, 19), names="Rust 工具链"),
    Defect("a dropped paragraph without facts", "zapcmd-github-contributing", "en",
           "Docs-only contributions can be done without Rust/Tauri.\n\n", "", "P006", (9, 18)),
    Defect("swapped sections of a contributing guide", "zapcmd-github-contributing", "en",
           *_swapped("zapcmd-github-contributing", "en", "## 2. Rules", "## 3. Testing", "## 4. Pull Request"), "P003",
           (37, 56)),
    Defect("a changed version line", "dshorch-security", "en", "for the latest 1.x release",
           "for the latest 2.x release", "F001", (9, 12)),
    Defect("a changed period of acknowledgement", "dshorch-security", "en", "Expect acknowledgement within seven days;",
           "Expect acknowledgement within fourteen days;", "F001", (13, 18)),
    Defect("a dropped security boundary", "dshorch-security", "en",
           "- storage is local JSON and is not encrypted by this plugin;\n", "", "P007", (19, 34),
           names="存储采用本地 JSON"),
    Defect("swapped sections, the last moved up", "dshorch-security", "en",
           *_swapped_last("dshorch-security", "en", "## Security boundaries", "## Out of scope"), "P003", (19, 38)),
    Defect("a dropped setup step", "dshorch-releasing", "en", "4. Add a ruleset restricting `v*` tag creation.\n", "",
           "P007", (11, 19), names="添加一个 ruleset"),
    Defect("a dropped paragraph without facts", "dshorch-releasing", "en", "Only maintainers publish releases.\n\n", "",
           "P006", (5, 8)),
    Defect("swapped sections of a release runbook", "dshorch-releasing", "en",
           *_swapped("dshorch-releasing", "en", "## One-time repository setup", "## Release checklist",
                     "## Failed release"), "P003", (11, 45)),
]


# Rounds 74 and 75, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 74 and 75,
# classified"), tuned on and registered.
EXPECTED.update({
    "secubox-security": [],
    # false in the one run, none since: "Layer 1" to "Layer 4" against "第一层" to "第四层" (form)
    "secubox-beta": [],
    # false in the one run, none since: "6-layer" against "六层" (wording)
    "hexclaw-security": [],
    "genai-contributing": [("en", 68, "F004")],  # true: the English's link to the guidelines malformed (content)
    "covscript-sponsoring": [],
    "covscript-contributing": [("en", 66, "P002")],  # true: "帮助宣传" only in Chinese (content)
    # false: "squash your changes down to 1 commit" against "压缩为一个提交" (一个 is mostly "a": no figure)
    "ekuiper-contributing": [("en", 252, "F001")],
    # true: the Chinese numbers its sections, the English none (P005 9); "全量门禁" only in Chinese (P002 65); the
    # pre-commit gate divided into subsections in Chinese (P004 65) and five sections one level deeper (P004 86)
    # (form); "常用环境变量" only in Chinese (P002 150, said part of the E2E section, which it is not); the steps for
    # commits made on a local main (P002 220, its "1)") and "PR 提交建议" (P002 220) only in Chinese (content); the
    # Chinese's own clauses numbered twice (N001 x3, form). False: the quick start's `npm run check:all`, which both
    # have (P006 25); the builtin catalog and the E2E section said missing, with a subsection (P002 101 x2, 135: the
    # English has them, one level shallower); the release gate's clause and item (P002, P007 194) and clause 5 said a
    # heading in Chinese (P004 197: the Chinese's heading is "5. CI 什么时候会跑？", only in Chinese); step 4 said
    # missing (P002 220: the English joins steps 3 and 4)
    "zapcmd-contributing": [("en", 9, "P005"), ("en", 25, "P006"), ("en", 65, "P002"), ("en", 65, "P004"),
                            ("en", 86, "P004"), ("en", 101, "P002"), ("en", 101, "P002"), ("en", 135, "P002"),
                            ("en", 150, "P002"), ("en", 194, "P002"), ("en", 194, "P007"), ("en", 197, "P004"),
                            ("en", 220, "P002"), ("en", 220, "P002"), ("en", 220, "P002"), ("zh", 23, "N001"),
                            ("zh", 46, "N001"), ("zh", 290, "N001")],
    # true: `npm run check:ci-parity` in three places only in Chinese (content)
    "zapcmd-github-contributing": [("en", 21, "P007"), ("en", 21, "P007"), ("en", 46, "P007")],
    "dshorch-security": [],
    "dshorch-releasing": [],
})
FALSE.update({
    "ekuiper-contributing": [("en", 252, "F001")],
    "zapcmd-contributing": [("en", 25, "P006"), ("en", 101, "P002"), ("en", 101, "P002"), ("en", 135, "P002"),
                            ("en", 194, "P002"), ("en", 194, "P007"), ("en", 197, "P004"), ("en", 220, "P002")],
})
DEFECTS += DEFECTS_74 + DEFECTS_75
RETUNED_74 = HELD_OUT_74
RETUNED_75 = HELD_OUT_75
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 76, collected apart


# --- Held-out round 76 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 76") was written by reading both texts only. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers
# them after the one held-out run. Collected at the same time as round 77 (owners l to z), from owners whose names start
# with a digit or a to k.
# A licence and five texts that bind users, contributors and maintainers: the Apache License 2.0 with its unofficial
# traditional-Chinese translation (bod3612272/CovenantPromptKey: the English a plain text converted with `convert.py
# text`, the Chinese with a notice that the English prevails, a few clauses shortened), Envr's security policy (7 and
# 14 calendar days) and support policy (chh-itt/Envr), ADP-OS's release process and support policy (karoc/
# ai-dev-platform: Windows 11, PowerShell 7, Ubuntu Server 26.04, Mutagen 0.18.x) and Hexo's contributing guide
# (hexojs/site). All six English-first by their history; close translations but the licence.
HELD_OUT_76 = ("promptkey-license", "envr-security", "envr-support", "adpos-release", "adpos-support",
               "hexo-contributing")

# Defects written into copies of the round-76 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-76 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states an e-mail address, so none is changed; the date changed is the
# licence's (January 2004); the numbers changed are a share of ownership, a count of sections, a period of days, three
# supported versions and an indent (written in words); four URLs are changed; a list item with a number is dropped.
DEFECTS_76 = [
    Defect("a changed date of the licence", "promptkey-license", "en", "## Version 2.0, January 2004",
           "## Version 2.0, January 2005", "F002", (7, 10), known_miss=True),
    Defect("a changed URL of the licences", "promptkey-license", "en", "\nhttp://www.apache.org/licenses/\n",
           "\nhttp://www.apache.org/licences/\n", "F004", (7, 10)),
    Defect("a changed share of ownership", "promptkey-license", "en", "ownership of fifty percent (50%) or more",
           "ownership of fifty-one percent (51%) or more", "F001", (11, 28), known_miss=True),
    Defect("a changed count of sections", "promptkey-license", "en", "as defined by Sections 1 through 9 of this document.",
           "as defined by Sections 1 through 7 of this document.", "F001", (11, 28), known_miss=True),
    Defect("a dropped condition of redistribution", "promptkey-license", "en",
           "(b) You must cause any modified files to carry prominent notices\nstating that You changed the files; and\n\n",
           "", "P006", (103, 112), known_miss=True),
    Defect("a changed URL of the licence's copy", "promptkey-license", "en",
           "## http://www.apache.org/licenses/LICENSE-2.0\n", "## http://www.apache.org/licenses/LICENSE-2.0.txt\n",
           "F004", (206, 212), known_miss=True),
    Defect("a changed period of acknowledgement", "envr-security", "en", "initial acknowledgement: within **7 calendar days**",
           "initial acknowledgement: within **5 calendar days**", "F001", (78, 87)),
    Defect("a dropped update with a number", "envr-security", "en", "- first triage update: within **14 calendar days**\n",
           "", ("P007", "F001"), (78, 86), names="首轮分诊更新"),
    Defect("a dropped sensitive area", "envr-security", "en", "- checksum validation and integrity verification\n", "",
           "P007", (48, 62), names="校验和与完整性验证"),
    Defect("a dropped step of disclosure", "envr-security", "en", "3. fix prepared and reviewed\n", "", "P007", (64, 76),
           names="准备并审核修复"),
    Defect("a dropped paragraph without facts", "envr-security", "en",
           "If you are unsure whether something is security-sensitive, prefer private reporting first.\n\n", "", "P006",
           (24, 32)),
    Defect("swapped sections, the last moved up", "envr-security", "en",
           *_swapped_last("envr-security", "en", "## Dependency advisory policy", "## Security updates"), "P003",
           (120, 130)),
    Defect("swapped contents of two sections, headings kept", "envr-security", "en",
           *_swapped_contents("envr-security", "en", "### In scope", "### Usually out of scope or lower severity",
                              "## Hardening expectations for users"), ("P003", "P004", "P006"), (90, 109), most=4),
    Defect("a dropped flag of machine-readable output", "envr-support", "en", "- `--porcelain`\n", "", "P007", (49, 65),
           names="--porcelain"),
    Defect("a dropped detail of a request", "envr-support", "en", "- the exact command you ran\n", "", "P007", (25, 47),
           names="你执行的完整命令"),
    Defect("a dropped paragraph without facts", "envr-support", "en",
           "Maintainers may redirect a report if the root cause is upstream or outside the supported scope.\n\n", "",
           "P006", (82, 92)),
    Defect("swapped sections of a support policy", "envr-support", "en",
           *_swapped("envr-support", "en", "## Reporting bugs", "## Reporting security issues", "## Scope expectations"),
           "P003", (49, 81)),
    Defect("a dropped step of the maintainer flow", "adpos-release", "en",
           "6. Confirm documentation links and language context through the shared validation gate.\n", "", "P007",
           (22, 51), names="通过共享验证 gate 确认文档链接"),
    Defect("a dropped paragraph without facts", "adpos-release", "en",
           "If a release needs destructive operations, credential changes, legal decisions, account changes, or "
           "cost-bearing infrastructure, stop and get explicit owner approval first.\n\n", "", "P006", (69, 77)),
    Defect("swapped sections of a release process", "adpos-release", "en",
           *_swapped("adpos-release", "en", "## Evidence Expectations", "## Safety Checks", "## Version Tags"), "P003",
           (53, 79)),
    Defect("a changed version of PowerShell", "adpos-support", "en", "- PowerShell 7.", "- PowerShell 5.", "F001",
           (76, 95)),
    Defect("a changed version of Ubuntu Server", "adpos-support", "en", "- Ubuntu Server 26.04 runtime provisioning.",
           "- Ubuntu Server 24.04 runtime provisioning.", "F001", (76, 95)),
    Defect("a changed version of Mutagen", "adpos-support", "en", "- Mutagen 0.18.x synchronization.",
           "- Mutagen 0.17.x synchronization.", "F001", (76, 95)),
    Defect("a dropped exclusion from the scope", "adpos-support", "en", "- Guaranteed response times.\n", "", "P007",
           (76, 94), names="响应时间保证"),
    Defect("swapped contents of two sections, headings kept", "adpos-support", "en",
           *_swapped_contents("adpos-support", "en", "## Security Reports", "## Usage Questions", "## Scope Boundaries"),
           ("P003", "P004", "P006"), (57, 75), most=4),
    Defect("a changed URL of the ESLint config", "hexo-contributing", "en", "(https://github.com/hexojs/eslint-config-hexo)",
           "(https://github.com/hexojs/eslint-config)", "F004", (13, 24)),
    Defect("a changed indent", "hexo-contributing", "en", "- Use soft-tabs with a two space indent.",
           "- Use soft-tabs with a four space indent.", "F001", (13, 24)),
    Defect("a dropped rule of style", "hexo-contributing", "en", "- Don't put commas first.\n", "", "P007", (13, 23),
           names="不要把逗号放在最前面", known_miss=True),
    Defect("a changed URL of the Google Group", "hexo-contributing", "en", "(https://groups.google.com/group/hexo)",
           "(https://groups.google.com/group/hexojs)", "F004", (105, 113)),
    Defect("swapped sections of a contributing guide", "hexo-contributing", "en",
           *_swapped("hexo-contributing", "en", "#### Contribute translations", "#### Add a new language",
                     "## Reporting Issues"), "P003", (92, 104)),
]


# --- Held-out round 77 (issue 10) ---------------------------------------------------------------------------------
# Seven pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 77") was written by reading both texts only. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers
# them after the one held-out run. Collected at the same time as round 76 (owners a to k and digits), from owners l
# to z.
# No legal text could be had (below, in the README); the seven are security policies, codes of conduct, a support
# guide, a release process and a contributing guide: Microsoft's security policy as Security 101 carries it with its
# machine translation (microsoft/Security-101: an e-mail address, 24 hours, eleven URLs; the Chinese with the
# translator's disclaimer), OpenUI's code of conduct (thesysdev/openui: the Contributor Covenant 2.1 with its contact
# placeholder, machine-translated), Agent Routines' release process (lliangcol/agent-routines: versioning and eight
# release steps), PocketClaw's security policy and support guide (PYXXXX/pocketclaw: close translations; the English
# support guide one paragraph longer) and match-rust's contributing guide and code of conduct (lanpishu6300/match-rust:
# the English first; a step, a clause and a link in one language only, a maintainer's e-mail address).
HELD_OUT_77 = ("security101-security", "openui-coc", "agentroutines-release", "pocketclaw-security",
               "pocketclaw-support", "matchrust-contributing", "matchrust-coc")

# Defects written into copies of the round-77 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-77 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states a date, a time of day or an amount of money, so none is changed;
# the numbers changed are a response time, a count of minor versions (in words) and a licence's version; two e-mail
# addresses and four URLs are changed; a step with a number is dropped.
DEFECTS_77 = [
    Defect("a changed e-mail address for reports", "security101-security", "en",
           "[secure@microsoft.com](mailto:secure@microsoft.com)",
           "[security@microsoft.com](mailto:security@microsoft.com)", "F003", (12, 35)),
    Defect("a changed response time", "security101-security", "en", "You should receive a response within 24 hours.",
           "You should receive a response within 48 hours.", "F001", (12, 35)),
    Defect("a changed URL of the report form", "security101-security", "en",
           "(https://aka.ms/security.md/msrc/create-report)", "(https://aka.ms/security.md/msrc/report)", "F004",
           (12, 35)),
    Defect("a changed URL of the disclosure principle", "security101-security", "en", "(https://aka.ms/security.md/cvd)",
           "(https://aka.ms/security.md/disclosure)", "F004", (40, 43), known_miss=True),
    Defect("a dropped item of a report", "security101-security", "en",
           "  * Step-by-step instructions to reproduce the issue\n", "", "P007", (12, 34), names="重现问题的逐步说明"),
    Defect("swapped sections, the last moved up", "security101-security", "en",
           *_swapped_last("security101-security", "en", "## Preferred Languages", "## Policy"), "P003", (36, 42)),
    Defect("a dropped unacceptable behaviour", "openui-coc", "en", "* Public or private harassment\n", "", "P007",
           (20, 42), names="公开或私下骚扰"),
    Defect("a changed URL of the covenant's version", "openui-coc", "en",
           "[v2.1]: https://www.contributor-covenant.org/version/2/1/code_of_conduct.html",
           "[v2.1]: https://www.contributor-covenant.org/version/2/0/code_of_conduct.html", "F004", (120, 137)),
    Defect("a changed URL of the FAQ", "openui-coc", "en", "[FAQ]: https://www.contributor-covenant.org/faq\n",
           "[FAQ]: https://www.contributor-covenant.org/faqs\n", "F004", (120, 137)),
    Defect("a dropped paragraph without facts", "openui-coc", "en",
           "All community leaders are obligated to respect the privacy and security of the\nreporter of any incident.\n\n",
           "", "P006", (64, 70), known_miss=True),
    Defect("swapped sections of a code of conduct", "openui-coc", "en",
           *_swapped("openui-coc", "en", "### 2. Warning", "### 3. Temporary Ban", "### 4. Permanent Ban"), "P003",
           (88, 110)),
    Defect("swapped contents of two sections, headings kept", "openui-coc", "en",
           *_swapped_contents("openui-coc", "en", "## Enforcement Responsibilities", "## Scope", "## Enforcement\n"),
           ("P003", "P004", "P006"), (44, 63), most=4),
    Defect("a dropped release step", "agentroutines-release", "en", "5. Confirm CI is green for the release commit.\n", "",
           "P007", (17, 27), names="确认发布 commit 的 CI 为绿色"),
    Defect("a dropped rule for consumers", "agentroutines-release", "en", "- Pin installs to a tag, not to `main`.\n", "",
           "P007", (29, 34), names="安装时固定到 tag"),
    Defect("a changed count of minor versions", "agentroutines-release", "en",
           "in its README and the catalog one minor version before removal.",
           "in its README and the catalog two minor versions before removal.", "F001", (36, 38), known_miss=True),
    Defect("swapped sections, the last moved up", "agentroutines-release", "en",
           *_swapped_last("agentroutines-release", "en", "## Consumer Update Guidance", "## Deprecation"), "P003",
           (29, 38)),
    Defect("a dropped kind of issue to report", "pocketclaw-security", "en",
           "- unsafe handling of device tokens, passwords, or local credential storage\n", "", "P007", (15, 22),
           names="device token、password"),
    Defect("a dropped paragraph without facts", "pocketclaw-security", "en",
           "This repository does **not yet advertise a dedicated private security reporting channel**.\n\n", "", "P006",
           (24, 32)),
    Defect("swapped sections, the last moved up", "pocketclaw-security", "en",
           *_swapped_last("pocketclaw-security", "en", "## Scope notes", "## Disclosure expectations"), "P003", (50, 65)),
    Defect("swapped contents of two sections, headings kept", "pocketclaw-security", "en",
           *_swapped_contents("pocketclaw-security", "en", "## Supported versions", "## What to report",
                              "## How to report today"), ("P003", "P004", "P006"), (10, 23), most=4),
    Defect("a dropped issue template", "pocketclaw-support", "en",
           "- **Feature proposal** — for focused ideas that still fit PocketClaw’s current scope\n", "", "P007", (20, 26),
           names="Feature proposal"),
    Defect("a dropped item of context", "pocketclaw-support", "en", "- what you expected to happen\n", "", "P007",
           (28, 36), names="你预期会发生什么"),
    Defect("a dropped paragraph without facts", "pocketclaw-support", "en", "PocketClaw is intentionally narrow in scope.\n\n",
           "", "P006", (38, 48), known_miss=True),
    Defect("swapped sections of a support guide", "pocketclaw-support", "en",
           *_swapped("pocketclaw-support", "en", "## 2. Choose the right issue type", "## 3. Include the right context",
                     "## Scope reminder"), "P003", (20, 37)),
    Defect("a changed licence version", "matchrust-contributing", "en", "licensed under the **Apache License 2.0**",
           "licensed under the **Apache License 1.1**", "F001", (64, 66)),
    Defect("a dropped check with a number", "matchrust-contributing", "en",
           "5. If you touch matching hot paths: `make fair` (must exit 0, fill_rate > 0)\n", "", ("P007", "F001"),
           (23, 29), names="make fair", known_miss=True),
    Defect("a dropped check before a PR", "matchrust-contributing", "en", "3. `cargo test --workspace`\n", "", "P007",
           (23, 29), names="cargo test --workspace"),
    Defect("swapped sections of a contributing guide", "matchrust-contributing", "en",
           *_swapped("matchrust-contributing", "en", "## Commit messages", "## Prose", "## License"), "P003", (41, 63)),
    Defect("a changed e-mail address for reports", "matchrust-coc", "en", "**lanpishu6300@gmail.com**",
           "**lanpishu6300@outlook.com**", "F003", (52, 58)),
    Defect("a changed URL of the covenant's version", "matchrust-coc", "en",
           "https://www.contributor-covenant.org/version/2/1/code_of_conduct.html",
           "https://www.contributor-covenant.org/version/2/0/code_of_conduct.html", "F004", (59, 65)),
]


# Rounds 76 and 77, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 76 and 77,
# classified"), registered as run (no change since).
EXPECTED.update({
    # The Apache License, its English plain text (converted with `convert.py text`: short lines made "##" headings,
    # the numbered sections paragraphs and items) against a Chinese translation with "####" headings. True: the
    # Chinese's notice that the English prevails (P006 and P007 at 5) (content). False, all the converter's shapes
    # compared with real headings: the Chinese's sections said missing (P002 x8), the English's short lines said
    # added (P002 x6), levels (P004) and numbering (P005, N004 x2), and the sections' paragraphs and items paired with
    # others (P006 x4, P007 x2, P003): 26
    "promptkey-license": [("en", 5, "P006"), ("en", 5, "P007"), ("en", 7, "P002"), ("en", 7, "P002"), ("en", 7, "P002"),
                          ("en", 7, "P006"), ("en", 11, "P002"), ("en", 29, "P002"), ("en", 37, "P004"),
                          ("en", 37, "P005"), ("en", 37, "P006"), ("en", 56, "P002"), ("en", 103, "P002"),
                          ("en", 107, "N004"), ("en", 110, "P002"), ("en", 110, "P002"), ("en", 110, "P002"),
                          ("en", 110, "P002"), ("en", 110, "P002"), ("en", 116, "N004"), ("en", 116, "P003"),
                          ("en", 118, "P006"), ("en", 141, "P007"), ("en", 154, "P007"), ("en", 187, "P002"),
                          ("en", 187, "P006"), ("en", 200, "P002"), ("en", 206, "P002")],
    "envr-security": [],
    "envr-support": [],
    "adpos-release": [],
    "adpos-support": [],
    "hexo-contributing": [("en", 102, "F004"), ("en", 103, "F004")],  # true: two GitHub links only in English (content)
    # true: the machine translator's disclaimer, which says the original prevails, only in Chinese (content)
    "security101-security": [("en", 40, "P006")],
    "openui-coc": [("en", 120, "P006")],  # true: the same disclaimer (content)
    "agentroutines-release": [],
    "pocketclaw-security": [],
    "pocketclaw-support": [("en", 42, "P006")],  # true: the link to the code of conduct only in English (content)
    "matchrust-contributing": [("en", 23, "P007")],  # true: the sixth check, `make cov`, only in Chinese (content)
    "matchrust-coc": [("en", 59, "P006")],  # true: the link to the Covenant's Chinese version only in Chinese (content)
})
FALSE.update({
    "promptkey-license": [("en", 7, "P002"), ("en", 7, "P002"), ("en", 7, "P002"), ("en", 7, "P006"), ("en", 11, "P002"),
                          ("en", 29, "P002"), ("en", 37, "P004"), ("en", 37, "P005"), ("en", 37, "P006"),
                          ("en", 56, "P002"), ("en", 103, "P002"), ("en", 107, "N004"), ("en", 110, "P002"),
                          ("en", 110, "P002"), ("en", 110, "P002"), ("en", 110, "P002"), ("en", 110, "P002"),
                          ("en", 116, "N004"), ("en", 116, "P003"), ("en", 118, "P006"), ("en", 141, "P007"),
                          ("en", 154, "P007"), ("en", 187, "P002"), ("en", 187, "P006"), ("en", 200, "P002"),
                          ("en", 206, "P002")],
})
DEFECTS += DEFECTS_76 + DEFECTS_77
RETUNED_76 = HELD_OUT_76
RETUNED_77 = HELD_OUT_77
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 78, collected apart


# --- Held-out round 78 (issue 10) ---------------------------------------------------------------------------------
# Six pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 78") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 79, from owners whose names start with a digit or a
# to k. Sheeply's privacy policy (a mobile game's: a date, Google AdMob, 13 years, an e-mail address; GPL-3.0), ThisM's
# release flow (v0.6.0, signed agent updates, key rotation, a table of failure modes) and security policy (HTTP 400,
# 0600 files; the English first), Desk Gateway's contributing guide (ESP-IDF v6.0.2, a table of checks) and security
# policy (a default password; both the English first), and codex-aide's code of conduct (its Chinese says the English
# governs). Close translations, most kept line for line.
HELD_OUT_78 = ("sheeply-privacy", "thism-release", "thism-security", "deskgateway-contributing",
               "deskgateway-security", "codexaide-coc")

# Defects written into copies of the round-78 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-78 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). The numbers changed are an age, two versions, an HTTP status, a file mode and
# ESP-IDF's version; one date, one e-mail address and three URLs are changed; one section with a number is dropped.
DEFECTS_78 = [
    Defect("a changed date of the last update", "sheeply-privacy", "en", "_Last Updated: [September 5, 2025]_",
           "_Last Updated: [September 15, 2025]_", "F002", (5, 10)),
    Defect("a changed age of children", "sheeply-privacy", "en", "from children under 13", "from children under 16",
           "F001", (115, 123)),
    Defect("a changed e-mail address for questions", "sheeply-privacy", "en",
           "[flagodna.com@gmail.com](mailto:flagodna.com@gmail.com)",
           "[flagodna.app@gmail.com](mailto:flagodna.app@gmail.com)", "F003", (153, 163)),
    Defect("a changed URL of Google's privacy policy", "sheeply-privacy", "en",
           "- **Privacy Policy**: [https://policies.google.com/privacy](https://policies.google.com/privacy)",
           "- **Privacy Policy**: [https://policies.google.com/technologies/ads](https://policies.google.com/technologies/ads)",
           "F004", (89, 94)),
    Defect("a dropped item of data not collected", "sheeply-privacy", "en",
           "- **Location Data**: We do not access or collect precise location information\n", "", "P007", (20, 26),
           names="位置信息"),
    Defect("a dropped paragraph without facts", "sheeply-privacy", "en",
           "We may update this Privacy Policy from time to time. We will notify you of any changes by:\n\n", "", "P006",
           (145, 150)),
    Defect("swapped sections of a privacy policy", "sheeply-privacy", "en",
           *_swapped("sheeply-privacy", "en", "## 🌐 Data Sharing", "## 🍪 Tracking and Analytics",
                     "## 👶 Children's Privacy"), "P003", (102, 114)),
    Defect("a changed first version of signed updates", "thism-release", "en", "Starting with v0.6.0, the agent",
           "Starting with v0.5.0, the agent", "F001", (32, 46)),
    Defect("a changed example tag", "thism-release", "en", "for example `v1.4.0`.", "for example `v1.5.0`.", "F001",
           (5, 31)),
    Defect("a dropped section with an HTTP status", "thism-release", "en",
           _between("thism-release", "en", "### Manual update jobs from the API", "### Key rotation"), "",
           ("P002", "P006", "F001"), (79, 93)),
    Defect("a dropped step after generating the keys", "thism-release", "en",
           "- Shred the on-disk copy from the build host: `shred -u release.priv.b64`.\n", "", "P007", (51, 67),
           names="在构建机上销毁本地副本"),
    Defect("a dropped paragraph without facts", "thism-release", "en",
           "There is intentionally no in-band rotation: an attacker that compromises the server should not be able to "
           "swap the trusted public key remotely.\n\n", "", "P006", (97, 104)),
    Defect("swapped sections of a release flow", "thism-release", "en",
           *_swapped("thism-release", "en", "### Building signed agents", "### Signing the dist artifacts",
                     "### Manual update jobs from the API"), "P003", (69, 92)),
    Defect("a changed HTTP status", "thism-security", "en", "requests without it return HTTP 400.",
           "requests without it return HTTP 401.", "F001", (43, 53)),
    Defect("a changed file mode", "thism-security", "en", "referencing a 0600-owned file",
           "referencing a 0644-owned file", "F001", (54, 59)),
    Defect("a dropped item of the scope", "thism-security", "en", "- authentication and authorization flows\n", "",
           "P007", (9, 17), names="认证与授权流程"),
    Defect("a dropped item of a report", "thism-security", "en", "- impact assessment\n", "", "P007", (19, 34),
           names="影响评估"),
    Defect("swapped contents of two sections, headings kept", "thism-security", "en",
           *_swapped_contents("thism-security", "en", "## Supported Scope", "## Reporting a Vulnerability",
                              "## Response Goals"), ("P003", "P004", "P006"), (9, 35), most=4),
    Defect("a changed ESP-IDF version", "deskgateway-contributing", "en", "pinned to **ESP-IDF v6.0.2**",
           "pinned to **ESP-IDF v6.0.1**", "F001", (31, 54)),
    Defect("a changed URL of the toolchain's setup", "deskgateway-contributing", "en",
           "/esp32s3/get-started/index.html)", "/esp32s3/get-started/linux-macos-setup.html)", "F004", (31, 54)),
    Defect("a dropped step of contributing", "deskgateway-contributing", "en",
           "3. Keep diffs focused — avoid unrelated refactors.\n", "", "P007", (19, 29), names="diff 保持聚焦"),
    Defect("a dropped item of a pull request", "deskgateway-contributing", "en", "- Link related issues\n", "", "P007",
           (75, 80), names="关联 Issue"),
    Defect("swapped sections of a contributing guide", "deskgateway-contributing", "en",
           *_swapped("deskgateway-contributing", "en", "## Code style", "## Pull requests", "## License"), "P003",
           (68, 81)),
    Defect("a changed URL of the maintainer's profile", "deskgateway-security", "en",
           "(https://github.com/dong4j)", "(https://github.com/dong4j-dev)", "F004", (13, 43)),
    Defect("a dropped example of a vulnerability", "deskgateway-security", "en",
           "- Exposed credentials, secrets, or private network data\n", "", "P007", (13, 42),
           names="凭证、密钥或私有网络数据泄露"),
    Defect("a dropped hardening rule with the default password", "deskgateway-security", "en",
           "- Change the default Web password (`desk-gateway`) after first login\n", "", "P007", (44, 48),
           names="改掉默认 Web 密码"),
    Defect("a dropped paragraph without facts", "deskgateway-security", "en",
           "This is an early-stage project, so reports are handled on a best-effort basis\nwithout a guaranteed "
           "response or remediation time. Please allow the maintainer\nto investigate and coordinate disclosure "
           "before publishing details.\n\n", "", "P006", (13, 39)),
    Defect("a dropped unacceptable behaviour", "codexaide-coc", "en",
           "- Personal attacks, humiliation, discrimination, harassment, or threats\n", "", "P007", (19, 25),
           names="人身攻击"),
    Defect("a dropped paragraph without facts", "codexaide-coc", "en",
           "This repository aims to keep discussions direct, professional, and workable.\n\n", "", "P006", (5, 8)),
    Defect("swapped sections of a code of conduct", "codexaide-coc", "en",
           *_swapped("codexaide-coc", "en", "## Scope", "## Enforcement", "## Reporting"), "P003", (27, 36)),
]


# --- Held-out round 79 (issue 10) ---------------------------------------------------------------------------------
# Five pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 79") was written by reading both texts only. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers
# them after the one held-out run. Collected at the same time as round 78 (owners a to k and digits), from owners l
# to z.
# No legal text could be had (below, in the README); the five are three contributing guides, a community guide and a
# code of conduct: NG-ZORRO's contributing guide (NG-ZORRO/ng-zorro-antd: "一两个星期" against "more than two weeks", a
# rebase tutorial linked in Chinese only), TinyVue's (opentiny/tiny-vue, the Chinese first: port 7130, a mailing list,
# thirteen commit types) and TinyEngine's (opentiny/tiny-engine: the English's startup steps stale, npm and mockServer
# against pnpm), Wails's community guide (wailsapp/wails, the English first, translated on Crowdin: ports, a Discord
# invitation, discussion 1520) and its code of conduct (the Contributor Covenant 2.1, `coc@wails.io`).
HELD_OUT_79 = ("ngzorro-contributing", "tinyvue-contributing", "tinyengine-contributing", "wails-community-guide",
               "wails-coc")

# Defects written into copies of the round-79 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-79 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states a date, a time of day or an amount of money, so none is changed;
# the numbers changed are two ports and a discussion's number (each also in a URL); three e-mail addresses and six URLs
# are changed; a paragraph with a version and a URL is dropped.
DEFECTS_79 = [
    Defect("a changed URL of the issue helper", "ngzorro-contributing", "en",
           "[issue helper](https://ng.ant.design/issue-helper/#/en) and provide",
           "[issue helper](https://ng-zorro.github.io/issue-helper/#/en) and provide", "F004", (17, 22)),
    Defect("a changed URL of the first issues", "ngzorro-contributing", "en",
           "(https://github.com/NG-ZORRO/ng-zorro-antd/labels/good%20first%20issue)",
           "(https://github.com/NG-ZORRO/ng-zorro-antd/labels/help%20wanted)", "F004", (27, 39)),
    Defect("a dropped command", "ngzorro-contributing", "en", "- `npm run lint` checks the code style.\n", "", "P007",
           (65, 74), names="检查代码风格"),
    Defect("a dropped resource for a first pull request", "ngzorro-contributing", "en",
           "- [First Contributions](https://github.com/firstcontributions/first-contributions)\n", "", "P007", (27, 38),
           names="第一次参与开源"),
    Defect("a dropped paragraph without facts", "ngzorro-contributing", "en",
           "If you decide to handle an issue, please be sure to check the comment thread in case someone else has already "
           "been working on it. If nobody is working on it at the moment, please leave a comment stating that you intend "
           "to work on it, preventing others from doing duplicate work.\n\n", "", "P006", (27, 37)),
    Defect("swapped sections of a contributing guide", "ngzorro-contributing", "en",
           *_swapped("ngzorro-contributing", "en", "## Bugs", "## Propose a Change", "## Your First Pull Request"),
           "P003", (17, 26)),
    Defect("a changed address of the mailing list", "tinyvue-contributing", "en",
           "Add to the mailing list: <opentiny@googlegroups.com>", "Add to the mailing list: <opentiny-dev@googlegroups.com>",
           "F003", (128, 142)),
    Defect("a changed port of the local site", "tinyvue-contributing", "en",
           "- Open the browser to visit: [http://127.0.0.1:7130/](http://127.0.0.1:7130/)",
           "- Open the browser to visit: [http://127.0.0.1:7310/](http://127.0.0.1:7310/)", ("F001", "F004"), (85, 111)),
    Defect("a changed URL of the bot's rules", "tinyvue-contributing", "en",
           "[https://allcontributors.org/docs/en/bot/usage](https://allcontributors.org/docs/en/bot/usage)",
           "[https://allcontributors.org/docs/en/bot/configuration](https://allcontributors.org/docs/en/bot/configuration)",
           "F004", (128, 142)),
    Defect("a dropped kind of scope", "tinyvue-contributing", "en",
           "- The name of the folder to use: e.g.: `gulp, internals/playwright-config, sites`\n", "", "P007", (47, 58),
           names="用文件夹的名称"),
    Defect("a dropped item of the PR description", "tinyvue-contributing", "en", "- Issue Number\n", "", "P007", (76, 83),
           names="关联的 Issue 编号"),
    Defect("a dropped paragraph without facts", "tinyvue-contributing", "en",
           "The PR description uses a template, and it is necessary to fill in the relevant information of the PR "
           "according to the template, mainly including:\n\n", "", "P006", (76, 82)),
    Defect("swapped sections, the last moved up", "tinyvue-contributing", "en",
           *_swapped_last("tinyvue-contributing", "en", "## Join OpenTiny Community", "## Contributors"), "P003", (128, 152)),
    Defect("a changed address of the mailing list", "tinyengine-contributing", "en",
           "Join the mailing list: opentiny@googlegroups.com", "Join the mailing list: tinyengine@googlegroups.com", "F003",
           (79, 84)),
    Defect("a changed URL of the documentation", "tinyengine-contributing", "en",
           "[official documentation](https://opentiny.design/tiny-engine)",
           "[official documentation](https://opentiny.design/tiny-vue)", "F004", (22, 40)),
    Defect("a dropped way to contribute", "tinyengine-contributing", "en", "- Translate documents\n", "", "P007", (5, 20),
           names="翻译文档"),
    Defect("a dropped question of a feature request", "tinyengine-contributing", "en",
           "- What is the api of this feature?\n", "", "P007", (22, 39), names="该特性的 api 是什么样的"),
    Defect("swapped sections of a contributing guide", "tinyengine-contributing", "en",
           *_swapped("tinyengine-contributing", "en", "## Bug Reports", "## Pull Requests",
                     "## Join the open source community"), "P003", (22, 78)),
    Defect("a changed URL of the Discord server", "wails-community-guide", "en",
           "click [here](https://discord.gg/JDdSxwjhGf)", "click [here](https://discord.gg/JDdSxwjhGg)", "F004", (168, 181)),
    Defect("a changed number of the contributors' discussion", "wails-community-guide", "en",
           "[Contributing to Wails](https://github.com/wailsapp/wails/discussions/1520)\ndiscussion or on slack",
           "[Contributing to Wails](https://github.com/wailsapp/wails/discussions/1250)\ndiscussion or on slack",
           ("F004", "F001"), (107, 124)),
    Defect("a changed port of the documentation site", "wails-community-guide", "en",
           "[`http://localhost:3000`](http://localhost:3000)", "[`http://localhost:8080`](http://localhost:8080)",
           ("F001", "F004"), (125, 147)),
    Defect("a dropped way to contribute", "wails-community-guide", "en", "- Writing tutorials / guides\n", "", "P007",
           (29, 46), names="编写教程/指南"),
    Defect("a dropped item a bug ticket must hold", "wails-community-guide", "en", "- The output of `wails doctor`\n", "",
           "P007", (79, 105), names="wails doctor"),
    Defect("a dropped paragraph without facts", "wails-community-guide", "en",
           "There isn't usually a reason to update released documentation so we don't generally update\nthe documents in "
           "the `versioned_docs` or `versioned_sidebars` directories.\n\n", "", "P006", (148, 156)),
    Defect("swapped contents of two sections, headings kept", "wails-community-guide", "en",
           *_swapped_contents("wails-community-guide", "en", "### Testing", "### Documenting", "#### Versioning"),
           ("P003", "P004", "P006"), (107, 147), most=4),
    Defect("swapped sections of a community guide", "wails-community-guide", "en",
           *_swapped("wails-community-guide", "en", "#### Versioning", "#### Languages", "##### Add new language"), "P003",
           (148, 163)),
    Defect("a changed address for reports", "wails-coc", "en", "coc@wails.io", "conduct@wails.io", "F003", (63, 72)),
    Defect("a dropped positive behaviour", "wails-coc", "en", "- Giving and gracefully accepting constructive feedback\n",
           "", "P007", (19, 41), names="提出和大方接受建设性意见"),
    Defect("swapped sections of a code of conduct", "wails-coc", "en",
           *_swapped("wails-coc", "en", "### 1. Correction", "### 2. Warning", "### 3. Temporary Ban"), "P003", (78, 98)),
    Defect("a dropped paragraph with a version and a URL", "wails-coc", "en",
           "This Code of Conduct is adapted from the [Contributor Covenant][homepage],\nversion 2.1, available at\n"
           "[https://www.contributor-covenant.org/version/2/1/code_of_conduct.html][v2.1].\n\n", "",
           ("P006", "F001", "F004"), (119, 132)),
]


# Rounds 78 and 79, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 78 and 79,
# classified"), tuned on and registered.
EXPECTED.update({
    "sheeply-privacy": [],
    "thism-release": [],
    # false in the one run, none since: "v060" in the slug of a relative link's anchor (form)
    "thism-security": [],
    "deskgateway-contributing": [],
    "deskgateway-security": [],
    "codexaide-coc": [("en", 7, "P006")],  # true: "如有歧义，以英文主文件为准" only in Chinese (content)
    # true: "一两个星期" against "more than two weeks" (F001 38); the rebase tutorial only in Chinese (F004 40)
    # (content). False: the first-contributions guide's Chinese translation against its page (F004 32), the wiki's
    # development guide in each language (F004 75) (form); the issue helper's "#/zh" and "#/en", two more, none since
    "ngzorro-contributing": [("en", 32, "F004"), ("en", 38, "F001"), ("en", 40, "F004"), ("en", 75, "F004")],
    "tinyvue-contributing": [],
    # true: "npm run serve" and the mock server only in English (P007 51); the Conventional Commits link only in
    # English (F004 69) (content)
    "tinyengine-contributing": [("en", 51, "P007"), ("en", 69, "F004")],
    "wails-community-guide": [],
    "wails-coc": [],
})
FALSE.update({
    "ngzorro-contributing": [("en", 32, "F004"), ("en", 75, "F004")],
})
DEFECTS += DEFECTS_78 + DEFECTS_79
RETUNED_78 = HELD_OUT_78
RETUNED_79 = HELD_OUT_79
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 80, collected apart


# --- Held-out round 80 (issue 10) ---------------------------------------------------------------------------------
# Five pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 80") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 81, from owners a to k and digits.
# Everything Claude Code's contributing guide (13.5/10.7 kB, English first: the English has since gained a skill
# adaptation policy, a guide's note, a table of skill categories, four sections of the skill template, six items of
# the skill checklist and two example skills the Chinese has not; 48 hours, 500 lines, "800 max" in English only) and
# its code of conduct (the Contributor Covenant 2.0, its contact left empty in both languages), PaperLite's
# contributing guide (ports 8000 and 8768, a close translation) and security policy (127.0.0.1, a close translation),
# and health-assessment-funnel's security notes (English first: SHA-256, 30 days, mode 600, close).
HELD_OUT_80 = ("ecc-contributing", "ecc-coc", "paperlite-contributing", "paperlite-security", "healthfunnel-security")

# Defects written into copies of the round-80 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-80 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states a date, an amount or an e-mail address, so none is changed; the
# numbers changed are a review time, a covenant's version, a port, a sample size, a cookie's lifetime and a file mode;
# five URLs are changed; two list items with a number are dropped and one section with a number.
DEFECTS_80 = [
    Defect("a changed review time", "ecc-contributing", "en", "1. Maintainers review within 48 hours",
           "1. Maintainers review within 72 hours", "F001", (471, 478)),
    Defect("a changed URL of the issues", "ecc-contributing", "en",
           "(https://github.com/affaan-m/everything-claude-code/issues)",
           "(https://github.com/affaan-m/everything-claude-code/discussions)", "F004", (504, 511)),
    Defect("a dropped rule of what not to do", "ecc-contributing", "en",
           "- Include sensitive data (API keys, tokens, paths)\n", "", "P007", (488, 494), names="包含敏感数据"),
    Defect("a dropped kind of hook", "ecc-contributing", "en", "- Security checks\n", "", "P007", (40, 45),
           names="安全检查", known_miss=True),
    Defect("a dropped paragraph without facts", "ecc-contributing", "en",
           "Check existing skills in those directories for the expected structure. Keeping these subsets in sync is "
           "manual; mention in your PR if you updated them.\n\n", "", "P006", (416, 428)),
    Defect("swapped sections of the guidelines", "ecc-contributing", "en",
           *_swapped("ecc-contributing", "en", "### Do\n", "### Don't\n", "---\n\n## File Naming"), "P003",
           (481, 495), known_miss=True),
    Defect("swapped contents of two sections, headings kept", "ecc-contributing", "en",
           *_swapped_contents("ecc-contributing", "en", "### Agent Fields", "### Example Agents",
                              "---\n\n## Contributing Hooks"), ("P003", "P004", "P006"), (241, 260), most=4, known_miss=True),
    Defect("a dropped checklist item with a number", "ecc-contributing", "en", "- [ ] Under 500 lines (800 max)\n", "",
           ("P007", "F001"), (163, 175), names="少于 500 行", known_miss=True),
    Defect("a dropped section with a number", "ecc-contributing", "en",
           _between("ecc-contributing", "en", "### 3. Review Process", "---\n\n## Guidelines"), "",
           ("P002", "P006", "F001"), (449, 472)),
    Defect("a dropped unacceptable behaviour", "ecc-coc", "en", "* Public or private harassment\n", "", "P007", (19, 41),
           names="公开或私下骚扰"),
    Defect("a changed version of the covenant", "ecc-coc", "en", "version 2.0, available at",
           "version 2.1, available at", "F001", (119, 132)),
    Defect("a changed URL of the FAQ", "ecc-coc", "en", "<https://www.contributor-covenant.org/faq>",
           "<https://www.contributor-covenant.org/questions>", "F004", (119, 132)),
    Defect("a changed URL of the enforcement ladder", "ecc-coc", "en", "(https://github.com/mozilla/diversity)",
           "(https://github.com/mozilla/inclusion)", "F004", (119, 132)),
    Defect("a dropped paragraph without facts", "ecc-coc", "en",
           "All community leaders are obligated to respect the privacy and security of the\nreporter of any incident.\n\n",
           "", "P006", (63, 69)),
    Defect("swapped sections of a code of conduct", "ecc-coc", "en",
           *_swapped("ecc-coc", "en", "### 1. Correction", "### 2. Warning", "### 3. Temporary Ban"), "P003", (78, 98)),
    Defect("a changed port of the web app", "paperlite-contributing", "en", "--host 127.0.0.1 --port 8000",
           "--host 127.0.0.1 --port 8080", "F001", (23, 45), known_miss=True),
    Defect("a changed URL of the repository", "paperlite-contributing", "en",
           "git clone https://github.com/cz1978/paperlite.git", "git clone https://github.com/cz1978/paper-lite.git",
           "F004", (23, 45)),
    Defect("a changed sample size of the audit", "paperlite-contributing", "en", "--limit 100 --sample-size 3",
           "--limit 100 --sample-size 5", "F001", (66, 84), known_miss=True),
    Defect("a dropped rule for sources", "paperlite-contributing", "en", "- Do not add PDF or full-text fetching.\n", "",
           "P007", (66, 83), names="不要加入 PDF 或全文抓取"),
    Defect("a dropped checklist item", "paperlite-contributing", "en", "- Keep diffs focused. Avoid unrelated refactors.\n",
           "", "P007", (85, 91), names="保持 diff 聚焦"),
    Defect("a dropped paragraph without facts", "paperlite-contributing", "en",
           "Thanks for helping PaperLite stay useful, calm, and local-first. This project is a scholarly metadata "
           "workbench, so small, well-tested changes are much better than broad rewrites.\n\n", "", "P006", (5, 8)),
    Defect("swapped sections of a contributing guide", "paperlite-contributing", "en",
           *_swapped("paperlite-contributing", "en", "## Quality Gates", "## Source Catalog Changes",
                     "## Pull Request Checklist"), "P003", (46, 84)),
    Defect("a dropped item of a report", "paperlite-security", "en", "- steps to reproduce;\n", "", "P007", (13, 23),
           names="复现步骤"),
    Defect("a dropped kind of secret", "paperlite-security", "en",
           "- `ZOTERO_API_KEY`, `ZOTERO_LIBRARY_ID`, `ZOTERO_COLLECTION_KEY`;\n", "", "P007", (25, 35),
           names="ZOTERO_API_KEY"),
    Defect("a dropped paragraph without facts", "paperlite-security", "en",
           "If a real key was committed or shared publicly, rotate it at the provider before opening an issue.\n\n", "",
           "P006", (25, 34)),
    Defect("swapped sections, the last moved up", "paperlite-security", "en",
           *_swapped_last("paperlite-security", "en", "## Deployment Notes", "## Project Boundaries"), "P003", (37, 46)),
    Defect("a changed lifetime of the cookie", "healthfunnel-security", "en", "and a 30-day lifetime",
           "and a 90-day lifetime", "F001", (9, 23)),
    Defect("a changed mode of the environment file", "healthfunnel-security", "en", "mode `600` and outside Git",
           "mode `644` and outside Git", "F001", (24, 36)),
    Defect("a dropped production action", "healthfunnel-security", "en",
           "- Add HTTPS before collecting real user data.\n", "", "P007", (24, 35), names="收集真实用户数据前必须启用"),
    Defect("swapped sections of security notes", "healthfunnel-security", "en",
           *_swapped("healthfunnel-security", "en", "## Production actions", "## Known demo limitations",
                     "## Reporting"), "P003", (24, 43)),
]


# --- Held-out round 81 (issue 10) ---------------------------------------------------------------------------------
# Five pairs collected apart from the checker's development, none run through any checker (no `policy check`, no
# tests/test_corpus.py, no bench/bench_parity.py, no code of tooling/); their ground truth (tests/corpus/README.md,
# "Held-out round 81") was written by reading both texts. Not in EXPECTED, HELD_OUT or DEFECTS: the lead registers them
# after the one held-out run. Collected at the same time as round 80 (owners a to k and digits), from owners l to z.
# A security policy and four contributing guides (the legal texts of owners l to z that the index holds were all taken
# or left out before, or have no snapshot): Ktav's Go binding's security policy (an e-mail address, 72 hours, a week,
# 0.1.x) and contributing guide (Go 1.21+, MSRV 1.70, spec 0.5, six platforms, a dual licence), RMQTT's contributing
# guide (Rust 1.94.0, issue and PR templates, five test suites with 10 and 5 cases, 11 and 24 interoperability tests, a
# PR checklist), Naftis's contributing guide (Xiaomi's Istio dashboard: Kubernetes 1.9.0, HIUI 1.0.0, port 5200, a
# repository tree; the two texts drifted: a review rule, a manifest's description, a helm command in one language only)
# and Sophia's contributing guide (the one Chinese-first text: translated from the Chinese the day it was published).
HELD_OUT_81 = ("ktav-security", "ktav-contributing", "rmqtt-contributing", "naftis-contributing", "sophia-contributing")

# Defects written into copies of the round-81 pairs (the English text, the translation), each with the finding that must
# name it and the lines of the modified translation where it may stand (the section it is in, from its heading to the
# line before the next heading of any level, outside code blocks; for a swap, both sections), set before any checker was
# run on any round-81 pair, modified or not; for a dropped list item, words of the Chinese item the finding must quote
# (within its first forty characters). No pair states a date or an amount, so no date is changed; the numbers changed
# are an acknowledgement time, a Go version, a spec version, a count of test cases, a Kubernetes version and a port;
# one e-mail address and four URLs are changed; two list items with a number and a section are dropped.
DEFECTS_81 = [
    Defect("a changed e-mail address for reports", "ktav-security", "en", "Email **phpcraftdream@gmail.com** with:",
           "Email **phpcraftdream@outlook.com** with:", "F003", (20, 37)),
    Defect("a changed acknowledgement time", "ktav-security", "en", "an acknowledgement within **72 hours**.",
           "an acknowledgement within **24 hours**.", "F001", (20, 37)),
    Defect("a dropped security problem", "ktav-security", "en", "- Runaway memory or CPU when parsing crafted input.\n", "",
           "P007", (38, 61), names="解析构造输入时出现失控的内存"),
    Defect("a changed URL of the format's repository", "ktav-security", "en",
           "[`ktav-lang/spec`](https://github.com/ktav-lang/spec).",
           "[`ktav-lang/spec`](https://github.com/ktav-lang/spec-archive).", "F004", (38, 62)),
    Defect("swapped sections of a security policy", "ktav-security", "en",
           *_swapped("ktav-security", "en", "## Supported versions", "## Reporting a vulnerability", "## Scope"), "P003",
           (9, 37)),
    Defect("a changed Go version", "ktav-contributing", "en", "- Go **1.21+**.", "- Go **1.22+**.", "F001", (62, 85)),
    Defect("a changed spec version", "ktav-contributing", "en", "(spec 0.5: inferred from scalar form",
           "(spec 0.4: inferred from scalar form", "F001", (125, 137)),
    Defect("a changed URL of the Rust crate", "ktav-contributing", "en",
           "([`ktav-lang/rust`](https://github.com/ktav-lang/rust))",
           "([`ktav-lang/rust`](https://github.com/ktav-lang/rust-core))", "F004", (24, 35)),
    Defect("a dropped question", "ktav-contributing", "en", "- Could this live in user code instead of the library?\n", "",
           "P007", (147, 156), names="这能否放进用户代码而非库"),
    Defect("a dropped paragraph without facts", "ktav-contributing", "en",
           "New rules are costly. Reject everything that doesn't clearly belong.\n\n", "", "P006", (147, 155)),
    Defect("swapped contents of two sections, headings kept", "ktav-contributing", "en",
           *_swapped_contents("ktav-contributing", "en", "### 3. Public API changes note compatibility",
                              "### 4. One concept per commit", "### 5. Native library stays in lockstep"),
           ("P003", "P004", "P006"), (36, 54), most=4),
    Defect("a changed count of test cases", "rmqtt-contributing", "en", "protocol compliance (10 cases)",
           "protocol compliance (12 cases)", "F001", (178, 192)),
    Defect("a changed URL of the interoperability tests", "rmqtt-contributing", "en",
           "[paho.mqtt.testing](https://github.com/eclipse/paho.mqtt.testing)",
           "[paho.mqtt.testing](https://github.com/eclipse/paho.mqtt.golang)", "F004", (193, 204)),
    Defect("a dropped expectation of contributors", "rmqtt-contributing", "en", "- Accept constructive criticism gracefully\n",
           "", "P007", (22, 29), names="虚心接受建设性批评"),
    Defect("a dropped item of the PR checklist", "rmqtt-contributing", "en", "   - [ ] New features include tests\n", "",
           "P007", (244, 293), names="新特性包含测试"),
    Defect("a dropped prerequisite with a version", "rmqtt-contributing", "en",
           "- Rust 1.94.0+ (install via [rustup](https://rustup.rs/))\n", "", ("P007", "F001"), (78, 84),
           names="Rust 1.94.0+"),
    Defect("swapped sections of a code style", "rmqtt-contributing", "en",
           *_swapped("rmqtt-contributing", "en", "### Formatting", "### Linting", "### Safety"), "P003", (114, 131), known_miss=True),
    Defect("a dropped paragraph without facts", "rmqtt-contributing", "en",
           "When adding a new feature, create or update both the English and Chinese documentation.\n\n", "", "P006",
           (226, 235)),
    Defect("a changed Kubernetes version", "naftis-contributing", "en", "- Kubernetes >= 1.9.0", "- Kubernetes >= 1.10.0",
           "F001", (9, 14)),
    Defect("a dropped prerequisite with a version", "naftis-contributing", "en", "- HIUI >= 1.0.0\n", "", ("P007", "F001"),
           (9, 13), names="HIUI"),
    Defect("a changed URL of the UI library", "naftis-contributing", "en", "\nhttps://github.com/xiaomi/hiui\n",
           "\nhttps://github.com/xiaomi/hiui-react\n", "F004", (19, 26)),
    Defect("a changed port of the UI", "naftis-contributing", "en", "# Explore http://localhost:5200/ with your browser.",
           "# Explore http://localhost:5300/ with your browser.", ("F001", "F004"), (92, 101), known_miss=True),
    Defect("swapped sections of a Git workflow", "naftis-contributing", "en",
           *_swapped("naftis-contributing", "en", "### Fork the main repository", "### Clone your fork",
                     "### Create a branch and make changes"), "P003", (104, 118)),
    Defect("a dropped section without facts", "naftis-contributing", "en",
           _between("naftis-contributing", "en", "### Keeping your fork in sync", "### Committing changes to your fork"), "",
           ("P002", "P006"), (119, 126), known_miss=True),
    Defect("a changed URL of the snapshot tool", "sophia-contributing", "en", "[`insta`](https://insta.rs/)",
           "[`insta`](https://insta.dev/)", "F004", (39, 45)),
    Defect("a dropped principle", "sophia-contributing", "en",
           _between("sophia-contributing", "en", "- **Honesty**:", "- **Layering discipline**:"), "", "P007", (9, 16),
           names="诚实性"),
    Defect("a dropped step of a change", "sophia-contributing", "en",
           "3. **Add regression tests**: new features / bug fixes should include tests.\n", "", "P007", (18, 30),
           names="加回归测试"),
    Defect("a dropped paragraph without facts", "sophia-contributing", "en",
           "See `docs/en/engineering_notes.md` for the decision log and the complete statement of these principles.\n\n",
           "", "P006", (9, 15)),
    Defect("swapped sections of a contributing guide", "sophia-contributing", "en",
           *_swapped("sophia-contributing", "en", "## Commit Conventions", "## Testing Conventions", "## Changing Syntax"),
           "P003", (32, 45)),
    Defect("swapped contents of two sections, headings kept", "sophia-contributing", "en",
           *_swapped_contents("sophia-contributing", "en", "## Changing Syntax", "## License"), ("P003", "P004", "P006"),
           (46, 52), most=4),
]


# Rounds 80 and 81, after their one held-out run (tests/corpus/README.md, "The one held-out runs of rounds 80 and 81,
# classified"), registered as run (no change since).
EXPECTED.update({
    # an English grown after the Chinese was last synced. True: the note pointing to the guide (P006 79), the skill
    # template's sections (P002 96), the skill adaptation policy (P002 152), two example skills (P006 185), only in
    # English (content). False: the Chinese checklist "技能清单" said part of "Skill Categories" (P002 141) with its
    # "500" said missing (F001 141) and the categories' table compared with it (P006 141), "Skill Checklist" said added
    # (P002 163: the same checklist, with six items more); the usage line the Chinese leaves outside its code block, a
    # fence closed early (P006 362: form)
    "ecc-contributing": [("en", 79, "P006"), ("en", 96, "P002"), ("en", 141, "F001"), ("en", 141, "P002"),
                         ("en", 141, "P006"), ("en", 152, "P002"), ("en", 163, "P002"), ("en", 185, "P006"),
                         ("en", 362, "P006")],
    "ecc-coc": [],
    "paperlite-contributing": [],
    "paperlite-security": [],
    "healthfunnel-security": [],
    "ktav-security": [],
    "ktav-contributing": [],
    "rmqtt-contributing": [],
    # true: "### Code Style" against "## 代码风格" (P004 221, form). False: addresses in code blocks' comments, which each
    # language words its own way (F004 99 "http://localhost:5200/", F004 245 "docker.io" against "Docker Hub")
    "naftis-contributing": [("en", 99, "F004"), ("en", 221, "P004"), ("en", 245, "F004")],
    "sophia-contributing": [],
})
FALSE.update({
    "ecc-contributing": [("en", 141, "F001"), ("en", 141, "P002"), ("en", 141, "P006"), ("en", 163, "P002"),
                         ("en", 362, "P006")],
    "naftis-contributing": [("en", 99, "F004"), ("en", 245, "F004")],
})
DEFECTS += DEFECTS_80 + DEFECTS_81
RETUNED_80 = HELD_OUT_80
RETUNED_81 = HELD_OUT_81
HELD_OUT = ()  # every pair has been run: the next held-out measure needs a round 82, collected apart
