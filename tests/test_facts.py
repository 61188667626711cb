import pytest

from tooling.model.facts import extract_facts, states_count, url_value


def keys(text):
    return [(f.kind, f.value) for f in extract_facts(text)]


@pytest.mark.parametrize("zh, en", [
    ("自2026年12月1日起生效", "takes effect on December 1, 2026"),
    ("自2026年12月1日起生效", "takes effect on 1 December 2026"),
    ("自2026年12月1日起生效", "takes effect on the 1st of December, 2026"),
    ("依照本协议第二十一条处理", "as provided in Article 21 of this Agreement"),
    ("自二〇二六年十二月一日起生效", "takes effect on 2026-12-01"),
    ("于2026年12月发布", "published in December 2026"),
    ("删除百分之九十的数据", "delete 90% of the data"),
    ("删除９０％的数据", "delete 90 per cent of the data"),
    ("在十五个工作日内答复", "reply within 15 working days"),
    ("在十五个工作日内答复", "reply within fifteen working days"),
    ("保存三年", "kept for three years"),
    ("费用为100万元", "a fee of 1 million yuan"),
    ("每年高达 1.5 万亿美元", "as much as $1.5 trillion a year"),  # 万亿 is 10**12, not 万 and a stray 亿
    ("罚款3千万元", "a fine of 30 million yuan"),
    ("0.3 亿用户", "30 million users"),
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


def test_facts_written_differently_have_the_same_value():
    from tooling.model.facts import extract_facts

    def values(text):
        return sorted(f.value for f in extract_facts(text))

    assert values("2026 年 5 月 16 日") == values("二〇二六年五月十六日") == values("2026/5/16") \
        == values("16 May 2026") == values("May 16, 2026") == ["2026-05-16"]
    # a date set in bold piece by piece, as a copied page gives it
    assert values("**2026**年**5**月**16**日") == values("__2026__ 年 __5__ 月 __16__ 日") == ["2026-05-16"]
    assert values("第2版") == values("Mulan PSL v2") == values("Version 2") == ["2"]
    assert values("两年") == values("two years") == values("两个工作日") == ["2"]
    assert values("thirty (30) days") == values("三十天") == ["30"]
    # half a year is six months (Kube-OVN's release cycle, round 70); not the first half of a year
    assert values("目前约为半年一次发布") == values("every six months") == ["6"]
    assert values("上半年发布") == values("一年半") == []
    # seconds after a Chinese comma (Umi's guide, round 73), not inside a figure with a thousands separator
    assert values("目前跑测试很快，10s+ 就完成了") == values("completing in just over 10s+") == ["10"]
    assert "500" not in values("in 1,500s")
    # a layer counted in Chinese numerals, as a figure or an ordinal (SecuBox and HexClaw, round 74): soft
    assert values("包含六层安全网关") == values("a 6-layer security gateway") == ["6"]
    assert [f.soft for f in extract_facts("依照第一层：网络边界")] == [True]
    # a range of six digits is no telephone number (Xray's guide, round 73); seven digits may be one
    assert values('`"114-514"`') == ["114", "514"] and values("tel 123-4567") == ["1234567"]
    # a version with a fork's or a pre-release's tail is that version, with or without its "v" (Motrix, round 72)
    assert values("**版本：** 1.37.0-motrix.10") == ["1.37.0-motrix.10"] != values("**Version:** 1.37.0-motrix.9")
    assert values("第一个tag为`v0.10.0-rc.1`") == values("The first tag is '0.10.0-rc.1'") == ["0.10.0-rc.1"]
    assert values("[privacy@example.cn](mailto:privacy@example.cn)") == ["privacy@example.cn"]
    assert values("visit example.cn") == ["example.cn"] and values("host 10.0.0.1") == ["10.0.0.1"]
    # a domain ends a sentence, but a file named for its language is no domain (x-cmd's guide, round 71)
    assert values("访问 example.cn。") == values("visit example.cn.") == ["example.cn"]
    assert values("完整读一遍本 `CONTRIBUTING.cn.md`。") == values("see docs.cn.html") == []
    assert values("https://www.example.org/zh-cn/terms") == values("http://example.org/terms")
    # the anchor of a relative link is a heading's slug in its language's words, no figure (ThisM, round 78); a year
    # in a file name may be one
    assert values("见 [发布流程](docs/release.zh-CN.md#agent-更新签名-v060-起)。") == []
    assert values("![](img/专家评审团2023.png)") == ["2023"]
    # a page's route to its language ("#/zh", "#/en": NG-ZORRO's issue helper, round 79) is that page
    assert values("https://ng.ant.design/issue-helper/#/zh") == values("https://ng.ant.design/issue-helper/#/en") \
        != values("https://ng.ant.design/issue-helper/#/docs")
    # a Creative Commons licence's deed in Chinese is its deed (Motrix's notices, round 72); another version is not
    assert values("https://creativecommons.org/licenses/by-sa/4.0/deed.zh") == \
        values("https://creativecommons.org/licenses/by-sa/4.0/") != values("https://creativecommons.org/licenses/by-sa/3.0/")
    assert values("https://support.apple.com/kb/PH19214?locale=zh_CN") == \
        values("https://support.apple.com/kb/PH19214?locale=en_US&viewlocale=en_US")


def test_enumerators_are_not_facts_but_numbers_are():
    from tooling.model.facts import extract_facts

    for text in ("1， 请您补充声明", "(a) the name", "ii Create a file", "适用第1，2，3项", "items i / ii / iii"):
        assert extract_facts(text) == [], text
    assert [f.value for f in extract_facts("1,000 users")] == ["1000"]
    assert [f.value for f in extract_facts("we keep 3, 5, 7 copies")] == ["3", "5", "7"]


def test_inline_enumerators_numerals_in_words_and_number_words_round_3():
    from tooling.model.facts import extract_facts

    def values(text):
        return sorted(f.value for f in extract_facts(text))

    # enumerators inside a paragraph count up from 1: not facts; a lone "(30)" or a reference "第 (2) 款" is
    assert values("发生以下情况：(1) 您违反了本条款；(2) 您给我们造成了风险；（3）我们不再提供") == []
    assert values("thirty (30) days") == ["30"] and values("依照第 (2) 款") == ["2"]
    # 千年 (millennium) in the name of an Act is a word; 一千年 is a number
    assert values("数字千年版权法") == values("百年老店") == []
    assert values("一千年") == ["1000"] and values("三百天") == ["300"]
    # an English number word before "work days" / "workdays"
    assert values("三个工作日内") == values("within three work days") == values("three workdays") == ["3"]
    assert values("七十天") == values("seventy days") == ["70"] and values("eighty (80) hours") == ["80"]


def test_a_section_number_is_never_a_fact():
    from tooling.model.facts import section_facts
    from tooling.model.sections import parse_document
    from tooling.source import decode_source

    text = "# 条款\n\n## 1-介绍\n\n正文。\n\n## 2\\.定义\n\n正文。\n\n## 30 天退款窗口\n\n正文。\n"
    doc = parse_document(decode_source(text.encode("utf-8"), "doc.md"), "doc", "zh")
    assert [[f.value for f in section_facts(s)] for s in doc.walk()] == [[], [], ["30"]]


def test_html_markup_is_no_fact_but_the_address_of_a_link_is():
    """A table written in HTML (common in Chinese documentation) gives its columns widths such as
    width="20.757924207579244%": markup, not a percentage of the text (round 4 of the corpus)."""
    table = ('<table><tr><td class="cellrowborder" valign="top" width="20.757924207579244%">'
             '<p id="p1">邮件列表</p></td><td width="11.6%"><p>保留 30% 的名额</p></td></tr></table>')
    assert [(f.kind, f.value) for f in extract_facts(table)] == [("percent", "30")]
    link = '请见 <a href="https://example.cn/terms" title="第 5 版">这里</a>。'
    facts = extract_facts(link)
    assert [(f.kind, f.value) for f in facts] == [("url", "example.cn/terms")]
    assert link[facts[0].column - 1:].startswith("https://example.cn/terms")
    assert [f.value for f in extract_facts("1 < 2 and 3 > 2, 50%") if f.kind == "percent"] == ["50"]


def test_each_languages_version_of_one_linked_page_is_the_same_url_but_another_page_is_not():
    from tooling.model.facts import extract_facts

    def values(text):
        return sorted(f.value for f in extract_facts(text))

    same = values("https://www.contributor-covenant.org/version/1/4/code-of-conduct/")
    for text in ("https://www.contributor-covenant.org/zh-cn/version/1/4/code-of-conduct.html",
                 "https://contributor-covenant.org/zh_CN/version/1/4/code-of-conduct/index.html",
                 "https://www.contributor-covenant.org/version/1/4/code-of-conduct.zh-cn.html",
                 "https://www.contributor-covenant.org/version/1/4/code-of-conduct?lang=zh-hans",
                 "https://zh.contributor-covenant.org/version/1/4/code-of-conduct"):
        assert values(text) == same, text
    # QTWare's licence agreement (round 35) links "privacy-policy-zh.md" and "privacy-policy-en.md"
    assert values("https://github.com/qthors/qtware-eula/blob/main/privacy-policy-zh.md") == \
        values("https://github.com/qthors/qtware-eula/blob/main/privacy-policy-en.md")
    # a changed link is still one: another version, another page, another domain, another query
    for text in ("https://www.contributor-covenant.org/zh-cn/version/2/0/code-of-conduct.html",
                 "https://www.contributor-covenant.org/zh-cn/version/1/4/faq.html",
                 "https://www.contributor-covenant.cn/version/1/4/code-of-conduct/",
                 "https://www.contributor-covenant.org/version/1/4/code-of-conduct?page=2"):
        assert values(text) != same, text


def test_an_anchor_in_chinese_and_a_repositorys_readme_name_the_page_they_are_on():
    from tooling.model.facts import extract_facts

    def values(text):
        return [f.value for f in extract_facts(text)]

    # a heading of the Chinese page has a Chinese anchor; the English page has its own
    assert values("https://gitee.com/openharmony#%E8%AE%B8%E5%8F%AF%E5%8D%8F%E8%AE%AE") == ["gitee.com/openharmony"]
    assert values("https://gitee.com/openharmony#许可协议") == ["gitee.com/openharmony"]
    assert values("https://gitee.com/openharmony#license-agreement") == ["gitee.com/openharmony#license-agreement"]
    # a repository's page shows its README
    for text in ("https://github.com/org/tool/blob/master/README.md", "https://github.com/org/tool/tree/main",
                 "https://gitee.com/org/tool/blob/develop/README", "https://github.com/org/tool"):
        assert values(text) == [text.split("//")[1].split("/blob")[0].split("/tree")[0]], text
    # another file of the repository, or a README in a folder, is another page
    assert values("https://github.com/org/tool/blob/master/docs/README.md") == ["github.com/org/tool/blob/master/docs/README.md"]
    assert values("https://example.com/org/tool/blob/master/README.md") == ["example.com/org/tool/blob/master/README.md"]


def test_enumerators_inside_a_note_are_not_facts():
    from tooling.model.facts import extract_facts

    assert extract_facts("> **Note**\n>\n> 1. License file\n> 2. NOTICE file\n") == []


def test_a_chinese_phone_number_is_the_same_with_the_country_code_the_english_adds():
    from tooling.model.facts import extract_facts

    def values(text):
        return sorted(f.value for f in extract_facts(text))

    assert values("请致电 010-6552 9988") == values("call +86 10 6552 9988") == values("tel. (010) 65529988") \
        == values("Tel: 0086-10-65529988") == ["1065529988"]
    assert values("热线 400-820-8820") == values("hotline +86 400 820 8820") == ["4008208820"]
    assert values("+1 415 555 0100") == values("001 415 555 0100") != values("+44 415 555 0100")
    assert values("010-6552 9988") != values("010-6552 9989")


def test_times_of_day_are_one_fact_whatever_the_clock_and_approximate_numbers_are_none():
    from tooling.model.facts import extract_facts

    def values(text):
        return sorted(f.value for f in extract_facts(text))

    assert values("工作日 9:00-18:00") == values("business days, 9:00 a.m. to 6:00 p.m.") \
        == values("周一至周五上午9点至下午6点") == values("Monday to Friday, 9 am to 6 pm") == ["09:00", "18:00"]
    assert values("下午6点半") == values("6:30 PM") == ["18:30"]
    assert values("9:00-17:00") != values("9:00 a.m. to 6:00 p.m.")
    assert values("我们在数十个国家提供服务") == values("几十天") == [] and values("十个国家") == ["10"]


@pytest.mark.parametrize("zh, en", [
    ("- **规则一**：用户态的贡献代码应优先选用许可证。", "- **Rule 1**: Apache License is preferred for user-mode code."),
    ("第3条 本协议自签署之日起生效。", "Article III. This Agreement takes effect when signed."),
    ("步骤二：等待审核。", "Step 2: wait for the review."),
    ("第一条\u3000为了规范个人信息处理活动，制定本办法。", "Article 1 These Measures are formulated to regulate activities."),
])
def test_a_label_that_numbers_a_clause_or_an_item_is_not_a_fact(zh, en):
    # the other text may write the label's number in words or in roman numerals, or leave it out
    assert keys(zh) == keys(en) == []


@pytest.mark.parametrize("text, value", [
    ("as Article 3 says, the data is kept", "3"),
    ("依第3条规定处理", "3"),
    ("依第五条规定处理", "5"),
    ("适用第一条的规定", "1"),
    ("Section 5 of the Act applies.", "5"),
])
def test_a_label_inside_a_sentence_is_a_reference_and_stays_a_fact(text, value):
    assert ("number", value) in keys(text)


@pytest.mark.parametrize("zh, en", [
    ("这两个法律将同时适用。", "Both Acts will apply."),
    ("我们遵守七项原则。", "We follow seven principles."),
    ("我们遵守七项原则。", "We follow these principles."),
    ("不要同时选两个。", "DO NOT MARK BOTH."),
])
def test_a_count_written_as_a_word_matches_the_other_text_or_is_no_finding_where_it_is_unsaid(zh, en, tmp_path):
    from conftest import parity_config
    from tooling.checks.check import run_check

    for lang, text, front in (("zh", zh, ""), ("en", en, "---\ntranslation_of: zh\n---\n\n")):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "t.md").write_text(f"{front}# T\n\n## A\n\n{text}\n", encoding="utf-8")
    assert run_check(parity_config(), str(tmp_path)).findings == []


def test_a_count_in_words_is_soft_but_a_period_or_a_figure_is_not():
    found = [(f.text, f.value, f.soft) for f in extract_facts("两个法律；七项原则；两年内；15 个工作日；thirty (30) days; seven rules")]
    assert found == [("两", "2", True), ("七", "7", True), ("两", "2", False), ("15", "15", False), ("30", "30", False)]
    # an English count word is looked for where a figure has no counterpart, not read from every text
    assert states_count("Both Acts apply", 2) and states_count("seven principles", 7) and states_count("我们遵守七项原则", 7)
    assert not states_count("the seventh principle", 7) and not states_count("two-factor login", 2)
    assert not states_count("我们遵守八项原则", 7)
    # one before a unit of time, and "added by one" (bRPC's and BFE's release procedures, round 72)
    assert states_count("大约需要一周左右", 1) and states_count("将 Patch 号加一。", 1)
    assert not states_count("第一周", 1) and not states_count("十一周", 1) and not states_count("加一些内容", 1)
    # a count that differs is still one finding where the other text states a figure
    assert keys("我们遵守七项原则。") == keys("We follow 7 principles.") == [("number", "7")]
    assert keys("我们遵守七项原则。") != keys("We follow 8 principles.")
    # one of a thing counted in digits, "由1名项目owner指定" ("nominated by a project owner"), is soft too; one
    # business day, a period, is not
    found = [(f.value, f.soft) for f in extract_facts("由1名项目owner指定；共 1 项；1 个工作日内；1 个月；2 名")]
    assert found == [("1", True), ("1", True), ("1", False), ("1", False), ("2", False)]


@pytest.mark.parametrize("zh, en", [
    ("现代奴隶制的受害者中有四分之一是儿童。", "1 in 4 victims of modern slavery are children."),
    ("三分之二以上的成员同意。", "At least two-thirds of the members agree."),
    ("四分之一的用户", "a quarter of the users"),
    ("十分之一的用户", "one out of ten users"),
])
def test_a_fraction_is_one_fact_in_either_language(zh, en):
    assert keys(zh) == keys(en) and keys(zh)[0][0] == "fraction"
    assert not [k for k in keys(en) if k[0] == "number"]  # "1 in 4" is not the numbers 1 and 4


def test_words_like_fractions_are_no_fraction():
    assert keys("a third party may process it") == []
    assert keys("launched in 2020") == [("number", "2020")]


def _factored(words):
    """An alternation of ``words`` factored by their common prefixes (what facts.py writes out)."""
    tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node):
        branches = [(char if char.isalnum() else "\\" + char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body
    return emit(tree)


def test_the_word_alternations_are_their_words_factored():
    import re

    from tooling.model import facts

    assert facts._MONTH_RE == _factored(facts._MONTHS)
    assert facts._EN_WORDS_RE == _factored(facts._EN_WORDS)
    assert facts._SMALL_WORDS == _factored(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))
    assert facts._PARTS == _factored(facts._PART_VALUES)
    # and each matches exactly its words
    for pattern, words in ((facts._MONTH_RE, facts._MONTHS), (facts._EN_WORDS_RE, facts._EN_WORDS)):
        assert all(re.fullmatch(pattern, word) for word in words)
        assert not re.fullmatch(pattern, "junly") and not re.fullmatch(pattern, "fortyfive")


def test_an_edition_in_chinese_numerals_an_address_run_into_its_link_and_one_as_a_count():
    from tooling.model.facts import extract_facts, states_count

    def values(text):
        return [(f.kind, f.value) for f in extract_facts(text)]

    assert values("GNU 通用公共许可证第三版或更高版本") == [("number", "3")] == values("GNU GPL, version 3 or later")
    assert values("第3版") == [("number", "3")]
    assert values("What to Send to kusionstack@gmail.commailto:kusionstack@gmail.com") == [
        ("email", "kusionstack@gmail.com"), ("email", "kusionstack@gmail.com")]
    assert states_count("Join one or more SIGs", 1) and not states_count("Join two or more SIGs", 1)
    assert not states_count("Join the SIGs", 1)


def test_a_url_run_on_into_chinese_ends_before_it_and_a_step_written_1_dot_word_is_no_number():
    from tooling.model.facts import extract_facts

    def values(text):
        return [(f.kind, f.value) for f in extract_facts(text)]

    faq = [("url", "contributor-covenant.org/faq")]
    assert values("有关常见问题，请参阅 https://www.contributor-covenant.org/faq上的常见问题解答。") == faq
    assert values("英文版本 https://www.contributor-covenant.org/version/2/1/code_of_conduct.html获得") == \
        [("url", "contributor-covenant.org/version/2/1/code_of_conduct")]
    # a path in Chinese that goes on in ASCII is the address itself
    assert values("https://gitcode.com/a/b/blob/master/docs/cla使用指南.md#faq") == \
        [("url", "gitcode.com/a/b/blob/master/docs/cla使用指南.md#faq")]
    assert values("1.Fork the Triton Ascend project.\n\n6.Create a pull request.") == []
    assert values("Version 1.5 adds 3.5 million rows.") == [("number", "1.5"), ("number", "3500000")]


def test_the_content_of_a_script_or_a_style_sheet_is_no_fact():
    """What a reader never sees (the site removes scripts and style sheets) states nothing: a hostile
    `<script>alert(1)</script>` in a heading is no number 1 the other text lacks."""
    from tooling.model.facts import extract_facts

    assert [f.value for f in extract_facts("<script>var days = 300;</script>保存 3 年<STYLE>p{margin:12px}</STYLE>")] == ["3"]
    assert [f.value for f in extract_facts('<h2 id="x"><script>alert(1)</script>范围</h2>')] == []
    assert [f.value for f in extract_facts("<strong>5</strong> 天 <span>2026 年</span>")] == ["5", "2026"]


@pytest.mark.parametrize("text, value", [
    ("上限 50MB，一次一个任务", "50"), ("up to 50MB, one task", "50"), ("within 200ms", "200"), ("保留 24h", "24"),
    ("a 1.5GB file", "1.5"),
])
def test_a_figure_run_into_its_unit_is_a_number(text, value):
    assert ("number", value) in keys(text)


@pytest.mark.parametrize("text", ["sha256 and md5", "the 2FA code", "x86 builds", "a 5G network"])
def test_a_figure_inside_a_word_is_still_no_number(text):
    assert [k for k in keys(text) if k[0] == "number"] == []


def test_the_addresses_of_a_code_block_are_facts_and_nothing_else_of_it():
    from tooling.model.facts import section_facts
    from tooling.model.sections import parse_document
    from tooling.source import decode_source

    text = ("# T\n\n## Requests\n\nThe extension asks:\n\n```text\nhttps://open.er-api.com/v6/latest/USD\n"
            "retry 3 times, mail ops@example.com\n```\n")
    doc = parse_document(decode_source(text.encode("utf-8"), "doc.md"), "doc", "en")
    [section] = [s for s in doc.walk() if s.title == "Requests"]
    assert [(f.kind, f.line) for f in section_facts(section)] == [("url", 8), ("email", 9)]


def test_a_severity_label_before_a_colon_is_no_time():
    # Helm's security policy (round 26): "严重等级 P0/P1：30 日内" is severity P1, within 30 days, not the time 01:30
    assert [(f.kind, f.value) for f in extract_facts("修复或缓解措施：严重等级 P0/P1：30 日内；P2/P3：90 日内")] == [
        ("number", "30"), ("number", "90")]
    assert [(f.kind, f.value) for f in extract_facts("会议于 3:30 开始，截止时间为4:45")] == [("time", "03:30"),
                                                                                          ("time", "04:45")]


def test_a_version_run_into_the_name_it_versions_is_the_version_written_apart():
    # MindSpore's security design guide (round 27): the Chinese writes "SSL2.0、TLS1.2", the English "SSL 2.0", "TLS 1.2";
    # its security page "CVSSv3" where the English writes "CVSS v3"
    def values(text):
        return [f.value for f in extract_facts(text) if f.kind == "number"]

    assert values("不应使用SSL2.0、SSL3.0、TLS1.0协议，推荐TLS1.2和TLS1.3。") == values(
        "SSL 2.0, SSL 3.0 and TLS 1.0 must not be used; TLS 1.2 and TLS 1.3 are recommended.") == [
        "2.0", "3.0", "1.0", "1.2", "1.3"]
    assert values("在使用 CVSSv3 进行漏洞评估时") == values("using CVSS v3 to assess") == ["3"]
    assert values("SHA256、MD5 与 UTF8 编码") == []  # a name that ends in digits is no version


def test_a_version_of_three_parts_is_one_version_written_apart_or_run_into_its_name():
    # Ascend's contributing guide (round 30): "Python3.6.9环境" against "Python 3.6.9 environment", "CANN 5.0.4.alpha002";
    # MCP-HUB's audit log: "版本 2.0.0 → 2.0.1" against "version 2.0.0 → 2.0.1" (read as 2.0 and 2.0.0 before)
    def values(text):
        return [f.value for f in extract_facts(text) if f.kind == "number"]

    assert values("执行环境已预装Python3.6.9环境") == values("the Python 3.6.9 environment is installed") == ["3.6.9"]
    assert values("CANN 5.0.4.alpha002 的环境") == ["5.0.4.alpha002"] != values("CANN 5.0.5.alpha002")
    assert values("版本 2.0.0 → 2.0.1") == values("bumped version 2.0.0 → 2.0.1") == ["2.0.0", "2.0.1"]
    assert [f.kind for f in extract_facts("服务器 192.168.1.10 上")] == ["ip"]  # four parts: an address


def test_a_series_of_versions_written_with_x_is_its_version():
    # Agent Infra's security policy (round 52's defect): "| v0.9.x | 支持中 |" against "| v0.9.x | Supported |" was no
    # fact, so "v0.8.x" went unseen; "0.9.x" was already 0.9
    def values(text):
        return [f.value for f in extract_facts(text) if f.kind == "number"]

    assert values("| v0.9.x   | 支持中 |") == values("| v0.9.x | Supported |") == values("0.9.x") == ["0.9"]
    assert values("v0.8.x") == ["0.8"] and values("v1.*") == ["1"]
    assert values("v1.xy") == []  # a name, not a series


def test_a_part_referred_to_in_chinese_numerals_is_its_number():
    # Ascend's guide: "符合第四部分编码规范" against "comply with part 4 of programming specifications"
    assert [(f.kind, f.value) for f in extract_facts("符合第四部分编码规范")] == [("number", "4")]
    assert [(f.kind, f.value) for f in extract_facts("comply with part 4 of the specifications")] == [("number", "4")]


def test_a_count_of_steps_or_kinds_in_chinese_states_the_figure():
    # Open-IM-Server (round 31): "我们建议采取两步方法" against "we recommend a 2-step approach"
    assert states_count("在记录新的设计时，我们建议采取两步方法：", 2)
    assert states_count("数据分为三类", 3) and not states_count("数据分为三类", 2)


def test_a_count_hyphenated_to_its_unit_or_every_unit_in_chinese_states_the_figure():
    # PairNest (round 37): "过期邀请哈希会按六小时维护周期清理" against "cleared on a six-hour maintenance cycle";
    # BookmarkOps (round 36): "每分钟执行一次" against "on a 1-minute interval"
    assert states_count("Expired invitation hashes are cleared on a six-hour maintenance cycle.", 6)
    assert not states_count("within twenty-one days", 20)
    assert states_count("调度一个每分钟执行一次的后台任务", 1) and not states_count("调度一个后台任务", 1)


def test_an_option_or_a_case_labelled_at_the_start_of_a_line_is_no_fact():
    # BK-JOB's Git workflow (round 31): "**Option 1: Using rebase**" against "**方式一：使用 rebase**"
    assert extract_facts("**Option 1: Using rebase (recommended)**") == []
    assert extract_facts("**方式一：使用 rebase（推荐）**") == extract_facts("方案 2：使用 merge") == []
    assert extract_facts("Category 1: popular and widely-used licences") == []  # OpenAtom (round 33): "第一类别："
    # Paper Galaxy (round 34): "Phase 3.1 stores …" is phase 3.1, a figure, not the label "Phase 3."
    assert [f.value for f in extract_facts("- Phase 3.1 stores graph UI preferences")] == ["3.1"]
    assert extract_facts("Phase 3. Build the graph") == []
    assert [f.value for f in extract_facts("Option 2 of the Act applies")] == ["2"]  # a reference stays a fact


def test_an_address_escaped_for_markdown_or_written_against_harvesters_is_the_address():
    # Nacos (round 33): "nacos\\_dev@linux.alibaba.com" (read as "_dev@…"); OpenAtom: "legal[at]openatom.org" (read as
    # the domain openatom.org) against "legal@openatom.org"
    def emails(text):
        return [f.value for f in extract_facts(text) if f.kind == "email"]

    assert emails("[nacos\\_dev@linux.alibaba.com](mailto:nacos_dev@linux.alibaba.com)") == ["nacos_dev@linux.alibaba.com"]
    assert emails("write to legal[at]openatom.org or dev (at) example (dot) cn") == ["legal@openatom.org",
                                                                                   "dev@example.cn"]
    assert [f.kind for f in extract_facts("legal[at]openatom.org")] == ["email"]
    assert emails("we meet (at) noon, the [at] sign") == []


def test_a_character_written_as_an_html_reference_is_no_number():
    # MMCV's contributing guide (round 33): "&#160;" (a non-breaking space) only in the Chinese, read as the number 160
    assert extract_facts("(1)&#160;修改代码&nbsp;后提交 &#x2014; 完成") == []
    assert [f.value for f in extract_facts("160 个&#160;字符")] == ["160"]


def test_a_day_of_a_month_without_its_year_is_a_date_and_a_month_alone_no_number():
    # ethereum.org's Translatathon (round 38): "结果将在 9 月 25 日……公布" against "announced … on September 25th", and
    # "在整个九月" against "throughout September" (read as the numbers 9 and 25, and 9)
    def dates(text):
        return [(f.kind, f.value) for f in extract_facts(text)]

    assert dates("结果将在 9 月 25 日公布") == dates("announced on September 25th.") == dates("on 25 September") == \
        [("date", "--09-25")]
    assert dates("评估期将在整个九月进行") == dates("每年3月") == [] and dates("3 个月内") == [("number", "3")]
    assert dates("2025年9月25日") == dates("September 25, 2025") == [("date", "2025-09-25")]
    assert next(iter(extract_facts("April 30, the"))).describe() == "the date 30 April (\u201cApril 30\u201d, no year)"


def test_a_generated_name_in_a_path_on_the_site_is_no_figure():
    # Linkis's ICLA guide (round 40): "![page_link](/Images/community/153529738-96f3f75a-41e5-4947-b290-c4ea29b101f1.png)"
    # read as the phone number 153529738 and the number 4947; a year in a file name stays a fact (OpenAtom's panel)
    assert extract_facts("![page_link](/Images/community/153529738-96f3f75a-41e5-4947-b290-c4ea29b101f1.png)") == []
    assert [f.value for f in extract_facts("![专家评审团](专家评审团2023.png)")] == ["2023"]
    assert [f.kind for f in extract_facts("[图](https://user-images.githubusercontent.com/29391030/153529738-96f3.png)")] \
        == ["url"]


def test_biweekly_is_every_two_weeks():
    # openLooKeng's governance (round 27): "每两周或需要时向社区报告项目状态" against "Report project status biweekly"
    for text in ("每两周或需要时向社区报告项目状态", "Report project status biweekly or when requested", "双周会议：周五",
                 "a bi-weekly sync", "a fortnightly meeting", "every two weeks"):
        assert [f.value for f in extract_facts(text) if f.kind == "number"] == ["2"], text


def test_a_fraction_in_one_character_is_the_fraction():
    # TiDB's Performance Challenge (round 27): "所占比例大于 ⅔ 时" against "more than two-thirds"
    assert [(f.kind, f.value) for f in extract_facts("当 PingCAP 内部员工数所占比例大于 ⅔ 时")] == [("fraction", "2/3")]
    assert [(f.kind, f.value) for f in extract_facts("more than two-thirds of the team")] == [("fraction", "2/3")]
    assert [(f.kind, f.value) for f in extract_facts("等待 ½ 小时")] == [("fraction", "1/2")]


def test_a_qq_group_or_a_company_number_is_an_identifier_not_a_telephone():
    # WorkShadow's guide (round 26) and NautilusTrader's CLA (round 29): a finding must not call them phone numbers
    for text in ("- **QQ 群**：1107536375（README 中有二维码）", "- **QQ group**: 1107536375 (QR codes in README)",
                 "Nautech Systems Pty Ltd（ACN 609 589 237）", "Nautech Systems Pty Ltd (ACN 609 589 237)"):
        assert [f.kind for f in extract_facts(text)] == ["id"], text
    assert [(f.kind, f.value) for f in extract_facts("客服电话：400-123-4567")] == [("phone", "4001234567")]


def test_a_month_of_a_year_in_digits_is_that_date_and_one_or_two_is_no_twelve():
    # UMI-Dex's security policy (round 43): "*最后更新：2026-03*" against "*Last updated: March 2026*" gave three
    # findings (the numbers 2026 and 3, and a date only in English); Ant Design's guide (round 42): "一两个星期" (one or
    # two weeks) was read as the number 12
    def facts(text):
        return [(f.kind, f.value) for f in extract_facts(text)]

    assert facts("*最后更新：2026-03*") == facts("*Last updated: March 2026*") == facts("2026 年 3 月") == \
        [("date", "2026-03")]
    assert facts("2026-03-20") == [("date", "2026-03-20")]
    # not a month: a range of years, a thirteenth month, a version, a part of a longer number
    assert ("date", "2026-13") not in facts("2026-13") and facts("2019-2023") != [("date", "2019-20")]
    assert all(kind != "date" for kind, _ in facts("v1.2026-03 and 12026-03"))
    assert facts("如果一两个星期都没有动静") == [] and facts("三四天内") == []
    assert facts("十二个月") == [("number", "12")] and facts("二〇二六年") == [("number", "2026")]


def test_a_link_to_an_address_states_the_address_it_shows_or_else_the_one_it_mails():
    # HertzBeat's mailing lists (round 42): "[subscribe](mailto:dev-subscribe@hertzbeat.apache.org)" states that address
    # (a changed one went unseen); "[x@y](mailto:x@y)" is one address, and the address shown is the one read
    def emails(text):
        return [f.value for f in extract_facts(text) if f.kind == "email"]

    assert emails("[subscribe](mailto:dev-subscribe@hertzbeat.apache.org)") == ["dev-subscribe@hertzbeat.apache.org"]
    assert emails("[订阅](mailto:dev-subscribe@hertzbeat.apache.org?subject=hi)") == ["dev-subscribe@hertzbeat.apache.org"]
    assert emails("[dev@x.org](mailto:dev@x.org)") == ["dev@x.org"]
    assert emails("[dev-nacos@googlegroups.com](mailto:dev-nacos%2Bsubscribe@googlegroups.com)") == \
        ["dev-nacos@googlegroups.com"]


def test_an_anchor_naming_a_language_is_that_languages_part_of_one_page():
    # ImgConvert's privacy policy (round 45) links "…/privacy/#en" in one text and "…/privacy/#zh-CN" in the other
    values = {f.value for text in ("<https://web-casa.github.io/ImgConvert/privacy/#en>",
                                   "<https://web-casa.github.io/ImgConvert/privacy/#zh-CN>",
                                   "https://web-casa.github.io/ImgConvert/privacy/") for f in extract_facts(text)}
    assert len(values) == 1
    assert [f.value for f in extract_facts("https://example.org/privacy/#retention")] == ["example.org/privacy#retention"]


def test_a_package_at_a_version_is_no_e_mail_address():
    # SiYuan's guide (round 49): "pnpm@10.12.0" is pnpm at version 10.12.0; an address ends in a name (163.com, .io)
    assert keys("使用 pnpm@10.12.0 安装依赖") == [("number", "10.12.0")]
    assert keys("请发送至 a.b@163.com 或 security@foo-bar.io。") == [("email", "a.b@163.com"), ("email", "security@foo-bar.io")]


def test_a_number_in_a_link_text_that_its_address_carries_is_soft():
    # YanshiShield's guide (round 55): "[PEP 8 – Style Guide for Python Code](https://peps.python.org/pep-0008/ )"
    # against "[Python开发规范](https://peps.python.org/pep-0008/ )": the address states the 8, the text names the page
    facts = extract_facts("- Python style:  [PEP 8 – Style Guide](https://peps.python.org/pep-0008/ )")
    assert [(f.kind, f.value, f.soft) for f in facts] == [("number", "8", True), ("url", "peps.python.org/pep-0008", False)]
    assert [f.soft for f in extract_facts("[Python 3.7](https://docs.python.org/3.7/library/)")] == [True, False]
    # a number the address does not carry is a fact of the text, and so is one inside an address written as the text
    assert [(f.value, f.soft) for f in extract_facts("[PEP 9](https://peps.python.org/pep-0008/)")][0] == ("9", False)
    assert not any(f.soft for f in extract_facts("[http://example.org/version/2/0/](http://example.org/version/2/0/)"))


def test_seconds_run_into_their_figure_and_a_one_run_into_its_noun():
    # claude-stray's guide (round 56): "60 秒可扫读" against 'the "scannable in 60s" test', "一条" against "a 1-line
    # entry": 60 was not read in English, and 1 was a figure the Chinese lacked
    def facts(text):
        return [(f.value, f.soft) for f in extract_facts(text) if f.kind == "number"]

    assert facts('pass the "scannable in 60s" test') == facts("通过“60 秒可扫读”测试") == [("60", False)]
    assert facts("prefer a 1-line entry") == [("1", True)] and facts("a 1-minute read") == [("1", True)]
    assert facts("the 1990s") == [] and facts("1-2 days") == [("1", False), ("2", False)]
    assert facts("a 2-step check") == [("2", False)]  # two of a thing is a figure either way


def test_a_file_opened_in_the_code_hosts_editor_is_that_file():
    # InferenceX's checklist (round 57): ".../edit/main/docs/PR_REVIEW_CHECKLIST.md" in Chinese, ".../blob/main/…"
    assert url_value("https://github.com/o/r/edit/main/docs/X.md") == url_value("https://github.com/o/r/blob/main/docs/X.md")
    assert url_value("https://github.com/o/r/edit/main/docs/X.md") != url_value("https://github.com/o/r/blob/main/docs/Y.md")



def test_a_screenshots_ordinal_and_a_reference_links_label_are_no_figures():
    # AntdUI's guide (round 58): "![4](doc/wiki/zh/Img/PR_4.png)" against "![4](doc/wiki/en/Img/PR_4.png)" set elsewhere,
    # each language numbering its screenshots its own way; resist.js's code of conduct (round 59): the definition
    # "[cc-20-doc]: https://…" (its label is markup, its address a fact)
    assert [(f.value, f.soft) for f in extract_facts("![4](doc/wiki/zh/Img/PR_4.png)")] == [("4", True)]
    assert [f.value for f in extract_facts("![x](img/PR_4.png)")] == ["4"]  # a name with a number: still a figure
    assert [f.value for f in extract_facts("![1](img/评审团2023.png)")] == ["1", "2023"]  # a year in a name stays
    assert [(f.kind, f.value) for f in extract_facts("[cc-20-doc]: https://www.contributor-covenant.org/version/2/0/")] \
        == [("url", "contributor-covenant.org/version/2/0")]
    assert extract_facts("adapted from the [Covenant][cc-20-doc].") == []


def test_a_vulnerability_identifier_run_into_a_name_or_into_chinese_is_that_identifier():
    # Metarget's guide (round 59): services renamed for their vulnerability, "如php更改为cve-2012-1823-php" against "php ->
    # cve-2012-1823-php": read as the telephone number 20121823, so its changed year went unseen
    def facts(text):
        return [(f.kind, f.value) for f in extract_facts(text)]

    assert facts("如php更改为cve-2012-1823-php（所有字符均为小写）") == facts("e.g. php -> cve-2012-1823-php (lowercase).") \
        == [("id", "CVE-2012-1823")]
    assert facts("漏洞CVE-2021-26558已修复") == [("id", "CVE-2021-26558")]



def test_a_discount_in_chinese_is_the_share_taken_off():
    # DSH Cloud's terms (round 60): "在此基础上统一打 7 折" against "less 30% on every tier": the 7 was a figure the English
    # lacked, and 30% one the Chinese lacked
    def facts(text):
        return [(f.kind, f.value, f.soft) for f in extract_facts(text)]

    assert facts("年付原价为 12 个月月付价，在此基础上统一打 7 折。")[-1] == ("percent", "30", True)
    assert facts("八五折优惠") == facts("打8.5折") == [("percent", "15", True)]
    assert facts("less 30% on every tier") == [("percent", "30", False)]
    assert facts("会显示一个折叠的信息摘要") == []  # 折叠 (folded) is no discount


def test_a_wrapped_line_that_starts_with_a_figure_and_a_comma_states_it_and_a_lettered_subsection_is_its_section():
    # the GPL with its Chinese translation (round 63): "sections 4 and\n5, provided that" (5 read as an enumerator "5，"),
    # "under subsection 6d" against "按照第6节d的条款"
    def values(text):
        return [f.value for f in extract_facts(text) if f.kind == "number"]

    assert values("under the terms of sections 4 and\n5, provided that you") == values("您可以在第4,5节条款下") == ["4", "5"]
    assert values("步骤如下：\n1, 安装\n2, 运行") == [] and values("Steps:\n1, install") == []  # enumerators still
    assert values("offered under subsection 6d.") == values("里按照第6节d的条款") == ["6"]
    assert values("the 6d model") == []


def test_the_end_of_a_range_of_days_within_a_month_is_soft():
    # Portkey's guide (round 67): "从10月1日到31日" against "from October 1st to 31st" (an ordinal, no fact): 31 was said
    # missing from the English
    assert [(f.kind, f.value, f.soft) for f in extract_facts("从10月1日到31日，您被接受的 PR")] == [
        ("date", "--10-01", False), ("number", "31", True)]
    assert [(f.value, f.soft) for f in extract_facts("请在 5 日内回复")] == [("5", False)]  # five days, a figure
