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


def check_document_name(name):
    """``name`` if it is a safe document name, else the reason (str) it is not.

    A document name becomes a file name (docs/<language>/<name>.md), a folder of releases/ and
    translations/, part of every URL of the site and of every git tag: it is made of parts
    separated by '/' (``privacy``, ``terms/cookies``), each following the rule of release ids
    (tooling/names.py, the one rule shared by both)."""
    from .names import id_problem

    if not isinstance(name, str) or not name:
        return "a document needs a name, e.g. privacy"
    for part in name.split("/"):
        if not part:
            return (f"document name \u201c{name}\u201d is not allowed: it must not start or end with '/' nor "
                    "contain '//'; write it like privacy or terms/cookies")
        problem = id_problem(part)
        if problem is not None:
            return (f"document name \u201c{name}\u201d is not allowed: each part between '/' follows the rule "
                    f"of release ids, and \u201c{part}\u201d does not ({problem}) Write it like privacy or "
                    "terms/cookies")
    return None


def document_argument(name, option="DOCUMENT"):
    """A document named on the command line, validated (UsageError E202 otherwise)."""
    reason = check_document_name(name)
    if reason is not None:
        from .errors import UsageError

        raise UsageError(f"{option}: {reason}.", code="E202")
    return name


def refuse_links(config):
    """Refuse symbolic links in docs/, releases/ and translations/ (SourceError E011).

    A link would publish the text of whatever file it points to (outside the project, too) or
    make one file seem to be two; the sources, the history and the pins are plain files."""
    folders = (("docs/", config.docs_dir), ("releases/", config.releases_dir),
               ("translations/", os.path.join(config.root, config.raw.get("paths", {}).get("translations",
                                                                                          "translations"))))
    for what, folder in folders:
        if os.path.islink(folder):
            _link_error(folder, what)
        if os.path.isdir(folder):
            _scan(folder, what)


def _scan(folder, what):
    with os.scandir(folder) as entries:
        subfolders = []
        for entry in entries:
            if entry.is_symlink():
                _link_error(entry.path, what)
            if entry.is_dir(follow_symlinks=False):
                subfolders.append(entry.path)
    for sub in subfolders:
        _scan(sub, what)


def _link_error(path, what):
    from .errors import SourceError

    target = os.readlink(path)
    raise SourceError(
        f"is a symbolic link (to {target}); the files of {what} must be real files, not links, so that "
        "exactly their text is checked, released and published. Nothing was read or written. Replace the "
        "link by a copy of what it points to, or remove it.", display_path(path), code="E011")


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
