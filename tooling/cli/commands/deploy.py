"""policy deploy: build the site from the committed tree and publish it to a branch (gh-pages,
with ghp-import) or to a folder, keeping every URL published before.

1. Refuse when the working tree has uncommitted changes (D001): a published site must be the
   site of a commit, one anybody can rebuild from git.
2. Build the site (as ``policy build``, with --as-of) into a temporary folder.
3. Lay it over the previous deployment: every file published before stays at its URL (a page
   of a version withdrawn from the sources, a feed renamed …), every file of the new build
   replaces the old one.
4. Publish in one step: ghp-import writes the branch's new commit with git fast-import and moves
   the branch only when the commit is complete; a folder is swapped by renaming.
"""

import os
import shutil
import sys
import tempfile

from ...errors import PolicyError, UsageError


class DeployError(PolicyError):
    code = "D002"


def add_arguments(parser):
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--branch", default=None, metavar="NAME",
                        help="publish to this git branch with ghp-import (default: gh-pages)")
    target.add_argument("--folder", metavar="DIR", help="publish to this folder instead of a branch")
    parser.add_argument("--push", action="store_true", help="push the branch to --remote afterwards")
    parser.add_argument("--remote", default="origin", help="remote to push to (default: origin)")
    parser.add_argument("--as-of", metavar="YYYY-MM-DD",
                        help="build the site as it is on this date (default: today)")


EPILOG = """examples:
  policy deploy                                   (gh-pages branch of this repository)
  policy deploy --push                            (and push it to origin, as the CI workflow does)
  policy deploy --folder /srv/www/policies --as-of 2026-12-01

exit status: 0 published, 2 refused (uncommitted changes, not a git repository, …) or bad usage
"""


def _git(root, *args, check=True):
    import subprocess

    out = subprocess.run(["git", *args], cwd=root, capture_output=True)
    if check and out.returncode != 0:
        raise DeployError(f"git {' '.join(args)} failed: {out.stderr.decode('utf-8', 'replace').strip()}", root)
    return out


def refuse_dirty(root):
    """D001 when the repository holding ``root`` has uncommitted or untracked (not ignored) files."""
    if _git(root, "rev-parse", "--is-inside-work-tree", check=False).returncode != 0:
        raise DeployError(f"{root} is not in a git repository: `policy deploy` publishes the site of a "
                          "commit. Use `policy build -o DIR` to build a site anywhere.", root, code="D002")
    status = _git(root, "status", "--porcelain=v1", "-z", "--untracked-files=normal").stdout
    changed = [entry[3:].decode("utf-8", "replace") for entry in status.split(b"\0") if entry[3:]]
    if changed:
        shown = ", ".join(changed[:5]) + (f" and {len(changed) - 5} more" if len(changed) > 5 else "")
        raise DeployError(f"the working tree has uncommitted changes ({shown}); the published site must be "
                          "built from a committed tree. Commit or stash them, then deploy again.", root, code="D001")
    return _git(root, "rev-parse", "HEAD").stdout.decode().strip()


def _previous_branch_tree(root, branch, remote, into):
    """Extract the files of the last deployment on ``branch`` (or ``remote``/``branch``) into ``into``."""
    import io
    import tarfile

    for ref in (f"refs/remotes/{remote}/{branch}", f"refs/heads/{branch}"):
        if _git(root, "rev-parse", "--verify", "--quiet", ref, check=False).returncode == 0:
            data = _git(root, "archive", "--format=tar", ref).stdout
            with tarfile.open(fileobj=io.BytesIO(data)) as tar:
                tar.extractall(into, filter="data")
            return ref
    return None


def _overlay(src, dst):
    shutil.copytree(src, dst, dirs_exist_ok=True)


def _count(folder):
    return sum(len(files) for _, _, files in os.walk(folder))


def run(args):
    from datetime import date

    from ...config import config_from
    from ...model.releases import ReleaseError, parse_date
    from ...site.build import build_site

    config = config_from(args)
    try:
        as_of = parse_date(args.as_of, "--as-of") if args.as_of else date.today()
    except ReleaseError as exc:
        raise UsageError(exc.message) from None
    commit = refuse_dirty(config.root)
    work = tempfile.mkdtemp(prefix="policy-deploy-")
    try:
        built = os.path.join(work, "built")
        report = build_site(config, built, as_of, cache=True, verbose=False)
        from .build import print_pdf_report

        print_pdf_report(report)
        if args.folder:
            return _to_folder(os.path.abspath(args.folder), built, commit, as_of)
        return _to_branch(config.root, args.branch or "gh-pages", args, built, work, commit, as_of)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _to_branch(root, branch, args, built, work, commit, as_of):
    import ghp_import

    staged = os.path.join(work, "staged")
    os.makedirs(staged)
    previous = _previous_branch_tree(root, branch, args.remote, staged)
    kept = _count(staged)
    _overlay(built, staged)
    before = _git(root, "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}", check=False).stdout.strip()
    message = f"policy deploy: site of {commit[:12]} as of {as_of.isoformat()}"
    here = os.getcwd()
    os.chdir(root)  # ghp-import runs git in the current folder
    try:
        ghp_import.ghp_import(staged, mesg=message, branch=branch, remote=args.remote, nojekyll=True, push=False)
    except ghp_import.GhpError as exc:
        raise DeployError(f"ghp-import could not write the {branch} branch: {exc.message}", root) from None
    finally:
        os.chdir(here)
    after = _git(root, "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}", check=False).stdout.strip()
    if not after or after == before:
        raise DeployError(f"the {branch} branch was not updated (git fast-import failed); nothing was published.",
                          root)
    if args.push:
        out = _git(root, "push", args.remote, f"refs/heads/{branch}:refs/heads/{branch}", check=False)
        if out.returncode != 0:
            raise DeployError(f"the site is on the local {branch} branch but could not be pushed to "
                              f"{args.remote}: {out.stderr.decode('utf-8', 'replace').strip()}", root)
    where = f"{branch} ({after.decode()[:12]})" + (f", pushed to {args.remote}" if args.push else "")
    print(f"Deployed the site of {commit[:12]} as of {as_of.isoformat()} to {where}; "
          f"{kept} files of the previous deployment{' (' + previous + ')' if previous else ''} kept or replaced.",
          file=sys.stderr)
    return 0


def _to_folder(folder, built, commit, as_of):
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise UsageError(f"--folder {folder} is a file.", code="D003")
    parent = os.path.dirname(folder)
    if not os.path.isdir(parent):
        raise UsageError(f"--folder {folder}: the folder {parent} does not exist.", code="D003")
    new = f"{folder}.policy-new-{os.getpid()}"
    old = f"{folder}.policy-old-{os.getpid()}"
    try:
        if os.path.isdir(folder):
            shutil.copytree(folder, new, symlinks=True)
        else:
            os.makedirs(new)
        _overlay(built, new)
        if os.path.isdir(folder):
            os.rename(folder, old)
        os.rename(new, folder)
    except OSError as exc:
        if os.path.isdir(old) and not os.path.exists(folder):
            os.rename(old, folder)
        raise UsageError(f"--folder {folder}: cannot publish ({exc.strerror}); the previous site is unchanged.",
                         code="D003") from None
    finally:
        shutil.rmtree(new, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
    print(f"Deployed the site of {commit[:12]} as of {as_of.isoformat()} to {folder}.", file=sys.stderr)
    return 0
