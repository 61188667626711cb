import pytest

from tooling.model.numbering import chinese_to_int, format_like, int_to_chinese, parse_numbering


@pytest.mark.parametrize("text, values, style, absolute", [
    ("1. Scope", (1,), "N.", True),
    ("2.1 Information", (2, 1), "N.N", True),
    ("2.1.3 Detail", (2, 1, 3), "N.N.N", True),
    ("5\\. Other uses", (5,), "N.", True),          # escaped so Markdown keeps a paragraph
    ("1、适用范围", (1,), "N、", False),
    ("(1) first", (1,), "(N)", False),
    ("（1）第一项", (1,), "（N）", False),
    ("一、适用范围", (1,), "CN、", False),
    ("（一）账户信息", (1,), "（CN）", False),
    ("(一)账户信息", (1,), "(CN)", False),
    ("第一条 总则", (1,), "第CN条", False),
    ("第1条 总则", (1,), "第N条", False),
    ("第三十条 附则", (30,), "第CN条", False),
    ("十五、其他", (15,), "CN、", False),
    ("３０. 全角", (30,), "N.", True),
    ("（３０）全角", (30,), "（N）", False),
    ("0. 定义", (0,), "N.", True),
    ("1) clauses", (1,), "N)", False),
    ("(a) letters", (1,), "(a)", False),
    ("c) letters", (3,), "a)", False),
    ("(iv) roman", (4,), "(R)", False),
    ("ix. roman", (9,), "R.", False),
    ("乙、天干", (2,), "甲、", False),
    ("第三章 总则", (3,), "第CN章", False),
    ("第十二节 附则", (12,), "第CN节", False),
])
def test_numbering_styles_are_understood(text, values, style, absolute):
    numbering, rest = parse_numbering(text)
    assert numbering is not None, text
    assert numbering.values == values
    assert numbering.style == style
    assert numbering.absolute is absolute
    assert rest and not rest[0].isspace()


@pytest.mark.parametrize("text", ["2026 was a year", "We collect", "一些信息", "(about) letters", "a lot", "3.5million", "ivory tower"])
def test_prose_is_not_mistaken_for_numbering(text):
    assert parse_numbering(text)[0] is None


def test_bare_number_is_recognised_only_in_headings():
    assert parse_numbering("9 Revision", heading=True)[0].style == "N"
    assert parse_numbering("9 Revision")[0] is None


@pytest.mark.parametrize("text, value", [("三十", 30), ("十五", 15), ("十", 10), ("一百零二", 102),
                                         ("二〇二六", 2026), ("两千", 2000), ("三三十", None), ("十百", None)])
def test_chinese_numerals(text, value):
    assert chinese_to_int(text) == value


@pytest.mark.parametrize("value", [1, 9, 10, 11, 15, 20, 30, 99, 100, 102, 110, 1001, 2026])
def test_chinese_numerals_round_trip(value):
    assert chinese_to_int(int_to_chinese(value)) == value


@pytest.mark.parametrize("style, values, expected", [
    ("N.N", (3, 5), "3.5"), ("N.", (9,), "9."), ("N", (9,), "9"), ("（CN）", (5,), "（五）"),
    ("第CN条", (12,), "第十二条"), ("CN、", (3,), "三、"), ("(N)", (2,), "(2)"),
])
def test_format_like_writes_a_number_in_a_style(style, values, expected):
    assert format_like(style, values) == expected


@pytest.mark.parametrize("text", ["30 天退款窗口", "3 years of records", "15 个工作日内答复", "30% discount", "2 times"])
def test_a_quantity_starting_a_heading_is_not_a_section_number(text):
    assert parse_numbering(text, heading=True)[0] is None


def test_a_bare_heading_number_is_still_a_number():
    assert parse_numbering("9 Revision", heading=True)[0].values == (9,)


@pytest.mark.parametrize("text, values", [("1\\.介绍", (1,)), ("1.介绍", (1,)), ("12．期限", (12,)),
                                          ("3. 个人信息", (3,)), ("2.1 个人信息的收集", (2, 1)), ("2. 年度报告", (2,)),
                                          ("4. 名称", (4,)), ("6. 版权", (6,)), ("2.1.介绍", (2, 1)),
                                          # IndexTTS's licence (round 22): "4.1使用限制", "5.1我方保留…"
                                          ("2.1介绍", (2, 1)), ("4.1使用限制", (4, 1)), ("12.3个人信息", (12, 3))])
def test_a_chinese_section_number_needs_no_space_and_a_word_after_it_is_a_title(text, values):
    for heading in (True, False):
        number, rest = parse_numbering(text, heading=heading)
        assert number is not None and number.values == values, (text, heading)
        assert rest and not rest[0].isdigit()


@pytest.mark.parametrize("text", ["1.2 版，2023 年 11 月 1 日生效", "1.5倍", "3.年", "2.5 倍于", "30 天内", "2.5公里",
                                  "3.5亿用户", "1.5美元", "3.14159是圆周率", "2.1版本引入了…",
                                  "4 级数据回退链", "3 层架构"])  # TradingMapClaw (round 29): "4-Level Data Fallback Chain"
def test_a_version_or_a_quantity_starting_a_paragraph_is_not_a_clause_number(text):
    assert parse_numbering(text)[0] is None
    assert parse_numbering(text, heading=True)[0] is None


@pytest.mark.parametrize("text, values, style, formatted", [
    ("第三部分：服务条款", (3,), "第CN部分", "第三部分"),
    ("第2编 总则", (2,), "第N编", "第2编"),
    ("IV. Core Disclaimer", (4,), "R.U", "IV."),
])
def test_parts_in_words_and_roman_numerals_in_headings_are_section_numbers(text, values, style, formatted):
    number, _ = parse_numbering(text, heading=True)
    assert number is not None and number.values == values and number.style == style
    assert format_like(style, values) == formatted


def test_a_roman_numeral_opening_a_paragraph_is_not_a_number():
    assert parse_numbering("I. M. Pei designed it.")[0] is None
