"""Section parity through `run_check`, on variants of the small clean fixture pair."""

import shutil

import pytest

from conftest import FIXTURES, parity_config
from tooling.checks.check import run_check


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
            result = run_check(parity_config(), str(docs))
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
    # the order differs from Chinese (P003), and the English numbering itself is now unsound: one section out of
    # place (N005), not also a number skipped (2.1 is there)
    assert {code for _, _, code in found} == {"P003", "N005"}
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
    # placed at the section (line 15); of two items of like length, length alone cannot tell which one: what they
    # speak of does (the name, where the English item left speaks of a telephone)
    assert dropped.startswith("section 2 (“Information we collect”): the Chinese list item at ")
    assert "联系人姓名" in dropped
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
    # one difference, one finding that names both sides: what the Chinese has and what the English has instead
    assert len(found) == 1
    assert " where the English text has " in result.findings[0].message


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


def test_ids_written_in_one_language_only_are_one_finding(pair):
    # the Chinese pages give their headings {#id}s, the English ones none: one cause, one finding that names them
    for heading, anchor in (("## 一、适用范围", "scope"), ("## 二、我们收集的信息", "collect"),
                            ("### （一）账户信息", "account"), ("## 三、您的权利", "rights"), ("## 四、联系我们", "contact")):
        pair.edit("zh", heading, f"{heading} {{#{anchor}}}")
    result, found = pair.check()
    assert found == [("en", 9, "P009")]
    message = result.findings[0].message
    assert message.startswith("the Chinese text gives five sections an explicit {#id} that the English text does not: "
                              "section 1 (\u201cscope\u201d at ")
    assert "section 2.1 (\u201caccount\u201d at " in message and ", and 2 more. " in message
    assert message.endswith("add the same {#id} to each English heading.")
    # one section only: named as before
    pair.edit("en", "## 1. Scope", "## 1. Scope {#scope}")
    pair.edit("en", "## 2. Information we collect", "## 2. Information we collect {#collect}")
    pair.edit("en", "### 2.1 Account information", "### 2.1 Account information {#account}")
    pair.edit("en", "## 3. Your rights", "## 3. Your rights {#rights}")
    result, found = pair.check()
    assert found == [("en", 36, "P009")]
    assert "has the id \u201cs4\u201d here but \u201ccontact\u201d in the Chinese text" in result.findings[0].message


def _pair(tmp_path, zh, en):
    for lang, text in (("zh", zh), ("en", "---\ntranslation_of: zh\n---\n\n" + en)):
        (tmp_path / lang).mkdir(parents=True)
        (tmp_path / lang / "terms.md").write_text(text, encoding="utf-8")
    result = run_check(parity_config(), str(tmp_path))
    return result, [(f.file.split("/")[-2], f.line, f.code) for f in result.findings]


_ZH_SECTIONS = ["适用范围", "我们收集的信息", "信息的使用", "信息的共享", "信息的保存", "您的权利", "未成年人",
                "政策的变更", "联系我们"]
_EN_SECTIONS = ["Scope", "Information we collect", "Use of information", "Sharing of information",
                "Retention", "Your rights", "Minors", "Changes to this policy", "Contact us"]
_ZH_BODIES = ["本政策适用于本平台提供的全部服务。", "我们收集您的姓名、电话号码和电子邮箱地址。",
              "我们使用您的信息提供服务、处理订单并向您发送通知。", "未经您同意，我们不会向第三方提供您的个人信息。",
              "我们将您的个人信息保存三年，期满后删除或匿名化处理。", "您有权查阅、更正、删除您的个人信息，并可撤回同意。",
              "我们不向未满十四周岁的儿童提供服务。", "本政策变更时，我们将提前三十日通知您。",
              "如有疑问，请致函 privacy@example.cn。"]
_EN_BODIES = ["This policy applies to all services provided by the platform.",
              "We collect your name, telephone number and e-mail address.",
              "We use your information to provide the services, process orders and send you notices.",
              "We do not provide your personal information to third parties without your consent.",
              "We keep your personal information for three years and then delete or anonymise it.",
              "You have the right to access, correct and delete your personal information, and to withdraw consent.",
              "We do not provide services to children under the age of 14.",
              "When this policy changes, we will notify you 30 days in advance.",
              "If you have questions, write to [privacy@example.cn](mailto:privacy@example.cn)."]


def _doc(title, headings, bodies):
    return f"# {title}\n\n" + "".join(f"## {h}\n\n{b}\n\n" for h, b in zip(headings, bodies))


def test_a_side_that_numbers_only_some_sections_is_one_finding_not_a_cascade(tmp_path):
    zh = ["一、" + _ZH_SECTIONS[0], "二、" + _ZH_SECTIONS[1]] + _ZH_SECTIONS[2:]
    result, found = _pair(tmp_path, _doc("隐私政策", zh, _ZH_BODIES), _doc("Privacy Policy", _EN_SECTIONS, _EN_BODIES))
    assert found == [("en", 7, "P005")]
    message = result.findings[0].message
    assert "the Chinese text numbers 2 of its 9 sections at this level and the English text numbers none" in message
    assert "zh/terms.md:3" in message


def test_a_swapped_pair_of_sections_is_one_finding(tmp_path):
    zh_b, en_b = list(_ZH_BODIES), list(_EN_BODIES)
    zh_b[2] += "除本政策所述目的外，我们不将您的信息用于任何其他目的，也绝不以任何价格向任何人出售您的信息。"
    en_b[2] += " We use it for no other purpose than those described here, and we never sell it to anyone, at any price."
    _, found = _pair(tmp_path / "same", _doc("隐私政策", _ZH_SECTIONS, zh_b), _doc("Privacy Policy", _EN_SECTIONS, en_b))
    assert found == []
    en_h = list(_EN_SECTIONS)
    en_h[2], en_h[3], en_b[2], en_b[3] = en_h[3], en_h[2], en_b[3], en_b[2]
    result, found = _pair(tmp_path / "swapped", _doc("隐私政策", _ZH_SECTIONS, zh_b), _doc("Privacy Policy", en_h, en_b))
    assert [code for _, _, code in found] == ["P003"]
    assert "is out of order: in the Chinese text (" in result.findings[0].message


def test_a_missing_section_is_one_finding_and_the_rest_still_pair(tmp_path):
    result, found = _pair(tmp_path, _doc("隐私政策", _ZH_SECTIONS, _ZH_BODIES),
                          _doc("Privacy Policy", _EN_SECTIONS[:4] + _EN_SECTIONS[5:], _EN_BODIES[:4] + _EN_BODIES[5:]))
    assert found == [("en", 19, "P002")]
    assert result.findings[0].message.startswith(
        "section \u201c信息的保存\u201d of the Chinese text (")
    assert "translate it and place it after section \u201cSharing of information\u201d (line 19)." in result.findings[0].message


def test_numbering_from_zero_quantities_in_headings_and_facts_written_differently(tmp_path):
    zh = ("# 退款政策（第2版）\n\n本政策自 2026 年 5 月 16 日起施行。\n\n## 0. 定义\n\n“订单”指您的一次购买。\n\n"
          "## 1. 30 天退款窗口\n\n您可在收货后三十日内申请退款，我们在两个工作日内答复。\n\n"
          "## 2. 联系我们\n\n请发送邮件至 [refund@example.cn](mailto:refund@example.cn)，或访问 example.cn。\n")
    en = ("# Refund Policy (v2)\n\nThis policy takes effect on May 16, 2026.\n\n## 0. Definitions\n\n"
          "\u201cOrder\u201d means one purchase of yours.\n\n"
          "## 1. 30-day refund window\n\nYou may ask for a refund within thirty (30) days of delivery; we reply "
          "within two working days.\n\n## 2. Contact us\n\nWrite to refund@example.cn or visit example.cn.\n")
    _, found = _pair(tmp_path, zh, en)
    assert found == []
    _, found = _pair(tmp_path / "changed", zh.replace("2026 年 5 月 16 日", "2026 年 6 月 16 日"), en)
    assert found == [("en", 7, "F002")]


def test_a_heading_that_starts_with_a_quantity_is_not_numbered(tmp_path):
    zh = "# 退款政策\n\n## 30 天退款窗口\n\n您可在三十日内申请退款。\n\n## 退款方式\n\n原路退回。\n"
    en = "# Refund Policy\n\n## 30-day refund window\n\nYou may ask for a refund within 30 days.\n\n## How refunds are paid\n\nTo the original means of payment.\n"
    result, found = _pair(tmp_path, zh, en)
    assert found == [], [str(f) for f in result.findings]


def test_messages_are_written_as_a_lawyer_would(tmp_path):
    (tmp_path / "zh").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "zh" / "p.md").write_text("# 声明\n\n开头。\n\n第二段。\n\n## 1. 范围\n\n全部服务。\n", encoding="utf-8")
    (tmp_path / "en" / "p.md").write_text("# Notice\n\nOpening.\n\n## 1. Scope\n\nAll services.\n", encoding="utf-8")
    result = run_check(parity_config(), str(tmp_path))
    messages = [f.message for f in result.findings]
    assert any(m.startswith("an English page must declare that it is a translation") for m in messages)
    assert not any("a English" in m or "paragraphs has" in m for m in messages)


def test_addresses_and_domains_are_facts(tmp_path):
    zh = "# 说明\n\n## 1. 服务器\n\n服务器地址为 192.168.1.10，网站为 example.cn。\n"
    en = "# Notice\n\n## 1. Servers\n\nThe server address is 192.168.1.11; the website is example.com.\n"
    result, found = _pair(tmp_path, zh, en)
    assert sorted(code for _, _, code in found) == ["F004", "F004"]
    messages = " ".join(f.message for f in result.findings)
    assert "the IP address 192.168.1.10 (" in messages and "where the English text has the IP address 192.168.1.11" in messages
    assert "where the English text has the URL example.com" in messages


def test_lists_written_differently_are_not_count_differences(tmp_path):
    zh = ("# 说明\n\n## 1. 我们收集的信息\n\n我们收集以下信息：\n\n· 您的姓名；\n· 您的电话号码；\n· 您的电子邮箱地址；\n"
          "· 您的收货地址；\n· 您的订单记录。\n\n## 2. 信息的使用\n\n我们使用您的信息提供服务。\n\n"
          "我们不会将您的信息用于其他目的。\n")
    en = ("# Notice\n\n## 1. Information we collect\n\nWe collect the following information:\n\n"
          "* your name;\n* your telephone number;\n* your e-mail address;\n* your delivery address;\n"
          "* your order history.\n\n## 2. Use of information\n\n- We use your information to provide the services.\n"
          "  - We do not use it for any other purpose.\n")
    result, found = _pair(tmp_path, zh, en)
    assert found == [], [str(f) for f in result.findings]
    _, found = _pair(tmp_path / "dropped", zh, en.replace("* your e-mail address;\n", ""))
    assert [code for _, _, code in found] == ["P007"]


# --- how translations legitimately reshape a text (issue 10, second round) ---------------------

_NESTED_ZH = ("# 行为准则\n\n## 社区行为准则\n\n作为社区的贡献者和维护者，我们承诺尊重所有参与者，无论其经验水平、国籍或宗教如何。\n\n"
              "## 范围\n\n本准则适用于项目空间和公共空间。\n\n## 社区活动\n\n由基金会举办的活动受其《活动行为准则》"
              "（https://events.example.org/coc/）管辖。\n\n## 报告\n\n如需报告，请发送邮件至 conduct@example.org。\n")
_NESTED_EN = ("---\ntranslation_of: zh\n---\n\n# Code of Conduct\n\n## Code of Conduct v1.3\n\n"
              "### Community Code of Conduct\n\nAs contributors and maintainers of the community, we pledge to respect all "
              "participants, regardless of their level of experience, nationality or religion.\n\n"
              "## Scope\n\nThis code applies within project spaces and in public spaces.\n\n### Community events\n\n"
              "Events held by the foundation are governed by its Events Code of Conduct "
              "(https://events.example.org/coc/).\n\n## Reporting\n\nTo report, write to conduct@example.org.\n")


def _write(tmp_path, zh, en, name="coc"):
    for lang, text in (("zh", zh), ("en", en)):
        (tmp_path / lang).mkdir(parents=True, exist_ok=True)
        (tmp_path / lang / f"{name}.md").write_text(text, encoding="utf-8")
    result = run_check(parity_config(), str(tmp_path))
    return result, [(f.file.split("/")[-2], f.line, f.code) for f in result.findings]


def test_sections_nested_one_level_deeper_are_one_finding_not_missing_sections(tmp_path):
    result, found = _write(tmp_path, _NESTED_ZH, _NESTED_EN)
    # the English heading with the version has no Chinese counterpart; the two sections it nests
    # deeper are paired with theirs (their URL and facts compared there), in one P004
    assert found == [("en", 7, "P002"), ("en", 9, "P004")], [str(f) for f in result.findings]
    message = result.findings[1].message
    assert message.startswith("the English text places two sections one level deeper than the Chinese text: "
                              "section \u201cCommunity Code of Conduct\u201d (line 9, ### here, ## at ")
    assert "section \u201cCommunity events\u201d (line 17, ### here, ## at " in message
    assert message.endswith("Use the heading levels of the Chinese text.")
    # a fact changed inside a section nested deeper is still found, in that section
    _, found = _write(tmp_path / "changed", _NESTED_ZH, _NESTED_EN.replace("events.example.org/coc/", "events.example.org/code/"))
    assert sorted(code for _, _, code in found) == ["F004", "P002", "P004"]


_STEPS_ZH = ("# 许可证\n\n## 1. 授予许可\n\n每个贡献者授予您永久性的、全球性的、免费的版权许可。\n\n"
             "条款结束。\n\n## 如何应用本许可证\n\n如果您希望将本许可证应用到您的新软件，建议您完成如下三步：\n\n"
             "1， 请您补充如下声明中的空白，包括软件名、软件的首次发表年份以及您作为版权人的名字；\n\n"
             "2， 请您在软件包的一级目录下创建以“LICENSE”为名的文件，将整个许可证文本放入该文件中；\n\n"
             "3， 请将如下声明文本放入每个源文件的头部注释中。\n\n## 声明\n\n"
             "[Software Name] is licensed under the Example License.\nYou may obtain a copy of it at:\n"
             "http://license.example.org/EL\nTHIS SOFTWARE IS PROVIDED ON AN \"AS IS\" BASIS, WITHOUT WARRANTIES OF ANY KIND.\n"
             "See the Example License for more details.\n")
_STEPS_EN = ("---\ntranslation_of: zh\n---\n\n# License\n\n## 1. Grant of Copyright License\n\n"
             "Each Contributor hereby grants to you a perpetual, worldwide, royalty-free copyright license.\n\n"
             "## End of the Terms and Conditions\n\n## How to apply this License\n\n"
             "To apply this License to your work, you are suggested to complete following three steps:\n\n"
             "i. Fill in the blanks in following statement, including your software name, the year of the first "
             "publication of your software, and your name identified as the copyright owner;\n"
             "ii. Create a file named \u201cLICENSE\u201d which contains the whole context of this License in the "
             "first directory of your software package;\n"
             "iii. Attach the statement to the appropriate annotated syntax at the beginning of each source file.\n\n"
             "## Statement\n\n[Software Name] is licensed under the Example License.\nYou may obtain a copy of it at:\n"
             "http://license.example.org/EL\nTHIS SOFTWARE IS PROVIDED ON AN \"AS IS\" BASIS, WITHOUT WARRANTIES OF ANY KIND.\n\n"
             "See the Example License for more details.\n")


def test_steps_written_as_lines_a_heading_written_as_a_paragraph_and_english_inside_chinese(tmp_path):
    # "i." "ii." "iii." as lines of one block against paragraphs "1，" "2，" "3，"; the heading "End of
    # the Terms and Conditions" against the paragraph "条款结束。"; an English notice in both texts,
    # split into two paragraphs in one of them only
    result, found = _write(tmp_path, _STEPS_ZH, _STEPS_EN, "license")
    assert found == [], [str(f) for f in result.findings]


def test_content_really_missing_among_reshaped_blocks_is_still_found(tmp_path):
    step = ("ii. Create a file named \u201cLICENSE\u201d which contains the whole context of this License in the "
            "first directory of your software package;\n")
    result, found = _write(tmp_path / "step", _STEPS_ZH, _STEPS_EN.replace(step, ""), "license")
    assert [code for _, _, code in found] == ["P006"], [str(f) for f in result.findings]
    assert "the Chinese paragraph at " in result.findings[0].message and "2， 请您在软件包" in result.findings[0].message
    notice = "See the Example License for more details.\n"
    result, found = _write(tmp_path / "notice", _STEPS_ZH, _STEPS_EN.replace(
        "[Software Name] is licensed under the Example License.\n", ""), "license")
    assert found == [], "a line shorter than a paragraph is within the tolerance of lengths"
    result, found = _write(tmp_path / "end", _STEPS_ZH, _STEPS_EN.replace(
        "## End of the Terms and Conditions\n\n", ""), "license")
    assert found == [], "条款结束。 is too short to be a finding of its own"
    extra = "\n\nThis paragraph was added by the translator and says something the Chinese text does not say at all.\n"
    result, found = _write(tmp_path / "added", _STEPS_ZH, _STEPS_EN.replace(notice, notice + extra), "license")
    assert [code for _, _, code in found] == ["P006"], [str(f) for f in result.findings]
    assert "this paragraph (\u201cThis paragraph was added by the translat\u2026\u201d) has no counterpart" in result.findings[0].message


def test_a_dropped_paragraph_names_its_facts_once(tmp_path):
    zh = "# 说明\n\n## 1. 保存\n\n我们保存您的订单信息。\n\n交易记录保存三年，自交易完成之日起计算，期满后删除。\n"
    en = ("---\ntranslation_of: zh\n---\n\n# Notice\n\n## 1. Retention\n\nWe keep your order information.\n")
    result, found = _write(tmp_path, zh, en, "retention")
    assert found == [("en", 7, "P006")], [str(f) for f in result.findings]
    assert ", which states the number 3 (\u201c三\u201d), has no counterpart in the English text; translate it." \
        in result.findings[0].message


def test_articles_and_chapters_in_english_headings_are_the_numbers_of_the_chinese(tmp_path):
    zh = ("# 管理办法\n\n## 第一章 总则\n\n### 第一条 目的\n\n为规范个人信息处理活动，制定本办法。\n\n"
          "### 第二条 适用范围\n\n本办法适用于本公司的全部业务。\n\n## 第二章 附则\n\n### 第三条 施行日期\n\n"
          "本办法自 2027 年 1 月 1 日起施行。\n")
    en = ("---\ntranslation_of: zh\n---\n\n# Measures\n\n## Chapter I General Provisions\n\n### Article 1 Purpose\n\n"
          "These Measures are formulated to regulate the handling of personal information.\n\n"
          "### Article 2 Scope\n\nThese Measures apply to all businesses of the Company.\n\n"
          "## Chapter II Supplementary Provisions\n\n### Article 3 Effective date\n\n"
          "These Measures take effect on 1 January 2027.\n")
    result, found = _write(tmp_path, zh, en, "measures")
    assert found == [], [str(f) for f in result.findings]
    _, found = _write(tmp_path / "renumbered", zh, en.replace("### Article 2 Scope", "### Article 3 Scope"), "measures")
    assert ("en", 13, "P005") in found


_CLAUSES_ZH = """# 隐私政策

## 1. 适用范围

本政策适用于本平台提供的全部服务，包括网站、移动应用程序和小程序。

## 2. 信息的使用

我们将您的个人信息用于以下目的：

（一）为您提供服务，包括：

1、处理您的订单并安排配送；

2、向您发送订单状态和服务变更的通知；

（二）改进我们的服务，包括分析服务的使用情况和排查故障。

## 3. 联系我们

如有疑问，请致函 privacy@example.cn。
"""
_ITEMS_EN = "---\ntranslation_of: zh\n---\n\n" + """# Privacy Policy

## 1. Scope

This policy applies to all services provided by the platform, including the website, the mobile applications and the mini programs.

## 2. Use of information

We use your personal information for the following purposes:

- (a) to provide the services to you, including:
  - processing your orders and arranging delivery;
  - sending you notices of the status of your orders and of changes to the services;
- (b) to improve our services, including analysing how the services are used and troubleshooting.

## 3. Contact us

If you have questions, write to privacy@example.cn.
"""


def test_numbered_clauses_written_as_a_nested_list_are_no_missing_sections(tmp_path):
    # （一） with its 1、 2、 under it, against "- (a)" items with nested items: the same content
    result, found = _write(tmp_path, _CLAUSES_ZH, _ITEMS_EN, "uses")
    assert found == [], [str(f) for f in result.findings]
    # an item really missing is still found, as one missing clause of section 2 (a nested item is
    # compared as part of its parent item, so the clause named may be its neighbour: a known limit)
    dropped = _ITEMS_EN.replace("  - sending you notices of the status of your orders and of changes to the services;\n", "")
    result, found = _write(tmp_path / "dropped", _CLAUSES_ZH, dropped, "uses")
    assert [code for _, _, code in found] == ["P002"], [str(f) for f in result.findings]
    assert result.findings[0].message.startswith("clause 2.")
    assert "has no counterpart in the English text; translate it and place it after section 2" in result.findings[0].message


# --- round 4's causes, generally (issue 10, fifth round) ----------------------------------------

_MAIL_ZH = ("# 社区沟通<a name=\"ZH-CN_TOPIC_1\"></a>\n\n遇到问题时请加入邮件列表参与讨论。\n\n"
            "## 如何订阅邮件列表<a name=\"section1032\"></a>\n\n点击您想订阅的邮件列表的名称，按说明订阅。\n\n"
            "<a name=\"table1987\"></a>\n<table><thead align=\"left\"><tr id=\"row1\"><th class=\"cellrowborder\" valign=\"top\" "
            "width=\"30.757924207579244%\" id=\"mcps1.2.4.1.1\"><p id=\"p1287\"><a name=\"p1287\"></a><a name=\"p1287\"></a>邮件地址</p>\n"
            "</th>\n<th class=\"cellrowborder\" valign=\"top\" width=\"69.24207579244%\" id=\"mcps1.2.4.1.2\"><p id=\"p9227\">"
            "<a name=\"p9227\"></a><a name=\"p9227\"></a>简介</p>\n</th>\n</tr>\n</thead>\n"
            + "".join(f"<tr id=\"row{k}\"><td class=\"cellrowborder\" valign=\"top\" width=\"30.757924207579244%\" headers=\"mcps1.2.4.1.1 \">"
                      f"<p id=\"p{k}1\"><a name=\"p{k}1\"></a><a name=\"p{k}1\"></a>{name}@example.org</p>\n</td>\n"
                      f"<td class=\"cellrowborder\" valign=\"top\" width=\"69.24207579244%\" headers=\"mcps1.2.4.1.2 \"><p id=\"p{k}2\">"
                      f"<a name=\"p{k}2\"></a><a name=\"p{k}2\"></a>{what}</p>\n</td>\n</tr>\n"
                      for k, (name, what) in enumerate((("contact", "公共邮箱"), ("dev", "开发邮件列表"), ("ci", "构建邮件列表"))))
            + "</tbody>\n</table>\n\n## 如何发送邮件到邮件列表<a name=\"section0980\"></a>\n\n请向上表中列出的邮件地址发送您的电子邮件。\n")
_MAIL_EN = ("---\ntranslation_of: zh\n---\n\n# Communication\n\nIf you have problems, join the mail lists for discussion.\n\n"
            "## How Do I Subscribe to a Mail List?\n\nClick the name of the mail list you want and follow the steps.\n\n"
            "| Email Address | Introduction |\n| :--- | :--- |\n| contact@example.org | Public mailbox |\n"
            "| dev@example.org | Development mail list |\n| ci@example.org | Build mail list |\n\n"
            "## How Do I Send Emails to a Mail List?\n\nSend your email to an address listed in the table above.\n")


def test_an_html_table_and_anchors_in_headings_do_not_keep_sections_apart(tmp_path):
    result, found = _write(tmp_path, _MAIL_ZH, _MAIL_EN)
    assert found == [], [str(f) for f in result.findings]
    # a changed address in the table is still found, naming both
    result, found = _write(tmp_path / "changed", _MAIL_ZH, _MAIL_EN.replace("| dev@example.org |", "| devel@example.org |"))
    assert [code for _, _, code in found] == ["F003"]
    assert "dev@example.org" in result.findings[0].message and "devel@example.org" in result.findings[0].message
    # headings are named without their HTML
    result, found = _write(tmp_path / "dropped", _MAIL_ZH, _MAIL_EN.split("## How Do I Send")[0])
    assert [code for _, _, code in found] == ["P002"]
    assert "section \u201c如何发送邮件到邮件列表\u201d of the Chinese text" in result.findings[0].message


_RULES_ZH = ("# 版权规范\n\n## 版权头\n\n1. 文件原则上都应当包含版权和许可头声明，除非是如下几种场景：\n"
             "* 添加声明会影响文件的功能，如JSON文件不支持注释。\n* 工具生成的文件，且包含说明由工具生成的信息。\n"
             "* 简短的供用户阅读的说明文件，如README等。\n\n2. 版权头声明形式如下：\n```\nCopyright (C) [年份] [版权所有者]\n```\n\n"
             "3. 版权头中的年份为作品发布的年份。\n")
_RULES_EN = ("---\ntranslation_of: zh\n---\n\n# Copyright Rules\n\n## Copyright Header\n\n"
             "1. In principle, all files must contain copyright and license header statements, except in the following "
             "scenarios:\n   * Adding the statement affects the functions of the file, for example JSON files do not support "
             "comments.\n   * A file generated by a tool that says it was generated.\n   * A brief file for users to read, for "
             "example README.\n2. The format of the copyright header is as follows:\n\n   ```\n   Copyright (C) [Year] [Holder]\n"
             "   ```\n\n3. The year in the copyright header is the year the work is released.\n")


def test_a_list_nested_in_one_language_and_at_the_margin_in_the_other_is_no_finding(tmp_path):
    result, found = _write(tmp_path, _RULES_ZH, _RULES_EN)
    assert found == [], [str(f) for f in result.findings]
    # a sub-point really left out is still one finding
    result, found = _write(tmp_path / "dropped", _RULES_ZH,
                           _RULES_EN.replace("   * A file generated by a tool that says it was generated.\n", ""))
    assert [code for _, _, code in found] == ["P007"], [str(f) for f in result.findings]


def test_a_note_a_bold_heading_and_localized_links_are_no_finding(tmp_path):
    zh = ("# 行为准则\n\n## 归属\n\n本行为准则改编自贡献者公约 1.4 版，参见 https://www.contributor-covenant.org/zh-cn/version/1/4/"
          "code-of-conduct.html 。\n\n常见问题的答案见下列页面：\n\n1. 常见问题\n2. 翻译\n")
    en = ("---\ntranslation_of: zh\n---\n\n# Code of Conduct\n\n## **Attribution:**\n\nThis Code of Conduct is adapted "
          "from the Contributor Covenant, version 1.4, available at https://www.contributor-covenant.org/version/1/4/"
          "code-of-conduct/ .\n\n> **Note**\n>\n> For answers to common questions, see these pages:\n>\n> 1. FAQ\n"
          "> 2. Translations\n")
    result, found = _write(tmp_path, zh, en)
    assert found == [], [str(f) for f in result.findings]
    result, found = _write(tmp_path / "changed", zh, en.replace("version/1/4/", "version/2/0/"))
    assert [code for _, _, code in found] == ["F004"]
    assert result.findings[0].message.startswith("section \u201cAttribution\u201d: the Chinese text has the URL ")


def test_a_link_to_one_page_with_the_anchor_of_each_language_is_no_finding_but_another_anchor_is(tmp_path):
    zh = ("# 许可证\n\n## 许可协议\n\n项目使用的许可协议见[这里](https://gitee.com/openharmony#%E8%AE%B8%E5%8F%AF%E5%8D%8F%E8%AE%AE)；"
          "审查工具见[这里](https://gitee.com/openharmony-sig/tools_oat#oat%E5%BC%80%E6%BA%90)。\n")
    en = ("---\ntranslation_of: zh\n---\n\n# Licences\n\n## Licence agreements\n\nThe licences the project uses are "
          "listed in the [licence agreement](https://gitee.com/openharmony#license-agreement); see the "
          "[audit tool](https://gitee.com/openharmony-sig/tools_oat/blob/master/README.md).\n")
    result, found = _write(tmp_path, zh, en)
    assert found == [], [str(f) for f in result.findings]
    # two English anchors that differ are two places of the page: still a finding
    result, found = _write(tmp_path / "anchors", zh.replace("#%E8%AE%B8%E5%8F%AF%E5%8D%8F%E8%AE%AE", "#licenses"), en)
    assert [code for _, _, code in found] == ["F004"], [str(f) for f in result.findings]


@pytest.mark.parametrize("numbered", [True, False])
def test_a_short_item_dropped_from_a_list_whose_other_items_correspond_is_a_finding(tmp_path, numbered):
    """The translation is wordier than the Chinese, so the section is not short for the item it lacks; and the
    item is a few characters. It is still plainly missing: the list's other items pair one to one (or its number
    is skipped)."""
    items_zh = ["使用的代码中的版权或其他知识产权持有人提出法律索赔", "代码的接收者提出的索赔", "无意中发布了不允许发布的代码",
                "名誉损失", "资金损失", "违反合约"]
    items_en = ["Legal claims raised against us by the holders of copyright or of any other intellectual property "
                "rights in the code that we use in our projects and products",
                "Claims raised against us by the recipients of the code that we distribute, whether in source or binary "
                "form", "Inadvertently releasing code that we are not permitted to release, in whole or in part",
                "Loss of reputation", "Financial loss", "Breach of the contracts we have entered into with others"]
    mark = (lambda k: f"{k}. ") if numbered else (lambda k: "- ")
    def text(items, drop=None):
        return "\n".join(mark(k + 1) + item for k, item in enumerate(items) if k != drop) + "\n"
    zh = "# 合规\n\n## 后果\n\n不遵守本政策可能导致：\n\n" + text(items_zh)
    en = ("---\ntranslation_of: zh\n---\n\n# Compliance\n\n## Consequences\n\nFailing to comply with this policy "
          "may result in:\n\n")
    result, found = _write(tmp_path, zh, en + text(items_en))
    assert found == [], [str(f) for f in result.findings]
    # item 4 dropped; numbered, the English list then goes 1, 2, 3, 5, 6
    result, found = _write(tmp_path / "dropped", zh, en + text(items_en, drop=3))
    assert [code for _, _, code in found] == ["P007"], [str(f) for f in result.findings]
    message = result.findings[0].message
    assert "(\u201c" + mark(4) + "名誉损失\u201d)" in message and "has no counterpart in the English text" in message
    # numbered, the number the English skips tells which; unnumbered, the item of like length next to it is named too
    # (the alignment cannot tell "名誉损失" from "资金损失" against "Financial loss")
    assert ("资金损失" in message) is not numbered


def test_two_sections_unpaired_at_the_same_place_are_compared_as_a_pair(tmp_path):
    zh_h, zh_b = list(_ZH_SECTIONS), list(_ZH_BODIES)
    en_h, en_b = list(_EN_SECTIONS), list(_EN_BODIES)
    # a section translated freely: a much longer English text under another title
    en_h[4] = "How long we keep it"
    en_b[4] = ("We keep your personal information for three years from the end of our relationship; when that period "
               "ends, we delete it or anonymise it so that it can no longer identify you, and we ask the companies "
               "that process it for us to do the same, unless the law requires us to keep it for longer.")
    result, found = _pair(tmp_path, _doc("隐私政策", zh_h, zh_b), _doc("Privacy Policy", en_h, en_b))
    assert found == [], [str(f) for f in result.findings]
    # a section replaced by one that says something else: one finding naming both, not two P002
    en_b[4] = ("We use cookies on our website and in our apps to remember your choices and to count visits; you can "
               "refuse them in your browser's settings at any time, and we then use only those needed for the site to "
               "work, which we list on our cookies page.")
    result, found = _pair(tmp_path / "replaced", _doc("隐私政策", zh_h, zh_b), _doc("Privacy Policy", en_h, en_b))
    assert [code for _, _, code in found] == ["P002"], [str(f) for f in result.findings]
    m = result.findings[0].message
    assert m.startswith("section \u201cHow long we keep it\u201d stands where the Chinese text has section \u201c信息的保存\u201d (")
    assert m.endswith("but does not read as its translation (they have no fact in common); check that it translates "
                      "that section.")


def test_a_lead_in_and_its_list_written_as_one_paragraph_is_no_finding(tmp_path):
    zh = ("# 说明\n\n## 1. 我们收集的信息\n\n我们收集以下信息：\n\n- 您的姓名和您的电话号码；\n- 您的电子邮箱地址和您的收货地址；\n"
          "- 您的订单记录和您的支付记录；\n- 您的设备信息和您的日志信息。\n\n## 2. 信息的使用\n\n我们使用您的信息提供服务。\n")
    en = ("# Notice\n\n## 1. Information we collect\n\nWe collect the following information: your name and your telephone "
          "number; your e-mail address and your delivery address; your order history and your payment records; your device "
          "information and your logs.\n\n## 2. Use of information\n\nWe use your information to provide the services.\n")
    result, found = _pair(tmp_path, zh, en)
    assert found == [], [str(f) for f in result.findings]
    # an item with a fact left out of the prose is still found
    result, found = _pair(tmp_path / "dropped", zh.replace("您的订单记录和您的支付记录；", "您的订单记录（保存 3 年）；"), en)
    assert [code for _, _, code in found] == ["F001"], [str(f) for f in result.findings]


def test_html_comments_and_the_labels_of_footnotes_and_reference_links_are_not_compared(tmp_path):
    # the Chinese keeps the English it translates in comments (as the Kubernetes Chinese pages do); the English
    # writes its links as references and a remark as a footnote
    zh = ("# 安全公告\n\n## 报告漏洞\n\n<!--\nTo report a vulnerability, please send an email to security@example.org\n"
          "within 30 days.\n\nSee https://example.org/security for more.\n-->\n\n请在 30 天内将漏洞报告发送至 security@example.org，"
          "详情参见 https://example.org/security 。我们会在三个工作日内答复。\n")
    en = ("# Security Announcements\n\n## Report a Vulnerability\n\nTo report a vulnerability, send an email to "
          "security@example.org within 30 days; see [our security page][1] for more.[^2]\n\n"
          "[1]: https://example.org/security\n\n[^2]: We answer within three working days.\n")
    result, found = _pair(tmp_path, zh, en)
    assert found == [], [str(f) for f in result.findings]
    # a fact changed outside the comment is still one finding
    result, found = _pair(tmp_path / "changed", zh.replace("请在 30 天内", "请在 20 天内"), en)
    assert [code for _, _, code in found] == ["F001"], [str(f) for f in result.findings]


def test_two_sections_merged_under_one_heading_are_named_as_such_not_as_missing(tmp_path):
    en = _doc("Privacy Policy", _EN_SECTIONS[:7] + ["Changes and contact"],
              _EN_BODIES[:7] + [_EN_BODIES[7] + " " + _EN_BODIES[8]])
    result, found = _pair(tmp_path, _doc("隐私政策", _ZH_SECTIONS, _ZH_BODIES), en)
    assert [code for _, _, code in found] == ["P002"], [str(f) for f in result.findings]
    m = result.findings[0].message
    assert m.startswith("section \u201c联系我们\u201d of the Chinese text (") and \
        "has no heading of its own in the English text: its text appears to be part of section \u201cChanges and contact" \
        "\u201d here (line 35)" in m
    # a section really missing is still reported as missing
    en = _doc("Privacy Policy", _EN_SECTIONS[:8], _EN_BODIES[:8])
    result, found = _pair(tmp_path / "dropped", _doc("隐私政策", _ZH_SECTIONS, _ZH_BODIES), en)
    assert [code for _, _, code in found] == ["P002"]
    assert "has no counterpart in the English text; translate it" in result.findings[0].message


def test_a_language_switch_and_template_markup_in_one_language_only_are_no_finding(tmp_path):
    zh = ("# 行为准则\n\n[English](README.md) | 简体中文\n\n## 我们的承诺\n\n{{< note >}}\n作为贡献者和维护者，我们承诺尊重所有参与者。\n"
          "{{< /note >}}\n\n本准则适用于所有项目空间。\n\n::: tip 提示\n如需报告，请发送邮件至 conduct@example.org。\n:::\n")
    en = ("# Code of Conduct\n\n## Our Pledge\n\nAs contributors and maintainers, we pledge to respect all participants.\n\n"
          "This code applies within all project spaces.\n\nTo report, write to conduct@example.org.\n")
    result, found = _pair(tmp_path, zh, en)
    assert found == [], [str(f) for f in result.findings]
    # a paragraph that names languages in a sentence is text
    result, found = _pair(tmp_path / "text", zh.replace("[English](README.md) | 简体中文",
                                                        "本准则另有英文版本和日文版本，内容与中文版本一致，如有不一致之处以中文版本为准。"), en)
    assert [code for _, _, code in found] == ["P006"], [str(f) for f in result.findings]
    assert result.findings[0].message.startswith("the opening text: the Chinese paragraph at ")


@pytest.mark.parametrize("lang, old, message", [
    ("zh", "# 数据处理说明\n", "the Chinese text has no title line (`# …`) but the English text has one; both need one."),
    ("en", "# Data Processing Notice\n", "the Chinese text has a title line (`# …`) but the English text has none; "
                                         "both need one."),
])
def test_a_title_line_in_one_language_only_is_said_in_plain_english(pair, lang, old, message):
    pair.edit(lang, old, "")
    result, found = pair.check()
    titles = [f for f in result.findings if f.code == "P008"]
    assert [f.message for f in titles] == [message]



def test_a_first_heading_written_for_the_missing_title_is_named_once(tmp_path):
    zh = "## 社区合规问题管理\n\n### 上报流程\n\n发现问题后，请在 5 个工作日内上报。\n\n### 标签\n\n每个问题都有一个标签。\n"
    en = ("---\ntranslation_of: zh\n---\n\n# Compliance Issue Management\n\n## Reporting\n\nReport a problem within 5 "
          "working days of finding it.\n\n## Labels\n\nEvery issue has a label.\n")
    result, found = _write(tmp_path, zh, en)
    assert [code for _, _, code in found] == ["P008", "P004"], [str(f) for f in result.findings]
    assert result.findings[0].message.endswith(
        "both need one. The Chinese text's first heading, \u201c社区合规问题管理\u201d (" + str(tmp_path / "zh" / "coc.md")
        + ":1), stands where a title would and may be meant as one.")


_BOLD_ZH = ("# 用户协议\n\n**一、总则**\n\n1.1 本协议由您与本公司于2024年1月1日订立。\n\n1.2 您应当年满18周岁。\n\n"
            "**二、账户**\n\n2.1 如有疑问，请联系 support@example.com。\n\n2.2 我们将在30日内答复。\n\n"
            "**三、终止**\n\n您可以随时注销账户。\n")
_BOLD_EN = ("---\ntranslation_of: zh\n---\n\n# User Agreement\n\n**1. General**\n\n1.1 This Agreement is entered into "
            "between you and the Company on January 1, 2024.\n\n1.2 You must be at least 18 years old.\n\n"
            "**2. Account**\n\n2.1 For questions, contact support@example.com.\n\n2.2 We will reply within 30 days.\n\n"
            "**3. Termination**\n\nYou may close your account at any time.\n")


def test_articles_set_in_bold_are_numbered_sections_with_their_points_under_them(tmp_path):
    # "**一、总则**" with "1.1 …" under it: the usual form of a Chinese user agreement in Markdown
    result, found = _write(tmp_path / "same", _BOLD_ZH, _BOLD_EN)
    assert found == [], [str(f) for f in result.findings]
    # a dropped point and a changed period: one finding each, none for the numbers of the bold lines
    en = _BOLD_EN.replace("1.2 You must be at least 18 years old.\n\n", "").replace("30 days", "15 days")
    result, found = _write(tmp_path / "defects", _BOLD_ZH, en)
    assert [code for _, _, code in found] == ["P002", "F001"], [str(f) for f in result.findings]
    assert result.findings[0].message.startswith("clause 1.2 of the Chinese text (")
    assert "the number 30 (" in result.findings[1].message and "the number 15" in result.findings[1].message


def test_articles_set_as_headings_in_one_language_and_in_bold_in_the_other_are_one_finding(tmp_path):
    en = _BOLD_EN.replace("**1. General**", "## 1. General").replace("**2. Account**", "## 2. Account") \
        .replace("**3. Termination**", "## 3. Termination")
    result, found = _write(tmp_path, _BOLD_ZH, en)
    assert [code for _, _, code in found] == ["P004"], [str(f) for f in result.findings]
    assert result.findings[0].message.startswith(
        "three sections are headings here but numbered paragraphs in the Chinese text: section 1 (\u201cGeneral\u201d) (line 7; ")


def test_an_article_number_in_bold_or_opening_a_sentence_is_the_english_of_di_yi_tiao(tmp_path):
    zh = ("# 数据处理协议\n\n**第一条** 为了规范个人信息处理活动，制定本协议。\n\n**第二条** 受托人应当在30日内删除个人信息。\n\n"
          "**第三条** 本协议自2025年3月1日起施行。\n")
    en = ("---\ntranslation_of: zh\n---\n\n# Data Processing Agreement\n\n**Article 1** This Agreement is made to regulate "
          "personal information processing activities.\n\nArticle 2 The entrusted party shall delete the personal "
          "information within 30 days.\n\nArticle 3 This Agreement takes effect on March 1, 2026.\n")
    result, found = _write(tmp_path, zh, en)
    assert [code for _, _, code in found] == ["F002"], [str(f) for f in result.findings]
    assert "clause 3" in result.findings[0].message and "2025-03-01" in result.findings[0].message
    # a sentence about an article of another text is no clause
    result, found = _write(tmp_path / "prose", "# 说明\n\n## 范围\n\n《通用数据保护条例》第五条适用。\n\n**依照该法第三条，但有例外**\n",
                           "---\ntranslation_of: zh\n---\n\n# Notes\n\n## Scope\n\nArticle 5 of the GDPR applies.\n\n"
                           "**Article 3 of the Act, except**\n")
    assert found == [], [str(f) for f in result.findings]


def test_parts_set_in_bold_with_roman_numerals_are_the_english_of_yi_er_san(tmp_path):
    # Ascend's contributing guide (round 30): "**一、源码**" against "**I. Source Code**", in texts without headings;
    # read as paragraphs, the English was one opening text compared with the Chinese's first clause (27 findings)
    zh = ("**介绍**\n\n欢迎各位开发者！\n\n**一、源码**\n\n1. 请使用C++或Python实现。\n\n2. 注释率为30%。\n\n"
          "**二、许可证**\n\n请添加 Apache 2.0 许可证声明。\n\n**三、PR**\n\n每个PR只解决一个问题。\n")
    en = ("---\ntranslation_of: zh\n---\n\n**Introduction**\n\nWelcome, developers!\n\n**I. Source Code**\n\n"
          "1. Use C++ or Python.\n\n2. The comment rate is 30%.\n\n**II. License Rules**\n\nAdd the Apache 2.0 "
          "license declaration.\n\n**III. PR Rules**\n\nEach PR solves one problem.\n")
    result, found = _write(tmp_path / "same", zh, en)
    assert [code for _, _, code in found if code != "E003"] == [], [str(f) for f in result.findings]
    result, found = _write(tmp_path / "changed", zh, en.replace("30%", "20%"))
    assert [code for _, _, code in found if code != "E003"] == ["F001"], [str(f) for f in result.findings]
    assert "clause 1 (\u201cI.\u201d)" in next(f.message for f in result.findings if f.code == "F001")


def test_tables_of_contents_in_both_texts_are_compared_as_their_sections(tmp_path):
    # EasyTier's contributing guide (round 30): twenty entries in the Chinese table of contents, twelve in the English;
    # the headings they name are compared as sections, not the entries as list items
    zh = ("# 贡献指南\n\n## 目录\n\n- [开发环境](#开发环境)\n  - [必需工具](#必需工具)\n- [构建指南](#构建指南)\n"
          "- [需要帮助？](#需要帮助)\n\n## 开发环境\n\n请安装 Node.js v21。\n\n### 必需工具\n\n- pnpm v9\n\n## 构建指南\n\n"
          "运行构建命令。\n\n## 需要帮助？\n\n请提交 issue。\n")
    en = ("---\ntranslation_of: zh\n---\n\n# Contributing\n\n## Table of Contents\n\n"
          "- [Development Environment](#development-environment)\n- [Build Guide](#build-guide)\n\n"
          "## Development Environment\n\nInstall Node.js v21.\n\n### Required Tools\n\n- pnpm v9\n\n"
          "## Build Guide\n\nRun the build command.\n\n## Need Help?\n\nOpen an issue.\n")
    result, found = _write(tmp_path / "both", zh, en)
    assert found == [], [str(f) for f in result.findings]
    # a section the English text leaves out is one finding, not one more for its entry
    en = en.replace("\n\n## Need Help?\n\nOpen an issue.\n", "\n")
    result, found = _write(tmp_path / "missing", zh, en)
    assert [code for _, _, code in found] == ["P002"], [str(f) for f in result.findings]


def test_a_list_summed_up_in_one_sentence_is_one_finding(tmp_path):
    zh = ("# 隐私政策\n\n## 1. 我们不做什么\n\n我们承诺：\n\n- 不出售、出租或共享你的任何数据；\n- 不加载或执行远程代码（所有代码随扩展一同分发）；\n"
          "- 不注入广告、不做联属推广、不改变你的主页、搜索引擎或新标签页；\n- 不使用 Cookie 或指纹识别技术跟踪你；\n"
          "- 不将数据传输给开发者或任何第三方。\n\n## 2. 联系我们\n\n请发送邮件至 a@example.com。\n")
    en = ("---\ntranslation_of: zh\n---\n\n# Privacy Policy\n\n## 1. What we do not do\n\nWe do not sell, rent or share any "
          "of your data; we never load or run remote code, since all code ships with the extension; we inject no ads.\n\n"
          "## 2. Contact\n\nWrite to a@example.com.\n")
    result, found = _write(tmp_path, zh, en)
    assert [code for _, _, code in found] == ["P006"], [str(f) for f in result.findings]
    assert result.findings[0].message.startswith(
        "section 1 (\u201cWhat we do not do\u201d): the English text says in one paragraph or item what the Chinese "
        "text says in six paragraphs and items (")
    assert "it sums them up" in result.findings[0].message
    # the whole list, translated as one paragraph of prose: no finding
    full = en.replace("We do not sell, rent or share any of your data; we never load or run remote code, since all "
                      "code ships with the extension; we inject no ads.",
                      "We promise: we do not sell, rent or share any of your data; we do not load or run remote code "
                      "(all code ships with the extension); we inject no ads, do no affiliate promotion and never change "
                      "your home page, search engine or new tab page; we use no cookies or fingerprinting to track you; "
                      "and we send no data to the developer or any third party.")
    result, found = _write(tmp_path / "full", zh, full)
    assert found == [], [str(f) for f in result.findings]


_TABLE_ZH = ("# 隐私设计\n\n## 具体保证\n\n| 层面 | 做法 |\n|---|---|\n| 原始记录 | 导入后原文件保持只读，不参与任何外发路径 |\n"
             "| 脱敏 | 中档脱敏在入库前执行，是分析的唯一文本来源 |\n| 模拟隔离 | 推演写入独立的分支表，主库零写入 |\n"
             "| 密钥 | 只从环境变量读，不落盘、不入库 |\n| Web 导入 | 上传的文件仅落本机临时目录；上传、预览、提交链路结束（含失败）立即删除；"
             "预览只返回统计与脱敏样例，不回显原文；响应不含服务器路径 |\n| 仓库卫生 | 数据目录永远不入库；示例数据为纯虚构 |\n")
_TABLE_EN = ("---\ntranslation_of: zh\n---\n\n# Privacy design\n\n## Concrete guarantees\n\n| Layer | What we do |\n|---|---|\n"
             "| Raw records | The source file is never modified and never feeds any outbound path |\n"
             "| Sanitization | Medium-level sanitization runs before anything is stored; it is the only text source |\n"
             "| Simulation isolation | Replays write to separate branch tables; the main DB gets zero writes |\n"
             "| Keys | Read from environment variables only, never written to disk or the repo |\n"
             "| Web import | Uploaded files land only in the local temp directory; the upload, preview and commit chain "
             "deletes them immediately when it ends (including failures); preview returns statistics and sanitized "
             "samples only, never raw text or server paths |\n| Repo hygiene | The data folder is never committed; sample "
             "data is purely fictional |\n")


def test_a_table_row_missing_between_rows_that_have_their_counterparts_is_a_finding(tmp_path):
    """A row has no other shape in a table: short and without a fact, it is still missing (a translation
    does not join two rows into one)."""
    result, found = _write(tmp_path, _TABLE_ZH, _TABLE_EN)
    assert found == [], [str(f) for f in result.findings]
    result, found = _write(tmp_path / "dropped", _TABLE_ZH, _TABLE_EN.replace(
        "| Keys | Read from environment variables only, never written to disk or the repo |\n", ""))
    assert [code for _, _, code in found] == ["P006"]
    assert "密钥" in result.findings[0].message


_PARTS_ZH = ("# 许可协议\n\n## 第一部分：序言\n\n本协议适用于模型的使用。\n\n## 第二部分：许可\n\n#### 1. 权利授予\n\n我们授予您使用的权利。\n\n"
             "#### 2. 再分发\n\n您可以再分发本模型。\n\n## 第三部分：其他条款\n\n#### 3. 商标\n\n本协议不授予商标权。\n")
_PARTS_EN = ("---\ntranslation_of: zh\n---\n\n# Licence Agreement\n\n## **Part One: Preamble**\n\nThis agreement applies to the "
             "use of the model.\n\n## **Part Two: Licence**\n\n#### 1. Grant of Rights\n\nWe grant you the right to use it.\n\n"
             "#### 2. Redistribution\n\nYou may redistribute the model.\n\n## **Part Three: Other Terms**\n\n#### 3. Trademarks\n\n"
             "This agreement grants no trademark rights.\n")


def test_parts_numbered_in_words_in_bold_headings_and_their_clauses(tmp_path):
    """第一部分 and "**Part One:**" are both numbers; the clauses numbered on through the parts agree. Where the
    English parts have no number, that is one P005, not one more for each clause under them."""
    result, found = _write(tmp_path, _PARTS_ZH, _PARTS_EN)
    assert found == [], [str(f) for f in result.findings]
    plain = _PARTS_EN.replace("**Part One: Preamble**", "Preamble").replace("**Part Two: Licence**", "Licence") \
        .replace("**Part Three: Other Terms**", "Other Terms")
    result, found = _write(tmp_path / "unnumbered", _PARTS_ZH, plain)
    assert [code for _, _, code in found] == ["P005"], [str(f) for f in result.findings]
    assert "numbers all 3 of its sections" in result.findings[0].message


_ZH_SHARING = ("未经您同意，我们不会向第三方提供您的个人信息。我们仅在提供服务所必需的范围内，将您的订单信息提供给配送服务商，"
               "并要求其按照本政策保护您的个人信息。如法律、行政法规要求，或者国家机关依法要求，我们将依法提供您的个人信息，"
               "并在法律允许时告知您。")
_EN_SHARING = ("We do not provide your personal information to third parties without your consent. We give your order "
               "information to delivery companies only as far as the services require, and require them to protect your "
               "personal information under this policy.", "Where laws or administrative regulations require it, or state "
               "authorities lawfully demand it, we provide your personal information as the law requires and tell you "
               "where the law allows.")


def test_a_section_divided_into_subsections_under_an_empty_heading_is_one_finding(tmp_path):
    # the English sets the Chinese section 信息的共享 as an empty heading over two subsections of its own
    zh = _doc("隐私政策", _ZH_SECTIONS, _ZH_BODIES[:3] + [_ZH_SHARING] + _ZH_BODIES[4:])
    divided = (f"## Sharing of information\n\n### With service providers\n\n{_EN_SHARING[0]}\n\n"
               f"### With authorities\n\n{_EN_SHARING[1]}\n\n")
    en = _doc("Privacy Policy", _EN_SECTIONS[:3], _EN_BODIES[:3]) + divided + \
        "".join(f"## {h}\n\n{b}\n\n" for h, b in zip(_EN_SECTIONS[4:], _EN_BODIES[4:]))
    result, found = _pair(tmp_path, zh, en)
    assert [code for _, _, code in found] == ["P004"], [str(f) for f in result.findings]
    m = result.findings[0].message
    assert m.startswith("section \u201cSharing of information\u201d is divided here into subsections that the Chinese text "
                        "does not have: section \u201cWith service providers\u201d (line ") and "\u201c信息的共享\u201d" in m
    # the other way round: the Chinese divides the section, the English has one
    zh_divided = zh.replace(_ZH_SHARING, "### 向服务商提供\n\n" + _ZH_SHARING.replace("如法律", "\n\n### 向国家机关提供\n\n如法律"))
    en_one = _doc("Privacy Policy", _EN_SECTIONS, _EN_BODIES[:3] + [" ".join(_EN_SHARING)] + _EN_BODIES[4:])
    result, found = _pair(tmp_path / "zh-divided", zh_divided, en_one)
    assert [code for _, _, code in found] == ["P004"], [str(f) for f in result.findings]
    assert "is one section here, but the Chinese text divides it" in result.findings[0].message
    assert "\u201c向服务商提供\u201d" in result.findings[0].message
    # what the subsections leave out is still found, in the section they make up
    zh_two = zh.replace("如法律", "\n\n如法律")  # the section in two paragraphs, one for each subsection
    result, found = _pair(tmp_path / "dropped-fact", zh_two.replace("依法提供", "在 15 日内依法提供"), en)
    assert sorted(code for _, _, code in found) == ["F001", "P004"], [str(f) for f in result.findings]
    assert any("15" in f.message for f in result.findings if f.code == "F001")
    # a section missing where the other text has an unrelated heading with subsections is not taken for it
    unrelated = ("## Sharing of information\n\n### Cookies\n\nWe use cookies.\n\n### Analytics\n\nWe count visits.\n\n")
    result, found = _pair(tmp_path / "unrelated", zh, en.replace(divided, unrelated))
    assert "P004" not in [code for _, _, code in found], [str(f) for f in result.findings]


def test_list_items_missing_one_after_the_other_are_one_finding(tmp_path):
    kinds = [("账户信息", "account information"), ("订单记录", "order records"), ("支付记录", "payment records"),
             ("客服通话录音", "recordings of calls to customer service"), ("设备日志", "device logs"), ("位置信息", "location data")]
    zh = "# 隐私政策\n\n## 信息的保存\n\n我们按以下期限保存您的信息：\n\n" + \
        "".join(f"- {z}：保存 {k + 1} 年；\n" for k, (z, _) in enumerate(kinds)) + "\n## 联系我们\n\n请致函我们。\n"

    def en(keep):
        return ("# Privacy Policy\n\n## Retention\n\nWe keep your information as follows:\n\n"
                + "".join(f"- {e}: {k + 1} years;\n" for k, (_, e) in enumerate(kinds) if k in keep)
                + "\n## Contact us\n\nWrite to us.\n")

    result, found = _pair(tmp_path, zh, en({0, 1, 5}))
    assert [code for _, _, code in found] == ["P007"], [str(f) for f in result.findings]
    m = result.findings[0].message
    assert "three list items of the Chinese text, one after the other at" in m and ":9\u201311 (" in m
    assert "支付记录" in m and "客服通话录音" in m and "设备日志" in m and "which state the number 3, the number 4 and the number 5, have" in m
    # items dropped apart are two findings, each naming its item
    result, found = _pair(tmp_path / "apart", zh, en({0, 2, 3, 5}))
    assert [code for _, _, code in found] == ["P007", "P007"], [str(f) for f in result.findings]
    messages = [f.message for f in result.findings]
    assert sorted(("订单记录" in m, "设备日志" in m) for m in messages) == [(False, True), (True, False)], messages


def test_links_to_one_page_in_each_language_are_no_finding(tmp_path):
    # help pages that name the language in their path or query: each text links its own language's page
    zh = ("# 隐私政策\n\n## Cookie\n\n您可以在浏览器中管理 Cookie：[Chrome](https://support.google.com/chrome/answer/95647?hl=zh-Hans)、"
          "[Safari](https://support.apple.com/kb/PH19214?locale=zh_CN)、"
          "[Edge](https://support.microsoft.com/zh-cn/help/17442/manage-cookies)。\n")
    en = ("# Privacy Policy\n\n## Cookies\n\nYou can manage cookies in your browser: "
          "[Chrome](https://support.google.com/chrome/answer/95647?hl=en), "
          "[Safari](https://support.apple.com/kb/PH19214?locale=en_US&viewlocale=en_US), "
          "[Edge](https://support.microsoft.com/en-us/help/17442/manage-cookies).\n")
    result, found = _pair(tmp_path, zh, en)
    assert found == [], [str(f) for f in result.findings]
    # another page is still another page
    result, found = _pair(tmp_path / "other", zh, en.replace("PH19214?locale=en_US", "PH19215?locale=en_US"))
    assert [code for _, _, code in found] == ["F004"], [str(f) for f in result.findings]
    assert "PH19215" in result.findings[0].message


def test_a_link_changed_among_others_is_named_with_the_link_it_replaces(tmp_path):
    # one help page moved to another host of its site, and a link added: the changed link is named with its
    # replacement, not as one link missing and another added
    zh = ("# 隐私政策\n\n## Cookie\n\n详见 [Opera](https://help.opera.com/en/latest/security-and-privacy/) 与 "
          "[Edge](https://support.microsoft.com/help/17442)。\n")
    en = ("# Privacy Policy\n\n## Cookies\n\nSee [Opera](http://www.opera.com/help/tutorials/security/privacy/), "
          "[Edge](https://support.microsoft.com/help/17442) and [AboutCookies](https://www.aboutcookies.org/).\n")
    result, found = _pair(tmp_path, zh, en)
    assert [code for _, _, code in found] == ["F004", "F004"], [str(f) for f in result.findings]
    changed, added = sorted((f.message for f in result.findings), key=lambda m: "aboutcookies" in m)
    assert "has the URL https://help.opera.com/en/latest/security-and-privacy/ (" in changed and \
        "where the English text has the URL http://www.opera.com/help/tutorials/security/privacy/" in changed
    assert "the URL https://www.aboutcookies.org/ is not in the Chinese text" in added


def test_an_address_to_fill_in_written_in_each_language_is_one_address(tmp_path):
    # SOFARPC's and TuGraph's contributing guides (rounds 29, 33): "git clone https://github.com/您的账号名/sofa-rpc.git"
    # against "…/your account name/sofa-rpc.git", which the English URL ends at its first space
    zh = "# 贡献\n\n## 获取源码\n\n运行 git clone https://github.com/您的账号名/sofa-rpc.git 下载代码。\n"
    en = "# Contributing\n\n## Get the code\n\nRun git clone https://github.com/your account name/sofa-rpc.git.\n"
    result, found = _pair(tmp_path / "blank", zh, en)
    assert found == [], [str(f) for f in result.findings]
    # another repository is still another address
    result, found = _pair(tmp_path / "other", zh, en.replace("github.com/your account name/sofa-rpc", "gitee.com/sofa"))
    assert [code for _, _, code in found] == ["F004"], [str(f) for f in result.findings]


def test_a_language_switch_in_one_text_only_is_no_paragraph_to_translate(tmp_path):
    # dsh-tui's contributing guide (round 34): "English · [中文](CONTRIBUTING.md)" opens the English only
    zh = "# 贡献指南\n\n## 开始\n\n请先安装依赖。\n"
    en = "# Contributing\n\nEnglish · [中文](CONTRIBUTING.md)\n\n## Getting started\n\nInstall the dependencies first.\n"
    result, found = _pair(tmp_path, zh, en)
    assert found == [], [str(f) for f in result.findings]
    # KTTC's (round 53): above each title a switch, the English one of five languages, each named in its own script
    zh = ("[English](CONTRIBUTING.md) · [Русский](CONTRIBUTING.ru.md) · **中文**\n\n# 为 KTTC 贡献代码\n\n"
          "感谢您对为 KTTC 贡献代码的兴趣！我们欢迎来自社区的贡献。\n\n## 开始\n\n请先安装依赖，再运行全部测试，确认它们在您的"
          "机器上通过。\n\n## 提交\n\n每个提交只做一件事，提交信息使用祈使句。\n")
    en = ("**English** · [Русский](CONTRIBUTING.ru.md) · [中文](CONTRIBUTING.zh.md) · [हिन्दी](CONTRIBUTING.hi.md) · "
          "[فارسی](CONTRIBUTING.fa.md)\n\n# Contributing to KTTC\n\nThank you for your interest in contributing to "
          "KTTC! We welcome contributions from the community.\n\n## Getting started\n\nInstall the dependencies first, "
          "then run all the tests and check that they pass on your machine.\n\n## Commits\n\nEach commit does one "
          "thing; write its message in the imperative mood.\n")
    result, found = _pair(tmp_path / "five", zh, en)
    assert found == [], [str(f) for f in result.findings]


def test_an_admonition_above_the_title_opens_the_text_under_the_title(tmp_path):
    # Triggerfish's cookie policy (round 39): ":::warning 提示 / 这是一份便利翻译。… / :::" above "# Cookie 政策"; the
    # title was taken for a section, and the note's one true difference came out as three false findings
    zh = (":::warning 提示\n这是一份便利翻译。[英文版本](/cookie-policy) 是具有法律约束力的文件。\n:::\n\n# Cookie 政策\n\n"
          "**最后更新：2026 年 3 月 2 日**\n\n## 1. 什么是 Cookie\n\nCookie 是小型数据文件。\n")
    en = ("# Cookie Policy\n\n**Last updated March 02, 2026**\n\n## 1. What are cookies\n\nCookies are small data files.\n")
    result, found = _pair(tmp_path, zh, en)
    assert [code for _, _, code in found] == ["P006"], [str(f) for f in result.findings]
    assert "(\u201c:::warning 提示 这是一份便利翻译。" in result.findings[0].message


def test_a_translation_that_numbers_no_section_at_any_level_is_one_finding(tmp_path):
    # ODC's contributing guide (round 41): the Chinese numbers its headings at six levels ("# 1.", "## 3.1", "### 4.2.1"
    # …), the English none: six P005, one per level, for one cause
    zh = "# 指南\n\n## 1. 范围\n\n适用于所有人。\n\n### 1.1 定义\n\n术语。\n\n## 2. 规则\n\n遵守规则。\n\n### 2.1 细则\n\n细节。\n"
    en = ("# Guide\n\n## Scope\n\nIt applies to everyone.\n\n### Definitions\n\nTerms.\n\n## Rules\n\nFollow the rules."
          "\n\n### Details\n\nDetails.\n")
    result, found = _pair(tmp_path, zh, en)
    assert [code for _, _, code in found] == ["P005"], [str(f) for f in result.findings]
    assert "numbers all 4 of its sections at 3 levels and the English text numbers none of its 4 sections there" \
        in result.findings[0].message


@pytest.mark.parametrize("zh, en, not_", [("著作权许可", "Copyright License", "著作权"), ("精神权利", "Moral Rights", "权利"),
                                          ("权利保留", "Reservation of Rights", "权利"),
                                          ("对外许可", "Outbound License", "许可证")])
def test_the_headings_of_a_licence_speak_of_the_same_concepts_in_both_languages(zh, en, not_):
    # DIPCP's contributor licence agreement (round 32): 许可 alone is a licence, as 许可证 is; moral rights and the
    # reservation of rights are not rights alone
    from tooling.checks.lexicon import concepts

    assert concepts(zh) == concepts(en) and concepts(zh) != concepts(not_)


@pytest.mark.parametrize("traditional, simplified", [("行為準則", "行为准则"), ("隱私政策與個人資料", "隐私政策与个人资料"),
                                                    ("回報安全問題", "回报安全问题"), ("著作權", "著作权")])
def test_a_text_in_traditional_chinese_speaks_of_the_same_concepts(traditional, simplified):
    # BigGo's contribution guide (round 24) is in Traditional Chinese: its short sections without facts are told
    # apart by what they speak of, as those of a text in Simplified Chinese are; 著 is Simplified too (著作权)
    from tooling.checks.lexicon import concepts

    assert concepts(traditional) == concepts(simplified) and concepts(simplified)


def test_the_title_repeated_over_the_sections_is_no_section_to_translate(tmp_path):
    # UMI-Dex's code of conduct (round 43): the Chinese repeats its title, "### 贡献者公约行为准则", over its sections
    # (set a level lower); the English does not. Said "has no counterpart … translate it" where there is nothing to
    # translate; the sections' levels still differ (P004)
    zh = ("# 贡献者公约行为准则\n\n本项目采用贡献者公约。\n\n### 贡献者公约行为准则\n\n#### 我们的承诺\n\n我们承诺在 30 天内答复。\n\n"
          "#### 执行\n\n请联系 conduct@example.com。\n")
    en = ("---\ntranslation_of: zh\n---\n\n# Contributor Covenant Code of Conduct\n\nThis project adopts the "
          "Contributor Covenant.\n\n## Our Pledge\n\nWe pledge to reply within 30 days.\n\n## Enforcement\n\n"
          "Contact conduct@example.com.\n")
    result, found = _write(tmp_path / "same", zh, en)
    assert [code for _, _, code in found] == ["P004"], [str(f) for f in result.findings]
    # a heading only in Chinese that is not the title, or that has text of its own, is still a section to translate
    for other in (zh.replace("### 贡献者公约行为准则", "### 适用范围"),
                  zh.replace("### 贡献者公约行为准则\n", "### 贡献者公约行为准则\n\n本准则适用于所有社区成员。\n")):
        result, found = _write(tmp_path / str(len(other)), other, en)
        assert "P002" in [code for _, _, code in found], [str(f) for f in result.findings]


def test_each_language_links_its_own_page_of_a_site_even_where_the_pages_name_is_translated(tmp_path):
    # AI DevCopilot's guide (round 42): git-scm.com's book in Chinese and in English, semver.org's Chinese page
    zh = ("# 贡献指南\n\n## 准备\n\n请先[安装 Git](https://git-scm.com/book/zh/v2/%E8%B5%B7%E6%AD%A5-%E5%AE%89%E8%A3%85-Git)"
          "，并遵循[语义化版本](https://semver.org/lang/zh-CN/)。\n")
    en = ("---\ntranslation_of: zh\n---\n\n# Contributing\n\n## Preparation\n\nFirst [install Git]"
          "(https://git-scm.com/book/en/v2/Getting-Started-Installing-Git) and follow [Semantic Versioning]"
          "(https://semver.org/).\n")
    result, found = _write(tmp_path / "same", zh, en)
    assert found == [], [str(f) for f in result.findings]
    # another version, or another page named alike in both languages, is still a changed link
    ascii_zh = zh.replace("%E8%B5%B7%E6%AD%A5-%E5%AE%89%E8%A3%85-Git", "Getting-Started-Installing-Git")
    for k, (zh_text, en_text) in enumerate([
            (zh, en.replace("/en/v2/", "/en/v1/")),
            (ascii_zh, en.replace("Getting-Started-Installing-Git", "Git-Basics-Tagging"))]):
        result, found = _write(tmp_path / f"changed{k}", zh_text, en_text)
        assert [code for _, _, code in found] == ["F004"], [str(f) for f in result.findings]


def test_a_lead_in_the_translation_adds_over_a_list_is_no_finding_but_one_it_drops_is(tmp_path):
    # Mnemonas's security policy and Foxel's guide (rounds 44 and 45): "Reports should include the following
    # information:" under "### What to Include", where the Chinese gives the list under "### 报告内容" alone
    zh = ("# 安全策略\n\n## 报告内容\n\n1. **描述**：漏洞的清晰说明\n2. **影响**：潜在影响和严重程度\n\n## 响应\n\n"
          "所有报告都将被审查：\n\n- 我们在 48 小时内确认收到\n- 我们在 7 天内给出初步评估\n")
    en = ("---\ntranslation_of: zh\n---\n\n# Security Policy\n\n## What to Include\n\nReports should include the "
          "following information:\n\n1. **Description**: A clear description of the vulnerability\n2. **Impact**: "
          "Potential impact and severity\n\n## Response\n\nAll reports will be reviewed:\n\n- We acknowledge receipt "
          "within 48 hours\n- We give a first assessment within 7 days\n")
    result, found = _write(tmp_path / "added", zh, en)
    assert found == [], [str(f) for f in result.findings]
    # the lead-in of the authoritative text dropped is an omission (the corpus's "All Pull Requests will be reviewed:")
    result, found = _write(tmp_path / "dropped", zh, en.replace("All reports will be reviewed:\n\n", ""))
    assert [code for _, _, code in found] == ["P006"], [str(f) for f in result.findings]
    assert "所有报告都将被审查" in result.findings[0].message


def test_a_line_linking_each_languages_version_is_no_text_to_translate(tmp_path):
    # ImgConvert's privacy policy (round 45): "English version: <https://…/privacy/#en>" and "简体中文公开版：<…#zh-CN>"
    # in Chinese, "Chinese version: <…#zh-CN>" in English; Flovart's "[English controlling version](./PRIVACY_POLICY.md)"
    # against "[中文版本](./PRIVACY_POLICY.zh-CN.md)"
    zh = ("# 隐私政策\n\n生效日期：2026-08-19\n\nEnglish version: <https://example.github.io/app/privacy/#en>\n\n"
          "简体中文公开版：<https://example.github.io/app/privacy/#zh-CN>\n\n[English controlling version](./PRIVACY.md)\n\n"
          "## 收集的信息\n\n我们不收集任何个人信息。\n")
    en = ("---\ntranslation_of: zh\n---\n\n# Privacy Policy\n\nEffective date: August 19, 2026\n\nChinese version: "
          "<https://example.github.io/app/privacy/#zh-CN>\n\n[中文版本](./PRIVACY.zh-CN.md)\n\n## Information Collected\n\n"
          "We collect no personal information.\n")
    result, found = _write(tmp_path / "same", zh, en)
    assert found == [], [str(f) for f in result.findings]
    # a sentence that names a language is text
    result, found = _write(tmp_path / "text", zh.replace("English version: <https://example.github.io/app/privacy/#en>",
                                                         "英文版本仅供参考，以中文版本为准。"), en)
    assert [code for _, _, code in found] == ["P006"], [str(f) for f in result.findings]


def test_an_opening_text_under_a_first_heading_is_the_other_texts_opening_text(tmp_path):
    # Volcano's membership and contributing guides (round 47): "# 社区成员", then "## Volcano社区成员" holding the note
    # and the roles one level deeper, against "# Volcano Community Membership" with the note under the title
    zh = ("# 社区成员\n\n## Volcano社区成员\n\n**请注意：** 本文档根据社区反馈持续更新，详见 https://example.org/volcano/roles 。\n\n"
          "### 成员\n\n成员须获得 2 名审阅者的支持。\n\n### 维护者\n\n维护者须担任审阅者至少 2 个月。\n")
    en = ("---\ntranslation_of: zh\n---\n\n# Volcano Community Membership\n\n**Note:** We update this document with the "
          "community's feedback; see https://example.org/volcano/roles.\n\n## Member\n\nMembers are sponsored by 2 "
          "reviewers.\n\n## Maintainer\n\nMaintainers have been reviewers for at least 2 months.\n")
    result, found = _write(tmp_path / "same", zh, en)
    # one finding, for the levels of the roles; none for the opening text said missing in one and added in the other
    assert [code for _, _, code in found] == ["P004"], [str(f) for f in result.findings]
    # the facts of the opening text are compared with those of that section
    result, found = _write(tmp_path / "changed", zh, en.replace("volcano/roles", "volcano/members"))
    assert sorted(code for _, _, code in found) == ["F004", "P004"], [str(f) for f in result.findings]
    assert found[0][1] == 7 and "volcano/members" in result.findings[0].message


def test_link_definitions_and_translation_notes_are_not_text_but_a_prevailing_language_clause_is(tmp_path):
    # Volcano (round 47): "[two-factor authentication]: https://…", a definition no link uses; Dify: "本文档由 AI 自动翻译。
    # 如有任何不准确之处，请参考 [英文原版](/en/…)" above the Chinese only
    zh = ("# 指南\n\n本文档由 AI 自动翻译。如有任何不准确之处，请参考 [英文原版](/en/guide)。\n\n## 要求\n\n"
          "- 已为其 GitHub 账号启用双因素认证，并在提交代码时使用该账号\n- 已参与社区的开发、评审和讨论至少 2 个月\n"
          "- 已在社区的代码仓库中提交并合并至少 5 个拉取请求，且其中至少一个为较大的改动\n")
    en = ("---\ntranslation_of: zh\n---\n\n# Guide\n\n## Requirements\n\n- Has enabled two-factor authentication for "
          "their GitHub account and uses it to submit code\n- Has taken part in the community's development, reviews "
          "and discussions for at least 2 months\n- Has had at least 5 pull requests merged into the community's "
          "repositories, at least one of them a substantial change\n\n"
          "[two-factor authentication]: https://help.github.com/articles/about-two-factor-authentication\n")
    result, found = _write(tmp_path / "notes", zh, en)
    assert found == [], [str(f) for f in result.findings]
    # a definition a link uses is the address of that link
    used = en.replace("Has enabled two-factor authentication", "Has enabled [two-factor authentication][]")
    result, found = _write(tmp_path / "used", zh, used)
    assert [code for _, _, code in found] == ["F004"], [str(f) for f in result.findings]
    assert "about-two-factor-authentication" in result.findings[0].message
    # a note that says which text prevails is a term of the text
    prevails = zh.replace("如有任何不准确之处，请参考", "如有任何不一致，以").replace("(/en/guide)。", "(/en/guide)为准。")
    result, found = _write(tmp_path / "prevails", prevails, en)
    assert [code for _, _, code in found] == ["P006"] and "opening text" in result.findings[0].message, \
        [str(f) for f in result.findings]


def test_a_list_item_moved_within_its_list_is_no_missing_item(tmp_path):
    # Dify's plugin guidelines (round 47): related resources linking each language's pages, in another order
    zh = ("# 指南\n\n## 相关资源\n\n- [发布插件概述](/zh/publishing/release-overview) - 插件发布流程的概述与步骤\n"
          "- [隐私数据保护指南](/zh/publishing/privacy-guidelines) - 隐私政策编写指南与示例\n"
          "- [发布到插件市场](/zh/publishing/release-to-marketplace) - 在官方市场发布插件的方法\n"
          "- [远程调试插件](/zh/features/remote-debug) - 插件远程调试的指南\n")
    en = ("---\ntranslation_of: zh\n---\n\n# Guidelines\n\n## Related resources\n\n"
          "- [Publishing Overview](/en/publishing/release-overview) - an overview of publishing and its steps\n"
          "- [Publish to the Marketplace](/en/publishing/release-to-marketplace) - how to publish in the official "
          "marketplace\n- [Privacy Guidelines](/en/publishing/privacy-guidelines) - how to write a privacy policy, with "
          "examples\n- [Remote Debugging](/en/features/remote-debug) - a guide to debugging a plugin remotely\n")
    result, found = _write(tmp_path / "moved", zh, en)
    assert found == [], [str(f) for f in result.findings]
    # an item dropped is still missing
    dropped = en.replace("- [Privacy Guidelines](/en/publishing/privacy-guidelines) - how to write a privacy policy, "
                         "with examples\n", "")
    result, found = _write(tmp_path / "dropped", zh, dropped)
    assert [code for _, _, code in found] == ["P007"] and "隐私数据保护指南" in result.findings[0].message, \
        [str(f) for f in result.findings]


def test_a_figure_changed_into_one_the_section_states_elsewhere_is_found(tmp_path):
    # dsh-tui's guide (round 36's defect): "Node.js 24 (dev default; the CI test matrix runs Node 22/24)" made
    # "Node.js 22 (…)": both texts still state 22 and 24, one of them once more
    zh = ("# 贡献指南\n\n## 开发环境\n\n- Node.js 24（开发默认；CI 测试矩阵为 Node 22/24）；包管理用 npm。\n"
          "- 提交前运行 `npm test`，测试须在 5 分钟内完成。\n")
    en = ("---\ntranslation_of: zh\n---\n\n# Contributing\n\n## Development environment\n\n- Node.js 24 (dev default; "
          "the CI test matrix runs Node 22/24); package management uses npm.\n- Run `npm test` before committing; the "
          "tests must finish within 5 minutes.\n")
    result, found = _write(tmp_path / "same", zh, en)
    assert found == [], [str(f) for f in result.findings]
    result, found = _write(tmp_path / "changed", zh, en.replace("Node.js 24", "Node.js 22"))
    assert [code for _, _, code in found] == ["F001"], [str(f) for f in result.findings]
    assert "the number 24" in result.findings[0].message and "the number 22" in result.findings[0].message
    # a figure stated once more in one text, the rest the same, is no changed figure
    result, found = _write(tmp_path / "again", zh, en.replace("within 5 minutes", "within 5 minutes (Node 22)"))
    assert found == [], [str(f) for f in result.findings]


def test_a_paragraph_dropped_from_under_a_heading_or_from_the_opening_is_named_by_its_text(tmp_path):
    # OwlMail's security policy and guide (round 49's defects): the one paragraph under "## Reporting a Vulnerability"
    # (its subsections kept) dropped, and the opening paragraph dropped
    zh = ("# 贡献指南\n\n感谢您对本项目的关注！我们欢迎所有形式的贡献。\n\n## 报告安全漏洞\n\n我们非常重视本项目的安全性。"
          "如果您发现了安全漏洞，请不要在公共 Issue 中报告。\n\n### 如何报告\n\n请发送邮件至 security@example.dev，并使用"
          "描述性的主题行。\n\n### 响应时间\n\n我们会在 48 小时内确认收到您的报告。\n")
    en = ("---\ntranslation_of: zh\n---\n\n# Contributing Guide\n\nThank you for your interest in the project! We welcome "
          "contributions of all kinds.\n\n## Reporting a Vulnerability\n\nWe take the security of the project seriously. "
          "If you discover a security vulnerability, please do not report it in a public issue.\n\n### How to Report\n\n"
          "Please send an e-mail to security@example.dev with a descriptive subject line.\n\n### Response Time\n\n"
          "We acknowledge receipt of your report within 48 hours.\n")
    result, found = _write(tmp_path / "same", zh, en)
    assert found == [], [str(f) for f in result.findings]
    section = en.replace("We take the security of the project seriously. If you discover a security vulnerability, "
                         "please do not report it in a public issue.\n\n", "")
    result, found = _write(tmp_path / "section", zh, section)
    assert [code for _, _, code in found] == ["P006"] and "我们非常重视本项目的安全性" in result.findings[0].message, \
        [str(f) for f in result.findings]
    opening = en.replace("Thank you for your interest in the project! We welcome contributions of all kinds.\n\n", "")
    result, found = _write(tmp_path / "opening", zh, opening)
    assert [code for _, _, code in found] == ["P006"] and "感谢您对本项目的关注" in result.findings[0].message, \
        [str(f) for f in result.findings]


def test_a_short_item_dropped_among_short_items_is_named_by_what_it_speaks_of(tmp_path):
    # atlas-richie-platform's contributing guide (round 51's defect): what a pull request describes, four short items;
    # the English drops the last. Their lengths alone named the first ("变更动机") missing
    zh = ("# 贡献指南\n\n## 贡献流程\n\n1. Fork 仓库并创建功能分支。\n2. 完成开发与自测，确保不引入新的构建错误。\n"
          "3. 提交 Pull Request，并清晰描述：\n   - 变更动机\n   - 主要改动\n   - 验证方式\n   - 兼容性影响（如有）\n"
          "4. 根据评审意见迭代，直至合并。\n")
    en = ("---\ntranslation_of: zh\n---\n\n# Contributing\n\n## Contribution Workflow\n\n"
          "1. Fork the repository and create a feature branch.\n2. Develop and self-test locally; avoid introducing "
          "build failures.\n3. Open a Pull Request describing:\n   - Motivation\n   - Main changes\n"
          "   - How you verified the change\n   - Compatibility impact (if any)\n4. Iterate based on review feedback "
          "until merged.\n")
    result, found = _write(tmp_path / "same", zh, en)
    assert found == [], [str(f) for f in result.findings]
    result, found = _write(tmp_path / "dropped", zh, en.replace("   - Compatibility impact (if any)\n", ""))
    assert [code for _, _, code in found] == ["P007"] and "兼容性影响" in result.findings[0].message, \
        [str(f) for f in result.findings]


def test_an_item_dropped_with_its_facts_is_named_not_a_neighbour_without_any(tmp_path):
    # KTTC's contributing guide (round 53's defect): "Avoid deep nesting (max 3-4 levels)" dropped from five short
    # practices; by their lengths the last item was named missing, and 3 and 4 reported apart as two F001
    zh = ("# 贡献指南\n\n## 最佳实践\n\n- 为新功能编写单元测试\n- 测试边缘情况和错误条件\n- 使用描述性测试名称\n"
          "- 避免深层嵌套（最多 3-4 层）\n- 遵循单一职责原则\n")
    en = ("---\ntranslation_of: zh\n---\n\n# Contributing\n\n## Best Practices\n\n- Write unit tests for new "
          "functionality\n- Test edge cases and error conditions\n- Use descriptive test names\n- Avoid deep nesting "
          "(max 3-4 levels)\n- Follow the Single Responsibility Principle\n")
    result, found = _write(tmp_path / "same", zh, en)
    assert found == [], [str(f) for f in result.findings]
    result, found = _write(tmp_path / "dropped", zh, en.replace("- Avoid deep nesting (max 3-4 levels)\n", ""))
    assert [code for _, _, code in found] == ["P007"], [str(f) for f in result.findings]
    assert "避免深层嵌套" in result.findings[0].message and "3" in result.findings[0].message


def test_a_line_of_language_links_above_the_title_of_one_text_only_is_no_finding(tmp_path):
    # Web Agent's security policy (round 55): "**语言：** [English](…) · [简体中文](…) · …" above the Chinese title only;
    # it was read as the opening text, the title as a section missing from the English, and no title line (P008)
    zh = ("**语言：** [English](SECURITY.md) · [简体中文](SECURITY.zh-CN.md) · [Español](SECURITY.es.md) · "
          "[العربية](SECURITY.ar.md)\n\n# 安全策略\n\n## 受支持版本\n\n本项目目前在最新的默认分支和最新发布的标签上维护。\n\n"
          "## 报告漏洞\n\n请不要公开提交问题，请通过私密渠道报告，我们会在收到后尽快回复。\n")
    en = ("# Security Policy\n\n## Supported Versions\n\nThis project is currently "
          "maintained on the latest default branch and the latest tagged release.\n\n## Reporting a Vulnerability\n\n"
          "Please do not open a public issue; report it privately, and we will reply as soon as we receive it.\n")
    result, found = _pair(tmp_path, zh, en)
    assert found == [], [str(f) for f in result.findings]


def test_a_language_switch_that_marks_the_language_shown_is_no_text(tmp_path):
    # Ascentia's security policy (round 56): "**语言：** [English](SECURITY.md) | **简体中文（本页）**" under the Chinese
    # title, "**Language:** **English (this page)** | [简体中文](SECURITY.zh-CN.md)" under the English
    zh = ("# 安全政策\n\n**语言：** [English](SECURITY.md) | **简体中文（本页）**\n\n## 受支持的版本\n\n"
          "仅最新发布的版本会收到安全更新，请升级后再报告问题。\n")
    en = ("# Security\n\n**Language:** **English (this page)** | [简体中文](SECURITY.zh-CN.md)\n\n"
          "## Supported Versions\n\nOnly the latest release receives security updates; please upgrade before "
          "reporting a problem.\n")
    result, found = _pair(tmp_path, zh, en)
    assert found == [], [str(f) for f in result.findings]


def test_the_addresses_of_a_language_switch_are_no_facts_and_a_long_switch_is_still_one(tmp_path):
    # Code Ontology Companion (round 62): each text's switch links the other languages its own way, relative paths in
    # Chinese, the repository's absolute URLs in English (a line of 282 characters, of which 60 are read)
    zh = ("# 安全政策\n\n[English](../../SECURITY.md) | [한국어](../ko/SECURITY.md) | [日本語](../ja/SECURITY.md) | "
          "[简体中文](SECURITY.md)\n\n## 报告漏洞\n\n请通过仓库的私密渠道报告漏洞，我们会在 7 天内回复。\n")
    base = "https://github.com/o/code-ontology-companion/blob/main/docs"
    en = (f"# Security Policy\n\n[English](SECURITY.md) | [한국어]({base}/ko/SECURITY.md) | [日本語]({base}/ja/SECURITY.md) | "
          f"[简体中文]({base}/zh-CN/SECURITY.md)\n\n## Reporting a vulnerability\n\n"
          "Report vulnerabilities through the repository's private channel; we reply within 7 days.\n")
    result, found = _pair(tmp_path, zh, en)
    assert found == [], [str(f) for f in result.findings]
    # a changed figure beside it is still found
    result, found = _pair(tmp_path / "changed", zh, en.replace("within 7 days", "within 9 days"))
    assert [code for _, _, code in found] == ["F001"], [str(f) for f in result.findings]


def test_a_logo_and_a_switch_of_flags_above_the_title_of_one_text_only_are_no_finding(tmp_path):
    # MSCodeBase's guide (round 65): a logo and "[🇬🇧 English](…) • [🇷🇺 Русский](…) • [🇨🇳 中文](…)" above the English
    # title only: the title was said missing (P008) and then a section only in English, the switch untranslated, and
    # the version under the Chinese title said missing from the English
    zh = "# 贡献指南\n\n> **版本：** 3.4.0\n\n## 开始\n\n请先安装 Python 3.10 或更高版本，再运行全部测试。\n"
    en = ('<img src="../../logo/logo.svg" width="64" height="64" align="left">\n\n'
          "[🇬🇧 English](CONTRIBUTING.md) • [🇷🇺 Русский](../ru/CONTRIBUTING.md) • [🇨🇳 中文](../zh/CONTRIBUTING.md)\n\n"
          "# Contributing\n\n> **Version:** 3.4.0\n\n## Getting started\n\nInstall Python 3.10 or later first, then run "
          "all the tests.\n")
    result, found = _pair(tmp_path, zh, en)
    assert found == [], [str(f) for f in result.findings]


def test_a_language_switch_written_in_html_is_no_text_and_its_address_no_fact(tmp_path):
    # Portkey's code of conduct (round 67): '<strong>English</strong>|<a href="https://github.com/…/cn.CODE_OF_CONDUCT.md">
    # 中文</a>' under the English title, a relative link in the Chinese: its URL was said missing from the Chinese
    zh = ('# 行为准则\n\n<p align="right">\n<a href=".github/CODE_OF_CONDUCT.md">English</a>|<strong>中文</strong>\n</p>\n\n'
          "## 我们的承诺\n\n我们承诺让每个人参与社区时都不受骚扰，请在 7 天内报告问题。\n")
    en = ('# Code of Conduct\n\n<p align="right">\n  <strong>English</strong>|<a href="https://github.com/o/gateway/blob/main/'
          '.github/cn.CODE_OF_CONDUCT.md">中文</a>\n</p>\n\n## Our Pledge\n\nWe pledge to make participation in our '
          "community a harassment-free experience for everyone; report problems within 7 days.\n")
    result, found = _pair(tmp_path, zh, en)
    assert found == [], [str(f) for f in result.findings]


_ZH_NUMBERS = ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"]


def test_a_numbered_section_missing_is_one_finding_not_a_renumbering_of_every_section_after_it(tmp_path):
    # ButtSnap's privacy policy (round 68): each text numbers its sections in turn, the English lacks two of the
    # Chinese's, and every section after them was also said numbered otherwise (P005, four)
    zh = _doc("隐私政策", [n + h for n, h in zip(_ZH_NUMBERS, _ZH_SECTIONS)], _ZH_BODIES)
    en = _doc("Privacy Policy", [f"{k}. {h}" for k, h in enumerate(_EN_SECTIONS[:4] + _EN_SECTIONS[5:], 1)],
              _EN_BODIES[:4] + _EN_BODIES[5:])
    result, found = _pair(tmp_path, zh, en)
    assert found == [("en", 19, "P002")], [str(f) for f in result.findings]
    assert "section 5 (“五、”) (“信息的保存”) of the Chinese text (" in result.findings[0].message


def test_a_number_skipped_is_named_where_the_numbering_breaks_not_at_every_section_after_it(tmp_path):
    zh = _doc("隐私政策", [n + h for n, h in zip(_ZH_NUMBERS, _ZH_SECTIONS)], _ZH_BODIES)
    en = _doc("Privacy Policy", [f"{k}. {h}" for k, h in zip([1, 2, 3, 4, 6, 7, 8, 9, 10], _EN_SECTIONS)], _EN_BODIES)
    result, found = _pair(tmp_path, zh, en)
    assert found == [("en", 23, "N004"), ("en", 23, "P005")], [str(f) for f in result.findings]
    assert "is numbered “6.” here but “五、” in the Chinese text" in result.findings[1].message


def test_a_file_linked_by_its_path_in_one_text_and_by_its_address_in_the_other_is_the_same_link(tmp_path):
    # Docs Islands' guide (round 69): "[提交信息约定](./commit-convention.md)" against the file's address on GitHub
    zh = "# 贡献指南\n\n## 提交\n\nPR 标题必须遵循[提交信息约定](./commit-convention.md)，以便生成变更日志。\n"
    en = ("# Contributing\n\n## Submitting\n\nThe PR title must follow the [commit message convention]"
          "(https://github.com/o/docs/blob/main/.github/commit-convention.md) so that changelogs can be generated.\n")
    result, found = _pair(tmp_path / "same", zh, en)
    assert found == [], [str(f) for f in result.findings]
    # another file of the repository is another link
    result, found = _pair(tmp_path / "other", zh, en.replace("commit-convention.md)", "release-convention.md)"))
    assert found == [("en", 9, "F004")], [str(f) for f in result.findings]
    assert "release-convention.md is not in the Chinese text" in result.findings[0].message


def test_a_variable_of_a_command_in_one_text_and_its_example_value_in_the_other_are_one_address(tmp_path):
    # bRPC's release procedure (round 72): "…/brpc/$BRPCVERSION" in Chinese, "…/brpc/1.0.0" in English
    zh = ("# 发布\n\n## 移动发布包\n\n将发布包从 https://dist.apache.org/repos/dist/dev/brpc/$BRPCVERSION 移到 "
          "https://dist.apache.org/repos/dist/release/brpc/$BRPCVERSION 。\n")
    en = ("# Releasing\n\n## Move the package\n\nMove the package from https://dist.apache.org/repos/dist/dev/brpc/1.0.0 "
          "to https://dist.apache.org/repos/dist/release/brpc/1.0.0 .\n")
    result, found = _pair(tmp_path / "same", zh, en)
    assert found == [], [str(f) for f in result.findings]
    # another folder is another address
    result, found = _pair(tmp_path / "other", zh, en.replace("dist/release/brpc", "dist/archive/brpc"))
    assert [code for _, _, code in found] == ["F004"], [str(f) for f in result.findings]


def test_the_facts_of_one_line_the_other_text_lacks_are_one_finding(tmp_path):
    # Chaos Mesh's support policy (round 70): a row of the Chinese table, release 2.5 tested on three versions, gave
    # four findings, one for each figure
    zh = ("# 支持\n\n## 测试\n\n| 版本 | Kubernetes |\n| --- | --- |\n| 2.7 | 1.30.10, 1.31.6 |\n| 2.5 | 1.20, 1.23, 1.25 |\n")
    en = ("# Support\n\n## Testing\n\n| Release | Kubernetes |\n| --- | --- |\n| 2.7 | 1.30.10, 1.31.6 |\n"
          "| 2.8 | 1.33.9, 1.34.5 |\n")
    result, found = _pair(tmp_path, zh, en)
    assert [code for _, _, code in found] == ["F001", "F001"], [str(f) for f in result.findings]
    missing, added = (f.message for f in result.findings)
    assert "the Chinese text has the number 2.5, the number 1.20, the number 1.23 and the number 1.25 (" in missing
    assert "the number 2.8, the number 1.33.9 and the number 1.34.5 are not in the Chinese text" in added


def test_a_dropped_item_the_alignment_cannot_tell_from_its_neighbour_is_named_with_it(tmp_path):
    # Dotbugi's privacy policy (round 68): "- **作业信息:** …" and "- **测验信息:** …", of like length, no fact, against
    # one English item: the finding named the other one; it names both now, and the reader decides
    zh = ("# 隐私政策\n\n## 收集的数据\n\n- 姓名与学号\n- 作业标题与提交期限\n- 测验标题与进行时间\n- 课程公告与通知\n")
    en = ("# Privacy Policy\n\n## Data collected\n\n- Name and student number\n- Quiz titles and schedules\n"
          "- Course announcements and notices\n")
    result, found = _pair(tmp_path, zh, en)
    assert [code for _, _, code in found] == ["P007"], [str(f) for f in result.findings]
    message = result.findings[0].message
    assert "“- 作业标题与提交期限”" in message and "“- 测验标题与进行时间”" in message
    assert "as long and as like the English item there, has no counterpart in the English text" in message
    # an item with a fact of its own is told apart: only it is named
    result, found = _pair(tmp_path / "fact", zh.replace("作业标题与提交期限", "作业标题与 14 天提交期限"), en)
    assert [code for _, _, code in found] == ["P007"], [str(f) for f in result.findings]
    assert "“- 作业标题与 14 天提交期限”), which states the number 14, has no counterpart" in result.findings[0].message
    assert "测验标题" not in result.findings[0].message
