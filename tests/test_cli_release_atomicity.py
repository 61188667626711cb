"""A release killed at any moment leaves either no trace or a complete release.

The real `policy release` process is killed with SIGKILL: at each deterministic failpoint of
the git store (POLICY_FAILPOINT), and after random short delays. After each kill the next
`policy` command (here `policy releases`) finishes or rolls back what was interrupted.
"""

import json
import os
import random
import signal
import subprocess
import time

import pytest

from conftest import POLICY
from release_helpers import SUMMARY, make_project, release, state


def _journal(root):
    return root / ".git" / "policy-release.journal"


def _assert_complete(root, repo, before, release_id):
    after = state(root, repo)  # runs `policy releases`, which finishes an interrupted release
    assert not _journal(root).exists()
    assert after["status"] == "", after["status"]
    assert f"policy/privacy/{release_id}" in after["tags"]
    head = repo.head.commit
    assert head.parents[0].hexsha == before["head"]
    assert repo.tags[f"policy/privacy/{release_id}"].commit == head
    listed = json.loads(after["releases"])["documents"]["privacy"]
    assert listed[0]["id"] == release_id
    folder = root / "releases" / "privacy" / release_id
    for lang in ("zh", "en"):
        assert (folder / f"{lang}.md").read_bytes() == (root / "docs" / lang / "privacy.md").read_bytes()
    assert f"## [privacy {release_id}]" in (root / "CHANGELOG.md").read_text(encoding="utf-8")
    assert repo.git.ls_files(f"releases/privacy/{release_id}").split("\n") == [
        f"releases/privacy/{release_id}/{name}" for name in ("en.md", "release.json", "zh.md")]


def _assert_no_trace(root, repo, before):
    after = state(root, repo)
    assert not _journal(root).exists()
    assert after == before


@pytest.mark.parametrize("point, committed", [
    ("after-objects", False), ("after-journal", False), ("after-ref", True), ("in-worktree", True), ("after-worktree", True)])
def test_kill_at_each_failpoint(tmp_path, point, committed):
    root, repo = make_project(tmp_path)
    before = state(root, repo)
    killed = release(root, env={"POLICY_FAILPOINT": point})
    assert killed.returncode == -signal.SIGKILL, (killed.stdout, killed.stderr)
    if point == "after-ref":
        # The commit point is passed but the work tree lags until the next policy command.
        assert _journal(root).exists() and repo.git.status("--porcelain") != ""
    if committed:
        _assert_complete(root, repo, before, "2026-12-01")
    else:
        _assert_no_trace(root, repo, before)
        release(root, check=0)  # the next release goes through
        _assert_complete(root, repo, before, "2026-12-01")
    assert "every hash matches" in subprocess.run([POLICY, "verify"], cwd=root, capture_output=True,
                                                  text=True, check=True).stdout


def _wait_for_group(pgid, timeout=10):
    """Wait until no live process of the group is left (git commands started by the killed one)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = False
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                with open(f"/proc/{pid}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                alive = True
                break
        if not alive:
            return
        time.sleep(0.01)
    raise AssertionError(f"processes of group {pgid} still running")


def test_kill_after_random_delays(tmp_path):
    root, repo = make_project(tmp_path)
    seed = int(os.environ.get("POLICY_KILL_SEED", "20261125"))
    rng = random.Random(seed)
    release(root, "warm-up", check=0)
    started = time.monotonic()
    release(root, "measure", check=0)  # how long a whole (warm) release takes here
    duration = time.monotonic() - started
    outcomes = {"no trace": 0, "complete": 0, "finished before the kill": 0}
    for i in range(8):
        release_id = f"k{i}"
        before = state(root, repo)
        args = [POLICY, "release", "privacy", "--id", release_id, "--kind", "editorial",
                "--published", "2026-11-25", "--effective", "2026-12-01", *SUMMARY]
        proc = subprocess.Popen(args, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        time.sleep(rng.uniform(0.5, 1.05) * duration)
        try:
            proc.send_signal(signal.SIGKILL)
        except ProcessLookupError:
            pass
        code = proc.wait()
        _wait_for_group(proc.pid)
        listed = json.loads(state(root, repo)["releases"])["documents"]["privacy"]
        context = f"seed {seed}, kill {i} after exit code {code}"
        if listed[0]["id"] == release_id:
            _assert_complete(root, repo, before, release_id)
            outcomes["complete" if code == -signal.SIGKILL else "finished before the kill"] += 1
            if code != -signal.SIGKILL:
                duration *= 0.9  # aim a little earlier next time
        else:
            assert code == -signal.SIGKILL, context
            _assert_no_trace(root, repo, before)
            outcomes["no trace"] += 1
    print(outcomes)
    assert subprocess.run([POLICY, "verify"], cwd=root, capture_output=True).returncode == 0
