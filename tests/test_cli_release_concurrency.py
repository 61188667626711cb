"""Releases are serialised: `policy release` commands started together never corrupt the history.

Pairs of real `policy release` processes are started at the same moment on one repository, some
with the same id, some with different ids. Afterwards `policy verify`, `policy check` and
`git fsck` pass, every release commit's tree holds the whole project, the sequence numbers are
1, 2, 3 … without a gap or a repeat, and each release's record, commit message, tag and the
result its process printed agree. The loser of a same-id pair is refused with R006, never with
a traceback.
"""

import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest

from conftest import POLICY, run_policy
from release_helpers import SUMMARY, make_project, release, state

RELEASED = re.compile(r"^Released privacy (\S+) \(editorial\): .* commit ([0-9a-f]{12}), tag policy/privacy/(\S+)\.$",
                      re.M)


def _args(release_id, summary_en):
    return [POLICY, "release", "privacy", "--id", release_id, "--kind", "editorial", "--published", "2026-11-25",
            "--effective", "2026-12-01", "--summary-zh", f"更正措辞（{summary_en}）。", "--summary-en", summary_en]


def _git(root, *args):
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout


def _run_pairs(root, pairs, wave=2):
    """Start ``pairs`` pairs of `policy release`, ``wave`` pairs (2 x ``wave`` processes) at a time.

    Even pairs use one id for both processes, odd pairs two ids. Each process takes ~0.3 s to
    start, so the processes of a wave overlap; a wave at a time keeps the test fast on 2 cores
    (one starts while another holds the lock).
    """
    env = dict(os.environ, POLICY_LOCK_TIMEOUT="120")
    outcomes = []  # (release id, summary, exit code, stdout, stderr)
    for start in range(0, pairs, wave):
        launched = []
        for i in range(start, min(start + wave, pairs)):
            sides = [(f"r{i}", f"pair {i} side a"), (f"r{i}" if i % 2 == 0 else f"r{i}b", f"pair {i} side b")]
            launched.append([(rid, summary, subprocess.Popen(
                _args(rid, summary), cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                text=True)) for rid, summary in sides])
        for i, pair in zip(range(start, pairs), launched):
            done = []
            for rid, summary, proc in pair:
                out, err = proc.communicate(timeout=300)
                done.append((rid, summary, proc.returncode, out, err))
            outcomes += done
            if i % 2 == 0:  # one id: exactly one of the two is released
                assert sorted(d[2] for d in done) == [0, 2], done
    return outcomes


def _blobs(commit):
    """{path: blob id} of every file in ``commit``'s tree (read in-process: no git command per file)."""
    return {item.path: item.hexsha for item in commit.tree.traverse() if item.type == "blob"}


def _assert_history_intact(root, repo, base_files, outcomes):
    for rid, summary, code, out, err in outcomes:
        assert "Traceback" not in err and "Traceback" not in out, err
        if code == 2:
            assert "error R006" in err and rid in err, err  # the loser of a same-id pair, and only that
            assert out == ""
        else:
            assert code == 0, (rid, code, out, err)

    # What each winner printed is what the history holds: its record, commit message and tag.
    printed = {}
    for rid, summary, code, out, err in outcomes:
        if code == 0:
            match = RELEASED.search(out)
            assert match and match.group(1) == rid == match.group(3), out
            printed[rid] = (summary, match.group(2))
    tags = {t.name: t.commit for t in repo.tags}
    assert sorted(tags) == sorted(f"policy/privacy/{rid}" for rid in printed)
    records = {}
    for rid, (summary, short) in printed.items():
        commit = tags[f"policy/privacy/{rid}"]
        assert commit.hexsha.startswith(short)
        assert commit.message.startswith(f"Release privacy {rid} (editorial)") and f"[en] {summary}" in commit.message
        record = json.loads((commit.tree / f"releases/privacy/{rid}/release.json").data_stream.read())
        assert record["id"] == rid and record["summary"]["en"] == summary
        assert [p.hexsha for p in commit.parents] == [record["commit"]]  # cut from its parent, no merge
        records[rid] = record
        # The release commit's tree is the whole project, unchanged, plus the release.
        tree, before = _blobs(commit), _blobs(commit.parents[0])
        assert {p for p in tree if not p.startswith("releases/")} == base_files, sorted(base_files ^ set(tree))
        changed = {p for p in set(tree) | set(before) if tree.get(p) != before.get(p)}
        assert changed == {"CHANGELOG.md"} | {f"releases/privacy/{rid}/{n}" for n in ("release.json", "zh.md",
                                                                                     "en.md")}
    # One linear history of releases, numbered 1, 2, 3 … in commit order.
    by_commit = {tags[f"policy/privacy/{rid}"].hexsha: rid for rid in printed}
    chain = [c for c in repo.iter_commits("HEAD", first_parent=True) if c.message.startswith("Release privacy ")]
    assert sorted(c.hexsha for c in chain) == sorted(by_commit)
    assert [records[by_commit[c.hexsha]]["sequence"] for c in reversed(chain)] == list(range(1, len(printed) + 1))

    assert _git(root, "status", "--porcelain") == ""
    assert not [n for n in os.listdir(root / ".git") if n.startswith("policy-release")]
    verify = run_policy("verify", cwd=root)
    assert verify.returncode == 0 and "every hash matches" in verify.stdout, verify.stdout + verify.stderr
    run_policy("check", cwd=root, check=0)
    subprocess.run(["git", "fsck", "--strict", "--no-progress"], cwd=root, check=True, capture_output=True)
    listed = json.loads(run_policy("releases", "--format", "json", "--as-of", "2030-01-01", cwd=root,
                                   check=0).stdout)["documents"]["privacy"]
    assert sorted(r["id"] for r in listed) == sorted(printed)


def _pairs_test(tmp_path, pairs):
    root, repo = make_project(tmp_path)
    base_files = set(_git(root, "ls-tree", "-r", "--name-only", "HEAD").split("\n")) - {""}
    started = time.monotonic()
    outcomes = _run_pairs(root, pairs)
    took = time.monotonic() - started
    _assert_history_intact(root, repo, base_files, outcomes)
    waited = sum("policy: waiting for policy release privacy" in o[4] for o in outcomes)
    assert waited >= 1  # the pairs really overlapped: a second command waited for the first
    return took


def test_simultaneous_release_pairs_leave_an_intact_history(tmp_path):
    _pairs_test(tmp_path, 4)


@pytest.mark.slow
def test_fifty_simultaneous_release_pairs(tmp_path):
    _pairs_test(tmp_path, 50)


# --- the lock itself: a command waits (saying so) or refuses; build and sync take it too -------

@pytest.fixture
def held_lock(tmp_path):
    """A project whose repository lock is held by another real process until it is told to stop."""
    root, repo = make_project(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from tooling.history.repolock import repository_lock\n"
         "with repository_lock(sys.argv[1], 'policy build'):\n"
         "    print('held', flush=True); sys.stdin.readline()", str(root)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline() == "held\n"
    yield root, repo, holder
    if holder.poll() is None:
        holder.communicate("\n", timeout=30)


def test_a_second_command_refuses_at_once_with_timeout_zero(held_lock):
    root, repo, holder = held_lock
    before = state(root, repo)
    pins = (root / "translations" / "en" / "privacy.json").read_bytes()
    env = {"POLICY_LOCK_TIMEOUT": "0"}
    for args in (["release", "privacy", "--id", "2026-12-01", "--kind", "editorial", "--published", "2026-11-25",
                  "--effective", "2026-12-01", *SUMMARY],
                 ["sync", "privacy", "--all"],
                 ["build", "-o", str(root.parent / "site")]):
        result = run_policy(*args, cwd=root, env=env)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert "error G006" in result.stderr and "policy build (process" in result.stderr, result.stderr
        assert "nothing was written" in result.stderr and "Traceback" not in result.stderr
    assert not (root.parent / "site").exists()
    assert (root / "translations" / "en" / "privacy.json").read_bytes() == pins
    holder.communicate("\n", timeout=30)
    assert state(root, repo) == before


def test_a_second_command_waits_for_the_lock_then_runs(held_lock):
    root, repo, holder = held_lock
    waiting = subprocess.Popen(_args("2026-12-01", "waited"), cwd=root, env=dict(os.environ, POLICY_LOCK_TIMEOUT="60"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = waiting.stderr.readline()  # said on stderr while it waits
    assert line.startswith("policy: waiting for policy build (process") and "at most 60 s" in line, line
    time.sleep(0.5)
    assert waiting.poll() is None and repo.tags == []  # still waiting, nothing written
    holder.communicate("\n", timeout=30)
    out, err = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, err
    assert "Released privacy 2026-12-01" in out and [t.name for t in repo.tags] == ["policy/privacy/2026-12-01"]


def test_the_wait_is_bounded(held_lock):
    root, repo, holder = held_lock
    started = time.monotonic()
    result = run_policy("sync", "privacy", "--all", cwd=root, env={"POLICY_LOCK_TIMEOUT": "1.5"})
    assert 1.5 <= time.monotonic() - started < 30
    assert result.returncode == 2 and "error G006" in result.stderr
    assert "did not finish within 1.5 s" in result.stderr, result.stderr
    bad = run_policy("sync", "privacy", "--all", cwd=root, env={"POLICY_LOCK_TIMEOUT": "soon"})
    assert bad.returncode == 2 and "POLICY_LOCK_TIMEOUT='soon' is not a number of seconds" in bad.stderr


def test_a_killed_holder_never_blocks(tmp_path):
    """The lock is the operating system's: a holder killed with SIGKILL releases it; no file to delete."""
    root, repo = make_project(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from tooling.history.repolock import repository_lock\n"
         "with repository_lock(sys.argv[1], 'policy sync privacy'):\n"
         "    print('held', flush=True); time.sleep(600)", str(root)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline() == "held\n"
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert (root / ".git" / "policy.lock").exists()
    release(root, env={"POLICY_LOCK_TIMEOUT": "0"}, check=0)
