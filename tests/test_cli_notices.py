"""`policy notices export`, run as the real command in temporary projects."""

import csv
import email
import email.policy
import io
import json
from pathlib import Path

import feedparser
import jsonschema
import pytest

from conftest import run_policy
from test_notices import HISTORY, make_project

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "tooling" / "schemas" / "notices.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return make_project(tmp_path_factory.mktemp("cli") / "project")


def export(project, *args, check=0):
    return run_policy("notices", "export", *args, cwd=project, check=check)


def test_json_to_stdout_validates_and_is_deterministic(project):
    one = export(project, "--as-of", "2025-05-02")
    data = json.loads(one.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["generated"] == "2025-05-01"
    assert [n["id"] for n in data["notices"]] == ["privacy-2025-06-01", "privacy-2025-01-01"]
    assert export(project, "--as-of", "2025-05-02").stdout == one.stdout


def test_json_to_a_file_with_since_and_one_language(project, tmp_path):
    out = tmp_path / "feed.json"
    result = export(project, "--as-of", "2030-01-01", "--since", "2025-01-01", "--lang", "en", "-o", out)
    assert result.stdout == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    assert data["languages"] == ["en"]
    assert [n["release"] for n in data["notices"]] == ["2025-06-15", "2025-06-01"]
    assert all(set(n["summary"]) == {"en"} for n in data["notices"])


def test_atom_for_all_languages_goes_to_a_folder(project, tmp_path):
    out = tmp_path / "feeds"
    export(project, "--format", "atom", "--as-of", "2030-01-01", "-o", out)
    assert sorted(p.name for p in out.iterdir()) == ["notices.en.atom", "notices.zh.atom"]
    zh = feedparser.parse((out / "notices.zh.atom").read_bytes())
    assert not zh.bozo and len(zh.entries) == 3
    assert zh.entries[0].title == "关于修订《隐私声明》的通知"


def test_atom_for_one_language_goes_to_stdout(project):
    result = run_policy("notices", "export", "--format", "atom", "--lang", "en", "--as-of", "2030-01-01",
                        cwd=project, check=0)
    parsed = feedparser.parse(result.stdout.encode("utf-8"))
    assert not parsed.bozo and parsed.feed.language == "en" and len(parsed.entries) == 3


def test_atom_for_all_languages_to_stdout_is_refused(project):
    result = export(project, "--format", "atom", check=2)
    assert "pass -o DIR" in result.stderr and "Traceback" not in result.stderr


def test_csv_opens_in_the_csv_module_with_bom(project, tmp_path):
    out = tmp_path / "notices.csv"
    export(project, "--format", "csv", "--as-of", "2030-01-01", "-o", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == 6
    assert rows[0]["title"] == "关于修订《隐私声明》的通知" and rows[1]["language"] == "en"


def test_email_to_a_folder_writes_one_eml_per_notice_and_language(project, tmp_path):
    out = tmp_path / "mail"
    export(project, "--format", "email", "--as-of", "2025-05-02", "-o", out)
    names = sorted(p.name for p in out.iterdir())
    assert names == ["privacy-2025-01-01.en.eml", "privacy-2025-01-01.zh.eml",
                     "privacy-2025-06-01.en.eml", "privacy-2025-06-01.zh.eml"]
    msg = email.message_from_bytes((out / "privacy-2025-06-01.zh.eml").read_bytes(), policy=email.policy.default)
    assert msg["Subject"] == "【Entroyi供应链智能管理云平台】关于修订《隐私声明》的通知"
    assert "特此通知。" in msg.get_body(("plain",)).get_content()
    first = (out / "privacy-2025-06-01.zh.eml").read_bytes()
    export(project, "--format", "email", "--as-of", "2025-05-02", "-o", out)
    assert (out / "privacy-2025-06-01.zh.eml").read_bytes() == first


def test_email_to_stdout_is_json_messages(project):
    result = export(project, "--format", "email", "--lang", "zh", "--as-of", "2025-05-02")
    messages = json.loads(result.stdout)
    assert [(m["notice"], m["language"]) for m in messages] == [
        ("privacy-2025-06-01", "zh"), ("privacy-2025-01-01", "zh")]
    assert messages[0]["text"].startswith("尊敬的用户：") and messages[0]["html"].startswith("<!DOCTYPE html>")


def test_unknown_since_lists_the_known_ids(project):
    result = export(project, "--since", "v9", check=2)
    assert "--since v9" in result.stderr
    assert "Known notice ids: privacy-2025-01-01, privacy-2025-06-01, privacy-2025-06-15" in result.stderr
    assert "known release ids: 2025-01-01, 2025-06-01, 2025-06-15" in result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr


def test_since_takes_a_notice_id_from_the_feed(project):
    feed = json.loads(export(project, "--as-of", "2030-01-01").stdout)
    oldest = feed["notices"][-1]["id"]
    later = json.loads(export(project, "--as-of", "2030-01-01", "--since", oldest).stdout)
    assert [n["id"] for n in later["notices"]] == [n["id"] for n in feed["notices"][:-1]]


def test_a_bad_as_of_date_is_refused(project):
    result = export(project, "--as-of", "2025-02-30", check=2)
    assert "not a real calendar date" in result.stderr


def test_a_release_without_an_english_summary_fails_naming_its_file_and_writes_nothing(tmp_path):
    history = [HISTORY[0], dict(HISTORY[1], summary={"zh": HISTORY[1]["summary"]["zh"]})]
    root = make_project(tmp_path / "p", history)
    out = tmp_path / "feed.json"
    for fmt in ("json", "atom", "csv", "email"):
        result = export(root, "--format", fmt, "--as-of", "2030-01-01", "-o", out, check=2)
        assert "releases/privacy/2025-06-01/release.json" in result.stderr
        assert "no summary in \u201cen\u201d" in result.stderr and "Traceback" not in result.stderr
        assert not out.exists()


def test_a_project_without_releases_exports_an_empty_valid_feed(tmp_path):
    root = make_project(tmp_path / "p", history=[])
    data = json.loads(export(root, "--as-of", "2025-01-01").stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["notices"] == []


@pytest.mark.parametrize("fmt", ["json", "atom", "csv", "email"])
def test_every_format_gives_the_same_bytes_twice(project, tmp_path, fmt):
    def tree(out):
        export(project, "--format", fmt, "--as-of", "2030-01-01", "-o", out)
        return {p.name: p.read_bytes() for p in out.iterdir()} if out.is_dir() else out.read_bytes()

    target = "out" if fmt in ("atom", "email") else f"out.{fmt}"
    assert tree(tmp_path / "a" / target) == tree(tmp_path / "b" / target)


def test_the_real_history_announces_the_corrected_numbering():
    data = json.loads(run_policy("notices", "export", "--as-of", "2026-11-25", cwd=ROOT, check=0).stdout)
    jsonschema.validate(data, SCHEMA)
    corrected = next(n for n in data["notices"] if n["release"] == "2026-12-01")
    assert corrected["kind"] == "editorial" and corrected["consent_required"] is False
    renumbered = {s["id"]: (s["previous_number"]["zh"], s["number"]["zh"])
                  for s in corrected["sections"] if s["status"] == "renumbered"}
    assert renumbered == {"s3-5": ("4.5", "3.5"), "s5-5": ("5.", "5.5")}
