"""`policy review`: the PIPL disclosure report. A statement with every disclosure gives no
warning; removing each disclosure (or adding a contrary statement) gives that rule's warning, in
each language, at the right place."""

import json
import shutil

import pytest

from conftest import FIXTURES, ROOT, run_policy

COMPLETE = FIXTURES / "review" / "complete"

# rule -> (the Chinese disclosure removed, the English one)
DISCLOSURES = {
    "L001": ("示例科技有限公司（以下简称“我们”）是本平台的运营者。", "Example Technology Co., Ltd. (“we”) operates the platform."),
    "L002": ("您可以通过电子邮箱privacy@example.com与我们联系。", "You can reach us by e-mail at privacy@example.com."),
    "L003": ("我们如何使用信息：我们将您的个人信息用于提供服务。", "How we use information: we use your personal information to provide the services."),
    "L004": ("我们收集的信息包括您的姓名和电子邮箱地址。", "Information we collect: your name and e-mail address."),
    "L005": ("您的个人信息的保存期限为三年。", "The retention period of your personal information is three years."),
    "L006": ("您有权查阅、复制您的个人信息。", "You have the right to access your personal information and to obtain a copy of it."),
    "L007": ("您有权请求更正、补充您的个人信息。", "You may ask us to correct or complete your personal information."),
    "L008": ("您有权请求删除您的个人信息。", "You may ask us to delete your personal information."),
    "L009": ("您可以随时撤回您的同意。", "You may withdraw your consent at any time."),
    "L010": ("您可以申请注销账户。", "You may cancel your account."),
    "L011": ("我们收到您的申请后，将在十五个工作日内答复。", "We will reply to your request within 15 working days."),
    "L012": ("共享前，我们将告知接收方的名称和联系方式，并取得您的单独同意。",
             "Before sharing, we will tell you the name of each recipient and obtain your separate consent."),
    "L013": ("向境外提供前，我们将告知境外接收方的身份及联系方式，并取得您的单独同意。",
             "Before it is transferred, we will tell you who the overseas recipient is and obtain your separate consent."),
    "L014": ("我们将告知处理敏感个人信息的必要性以及对个人权益的影响，并取得您的单独同意。",
             "We will explain the necessity of processing sensitive personal information and its impact on your rights and "
             "interests, and obtain your separate consent."),
    "L015": ("我们不向不满十四周岁的未成年人提供服务；如需处理其个人信息，将取得其监护人的同意。",
             "We do not provide services to children under 14; where we process their personal information, we obtain the "
             "consent of their guardian."),
}


def review(docs, *args, code=0):
    result = run_policy("review", "privacy", "--docs", docs, "--format", "json", *args, check=code)
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)["findings"]


@pytest.fixture
def statement(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(COMPLETE, docs)
    return docs


def _replace(docs, lang, old, new):
    file = docs / lang / "privacy.md"
    text = file.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    file.write_text(text.replace(old, new), encoding="utf-8")


def test_a_statement_with_every_disclosure_has_no_warning():
    assert review(COMPLETE) == []
    result = run_policy("review", "privacy", "--docs", COMPLETE, check=0)
    assert "16 rules applied to privacy (zh, en); 0 warnings" in result.stdout


def test_the_rules_file_covers_every_rule_tested():
    assert {f"L{n:03d}" for n in range(1, 17)} == set(DISCLOSURES) | {"L016"}


@pytest.mark.parametrize("code", sorted(DISCLOSURES))
def test_removing_a_disclosure_gives_its_warning(statement, code):
    zh, en = DISCLOSURES[code]
    _replace(statement, "zh", zh, "")
    _replace(statement, "en", en, "")
    found = review(statement)
    assert sorted((f["code"], f["language"]) for f in found) == [(code, "en"), (code, "zh")]
    for f in found:
        assert f["severity"] == "warning" and f["status"] == "missing"
        assert f["article"] and f["advice"] and f["file"].endswith(f"{f['language']}/privacy.md")


def test_a_conditional_rule_does_not_apply_when_the_statement_does_not_do_it(statement):
    # no data leaves the PRC: nothing to disclose about an overseas recipient
    _replace(statement, "zh", "您的个人信息可能被传输至境外。", "")
    _replace(statement, "zh", DISCLOSURES["L013"][0], "")
    assert [f for f in review(statement) if f["language"] == "zh"] == []


def test_a_contrary_statement_is_pointed_at(statement):
    _replace(statement, "zh", "我们可能收集您的身份证号码。",
             "我们可能收集您的身份证号码。\n\n请注意，单独的设备信息是无法与任何特定个人直接建立联系的数据，不属于个人信息。")
    found = review(statement, "--lang", "zh")
    assert [(f["code"], f["status"], f["line"]) for f in found] == [("L016", "contrary", 37)]
    assert found[0]["quote"].startswith("设备信息") and "附录A" in found[0]["article"]


def test_vague_wording_is_reported_where_it_stands(statement):
    _replace(statement, "zh", DISCLOSURES["L005"][0], "我们将在实现目的所必需的期限内保存您的个人信息。")
    found = review(statement, "--lang", "zh")
    assert [(f["code"], f["status"], f["line"], f["quote"]) for f in found] == [("L005", "vague", 13, "所必需的期限")]
    text = run_policy("review", "privacy", "--docs", statement, "--lang", "zh", check=0).stdout
    assert ("zh/privacy.md:13:9: warning L005: 【《个人信息保护法》第十七条第一款第（二）项、第十九条】保存期限："
            "表述笼统（\u201c所必需的期限\u201d）。") in text


def test_the_statement_in_docs_lacks_what_the_readme_lists():
    found = review(ROOT / "docs", "--lang", "zh")
    assert [(f["code"], f["status"]) for f in found] == [
        ("L001", "vague"), ("L002", "vague"), ("L005", "vague"), ("L006", "missing"), ("L007", "missing"),
        ("L008", "missing"), ("L009", "missing"), ("L010", "missing"), ("L011", "vague"), ("L012", "vague"),
        ("L013", "missing"), ("L014", "missing"), ("L015", "missing"), ("L016", "contrary")]
    readme = (ROOT / "README.md").read_text(encoding="utf-8").split("## Open questions for the legal team")[1]
    for f in found:
        assert f["code"] in readme


def test_bad_rules_and_usage_are_exit_2_without_traceback(tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rule]]\ncode = "X1"\narticle = "A"\ntopic = {en = "t"}\nadvice = {en = "a"}\n'
                     "expect.zh = [['(unclosed']]\n", encoding="utf-8")
    result = run_policy("review", "privacy", "--rules", rules, check=2)
    assert "rules.toml: error L090: rule 1 expect.zh: bad regular expression" in result.stderr
    result = run_policy("review", "nosuch", check=2)
    assert "error E200: no document \u201cnosuch\u201d" in result.stderr
    assert "Traceback" not in result.stderr
