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
