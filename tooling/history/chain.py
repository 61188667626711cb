"""Tamper evidence for the legal record that does not depend on git tags.

Three checks, used by ``policy verify``:

* **append-only** (``audit_history``): every file of a release folder
  (``releases/<doc>/<id>/…``) is compared, through the git history of HEAD, with the bytes the
  commit that added it wrote. Any later change, deletion or re-creation is reported with the
  commit that made it; so are uncommitted changes in the work tree. The one change allowed is
  the recorded hash-chain migration (``migrate``): a commit whose message carries the trailer
  ``Policy-Migration: hash-chain`` and which changes a format-1 record into exactly the same
  record with ``format`` 2 and its ``previous`` link, nothing else.
* **hash chain** (``chain_findings``): each record's ``previous`` holds the id and the SHA-256 of
  the bytes of the previous record of its document; rewriting any past record breaks every later
  link, so a rewrite that also "re-chains" has to change every later record too, which the
  append-only check reports.
* **tags** (``tag_findings``): a tag ``policy/<doc>/<id>`` without a record, and a record whose
  tag points at another commit than the one that added the record.

The site publishes the chain (``history_json``): ``/<doc>/history.json`` lists every release with
its record digest and the previous one; ``site_findings`` checks a built or downloaded site
against the repository (``policy verify --site DIR``).
"""

import os
from dataclasses import dataclass

from ..model.records import RECORD

MIGRATION_TRAILER = "Policy-Migration: hash-chain"
MIGRATION_SUBJECT = "Migrate release records to the hash chain (format 2)"
HISTORY_JSON = "history.json"


@dataclass(frozen=True)
class Problem:
    """One verification finding: printed ``path: error CODE: message``."""

    path: str
    code: str
    message: str

    def __str__(self):
        return f"{self.path}: error {self.code}: {self.message}"


@dataclass(frozen=True)
class Change:
    """One change git records for a file: the commit, its subject, the blobs before and after."""

    commit: str
    subject: str
    message: str
    status: str        # A added, M modified, D deleted, T type changed
    old_blob: str
    new_blob: str


def _short(commit):
    return commit[:12]


# --- the recorded migration ----------------------------------------------------------------

def dump(data):
    """The canonical bytes of a record (as ``release_store.record_json`` writes them)."""
    import json

    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def migrated(old_bytes, previous_id, previous_sha256):
    """The format-2 bytes of the format-1 record ``old_bytes`` with its chain link."""
    import json

    data = json.loads(old_bytes.decode("utf-8"))
    data["format"] = 2
    data["previous"] = {"id": previous_id, "record_sha256": previous_sha256} if previous_sha256 else None
    return dump(data)


def is_migration(old_bytes, new_bytes):
    """True when ``new_bytes`` is ``old_bytes`` (a format-1 record) given a chain link and nothing else."""
    import json

    try:
        old = json.loads(old_bytes.decode("utf-8"))
        new = json.loads(new_bytes.decode("utf-8"))
    except ValueError:
        return False
    if not (isinstance(old, dict) and isinstance(new, dict)) or old.get("format", 1) != 1 or "previous" in old:
        return False
    if new.get("format") != 2 or "previous" not in new:
        return False
    rest = {k: v for k, v in new.items() if k != "previous"}
    rest["format"] = old.get("format", 1)
    if "format" not in old:
        rest.pop("format")
    return rest == old and dump(new) == new_bytes


def migrate(config, store, out=print):
    """Give every format-1 record its chain link and commit that, as one recorded step.

    Records are rewritten oldest first per document, so each link is the SHA-256 of the previous
    record as migrated. Returns the new commit, or None when there was nothing to migrate. The
    commit is built in a private index and moves the branch in one ref update (the work tree is
    written afterwards), so a kill leaves either no migration or a committed one.
    """
    from ..errors import PolicyError
    from .release_store import load_releases, release_dir
    from ..model.sections import sha256

    dirty = store.changed_paths([store.rel(config.releases_dir)])
    if dirty:
        raise PolicyError("uncommitted changes in the release records; the migration rewrites committed "
                          "records only. Commit or discard them first:\n  " + "\n  ".join(dirty), code="R031")
    head = store.head()
    files = {}
    for document, releases in sorted(load_releases(config).items()):
        prev_id = prev_digest = None
        for r in releases:
            path = store.rel(os.path.join(release_dir(config, document, r.id), RECORD))
            data = store.blob(head, path)
            if data is None:
                raise PolicyError("this release record is not committed; commit it before migrating.", path,
                                  code="R031")
            if not r.chained:
                data = migrated(data, prev_id, prev_digest)
                files[path] = data
            prev_id, prev_digest = r.id, sha256(data).hexdigest()
    if not files:
        out("policy chain-records: every release record is already chained; nothing to do.")
        return None
    lines = [MIGRATION_SUBJECT, "",
             "Adds to each release record written before the hash chain existed its link: the SHA-256",
             "of the previous record of the same document as committed (null for the first release),",
             "and sets format to 2. No other field and no released text changes; `policy verify`",
             "accepts exactly this change, once, and no other.", "",
             *[f"  {p}" for p in sorted(files)], "", MIGRATION_TRAILER]
    commit = _commit_files(store, files, "\n".join(lines) + "\n")
    for path in sorted(files):
        out(f"  chained {path}  sha256 {sha256(files[path]).hexdigest()}")
    out(f"policy chain-records: {len(files)} record{'s' if len(files) != 1 else ''} migrated; commit {_short(commit)}.")
    return commit


def _commit_files(store, files, message):
    """Commit ``files`` ({repository path: bytes}) on top of HEAD without touching the work tree
    until the branch has moved; then bring the work tree and the index up to date."""
    import tempfile

    branch = store.branch()
    old = store.head()
    fd, index = tempfile.mkstemp(prefix="policy-chain.", suffix=".index", dir=store.git_dir)
    os.close(fd)
    env = {"GIT_INDEX_FILE": index}
    try:
        store.run("read-tree", old, env=env)
        infos = []
        for path, data in sorted(files.items()):
            blob = store.run("hash-object", "-w", "--stdin", stdin=data)
            infos.append(f"100644 {blob}\t{path}")
        store.run("update-index", "--index-info", stdin="\n".join(infos) + "\n", env=env)
        tree = store.run("write-tree", env=env)
    finally:
        os.remove(index)
    new = store.run("commit-tree", tree, "-p", old, stdin=message)
    store.run("update-ref", "-m", "policy chain-records", branch, new, old)
    for path, data in sorted(files.items()):
        full = os.path.join(store.top, *path.split("/"))
        tmp = full + ".policy-tmp"
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, full)
    store.run("update-index", "--", *sorted(files))
    return new


# --- append-only: the git history of every release file ----------------------------------

def file_history(store, top):
    """{repository path: [Change, … oldest first]} of every file under ``top`` in HEAD's history.

    Merges are compared with their first parent, so a change made while resolving a merge is
    seen too; side branches are followed (``--full-history``).
    """
    from .gitstore import GitError

    try:
        out = store.run("-c", "core.quotePath=false", "log", "--reverse", "--topo-order", "--full-history",
                        "--diff-merges=first-parent", "--no-renames", "--raw", "--no-abbrev", "-z",
                        "--format=%x01%H%x02%B%x03", "HEAD", "--", top, strip=False)
    except GitError:
        if store.head() is None:
            return {}  # no commit yet: no history
        raise
    history = {}
    for chunk in out.split("\x01")[1:]:
        commit, _, rest = chunk.partition("\x02")
        message, _, raw = rest.partition("\x03")
        subject = message.strip().splitlines()[0] if message.strip() else ""
        tokens = raw.split("\0")
        i = 0
        while i < len(tokens):
            meta = tokens[i].strip("\n")
            if meta.startswith(":") and i + 1 < len(tokens):
                fields = meta[1:].split(" ")
                history.setdefault(tokens[i + 1], []).append(
                    Change(commit.strip(), subject, message, fields[4][:1], fields[2], fields[3]))
                i += 2
            else:
                i += 1
    return history


def audit_history(config, store, document=None):
    """[Problem] for every release file changed or deleted after the commit that added it,
    and for uncommitted changes under ``releases/``. Also returns {record path: adding commit}."""
    top = store.rel(config.releases_dir)
    if document is not None:
        top = f"{top}/{document}"
    history = file_history(store, top)
    problems = []
    added_by = {}
    for path, changes in sorted(history.items()):
        if len(path[len(top) + 1:].split("/")) < 2 or changes[0].status != "A":
            continue  # not inside a release folder
        added_by[path] = changes[0].commit
        problems += _audit_file(store, path, changes)
    for entry in store.changed_paths([top]):
        status, path = entry[:2], entry[3:]
        if status == "??":
            problems.append(Problem(path, "H003", "is not committed: a release is recorded by `policy release` or "
                                    "`policy import-release` in one commit, never by adding files by hand."))
            continue
        what = "deleted" if "D" in status else "changed"
        problems.append(Problem(path, "H003", f"{what} in the work tree (not committed); a published release never "
                                f"changes. Discard the change with `git checkout HEAD -- {path}`."))
    return problems, added_by


def _audit_file(store, path, changes):
    """[Problem] for the changes of one release file that are still in effect at HEAD.

    A change later undone byte for byte (the advice of every message) is no longer reported:
    the file holds what was published again. The recorded migration, once, is not a change.
    """
    first = changes[0]
    expected = current = first.new_blob   # what the file must hold; what it holds
    restore_from = first.commit
    diverged = []                          # the changes since it last held ``expected``
    migrated = False
    for c in changes[1:]:
        new = None if c.status == "D" else c.new_blob
        if new == current:
            continue  # e.g. a merge repeating a change already seen on its branch
        claims = path.endswith("/" + RECORD) and MIGRATION_TRAILER in c.message
        if claims and not migrated and new is not None and current == expected:
            blobs = _blobs_by_id(store, [current, new])
            if is_migration(blobs[current], blobs[new]):
                expected = current = new
                restore_from, migrated = c.commit, True
                continue
        current = new
        diverged = [] if current == expected else diverged + [(c, claims)]
    problems = []
    fix = f"Restore it with `git checkout {_short(restore_from)} -- {path}` and commit."
    for c, claims in diverged:
        where = f"commit {_short(c.commit)} (\u201c{c.subject}\u201d)"
        if c.status == "D":
            problems.append(Problem(path, "H002", f"deleted by {where}; it was recorded by commit "
                                    f"{_short(first.commit)}. A published release is never removed. {fix}"))
        elif c.status == "A":
            problems.append(Problem(path, "H002", f"deleted and re-created with other content by {where}; it was "
                                    f"recorded by commit {_short(first.commit)}. {fix}"))
        else:
            extra = (" It claims to be the hash-chain migration, but changes more than format and previous "
                     "(beyond the hash-chain migration)." if claims else "")
            problems.append(Problem(path, "H001", f"changed by {where} after commit {_short(first.commit)} recorded "
                                    f"it; a published release never changes.{extra} {fix}"))
    return problems


def _blobs_by_id(store, shas):
    out = {}
    for sha in sorted(set(shas)):
        out[sha] = store.run("cat-file", "blob", sha, strip=False, binary=True)
    return out


# --- the chain ------------------------------------------------------------------------------

def chain_findings(config, history):
    """[Problem] for every broken link: ``history`` is {document: [Release oldest first]}."""
    from ..project import display_path
    from ..model.releases import parse_tag
    from .release_store import release_dir

    problems = []
    for document, releases in sorted(history.items()):
        prev = None
        for r in releases:
            path = display_path(os.path.join(release_dir(config, document, r.id), RECORD))
            if not r.chained:
                problems.append(Problem(path, "H005", "this record has no hash-chain link (format 1, written before "
                                        "the chain existed); run `policy chain-records` once and commit."))
            elif prev is None and r.previous_sha256 is not None:
                problems.append(Problem(path, "H004", f"the first release of {document} (sequence {r.sequence}) links to a previous record "
                                        f"\u201c{r.previous_id}\u201d, but no release comes before it: an earlier release "
                                        "was removed or the sequence numbers were changed."))
            elif prev is not None and (r.previous_id != prev.id or r.previous_sha256 != prev.record_sha256):
                if r.previous_id != prev.id:
                    why = (f"it links to \u201c{r.previous_id}\u201d, but the release before it (sequence "
                           f"{prev.sequence}) is \u201c{prev.id}\u201d: releases were removed, added or re-numbered")
                else:
                    why = (f"it records the SHA-256 {(r.previous_sha256 or '')[:12]}\u2026 of {prev.id}'s record, "
                           f"which is now {prev.record_sha256[:12]}\u2026: the record of {prev.id} was rewritten")
                problems.append(Problem(path, "H004", f"hash chain broken: {why}."))
            prev = r
    return problems


def tag_findings(config, tags, history, added_by, store, document=None):
    """[Problem] for tags without a record, and records whose tag points at another commit."""
    from ..model.releases import parse_tag
    from ..project import display_path
    from .release_store import release_dir

    problems = []
    ids = {(doc, r.id) for doc, releases in history.items() for r in releases}
    for tag, commit in sorted(tags.items()):
        doc, rid = parse_tag(tag)
        if not doc or (document is not None and doc != document):
            continue
        if (doc, rid) not in ids:
            problems.append(Problem(display_path(release_dir(config, doc, rid)), "H006",
                                    f"the git tag {tag} (commit {_short(commit)}) has no release record here: the "
                                    "release was deleted, or the tag was made by hand. Restore the record from that "
                                    "commit, or delete the tag if it is wrong."))
            continue
        path = os.path.join(release_dir(config, doc, rid), RECORD)
        adder = added_by.get(store.rel(path))
        if adder and adder != commit:
            problems.append(Problem(display_path(path), "H006",
                                    f"the git tag {tag} points at commit {_short(commit)}, but this record was added "
                                    f"by commit {_short(adder)}; the tag was moved or the release re-made."))
    return problems


# --- the site -------------------------------------------------------------------------------

def history_entries(releases):
    """The chain of one document as published: [{id, sequence, …, record_sha256, previous}]."""
    return [{"id": r.id, "sequence": r.sequence, "kind": r.kind, "published": r.published.isoformat(),
             "effective": r.effective.isoformat(), "record_sha256": r.record_sha256,
             "previous": ({"id": r.previous_id, "record_sha256": r.previous_sha256}
                          if r.previous_sha256 else None),
             "texts": {lang: t.sha256 for lang, t in sorted(r.texts.items())}}
            for r in sorted(releases, key=lambda r: r.sequence)]


def history_json(document, releases, as_of):
    """The text of ``/<doc>/history.json``: the releases published by ``as_of``, oldest first."""
    import json

    data = {"document": document, "as_of": as_of.isoformat(), "algorithm": "sha256",
            "note": "record_sha256 is the SHA-256 of the bytes of releases/<document>/<id>/release.json as "
                    "committed; previous links each record to the one before it. `policy verify --site DIR` "
                    "checks a copy of the site against the repository.",
            "releases": history_entries([r for r in releases if r.published <= as_of])}
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_history_json(site_dir, releases_by_doc, as_of):
    for document, releases in sorted(releases_by_doc.items()):
        folder = os.path.join(site_dir, *document.split("/"))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, HISTORY_JSON), "w", encoding="utf-8", newline="") as fh:
            fh.write(history_json(document, releases, as_of))


def site_findings(config, site_dir, history, document=None):
    """[Problem] for every difference between the site in ``site_dir`` and the repository."""
    from ..project import display_path
    from ..model.records import ReleaseError, parse_json
    from ..model.releases import parse_date

    site_dir = os.path.abspath(site_dir)
    problems = []
    documents = set(history) | (set(config.documents) if document is None else {document})
    for name in sorted(documents):
        releases = history.get(name, [])
        if not releases and not os.path.exists(os.path.join(site_dir, *name.split("/"), HISTORY_JSON)):
            continue  # a document never released: nothing to compare
        path = os.path.join(site_dir, *name.split("/"), HISTORY_JSON)
        shown = display_path(path)
        try:
            with open(path, encoding="utf-8") as fh:
                site = parse_json(fh.read())
            entries = site["releases"]
            as_of = parse_date(site["as_of"])
            if not (isinstance(entries, list) and all(isinstance(e, dict) and "id" in e for e in entries)):
                raise ValueError("releases must be a list of objects with an id")
        except FileNotFoundError:
            problems.append(Problem(shown, "H101", f"the site has no history of {name}; it was built before "
                                    "history.json existed, or is not a site of this repository."))
            continue
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, ReleaseError):
            problems.append(Problem(shown, "H101", "not a history.json written by `policy build` (unreadable)."))
            continue
        ours = {r.id: e for r, e in zip(sorted(releases, key=lambda r: r.sequence), history_entries(releases))}
        prev = None
        for entry in entries:
            rid = entry["id"]
            if prev is not None and (entry.get("previous") or {}).get("record_sha256") != prev.get("record_sha256"):
                problems.append(Problem(shown, "H102", f"{rid}: the site's own chain is broken (its previous digest "
                                        f"is not the digest of {prev['id']}); this copy of the site was altered."))
            prev = entry
            mine = ours.get(rid)
            if mine is None:
                problems.append(Problem(shown, "H103", f"the site lists release {rid} (record SHA-256 "
                                        f"{str(entry.get('record_sha256'))[:12]}\u2026), which the repository no "
                                        "longer has: it was deleted from the record."))
                continue
            for key in ("record_sha256", "previous", "sequence", "kind", "published", "effective", "texts"):
                if entry.get(key) != mine.get(key):
                    problems.append(Problem(shown, "H104", f"{rid}: {key} on the site is {_show(entry.get(key))}, "
                                            f"in the repository {_show(mine.get(key))}; the release record was "
                                            "rewritten after this site was built (or the site was altered)."))
            for lang in config.languages:
                prefix = [] if lang == config.authoritative else [lang]
                page = os.path.join(site_dir, *prefix, *name.split("/"), "versions", rid, "index.html")
                try:
                    with open(page, encoding="utf-8") as fh:
                        html = fh.read()
                except OSError:
                    problems.append(Problem(display_path(page), "H105", f"{rid}: the version page is missing."))
                    continue
                if entry.get("record_sha256") not in html:
                    problems.append(Problem(display_path(page), "H105", f"{rid}: the page does not show the record "
                                            f"digest the site's history lists ({str(entry.get('record_sha256'))[:12]}"
                                            "\u2026)."))
        listed = {e["id"] for e in entries}
        for r in releases:
            if r.published <= as_of and r.id not in listed:
                problems.append(Problem(shown, "H103", f"the repository has release {r.id}, published "
                                        f"{r.published.isoformat()}, but the site (built as of {as_of.isoformat()}) "
                                        "does not list it."))
    return problems


def _show(value):
    import json

    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= 80 else text[:77] + "\u2026"
