"""The one naming rule of release ids and document names (each '/'-separated part of one).

An id becomes a folder and file name, part of every URL of the site and a git tag component, so it
is stricter than git's rule for one component of a ref name (``git check-ref-format``: no leading
'.', no '..', no '.lock' at the end, no '@{', no control characters, spaces or ``~^:?*[\\``):
every id it accepts is a valid tag component; tests compare it with git itself. Checked with string
methods, not regular expressions: compiling them costs start-up time.
"""

ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._-")
ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def id_problem(name: object) -> str | None:
    """Why ``name`` is not an allowed id (a sentence for a lawyer), or None when it is."""
    if not isinstance(name, str) or not name:
        return "a release needs an id, e.g. 2026-12-01 or v3."
    if (len(name) > 64 or not ID_CHARS.issuperset(name) or name[0] not in ALNUM
            or name[-1] not in ALNUM or ".." in name):
        return (f"release id \u201c{name}\u201d is not allowed: use 1 to 64 lower-case ASCII letters, "
                "digits, '.', '-' or '_', starting and ending with a letter or digit (no '/', '..', "
                "spaces or non-ASCII characters), e.g. 2026-12-01 or v3.")
    if name.endswith(".lock"):  # git reserves NAME.lock for its own lock files: no tag may end so
        return (f"release id \u201c{name}\u201d is not allowed: git cannot name a tag ending in \u201c.lock\u201d. "
                f"Choose another id, e.g. {name[:-len('.lock')]}-lock.")
    return None
