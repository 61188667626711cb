"""Section parity through `run_check`, on variants of the small clean fixture pair."""

import shutil

import pytest

from conftest import FIXTURES, ROOT
from tooling.check import run_check
from tooling.config import load_config

CLEAN = FIXTURES / "check" / "clean"


@pytest.fixture
def pair(tmp_path):
    """A copy of the clean pair; edit(lang, old, new) changes one of its texts."""
    docs = tmp_path / "docs"
    shutil.copytree(CLEAN, docs)

    class Pair:
        path = docs

        def edit(self, lang, old, new):
            file = docs / lang / "notice.md"
            text = file.read_text(encoding="utf-8")
            assert old in text, old
            file.write_text(text.replace(old, new, 1), encoding="utf-8")

        def check(self):
            result = run_check(load_config(ROOT), str(docs))
            return result, [(f.file.split("/")[-2], f.line, f.code) for f in result.findings]

    return Pair()


def test_clean_pair_has_no_findings(pair):
    result, found = pair.check()
    assert found == [] and result.exit_code == 0 and result.files == 2


def test_missing_section(pair):
    pair.edit("en", "### 2.2 Transaction information\n\nWe keep transaction records for three years.\n\n", "")
    result, found = pair.check()
    assert found == [("en", 20, "P002")]  # placed after section 2.1, whose heading is on line 20
    assert "section 2.2 (“（二）”) (“交易信息”)" in result.findings[0].message
    assert result.exit_code == 1


def test_section_only_in_translation(pair):
    pair.edit("en", "example.com/privacy\n", "example.com/privacy\n\n### 4.1 Extra\n\nMore text.\n")
    result, found = pair.check()
    assert found == [("en", 40, "P002")]
    assert "exists only in the English text" in result.findings[0].message


def test_order(pair):
    pair.edit("en", "### 2.1 Account information\n\nWhen you register, you must provide an e-mail address.\n\n"
                    "### 2.2 Transaction information\n\nWe keep transaction records for three years.\n",
              "### 2.2 Transaction information\n\nWe keep transaction records for three years.\n\n"
              "### 2.1 Account information\n\nWhen you register, you must provide an e-mail address.\n")
    result, found = pair.check()
    # the order differs from Chinese (P003), and the English numbering itself is now unsound
    assert {code for _, _, code in found} == {"P003", "N004", "N005"}
    assert "out of order" in next(f.message for f in result.findings if f.code == "P003")


def test_heading_level(pair):
    pair.edit("en", "### 2.1 Account", "#### 2.1 Account")
    _, found = pair.check()
    assert found == [("en", 20, "P004")]


def test_paragraph_and_list_item_counts(pair):
    # reshaping is tolerated: one paragraph split in two, a short item added as a second line
    pair.edit("en", "This notice applies to all services provided by the platform.",
              "This notice applies to all services.\n\nIt is provided by the platform.")
    result, found = pair.check()
    assert found == []
    # content really missing is not: a list item dropped, a paragraph added
    pair.edit("en", "- the contact person's name;\n", "")
    pair.edit("en", "We keep transaction records for three years.",
              "We keep transaction records for three years.\n\nWe may also keep copies of your messages for quality control.")
    result, found = pair.check()
    assert sorted(found) == [("en", 15, "P007"), ("en", 29, "P006")]
    dropped = next(f.message for f in result.findings if f.code == "P007")
    # placed at the section (line 15); of two items of like length, length alone cannot tell which one
    assert dropped.startswith("section 2 (“Information we collect”): the Chinese list item at ")
    assert "has no counterpart in the English text" in dropped
    added = next(f.message for f in result.findings if f.code == "P006")
    assert "this paragraph (“We may also keep copies" in added and "no counterpart in the Chinese text" in added


@pytest.mark.parametrize("old, new, code", [
    ("December 1, 2026", "December 2, 2026", "F002"),
    ("within 15 working days", "within 30 working days", "F001"),
    ("90%", "95%", "F001"),
    ("privacy@example.com;", "legal@example.com;", "F003"),
    ("https://www.example.com/privacy", "https://www.example.com/terms", "F004"),
    ("400-820-1234", "400-820-4321", "F005"),
])
def test_facts_must_match(pair, old, new, code):
    pair.edit("en", old, new)
    result, found = pair.check()
    assert {c for _, _, c in found} == {code}
    # both sides are reported: what Chinese has and English lacks, and what English adds
    assert len(found) == 2


def test_dates_written_differently_are_the_same_fact(pair):
    pair.edit("en", "December 1, 2026", "1 December 2026")
    assert pair.check()[1] == []


def test_missing_counterpart(pair):
    (pair.path / "zh" / "extra.md").write_text("# 附加\n\n## 1. 甲\n\n正文。\n", encoding="utf-8")
    result, found = pair.check()
    assert found == [("en", 1, "P001")]
    assert result.findings[0].file.endswith("en/extra.md")


def test_translation_must_declare_itself_and_authority_must_not(pair):
    pair.edit("en", "---\ntranslation_of: zh\n---\n\n", "")
    pair.edit("zh", "# 数据处理说明", "---\ntranslation_of: en\n---\n\n# 数据处理说明")
    _, found = pair.check()
    assert sorted(found) == [("en", 1, "A001"), ("zh", 2, "A002")]


def test_bad_input_is_exit_2_and_other_files_are_still_checked(pair):
    (pair.path / "zh" / "notice.md").write_bytes("# 标题\n\n## 1. 甲\n".encode("gbk"))
    result, found = pair.check()
    assert ("zh", 1, "E001") in found
    assert result.exit_code == 2


def test_a_section_numbered_differently_is_one_finding(pair):
    pair.edit("en", "### 2.2 Transaction", "### 2.3 Transaction")
    result, found = pair.check()
    assert ("en", 24, "P005") in found and not any(code == "P002" for _, _, code in found)
    message = next(f.message for f in result.findings if f.code == "P005")
    assert "numbered “2.3” here but “（二）” in the Chinese text" in message


def test_explicit_ids_must_agree(pair):
    pair.edit("zh", "### （一）账户信息", "### （一）账户信息 {#account}")
    pair.edit("en", "### 2.1 Account information", "### 2.1 Account information {#accounts}")
    _, found = pair.check()
    assert found == [("en", 20, "P009")]
