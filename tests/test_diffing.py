"""The diff engine: word-level ops, section statuses, exact round-trip, determinism."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, ROOT
from tooling.diff import diffing
from tooling.diff.diffing import DocumentDiff, diff_documents, diff_text

STATUSES = FIXTURES / "diff" / "statuses"


def read(path):
    return path.read_text(encoding="utf-8")


def old_of(ops):
    return "".join(t for op, t in ops if op != "+")


def new_of(ops):
    return "".join(t for op, t in ops if op != "-")


def changes(ops):
    return [(op, t) for op, t in ops if op != "="]


def history(lang):
    old = read(FIXTURES / "as-received" / lang / "privacy.md")
    new = read(ROOT / "releases" / "privacy" / "2026-12-01" / f"{lang}.md")  # the corrected release
    return old, new, diff_documents(old, new, lang, "privacy", "r1", "r2")


# ---------------------------------------------------------------------------------------------
# The real history: the statement as received → the corrected text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_real_history_round_trips_exactly(lang):
    old, new, diff = history(lang)
    assert old_of(diff.ops) == old and new_of(diff.ops) == new
    assert diff.old_text() == old and diff.new_text() == new


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_real_history_renumbered_clauses(lang):
    _, _, diff = history(lang)
    by_id = {s.id: s for s in diff.sections}
    # "4.5" under section 3 became "3.5": the same clause, renumbered, not removed + added.
    s = by_id["s3-5"]
    assert (s.status, s.old_id, s.old_number, s.new_number) == ("renumbered", "s4-5", "4.5", "3.5")
    assert changes(s.ops) == [("-", "4.5"), ("+", "3.5")]
    # The stray "5\." clause at the end of section 5 became "5.5".
    s = by_id["s5-5"]
    assert (s.status, s.old_id, s.old_number, s.new_number) == ("renumbered", "s5_2", "5.", "5.5")
    assert changes(s.ops) == [("-", "5."), ("+", "5.5")]  # as published: no Markdown escape
    assert "s4-5" not in by_id and "s5_2" not in by_id
    assert not [x for x in diff.sections if x.status in ("added", "removed", "moved")]


def test_real_history_section_9_heading_number_form_is_renumbered_in_chinese():
    # "## 9 本隐私声明的修订" → "## 9. …": only the number as written changed.
    _, _, diff = history("zh")
    s = {x.id: x for x in diff.sections}["s9"]
    assert (s.status, s.old_number, s.new_number) == ("renumbered", "9", "9.")
    assert changes(s.ops) == [("+", ".")]
    assert [x.id for x in diff.changed_sections()] == ["s3-5", "s5-5", "s9"]


def test_real_history_english_typo_fixes_are_changed_with_word_level_ops():
    _, _, diff = history("en")
    by_id = {s.id: s for s in diff.sections}
    assert {s.id: s.status for s in diff.changed_sections()} == {
        "s1": "changed", "s2-1": "changed", "s2-2": "changed", "s3-1": "changed", "s3-3": "changed",
        "s3-5": "renumbered", "s5-5": "renumbered", "s9": "changed"}
    assert changes(by_id["s2-1"].ops) == [("-", "informations"), ("+", "information")]
    assert changes(by_id["s1"].ops) == [("+", "to "), ("-", "applies"), ("+", "apply")]
    assert changes(by_id["s3-1"].ops) == [("-", "quote So"), ("+", "quotes, so")]
    # Section 9: its number gained a full stop and a typo in its text was fixed: "changed",
    # with the renumbering still visible in old_number/new_number.
    s9 = by_id["s9"]
    assert (s9.old_number, s9.new_number) == ("9", "9.")
    assert changes(s9.ops) == [("+", "."), ("-", "Chineseand"), ("+", "Chinese and")]


def test_sections_keep_new_order_and_have_lines_and_titles():
    _, _, diff = history("en")
    ids = [s.id for s in diff.sections]
    assert ids[:4] == ["preamble", "s1", "s2", "s2-1"] and ids[-1] == "s9"
    s = {x.id: x for x in diff.sections}["s3-5"]
    assert (s.old_line, s.new_line, s.kind) == (59, 59, "clause")
    assert s.new_title == "Other uses authorized by you."
    assert diff.old_title == diff.new_title == "Privacy Statement"


# ---------------------------------------------------------------------------------------------
# Every status, in both languages


EXPECTED = [
    ("preamble", "preamble", "unchanged"),
    ("s1", "s1", "changed"),
    ("s2", "s2", "unchanged"),
    ("s2-1", "s2-3", "moved"),        # the third item now comes first
    ("s2-2", "s2-1", "renumbered"),   # the others only changed numbers
    ("s2-3", "s2-2", "renumbered"),
    ("s3", "s3", "removed"),          # "Cookies" is gone…
    ("s3", "s4", "renumbered"),       # …so Retention and Contact move up a number
    ("s4", "s5", "renumbered"),
    ("s5", None, "added"),            # "Children" is new
]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_status_on_fixture_pair(lang):
    old, new = read(STATUSES / lang / "old.md"), read(STATUSES / lang / "new.md")
    diff = diff_documents(old, new, lang, "sample", "v1", "v2")
    assert [(s.id, s.old_id, s.status) for s in diff.sections] == EXPECTED
    assert diff.new_text() == new and diff.old_text() == old
    assert diff.counts() == {"added": 1, "removed": 1, "changed": 1, "moved": 1, "renumbered": 4, "unchanged": 2}
    assert [s.status for s in diff.changed_sections()] == [x[2] for x in EXPECTED if x[2] != "unchanged"]
    removed = [s for s in diff.sections if s.status == "removed"][0]
    assert removed.ops[0][0] == "-" and removed.new_line is None and removed.old_line == 17
    added = diff.sections[-1]
    assert [op for op, _ in added.ops] == ["+"] and added.old_number is None


def test_english_changed_section_marks_only_the_added_words():
    diff = diff_documents(read(STATUSES / "en" / "old.md"), read(STATUSES / "en" / "new.md"), "en")
    assert changes(diff.sections[1].ops) == [("+", " and its mobile app")]


def test_chinese_changed_section_marks_only_the_added_characters():
    diff = diff_documents(read(STATUSES / "zh" / "old.md"), read(STATUSES / "zh" / "new.md"), "zh")
    assert changes(diff.sections[1].ops) == [("+", "及其移动应用程序")]


def test_section_moved_to_another_parent_and_edited_is_changed_and_moved():
    old = "# P\n\n## 1. A\n\n1.1 Alpha beta gamma delta epsilon.\n\n## 2. B\n\nText of B.\n"
    new = "# P\n\n## 1. A\n\nNothing here now.\n\n## 2. B\n\nText of B.\n\n2.1 Alpha beta gamma delta epsilon zeta.\n"
    diff = diff_documents(old, new, "en")
    s = {x.id: x for x in diff.sections}["s2-1"]
    assert (s.status, s.old_id, s.moved) == ("changed", "s1-1", True)
    assert changes(s.ops) == [("-", "1.1"), ("+", "2.1"), ("+", " zeta")]


def test_rewritten_section_keeps_its_id_and_is_changed():
    old = "# P\n\n## 1. A\n\nThe quick brown fox.\n"
    new = "# P\n\n## 1. A\n\nCompletely different wording now applies.\n"
    diff = diff_documents(old, new, "en")
    assert [(s.id, s.status) for s in diff.sections] == [("s1", "changed")]


def test_explicit_ids_match_sections_whatever_they_say():
    old = "# P\n\n## 1. Cookies {#cookies}\n\nWe use cookies.\n"
    new = "# P\n\n## 1. Similar technologies {#cookies}\n\nPixels and local storage.\n"
    diff = diff_documents(old, new, "en")
    assert [(s.id, s.status) for s in diff.sections] == [("cookies", "changed")]


def test_title_and_front_matter_changes_are_in_front_ops():
    old = "---\ntranslation_of: zh\n---\n\n# Privacy Statement\n\n## 1. A\n\nText.\n"
    new = "---\ntranslation_of: zh\n---\n\n# Privacy Policy\n\n## 1. A\n\nText.\n"
    diff = diff_documents(old, new, "en")
    assert changes(diff.front_ops) == [("-", "Statement"), ("+", "Policy")]
    assert (diff.old_title, diff.new_title) == ("Privacy Statement", "Privacy Policy")
    assert diff.changed_sections() == [] and diff.has_changes


def test_unchanged_document():
    _, new, _ = history("zh")
    diff = diff_documents(new, new, "zh")
    assert diff.ops == (("=", new),) and not diff.has_changes
    assert diff.changed_sections() == [] and len(diff.sections) == 23


def test_crlf_and_bom_round_trip_and_keep_sections():
    old = "\ufeff# P\r\n\r\n## 1. A\r\n\r\nOne two three.\r\n"
    new = "\ufeff# P\r\n\r\n## 1. A\r\n\r\nOne two four.\r\n"
    diff = diff_documents(old, new, "en")
    assert diff.old_text() == old and diff.new_text() == new
    assert [(s.id, s.status, s.new_line) for s in diff.sections] == [("s1", "changed", 3)]
    assert changes(diff.ops) == [("-", "three"), ("+", "four")]


def test_text_without_sections_is_compared_whole_and_says_why():
    diff = diff_documents("just words", "just more words", "en")
    assert diff.sections == () and "no headings" in diff.parse_error
    assert changes(diff.ops) == [("+", "more ")]


# ---------------------------------------------------------------------------------------------
# Word and character level


def test_chinese_changed_phrase_reads_as_one_change():
    old = "我们将按照本隐私声明收集、处理及披露您的信息。"
    new = "我们将依照适用法律收集、使用及披露您的信息。"
    assert changes(diff_text(old, new, "zh")) == [
        ("-", "按照本隐私声明"), ("+", "依照适用法律"), ("-", "处理"), ("+", "使用")]


def test_chinese_is_compared_character_by_character():
    ops = diff_text("您向该采购商提供的信息", "您向该供应商提供的信息", "zh")
    assert changes(ops) == [("-", "采购"), ("+", "供应")]


def test_english_words_are_never_split():
    ops = diff_text("the cat sat on the mat", "the cart sat on a mat", "en")
    assert changes(ops) == [("-", "cat"), ("+", "cart"), ("-", "the"), ("+", "a")]
    ops = diff_text("informations", "information", "en")
    assert ops == [("-", "informations"), ("+", "information")]


def test_latin_words_inside_chinese_are_not_split():
    ops = diff_text("使用Entroyi平台", "使用Entropy平台", "zh")
    assert changes(ops) == [("-", "Entroyi"), ("+", "Entropy")]


def test_numbers_and_contractions_are_single_tokens():
    assert diffing.tokens("3.5 don't 1,000") == ["3.5", " ", "don't", " ", "1,000"]
    assert changes(diff_text("clause 4.5 applies", "clause 4.6 applies", "en")) == [("-", "4.5"), ("+", "4.6")]


def test_long_text_goes_through_the_line_pass_and_stays_exact():
    paragraphs = [f"Paragraph {i} says something about data item {i} and its retention." for i in range(600)]
    old = "\n\n".join(paragraphs)
    edited = list(paragraphs)
    edited[100] = edited[100].replace("retention", "deletion")
    edited[450] = edited[450].replace("something", "nothing")
    new = "\n\n".join(edited)
    assert len(diffing.tokens(old)) > diffing.LONG
    ops = diff_text(old, new, "en")
    assert changes(ops) == [("-", "retention"), ("+", "deletion"), ("-", "something"), ("+", "nothing")]


def test_huge_unrelated_stretch_is_replaced_whole():
    old = " ".join(f"a{i}" for i in range(8000))
    new = " ".join(f"b{i}" for i in range(8000))
    ops = diff_text(old, new, "en")
    assert ops == [("-", old), ("+", new)]


# ---------------------------------------------------------------------------------------------
# Determinism


def _slow_clock(monkeypatch):
    """A machine so loaded that every look at the clock finds 10 more seconds gone."""
    import sys

    import diff_match_patch  # noqa: F401 - loads the module that holds the class

    dmp_module = sys.modules["diff_match_patch.diff_match_patch"]
    ticks = iter(range(0, 10 ** 9, 10))

    class SlowTime:
        @staticmethod
        def time():
            return float(next(ticks))

    monkeypatch.setattr(dmp_module, "time", SlowTime)


def _edited_statement():
    old, new, _ = history("en")
    return old, new.replace("security", "safety").replace("Cookies", "Small files").replace(
        "appropriate", "suitable")


def test_same_bytes_on_a_slow_machine(monkeypatch):
    from tooling.diff.redline import render_inline_html, to_json

    old, new = _edited_statement()
    fast = diff_documents(old, new, "en", "privacy", "a", "b")
    _slow_clock(monkeypatch)
    monkeypatch.setattr(diffing, "_RECENT", diffing._RecentDiffs(budget=10**9))  # computed again, not recalled
    slow = diff_documents(old, new, "en", "privacy", "a", "b")
    assert slow is not fast and slow == fast
    assert render_inline_html(slow) == render_inline_html(fast)
    assert to_json([slow], "a", "b") == to_json([fast], "a", "b")


def test_the_slow_clock_would_change_a_diff_that_relied_on_the_time_out(monkeypatch):
    # The simulation is real: diff-match-patch with its default one-second time-out gives a
    # different (coarser) diff on the same slow machine.
    from diff_match_patch import diff_match_patch

    old, new = _edited_statement()
    normal = diff_match_patch().diff_main(old, new)
    _slow_clock(monkeypatch)
    assert diff_match_patch().diff_main(old, new) != normal


def test_same_result_twice():
    old, new, first = history("zh")
    assert diff_documents(old, new, "zh", "privacy", "r1", "r2") == first


# ---------------------------------------------------------------------------------------------
# Properties


PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ALPHABET = st.characters(blacklist_categories=("Cs",))


@st.composite
def edited_pair(draw, alphabet=ALPHABET, max_size=60):
    old = draw(st.text(alphabet, max_size=max_size))
    new = old
    for _ in range(draw(st.integers(0, 5))):
        at = draw(st.integers(0, len(new)))
        kind = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(st.text(alphabet, min_size=1, max_size=8))
        cut = draw(st.integers(1, 6))
        if kind == "insert":
            new = new[:at] + piece + new[at:]
        elif kind == "delete":
            new = new[:at] + new[at + cut:]
        else:
            new = new[:at] + piece + new[at + cut:]
    return old, new


@PROPS
@given(edited_pair(), st.sampled_from(["zh", "en"]))
def test_property_diff_text_round_trips(pair, lang):
    old, new = pair
    ops = diff_text(old, new, lang)
    assert old_of(ops) == old and new_of(ops) == new
    assert all(text for _, text in ops)
    assert all(a[0] != b[0] for a, b in zip(ops, ops[1:]))  # neighbours merged


MARKDOWNISH = st.sampled_from(["# ", "## ", "### ", "1. ", "2.1 ", "（一）", "一、", "\n", "\n\n", "---\n",
                               "```\n", " ", "{#x}", "\r\n", "\ufeff", "中文", "word", "。", ".", "\\"])


@st.composite
def documents(draw):
    pieces = draw(st.lists(st.one_of(MARKDOWNISH, st.text(ALPHABET, max_size=6)), max_size=30))
    return "".join(pieces)


@PROPS
@given(documents(), documents(), st.sampled_from(["zh", "en"]))
def test_property_document_diff_never_crashes_and_round_trips(old, new, lang):
    diff = diff_documents(old, new, lang, "doc", "a", "b")
    assert isinstance(diff, DocumentDiff)
    assert diff.old_text() == old and diff.new_text() == new
    for s in diff.sections:
        assert s.status in diffing.STATUSES
        if s.status == "added":
            assert old_of(s.ops) == ""
        if s.status == "removed":
            assert new_of(s.ops) == ""
        if s.status == "unchanged":
            assert not changes(s.ops)


@PROPS
@given(st.lists(st.sampled_from(["# T\n\n", "## 1. A\n\n", "## 2. B\n\n", "2.1 x y\n\n", "2.2 z\n\n",
                                 "## 3. C\n\n", "text here\n\n", "more words\n\n"]), max_size=12),
       st.randoms(use_true_random=False))
def test_property_shuffled_sections_round_trip(blocks, rnd):
    old = "# T\n\n" + "".join(blocks)
    shuffled = list(blocks)
    rnd.shuffle(shuffled)
    new = "# T\n\n" + "".join(shuffled)
    diff = diff_documents(old, new, "en")
    assert diff.old_text() == old and diff.new_text() == new


WORD = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzéß0123456789"), min_size=1, max_size=8)
SEP = st.sampled_from([" ", ", ", ". ", "\n", " (", ") ", "; ", "\n\n", " - "])


@st.composite
def english(draw):
    words = draw(st.lists(st.tuples(WORD, SEP), max_size=25))
    return "".join(w + s for w, s in words)


def _inside_word(text, pos):
    return 0 < pos < len(text) and text[pos - 1].isalnum() and text[pos].isalnum()


@PROPS
@given(english(), english(), st.integers(0, 1000), st.integers(0, 1000))
def test_property_english_words_never_split(base, insert, where, cut):
    old = base
    at = min(where, len(old))
    new = old[:at] + insert + old[at + cut % 7:]
    ops = diff_text(old, new, "en")
    pos_old = pos_new = 0
    for op, text in ops:
        # Every boundary of every op falls between words, in both texts.
        if op in "=-":
            assert not _inside_word(old, pos_old) and not _inside_word(old, pos_old + len(text))
            pos_old += len(text)
        if op in "=+":
            assert not _inside_word(new, pos_new) and not _inside_word(new, pos_new + len(text))
            pos_new += len(text)


def test_every_token_boundary_in_a_word_free_position():
    text = "Entroyi 科技（以下简称“我们”）don't 3.5"
    assert "".join(diffing.tokens(text)) == text
    assert re.findall(r"[A-Za-z']+", text) == [t for t in diffing.tokens(text) if re.fullmatch(r"[A-Za-z']+", t)]


def test_recent_diffs_are_recalled_within_a_size_budget(monkeypatch):
    old, new = _edited_statement()
    recent = diffing._RecentDiffs(budget=3 * (len(old) + len(new)))
    monkeypatch.setattr(diffing, "_RECENT", recent)
    first = diff_documents(old, new, "en", "privacy", "a", "b")
    assert diff_documents(old, new, "en", "privacy", "a", "b") is first
    for k in range(5):  # other comparisons push the first one out
        diff_documents(old, new + "\n" + "x" * k, "en", "privacy", "a", "b")
    assert len(recent.entries) <= 3 and recent.size <= recent.budget
    assert diff_documents(old, new, "en", "privacy", "a", "b") is not first
