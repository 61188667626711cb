"""`policy diff FROM TO` as a user runs it: the real console command on a project with releases."""

import json
import os
import pty
import shutil
import subprocess
from datetime import date

import jsonschema
import pytest

from conftest import FIXTURES, POLICY, ROOT, run_policy
from tooling.history.release_store import record_json
from tooling.model.releases import Release, ReleasedText
from tooling.model.sections import sha256

SCHEMA = json.loads((ROOT / "tooling" / "schemas" / "diff.schema.json").read_text(encoding="utf-8"))
FIRST, SECOND = "2024-01-01", "2026-12-01"


def add_release(project, release_id, sequence, source, published, effective, languages=("zh", "en")):
    folder = project / "releases" / "privacy" / release_id
    folder.mkdir(parents=True)
    texts = {}
    for lang in languages:
        text = (source / lang / "privacy.md").read_text(encoding="utf-8")
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
        texts[lang] = ReleasedText(lang, text, sha256(text.encode("utf-8")).hexdigest())
    release = Release("privacy", release_id, sequence, "editorial", date.fromisoformat(published),
                      date.fromisoformat(effective), {lang: "-" for lang in languages}, texts, "0" * 40)
    (folder / "release.json").write_text(record_json(release), encoding="utf-8")


@pytest.fixture
def project(tmp_path):
    """A project whose history is the real one: the statement as received, then corrected."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copy(ROOT / "policy.toml", root / "policy.toml")
    shutil.copytree(ROOT / "docs", root / "docs")
    add_release(root, FIRST, 1, FIXTURES / "as-received", "2024-01-01", "2024-01-01")
    add_release(root, SECOND, 2, ROOT / "docs", "2026-11-25", "2026-12-01")
    return root


def diff(project, *args, check=0):
    return run_policy("diff", *args, cwd=project, check=check)


def json_diff(project, *args):
    data = json.loads(diff(project, *args, "--format", "json").stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    return data


def joined(ops, keep):
    return "".join(text for op, text in ops if op in ("=", keep))


def test_json_between_two_releases_round_trips_the_released_texts(project):
    data = json_diff(project, FIRST, SECOND)
    assert (data["from"], data["to"]) == (FIRST, SECOND)
    assert [(d["document"], d["language"]) for d in data["documents"]] == [("privacy", "zh"), ("privacy", "en")]
    for doc in data["documents"]:
        lang = doc["language"]
        old = (project / "releases" / "privacy" / FIRST / f"{lang}.md").read_text(encoding="utf-8")
        new = (project / "releases" / "privacy" / SECOND / f"{lang}.md").read_text(encoding="utf-8")
        assert joined(doc["ops"], "-") == old and joined(doc["ops"], "+") == new
        statuses = {s["id"]: s["status"] for s in doc["sections"] if s["status"] != "unchanged"}
        assert statuses["s3-5"] == statuses["s5-5"] == "renumbered"
    zh = {s["id"]: s for s in data["documents"][0]["sections"]}
    assert (zh["s3-5"]["old_number"], zh["s3-5"]["new_number"]) == ("4.5", "3.5")


def test_latest_and_in_force_resolve_to_release_ids(project):
    data = json_diff(project, "in-force", "latest", "--as-of", "2026-11-30")
    assert (data["from"], data["to"]) == (FIRST, SECOND)  # the correction is published, not yet in force
    data = json_diff(project, "in-force", "latest", "--as-of", "2026-12-01")
    assert (data["from"], data["to"]) == (SECOND, SECOND)
    assert all(s["status"] == "unchanged" for d in data["documents"] for s in d["sections"])


def test_working_tree_against_latest(project):
    path = project / "docs" / "en" / "privacy.md"
    path.write_text(path.read_text(encoding="utf-8").replace("We may amend", "We may change"), encoding="utf-8")
    result = diff(project, "latest", "working", "--lang", "en")
    assert "+++ privacy (en) working" in result.stdout
    assert "[-amend-]" in result.stdout and "{+change+}" in result.stdout
    assert "(zh)" not in result.stdout


def test_text_is_plain_when_piped_and_coloured_on_a_terminal(project):
    piped = diff(project, FIRST, SECOND, "--lang", "zh")
    assert "\x1b[" not in piped.stdout and "[-4.5-]" in piped.stdout
    primary, secondary = pty.openpty()
    try:
        proc = subprocess.run([POLICY, "diff", FIRST, SECOND, "--lang", "zh"], cwd=project, stdout=secondary,
                              stderr=subprocess.PIPE, timeout=120, env={k: v for k, v in os.environ.items()
                                                                         if k != "NO_COLOR"})
        os.close(secondary)
        chunks = []
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(primary)
    out = b"".join(chunks).decode("utf-8")
    assert proc.returncode == 0
    assert "\x1b[31m-" in out and "3.5" in out and "[-4.5-]" not in out
    forced = diff(project, FIRST, SECOND, "--lang", "zh", "--color", "always")
    assert "\x1b[32m+" in forced.stdout


def test_html_to_a_file_is_a_standalone_page_and_the_same_bytes_every_time(project, tmp_path):
    out = tmp_path / "redline.html"
    diff(project, FIRST, SECOND, "--format", "html", "-o", out)
    first = out.read_bytes()
    diff(project, FIRST, SECOND, "--format", "html", "-o", out)
    assert out.read_bytes() == first
    page = first.decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'id="diff-zh-s3-5"' in page and 'id="diff-en-s3-5"' in page
    assert "<script" not in page and "<link" not in page
    assert not list(tmp_path.glob("*.tmp"))


def test_unknown_version_lists_the_known_ones(project):
    result = diff(project, "v9", "working", check=2)
    assert result.stderr.strip() == (
        f"error E200: unknown version “v9” of privacy. Known versions: {FIRST}, {SECOND}, latest, in-force, working.")
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_nothing_in_force_yet_is_a_clear_error(project):
    result = diff(project, "in-force", "working", "--as-of", "2023-06-01", check=2)
    assert "no release of privacy is in force on 2023-06-01" in result.stderr
    result = diff(project, "in-force", "working", "--as-of", "2023-02-30", check=2)
    assert "not a real calendar date" in result.stderr


def test_no_release_yet(tmp_path):
    root = tmp_path / "fresh"
    root.mkdir()
    shutil.copy(ROOT / "policy.toml", root / "policy.toml")
    shutil.copytree(ROOT / "docs", root / "docs")
    result = diff(root, "latest", "working", check=2)
    assert "privacy has no release yet" in result.stderr
    assert diff(root, "working", "working").stdout.count("No changes between these versions.") == 2


def test_bad_options_are_refused_with_exit_2(project, tmp_path):
    assert "not a language of this project" in diff(project, FIRST, SECOND, "--lang", "fr", check=2).stderr
    assert "--document terms: no such document. Documents: privacy." in diff(
        project, FIRST, SECOND, "--document", "terms", check=2).stderr
    missing = tmp_path / "no" / "such" / "folder" / "x.html"
    assert "does not exist" in diff(project, FIRST, SECOND, "--format", "html", "-o", missing, check=2).stderr


def test_release_without_a_language_says_which_it_has(project):
    add_release(project, "2027-01-01", 3, ROOT / "docs", "2027-01-01", "2027-01-01", languages=("zh",))
    result = diff(project, SECOND, "2027-01-01", check=2)
    assert "release 2027-01-01 of privacy has no en text (it has: zh)" in result.stderr
    assert diff(project, SECOND, "2027-01-01", "--lang", "zh").returncode == 0


def test_exit_code_option(project):
    assert diff(project, SECOND, "working", "--exit-code").returncode == 0
    assert diff(project, FIRST, SECOND, "--exit-code", check=1).returncode == 1


def test_broken_working_text_is_compared_whole_with_a_warning(project):
    path = project / "docs" / "zh" / "privacy.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n```\n未闭合的代码块\n", encoding="utf-8")
    result = diff(project, "latest", "working", "--lang", "zh", "--format", "json")
    assert "warning" in result.stderr and "never closed" in result.stderr
    doc = json.loads(result.stdout)["documents"][0]
    assert doc["sections"] == [] and joined(doc["ops"], "+") == path.read_text(encoding="utf-8")
