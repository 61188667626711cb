"""The repository lock in one process: where it lives, and re-entrance through any path to it."""

import os

import git
import pytest

from tooling.history.repolock import LockError, lock_path, repository_lock


def test_lock_lives_in_the_git_folder_whatever_path_leads_to_the_project(tmp_path, monkeypatch):
    repo = git.Repo.init(tmp_path / "repo", initial_branch="main")
    root = tmp_path / "repo"
    (root / "docs" / "zh").mkdir(parents=True)
    os.symlink(root, tmp_path / "link")
    expected = os.path.realpath(root / ".git" / "policy.lock")
    assert lock_path(root) == lock_path(root / "docs" / "zh") == lock_path(tmp_path / "link") == expected
    # A command holding the lock may reach code that takes it again by another path: no self-deadlock.
    monkeypatch.setenv("POLICY_LOCK_TIMEOUT", "0")
    with repository_lock(tmp_path / "link", "policy build"):
        with repository_lock(root / "docs", "policy (finishing an interrupted release)"):
            assert open(expected, encoding="utf-8").read().startswith("policy build (process ")
    with repository_lock(root, "policy sync privacy"):  # released after the outer block
        pass
    assert repo.git_dir


def test_outside_git_the_lock_is_in_the_cache_folder(tmp_path):
    assert lock_path(tmp_path) == os.path.join(os.path.realpath(tmp_path), ".policy-cache", "policy.lock")
    with repository_lock(tmp_path, "policy build"):
        assert (tmp_path / ".policy-cache" / "policy.lock").exists()


def test_a_lock_folder_that_cannot_be_created_is_a_clear_error(tmp_path):
    (tmp_path / ".policy-cache").write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(LockError, match="cannot be created or locked"):
        with repository_lock(tmp_path, "policy build"):
            pass
