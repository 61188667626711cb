"""The git store: atomic release commits through plumbing, on real repositories."""

import subprocess

import git
import pytest

from tooling.history.gitstore import GitError, GitStore, recover


@pytest.fixture
def repo(tmp_path):
    r = git.Repo.init(tmp_path / "repo", initial_branch="main")
    with r.config_writer() as cw:
        cw.set_value("user", "name", "Legal Team")
        cw.set_value("user", "email", "legal@example.com")
    root = tmp_path / "repo"
    (root / "docs").mkdir()
    (root / "docs" / "a.md").write_text("A\n", encoding="utf-8")
    (root / "CHANGELOG.md").write_text("# Log\n", encoding="utf-8")
    r.git.add("-A")
    r.git.commit("-q", "-m", "start")
    return r


def test_commit_release_adds_files_commit_and_tag_and_keeps_others_staged_work(repo):
    root = repo.working_tree_dir
    store = GitStore(root)
    # Someone else's work in the same tree: staged and unstaged changes stay as they are.
    open(root + "/docs/a.md", "a").write("staged\n")
    repo.git.add("docs/a.md")
    open(root + "/notes.txt", "w").write("untracked\n")
    old = store.head()
    new = store.commit_release({"releases/x/1/zh.md": b"text\n", "CHANGELOG.md": b"# Log\n\nentry\n"},
                               "Release x 1\n", "policy/x/1", "Release x 1\n")
    assert repo.head.commit.hexsha == new and repo.head.commit.parents[0].hexsha == old
    assert repo.tags["policy/x/1"].commit.hexsha == new
    assert set(repo.git.show("--name-only", "--format=", new).split()) == {"releases/x/1/zh.md", "CHANGELOG.md"}
    assert open(root + "/releases/x/1/zh.md", "rb").read() == b"text\n"
    status = repo.git.status("--porcelain").splitlines()
    assert sorted(status) == ["?? notes.txt", "M  docs/a.md"]


def test_a_moved_branch_refuses_and_leaves_nothing(repo):
    store = GitStore(repo.working_tree_dir)
    old = store.head()
    # Another commit lands between reading HEAD and the ref transaction: simulate by a stale OLD.
    repo.git.commit("-q", "--allow-empty", "-m", "meanwhile")
    moved = store.head()
    store.head = lambda: old
    with pytest.raises(GitError, match="nothing was changed"):
        store.commit_release({"r.md": b"x"}, "m\n", "policy/x/2", "m\n")
    assert repo.head.commit.hexsha == moved and "policy/x/2" not in [t.name for t in repo.tags]
    assert recover(GitStore(repo.working_tree_dir)) is None  # no journal left behind


def test_detached_head_and_existing_tag_are_refused(repo):
    store = GitStore(repo.working_tree_dir)
    repo.create_tag("policy/x/1")
    with pytest.raises(GitError, match="exists already"):
        store.commit_release({"r.md": b"x"}, "m\n", "policy/x/1", "m\n")
    repo.git.checkout("-q", "--detach")
    with pytest.raises(GitError, match="HEAD is detached"):
        store.commit_release({"r.md": b"x"}, "m\n", "policy/x/3", "m\n")


def test_changed_paths_blob_and_not_a_repository(repo, tmp_path):
    store = GitStore(repo.working_tree_dir)
    assert store.changed_paths(["docs"]) == []
    open(repo.working_tree_dir + "/docs/b.md", "w").write("B\n")
    assert store.changed_paths(["docs", "CHANGELOG.md"]) == ["?? docs/b.md"]
    assert store.blob(store.head(), "docs/a.md") == b"A\n" and store.blob(store.head(), "nope") is None
    with pytest.raises(GitError, match="not inside a git repository"):
        GitStore(str(tmp_path / "elsewhere"))


def test_shallow_clone_error_says_how_to_fix(repo, tmp_path):
    first = repo.head.commit.hexsha
    repo.git.commit("-q", "--allow-empty", "-m", "second")
    clone = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo.working_tree_dir}", str(clone)], check=True)
    store = GitStore(str(clone))
    assert store.is_shallow() and not store.has_commit(first)
    err = store.missing_commit_error(first, "release privacy v1")
    assert err.code == "G002" and "git fetch --unshallow" in err.message
    full = GitStore(repo.working_tree_dir)
    assert full.missing_commit_error("f" * 40, "release privacy v1").code == "G003"
