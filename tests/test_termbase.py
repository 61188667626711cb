"""The termbase (terms.toml) as `policy check` enforces it: T001 missing rendering, T002 forbidden
variant, T003 inconsistent rendering, T004 placeholder left for the legal team."""

import shutil

import pytest

from conftest import FIXTURES, ROOT, run_policy


def t_findings(stdout):
    """(file, line, code) of the terminology findings (T001-T003) in `policy check` output."""
    out = []
    for line in stdout.splitlines():
        parts = line.split(":")
        if len(parts) > 4 and parts[3].split()[-1] in ("T001", "T002", "T003"):
            out.append((parts[0].split("/")[-2] + "/" + parts[0].split("/")[-1], int(parts[1]), parts[3].split()[-1]))
    return out


@pytest.fixture
def docs(tmp_path):
    """A copy of the corrected statement; edit(lang, old, new) changes one of its texts."""
    folder = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", folder)

    class Docs:
        path = folder

        def edit(self, lang, old, new):
            file = folder / lang / "privacy.md"
            text = file.read_text(encoding="utf-8")
            assert text.count(old) == 1, old
            file.write_text(text.replace(old, new), encoding="utf-8")

        def check(self, code=None):
            result = run_policy("check", "--docs", folder, check=code)
            assert "Traceback" not in result.stderr
            return t_findings(result.stdout)

    return Docs()


def test_corrected_statement_has_no_terminology_findings():
    result = run_policy("check", check=0)
    assert t_findings(result.stdout) == []


# Each terminology defect of the review, put back alone into the corrected Chinese text.
DEFECTS = [
    ("§5.1 data processor", "作为受托人代为处理", "作为数据处理者代为处理", 73, "T002"),
    ("§5 promise not to 分享", "出租、共享或交易", "出租、分享或交易", 71, "T002"),
    ("§5.4 司法机构", "司法机关依法", "司法机构依法", 79, "T002"),
    ("§4 个人敏感信息", "甚至敏感个人信息", "甚至个人敏感信息", 67, "T002"),
    ("§4 联系信息", "交易内容、联系方式、沟通信息", "交易内容、联系信息、沟通信息", 59, "T003"),
    ("§5.1 no rendering of entrusted party", "作为受托人代为处理", "代为处理", 73, "T001"),
]


@pytest.mark.parametrize("name, fixed, defect, line, code", DEFECTS, ids=[d[0] for d in DEFECTS])
def test_each_reintroduced_defect_gives_exactly_one_finding(docs, name, fixed, defect, line, code):
    docs.edit("zh", fixed, defect)
    assert docs.check(1) == [("zh/privacy.md", line, code)]


def test_the_as_received_statement_shows_the_five_terminology_defects():
    result = run_policy("check", "--docs", FIXTURES / "as-received", check=1)
    assert t_findings(result.stdout) == [
        ("zh/privacy.md", 59, "T003"), ("zh/privacy.md", 67, "T002"), ("zh/privacy.md", 71, "T002"),
        ("zh/privacy.md", 73, "T002"), ("zh/privacy.md", 79, "T002")]
    assert "tests/fixtures/as-received/zh/privacy.md:73:27: error T002: \u201c数据处理者\u201d is not the " \
           "rendering of \u201centrusted party\u201d: write \u201c受托人\u201d (terms.toml)." in result.stdout


def test_a_term_inside_a_longer_term_does_not_count(docs):
    # §4's English says "personal information of you or others or even sensitive personal information";
    # without 个人信息 of its own, 敏感个人信息 does not stand in for "personal information"
    docs.edit("zh", "可能涉及您或他人的个人信息甚至敏感个人信息", "可能涉及敏感个人信息")
    docs.edit("zh", "披露自己的个人信息，如联系方式", "披露自己的资料，如联系方式")
    docs.edit("zh", "请您妥善保护自己的个人信息", "请您妥善保护自己的资料")
    assert docs.check(1) == [("zh/privacy.md", 57, "T001")]


def test_a_longer_english_term_hides_the_shorter_one(docs):
    # 5.1's English without "sensitive personal information" has nothing to render as 敏感个人信息;
    # adding it in English only is one finding, for the longer term, not one for "personal information"
    docs.edit("en", "your identity and transaction data", "your sensitive personal information, identity and transaction data")
    assert docs.check(1) == [("zh/privacy.md", 73, "T001")]


def test_inflections_and_case_are_matched_on_word_boundaries(docs):
    # 5.2 says "we will share" (共享). "Sharing" and "SHARED" are the same term; "shareholders" is not.
    docs.edit("zh", "5.2 为便于您使用我们的服务及我们关联公司的服务，我们会与我们的关联公司共享您的个人信息。我们仅共享必要的个人信息",
              "5.2 为便于您使用我们的服务及我们关联公司的服务，我们会向我们的关联公司提供您的个人信息。我们仅提供必要的个人信息")
    assert docs.check(1) == [("zh/privacy.md", 75, "T001")]
    docs.edit("en", "we will share your personal information with our affiliates. We only share necessary",
              "we will provide your personal information to our affiliates (SHARING it). We only provide necessary")
    assert docs.check(1) == [("zh/privacy.md", 75, "T001")]
    docs.edit("en", "(SHARING it)", "(our shareholders)")
    assert docs.check(0) == []


def test_an_excepted_section_keeps_its_own_sense(docs):
    # section 4 is about the user sharing content (分享): share is not checked there …
    docs.edit("zh", "公开分享的任何信息", "公开共享的任何信息")
    assert docs.check(0) == []
    # … but 分享 for share is forbidden everywhere else, even where the English lacks the term
    docs.edit("zh", "在遵守本隐私声明及相应保密措施的前提下", "在分享前遵守本隐私声明及相应保密措施的前提下")
    assert docs.check(1) == [("zh/privacy.md", 73, "T002")]


def test_placeholder_is_a_warning_until_filled(docs):
    result = run_policy("check", "--docs", docs.path, check=0)
    assert "zh/privacy.md:3:1: warning T004: the placeholder \u201c【待填：公司注册中文名称】\u201d" in result.stdout
    docs.edit("zh", "【待填：公司注册中文名称】", "某某科技有限公司")
    result = run_policy("check", "--docs", docs.path, check=0)
    assert "T004" not in result.stdout and result.stdout.strip().endswith("no findings.")


def test_bad_termbase_is_exit_2_with_its_name(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(ROOT / "docs", root / "docs")
    shutil.copy(ROOT / "policy.toml", root / "policy.toml")
    shutil.copy(ROOT / "terms.toml", root / "terms.toml")
    assert run_policy("check", cwd=root, check=0)
    (root / "terms.toml").write_text('[[term]]\nen = "consent"\n', encoding="utf-8")
    result = run_policy("check", cwd=root, check=2)
    assert "terms.toml:1:1: error T010: term 1 (\u201cconsent\u201d) is incomplete" in result.stdout
    assert "Traceback" not in result.stderr + result.stdout
    (root / "terms.toml").write_text('[[term]\n', encoding="utf-8")
    result = run_policy("check", cwd=root, check=2)
    assert "error T010: is not valid TOML" in result.stdout


def test_an_edited_termbase_takes_effect_at_once(tmp_path):
    # the prepared termbase is cached by content: a change to terms.toml is never hidden by the cache
    root = tmp_path / "project"
    shutil.copytree(ROOT / "docs", root / "docs")
    shutil.copy(ROOT / "policy.toml", root / "policy.toml")
    terms = (ROOT / "terms.toml").read_text(encoding="utf-8")
    (root / "terms.toml").write_text(terms, encoding="utf-8")
    run_policy("check", cwd=root, check=0)
    (root / "terms.toml").write_text(terms + '\n[[term]]\nen = "platform"\nzh = ["平台"]\nforbidden = ["本平台"]\n',
                                     encoding="utf-8")
    assert "T002" in run_policy("check", cwd=root, check=1).stdout
    (root / "terms.toml").write_text(terms, encoding="utf-8")
    run_policy("check", cwd=root, check=0)
