"""Where ``policy build`` may write the site, and how it replaces the previous one.

The site is built into a folder beside the output folder and swapped in by renaming, so
that a build killed at any moment leaves the previous site (or, for the instant between the
two renames, no site), never a mix of two builds. The replaced site is kept beside it
(``.<name>.policy-spare``) for the next build to rewrite: mkdocs rewrites every file and the
files it did not write are removed, which costs less than creating the tree anew. A folder is only ever replaced when it is
empty or carries the marker file a previous ``policy build`` wrote (``.policy-site``); the
project's own folders (the sources, the release history, the translation pins, git's
folder) and every folder holding one of them are refused. Nothing outside the output folder
is removed, except the build's own temporary folders left by a killed build.
"""

import os
import shutil
from dataclasses import dataclass

from ..errors import PolicyError

MARKER = ".policy-site"
MARKER_TEXT = ("This folder is the published site written by `policy build`.\n"
               "Every build replaces the whole folder: do not keep other files in it.\n")
_TEMP = ".policy-build-"   # <parent>/.<name>.policy-build-<pid>   the site being built
_OLD = ".policy-old-"      # <parent>/.<name>.policy-old-<pid>     a folder being removed
_SPARE = ".policy-spare"   # <parent>/.<name>.policy-spare         the previous site, reused by the next build


class OutputError(PolicyError):
    """The output folder of ``policy build`` cannot be used."""

    code = "B002"


@dataclass(frozen=True)
class Protected:
    """A folder of the project that a build must never replace, nor a folder holding it."""
    path: str
    what: str


def protected_folders(config):
    """The project's own folders, as real paths: root, sources, history, pins, cache, git."""
    root = os.path.realpath(config.root)
    out = [Protected(root, "the policy project"),
           Protected(os.path.realpath(config.docs_dir), "the policy sources (docs/)"),
           Protected(os.path.realpath(config.releases_dir), "the release history (releases/)"),
           Protected(os.path.realpath(os.path.join(config.root, config.raw.get("paths", {}).get(
               "translations", "translations"))), "the translation pins (translations/)"),
           Protected(os.path.realpath(os.path.join(config.root, ".policy-cache")), "the build cache (.policy-cache/)")]
    here = root
    while True:  # the git repository holding the project (it may be above the project)
        git = os.path.join(here, ".git")
        if os.path.lexists(git):
            out.append(Protected(os.path.realpath(git), "the git repository (.git/)"))
            if here != root:
                out.append(Protected(here, "the git repository holding the policy project"))
            break
        parent = os.path.dirname(here)
        if parent == here:
            break
        here = parent
    return out


def _inside(path, folder):
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def check_output(config, out, shown):
    """Refuse an output folder that must not be replaced; ``shown`` is its name for messages."""
    if os.path.islink(out):
        raise OutputError(f"is a symbolic link; give the folder itself with -o, not a link to it "
                          f"(the build replaces the folder it writes into).", shown, code="B004")
    real = os.path.realpath(out)
    for p in protected_folders(config):
        if _inside(p.path, real):
            what = "is" if p.path == real else "holds"
            raise OutputError(
                f"{what} {p.what}; the build replaces its output folder entirely and would destroy it. "
                f"Nothing was written. Give a folder of its own, e.g. `policy build -o site`.", shown)
        if p.what != "the policy project" and _inside(real, p.path):
            raise OutputError(
                f"is inside {p.what}; the site must not be written there. Nothing was written. "
                f"Give a folder of its own, e.g. `policy build -o site`.", shown)
    if os.path.lexists(out) and not os.path.isdir(out):
        raise OutputError("exists and is not a folder; the site is written into a folder. Nothing was "
                          "written. Give another name, or remove that file yourself.", shown, code="B004")
    if os.path.isdir(out) and not os.path.isfile(os.path.join(out, MARKER)) and os.listdir(out):
        raise OutputError(
            f"is not empty and was not written by `policy build` (it has no {MARKER} file); the build "
            "replaces its output folder entirely, so it refuses to touch a folder holding other files. "
            "Nothing was written. Give a new or empty folder, or, if this is an old copy of the site, "
            "remove it yourself first.", shown, code="B003")


def temp_folder(out):
    """A folder beside ``out`` to build into (same file system: renaming is atomic): the site
    the build before last left (the spare), which mkdocs rewrites file by file (faster than
    removing and recreating a few hundred folders), or a new empty folder."""
    parent, name = os.path.split(os.path.abspath(out))
    os.makedirs(parent, exist_ok=True)
    _remove_leftovers(parent, name)
    temp = os.path.join(parent, f".{name}{_TEMP}{os.getpid()}")
    if os.path.lexists(temp):
        _remove(temp, parent, name)
    spare = os.path.join(parent, f".{name}{_SPARE}")
    if _ours(spare):
        os.rename(spare, temp)
    else:
        os.mkdir(temp)
    _write_marker(temp)
    return temp


def _write_marker(folder):
    with open(os.path.join(folder, MARKER), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(MARKER_TEXT)


def swap_in(temp, out):
    """Replace ``out`` by the finished site in ``temp``: at every moment ``out`` is the previous
    site, the new one, or (between the two renames) absent."""
    _write_marker(temp)  # the marker of this build (the build keeps the one temp_folder wrote)
    parent, name = os.path.split(os.path.abspath(out))
    if os.path.isdir(out) and not os.path.islink(out):
        if not _ours(out):
            if os.listdir(out):
                raise OutputError(f"was changed during the build and is no longer a site written by `policy "
                                  "build`; nothing was replaced.", out, code="B003")
            os.rmdir(out)
        else:
            spare = os.path.join(parent, f".{name}{_SPARE}")
            if os.path.lexists(spare):
                _remove(spare, parent, name)
            os.rename(out, spare)   # kept for the next build to rewrite
    os.rename(temp, out)


def discard(temp):
    """A failed build: its folder becomes the spare of the next one."""
    parent, base = os.path.split(temp)
    name = base[1:base.rindex(_TEMP)]
    spare = os.path.join(parent, f".{name}{_SPARE}")
    if os.path.lexists(spare):
        _remove(temp, parent, name)
    else:
        os.rename(temp, spare)


def _ours(folder):
    """A real folder (not a link) holding the marker of ``policy build``."""
    return (os.path.isdir(folder) and not os.path.islink(folder)
            and os.path.isfile(os.path.join(folder, MARKER)))


def _remove(folder, parent, name):
    """Remove one of the build's own folders: renamed first (a kill during the removal leaves
    a folder the next build recognises and removes), then deleted."""
    if not _ours(folder):
        raise OutputError(f"is in the way of the build and was not written by `policy build`; nothing was "
                          "replaced. Remove or rename it yourself.", folder, code="B003")
    old = os.path.join(parent, f".{name}{_OLD}{os.getpid()}")
    os.rename(folder, old)
    _rmtree_marker_last(old)


def _rmtree_marker_last(folder):
    """Remove one of the build's folders, its marker last: killed half-way, it is still ours."""
    for entry in os.scandir(folder):
        if entry.name == MARKER:
            continue
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            os.remove(entry.path)
    os.remove(os.path.join(folder, MARKER))
    os.rmdir(folder)


def _remove_leftovers(parent, name):
    """The temporary folders of builds of ``name`` that were killed (their process is gone)."""
    try:
        entries = os.listdir(parent)
    except OSError:
        return
    for entry in entries:
        for kind in (_TEMP, _OLD):
            prefix = f".{name}{kind}"
            if entry.startswith(prefix) and entry[len(prefix):].isdigit():
                path = os.path.join(parent, entry)
                if _alive(int(entry[len(prefix):])):
                    continue
                if _ours(path):
                    _rmtree_marker_last(path)
                elif os.path.isdir(path) and not os.path.islink(path) and not os.listdir(path):
                    os.rmdir(path)  # killed between creating it and writing its marker


def _alive(pid):
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
