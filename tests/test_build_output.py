"""`policy build -o DIR` never destroys what it did not write: real projects in git
repositories, real `policy build` processes, real kill -9 in the middle of a build."""

import os
import signal
import subprocess
import tempfile
import time

import pytest

import site_fixture
from conftest import POLICY, run_policy

MARKER = ".policy-site"


def snapshot(folder, skip=(".policy-cache",)):
    """{relative path: bytes or ('link', target) or 'dir'} of everything under ``folder``."""
    out = {}
    for path, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d not in skip]
        for name in dirs + files:
            full = os.path.join(path, name)
            rel = os.path.relpath(full, folder)
            if os.path.islink(full):
                out[rel] = ("link", os.readlink(full))
            elif os.path.isdir(full):
                out[rel] = "dir"
            else:
                with open(full, "rb") as fh:
                    out[rel] = fh.read()
    return out


def git(root, *args):
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


@pytest.fixture
def world(tmp_path):
    """A home folder with dot-files, holding a policy project in a git repository."""
    home = tmp_path / "home"
    home.mkdir()
    (home / ".bashrc").write_text("export EDITOR=vi\n")
    (home / ".ssh").mkdir()
    (home / ".ssh" / "id_ed25519").write_text("secret key\n")
    root = site_fixture.make_project(home / "project")
    (root / "translations" / "en").mkdir(parents=True)
    (root / "translations" / "en" / "privacy.json").write_text("{}\n")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "project")
    return tmp_path, home, root


@pytest.mark.parametrize("target, code, says", [
    (".", "B002", "is the policy project"),
    ("docs", "B002", "is the policy sources (docs/)"),
    ("docs/zh", "B002", "inside the policy sources (docs/)"),
    ("releases", "B002", "is the release history (releases/)"),
    ("releases/privacy/v1", "B002", "inside the release history"),
    ("translations", "B002", "is the translation pins (translations/)"),
    (".git", "B002", "is the git repository (.git/)"),
    ("..", "B002", "holds the policy project"),           # $HOME, a parent of the project
    ("../..", "B002", "holds the policy project"),
    (".", "B002", "is the policy project"),
    ("../.ssh", "B003", "is not empty and was not written by `policy build`"),
    ("docs-link", "B004", "is a symbolic link"),
    ("policy.toml", "B004", "exists and is not a folder"),
])
def test_build_refuses_folders_it_did_not_write_and_touches_nothing(world, target, code, says):
    tmp_path, home, root = world
    os.symlink("docs", root / "docs-link")
    before = snapshot(tmp_path)
    result = run_policy("build", "-o", target, "--as-of", "2026-12-15", cwd=root, check=2,
                        env={"HOME": str(home)})
    assert f"error {code}: " in result.stderr and says in result.stderr, result.stderr
    assert "Nothing was written" in result.stderr or code == "B004"
    assert "Traceback" not in result.stderr
    assert snapshot(tmp_path) == before


def test_a_non_empty_folder_without_the_marker_is_refused_and_kept(world):
    tmp_path, home, root = world
    out = tmp_path / "out"
    out.mkdir()
    (out / "contract.docx").write_bytes(b"PK\x03\x04 a signed contract")
    result = run_policy("build", "-o", out, cwd=root, check=2)
    assert f"{out}: error B003: " in result.stderr and ".policy-site" in result.stderr
    assert (out / "contract.docx").read_bytes() == b"PK\x03\x04 a signed contract"
    assert sorted(os.listdir(tmp_path)) == ["home", "out"]


def test_an_empty_folder_or_a_site_written_by_policy_build_is_replaced_and_nothing_beside_it(world):
    tmp_path, home, root = world
    out = tmp_path / "public" / "site"
    out.mkdir(parents=True)
    (tmp_path / "public" / "README.txt").write_text("the web server's folder\n")
    run_policy("build", "-o", out, "--as-of", "2026-11-15", cwd=root, check=0)
    assert (out / MARKER).is_file() and "保存两年" not in (out / "privacy" / "index.html").read_text()
    (out / "stray.html").write_text("left by hand")     # a site folder belongs to the build
    run_policy("build", "-o", out, "--as-of", "2026-12-15", cwd=root, check=0)
    assert not (out / "stray.html").exists() and (out / MARKER).is_file()
    assert "保存两年" in (out / "privacy" / "index.html").read_text()
    # no temporary folder left; the replaced site is kept for the next build to rewrite
    assert sorted(os.listdir(tmp_path / "public")) == [".site.policy-spare", "README.txt", "site"]
    assert (tmp_path / "public" / "README.txt").read_text() == "the web server's folder\n"


@pytest.mark.slow
def test_a_build_killed_at_any_moment_leaves_the_previous_site_or_none_never_a_mix(world):
    tmp_path, home, root = world
    out = tmp_path / "site"
    run_policy("build", "-o", out, "--as-of", "2026-11-15", cwd=root, check=0)
    old = snapshot(out)
    run_policy("build", "-o", tmp_path / "other", "--as-of", "2026-12-15", cwd=root, check=0)
    new = snapshot(tmp_path / "other")
    # timed as warm as the builds killed below (a cold build, with jieba's dictionary and the
    # templates to compile, takes several times as long: the kills would all come too late)
    with tempfile.TemporaryDirectory() as timing:
        start = time.monotonic()
        run_policy("build", "-o", os.path.join(timing, "site"), "--as-of", "2026-12-15", cwd=root, check=0)
        took = time.monotonic() - start
    assert old != new
    outcomes = set()
    for fraction in (0.5, 0.85, 0.95, 1.05):
        proc = subprocess.Popen([POLICY, "build", "-o", str(out), "--as-of", "2026-12-15"], cwd=root,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(took * fraction)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if not out.exists():
            outcomes.add("none")
            run_policy("build", "-o", out, "--as-of", "2026-11-15", cwd=root, check=0)
            continue
        now = snapshot(out)
        assert now in (old, new), "a mix of two builds"
        outcomes.add("old" if now == old else "new")
        if now == new:
            run_policy("build", "-o", out, "--as-of", "2026-11-15", cwd=root, check=0)
    assert "old" in outcomes
    # the next build cleans up the temporary folders of the killed ones, and only those
    run_policy("build", "-o", out, "--as-of", "2026-12-15", cwd=root, check=0)
    assert snapshot(out) == new
    assert sorted(os.listdir(tmp_path)) == [".site.policy-spare", "home", "other", "site"]


def test_the_next_build_removes_what_killed_builds_left_and_nothing_else(world):
    """A build killed mid-way leaves its folder beside the output; the next build removes it,
    whether the kill came before its marker was written (an empty folder) or at any time after
    (the marker stays through the whole build), and leaves a folder it did not write alone."""
    tmp_path, home, root = world
    dead, other = subprocess.Popen(["true"]), subprocess.Popen(["true"])
    dead.wait()  # process ids that no longer run
    other.wait()
    killed = tmp_path / f".site.policy-build-{dead.pid}"
    killed.mkdir()
    (killed / ".policy-site").write_text("marker", encoding="utf-8")
    (killed / "half.html").write_text("<p>half a page", encoding="utf-8")
    empty = tmp_path / f".site.policy-old-{dead.pid}"
    empty.mkdir()
    foreign = tmp_path / f".site.policy-build-{other.pid}"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("someone's notes", encoding="utf-8")
    run_policy("build", "-o", tmp_path / "site", "--as-of", "2026-11-15", cwd=root, check=0)
    assert not killed.exists() and not empty.exists()
    assert (foreign / "notes.txt").read_text(encoding="utf-8") == "someone's notes"
    assert (tmp_path / "site" / ".policy-site").is_file()
