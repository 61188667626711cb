"""Where a project's sources are: ``docs/<language>/<document>.md``."""

import os


def document_path(docs_dir, language, name):
    return os.path.join(docs_dir, language, name + ".md")


def discover(docs_dir, languages):
    """Names of all documents found in any language folder (``privacy``, ``terms/cookies``…)."""
    names = set()
    for lang in languages:
        base = os.path.join(docs_dir, lang)
        for folder, dirs, files in os.walk(base):
            dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
            for f in files:
                if f.endswith(".md") and not f.startswith((".", "_")):
                    rel = os.path.relpath(os.path.join(folder, f), base)
                    names.add(rel[:-3].replace(os.sep, "/"))
    return sorted(names)


def display_path(path, root=None):
    """A path as the user should read it: relative to the current folder when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") and os.path.isabs(path) else rel


JOURNAL = "policy-release.journal"


def journal_path(root):
    """The journal of a release in progress, inside the repository's .git folder (or None).
    The release itself and its recovery are the git store's (``history/gitstore.py``)."""
    here = os.path.abspath(root)
    while True:
        git = os.path.join(here, ".git")
        if os.path.isdir(git):
            return os.path.join(git, JOURNAL)
        if os.path.isfile(git):  # a worktree or submodule: let git say where its folder is
            return None
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent
