"""`policy check` on real bilingual legal texts (tests/corpus): the exact findings of each pair,
and the defects injected into them, each caught by a finding that names it, without cascades."""

import re
import shutil
import sys

import pytest

from conftest import ROOT, parity_config
from tooling.checks.check import run_check


sys.path.insert(0, str(ROOT / "tests" / "corpus"))
from cases import CORPUS, DEFECTS, EXPECTED, FALSE, HELD_OUT, HELD_OUT_3, HELD_OUT_4, RESHAPINGS, RETUNED, RETUNED_3, reshaped  # noqa: E402
from cases import HELD_OUT_5, HELD_OUT_6, HELD_OUT_7, HELD_OUT_8, HELD_OUT_9, RETUNED_4, RETUNED_5, RETUNED_6, RETUNED_7  # noqa: E402
from cases import HELD_OUT_10, HELD_OUT_11, HELD_OUT_12, RETUNED_8, RETUNED_9, RETUNED_10, RETUNED_11  # noqa: E402
from cases import (HELD_OUT_13, HELD_OUT_14, HELD_OUT_15, HELD_OUT_16, HELD_OUT_17, HELD_OUT_18, HELD_OUT_19,  # noqa: E402
                   HELD_OUT_20, HELD_OUT_21, RETUNED_12, RETUNED_13, RETUNED_14, RETUNED_15, RETUNED_16, RETUNED_17,
                   RETUNED_18, RETUNED_19, RETUNED_20, RETUNED_21, HELD_OUT_22, HELD_OUT_23, RETUNED_22, RETUNED_23,
                   HELD_OUT_24, HELD_OUT_25, RETUNED_24, RETUNED_25, HELD_OUT_26, HELD_OUT_27, RETUNED_26,
                   RETUNED_27, HELD_OUT_28, HELD_OUT_29, RETUNED_28, RETUNED_29, HELD_OUT_30, HELD_OUT_31,
                   RETUNED_30, RETUNED_31, HELD_OUT_32, HELD_OUT_33, RETUNED_32, RETUNED_33, HELD_OUT_34,
                   HELD_OUT_35, RETUNED_34, RETUNED_35, HELD_OUT_36, HELD_OUT_37, RETUNED_36, RETUNED_37,
                   HELD_OUT_38, HELD_OUT_39, RETUNED_38, RETUNED_39, HELD_OUT_40, HELD_OUT_41, RETUNED_40, RETUNED_41,
                   HELD_OUT_42, HELD_OUT_43, RETUNED_42, RETUNED_43, HELD_OUT_44, HELD_OUT_45, RETUNED_44, RETUNED_45,
                   HELD_OUT_46, HELD_OUT_47, RETUNED_46, RETUNED_47, HELD_OUT_48, HELD_OUT_49, RETUNED_48,
                   RETUNED_49, HELD_OUT_50, HELD_OUT_51, RETUNED_50, RETUNED_51, HELD_OUT_52, HELD_OUT_53,
                   RETUNED_52, RETUNED_53, HELD_OUT_54, HELD_OUT_55, RETUNED_54, RETUNED_55, HELD_OUT_56,
                   HELD_OUT_57, RETUNED_56, RETUNED_57, HELD_OUT_58, HELD_OUT_59, RETUNED_58, RETUNED_59,
                   HELD_OUT_60, HELD_OUT_61, RETUNED_60, RETUNED_61, HELD_OUT_62, HELD_OUT_63, RETUNED_62, RETUNED_63,
                   HELD_OUT_64, HELD_OUT_65, RETUNED_64, RETUNED_65, HELD_OUT_66, HELD_OUT_67, RETUNED_66, RETUNED_67,
                   HELD_OUT_68, HELD_OUT_69, RETUNED_68, RETUNED_69, HELD_OUT_70, HELD_OUT_71, RETUNED_70, RETUNED_71,
                   HELD_OUT_72, HELD_OUT_73, RETUNED_72, RETUNED_73, HELD_OUT_74, HELD_OUT_75, RETUNED_74, RETUNED_75,
                   HELD_OUT_76, HELD_OUT_77, RETUNED_76, RETUNED_77, HELD_OUT_78, HELD_OUT_79, RETUNED_78, RETUNED_79,
                   HELD_OUT_80, HELD_OUT_81, RETUNED_80, RETUNED_81)


def _findings(folder):
    result = run_check(parity_config(), str(folder))
    assert not result.bad_input
    return result.findings


def _key(finding):
    """A finding without its place (nor the lines its message names), to tell the findings a defect adds from those
    already there (a URL it
    quotes without the language segment that the reshaping localized_links writes into the English links)."""
    return (finding.file.split("/")[-2], finding.file.split("/")[-1], finding.code,
            re.sub(r"\S*/(zh|en)/", r"\1/", re.sub(r":\d+|\bline \d+", "", finding.message)).replace("/en-us/", "/"))


@pytest.fixture(scope="module")
def baseline():
    return _findings(CORPUS)


def test_every_pair_has_exactly_its_expected_findings(baseline):
    found = {name: [] for name in EXPECTED}
    for f in baseline:
        found.setdefault(f.file.split("/")[-1][:-3], []).append((f.file.split("/")[-2], f.line, f.code))
    assert found == EXPECTED
    assert len({f.file for f in baseline}) <= 2 * len(EXPECTED)


def test_the_true_findings_say_what_is_missing(baseline):
    faq = [f for f in baseline if f.code == "P006" and "/covenant-14-" in f.file]
    assert len(faq) == 2
    for f in faq:
        # one finding for one cause: the paragraph, with the fact it states (no F004 besides)
        assert f.message.startswith("section \u201cAttribution\u201d: this paragraph (\u201cFor answers to common "
                                    "questions about th\u2026\u201d), which states the URL "
                                    "https://www.contributor-covenant.org/faq, has no counterpart in the Chinese text (")
    assert not [f for f in baseline if f.code.startswith("F") and "/covenant-14-" in f.file]


def test_the_corpus_has_ten_pairs_and_every_false_finding_is_one_it_reports():
    from collections import Counter

    assert len(EXPECTED) >= 10 and set(HELD_OUT) <= set(EXPECTED) and set(RETUNED) <= set(EXPECTED)
    for name, items in FALSE.items():
        assert not Counter(items) - Counter(EXPECTED[name]), name
    for name in EXPECTED:
        assert (CORPUS / "zh" / f"{name}.md").is_file() and (CORPUS / "en" / f"{name}.md").is_file()


def test_a_formerly_held_out_pair_has_its_true_findings_and_no_false_one(baseline):
    cncf = [f for f in baseline if f.file.endswith("/en/cncf-coc.md")]
    assert [(f.line, f.code) for f in cncf] == [(5, "P002"), (28, "P004")]
    assert "\u201cCNCF Community Code of Conduct v1.3\u201d exists only in the English text" in cncf[0].message
    # sections nested one level deeper: one finding that names both, not a missing section for each
    assert cncf[1].message.startswith("the English text places two sections one level deeper than the Chinese text: "
                                      "section \u201cCommunity Code of Conduct\u201d (line 28, ### here, ## at ")
    assert "section \u201cCNCF Events\u201d (line 43, ### here, ## at " in cncf[1].message
    assert not [f for f in baseline if "/mulan-psl-1." in f.file or "/vue-" in f.file]


@pytest.mark.parametrize("defect", [d for d in DEFECTS if not d.known_miss], ids=lambda d: d.name)
def test_an_injected_defect_is_caught_by_a_finding_that_names_it(defect, baseline, tmp_path):
    # the pair alone (each pair is compared on its own: the others' findings cannot change)
    for lang in ("zh", "en"):
        (tmp_path / lang).mkdir()
        shutil.copy(CORPUS / lang / f"{defect.pair}.md", tmp_path / lang)
    defect.apply(tmp_path)
    before = {_key(f) for f in baseline}
    new = [f for f in _findings(tmp_path) if _key(f) not in before]
    naming = [f for f in new if defect.named_by(f.code, f.line, f.message)
              and f.file.endswith(f"/{defect.lang}/{defect.pair}.md")]
    assert naming, [str(f) for f in new]
    # one root cause, a few findings at most: never a cascade over the sections after it
    assert len(new) <= defect.most, [str(f) for f in new]
    assert all(f.file.endswith(f"{defect.pair}.md") for f in new)


def test_at_least_ten_defects_are_injected_and_the_misses_are_few_and_known():
    tuned = [d for d in DEFECTS
             if d.pair not in HELD_OUT + HELD_OUT_3 + HELD_OUT_4 + HELD_OUT_5 + HELD_OUT_6 + HELD_OUT_7 + HELD_OUT_8 + HELD_OUT_9
             + HELD_OUT_10 + HELD_OUT_11 + HELD_OUT_12 + HELD_OUT_13 + HELD_OUT_14 + HELD_OUT_15 + HELD_OUT_16 + HELD_OUT_17
             + HELD_OUT_18 + HELD_OUT_19 + HELD_OUT_20 + HELD_OUT_21 + HELD_OUT_22 + HELD_OUT_23
             + HELD_OUT_24 + HELD_OUT_25 + HELD_OUT_26 + HELD_OUT_27 + HELD_OUT_28 + HELD_OUT_29 + HELD_OUT_30
             + HELD_OUT_31 + HELD_OUT_32 + HELD_OUT_33 + HELD_OUT_34 + HELD_OUT_35 + HELD_OUT_36 + HELD_OUT_37
             + HELD_OUT_38 + HELD_OUT_39 + HELD_OUT_40 + HELD_OUT_41 + HELD_OUT_42 + HELD_OUT_43 + HELD_OUT_44
             + HELD_OUT_45 + HELD_OUT_46 + HELD_OUT_47 + HELD_OUT_48 + HELD_OUT_49 + HELD_OUT_50
             + HELD_OUT_51 + HELD_OUT_52 + HELD_OUT_53 + HELD_OUT_54 + HELD_OUT_55 + HELD_OUT_56 + HELD_OUT_57
             + HELD_OUT_58 + HELD_OUT_59 + HELD_OUT_60 + HELD_OUT_61 + HELD_OUT_62 + HELD_OUT_63 + HELD_OUT_64
             + HELD_OUT_65 + HELD_OUT_66 + HELD_OUT_67 + HELD_OUT_68 + HELD_OUT_69 + HELD_OUT_70 + HELD_OUT_71
             + HELD_OUT_72 + HELD_OUT_73 + HELD_OUT_74 + HELD_OUT_75
             + HELD_OUT_76 + HELD_OUT_77 + HELD_OUT_78 + HELD_OUT_79
             + HELD_OUT_80 + HELD_OUT_81 + RETUNED]
    caught = [d for d in tuned if not d.known_miss]
    assert len(tuned) >= 10 and len(caught) / len(tuned) >= 0.9
    kinds = {d.name for d in DEFECTS}
    assert len(kinds) >= 10
    retuned = [d for d in DEFECTS if d.pair in RETUNED]
    assert len(retuned) >= 8


@pytest.mark.parametrize("reshaping", RESHAPINGS, ids=lambda r: r.__name__)
def test_a_legitimately_reshaped_translation_adds_no_finding(reshaping, baseline, tmp_path):
    """Headings nested or flattened, paragraphs joined or split, a list written as lines: no
    finding but one P004 (heading levels differ) for a change of levels, on every pair."""
    before = {_key(f) for f in baseline}
    applied = 0
    for name in EXPECTED:
        if name in (HELD_OUT + RETUNED_5 + RETUNED_6 + RETUNED_7 + RETUNED_8 + RETUNED_9 + RETUNED_10
                    + RETUNED_11 + RETUNED_12 + RETUNED_13 + RETUNED_14 + RETUNED_15 + RETUNED_16 + RETUNED_17
                    + RETUNED_18 + RETUNED_19 + RETUNED_20 + RETUNED_21 + RETUNED_22 + RETUNED_23
                    + RETUNED_24 + RETUNED_25 + RETUNED_26 + RETUNED_27 + RETUNED_28 + RETUNED_29 + RETUNED_30
                    + RETUNED_31 + RETUNED_32 + RETUNED_33 + RETUNED_34 + RETUNED_35 + RETUNED_36
                    + RETUNED_37 + RETUNED_38 + RETUNED_39 + RETUNED_40 + RETUNED_41 + RETUNED_42
                    + RETUNED_43 + RETUNED_44 + RETUNED_45 + RETUNED_46 + RETUNED_47 + RETUNED_48
                    + RETUNED_49 + RETUNED_50 + RETUNED_51 + RETUNED_52 + RETUNED_53 + RETUNED_54
                    + RETUNED_55 + RETUNED_56 + RETUNED_57 + RETUNED_58 + RETUNED_59 + RETUNED_60
                    + RETUNED_61 + RETUNED_62 + RETUNED_63 + RETUNED_64 + RETUNED_65 + RETUNED_66
                    + RETUNED_67 + RETUNED_68 + RETUNED_69 + RETUNED_70 + RETUNED_71
                    + RETUNED_72 + RETUNED_73 + RETUNED_74 + RETUNED_75
                    + RETUNED_76 + RETUNED_77 + RETUNED_78 + RETUNED_79
                    + RETUNED_80 + RETUNED_81):  # bench only
            continue
        text = reshaped(name, reshaping)
        if text is None:
            continue
        applied += 1
        folder = tmp_path / name
        for lang in ("zh", "en"):
            (folder / lang).mkdir(parents=True)
            shutil.copy(CORPUS / lang / f"{name}.md", folder / lang)
        (folder / "en" / f"{name}.md").write_text(text, encoding="utf-8")
        new = [f for f in _findings(folder) if _key(f) not in before and not f.code.startswith("N")]
        if (name, reshaping.__name__) == ("k8s-security", "join_paragraphs"):
            # the English paragraph the Chinese lacks, joined to its neighbour: its true P006 becomes the (still
            # true) F004 of the RSS feed's URL it states
            new = [f for f in new if not (f.code == "F004" and "rss_v2_0.xml?num=50 is not in the Chinese" in f.message)]
        assert [f.code for f in new] in ([], ["P004"]), (name, [str(f) for f in new])
    assert applied >= (1 if reshaping.__name__ == "html_table" else 3)  # one pair has a Markdown table


def _round_figures(baseline, pairs):
    """(findings, false ones) of the corpus on ``pairs``, which EXPECTED lists exactly, and their defects."""
    from collections import Counter

    found = [f for f in baseline if f.file.split("/")[-1][:-3] in pairs]
    assert sum(Counter(EXPECTED[name]).total() for name in pairs) == len(found)
    false = sum(len(FALSE.get(name, [])) for name in pairs)
    return (len(found), false), [d for d in DEFECTS if d.pair in pairs]


def test_the_round_3_pairs_are_counted_apart_and_each_is_classified(baseline):
    assert RETUNED_3 == HELD_OUT_3 and not set(RETUNED_3) & set(HELD_OUT)
    assert len(HELD_OUT_3) >= 6 and set(HELD_OUT_3) <= set(EXPECTED) and not set(HELD_OUT_3) & set(RETUNED)
    figures, defects = _round_figures(baseline, HELD_OUT_3)
    # the figures of tests/corpus/README.md, "Held-out round 3": 45 findings, 35 false, held out; after the
    # third round tuned the checker on them, 9 findings, all true
    assert figures == (9, 0)
    assert len(defects) >= 10 and len({d.pair for d in defects}) >= 2
    assert [d.name for d in defects if d.known_miss] == ["a dropped short paragraph without facts",
                                                         "a dropped numbered section of a safe harbor"]


def test_the_round_3_true_findings_name_the_real_differences(baseline):
    def messages(pair, code):
        return [f.message for f in baseline if f.file.endswith(f"/en/{pair}.md") and f.code == code]

    # the Istio page's Chinese translation leaves out the section "Base Images" and the bullet that points to it
    assert any(m.startswith("section \u201cBase Images\u201d exists only in the English text")
               for m in messages("istio-security", "P002"))
    assert any("Your issue is related to base image de" in m for m in messages("istio-security", "P007"))
    # the Kubernetes page's Chinese leaves out the RSS feed and links the bug template and the release process
    # elsewhere
    k8s = " ".join(messages("k8s-security", "F004") + messages("k8s-security", "P006"))
    for url in ("rss_v2_0.xml?num=50", "bug-report.yaml", "bug-report.md", "security-release-process-documentation"):
        assert url in k8s, url
    # the Mozilla terms' Chinese misspells the domain mozillians.org
    assert any("mozilians.org" in m for m in messages("mozilla-websites-terms", "F004"))
    assert any("mozillians.org" in m for m in messages("mozilla-websites-terms", "F004"))
    # one difference, one finding naming both sides: the link that points elsewhere in each language
    assert [m for m in messages("k8s-security", "F004") if "bug-report.yaml" in m and "bug-report.md" in m]
    # the {#id}s written in Chinese only: one finding per pair that counts them
    assert messages("istio-security", "P009")[0].startswith("the Chinese text gives seven sections an explicit {#id}")
    assert messages("k8s-security", "P009")[0].startswith("the Chinese text gives six sections an explicit {#id}")


def test_the_round_4_pairs_are_counted_apart(baseline):
    assert RETUNED_4 == HELD_OUT_4 and len(HELD_OUT_4) >= 3 and set(HELD_OUT_4) <= set(EXPECTED)
    assert not set(HELD_OUT_4) & set(HELD_OUT_3)
    figures, defects = _round_figures(baseline, HELD_OUT_4)
    # the figures of tests/corpus/README.md, "Held-out round 4": run once held out at the end of the third round,
    # 7 findings, all false; 4, all false, once HTML attribute values stopped being facts; none once the three
    # causes of those four were removed (tuned on them)
    assert figures == (0, 0)
    assert len(defects) >= 3 and len({d.pair for d in defects}) >= 2
    assert [d.name for d in defects if d.known_miss] == []  # the dropped numbered rule is caught (since 279aa1c)


def test_round_5_is_counted_apart_and_its_figures_follow_its_one_held_out_run(baseline):
    # round 5 was run once held out, then tuned on (two causes removed), as rounds 6 and 7 were after it
    assert RETUNED_5 == HELD_OUT_5 and len(HELD_OUT_5) >= 10
    assert not set(HELD_OUT_5) & set(HELD_OUT_3 + HELD_OUT_4 + RETUNED)
    figures, defects = _round_figures(baseline, HELD_OUT_5)
    # tests/corpus/README.md, "Held-out round 5": run once at the end of the fifth round, 77 findings, 17 false (22%);
    # 49 of the 60 true ones are one cause, the licence links of the licence-review guide. Since, 万亿 is read as
    # 10**12 and a label that numbers a clause ("**Rule 1**:") is no fact: six false F001 fewer; and a count
    # written as a word (两, 七) is soft: three fewer; a pair shifted by one is undone: two fewer, one more; a first
    # heading standing for the missing title is named by P008, not said missing: one fewer; since round 12, tables
    # are compared row by row where both texts have one: the third-party notice's row only the English has, one more;
    # paragraphs without counterpart that follow one another are one finding: the two false P006 at 159 are one;
    # since rounds 22 and 23, what the headings speak of pairs the guide's sections (four false findings fewer, the
    # joined run-in heading one false P006 more) and the takedown policy's (its false P002 true)
    assert figures == (60, 1)  # (63, 1) until round 73: the facts one line states and the other not are one finding
    assert len(defects) >= 10 and len({d.pair for d in defects}) >= 8
    assert len([d for d in defects if not d.known_miss]) == 14  # 13 until round 17 (the swap of sections of like length)


def test_round_6_is_counted_apart_and_its_figures_follow_its_one_held_out_run(baseline):
    assert RETUNED_6 == HELD_OUT_6 and len(HELD_OUT_6) >= 6
    assert not set(HELD_OUT_6) & set(HELD_OUT_3 + HELD_OUT_4 + HELD_OUT_5 + RETUNED)
    figures, defects = _round_figures(baseline, HELD_OUT_6)
    # tests/corpus/README.md, "Held-out round 6": run once, 11 findings, 4 false (36%); 14 of 17 defects caught.
    # Since, a count written as a word is soft (两 against "both") and a fraction is one fact (四分之一, "1 in 4"):
    # the four false findings are gone, and the two that named one content difference from each side are one
    assert figures == (6, 0)
    assert len(defects) >= 10 and len([d for d in defects if not d.known_miss]) == 15


def test_round_7_is_counted_apart_and_its_figures_follow_its_one_held_out_run(baseline):
    assert RETUNED_7 == HELD_OUT_7 and len(HELD_OUT_7) >= 7 and HELD_OUT == ()
    assert not set(HELD_OUT_7) & set(HELD_OUT_3 + HELD_OUT_4 + HELD_OUT_5 + HELD_OUT_6 + RETUNED)
    figures, defects = _round_figures(baseline, HELD_OUT_7)
    # tests/corpus/README.md, "Held-out round 7": run once, 9 findings, 1 false; 17 of 17 defects caught. Since, a text
    # without headings is compared all the same (the ShardingSphere page: ten true findings more), and a note with
    # its facts is one P006 (the Node.js page: one finding for the three and the false one); paragraphs without
    # counterpart that follow one another are one finding (ShardingSphere's two, one); since round 69 PaddlePaddle's
    # advisories page, linked in each language's version (one by its address, one by a relative path), is none
    assert figures == (14, 0)
    assert len(defects) >= 12 and [d.name for d in defects if d.known_miss] == []


def test_round_8_is_counted_apart_and_its_figures_follow_its_one_held_out_run(baseline):
    assert RETUNED_8 == HELD_OUT_8 and len(HELD_OUT_8) >= 7 and HELD_OUT == ()
    assert not set(HELD_OUT_8) & set(HELD_OUT_3 + HELD_OUT_4 + HELD_OUT_5 + HELD_OUT_6 + HELD_OUT_7 + RETUNED)
    figures, defects = _round_figures(baseline, HELD_OUT_8)
    # tests/corpus/README.md, "Held-out round 8": run once, 17 findings, 6 false; 15 of 18 defects caught. Since, the
    # links of one page written differently are one link, and the compliance page's sections pair as they should;
    # since rounds 22 and 23, Scope's two links only in English are two F004 where one P002 named the section
    assert figures == (15, 3)  # (16, 3) until round 73: the same
    assert len(defects) >= 12 and [d.name for d in defects if d.known_miss] == []


def test_two_sections_with_each_others_text_are_one_finding_that_names_both(tmp_path):
    """The contents of sections 2 and 3 exchanged under their headings: one P003, not a finding per fact."""
    defect = next(d for d in DEFECTS if d.name == "swapped contents of two numbered sections, headings kept"
                  and d.pair == "flagos-security-policy")
    for lang in ("zh", "en"):
        (tmp_path / lang).mkdir()
        shutil.copy(CORPUS / lang / f"{defect.pair}.md", tmp_path / lang)
    defect.apply(tmp_path)
    found = [f for f in _findings(tmp_path)]
    assert [(f.line, f.code) for f in found] == [(17, "P003")]
    assert found[0].message.startswith("section 2 (\u201cResponse Timeline\u201d) and section 3 (\u201cHandling "
                                       "Process\u201d) (line 25) have each other's text: the text under section 2 here "
                                       "translates section 3 (\u201c处理流程\u201d) of the Chinese text (")
    assert "which states the number 3, the number 10, the number 30 and the number 60. Move each text under its own " \
           "heading." in found[0].message


def test_round_9_is_counted_apart_and_its_figures_follow_its_one_held_out_run(baseline):
    assert RETUNED_9 == HELD_OUT_9 and len(HELD_OUT_9) >= 7 and HELD_OUT == ()
    assert not set(HELD_OUT_9) & set(HELD_OUT_3 + HELD_OUT_4 + HELD_OUT_5 + HELD_OUT_6 + HELD_OUT_7 + HELD_OUT_8 + RETUNED)
    figures, defects = _round_figures(baseline, HELD_OUT_9)
    # tests/corpus/README.md, "Held-out round 9": run once, 20 findings, 11 false; 20 of 22 defects caught. Since, five
    # causes of false findings removed, and the texts of two sections without facts exchanged are found
    assert figures == (10, 1)  # (11, 1) until round 73: the same
    assert len(defects) >= 14 and [d.name for d in defects if d.known_miss] == ["a dropped sentence with a period of one week"]


def test_two_sections_whose_texts_name_each_others_heading_are_one_finding(tmp_path):
    """The Contributor Covenant's "Warning" and "Temporary Ban" texts exchanged under their headings: no fact tells
    them apart, but each text names the other's heading and not its own (and the Chinese texts are in place)."""
    defect = next(d for d in DEFECTS if d.pair == "tquic-coc" and d.name.startswith("swapped contents"))
    for lang in ("zh", "en"):
        (tmp_path / lang).mkdir()
        shutil.copy(CORPUS / lang / f"{defect.pair}.md", tmp_path / lang)
    assert _findings(tmp_path) == []
    defect.apply(tmp_path)
    found = _findings(tmp_path)
    assert [(f.line, f.code) for f in found] == [(88, "P003")]
    assert found[0].message.startswith("section 2 (\u201cWarning\u201d) and section 3 (\u201cTemporary Ban\u201d) "
                                       "(line 99) appear to have each other's text: the text under section 2 here "
                                       "speaks of \u201ctemporary ban\u201d and not of \u201cwarning\u201d")


# Rounds 10 to 21, each run once held out (tests/corpus/README.md, "Held-out round N"), then tuned on or registered as
# run: (pairs, the same as tuned on, findings / false ones on them now, at least this many defects, of which this many
# are known misses). Since round 17, paragraphs or items without counterpart that follow one another are one finding,
# and a section one text divides into subsections under its heading is paired with the whole (rounds 12 to 14); and
# list items and the texts of neighbouring sections are told apart by what they speak of (rules/lexicon.tsv): thirteen
# known misses caught (the last column was 3, 3, 4, 3, 1, 5 and 3 for rounds 10 to 16).
_ROUNDS = [
    # run once: 28 findings, 17 false; 20 of 24 defects caught. Since, URLs run on into Chinese text, HTML headings
    # and English steps written "1.Fork" are understood; since round 15 the clone addresses in code blocks of the
    # Triton Ascend guide (another host in English) are two true findings more
    # (and since round 30 the table of contents' entry of the CLA section is that section's one finding; since round
    # 53 the example PR's item is named with its link, where the 2+LGTM item was)
    (HELD_OUT_10, RETUNED_10, (14, 1), 15, 1),
    # run once: 18 findings, 16 false (all on the Nesoi policy, whose English restates each section as an item of
    # one numbered list); 17 of 24 defects caught
    (HELD_OUT_11, RETUNED_11, (7, 1), 20, 2),
    # run once: 28 findings, 18 false; 18 of 23 defects caught
    # Memex's four providers: one finding; since round 53 HaloSnow's paragraphs only in English named as such
    (HELD_OUT_12, RETUNED_12, (9, 1), 20, 3),
    # run once: 24 findings, 22 false; 28 of 31 defects caught
    (HELD_OUT_13, RETUNED_13, (7, 2), 30, 2),  # Pigsty's "Integrity": one P004, the watchdog bullets one P007
    # run once: 2 findings, both true; 24 of 26 defects caught; nothing was changed after it
    (HELD_OUT_14, RETUNED_14, (1, 0), 20, 0),  # a dropped table row caught since round 15; the two paragraphs one
    # run once: 32 findings, 20 false (headings numbered in words or Roman numerals, 8; PRISM's English, another text
    # whose sections pair wrongly, 12); 25 of 34 defects caught (and a changed hotline named by a correct F005, not
    # the F001 expected). Since, headings numbered in words (第一部分, "Part One") or Roman numerals ("IV.") are numbered,
    # and "1." under a heading numbered another way numbers within it; a figure run into its unit ("50MB") is a
    # number; the addresses in a code block are facts; a table row without counterpart is missing
    # since rounds 22 and 23 (what the headings speak of): PRISM's two sections only in Chinese and one only in
    # English found, two false findings fewer
    (HELD_OUT_15, RETUNED_15, (23, 10), 30, 2),
    # run once, after round 15's causes were removed: 1 finding, false (it names the notice paragraph that has its
    # counterpart, beside the one that has none); 20 of 23 defects caught; nothing was changed after it
    (HELD_OUT_16, RETUNED_16, (1, 1), 20, 1),
    # run once: 8 findings, all true; 25 of 29 defects caught. Since, what the texts speak of tells short items and
    # swapped texts apart (the four misses caught)
    (HELD_OUT_17, RETUNED_17, (7, 0), 29, 0),  # (8, 0) until round 73: the facts of a line, one finding
    # run once, after round 17's changes: 12 findings, 6 false (a date in bold pieces, 4; a link by its language's
    # query; the site's address repeated); 26 of 30 defects caught. Since, dates in bold pieces, language queries and
    # links of one site paired first
    (HELD_OUT_18, RETUNED_18, (7, 1), 30, 3),
    # run once, after round 18's changes: 16 findings, 9 false (headings with the #s run into the text, 7; an IP
    # address ending a sentence, 2); 22 of 30 defects caught. Since, such headings are one E008 per file and compared
    # as meant, and an IP address may end a sentence
    (HELD_OUT_19, RETUNED_19, (5, 0), 30, 1),
    # run once, after round 19's changes: 12 findings, 5 false (two README badges; three paragraphs the Chinese joins to
    # others); 27 of 30 defects caught. Since, a badge's image address is no fact
    (HELD_OUT_20, RETUNED_20, (10, 3), 30, 3),
    # run once, after round 20's changes and the hostile-input fixes: 1 finding, true; 29 of 30 defects caught (the
    # 30th named rightly, its quote cut before the words asked for); nothing was changed after it
    (HELD_OUT_21, RETUNED_21, (1, 0), 30, 0),
    # run once, after round 21: 5 findings, 2 false (clause numbers run into their Chinese titles, "4.1使用限制"); 29
    # of 30 defects caught (the 30th named by the P002 of the opening text it is the whole of). Since, such a number
    # numbers a clause
    (HELD_OUT_22, RETUNED_22, (3, 0), 30, 0),
    # run once, beside round 22: 5 findings, 1 false (sections added in English, those after them renumbered, paired
    # by number); 30 of 30 defects caught. Since, the alignment weighs what the headings speak of
    # (and since round 68 the renumbering that follows from sections added is not one finding more)
    (HELD_OUT_23, RETUNED_23, (2, 0), 30, 0),
    # run once, after rounds 22 and 23: 2 findings, both true; 27 of 30 defects caught. Since, the lexicon reads
    # Traditional Chinese: BigGo's swapped sections caught
    (HELD_OUT_24, RETUNED_24, (2, 0), 28, 2),
    # run once, beside round 24: 1 finding, true; 29 of 30 defects caught (the 30th, an IP address, named by its F004)
    (HELD_OUT_25, RETUNED_25, (1, 0), 30, 0),
    # run once, after rounds 24 and 25, on texts that drifted or were shortened (29 content differences): 20 findings,
    # 10 false (subsections written as one list, six); 21 of 30 defects caught. Since, such subsections are found beside
    # other unpaired sections, and "P1：30" is no time
    # (and a QQ group's number is an identifier, not a telephone: its changed number caught since)
    (HELD_OUT_26, RETUNED_26, (14, 3), 24, 6),  # 22 caught, 8 misses until round 49 (Helm's emptied heading);
    # 23 and 7 until round 68 (CoreMind's swapped sections, said out of order since a section moved is paired by
    # what its heading speaks of)
    # run once, beside round 26 (69 content differences): 82 findings, 33 false (one pairing shifted on TiDB's Bug
    # Hunting page, 19); 25 of 30 defects caught. Since, versions run into names, biweekly, ⅔ and "4.0" opening a paragraph
    (HELD_OUT_27, RETUNED_27, (63, 21), 24, 6),  # (70, 21) until round 38: "April 30" is a date since; (72, 23) until
    # round 45: a line linking the other language is no text since; (71, 22) until round 47: "一等奖 1 名", one of a
    # thing counted, is soft (the four other figures of that Chinese-only retrospective still found); (70, 22) until
    # round 73: the facts of a line, one finding (PingCAP's two pages, seven fewer)
    # run once, after rounds 26 and 27: 18 findings, 3 false; 28 of 30 defects caught; nothing changed after it
    (HELD_OUT_28, RETUNED_28, (17, 3), 28, 2),  # (18, 3) until round 73: the facts of a line, one finding
    # run once, beside round 28: 27 findings, 11 false (a guide whose English reorders and joins steps, 6); 25 of 30
    # defects caught. Since, "4 级" and "4-Level" opening a heading are quantities
    # (and a company's registration number (ACN) is an identifier: its changed number caught since)
    # (and since round 30 a version of three parts is one version: Bella's changed SDK version caught; since round 32
    # a renumbered heading that speaks of the same things pairs whatever its number: TuGraph's moved step)
    (HELD_OUT_29, RETUNED_29, (16, 3), 26, 3),  # (23, 4) until round 45: a lead-in the English adds is no finding;
    # (22, 4) until round 47: a block of link definitions is no paragraph; (21, 3) until round 68: TuGraph's steps
    # renumbered by one missing, one moved and two joined are not each a P005 (five)
    # run once, after rounds 28 and 29: 40 findings, 31 false (Ascend's parts set in bold with roman numerals, 27); 27
    # of 30 defects caught. Since, such parts are clauses, versions of three parts one version, and tables of contents
    # in both texts are compared as their sections
    (HELD_OUT_30, RETUNED_30, (6, 0), 28, 2),
    # run once, after round 30's changes: 10 findings, 4 false (a list item run into its number, 2; "两步" and "Option
    # 1"); 28 of 30 defects caught. Since, such an item is one E009, 两步 states its figure, "Option 1:" is a label
    (HELD_OUT_31, RETUNED_31, (7, 0), 28, 2),
    # run once, after round 31: 14 findings, 6 false (a contributor licence whose English adds a section and renumbers the
    # rest, 5); 28 of 30 defects caught. Since, a renumbered heading that speaks of the same things pairs whatever its
    # number (TuGraph's moved step; the licence's sections still pair by number: their texts differ much)
    # (14, 6) until round 68, when the licence's sections after 2.2 came to pair by their headings but its 2.2 still
    # with the patent licence: two false findings more
    (HELD_OUT_32, RETUNED_32, (15, 7), 29, 1),  # 28 and 2 until round 68: the media licence's changed version;
    # (16, 8) until round 73: the facts of a line, one finding
    # run once, after round 32's changes: 37 findings, 16 false (an address written "[at]", "&#160;", "Category 1:",
    # an address escaped for Markdown, an address to fill in); 27 of 30 defects caught. Since, each of those is read
    (HELD_OUT_33, RETUNED_33, (27, 8), 27, 3),  # (29, 8) until round 73: the facts of a line, one finding
    # run once, after rounds 32 and 33: 1 finding, false (a language switch in one text only); 23 of 30 defects caught
    # (its two content differences, a sentence in one text, not found). Since, "Phase 3.1" is a figure, and two table
    # rows named by a P006 are accepted
    (HELD_OUT_34, RETUNED_34, (0, 0), 27, 3),  # 26 caught, 4 misses until round 48 (dsh-tui's changed Node.js)
    # run once, beside round 34: 4 findings, 1 false (each language's privacy policy linked); 27 of 30 defects caught
    (HELD_OUT_35, RETUNED_35, (3, 0), 27, 3),
    # run once, after rounds 34 and 35: 1 finding, false ("a 1-minute interval" against 每分钟); 29 of 30 defects caught
    (HELD_OUT_36, RETUNED_36, (0, 0), 29, 1),
    # run once, beside round 36: 3 findings, 1 false ("six-hour" against 六小时); 29 of 30 defects caught
    (HELD_OUT_37, RETUNED_37, (2, 0), 29, 1),
    # run once, after rounds 36 and 37: 8 findings, 6 false (a date heading only in English, a month-day without its
    # year read as numbers); 26 of 30 defects caught. Since, a day of a month without its year is a date
    (HELD_OUT_38, RETUNED_38, (6, 4), 27, 3),
    # run once, after round 38's changes: 13 findings, 9 false (subsections only in English, 6; an admonition above the
    # title, 3); 27 of 30 defects caught. Since, an admonition above the title opens the text
    (HELD_OUT_39, RETUNED_39, (11, 6), 28, 2),
    # (the row above: 27 and 3 until round 79, the item dropped among others of like length named with its neighbour)
    # run once, after rounds 38 and 39: 42 findings, 19 false (generated names in image paths read as figures, 8; a
    # workflow paired with the code style, 4); 23 of 30 defects caught. Since, such names are no figures
    (HELD_OUT_40, RETUNED_40, (33, 11), 23, 7),
    # run once, beside round 40: 22 findings, 1 false (an entry of a table of contents); 26 of 30 defects caught. Since,
    # a text that numbers none of its sections at any level is one P005, not one per level (ODC's six)
    (HELD_OUT_41, RETUNED_41, (17, 1), 27, 3),
    # (the row above: 26 and 4 until round 79, the item dropped among others of like length named with its neighbour)
    # run once: 9 findings, none false (one read "一两", one or two, as 12: it names a true difference, the weeks, with
    # a wrong figure); 27 of 30 defects caught. Since, a link "[subscribe](mailto:…)" states its address
    (HELD_OUT_42, RETUNED_42, (8, 0), 28, 2),  # (9, 0) until round 73: the facts of a line, one finding
    # run once, beside round 42: 10 findings, 6 false ("2026-03" against "March 2026", 3; each language's page of a
    # site, 2; the title repeated over the sections, 1); 30 of 30 defects caught. Since, none of the six
    (HELD_OUT_43, RETUNED_43, (4, 0), 30, 0),
    # run once, after rounds 42 and 43: 7 findings, 2 false (the thanks named where the welcome is missing; a lead-in
    # the English adds); 25 of 30 defects caught. Since, a lead-in the translation adds is no finding
    # 25 caught, 5 misses until round 48 (a figure changed in a section), 4 until round 51 (Elemental's swap)
    (HELD_OUT_44, RETUNED_44, (6, 1), 28, 2),
    # (the row above: 27 and 3 until round 79, the item dropped among others of like length named with its neighbour)
    # run once, beside round 44: 7 findings, 2 false (a line linking the English version, a lead-in the English adds);
    # 27 of 30 defects caught. Since, neither
    (HELD_OUT_45, RETUNED_45, (4, 0), 27, 3),  # (5, 0) until round 73: the facts of a line, one finding
    # run once: 2 findings, both true; 30 of 30 defects caught (one content difference, a sentence without a fact, not
    # found)
    (HELD_OUT_46, RETUNED_46, (2, 0), 30, 0),
    # run once, beside round 46: 23 findings, 13 false (an opening text under a heading against one under the title, 4;
    # restructured lists, 3; "1名" against "a", 2; a translation note, a link definition no link uses, "404" against
    # "dead links", one site page linked two ways); 25 of 30 defects caught. Since, the opening text, a list in another
    # order, "1名", the note and the definition are read
    (HELD_OUT_47, RETUNED_47, (15, 4), 27, 3),
    # run once, after rounds 46 and 47: 10 findings, 4 false (two sections of a guide the English restructures, 3; the
    # covenant's version linked two ways); 29 of 30 defects caught. Since, commands and scripts are one concept (the two
    # sections of scripts pair) and a heading kept in English pairs ("### Changelog": the dropped paragraph caught)
    (HELD_OUT_48, RETUNED_48, (9, 2), 30, 0),
    # run once, beside round 48: no finding (two content differences, sentences without a fact, not found); 25 of 30
    # defects caught. Since, "pnpm@10.12.0" is a version, and a paragraph dropped from under a heading or from the
    # opening is named by its text
    (HELD_OUT_49, RETUNED_49, (0, 0), 30, 0),
    # (the row above: 28 and 2 until round 79, the item dropped among others of like length named with its neighbour)
    # run once, after rounds 48 and 49: 3 findings, none false; 29 of 30 defects caught (a section swapped with the
    # one after it, which only the English has)
    (HELD_OUT_50, RETUNED_50, (3, 0), 30, 0),  # 29 and 1 until round 68: Arkloop's swapped sections
    # run once, beside round 50: 12 findings, all false (a licence converted from plain text, every heading at one
    # level: "## 1.1" said misplaced under "## 1.", six in each language); 28 of 30 defects caught. Since, a text with
    # every heading at one level is numbered by its numbers, and 动机, 兼容, 验证 are concepts (two short items told apart)
    (HELD_OUT_51, RETUNED_51, (0, 0), 30, 0),
    # run once, after rounds 50 and 51: no finding (no content difference); 27 of 30 defects caught. Since, "v0.9.x" is
    # the version 0.9 (Agent Infra's changed supported version caught)
    (HELD_OUT_52, RETUNED_52, (0, 0), 28, 2),
    # run once, beside round 52: 2 findings, both false (a language switch naming Hindi and Persian in their own
    # scripts); 28 of 30 defects caught. Since, those names are languages', and an item whose facts the English
    # states nowhere is named with them (KTTC's dropped "max 3-4 levels", not a neighbour)
    (HELD_OUT_53, RETUNED_53, (0, 0), 30, 0),
    # (the row above: 29 and 1 until round 79, the item dropped among others of like length named with its neighbour)
    # run once, after rounds 52 and 53: 2 findings, both true; 30 of 30 defects caught
    (HELD_OUT_54, RETUNED_54, (2, 0), 30, 0),
    # run once, beside round 54: 7 findings, 6 false (a line of language links above the Chinese title only, 5; "PEP 8"
    # in a link's text); 26 of 30 defects caught. Since, such a line is no text and leaves the title the title, and a
    # number a link's address carries is soft in its text
    (HELD_OUT_55, RETUNED_55, (1, 0), 27, 3),
    # run once, after rounds 54 and 55: 4 findings, 2 false ("60s" and "a 1-line entry"; a language switch marking the
    # page shown); 28 of 30 defects caught. Since, neither
    (HELD_OUT_56, RETUNED_56, (2, 0), 28, 2),
    # run once, beside round 56: 10 findings, 4 false (a licence converted from plain text, 2; a file linked in GitHub's
    # editor; the title written with ＃, named twice); 24 of 30 defects caught. Since, ＃ is read as the # meant, and
    # the editor's link as the file's
    (HELD_OUT_57, RETUNED_57, (6, 2), 26, 4),
    # run once, after rounds 56 and 57: 16 findings, 7 false (AntdUI's steps the English joins and renumbers, 6; a step
    # said elsewhere); 26 of 30 defects caught. Since, a screenshot's ordinal is no figure (AntdUI's two F001 go, a
    # paragraph its alignment then misses comes)
    (HELD_OUT_58, RETUNED_58, (15, 6), 28, 2),
    # (the row above: 27 and 3 until round 79, the item dropped among others of like length named with its neighbour)
    # run once, beside round 58: 8 findings, 3 false ("method 2" against "方式二"; a link target read as the number 20
    # and a URL taken by another); 26 of 30 defects caught. Since, a CVE identifier run into a name ("更改为cve-2012-1823-php")
    # is that identifier, not a telephone number
    (HELD_OUT_59, RETUNED_59, (8, 3), 27, 3),
    # run once, after rounds 58 and 59: 1 finding, false ("打 7 折" against "less 30%"); 28 of 30 defects caught. Since,
    # a discount in Chinese is the share taken off
    (HELD_OUT_60, RETUNED_60, (0, 0), 28, 2),
    # run once, beside round 60: 6 findings, 2 false (two headings only the English has, their text under one Chinese
    # heading: the second said only in English, its paragraph said untranslated); 26 of 30 defects caught
    (HELD_OUT_61, RETUNED_61, (6, 2), 26, 4),
    # run once, after rounds 60 and 61: 6 findings, 5 false (a language switch's URLs, 4; an item split in two); 28 of
    # 30 defects caught. Since, a switch's addresses are no facts, and a long switch is still one
    (HELD_OUT_62, RETUNED_62, (3, 1), 28, 2),
    # run once, beside round 62: 15 findings, 7 false (the GPL's title set otherwise, 2; its section numbers read as
    # enumerators or with a letter, 3; a year named twice; an item named wrong); 26 of 30 defects caught. Since, "5,"
    # at the start of a wrapped line and "subsection 6d" are read
    (HELD_OUT_63, RETUNED_63, (12, 4), 27, 3),  # 26 and 4 until round 68: the GPL's swapped sections 12 and 13
    # run once, after rounds 62 and 63: 5 findings, 2 false (a step divided in two; a closing line each language writes
    # its own way); 27 of 30 defects caught
    (HELD_OUT_64, RETUNED_64, (5, 2), 28, 2),
    # (the row above: 27 and 3 until round 79, the item dropped among others of like length named with its neighbour)
    # run once, beside round 64: 7 findings, 4 false (a logo and a switch of flags above the English title only); 28 of
    # 30 defects caught. Since, such decorations above a title are no text
    (HELD_OUT_65, RETUNED_65, (3, 0), 28, 2),
    # run once, after rounds 64 and 65: no finding (one content difference, steps of a list, not found); 26 of 30
    # defects caught
    (HELD_OUT_66, RETUNED_66, (0, 0), 26, 4),
    # run once, beside round 66 (five pairs): 2 findings, both false (a range of days; an HTML language switch); 27 of 30
    # defects caught. Since, neither
    (HELD_OUT_67, RETUNED_67, (0, 0), 27, 3),
    # run once, after rounds 66 and 67: 16 findings, 10 false (a privacy policy and terms whose two languages drifted
    # apart, their sections moved and renumbered: 10); 27 of 30 defects caught. Since, a section moved is paired
    # with the section its heading speaks of, not with the one its number or place gives, and a renumbering that
    # follows from a section missing, added or moved is not one finding more
    (HELD_OUT_68, RETUNED_68, (14, 4), 29, 1),
    # (the row above: 28 and 2 until round 79, the item dropped among others of like length named with its neighbour)
    # run once, beside round 68: 10 findings, 2 false (a file linked by a relative path in one text and by its
    # address in the other; a section said merged whose text was missing, named twice); 27 of 30 defects caught.
    # Since, neither
    (HELD_OUT_69, RETUNED_69, (8, 0), 27, 3),
    # run once, after rounds 68 and 69 (six pairs): 20 findings, 1 false ("半年" against "six months"); 27 of 30
    # defects caught: both targets met. Since, half a year is six months
    (HELD_OUT_70, RETUNED_70, (11, 0), 28, 2),
    # (the row above: (19, 0) until round 73, the facts of a line one finding; 27 and 3 until round 79, the item
    # dropped among others of like length named with its neighbour)
    # run once, beside round 70 (six pairs): 37 findings, 11 false (an English written as another text, 10; a file
    # named "CONTRIBUTING.cn.md" read as a domain); 27 of 30 defects caught (and a changed time named exactly, the
    # defect written to want F001 where a time is F002). Since, such a file is no domain
    (HELD_OUT_71, RETUNED_71, (36, 10), 28, 2),
    # run once, after rounds 70 and 71 (six pairs): 36 findings, 16 false (a release procedure: variables of commands
    # against their examples' values, "1 week" against "一周", wording and placeholders, 14); 25 of 30 defects caught.
    # Since, a variable in an address and "一周", "加一", a licence's deed in Chinese and a fork's version are read
    (HELD_OUT_72, RETUNED_72, (29, 9), 26, 4),  # (30, 10) until round 73: the facts of a line, one finding
    # run once, beside round 72 (five pairs): 10 findings, 2 false ("10s+" after a Chinese comma; an item next to the
    # one only the English has); 25 of 30 defects caught. Since, such seconds are read and "114-514" is no telephone
    (HELD_OUT_73, RETUNED_73, (9, 1), 26, 4),
    # run once, after rounds 72 and 73 (six pairs): 7 findings, 5 false ("Layer 1" against "第一层" x4, "6-layer"
    # against "六层"); 30 of 30 defects caught. Since, layers counted in Chinese numerals state their figures
    (HELD_OUT_74, RETUNED_74, (2, 0), 30, 0),
    # run once, beside round 74 (five pairs): 22 findings, 9 false (a guide whose Chinese grew alone, sections one
    # level deeper, 8; "1 commit" against "一个提交"); 27 of 30 defects caught
    (HELD_OUT_75, RETUNED_75, (22, 9), 27, 3),
    # run once, after rounds 74 and 75 (six pairs): 30 findings, 26 false (the Apache License in plain text, its
    # short lines made headings by the converter, against a translation with real headings: 26); 23 of 30 defects
    # caught. No change since
    (HELD_OUT_76, RETUNED_76, (30, 26), 24, 6),
    # (the row above: 23 and 7 until round 79, the item dropped among others of like length named with its neighbour)
    # run once, beside round 76: 5 findings, all true; 24 of 30 defects caught (short texts with few facts). No
    # change since
    (HELD_OUT_77, RETUNED_77, (5, 0), 25, 5),
    # (the row above: 24 and 6 until round 79, the item dropped among others of like length named with its neighbour)
    # run once, after rounds 76 and 77 (six pairs): 2 findings, 1 false ("v060" in a relative link's anchor); 30 of 30
    # defects caught. Since, such an anchor states no figure
    (HELD_OUT_78, RETUNED_78, (1, 0), 30, 0),
    # run once, beside round 78 (five pairs): 8 findings, 4 false (each language's page of a site: "#/zh" and "#/en"
    # twice, a translated README, a wiki page); 30 of 30 defects caught. Since, "#/zh" and "#/en" are one page
    (HELD_OUT_79, RETUNED_79, (6, 2), 30, 0),
    # run once, after rounds 78 and 79 (five pairs): 9 findings, 5 false (a guide whose English grew after the
    # Chinese, its checklist paired with another section, 4; a code fence closed early); 24 of 30 defects caught. No
    # change since
    (HELD_OUT_80, RETUNED_80, (9, 5), 24, 6),
    # run once, beside round 80 (five pairs): 3 findings, 2 false (addresses in code blocks' comments); 27 of 30
    # defects caught. No change since
    (HELD_OUT_81, RETUNED_81, (3, 2), 27, 3),
]


@pytest.mark.parametrize("k", range(len(_ROUNDS)), ids=lambda k: f"round {10 + k}")
def test_a_round_is_counted_apart_and_its_figures_follow_its_one_held_out_run(k, baseline):
    held_out, retuned, expected, least, misses = _ROUNDS[k]
    # seven pairs a round; round 33 six, rounds 67, 73, 75, 79, 80 and 81 five (legal texts nearly exhausted)
    assert retuned == held_out and len(held_out) >= 5 and HELD_OUT == ()
    earlier = (HELD_OUT_3 + HELD_OUT_4 + HELD_OUT_5 + HELD_OUT_6 + HELD_OUT_7 + HELD_OUT_8 + HELD_OUT_9 + RETUNED
               + tuple(name for row in _ROUNDS[:k] for name in row[0]))
    assert not set(held_out) & set(earlier)
    figures, defects = _round_figures(baseline, held_out)
    assert figures == expected
    assert len(defects) >= least and len([d for d in defects if d.known_miss]) == misses


def test_parts_that_number_their_clauses_from_one_and_steps_in_chinese_are_no_finding(baseline):
    """XiaoyaoSearch's licence numbers the clauses of each of its parts 1, 2, 3, the part titles at the level of the
    clauses; MindIE SD's Chinese numbers its steps "步骤2" where the English writes "Step 2"."""
    assert not [f for f in baseline if "/xiaoyao-license." in f.file or "/mindie-sd-security." in f.file]


def test_a_text_without_sections_is_compared_paragraph_by_paragraph_with_one_that_has_them(baseline):
    """HaloSnow's Chinese policy has no section heading, its English six: one P004 names them, and the paragraphs and
    items are compared as one text (the bullet on cookies only the English has is found)."""
    found = [f for f in baseline if "/halosnow-privacy." in f.file]
    assert found[0].code == "P004" and found[0].message.startswith(
        "the English text divides into six sections what the Chinese text writes without section headings: "
        "\u201cOverview\u201d (line 9); ")
    assert not [f for f in found if f.code == "P002"]
    assert any(f.code == "P007" and "No cookies" in f.message for f in found)


def test_reference_links_defined_at_the_end_are_facts_where_they_are_used(baseline):
    """OpenKraken's English gathers its link definitions at the end; the Chinese links each language's Wikipedia
    inline: the links of the voting methods are where they are used, and each language's article is no finding."""
    found = [f for f in baseline if "/kraken-governance." in f.file]
    assert [f.line for f in found] == [66, 68]
    assert not [f for f in found if "wikipedia" in f.message]


def test_a_policy_whose_translation_lists_its_sections_is_compared_section_by_item(baseline):
    """Nesoi's English restates each numbered section of the Chinese as an item of one numbered list with a bold
    title ("2. **Local storage.** …"): one P004 says so, and each item is compared with its section."""
    found = [f for f in baseline if "/nesoi-privacy." in f.file]
    structure = [f for f in found if f.code == "P004"]
    assert len(structure) == 1 and structure[0].message.startswith(
        "eight sections are numbered paragraphs here but headings in the Chinese text: clause 1 (line 16; ")
    assert not [f for f in found if f.code in ("P006", "N004")]
    # section 5's fifth bullet, not restated
    assert [f.line for f in found if f.code == "P007"] == [33]
    assert [f.line for f in found if f.code == "F004"] == [37]  # the stores, named only in Chinese
    # the summary section, a paragraph under a bold label in the English opening text: one finding that says so
    summary = [f for f in found if f.code == "P002"]
    assert len(summary) == 1 and "section \u201c一句话概括\u201d of the Chinese text (" in summary[0].message
    assert "has no heading of its own in the English text: its text appears to be part of the opening text" \
        in summary[0].message


def test_a_step_the_translation_moves_and_renumbers_is_said_out_of_order_not_missing(baseline):
    """TuGraph's English (round 29) sets "4.3. Configuring Github Information" before the build, where the Chinese has
    "4.5. 配置 Github 信息" after it, and joins steps: by its number the moved step was compared with "4.3. 拉分支" and
    said to be part of it; what its heading speaks of pairs it with its counterpart whatever its number. Moved, it is
    one finding: its new number follows from the move."""
    found = [f for f in baseline if "/tugraph-contributing." in f.file and "Configuring Github" in f.message]
    assert [f.code for f in found] == ["P003"], [str(f) for f in found]
    assert " is out of order: in the Chinese text (" in found[0].message


def test_a_guide_with_html_headings_is_compared_section_by_section(baseline):
    """Triton Ascend's contribution guide writes its headings in HTML (`<h2 id="…">…</h2>`, the first over three
    lines) in both languages: they are headings for the checks, so the section only the Chinese has is named, and
    the steps the English writes "1.Fork the project" state no number."""
    found = [f for f in baseline if "/triton-ascend-contributing." in f.file]
    assert found[0].message.startswith("section \u201c贡献者许可协议\u201d of the Chinese text (")
    assert "has no counterpart in the English text" in found[0].message
    assert not [f for f in found if f.code == "F001"]
    # the CLA's entry in the contents is that section's (both texts have a table of contents: since round 30, the
    # sections its entries name are compared, not the entries as list items)
    assert [f.code for f in found if "the opening text:" in f.message] == []


def test_sections_moved_in_a_numbered_text_are_said_out_of_order_not_compared_with_those_their_numbers_give(baseline):
    """ButtSnap's privacy policy (round 68): the English sets "Third-Party Services" and "Data Security" earlier than
    the Chinese, lacks two of its sections and numbers its own in turn. By their numbers (and their places) "四、数据导出
    与迁移" was compared with "4. Third-Party Services", "六、第三方服务" said missing, and every section after the first
    difference said numbered otherwise; what the headings speak of pairs the moved sections."""
    found = [f for f in baseline if "/buttsnap-privacy." in f.file]
    moved = [f.message.split(" is out of order")[0] for f in found if f.code == "P003"]
    assert moved == ["section 4 (\u201cThird-Party Services\u201d)", "section 6 (\u201cData Security\u201d)"]
    assert not [f for f in found if f.code == "P005"]
    assert not [f for f in found if "\u7b2c\u4e09\u65b9\u670d\u52a1" in f.message and f.code == "P002"]  # 第三方服务


def test_a_section_said_merged_whose_text_has_no_counterpart_there_is_named_once_as_missing(baseline):
    """Ninecat's guide (round 69): "命令行简介" has no heading in English and "Development Agreement" is about as long
    as the two together, but none of its commands is there: it is one section missing, not "part of" its neighbour
    and its commands one more finding."""
    found = [f for f in baseline if "/ninecat-contributing." in f.file]
    assert [f.code for f in found] == ["P002", "P002", "P002"]
    assert any(f.message.startswith("section \u201c\u547d\u4ee4\u884c\u7b80\u4ecb\u201d of the Chinese text (")
               and "has no counterpart in the English text" in f.message for f in found)


def test_sections_added_in_the_translation_before_a_renumbered_one_do_not_take_its_place(baseline):
    """Image Harvest's English adds sections 3.4 and 3.5 and numbers the Chinese 3.4 "3.6" (round 23): by their numbers
    the Chinese 3.4 would pair with the English 3.4 and "3.6" be said added; what the headings speak of ("你选择下载的
    图片字节", "Image bytes you choose to download") pairs it with its translation. Its number follows from the two
    sections added: they are the findings, the renumbering is not one more."""
    found = [f for f in baseline if "/imageharvest-privacy." in f.file]
    assert [(f.line, f.code) for f in found] == [(173, "P002"), (200, "P002")]
    assert all("exists only in the English text" in f.message for f in found)
