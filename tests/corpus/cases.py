"""What `policy check` must report on the real corpus, and the defects injected into it.

Shared by tests/test_corpus.py (which asserts it) and bench/bench_parity.py (which measures the
false-finding rate and the catch rate from it). Every expected finding was classified by reading
both texts; see tests/corpus/README.md.
"""

from pathlib import Path

CORPUS = Path(__file__).resolve().parent

# (language, line, code) of every finding `policy check` reports on each pair, in the order it
# reports them, each classified by reading both texts (tests/corpus/README.md): the true ones say
# what is wrong with the translation, the false ones are listed again in FALSE.
EXPECTED = {
    "anti-996": [],
    "community-rules-996": [],
    # the Chinese translations of Contributor Covenant 1.4 leave out the English sentence that points
    # to the FAQ (https://www.contributor-covenant.org/faq): true
    "covenant-14-zh-cn": [("en", 80, "F004")],
    "covenant-14-zh-tw": [("en", 80, "F004")],
    "covenant-20-zh-cn": [],
    "covenant-21-zh-cn": [],
    "covenant-21-zh-tw": [],
    "mulan-psl-2": [],
    # held out (see HELD_OUT)
    "cncf-coc": [("en", 4, "P002"), ("en", 4, "P002"), ("en", 5, "P002"), ("en", 37, "F004"), ("en", 43, "P002")],
    "mulan-psl-1": [("en", 45, "P002"), ("en", 47, "P006"), ("en", 47, "P006"), ("en", 47, "P006"),
                    ("en", 51, "P002"), ("en", 55, "P006"), ("en", 57, "P006"), ("en", 65, "P006")],
    "vue-coc": [],
    "vue-privacy": [],
}

# The findings of EXPECTED that are false (a translation that is right, reported wrong), with the reason.
FALSE = {
    # The English nests "### Community Code of Conduct" and "### CNCF Events" under "## CNCF Community
    # Code of Conduct v1.3" and "## Scope"; the Chinese makes all of them "##" sections. Each Chinese
    # section has its counterpart, but at another heading level, so the sections are not paired:
    "cncf-coc": [
        ("en", 4, "P002"),   # "社区行为准则" is "### Community Code of Conduct"
        ("en", 4, "P002"),   # "范围" is "## Scope"
        ("en", 37, "F004"),  # the Linux Foundation URL is in the English, under "### CNCF Events"
        ("en", 43, "P002"),  # "CNCF Events" is "## CNCF 活动"
    ],
    # (true: en 5 P002, the English title "CNCF Community Code of Conduct v1.3", with the version and the
    # list of the other languages, is not in the Chinese text.)
    "mulan-psl-1": [
        ("en", 45, "P002"),  # "End of the Terms and Conditions" is the Chinese "条款结束。" (a heading
                             # in English only, as the English line has no full stop)
        ("en", 47, "P006"),  # the three Chinese paragraphs of "how to apply" are the English
        ("en", 47, "P006"),  # introduction and its steps i. ii. iii., which the English writes
        ("en", 47, "P006"),  # as one block of lines: "i." is taken for a clause of its own
        ("en", 51, "P002"),  # the step "i." is the Chinese "1，", not a clause
        ("en", 55, "P006"),  # the notice in English is in both texts; the English ends it with a
        ("en", 57, "P006"),  # paragraph of its own ("See the Mulan PSL v1 for more details."),
        ("en", 65, "P006"),  # the Chinese side keeps it in the same paragraph
    ],
}

# Pairs added after the alignment's weights were set (issue 10): never used to tune the checker, so
# their figures are a held-out measure. The other pairs are the ones the weights were set against.
HELD_OUT = ("cncf-coc", "mulan-psl-1", "vue-coc", "vue-privacy")


class Defect:
    """A defect written into one file of a pair: replace ``old`` by ``new`` in ``lang``."""

    def __init__(self, name, pair, lang, old, new, code, lines, known_miss=False, names=None):
        self.name = name
        self.known_miss = known_miss  # not caught by this version; counted in the catch rate
        self.pair = pair
        self.lang = lang
        self.old = old
        self.new = new
        self.code = code      # the finding that names the defect
        self.lines = lines    # (first, last) line of the translation where it may be placed
        self.names = names    # words the finding must quote, when its place alone does not tell
                              # which list item it names

    def named_by(self, code, line, message):
        """Whether a finding (its code, line of the translation and message) names this defect."""
        first, last = self.lines
        return code == self.code and first <= line <= last and (self.names is None or self.names in message)

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
    Defect("a dropped sentence with a number", "mulan-psl-2", "en", _MULAN_50, "", "F001", (13, 24)),
    Defect("a changed date", "mulan-psl-2", "en", "January 2020", "January 2021", "F002", (7, 9)),
    Defect("a changed percentage", "mulan-psl-2", "en", "(50%)", "(51%)", "F001", (13, 24)),
    Defect("a changed URL", "covenant-21-zh-cn", "en", "version/2/1/code_of_conduct.html][v2.1]",
           "version/2/0/code_of_conduct.html][v2.1]", "F004", (119, 140)),
    Defect("swapped sections", "covenant-21-zh-cn", "en",
           *_swapped_sections("covenant-21-zh-cn", "en", "## Enforcement Responsibilities", "## Scope"),
           "P003", (43, 62)),
    # Scope and Enforcement have the same length in both languages and carry no fact: nothing but
    # the meaning of the words tells them apart, which this checker does not read (a known miss).
    Defect("swapped sections of like length", "covenant-21-zh-cn", "en",
           *_swapped_sections("covenant-21-zh-cn", "en", "## Scope", "## Enforcement\n"), "P003", (55, 72),
           known_miss=True),
    Defect("swapped contents of two numbered sections", "mulan-psl-2", "en",
           *_swapped_bodies("mulan-psl-2", "en", "## 3. No Trademark", "## 4. Distribution"), "F001", (33, 40)),
    Defect("a dropped list item", "covenant-20-zh-cn", "en",
           "* Public or private harassment\n", "", "P007", (19, 19)),
    Defect("a dropped section", "covenant-14-zh-cn", "en", _section("covenant-14-zh-cn", "en", "## Scope"), "",
           "P002", (38, 50)),
    Defect("a renumbered section", "mulan-psl-2", "en", "## 5. Disclaimer", "## 7. Disclaimer", "P005", (41, 41)),
    # A short paragraph without facts next to a long one: within the variance of translation
    # lengths, so it is taken for a join of two paragraphs (a known miss).
    Defect("a dropped short paragraph", "covenant-21-zh-cn", "en",
           "We pledge to act and interact in ways that contribute to an open, welcoming,\n"
           "diverse, inclusive, and healthy community.\n\n", "", "P006", (7, 7), known_miss=True),
    Defect("a dropped list item in a numbered list", "anti-996", "en",
           _section("anti-996", "en", "## \"Anti 996\"")[
               _section("anti-996", "en", "## \"Anti 996\"").index("2. The individual"):
               _section("anti-996", "en", "## \"Anti 996\"").index("3. The individual")],
           "", "P007", (7, 7)),
]

# Defects written into the held-out pairs, of the same kinds as above, each with the finding that
# names it and the lines of its section (findings stand at the start of the section they concern),
# set before the checker was run on them; the ones this version does not catch are known misses
# (bench/results/parity.md).
DEFECTS += [
    Defect("a changed effective date", "vue-privacy", "en", "May 3, 2024", "May 4, 2024", "F002", (5, 7)),
    Defect("a changed e-mail address", "vue-privacy", "en", "at hello@vuejs.org", "at help@vuejs.org", "F003",
           (44, 46)),
    # The finding names item 2 of the Chinese list, not item 3 (the NPM one) that was dropped; an F004
    # at the start of the section says the npmjs.com URL is missing (a known miss).
    Defect("a dropped item of a numbered list", "vue-privacy", "en",
           "3. Usage statistics of our published packages on NPM (https://npmjs.com/), which are governed by "
           "NPM's terms and conditions; or\n\n", "", "P007", (5, 20), names="3. 我们在 NPM", known_miss=True),
    Defect("a changed percentage in a definition", "mulan-psl-1", "en", "(50%)", "(51%)", "F001", (13, 24)),
    Defect("a dropped numbered section", "mulan-psl-1", "en", _section("mulan-psl-1", "en", "## 3. No Trademark"), "",
           "P002", (29, 37)),
    Defect("a dropped bullet", "cncf-coc", "en", "* Unwelcome physical contact\n", "", "P007", (47, 85),
           names="不受欢迎的身体接触"),
    Defect("a changed reporting address", "cncf-coc", "en", "via <conduct@cncf.io>", "via <coc@cncf.io>", "F003",
           (86, 92)),
    Defect("a changed version URL", "vue-coc", "en", "version/1/4/code-of-conduct.html",
           "version/2/0/code_of_conduct.html", "F004", (45, 51)),
    Defect("swapped sections of a code of conduct", "vue-coc", "en",
           *_swapped_sections("vue-coc", "en", "## Our Responsibilities", "## Scope"), "P003", (29, 38)),
]


# --- Held-out round 3 (issue 10) ---------------------------------------------------------------------------
# Eleven more real pairs (seven Mozilla legal documents, the Istio and the Kubernetes security pages, two
# GitHub site policies), added
# while the checker was being changed on the pairs above and kept apart from that work: never used to tune
# it. Their ground truth (every real difference, found by reading both texts, independent of any checker)
# is in tests/corpus/README.md, "Held-out round 3"; the findings below are those of the checker as it was
# when they were added (commit 242904a), each classified against that ground truth.
HELD_OUT_3 = ("mozilla-firefox-terms", "mozilla-mdn-plus-terms", "mozilla-report-infringement",
              "mozilla-common-voice-privacy", "mozilla-privacy-policy", "mozilla-websites-terms",
              "mozilla-accounts-terms", "istio-security", "k8s-security", "github-safe-harbor",
              "github-gpl-commitment")

_P009 = "P009"  # an English heading without {#id} against a Chinese one with it (see FALSE below)

EXPECTED.update({
    "mozilla-firefox-terms": [],
    "mozilla-privacy-policy": [],
    "mozilla-common-voice-privacy": [],
    # misses the English paragraph on changing e-mail subscriptions that the Chinese leaves out (no fact in it)
    "mozilla-accounts-terms": [],
    "mozilla-mdn-plus-terms": [("en", 5, "P002"), ("en", 7, "P002"), ("zh", 3, "N002")],
    "mozilla-report-infringement": [("en", 7, "F001")],
    "mozilla-websites-terms": [("en", 12, "F001"), ("en", 12, "F004"), ("en", 12, "P005"), ("en", 16, "F004"),
                               ("en", 20, "F001"), ("en", 27, "F001"), ("en", 40, "F001"), ("en", 58, "F001"),
                               ("en", 63, "F001"), ("en", 72, "F001"), ("en", 76, "F001"), ("en", 76, "F001"),
                               ("en", 76, "F001"), ("en", 76, "F001"), ("en", 85, "F001"), ("en", 90, "F001"),
                               ("en", 97, "F001"), ("en", 101, "F001"), ("en", 105, "F001")],
    "github-safe-harbor": [],  # misses the two sentences the Chinese leaves in English (untranslated)
    # true: the English makes "Our Commitment" a level-3 heading, the Chinese a level-2 one
    "github-gpl-commitment": [("en", 11, "P004")],
    "istio-security": [("en", 10, _P009), ("en", 18, _P009), ("en", 33, _P009), ("en", 40, "P007"), ("en", 42, "F001"),
                       ("en", 42, _P009), ("en", 54, _P009), ("en", 60, _P009), ("en", 67, _P009), ("en", 87, "P002")],
    "k8s-security": [("en", 9, _P009), ("en", 13, "F004"), ("en", 15, "F004"), ("en", 15, _P009), ("en", 21, "F004"),
                     ("en", 25, _P009), ("en", 32, _P009), ("en", 38, "F004"), ("en", 38, _P009), ("en", 40, "F004"),
                     ("en", 46, _P009)],
})

FALSE.update({
    # "1.2 版，2023 年 11 月 1 日生效" (version 1.2, effective 1 November 2023) starts with a version
    # number and is read as clause 1.2; the English "Version 1.2, Effective November 1, 2023" is the same line.
    "mozilla-mdn-plus-terms": [("en", 5, "P002"), ("en", 7, "P002"), ("zh", 3, "N002")],
    # "数字千年版权法" (Digital Millennium Copyright Act): 千年 is "millennium", not the number 1000. (The
    # Chinese does add this expansion of "DMCA", which the English has not, but the finding does not say so.)
    "mozilla-report-infringement": [("en", 7, "F001")],
    # The Chinese headings write "#### 1\.介绍" with no space after the number, so none of its 13 numbered
    # sections is read as numbered and each number is taken for a fact the English lacks; in section 8 the
    # enumerators (1) (2) (3) against (i) (ii) (iii) are taken for numbers. (True: en 12 and en 16 F004, the
    # Chinese writes the domain mozillians.org as "mozilians.org".)
    "mozilla-websites-terms": [("en", 12, "F001"), ("en", 12, "P005"), ("en", 20, "F001"), ("en", 27, "F001"),
                               ("en", 40, "F001"), ("en", 58, "F001"), ("en", 63, "F001"), ("en", 72, "F001"),
                               ("en", 76, "F001"), ("en", 76, "F001"), ("en", 76, "F001"), ("en", 76, "F001"),
                               ("en", 85, "F001"), ("en", 90, "F001"), ("en", 97, "F001"), ("en", 101, "F001"),
                               ("en", 105, "F001")],
    # P009: the Chinese Hugo pages give every heading an explicit {#id}, the English ones none; on the website
    # the English ids are made from the titles and are the same as the Chinese ones. F001: "three work days"
    # is "三个工作日" (an English number word). (True: en 40 P007 and en 87 P002, the bullet and the section
    # "Base Images" that the Chinese leaves out.)
    "istio-security": [("en", 10, _P009), ("en", 18, _P009), ("en", 33, _P009), ("en", 42, "F001"),
                       ("en", 42, _P009), ("en", 54, _P009), ("en", 60, _P009), ("en", 67, _P009)],
    # P009 as for Istio. (True: the five F004, the RSS feed URL the Chinese leaves out and two links that point
    # elsewhere in each language, each reported from both sides.)
    "k8s-security": [("en", 9, _P009), ("en", 15, _P009), ("en", 25, _P009), ("en", 32, _P009), ("en", 38, _P009),
                     ("en", 46, _P009)],
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

# Round 4: real pairs, Chinese-first (OpenHarmony's licence and copyright rules and mailing lists, openEuler's
# code of conduct), from sources no earlier round used, added while round 3 was being tuned on. (Four more
# pairs were collected, from openharmony/security and mindspore-ai/community, and left out: no licence that
# allows copying them could be confirmed.) Their ground truth is in
# tests/corpus/README.md, "Held-out round 4", written before the checker was run on them; the findings below
# are those of the checker of this branch, each classified against it. They are the held-out measure now.
HELD_OUT_4 = ("openharmony-license-copyright", "openharmony-mailing-lists", "openeuler-coc")

EXPECTED.update({
    # misses the reference to the third-party guide and the link to the latest version (relative links, no fact)
    "openharmony-license-copyright": [("en", 33, "P007"), ("en", 34, "P007")],
    # misses the two sentences only the Chinese has (one of them inside the HTML table)
    "openharmony-mailing-lists": [("en", 9, "F001"), ("en", 9, "F001"), ("en", 9, "F001"), ("en", 9, "P002"),
                                  ("en", 31, "P002")],
    "openeuler-coc": [("en", 7, "F004"), ("en", 7, "F004")],
})

FALSE.update({
    # The Chinese writes the three exceptions at the margin, which ends its numbered list, and numbers the next
    # item 2 again; the English indents them under item 1: items 1 and 2 are the same in both.
    "openharmony-license-copyright": [("en", 33, "P007"), ("en", 34, "P007")],
    # F001: the widths of the Chinese HTML table's columns (width="20.757924207579244%") read as percentages.
    # P002: the Chinese section "如何发送邮件到邮件列表" is the English "How Do I Send Emails to a Mail List?"; the
    # HTML table (and the heading's <a name> anchor) keep them from being paired.
    "openharmony-mailing-lists": [("en", 9, "F001"), ("en", 9, "F001"), ("en", 9, "F001"), ("en", 9, "P002"),
                                  ("en", 31, "P002")],
    # the Chinese links Contributor Covenant 1.4 in Chinese (…/zh-cn/version/1/4/code-of-conduct.html), the
    # English in English (…/version/1/4/code-of-conduct/): the same code, each language's version
    "openeuler-coc": [("en", 7, "F004"), ("en", 7, "F004")],
})

# Defects written into round-4 pairs, each with the finding that must name it and its lines, set before the
# checker was run on the pairs (unmodified or not).
DEFECTS += [
    Defect("a changed mailing list address", "openharmony-mailing-lists", "en", "| dev@openharmony.io      |",
           "| developers@openharmony.io |", "F003", (20, 29)),
    Defect("a dropped numbered rule", "openharmony-license-copyright", "en",
           [line + "\n" for line in (CORPUS / "en" / "openharmony-license-copyright.md").read_text(encoding="utf-8")
            .split("\n") if line.startswith("4. The license file of each")][0], "", "P007", (21, 26),
           names="每个开源仓的许可证文件必须要涵盖", known_miss=True),  # not caught, no finding at all (a known miss)
    # set with the openEuler pair, added last, before the checker was run on it
    Defect("a changed enforcement address", "openeuler-coc", "en", "Send a letter to tc@openeuler.org to report",
           "Send a letter to conduct@openeuler.org to report", "F003", (59, 65)),
]

# Round 4 is the held-out measure now; the first held-out round stays named for the record.
HELD_OUT_1 = HELD_OUT
HELD_OUT = HELD_OUT_4
