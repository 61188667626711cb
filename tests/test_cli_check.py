"""`policy check` as the legal team and a pre-commit hook run it: the real console command."""

import json

from conftest import FIXTURES, run_policy


def test_the_real_sources_pass():
    result = run_policy("check", check=0)
    # one warning only: the registered Chinese name left for the legal team (T004)
    assert result.stdout.strip().endswith("0 errors, 1 warning.")
    assert " warning T004: the placeholder \u201c【待填：公司注册中文名称】\u201d" in result.stdout


def test_as_received_statement_reports_exactly_its_numbering_defects():
    result = run_policy("check", "--docs", FIXTURES / "as-received", check=1)
    lines = [line for line in result.stdout.splitlines() if ": error N" in line]
    located = [(line.split(":")[0].split("/as-received/")[1], int(line.split(":")[1]), line.split()[2].rstrip(":"))
               for line in lines]
    assert located == [
        ("en/privacy.md", 59, "N002"), ("en/privacy.md", 85, "N001"), ("en/privacy.md", 109, "N003"),
        ("zh/privacy.md", 55, "N002"), ("zh/privacy.md", 81, "N001"), ("zh/privacy.md", 105, "N003"),
    ]
    assert "11 errors" in result.stdout  # and its five terminology defects (T001-T003, test_termbase.py)


def test_json_output():
    result = run_policy("check", "--docs", FIXTURES / "as-received", "--format", "json", check=1)
    findings = [f for f in json.loads(result.stdout)["findings"] if f["code"][0] == "N"]
    assert len(findings) == 6
    assert set(findings[0]) == {"file", "line", "column", "severity", "code", "message"}
    assert findings[0]["severity"] == "error" and findings[0]["line"] == 59


def test_gbk_source_is_exit_2_with_file_and_advice(tmp_path):
    for lang in ("zh", "en"):
        (tmp_path / lang).mkdir()
    (tmp_path / "zh" / "p.md").write_bytes("# 隐私声明\n\n## 1. 适用范围\n".encode("gbk"))
    (tmp_path / "en" / "p.md").write_text("---\ntranslation_of: zh\n---\n# P\n\n## 1. Scope\n")
    result = run_policy("check", "--docs", tmp_path, check=2)
    assert "zh/p.md:1:3: error E001: is not UTF-8" in result.stdout
    assert "Traceback" not in result.stderr


def test_usage_errors_are_exit_2_without_traceback(tmp_path):
    for args in (["check", "--no-such-option"], ["check", "--docs", tmp_path / "missing"], ["frobnicate"], []):
        result = run_policy(*args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr + result.stdout


def test_missing_configuration_is_a_clear_error(tmp_path):
    result = run_policy("check", cwd=tmp_path, check=2)
    assert "no policy.toml found" in result.stderr


def _check_pair(folder, zh, en):
    """`policy check zh.md en.md` on the two texts written into ``folder`` (findings expected: exit 1)."""
    (folder / "zh.md").write_text(zh, encoding="utf-8")
    (folder / "en.md").write_text(en, encoding="utf-8")
    return run_policy("check", "zh.md", "en.md", cwd=folder, check=1)


def _snapshot(folder):
    return {str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.stat().st_size) for p in folder.rglob("*")}


def test_check_works_outside_any_project_and_writes_nothing(tmp_path):
    corpus = FIXTURES.parent / "corpus"
    for lang in ("zh", "en"):
        (tmp_path / lang).mkdir()
        for name in ("covenant-14-zh-cn.md", "mulan-psl-2.md"):
            (tmp_path / lang / name).write_bytes((corpus / lang / name).read_bytes())
    before = _snapshot(tmp_path)
    result = run_policy("check", "--docs", ".", cwd=tmp_path, check=1)
    assert result.stdout.splitlines() == [
        "en/covenant-14-zh-cn.md:79:1: error P006: section \u201cAttribution\u201d: this paragraph (\u201cFor "
        "answers to common questions about th\u2026\u201d), which states the URL "
        "https://www.contributor-covenant.org/faq, has no counterpart in the Chinese text "
        "(zh/covenant-14-zh-cn.md:47); remove it or add it to the Chinese text first.",
        "policy check: 4 files checked, 1 error, 0 warnings."]
    result = run_policy("check", "zh/mulan-psl-2.md", "en/mulan-psl-2.md", cwd=tmp_path, check=0)
    assert result.stdout.strip() == "policy check: 2 files checked, no findings."
    result = run_policy("check", "zh/covenant-14-zh-cn.md", "en/covenant-14-zh-cn.md", "--format", "json",
                        cwd=tmp_path, check=1)
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] == ["P006"]
    assert _snapshot(tmp_path) == before  # no cache, no pins, nothing


def test_two_files_are_checked_and_bad_arguments_are_usage_errors(tmp_path):
    result = run_policy("check", "zh.md", cwd=tmp_path, check=2)
    assert "give two files to compare" in result.stderr and "Traceback" not in result.stderr
    result = run_policy("check", "missing-zh.md", "missing-en.md", cwd=tmp_path, check=2)
    assert "missing-zh.md:1:1: error E007: file not found" in result.stdout


def test_two_texts_without_headings_are_compared_and_their_lack_of_headings_is_a_finding(tmp_path):
    (tmp_path / "zh.md").write_text("我们在 5 个工作日内回复。\n\n已公开的漏洞：CVE-2021-26558。\n", encoding="utf-8")
    (tmp_path / "en.md").write_text("We reply within 5 working days.\n", encoding="utf-8")
    result = run_policy("check", "zh.md", "en.md", cwd=tmp_path, check=1)  # findings, not bad input (2)
    lines = result.stdout.splitlines()
    assert [line.split(": ")[1].split()[1] for line in lines[:-1]] == ["E003", "P006", "E003"], lines
    assert "has no headings" in lines[0] and "Traceback" not in result.stderr
    assert "the Chinese paragraph at zh.md:3 (\u201c已公开的漏洞：CVE-2021-26558。\u201d), which states the identifier " \
        "CVE-2021-26558, has no counterpart in the English text" in lines[1]


def test_a_list_item_run_into_its_number_is_one_finding_and_compared_as_the_item_meant(tmp_path):
    # Open-IM-Server's contributing guide (round 31): "4. 请在中文和英语单词之间插入空格。" then "5.请为技术术语…"
    # without the space Markdown needs: the site shows the two as item 4. One finding names the line, and the
    # items are compared as meant (before: the English item 4 said to have no counterpart, and "5" said missing)
    zh = ("# 文档规则\n\n## 格式\n\n1. 不要混用标点。\n2. 请在中文和英语单词之间插入空格。\n3.请为技术术语使用正确的大小写。\n"
          "4. 请检查拼写错误。\n")
    en = ("# Docs rules\n\n## Format\n\n1. Do not mix punctuation.\n2. Please insert a whitespace between Chinese and "
          "English words.\n3. Please use the correct case for technical terms.\n4. Please check for typos.\n")
    result = _check_pair(tmp_path, zh, en)
    lines = result.stdout.splitlines()[:-1]
    assert lines == ["zh.md:7:1: error E009: line 7 starts a numbered list item with its number run into the text "
                     "(\u201c3.请为技术术语使用正确的大小写。\u201d): Markdown reads it as more text of the item before, and "
                     "the site shows the two as one item; put a space after the number (\u201c3. 请为技术术语使用正确的大小写。"
                     "\u201d). It is compared as the item meant."], lines
    # a number that does not continue the list, or a decimal, is text of the item
    for other in ("3.5个百分点以内。", "5.请为技术术语使用正确的大小写。"):
        result = _check_pair(tmp_path, zh.replace("3.请为技术术语使用正确的大小写。", other), en)
        assert "E009" not in result.stdout, result.stdout


def test_headings_written_without_a_space_are_one_finding_per_file_and_compared_as_headings(tmp_path):
    # "##二、账户与密码": the #s run into the text, as Chinese texts often write them; Markdown (and so the site)
    # shows such a line as text. Each file gets one finding naming its lines, and the sections are still compared
    # as the headings meant, not as paragraphs without counterpart
    zh = ("#服务协议\n\n##一、使用前提\n\n您须年满 18 周岁。\n\n##二、账户与密码\n\n您应妥善保管密码。\n\n"
          "##联系我们\n\n请致函 help@example.cn。\n")
    en = ("# Terms of Service\n\n## 1. Premise of use\n\nYou must be at least 18 years old.\n\n"
          "## 2. Account and password\n\nKeep your password safe.\n\n##Contact us\n\nWrite to help@example.cn.\n")
    result = _check_pair(tmp_path, zh, en)
    lines = result.stdout.splitlines()[:-1]
    assert [line.split(": ")[1].split()[1] for line in lines] == ["E008", "E008"], lines
    assert lines[0].startswith("en.md:11:1: error E008: line 11 starts with # run into the text (\u201c##Contact us"
                               "\u201d): Markdown reads it as text, not as a heading, and the site shows the #s; put a "
                               "space after them (\u201c## Contact us\u201d). It is compared as the heading meant.")
    assert lines[1].startswith("zh.md:1:1: error E008: lines 1, 3, 7, 11 start with # run into the text")
    # a changed fact is still found in its section
    (tmp_path / "en.md").write_text(en.replace("at least 18", "at least 16"), encoding="utf-8")
    result = run_policy("check", "zh.md", "en.md", cwd=tmp_path, check=1)
    assert "section 1 (\u201cPremise of use\u201d): the Chinese text has the number 18" in result.stdout
    # "#1" or a hashtag-like number alone is no heading
    (tmp_path / "en.md").write_text(en.replace("Keep your password safe.", "Keep your password safe.\n#42"),
                                    encoding="utf-8")
    result = run_policy("check", "zh.md", "en.md", cwd=tmp_path, check=1)
    assert "en.md:12:1: error E008: line 12 starts with # run into the text" in result.stdout  # not line 11's #42



def test_headings_written_with_the_full_width_sign_are_named_and_compared_as_headings(tmp_path):
    # nativescript-vue's machine-translated code of conduct (round 57): "＃贡献者公约行为准则", "＃＃ 范围", Markdown shows
    # them as text: the title was said missing (P008), the title line and the "Scope" section said untranslated
    zh = "＃服务协议\n\n##一、使用前提\n\n您须年满 18 周岁。\n\n＃＃ 二、账户与密码\n\n您应妥善保管密码。\n"
    en = ("# Terms of Service\n\n## 1. Premise of use\n\nYou must be at least 18 years old.\n\n"
          "## 2. Account and password\n\nKeep your password safe.\n")
    result = _check_pair(tmp_path, zh, en)
    lines = result.stdout.splitlines()[:-1]
    assert lines == ["zh.md:1:1: error E008: lines 1, 3, 7 start with # run into the text or written full width (＃) "
                     "(\u201c＃服务协议\u201d): Markdown reads them as text, not as headings, and the site shows the #s; "
                     "write # and put a space after them (\u201c# 服务协议\u201d). They are compared as the headings "
                     "meant."], lines
