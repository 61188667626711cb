"""A release refuses, before writing anything, what git itself would trip over later.

Real git repositories in the states a user gets them into: a stale ``.git/index.lock``, a merge,
cherry-pick, revert, rebase, ``git am`` or bisect in progress. And release ids are exactly as
strict as git's tag names require (compared with ``git check-ref-format`` itself).
"""

import os
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from release_helpers import SUMMARY, commit_all, make_project, release, state
from tooling.model.releases import ReleaseError, validate_id


def _git(root, *args, check=True):
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=check)


# --- a stale .git/index.lock -------------------------------------------------------------

def test_stale_index_lock_is_refused_before_anything_is_written(tmp_path):
    root, repo = make_project(tmp_path)
    before = state(root, repo)
    (root / ".git" / "index.lock").write_bytes(b"")  # what a git process killed mid-way leaves behind
    result = release(root)
    assert result.returncode == 2 and result.stdout == ""
    assert "error G004" in result.stderr and "delete the file .git/index.lock" in result.stderr, result.stderr
    os.remove(root / ".git" / "index.lock")
    assert state(root, repo) == before  # no commit, no tag, no file
    release(root, check=0)


def test_a_published_release_is_reported_as_published_even_if_the_index_then_locks(tmp_path):
    """A git hook locks the index right after the ref transaction: the release exists, so it succeeds."""
    root, repo = make_project(tmp_path)
    hook = root / ".git" / "hooks" / "reference-transaction"
    hook.write_text('#!/bin/sh\nif [ "$1" = committed ]; then grep -q refs/tags/policy/ && '
                    ': > "$(git rev-parse --git-dir)/index.lock"; fi\nexit 0\n', encoding="utf-8")
    hook.chmod(0o755)
    result = release(root)
    assert result.returncode == 0, result.stderr
    assert "Released privacy 2026-12-01" in result.stdout
    assert "warning: the release is published" in result.stderr and "G004" not in result.stderr
    assert repo.tags["policy/privacy/2026-12-01"].commit == repo.head.commit
    # The next command finishes the work tree once git's index is free again.
    hook.unlink()
    os.remove(root / ".git" / "index.lock")
    listed = state(root, repo)
    assert listed["status"] == "" and '"2026-12-01"' in listed["releases"]
    assert (root / "releases" / "privacy" / "2026-12-01" / "zh.md").exists()


# --- git operations in progress ------------------------------------------------------------

def _branch_with_change(root, repo, name, text):
    _git(root, "switch", "-q", "-c", name)
    (root / "notes.txt").write_text(text, encoding="utf-8")
    commit_all(repo, f"notes on {name}")
    _git(root, "switch", "-q", "main")


def _merge_no_commit(root, repo):
    _branch_with_change(root, repo, "side", "side\n")
    _git(root, "merge", "--no-commit", "--no-ff", "side")  # clean, but not committed yet


def _conflicting_branches(root, repo):
    """notes.txt (outside what a release guards) differs on main and on the branch ``side``."""
    _branch_with_change(root, repo, "side", "side\n")
    (root / "notes.txt").write_text("main\n", encoding="utf-8")
    commit_all(repo, "notes on main")


def _merge_conflict(root, repo):
    _conflicting_branches(root, repo)
    assert _git(root, "merge", "side", check=False).returncode != 0


def _cherry_pick_conflict(root, repo):
    _conflicting_branches(root, repo)
    assert _git(root, "cherry-pick", "side", check=False).returncode != 0


def _revert_conflict(root, repo):
    (root / "notes.txt").write_text("one\n", encoding="utf-8")
    commit_all(repo, "notes one")
    (root / "notes.txt").write_text("two\n", encoding="utf-8")
    commit_all(repo, "notes two")
    assert _git(root, "revert", "--no-edit", "HEAD~1", check=False).returncode != 0


def _am_conflict(root, repo):
    _conflicting_branches(root, repo)
    patch = _git(root, "format-patch", "-1", "--stdout", "side").stdout
    assert subprocess.run(["git", "am"], cwd=root, input=patch, text=True, capture_output=True).returncode != 0


def _rebase_conflict(root, repo):
    _conflicting_branches(root, repo)
    assert _git(root, "rebase", "side", check=False).returncode != 0


def _bisect(root, repo):
    _git(root, "bisect", "start")


@pytest.mark.parametrize("make_state, needles", [
    (_merge_no_commit, ["a merge is in progress", "git merge --abort"]),
    (_merge_conflict, ["a merge is in progress"]),
    (_cherry_pick_conflict, ["a cherry-pick is in progress", "git cherry-pick --abort"]),
    (_revert_conflict, ["a revert is in progress", "git revert --abort"]),
    (_am_conflict, ["`git am` is in progress", "git am --abort"]),
    (_rebase_conflict, ["a rebase is in progress", "git rebase --abort"]),
    (_bisect, ["a bisect is in progress", "git bisect reset"]),
], ids=["merge-no-commit", "merge-conflict", "cherry-pick", "revert", "am", "rebase", "bisect"])
def test_release_is_refused_while_git_is_in_the_middle_of_something(tmp_path, make_state, needles):
    root, repo = make_project(tmp_path)
    make_state(root, repo)
    head = _git(root, "rev-parse", "HEAD").stdout
    status = _git(root, "status", "--porcelain").stdout
    result = release(root)
    assert result.returncode == 2 and "error G005" in result.stderr, result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    # Nothing was written: same HEAD, no tag, same work tree and index.
    assert _git(root, "rev-parse", "HEAD").stdout == head and repo.tags == []
    assert _git(root, "status", "--porcelain").stdout == status
    assert not (root / "releases").exists()


# --- release ids and git's ref-name rules --------------------------------------------------

def _git_accepts_tag(release_id):
    return subprocess.run(["git", "check-ref-format", f"refs/tags/policy/privacy/{release_id}"],
                          capture_output=True).returncode == 0


def _policy_accepts(release_id):
    try:
        validate_id(release_id)
        return True
    except ReleaseError as exc:
        assert exc.code == "R001"
        return False


@pytest.mark.parametrize("release_id, policy, git", [
    ("v1.lock", False, False), ("2026.lock", False, False), ("a.b.lock", False, False),
    ("a..b", False, False), (".hidden", False, False), ("a@{1}", False, False), ("x.", False, False),
    ("a b", False, False), ("a~1", False, False), ("a^", False, False), ("a:b", False, False),
    ("a?", False, False), ("a*", False, False), ("a[1]", False, False), ("a\\b", False, False), ("@", False, True),
    ("lock", True, True), ("v1.locks", True, True), ("x.lock.1", True, True), ("v1-lock", True, True),
    ("2026-12-01", True, True), ("v3", True, True), ("1.2.0", True, True), ("first_release", True, True),
    ("Caps", False, True), ("a/b", False, True), ("版本", False, True),  # stricter than git: URLs and file names
])
def test_id_rule_against_git_check_ref_format(release_id, policy, git):
    assert _git_accepts_tag(release_id) is git
    assert _policy_accepts(release_id) is policy


_ID_PIECES = st.sampled_from(["a", "z", "0", "9", ".", "-", "_", "lock", ".lock", "..", "@", "{", "/", "~", "A"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ID_PIECES, min_size=1, max_size=8).map("".join))
def test_every_accepted_id_is_a_tag_git_accepts(release_id):
    if _policy_accepts(release_id):
        assert _git_accepts_tag(release_id), release_id


def test_release_with_a_lock_suffix_id_is_refused_cleanly(tmp_path):
    root, repo = make_project(tmp_path)
    before = state(root, repo)
    result = release(root, "v1.lock")
    assert result.returncode == 2 and "error R001" in result.stderr and "badTagName" not in result.stderr
    assert "e.g. v1-lock" in result.stderr
    assert state(root, repo) == before
