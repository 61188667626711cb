"""The git adapter: the only module that talks to git (through GitPython, imported lazily).

Cutting a release is atomic. ``commit_release`` never touches the work tree until the release
is committed:

1. the new files are written as git objects (blobs), a tree is built from ``HEAD``'s tree in a
   private index (``GIT_INDEX_FILE``), then a commit on top of ``HEAD`` and an annotated tag
   object pointing at it; nothing refers to these objects yet (a kill here leaves no trace);
2. a journal ``.git/policy-release.journal`` (written whole, then renamed into place) records
   the branch, its old and new commit, the tag and every file's old and new blob;
3. ONE ref transaction (``git update-ref --stdin``: start, update branch NEW OLD, create tag,
   prepare, commit) moves the branch and creates the tag together. **This is the commit
   point**: before it the release does not exist, after it it does;
4. the work tree and the index are brought up to date, path by path (a file is written only
   if it still holds the old content), then the journal is removed.

Any later ``policy`` command that reads releases (``recover_if_interrupted``) finds a
left-over journal and calls ``recover``: if the branch still points at the old commit the
release is rolled back (the journal is dropped; the unreferenced objects are garbage for
``git gc``), otherwise it is finished (missing tag created, work tree and index updated).

Releases are serialised: ``publishing.cut`` holds the repository lock (``repolock``) from before
it reads the history until the journal is removed, and ``recover`` takes the same lock before it
reads a journal, so a journal it finds belongs to a process that died. The private index and the
journal's temporary file are named after the process (``policy-release.<pid>.index``). Before
anything is written, ``check_ready`` refuses a repository in the middle of a merge, cherry-pick,
revert, rebase, ``git am`` or bisect (G005), or with a ``.git/index.lock`` left by a git process
(G004). Once the ref transaction has committed, the release is reported as published whatever
happens next: a work tree that cannot be updated is a warning, finished by the next command.

``POLICY_FAILPOINT=after-objects|after-journal|after-ref|after-worktree`` makes the process kill
itself (SIGKILL) at that point; the atomicity tests use it.
"""

from __future__ import annotations

import os
import sys
from dataclasses import asdict, dataclass

from ..errors import PolicyError
from ..project import JOURNAL, journal_path

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (no import cost at run time)
    from collections.abc import Iterable

    from ..config import Config

from .repolock import repository_lock

INDEX = "policy-release.{pid}.index"  # private to the process: never shared with another command

# Files git keeps in its folder while an operation is half done: (name, what, how to end it).
IN_PROGRESS = (
    ("MERGE_HEAD", "a merge", "commit it (`git commit`) or abandon it (`git merge --abort`)"),
    ("CHERRY_PICK_HEAD", "a cherry-pick", "finish it (`git cherry-pick --continue`) or abandon it "
                                          "(`git cherry-pick --abort`)"),
    ("REVERT_HEAD", "a revert", "finish it (`git revert --continue`) or abandon it (`git revert --abort`)"),
    ("rebase-merge", "a rebase", "finish it (`git rebase --continue`) or abandon it (`git rebase --abort`)"),
    ("rebase-apply/applying", "`git am`", "finish it (`git am --continue`) or abandon it (`git am --abort`)"),
    ("rebase-apply", "a rebase", "finish it (`git rebase --continue`) or abandon it (`git rebase --abort`)"),
    ("sequencer", "a cherry-pick or revert of several commits", "finish it (`git cherry-pick --continue` or "
                  "`git revert --continue`) or abandon it (`--abort`)"),
    ("BISECT_LOG", "a bisect", "end it (`git bisect reset`)"),
    ("BISECT_START", "a bisect", "end it (`git bisect reset`)"),
)


class GitError(PolicyError):
    code = "G001"


@dataclass(frozen=True)
class Journal:
    """What a release in progress writes before its commit point (``.git/policy-release.journal``,
    JSON with these keys): enough for ``recover`` to finish or roll it back."""
    branch: str   # the full name of the branch the release commits on (refs/heads/main)
    old: str      # the commit the branch pointed at before the release
    new: str      # the release commit
    tag: str      # the full name of the release's tag (refs/tags/policy/<doc>/<id>)
    tag_object: str
    paths: dict   # {repository-relative path: [old blob or None, new blob]}

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Journal:
        return cls(branch=data["branch"], old=data["old"], new=data["new"], tag=data["tag"],
                   tag_object=data["tag_object"], paths=data["paths"])


def _stale_temporaries(git_dir):
    """Private files of release processes that were killed (only called under the lock)."""
    names = []
    for name in os.listdir(git_dir):
        if name.startswith("policy-release.") and name.endswith((".index", ".tmp")):
            names.append(os.path.join(git_dir, name))
    return names


def failpoint(name):
    if os.environ.get("POLICY_FAILPOINT") == name:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


class GitStore:
    """A git repository holding a policy project."""

    def __init__(self, root: str) -> None:
        try:
            import git
        except ImportError:  # pragma: no cover - GitPython is a dependency
            raise GitError("GitPython is not installed; run `make` to set up the environment.") from None
        self._git = git
        try:
            self.repo = git.Repo(root, search_parent_directories=True)
        except (git.InvalidGitRepositoryError, git.NoSuchPathError):
            raise GitError(f"{root} is not inside a git repository; releases are recorded in git: "
                           "run `git init` and commit the project first.") from None
        if self.repo.bare:
            raise GitError(f"{root} is a bare repository; run the command in a clone with a work tree.")
        self.top = os.path.realpath(self.repo.working_tree_dir)  # type: ignore[arg-type]  # not bare: it has one
        self.git_dir = os.path.realpath(self.repo.git_dir)

    # --- paths -------------------------------------------------------------------------

    def rel(self, path: str) -> str:
        """``path`` (absolute or relative to the current folder) relative to the repository top."""
        return os.path.relpath(os.path.realpath(path), self.top).replace(os.sep, "/")

    # --- reading -----------------------------------------------------------------------

    def run(self, *args, stdin=None, env=None, strip=True, binary=False):  # untyped: GitPython's overloads
        """Run a git command; its standard output (str, or bytes if ``binary``). GitError on failure."""
        kwargs = {"with_extended_output": False, "strip_newline_in_stdout": strip,
                  "stdout_as_string": not binary}
        if env:
            kwargs["env"] = env
        try:
            if stdin is None:
                return self.repo.git.execute(["git", *args], **kwargs)
            import tempfile

            with tempfile.TemporaryFile() as fh:
                fh.write(stdin if isinstance(stdin, bytes) else stdin.encode("utf-8"))
                fh.seek(0)
                return self.repo.git.execute(["git", *args], istream=fh, **kwargs)
        except self._git.GitCommandError as exc:
            message = (exc.stderr or "").strip().removeprefix("stderr:").strip().strip("'").strip()
            raise GitError(f"git {args[0]} failed: {message or exc}") from None

    def head(self):  # str, or None before the first commit (untyped: publishing relies on a first commit)
        """The commit HEAD points at (40 hex digits), or None in a repository without commits."""
        try:
            return self.run("rev-parse", "--verify", "-q", "HEAD^{commit}")
        except GitError:
            return None

    def branch(self) -> str | None:
        """The full name of the checked-out branch; GitError when HEAD is detached."""
        try:
            return self.run("symbolic-ref", "-q", "HEAD")
        except GitError:
            raise GitError("HEAD is detached; check out the main branch (`git switch main`) before "
                           "releasing: a release is a commit on the branch.") from None

    def ref(self, name: str) -> str | None:
        try:
            return self.run("rev-parse", "--verify", "-q", name)
        except GitError:
            return None

    def changed_paths(self, paths: Iterable[str]) -> list[str]:
        """Uncommitted changes (staged, unstaged or untracked) under ``paths``: ["XY path", …]."""
        out = self.run("status", "--porcelain=v1", "-z", "--untracked-files=all", "--", *paths, strip=False)
        entries = [e for e in out.split("\0") if e]
        result, skip = [], False
        for entry in entries:
            if skip:
                skip = False
                continue
            result.append(entry)
            if entry[:1] in ("R", "C"):
                skip = True  # the source path of a rename follows
        return result

    def is_shallow(self) -> bool:
        return self.run("rev-parse", "--is-shallow-repository") == "true"

    def has_commit(self, sha: str) -> bool:
        try:
            self.run("cat-file", "-e", f"{sha}^{{commit}}")
            return True
        except GitError:
            return False

    def existing_commits(self, shas: Iterable[str]) -> set[str]:
        """The subset of ``shas`` that are commits in this repository (one git call)."""
        shas = sorted(set(shas))
        if not shas:
            return set()
        out = self.run("cat-file", "--batch-check=%(objectname) %(objecttype)",
                       stdin="".join(f"{sha}\n" for sha in shas))
        return {line.split()[0] for line in out.splitlines() if line.endswith(" commit")}

    def tags(self, prefix: str = "refs/tags/") -> dict[str, str]:
        """{tag name: the commit it points at} for the tags under ``prefix`` (one git call)."""
        out = self.run("for-each-ref", "--format=%(refname) %(objectname) %(*objectname)", prefix)
        tags = {}
        for line in out.splitlines():
            name, obj, *peeled = line.split(" ")
            tags[name[len("refs/tags/"):]] = (peeled[0] if peeled and peeled[0] else obj)
        return tags

    def blobs(self, specs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], bytes | None]:
        """{(commit, path): bytes or None} for many files at once (one ``git cat-file --batch``)."""
        specs = sorted(set(specs))
        if not specs:
            return {}
        out = self.run("cat-file", "--batch", stdin="".join(f"{c}:{p}\n" for c, p in specs), strip=False,
                       binary=True)
        result, pos = {}, 0
        for spec in specs:
            end = out.index(b"\n", pos)
            header = out[pos:end].split(b" ")
            pos = end + 1
            if len(header) == 3 and header[1] == b"blob":
                size = int(header[2])
                result[spec] = out[pos:pos + size]
                pos += size + 1
            else:
                result[spec] = None  # missing, or not a file
                if len(header) == 3:
                    pos += int(header[2]) + 1
        return result

    def blob(self, commit, path):  # bytes, or None when the file is not in the commit
        """The bytes of ``path`` (repository-relative) at ``commit``, or None if it has no such file."""
        try:
            tree = self.repo.commit(commit).tree
            return (tree / path).data_stream.read()
        except KeyError:
            return None
        except (ValueError, self._git.BadName, self._git.BadObject) as exc:
            raise GitError(f"commit {commit} is not in this repository ({exc.__class__.__name__})") from None

    def missing_commit_error(self, commit: str, what: str) -> GitError:
        """The error for a recorded commit this clone lacks: shallow clones are told what to do."""
        if self.is_shallow():
            return GitError(f"{what} was cut from commit {commit}, which this shallow clone does not have; "
                            "run `git fetch --unshallow` (or clone without --depth) and verify again.",
                            code="G002")
        return GitError(f"{what} was cut from commit {commit}, which is not in this repository; fetch the "
                        "full history of the main branch (`git fetch origin`) and verify again.", code="G003")

    def check_ready(self):
        """Refuse (before anything is written) a repository where git is in the middle of something."""
        for name, what, how in IN_PROGRESS:
            if os.path.exists(os.path.join(self.git_dir, *name.split("/"))):
                raise GitError(f"{what} is in progress in this repository; a release is a commit of its own "
                               f"and must not be mixed into it. First {how}, then run the release again.",
                               code="G005")
        index_lock = os.path.join(self.git_dir, "index.lock")
        if os.path.exists(index_lock):
            shown = os.path.relpath(index_lock, self.top).replace(os.sep, "/")
            raise GitError(f"git's index is locked ({shown} exists): another git command is running, or one was "
                           f"stopped before it finished and left the file behind. Wait for it to finish; if no git "
                           f"program is running, delete the file {shown} and run the release again. Nothing was "
                           "written.", path=index_lock, code="G004")

    # --- writing -----------------------------------------------------------------------

    def commit_release(self, files: dict[str, bytes], message: str, tag: str, tag_message: str) -> str:
        """Commit ``files`` ({repository-relative path: bytes}) on top of HEAD and tag it, atomically.

        Returns the new commit. Takes the repository lock (re-entrant: ``publishing.cut`` holds it
        already); finishes or rolls back a release that was interrupted first.
        """
        with repository_lock(self.top, f"policy release ({tag})"):
            return self._commit_release(files, message, tag, tag_message)

    def _commit_release(self, files, message, tag, tag_message):
        self.check_ready()
        recover(self)
        for name in _stale_temporaries(self.git_dir):
            _remove(name)  # left by a killed release: no live command owns them while we hold the lock
        branch = self.branch()
        old = self.head()
        if old is None:
            raise GitError("the repository has no commit yet; commit the project before releasing.")
        tag_ref = f"refs/tags/{tag}"
        if self.ref(tag_ref):
            raise GitError(f"the tag {tag} exists already; a release id is used once.", code="R006")
        odb = self.repo.odb
        from io import BytesIO

        from gitdb.base import IStream

        paths = {}
        index = os.path.join(self.git_dir, INDEX.format(pid=os.getpid()))
        env = {"GIT_INDEX_FILE": index}
        try:
            self.run("read-tree", old, env=env)
            infos = []
            for path, data in sorted(files.items()):
                new_blob = odb.store(IStream("blob", len(data), BytesIO(data))).hexsha
                new_blob = new_blob.decode() if isinstance(new_blob, bytes) else new_blob
                old_blob = self._blob_sha(old, path)
                paths[path] = [old_blob, new_blob]
                infos.append(f"100644 {new_blob}\t{path}")
            self.run("update-index", "--index-info", stdin="\n".join(infos) + "\n", env=env)
            tree = self.run("write-tree", env=env)
        finally:
            _remove(index)
        new = self.run("commit-tree", tree, "-p", old, stdin=message)
        ident = self.run("var", "GIT_COMMITTER_IDENT")
        tag_obj = self.run("mktag", stdin=f"object {new}\ntype commit\ntag {tag}\ntagger {ident}\n\n{tag_message}")
        failpoint("after-objects")
        journal = Journal(branch=branch, old=old, new=new, tag=tag_ref, tag_object=tag_obj, paths=paths)
        _write_journal(self.git_dir, journal)
        failpoint("after-journal")
        try:
            self.run("update-ref", "--stdin",
                     stdin=f"start\nupdate {branch} {new} {old}\ncreate {tag_ref} {tag_obj}\nprepare\ncommit\n")
        except GitError as exc:
            if self.ref(branch) != new:  # the transaction did not commit: nothing of the release exists
                _remove(os.path.join(self.git_dir, JOURNAL))
                raise GitError(f"the release could not be committed, nothing was changed: {exc.message} "
                               "(did another commit land meanwhile? run the release again).") from None
        failpoint("after-ref")
        # The commit point is passed: the release is published, whatever happens to the work tree now.
        try:
            self._finish(journal)
        except (GitError, OSError) as exc:
            print(f"policy: warning: the release is published (commit {new[:12]}, tag {tag}), but the work "
                  f"tree could not be brought up to date: {getattr(exc, 'message', None) or exc}. The next "
                  "policy command (e.g. `policy releases`) finishes it.", file=sys.stderr)
        return new

    def _blob_sha(self, commit, path):
        try:
            return self.run("rev-parse", "--verify", "-q", f"{commit}:{path}")
        except GitError:
            return None

    def _finish(self, journal):
        """After the commit point: tag, work tree and index up to date; then drop the journal."""
        if not self.ref(journal.tag):
            self.run("update-ref", journal.tag, journal.tag_object, "")
        written = []
        for path, (old_blob, new_blob) in sorted(journal.paths.items()):
            full = os.path.join(self.top, *path.split("/"))
            _remove_stale_copies(full)
            current = _read(full)
            new_data = self.repo.odb.stream(bytes.fromhex(new_blob)).read()
            if current == new_data:
                written.append(path)
                continue
            old_data = self.repo.odb.stream(bytes.fromhex(old_blob)).read() if old_blob else None
            if current != old_data:
                print(f"policy: {path} was changed while the release was being recorded; it was left as it "
                      f"is (the release commit holds the released version).", file=sys.stderr)
                continue
            os.makedirs(os.path.dirname(full), exist_ok=True)
            tmp = f"{full}.policy-tmp-{os.getpid()}"
            with open(tmp, "wb") as fh:
                fh.write(new_data)
            failpoint("in-worktree")
            os.replace(tmp, full)
            written.append(path)
        if written:
            self._update_index(written)
        failpoint("after-worktree")
        _remove(os.path.join(self.git_dir, JOURNAL))

    def _update_index(self, paths):
        import time

        for attempt in range(30):  # another git command may hold the index for a moment
            try:
                self.run("update-index", "--add", "--", *paths)
                return
            except GitError as exc:
                if "index.lock" not in exc.message:
                    raise
                if attempt == 29:
                    raise GitError("git's index stayed locked (.git/index.lock exists); if no git program is "
                                   "running, delete that file.", code="G004") from None
                time.sleep(0.1)


def recover(store_or_root: GitStore | str) -> str | None:
    """Finish or roll back a release interrupted before its journal was removed."""
    store = store_or_root if isinstance(store_or_root, GitStore) else GitStore(store_or_root)
    path = os.path.join(store.git_dir, JOURNAL)
    if not os.path.exists(path):
        return None
    # Under the lock, a journal belongs to a release process that died: a live one holds the lock.
    with repository_lock(store.top, "policy (finishing an interrupted release)"):
        return _recover(store, path)


def _recover(store, path):
    journal = _read_journal(path)
    if journal is None:
        return None
    current = store.ref(journal.branch)
    if current == journal.old:
        # Never committed: remove a tag that a half-run transaction may have created, and forget it.
        if store.ref(journal.tag) == journal.tag_object:
            store.run("update-ref", "-d", journal.tag, journal.tag_object)
        _remove(path)
        return "rolled back"
    committed = current == journal.new
    if not committed and current:
        try:
            store.run("merge-base", "--is-ancestor", journal.new, current)
            committed = True
        except GitError:
            committed = False
    if committed:
        store._finish(journal)
        return "finished"
    _remove(path)  # the branch was moved elsewhere by hand: nothing of the release is left to finish
    return "abandoned"


def _read(path):
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


def _remove_stale_copies(full):
    """Remove ``<file>.policy-tmp-<pid>`` left by a release killed while it wrote ``<file>``.

    Called under the repository lock, before this process writes its own copy: any copy already
    there belongs to a process that died."""
    folder, name = os.path.split(full)
    prefix = f"{name}.policy-tmp-"
    try:
        with os.scandir(folder) as entries:
            stale = [e.path for e in entries if e.name.startswith(prefix) and e.name[len(prefix):].isdigit()
                     and e.is_file(follow_symlinks=False)]
    except (FileNotFoundError, NotADirectoryError):
        return
    for path in stale:
        _remove(path)


def _remove(path):
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


def _write_journal(git_dir, journal):
    import json

    path = os.path.join(git_dir, JOURNAL)
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(journal.to_json(), fh, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _read_journal(path):
    import json

    try:
        with open(path, encoding="utf-8") as fh:
            return Journal.from_json(json.load(fh))
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):  # cannot happen (written whole, then renamed), but never leave it blocking
        _remove(path)
        return None


# --- an interrupted release (cheap to ask: git is imported only when a journal is left; the journal's
# place is project.journal_path, so that `policy check` asks without importing this module) -----------

def recover_if_interrupted(config: Config) -> None:
    """Finish or roll back a release that was killed part-way (cheap when there is none)."""
    path = journal_path(config.root)
    if path is not None and os.path.exists(path):
        recover(config.root)
