"""`policy deploy`: the site of a committed tree, published to a real gh-pages branch of a
temporary repository (and pushed to a bare remote) or to a folder, keeping every earlier URL."""

import subprocess
import shutil

from conftest import ROOT, run_policy
from release_helpers import make_project as make_release_project
from release_helpers import release


def git(root, *args):
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout


def make_project(tmp_path):
    """The release test project with the site's mkdocs.yml, committed."""
    root, repo = make_release_project(tmp_path)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "tooling").symlink_to(ROOT / "tooling")  # the theme and hooks mkdocs.yml names
    with open(root / ".gitignore", "a", encoding="utf-8") as fh:
        fh.write("/tooling\n")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "site configuration")
    return root, repo


def add_to_branch(root, branch, path, text):
    """Commit one more file on ``branch`` without checking it out (git plumbing, a private index)."""
    import os

    env = dict(os.environ, GIT_INDEX_FILE=str(root / ".git" / "test-index"))
    blob = subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=root, input=text, capture_output=True,
                          text=True, check=True).stdout.strip()
    for args in (["read-tree", branch], ["update-index", "--add", "--cacheinfo", f"100644,{blob},{path}"]):
        subprocess.run(["git", *args], cwd=root, env=env, check=True)
    tree = subprocess.run(["git", "write-tree"], cwd=root, env=env, capture_output=True, text=True,
                          check=True).stdout.strip()
    commit = git(root, "commit-tree", tree, "-p", branch, "-m", "an earlier deployment").strip()
    git(root, "update-ref", f"refs/heads/{branch}", commit)


def branch_files(root, branch="gh-pages"):
    return set(git(root, "ls-tree", "-r", "--name-only", branch).split())


def test_deploy_publishes_to_gh_pages_and_keeps_every_earlier_url(tmp_path):
    root, _ = make_project(tmp_path)
    release(root, check=0)
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    git(root, "remote", "add", "origin", str(remote))

    result = run_policy("deploy", "--as-of", "2026-11-26", "--push", cwd=root, check=0)
    assert "pushed to origin" in result.stderr
    first = branch_files(root)
    assert {"index.html", "privacy/index.html", "privacy/versions/2026-12-01/index.html",
            "notices.json", "notices/privacy-2026-12-01.json", ".nojekyll"} <= first
    assert git(remote, "rev-parse", "gh-pages") == git(root, "rev-parse", "gh-pages")
    # the working branch is untouched: deploy never checks anything out
    assert git(root, "rev-parse", "--abbrev-ref", "HEAD").strip() == "main"
    assert git(root, "status", "--porcelain") == ""

    # a page the next build no longer makes (a URL published before) stays published
    add_to_branch(root, "gh-pages", "privacy/versions/withdrawn/index.html", "published before")
    git(root, "push", "-q", "origin", "gh-pages")
    release(root, "2027-02-01", kind="editorial", published="2027-01-20", effective="2027-02-01", check=0,
            summary=["--summary-zh", "再次更正措辞。", "--summary-en", "Wording corrected again."])

    run_policy("deploy", "--as-of", "2027-01-20", "--push", cwd=root, check=0)
    second = branch_files(root)
    assert first <= second  # nothing published before is gone
    assert "privacy/versions/withdrawn/index.html" in second
    assert "privacy/versions/2027-02-01/index.html" in second
    log = git(root, "log", "--format=%s", "gh-pages")
    assert log.splitlines()[0].startswith("policy deploy: site of ")
    assert len(log.splitlines()) == 3  # history kept: every deployment is a commit

    # or to a folder, swapped whole, keeping the files published there before
    www = tmp_path / "www"
    www.mkdir()
    (www / "old-page.html").write_text("published before", encoding="utf-8")
    run_policy("deploy", "--folder", www, "--as-of", "2027-01-20", cwd=root, check=0)
    assert (www / "old-page.html").read_text(encoding="utf-8") == "published before"
    assert (www / "privacy" / "versions" / "2027-02-01" / "index.html").is_file()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("www.")] == []  # no leftovers


def test_deploy_refuses_a_dirty_tree_and_publishes_nothing(tmp_path):
    root, _ = make_project(tmp_path)
    (root / "docs" / "zh" / "privacy.md").write_text("# 隐私声明\n\n## 1. 改动\n\n未提交。\n", encoding="utf-8")
    result = run_policy("deploy", cwd=root, check=2)
    assert "error D001" in result.stderr and "docs/zh/privacy.md" in result.stderr
    assert "Traceback" not in result.stderr
    assert subprocess.run(["git", "rev-parse", "--verify", "--quiet", "gh-pages"], cwd=root).returncode != 0
    (root / "docs" / "zh" / "privacy.md").unlink()
    git(root, "checkout", "--", "docs")
    (root / "notes.txt").write_text("untracked", encoding="utf-8")
    assert "error D001" in run_policy("deploy", "--folder", tmp_path / "www", cwd=root, check=2).stderr
    assert not (tmp_path / "www").exists()


def test_deploy_outside_a_git_repository_is_refused(tmp_path):
    root, _ = make_project(tmp_path)
    subprocess.run(["rm", "-rf", str(root / ".git")], check=True)
    result = run_policy("deploy", cwd=root, check=2)
    assert "error D002" in result.stderr and "not in a git repository" in result.stderr
