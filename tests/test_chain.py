"""Tamper evidence without tags: `policy verify` checks every release file against the commit that
added it (git history), the hash chain of the records, tags against records, and a built site
against the repository (`--site`). Real git repositories, real `policy` processes, a real build."""

import json
import os
import shutil
import subprocess
import sys

import git
import pytest

from conftest import FIXTURES, ROOT, run_policy
from release_helpers import release_2026_12_01_and_2027_01_10, SUMMARY, commit_all, make_project
from tooling.model.sections import sha256

RELEASES = ("2025-06-01", "2026-12-01", "2027-01-10")


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """Three releases of privacy (one imported), then every tag deleted: a clone as shipped."""
    root, repo = make_project(tmp_path_factory.mktemp("chain"))
    run_policy("import-release", "privacy", "--from", FIXTURES / "as-received", "--id", "2025-06-01",
               "--kind", "material", "--published", "2025-06-01", "--effective", "2025-06-01",
               "--summary-zh", "首次发布。", "--summary-en", "First publication.", cwd=root, check=0)
    release_2026_12_01_and_2027_01_10(root, repo)
    for tag in list(repo.tags):
        repo.delete_tag(tag)
    return root


@pytest.fixture
def project(template, tmp_path):
    root = tmp_path / "project"
    shutil.copytree(template, root, symlinks=True)
    return root, git.Repo(root)


def record_path(root, release_id):
    return root / "releases" / "privacy" / release_id / "release.json"


def load(root, release_id):
    return json.loads(record_path(root, release_id).read_text(encoding="utf-8"))


def save(root, release_id, data):
    """Write a record as `policy release` writes it (sorted keys, two-space indent)."""
    record_path(root, release_id).write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                                             encoding="utf-8")


def digest(root, release_id):
    return sha256(record_path(root, release_id).read_bytes()).hexdigest()


def tamper_commit(repo, message="Tidy the release records"):
    commit_all(repo, message)
    return repo.head.commit.hexsha[:12]


def verify_fails(root, *needles):
    result = run_policy("verify", cwd=root, check=1)
    for needle in needles:
        assert needle in result.stdout, (needle, result.stdout)
    assert "Traceback" not in result.stdout + result.stderr
    return result.stdout


def test_untouched_history_verifies_without_tags_and_each_release_links_the_previous(project):
    root, repo = project
    assert list(repo.tags) == []
    out = run_policy("verify", cwd=root, check=0).stdout
    assert "the hash chain is unbroken" in out
    assert load(root, "2025-06-01")["previous"] is None
    for before, after in zip(RELEASES, RELEASES[1:]):
        # the link is the SHA-256 of the previous record's bytes as committed
        committed = subprocess.run(["git", "show", f"HEAD:releases/privacy/{before}/release.json"], cwd=root,
                                   capture_output=True, check=True).stdout
        assert load(root, after)["previous"] == {"id": before, "record_sha256": sha256(committed).hexdigest()}
        assert load(root, after)["previous"]["record_sha256"] == digest(root, before)


@pytest.mark.parametrize("field, value", [
    ("effective", "2026-12-05"),
    ("published", "2026-11-20"),
    ("kind", "material"),
    ("summary", {"zh": "修订了第2.1条。", "en": "Clause 2.1 revised."}),
    ("title", {"zh": "个人信息保护政策", "en": "Personal Information Protection Policy"}),
    ("imported", True),
    ("commit", None),  # the project's first commit
])
def test_editing_any_field_of_a_committed_record_is_reported_with_its_commit(project, field, value):
    root, repo = project
    data = load(root, "2026-12-01")
    if field == "commit":
        value = list(repo.iter_commits())[-1].hexsha
    assert data[field] != value
    data[field] = value
    save(root, "2026-12-01", data)
    run_policy("check", cwd=root, check=0)  # the record is still well-formed: only history shows the change
    sha = tamper_commit(repo)
    out = verify_fails(root, "releases/privacy/2026-12-01/release.json: error H001: changed by commit " + sha,
                       "Tidy the release records")
    # the next record's link no longer matches the rewritten record
    assert "releases/privacy/2027-01-10/release.json: error H004" in out


def test_swapped_sequence_numbers_are_reported(project):
    root, repo = project
    first, second = load(root, "2025-06-01"), load(root, "2026-12-01")
    first["sequence"], second["sequence"] = second["sequence"], first["sequence"]
    save(root, "2025-06-01", first)
    save(root, "2026-12-01", second)
    sha = tamper_commit(repo, "Put the releases in order")
    out = verify_fails(root, "releases/privacy/2025-06-01/release.json: error H001: changed by commit " + sha,
                       "releases/privacy/2026-12-01/release.json: error H001: changed by commit " + sha)
    assert "H004" in out  # and the chain no longer runs in sequence order


def test_imported_text_edited_together_with_its_hash_is_reported(project):
    root, repo = project
    text = root / "releases/privacy/2025-06-01/en.md"
    text.write_text(text.read_text(encoding="utf-8").replace("informations", "information"), encoding="utf-8")
    data = load(root, "2025-06-01")
    data["texts"]["en"]["sha256"] = sha256(text.read_bytes()).hexdigest()
    save(root, "2025-06-01", data)
    run_policy("check", cwd=root, check=0)
    sha = tamper_commit(repo, "Fix a typo in the old statement")
    verify_fails(root, "releases/privacy/2025-06-01/en.md: error H001: changed by commit " + sha,
                 "releases/privacy/2025-06-01/release.json: error H001: changed by commit " + sha)


@pytest.mark.parametrize("release_id", ["2027-01-10", "2026-12-01"])
def test_deleted_release_folder_is_reported(project, release_id):
    root, repo = project
    shutil.rmtree(root / "releases" / "privacy" / release_id)
    run_policy("check", cwd=root, check=0)
    sha = tamper_commit(repo, "Withdraw a release")
    out = verify_fails(root, f"releases/privacy/{release_id}/release.json: error H002: deleted by commit {sha}",
                       f"releases/privacy/{release_id}/zh.md: error H002: deleted by commit {sha}")
    if release_id == "2026-12-01":  # a gap in the middle also breaks the chain
        assert "releases/privacy/2027-01-10/release.json: error H004" in out


def test_rewriting_a_past_record_and_rechaining_every_later_one_is_reported(project):
    root, repo = project
    data = load(root, "2025-06-01")
    data["summary"]["en"] = "First publication (revised wording)."
    save(root, "2025-06-01", data)
    previous = "2025-06-01"
    for later in RELEASES[1:]:
        data = load(root, later)
        data["previous"]["record_sha256"] = digest(root, previous)
        save(root, later, data)
        previous = later
    sha = tamper_commit(repo, "Re-chain the records")
    out = verify_fails(root, *(f"releases/privacy/{r}/release.json: error H001: changed by commit {sha}"
                               for r in RELEASES))
    assert "H004" not in out  # the forger kept the chain consistent: history still shows every rewrite


def test_uncommitted_change_is_reported(project):
    root, repo = project
    data = load(root, "2026-12-01")
    data["effective"] = "2026-12-31"
    save(root, "2026-12-01", data)
    (root / "releases/privacy/2025-06-01/zh.md").unlink()
    out = run_policy("verify", cwd=root).stdout + run_policy("verify", cwd=root).stderr
    # a missing text makes the record unreadable (exit 2, R010); restore it and the edit is still named
    assert "R010" in out
    repo.git.checkout("HEAD", "--", "releases/privacy/2025-06-01/zh.md")
    (root / "releases/privacy/2027-01-10/fr.md").write_text("# Politique\n", encoding="utf-8")
    verify_fails(root, "releases/privacy/2026-12-01/release.json: error H003: changed in the work tree (not committed)",
                 "releases/privacy/2027-01-10/fr.md: error H003: is not committed")


def test_tag_without_record_and_tag_pointing_elsewhere_are_reported(project):
    root, repo = project
    repo.create_tag("policy/privacy/2026-06-01", message="a release that was never recorded")
    repo.create_tag("policy/privacy/2026-12-01", ref="HEAD", message="moved")
    verify_fails(root, "releases/privacy/2026-06-01: error H006: the git tag policy/privacy/2026-06-01",
                 "releases/privacy/2026-12-01/release.json: error H006: the git tag policy/privacy/2026-12-01 "
                 f"points at commit {repo.head.commit.hexsha[:12]}, but this record was added by commit")


# --- the recorded migration of format-1 records ------------------------------------------------

DOWNGRADE = r"""
import json, pathlib
for path in sorted(pathlib.Path("releases").glob("*/*/release.json")):
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("previous", None)
    data["format"] = 1
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
"""


@pytest.fixture
def unchained(project, tmp_path):
    """The same history as if every record had been written before the chain existed (format 1)."""
    root, repo = project
    script = tmp_path / "downgrade.py"
    script.write_text(DOWNGRADE, encoding="utf-8")
    env = dict(os.environ, FILTER_BRANCH_SQUELCH_WARNING="1")
    subprocess.run(["git", "filter-branch", "-f", "--tree-filter", f"'{sys.executable}' '{script}'", "HEAD"],
                   cwd=root, env=env, check=True, capture_output=True)
    shutil.rmtree(root / ".git" / "refs" / "original", ignore_errors=True)
    assert load(root, "2026-12-01")["format"] == 1 and "previous" not in load(root, "2026-12-01")
    return root, repo


def test_migration_is_recorded_once_keeps_texts_and_verify_accepts_it(unchained):
    root, repo = unchained
    verify_fails(root, "releases/privacy/2026-12-01/release.json: error H005")
    refused = run_policy("release", "privacy", "--id", "2027-06-01", "--kind", "editorial", "--published",
                         "2027-05-01", "--effective", "2027-06-01", *SUMMARY, cwd=root, check=2)
    assert "H007" in refused.stderr and "policy chain-records" in refused.stderr
    texts = {p: p.read_bytes() for p in (root / "releases").rglob("*.md")}
    out = run_policy("chain-records", cwd=root, check=0).stdout
    assert "3 records migrated" in out
    head = repo.head.commit
    assert "Policy-Migration: hash-chain" in head.message
    assert sorted(head.stats.files) == [f"releases/privacy/{r}/release.json" for r in RELEASES]
    assert {p: p.read_bytes() for p in texts} == texts
    assert repo.git.status("--porcelain") == ""
    assert load(root, "2026-12-01")["previous"] == {"id": "2025-06-01", "record_sha256": digest(root, "2025-06-01")}
    assert "the hash chain is unbroken" in run_policy("verify", cwd=root, check=0).stdout
    assert "nothing to do" in run_policy("chain-records", cwd=root, check=0).stdout
    # a later release links to the migrated record automatically
    run_policy("release", "privacy", "--id", "2027-06-01", "--kind", "editorial", "--published", "2027-05-01",
               "--effective", "2027-06-01", *SUMMARY, cwd=root, check=0)
    assert load(root, "2027-06-01")["previous"] == {"id": "2027-01-10", "record_sha256": digest(root, "2027-01-10")}
    run_policy("verify", cwd=root, check=0)


def test_a_migration_that_changes_anything_else_is_reported(unchained):
    root, repo = unchained
    run_policy("chain-records", cwd=root, check=0)
    repo.git.reset("-q", "--hard", "HEAD~1")  # a temporary repository: redo the migration by hand
    data = load(root, "2025-06-01")
    data["format"], data["previous"] = 2, None
    data["summary"]["en"] = "First publication, as amended."
    save(root, "2025-06-01", data)
    previous = "2025-06-01"
    for later in RELEASES[1:]:
        data = load(root, later)
        data["format"], data["previous"] = 2, {"id": previous, "record_sha256": digest(root, previous)}
        save(root, later, data)
        previous = later
    sha = tamper_commit(repo, "Migrate release records to the hash chain (format 2)\n\nPolicy-Migration: hash-chain")
    out = verify_fails(root, f"releases/privacy/2025-06-01/release.json: error H001: changed by commit {sha}",
                       "beyond the hash-chain migration")
    assert "2026-12-01/release.json: error H001" not in out  # the others are exactly the migration


# --- the published chain: history.json and verify --site ---------------------------------------

def test_site_publishes_the_chain_and_verify_site_detects_a_rewritten_history(project, tmp_path):
    root, repo = project
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    os.symlink(ROOT / "tooling", root / "tooling")
    site = tmp_path / "site"
    run_policy("build", "-o", site, "--as-of", "2027-02-01", cwd=root, check=0)

    history = json.loads((site / "privacy" / "history.json").read_text(encoding="utf-8"))
    entries = history["releases"]
    assert [e["id"] for e in entries] == list(RELEASES)
    assert [e["record_sha256"] for e in entries] == [digest(root, r) for r in RELEASES]
    assert entries[0]["previous"] is None
    assert [e["previous"]["record_sha256"] for e in entries[1:]] == [e["record_sha256"] for e in entries[:-1]]
    for lang_prefix in ("", "en/"):
        page = (site / f"{lang_prefix}privacy/history/index.html").read_text(encoding="utf-8")
        for r in RELEASES:
            assert digest(root, r) in page
            version = (site / f"{lang_prefix}privacy/versions/{r}/index.html").read_text(encoding="utf-8")
            assert digest(root, r) in version
    assert "本版本发布记录的SHA-256摘要" in (site / "privacy/versions/2026-12-01/index.html").read_text(encoding="utf-8")
    assert "the site matches the repository" in run_policy("verify", "--site", site, cwd=root, check=0).stdout

    # the repository's history is rewritten (and re-chained) after this copy of the site was taken
    data = load(root, "2025-06-01")
    data["effective"] = "2025-07-01"
    data["published"] = "2025-07-01"
    save(root, "2025-06-01", data)
    for before, later in zip(RELEASES, RELEASES[1:]):
        data = load(root, later)
        data["previous"]["record_sha256"] = digest(root, before)
        save(root, later, data)
    shutil.rmtree(root / "releases/privacy/2027-01-10")
    commit_all(repo, "Rewrite history")
    result = run_policy("verify", "--site", site, cwd=root, check=1)
    out = result.stdout
    assert "history.json: error H104: 2025-06-01: record_sha256 on the site is" in out
    assert "2025-06-01: effective on the site is \"2025-06-01\", in the repository \"2025-07-01\"" in out
    assert "2026-12-01: previous on the site" in out
    assert "error H103: the site lists release 2027-01-10" in out

    # an altered copy of the site is caught too
    run_policy("build", "-o", site, "--as-of", "2027-02-01", cwd=root, check=0)
    run_policy("verify", "--site", site, cwd=root, check=0)
    page = site / "en/privacy/versions/2026-12-01/index.html"
    page.write_text(page.read_text(encoding="utf-8").replace(digest(root, "2026-12-01"), "0" * 64), encoding="utf-8")
    assert "en/privacy/versions/2026-12-01/index.html: error H105" in run_policy(
        "verify", "--site", site, cwd=root, check=1).stdout
    assert "E200" in run_policy("verify", "--site", tmp_path / "missing", cwd=root, check=2).stderr


def test_migration_on_a_branch_merged_into_main_verifies(unchained):
    """The integrator's case: the migration is committed on a branch, main moves on, then the
    branch is merged (the merge's diff against main repeats the migration without its trailer)."""
    root, repo = unchained
    repo.git.checkout("-q", "-b", "tamper")
    run_policy("chain-records", cwd=root, check=0)
    repo.git.checkout("-q", "main")
    (root / "docs" / "notes.txt").write_text("unrelated\n", encoding="utf-8")
    commit_all(repo, "unrelated work on main")
    repo.git.merge("-q", "--no-ff", "-m", "Merge branch 'tamper'", "tamper")
    assert "the hash chain is unbroken" in run_policy("verify", cwd=root, check=0).stdout


def test_following_the_advice_restores_a_clean_history(project):
    """The message says how to undo the change; once undone byte for byte, verify is clean again."""
    root, repo = project
    data = load(root, "2026-12-01")
    data["summary"]["zh"] = "修订了第2.1条。"
    save(root, "2026-12-01", data)
    shutil.rmtree(root / "releases/privacy/2027-01-10")
    tamper_commit(repo)
    out = verify_fails(root, "H001", "H002")
    for line in out.splitlines():
        if "Restore it with `git checkout " in line:
            command = line.split("Restore it with `", 1)[1].split("`", 1)[0].split()
            subprocess.run(command, cwd=root, check=True)
    commit_all(repo, "Restore the published records")
    assert "the hash chain is unbroken" in run_policy("verify", cwd=root, check=0).stdout
