"""One lock per repository, held by every ``policy`` command that writes.

``policy release``, ``policy import-release``, ``policy sync``, ``policy build`` (its cache in
``.policy-cache/``) and the recovery of an interrupted release run one at a time in a
repository: each holds ``policy.lock`` in the repository's git folder (``.git/policy.lock``; a
linked worktree has its own; ``.policy-cache/policy.lock`` outside git) from before it reads anything it
decides on (the next sequence number, whether the id is free, the parent commit) until its last
write. The lock is an operating-system lock taken through the ``filelock`` library (``flock`` on
Linux and macOS, ``msvcrt`` on Windows): it is released when the process ends, even when it is
killed, so a lock file left on disk never blocks anyone and never needs deleting.

A command that finds the lock held says so on standard error and waits, at most
``POLICY_LOCK_TIMEOUT`` seconds (default 120; ``0`` refuses at once), then refuses with G006
(exit 2, nothing written). The holder writes its command and process id into the lock file, so
that the waiting command can say what it waits for.

``filelock`` is imported only when a lock is taken: ``policy check`` never imports it.
"""

import os
import sys

from ..errors import PolicyError

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (filelock is imported when a lock is taken)
    from filelock import FileLock

LOCK_NAME = "policy.lock"
TIMEOUT_ENV = "POLICY_LOCK_TIMEOUT"
DEFAULT_TIMEOUT = 120.0

_locks: dict[str, "FileLock"] = {}  # {lock path: FileLock}: one object per path, so that a nested acquisition is re-entrant
_holding: dict[str, str] = {}  # {lock path: what the holder in this process is doing}, written into the lock file


class LockError(PolicyError):
    code = "G006"


def git_dir_of(root):
    """The git folder of the work tree holding ``root`` (None outside git), found without running git.

    ``.git`` is either the folder itself or, in a linked worktree or a submodule, a file
    ``gitdir: PATH``. A linked worktree has its own folder (its HEAD, index and release journal
    live there) and so its own lock: the tags it shares with the other worktrees are created in
    git's atomic ref transaction, which refuses a tag that exists.
    """
    here = os.path.abspath(root)
    while True:
        dot_git = os.path.join(here, ".git")
        if os.path.isdir(dot_git):
            return dot_git
        if os.path.isfile(dot_git):
            try:
                with open(dot_git, encoding="utf-8") as fh:
                    line = fh.readline().strip()
            except (OSError, UnicodeDecodeError):
                return None
            if not line.startswith("gitdir:"):
                return None
            return os.path.normpath(os.path.join(here, line[len("gitdir:"):].strip()))
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def lock_path(root):
    """Where the repository lock of the project at ``root`` lives."""
    git_dir = git_dir_of(root)
    folder = git_dir if git_dir is not None else os.path.join(os.path.abspath(root), ".policy-cache")
    # The real path: the same repository reached through a symbolic link must give the same lock
    # (one lock object per path in a process, or a nested acquisition would wait for itself).
    return os.path.join(os.path.realpath(folder), LOCK_NAME)


def lock_timeout():
    """Seconds to wait for the lock: ``POLICY_LOCK_TIMEOUT`` or the default."""
    raw = os.environ.get(TIMEOUT_ENV, "").strip()
    if not raw:
        return DEFAULT_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not (value >= 0 and value != float("inf")):
        raise LockError(f"{TIMEOUT_ENV}={raw!r} is not a number of seconds; give e.g. {TIMEOUT_ENV}=60, or 0 to "
                        "refuse at once when another policy command is running.")
    return value


def _holder(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read(500).strip()
    except OSError:
        return ""
    return text


class RepositoryLock:
    """``with RepositoryLock(root, "policy release privacy"):`` holds the repository lock.

    Re-entrant within a thread: a command that holds it may call code that takes it again.
    """

    def __init__(self, root, what):
        self.path = lock_path(root)
        self.what = what

    def __enter__(self):
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            return self._acquire()
        except OSError as exc:
            raise LockError(f"the lock file cannot be created or locked ({exc.strerror or exc}); the folder must be "
                            "writable for a command that writes. Nothing was written.", path=self.path) from None

    def _acquire(self):
        from filelock import FileLock, Timeout

        lock = _locks.get(self.path)
        if lock is None:
            path = self.path

            def record_holder(fd):
                data = f"{_holding.get(path, 'policy')} (process {os.getpid()})\n".encode("utf-8")
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, data)  # not os.pwrite: Windows has none

            lock = _locks[self.path] = FileLock(self.path, preserve_lock_file=True, on_acquired=record_holder)
        if not lock.is_locked:
            _holding[self.path] = self.what
        timeout = lock_timeout()
        try:
            lock.acquire(blocking=False)
        except Timeout:
            holder = _holder(self.path) or "another policy command"
            if timeout > 0:
                print(f"policy: waiting for {holder} to finish (at most {timeout:g} s; {TIMEOUT_ENV} sets "
                      "how long) \u2026", file=sys.stderr, flush=True)
                try:
                    lock.acquire(timeout=timeout, poll_interval=0.05)
                except Timeout:
                    raise self._refusal(holder, timeout) from None
            else:
                raise self._refusal(holder, timeout) from None
        self._lock = lock
        return self

    def _refusal(self, holder, timeout):
        waited = f"did not finish within {timeout:g} s" if timeout > 0 else "is running"
        return LockError(
            f"{holder} {waited}, and only one policy command that writes may run at a time in a repository; "
            f"nothing was written. Run the command again when it has finished (set {TIMEOUT_ENV} to wait "
            "longer). The lock is released when that command ends, even if it is killed: never delete the "
            "lock file.", path=self.path)

    def __exit__(self, *exc):
        self._lock.release()
        return False


def repository_lock(root, what):
    return RepositoryLock(root, what)
