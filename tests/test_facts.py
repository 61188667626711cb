import pytest

from tooling.model.facts import extract_facts


def keys(text):
    return [(f.kind, f.value) for f in extract_facts(text)]


@pytest.mark.parametrize("zh, en", [
    ("自2026年12月1日起生效", "takes effect on December 1, 2026"),
    ("自2026年12月1日起生效", "takes effect on 1 December 2026"),
    ("自二〇二六年十二月一日起生效", "takes effect on 2026-12-01"),
    ("于2026年12月发布", "published in December 2026"),
    ("删除百分之九十的数据", "delete 90% of the data"),
    ("删除９０％的数据", "delete 90 per cent of the data"),
    ("在十五个工作日内答复", "reply within 15 working days"),
    ("在十五个工作日内答复", "reply within fifteen working days"),
    ("保存三年", "kept for three years"),
    ("费用为100万元", "a fee of 1 million yuan"),
    ("共1,000项", "1000 items in all"),
    ("请发送邮件至 Privacy@Example.com", "write to privacy@example.com"),
    ("访问 https://www.example.com/privacy/。", "visit https://WWW.example.com/privacy."),
    ("致电400-820-1234", "call 400 820 1234"),
    ("致电+86 10 8888 8888", "call +86-10-8888-8888"),
])
def test_the_same_fact_in_both_languages_has_the_same_value(zh, en):
    assert keys(zh) == keys(en) != []


def test_positions_are_reported():
    facts = extract_facts("first line\nsecond 2026-12-01 here", first_line=10)
    assert [(f.line, f.column) for f in facts] == [(11, 8)]


@pytest.mark.parametrize("text", ["一个月内", "GB18030 编码", "some services", "一些信息", "MD5"])
def test_words_are_not_facts(text):
    assert keys(text) == []


def test_different_facts_differ():
    assert keys("自2026年12月1日起") != keys("from December 2, 2026")
    assert keys("三十日内") != keys("within 15 days")
