"""`policy release`, `policy import-release`, `policy releases` and `policy verify` on real git repositories."""

import json
import subprocess

import git
import pytest

from conftest import FIXTURES, run_policy
from release_helpers import release_2026_12_01_and_2027_01_10, SUMMARY, commit_all, make_project, release


@pytest.fixture
def project(tmp_path):
    return make_project(tmp_path)


def test_release_records_texts_changelog_commit_and_tag(project):
    root, repo = project
    cut_from = repo.head.commit.hexsha
    out = release(root, check=0).stdout
    assert "Released privacy 2026-12-01 (editorial)" in out

    folder = root / "releases" / "privacy" / "2026-12-01"
    record = json.loads((folder / "release.json").read_text(encoding="utf-8"))
    assert record["commit"] == cut_from
    assert record["kind"] == "editorial" and record["sequence"] == 1 and record["imported"] is False
    assert record["summary"] == {"zh": "更正第2.1条的措辞。", "en": "Wording of clause 2.1 corrected."}
    for lang in ("zh", "en"):
        assert (folder / f"{lang}.md").read_bytes() == (root / "docs" / lang / "privacy.md").read_bytes()

    head = repo.head.commit
    assert head.parents[0].hexsha == cut_from
    assert head.message.startswith("Release privacy 2026-12-01 (editorial)")
    tag = repo.tags["policy/privacy/2026-12-01"]
    assert tag.commit == head and tag.tag is not None  # annotated
    assert repo.git.status("--porcelain") == ""

    log = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    entry = log.split("## [privacy 2026-12-01] - 2026-11-25", 1)[1]
    assert entry.index("隐私声明") < entry.index("Privacy Statement")  # Chinese first
    assert "更正第2.1条的措辞。" in entry and "Wording of clause 2.1 corrected." in entry
    assert "生效日期：2026-12-01" in entry and "effective 2026-12-01" in entry


def test_changelog_is_newest_first_and_releases_lists_statuses(project):
    root, repo = project
    release(root, "2026-12-01", check=0)
    zh = root / "docs" / "zh" / "privacy.md"
    zh.write_text(zh.read_text(encoding="utf-8").replace("所有服务", "全部服务"), encoding="utf-8")
    run_policy("sync", "privacy", "--section", "s1", cwd=root, check=0)
    commit_all(repo, "scope: wording")
    release(root, "2027-03-01", kind="material", published="2027-01-15", effective="2027-03-01",
            summary=["--summary", "zh=扩大适用范围。", "--summary", "en=Scope extended."], check=0)

    log = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    assert log.index("[privacy 2027-03-01]") < log.index("[privacy 2026-12-01]")
    assert "### 变更\n- 扩大适用范围。" in log and "### Changed\n- Scope extended." in log

    text = run_policy("releases", "--as-of", "2027-02-01", cwd=root, check=0).stdout
    lines = {line.split()[0]: line for line in text.splitlines() if line.startswith("  20")}
    assert lines["2027-03-01"].endswith("upcoming") and lines["2026-12-01"].endswith("in force")
    data = json.loads(run_policy("releases", "--format", "json", "--as-of", "2027-03-01", cwd=root, check=0).stdout)
    statuses = {r["id"]: r["status"] for r in data["documents"]["privacy"]}
    assert statuses == {"2027-03-01": "in-force", "2026-12-01": "superseded"}
    early = json.loads(run_policy("releases", "--format", "json", "--as-of", "2026-11-01", cwd=root, check=0).stdout)
    assert {r["status"] for r in early["documents"]["privacy"]} == {"not-yet-published"}


def _refused(result, *needles):
    assert result.returncode == 2, (result.stdout, result.stderr)
    for needle in needles:
        assert needle in result.stderr, (needle, result.stderr)


def _unchanged(root, repo, before):
    assert repo.head.commit.hexsha == before
    assert not (root / "releases").exists()
    assert [t.name for t in repo.tags] == []
    assert repo.git.status("--porcelain") == ""


@pytest.mark.parametrize("args, needles", [
    ({"release_id": "a/b"}, ["R001", "no '/'"]),
    ({"release_id": "a..b"}, ["R001"]),
    ({"release_id": "a b"}, ["R001"]),
    ({"release_id": "版本一"}, ["R001", "non-ASCII"]),
    ({"published": "2026-02-30"}, ["R002", "not a real calendar date"]),
    ({"effective": "1 Dec 2026"}, ["R002", "YYYY-MM-DD"]),
    ({"published": "2026-12-02", "effective": "2026-12-01"}, ["R003", "precedes the publication date"]),
    ({"kind": "material", "published": "2026-11-25", "effective": "2026-12-01"},
     ["R004", "at least 30 days", "2026-12-25 at the earliest"]),
    ({"summary": ["--summary-zh", "只有中文。"]}, ["R005", "missing: en"]),
    ({"summary": ["--summary-en", "English only.", "--summary-zh", "  "]}, ["R005", "missing: zh"]),
])
def test_refusals_write_nothing(project, args, needles):
    root, repo = project
    before = repo.head.commit.hexsha
    _refused(release(root, **args), *needles)
    _unchanged(root, repo, before)


def test_refused_when_check_has_errors(project):
    root, repo = project
    en = root / "docs" / "en" / "privacy.md"
    en.write_text(en.read_text(encoding="utf-8").replace("2.2 Log", "2.3 Log"), encoding="utf-8")
    commit_all(repo, "a numbering mistake")
    before = repo.head.commit.hexsha
    _refused(release(root), "R030", "`policy check` has", "docs/en/privacy.md:")
    _unchanged(root, repo, before)


def test_refused_while_a_placeholder_for_the_legal_team_is_in_the_text(project):
    """`policy check` only warns of a 【待填：…】 placeholder (T004); a release would publish it."""
    root, repo = project
    zh = root / "docs" / "zh" / "privacy.md"
    zh.write_text(zh.read_text(encoding="utf-8").replace("说明我们如何", "说明【待填：公司注册中文名称】如何"),
                  encoding="utf-8")
    commit_all(repo, "the company's name is still to be given")
    run_policy("sync", "privacy", "--all", cwd=root, check=0)
    commit_all(repo, "confirm the translation")
    assert run_policy("check", cwd=root, check=0).stdout.count("warning T004") == 1
    before = repo.head.commit.hexsha
    _refused(release(root), "R033", "placeholder left for the legal team", "docs/zh/privacy.md:3:")
    _unchanged(root, repo, before)


@pytest.mark.parametrize("path", ["docs/zh/privacy.md", "CHANGELOG.md", "docs/en/new.md"])
def test_refused_with_uncommitted_changes(project, path):
    root, repo = project
    target = root / path
    target.write_text((target.read_text(encoding="utf-8") if target.exists() else "# New\n") + "\n", encoding="utf-8")
    before = repo.head.commit.hexsha
    _refused(release(root), "R031", "uncommitted changes", path)
    assert repo.head.commit.hexsha == before and not (root / "releases").exists()


def test_refused_when_id_exists_as_record_or_tag(project):
    root, repo = project
    release(root, check=0)
    _refused(release(root), "R006", "already has a release")
    repo.create_tag("policy/privacy/2027-01-01", message="made by hand")
    _refused(release(root, "2027-01-01", published="2026-12-01", effective="2027-01-01"), "R006", "tag")


def test_refused_with_a_stale_translation(project):
    root, repo = project
    zh = root / "docs" / "zh" / "privacy.md"
    zh.write_text(zh.read_text(encoding="utf-8").replace("日志信息", "日志信息和设备信息"), encoding="utf-8")
    commit_all(repo, "collect device information")
    before = repo.head.commit.hexsha
    _refused(release(root), "R030", "S001", "docs/en/privacy.md:17:1", "policy sync privacy --lang en --section s2-2")
    _unchanged(root, repo, before)


def test_refused_when_the_translation_was_never_confirmed(tmp_path):
    root, repo = make_project(tmp_path, pins=False)
    _refused(release(root), "R032", "never been confirmed", "policy sync privacy --lang en --all")


def test_published_defaults_to_today(project):
    root, repo = project
    from datetime import date, timedelta

    today = date.today()
    release(root, "today", published=None, effective=(today + timedelta(days=1)).isoformat(), check=0)
    record = json.loads((root / "releases/privacy/today/release.json").read_text(encoding="utf-8"))
    assert record["published"] == today.isoformat()


def test_tampered_text_fails_check_and_verify(project):
    root, repo = project
    release(root, check=0)
    assert run_policy("verify", cwd=root, check=0).stdout.endswith("every hash matches.\n")
    text = root / "releases/privacy/2026-12-01/en.md"
    text.write_text(text.read_text(encoding="utf-8").replace("all services", "some services"), encoding="utf-8")

    check = run_policy("check", cwd=root, check=1)
    assert "releases/privacy/2026-12-01/en.md:1:1: error R020" in check.stdout
    assert "releases/privacy/2026-12-01/release.json records" in check.stdout
    verify = run_policy("verify", cwd=root, check=1)
    assert "R020" in verify.stdout and "R021" in verify.stdout

    # Editing the record to match does not help: the text differs from docs/ at the recorded commit.
    record_path = root / "releases/privacy/2026-12-01/release.json"
    from tooling.model.sections import sha256

    record = json.loads(record_path.read_text(encoding="utf-8"))
    record["texts"]["en"]["sha256"] = sha256(text.read_bytes()).hexdigest()
    record_path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    run_policy("check", cwd=root, check=0)
    verify = run_policy("verify", cwd=root, check=1).stdout
    assert "R021" in verify and "R022" in verify and "R020" not in verify


@pytest.mark.parametrize("damage, needles", [
    (lambda folder: (folder / "release.json").write_text('{"id": "2026-12-01",\n "kind": }', encoding="utf-8"),
     ["release.json:2:", "R010", "not valid JSON"]),
    (lambda folder: _drop_field(folder, "effective"), ["release.json", "R010", "the field \u201ceffective\u201d is missing"]),
    (lambda folder: (folder / "zh.md").unlink(), ["release.json", "R010", "zh.md is missing"]),
    (lambda folder: _set_field(folder, "published", "2026-13-01"), ["release.json", "R010", "not a real calendar date"]),
])
def test_corrupted_record_is_named(project, damage, needles):
    root, repo = project
    release(root, check=0)
    damage(root / "releases/privacy/2026-12-01")
    for command in (["check"], ["releases"], ["verify"]):
        result = run_policy(*command, cwd=root)
        assert result.returncode == 2, command
        output = result.stdout + result.stderr
        for needle in needles:
            assert needle in output, (command, needle, output)
        assert "Traceback" not in output


def _drop_field(folder, name):
    record = json.loads((folder / "release.json").read_text(encoding="utf-8"))
    del record[name]
    (folder / "release.json").write_text(json.dumps(record), encoding="utf-8")


def _set_field(folder, name, value):
    record = json.loads((folder / "release.json").read_text(encoding="utf-8"))
    record[name] = value
    (folder / "release.json").write_text(json.dumps(record), encoding="utf-8")


def test_fresh_clone_rebuilds_history_and_shallow_clone_gets_clear_error(project, tmp_path):
    root, repo = project
    release_2026_12_01_and_2027_01_10(root, repo)

    clone = tmp_path / "clone"
    git.Repo.clone_from(root.as_uri(), clone, no_tags=True)  # tags are a convenience, never needed
    listed = json.loads(run_policy("releases", "--format", "json", cwd=clone, check=0).stdout)
    assert [r["id"] for r in listed["documents"]["privacy"]] == ["2027-01-10", "2026-12-01"]
    assert "2 releases, 4 texts: every hash matches" in run_policy("verify", cwd=clone, check=0).stdout
    record = json.loads((clone / "releases/privacy/2026-12-01/release.json").read_text(encoding="utf-8"))
    at_commit = subprocess.run(["git", "show", f"{record['commit']}:docs/zh/privacy.md"], cwd=clone,
                               capture_output=True, check=True).stdout
    assert (clone / "releases/privacy/2026-12-01/zh.md").read_bytes() == at_commit
    assert at_commit != (clone / "docs/zh/privacy.md").read_bytes()  # docs/ moved on since

    shallow = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", root.as_uri(), str(shallow)], check=True)
    result = run_policy("verify", cwd=shallow)
    assert result.returncode == 2
    assert "shallow clone" in result.stderr and "git fetch --unshallow" in result.stderr
    assert "Traceback" not in result.stderr
    # Listing still works from the files alone.
    run_policy("releases", cwd=shallow, check=0)


def test_import_release_records_history_as_it_was(project):
    root, repo = project
    out = run_policy("import-release", "privacy", "--from", FIXTURES / "as-received", "--id", "2025-06-01",
                     "--kind", "material", "--published", "2025-06-01", "--effective", "2025-06-01",
                     "--summary-zh", "首次发布。", "--summary-en", "First publication.", cwd=root, check=0).stdout
    assert "6 findings of the text as published recorded" in out
    folder = root / "releases/privacy/2025-06-01"
    record = json.loads((folder / "release.json").read_text(encoding="utf-8"))
    assert record["imported"] is True
    for lang in ("zh", "en"):
        assert (folder / f"{lang}.md").read_bytes() == (FIXTURES / "as-received" / lang / "privacy.md").read_bytes()
    findings = record["recorded_findings"]
    assert sorted((f["file"], f["code"]) for f in findings) == sorted(
        (f"releases/privacy/2025-06-01/{lang}.md", code) for lang in ("zh", "en") for code in ("N001", "N002", "N003"))
    assert any(f["line"] == 59 and "4.5" in f["message"] for f in findings if f["file"].endswith("en.md"))
    assert "（历史版本，按原样收录）" in (root / "CHANGELOG.md").read_text(encoding="utf-8")
    run_policy("check", cwd=root, check=0)
    assert "imported at" in run_policy("verify", cwd=root, check=0).stdout
    # A historical version older than the newest release is refused: history is imported oldest first.
    release(root, check=0)
    late = run_policy("import-release", "privacy", "--from", FIXTURES / "as-received", "--id", "old",
                      "--kind", "editorial", "--published", "2024-01-01", "--effective", "2024-01-01",
                      *SUMMARY, cwd=root)
    assert late.returncode == 2 and "R008" in late.stderr
