from conftest import FIXTURES
from tooling.model.sections import parse_document
from tooling.checks.soundness import check_numbering
from tooling.source import decode_source, read_source


def findings(text):
    doc = parse_document(decode_source(text.encode("utf-8"), "doc.md"), "doc", "zh")
    return [(f.line, f.code) for f in check_numbering(doc)]


def test_the_as_received_statement_has_exactly_its_three_defects():
    for lang, lines in (("en", (59, 85, 109)), ("zh", (55, 81, 105))):
        doc = parse_document(read_source(FIXTURES / f"as-received/{lang}/privacy.md"), "privacy", lang)
        got = sorted((f.line, f.code, f.message) for f in check_numbering(doc))
        assert [(line, code) for line, code, _ in got] == [(lines[0], "N002"), (lines[1], "N001"), (lines[2], "N003")]
        assert "number it “3.5”" in got[0][2]
        assert "number it “5.5”" in got[1][2]
        assert "write “9.”" in got[2][2]


def test_gap_duplicate_and_order():
    text = "# T\n\n## 1. A\n\nx\n\n## 3. C\n\nx\n\n## 3. D\n\nx\n\n## 2. B\n\nx\n"
    # 2 is there, out of place: the 3 before it skips nothing
    assert findings(text) == [(11, "N001"), (15, "N005")]
    assert findings("# T\n\n## 1. A\n\nx\n\n## 3. C\n\nx\n") == [(7, "N004")]


def test_sections_swapped_or_moved_are_one_finding_not_a_cascade():
    swapped = "# T\n\n" + "".join(f"## {n}. S{n}\n\nx\n\n" for n in (1, 2, 4, 3, 5, 6, 7))
    assert findings(swapped) == [(15, "N005")]  # "3" belongs after "2": one of the two is named, once
    moved = "# T\n\n" + "".join(f"## {n}. S{n}\n\nx\n\n" for n in (1, 2, 4, 5, 6, 7, 3))
    doc = parse_document(decode_source(moved.encode("utf-8"), "doc.md"), "doc", "zh")
    [finding] = check_numbering(doc)
    assert finding.code == "N005" and finding.line == 27
    assert finding.message.endswith("is out of order: it belongs after \u201c2.\u201d; move it there.")


def test_chinese_styles_gap_and_mixed_punctuation():
    text = "# 标题\n\n## 一、甲\n\n正文\n\n## 三、丙\n\n正文\n"
    assert findings(text) == [(7, "N004")]
    text = "# 标题\n\n## 一、甲\n\n正文\n\n## 2. 乙\n\n正文\n\n## 三、丙\n\n正文\n"
    assert findings(text) == [(7, "N003")]


def test_clause_sequence_inside_sections():
    text = "# 标题\n\n## 一、甲\n\n（一）子项。\n\n（三）子项。\n"
    assert findings(text) == [(7, "N004")]


def test_sound_numbering_has_no_findings():
    text = "# 标题\n\n## 第一条 总则\n\n（一）甲。\n\n（二）乙。\n\n## 第二条 附则\n\n正文。\n"
    assert findings(text) == []


def test_articles_are_numbered_through_the_chapters(tmp_path):
    from tooling.checks.soundness import check_numbering
    from tooling.model.sections import parse_document
    from tooling.source import read_source

    text = ("# 办法\n\n## 第一章 总则\n\n### 第一条 目的\n\n正文。\n\n### 第二条 范围\n\n正文。\n\n"
            "## 第二章 附则\n\n### 第三条 施行\n\n正文。\n")
    path = tmp_path / "m.md"
    path.write_text(text, encoding="utf-8")
    assert check_numbering(parse_document(read_source(str(path), "m.md"), "m", "zh")) == []
    # restarting at 第一条 in each chapter is also a numbering, but a skip is still found
    path.write_text(text.replace("第三条 施行", "第五条 施行"), encoding="utf-8")
    found = check_numbering(parse_document(read_source(str(path), "m.md"), "m", "zh"))
    assert [f.code for f in found] == ["N004"]


def test_clauses_numbered_on_through_headings_without_a_number():
    """A licence numbers its clauses 1 to 4 in "Part Two" and 5 and 6 in "Part Three": in sequence, in each
    language, whether its parts are numbered (第二部分, "Part Two") or not. A gap across the parts is still one."""
    text = ("# 许可协议\n\n## 第一部分：序言\n\n正文\n\n## 第二部分：许可\n\n" + "".join(f"#### {n}. 条款{n}\n\n正文\n\n" for n in (1, 2, 3, 4))
            + "## 第三部分：其他条款\n\n" + "".join(f"#### {n}. 条款{n}\n\n正文\n\n" for n in (5, 6)))
    assert findings(text) == []
    gap = text.replace("#### 5. 条款5", "#### 6. 条款5").replace("#### 6. 条款6", "#### 7. 条款6")
    assert findings(gap) == [(gap.split("\n").index("#### 6. 条款5") + 1, "N004")]
    english = "# Licence\n\n## Part One\n\nx\n\n## Part Two\n\n#### 1. A\n\nx\n\n#### 2. B\n\nx\n\n## Part Three\n\n#### 3. C\n\nx\n"
    assert findings(english) == []
    unnumbered = english.replace("Part One", "Preamble").replace("Part Two", "Licence").replace("Part Three", "Other")
    assert findings(unnumbered) == []
    # under numbered parents, each parent's clauses start again: 2.1 after 1.2 is no run-on
    assert findings("# T\n\n## 1. A\n\n1.1 x\n\n1.2 y\n\n## 2. B\n\n2.1 z\n") == []


def test_parts_at_the_level_of_their_clauses_may_each_number_them_from_one():
    """A licence whose part titles and numbered clauses are headings of one level ("## 免费使用条款", "## 1. 定义",
    "## 2. …", "## 商业使用条款", "## 1. …"): each part numbers its clauses from 1. A number repeated without a part
    title between is still N001."""
    text = ("# 授权协议\n\n## 免费使用条款\n\n## 1. 定义\n\n正文\n\n## 2. 授予的权利\n\n正文\n\n## 商业使用条款\n\n"
            "## 1. 商业使用定义\n\n正文\n\n## 2. 商业授权\n\n正文\n\n## 3. 费用\n\n正文\n")
    assert findings(text) == []
    repeated = text.replace("## 商业使用条款\n\n", "")
    assert [code for _, code in findings(repeated)] == ["N001", "N001"]


def test_one_level_numbers_start_again_under_headings_numbered_another_way():
    """"1." "2." under "一、", "第一章", "Part 1:" or "IV." number within that section (a common
    form of Chinese agreements and their translations): no N001 "repeats the number of section 1";
    a gap or a repeat among them is still found, and named with their own numbers."""
    for parent in ("一、", "二、"), ("第一章", "第二章"), ("第一部分：", "第二部分："), ("Part 1:", "Part 2:"), ("I.", "II."):
        text = (f"# T\n\n## {parent[0]} A\n\n### 1. a\n\nx\n\n### 2. b\n\nx\n\n"
                f"## {parent[1]} B\n\n### 1. c\n\nx\n\n#### 1.1 d\n\nx\n\n### 2. e\n\nx\n")
        assert findings(text) == [], parent
    gap = "# T\n\n## 一、A\n\n### 1. a\n\nx\n\n### 3. b\n\nx\n\n## 二、B\n\n### 1. c\n\nx\n\n### 1. d\n\nx\n"
    doc = parse_document(decode_source(gap.encode("utf-8"), "doc.md"), "doc", "zh")
    got = [(f.line, f.code, f.message) for f in check_numbering(doc)]
    assert [(line, code) for line, code, _ in got] == [(9, "N004"), (19, "N001")]
    assert "renumber it “2.”" in got[0][2] and "number it “2.”" in got[1][2]
    # under a parent numbered the same way, "1." still repeats it
    assert findings("# T\n\n## 1. A\n\n### 1. a\n\nx\n\n### 2. b\n\nx\n") == [(5, "N001"), (9, "N002")]


def test_a_text_with_every_heading_at_one_level_is_numbered_by_its_numbers():
    """Round 51 (IoT DC3's licence, plain text): "## 1.1" after "## 1." where every heading is of one
    level is that section's part, not a misplaced "2."; its parts are numbered among themselves
    (a gap is still found, named with their numbers). A text that nests its headings elsewhere
    still has a heading set a level too high named."""
    flat = "# T\n\n## 1. A\n\nx\n\n## 1.1 a\n\nx\n\n## 1.2 b\n\nx\n\n## 2. B\n\n## 2.1 c\n\nx\n\n## 2.2 d\n\nx\n"
    assert findings(flat) == []
    gap = flat.replace("## 2.2 d", "## 2.3 d")
    doc = parse_document(decode_source(gap.encode("utf-8"), "doc.md"), "doc", "zh")
    [finding] = check_numbering(doc)
    assert (finding.line, finding.code) == (21, "N004") and "skips 2.2; renumber it “2.2”" in finding.message
    nested = flat + "\n### 2.2.1 e\n\nx\n"
    assert [code for _, code in findings(nested)] == ["N002", "N002", "N002", "N002"]
