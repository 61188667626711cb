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
