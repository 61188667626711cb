"""`policy check --format github|sarif`: the findings as GitHub Actions annotations and as a
SARIF 2.1.0 log, validated against the OASIS schema (vendored in tests/schemas/)."""

import json
import re
from pathlib import Path

import jsonschema

from conftest import FIXTURES, ROOT, run_policy
from tooling.cli.ci_formats import to_github, to_sarif
from tooling.findings import Finding

SARIF_SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
AS_RECEIVED = FIXTURES / "as-received"
LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<level>error|warning) (?P<code>\w+): (?P<message>.*)$")
ANNOTATION = re.compile(r"^::(?P<level>error|warning) file=(?P<file>[^,]+),line=(?P<line>\d+),col=(?P<col>\d+),"
                        r"title=policy check (?P<code>\w+)::(?P=code): (?P<message>.*)$")


def text_findings():
    result = run_policy("check", "--docs", AS_RECEIVED, check=1)
    return [LINE.match(line).groupdict() for line in result.stdout.splitlines() if LINE.match(line)]


def test_github_annotations_are_the_findings_of_the_text_output():
    result = run_policy("check", "--docs", AS_RECEIVED, "--format", "github", check=1)
    annotations = [ANNOTATION.match(line).groupdict() for line in result.stdout.splitlines() if line.startswith("::")]
    expected = text_findings()
    # the six numbering defects and the five terminology defects of the as-received text
    assert sorted(f["code"] for f in expected if f["code"].startswith("N")) == ["N001", "N001", "N002", "N002",
                                                                                "N003", "N003"]
    assert len([f for f in expected if f["code"].startswith("T")]) == 5 and len(expected) == 11
    assert annotations == expected


def test_sarif_validates_against_the_sarif_2_1_0_schema_and_has_every_finding():
    result = run_policy("check", "--docs", AS_RECEIVED, "--format", "sarif", check=1)
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator.check_schema(SARIF_SCHEMA)
    jsonschema.Draft4Validator(SARIF_SCHEMA, format_checker=jsonschema.FormatChecker()).validate(log)
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    got = [{"file": r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "line": str(r["locations"][0]["physicalLocation"]["region"]["startLine"]),
            "col": str(r["locations"][0]["physicalLocation"]["region"]["startColumn"]),
            "level": r["level"], "code": r["ruleId"], "message": r["message"]["text"]} for r in run["results"]]
    assert got == text_findings()
    assert all(rules[r["ruleIndex"]] == r["ruleId"] for r in run["results"])


def test_a_check_without_errors_gives_a_valid_sarif_log_of_its_warnings_and_exit_0():
    result = run_policy("check", "--format", "sarif", check=0)
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    # the sources are clean but for the placeholder of the company's registered Chinese name
    assert [(r["ruleId"], r["level"]) for r in log["runs"][0]["results"]] == [("T004", "warning")]


def test_special_characters_are_escaped_so_each_finding_stays_one_annotation():
    finding = Finding("docs/zh/my policy,v2.md", 3, 1, "F001", "50% differs:\nline two", severity="warning")
    (line,) = to_github([finding]).splitlines()
    assert line == ("::warning file=docs/zh/my policy%2Cv2.md,line=3,col=1,title=policy check F001::"
                    "F001: 50%25 differs:%0Aline two")
    log = json.loads(to_sarif([finding], "1.0"))
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == "docs/zh/my%20policy%2Cv2.md"


def test_bad_input_is_annotated_without_a_file_when_there_is_none():
    finding = Finding("-", None, None, "E100", "no policy.toml")
    assert to_github([finding]) == "::error title=policy check E100::E100: no policy.toml\n"
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(json.loads(to_sarif([finding], "1.0")))


# --- policy diff --format markdown: the pull request's comment -----------------------------------

def rendered(markdown_text):
    import markdown

    return markdown.markdown(markdown_text, extensions=["tables"])


def test_the_markdown_summary_lists_the_affected_sections_of_the_real_history():
    result = run_policy("diff", "2025-06-01", "2026-12-01", "--format", "markdown", check=0)
    text = result.stdout
    assert text.startswith("### Policy changes: 2025-06-01 → 2026-12-01\n")
    assert "**privacy** (zh): 编号调整 3 项" in text
    assert "| `s3-5` 经您授权的其他用途。 | 3.5 | 编号调整 (4.5 → 3.5) |" in text
    html = rendered(text)
    assert html.count("<table>") == 2  # one per language
    assert "<td>3.5</td>" in html and "<code>s3-5</code>" in html


def test_markdown_from_policy_text_cannot_inject_markup():
    from tooling.cli.ci_formats import to_markdown
    from tooling.diff.diffing import diff_documents

    old = "# T\n\n## 1. Scope\n\nText.\n"
    new = "# T\n\n## 1. Scope | <script>alert(1)</script> *bold* [x](javascript:1)\n\nText changed.\n"
    html = rendered(to_markdown([diff_documents(old, new, "en", "privacy", "a", "b")], "a", "b"))
    assert "<script>" not in html and "<em>" not in html and "<a " not in html
    assert html.count("<td>") == 3  # the | in the title did not open a cell


def test_identical_versions_say_so():
    result = run_policy("diff", "2026-12-01", "2026-12-01", "--format", "markdown", check=0)
    assert "No changes: the texts are identical." in result.stdout
