"""Helpers for the release tests: a small policy project in a real git repository."""

import shutil

import git

from conftest import FIXTURES, run_policy

SUMMARY = ["--summary-zh", "更正第2.1条的措辞。", "--summary-en", "Wording of clause 2.1 corrected."]


def make_project(tmp_path, pins=True, name="project"):
    """Copy tests/fixtures/release-project into ``tmp_path``, ``git init`` and commit it.

    With ``pins``, the English translation is confirmed (`policy sync privacy --all`) and committed.
    """
    root = tmp_path / name
    shutil.copytree(FIXTURES / "release-project", root)
    (root / ".gitignore").write_text(".policy-cache/\n", encoding="utf-8")
    repo = git.Repo.init(root, initial_branch="main")
    with repo.config_writer() as cw:
        cw.set_value("user", "name", "Legal Team")
        cw.set_value("user", "email", "legal@example.com")
    commit_all(repo, "project sources")
    if pins:
        run_policy("sync", "privacy", "--all", cwd=root, check=0)
        commit_all(repo, "confirm the English translation")
    return root, repo


def commit_all(repo, message):
    repo.git.add("-A")
    repo.git.commit("-q", "-m", message)


def release(root, release_id="2026-12-01", kind="editorial", published="2026-11-25", effective="2026-12-01",
            summary=SUMMARY, env=None, check=None, extra=()):
    args = ["release", "privacy", "--id", release_id, "--kind", kind, "--effective", effective]
    if published is not None:
        args += ["--published", published]
    return run_policy(*args, *summary, *extra, cwd=root, env=env, check=check)


def release_2026_12_01_and_2027_01_10(root, repo):
    """Release the fixture as 2026-12-01, then an edited, confirmed text as 2027-01-10."""
    release(root, check=0)
    zh = root / "docs" / "zh" / "privacy.md"
    zh.write_text(zh.read_text(encoding="utf-8").replace("所有服务", "全部服务"), encoding="utf-8")
    run_policy("sync", "privacy", "--all", cwd=root, check=0)
    commit_all(repo, "scope wording")
    release(root, "2027-01-10", published="2027-01-01", effective="2027-01-10", check=0)


def state(root, repo):
    """What a user can see of the history: HEAD, tags, uncommitted changes, listed releases."""
    listed = run_policy("releases", "--format", "json", "--as-of", "2030-01-01", cwd=root, check=0).stdout
    return {"head": repo.head.commit.hexsha, "tags": sorted(t.name for t in repo.tags),
            "status": repo.git.status("--porcelain"), "releases": listed}
