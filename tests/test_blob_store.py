"""The build's store of rendered pages and memoised results (tooling/site/blob_store.py): one SQLite file instead of a
file per value (a cold build of 100 releases made about 1,700 files there)."""

import os
import sqlite3

import site_fixture

from tooling.config import load_config
from tooling.site import blob_store, build


def _store(path):
    return blob_store.BlobStore(str(path))  # not the shared one of open_store: each test its own


def test_values_are_kept_compressed_and_read_back_by_another_connection(tmp_path):
    store = _store(tmp_path / "cache.sqlite")
    page = "<html>页面</html>".encode("utf-8") * 500
    store.put("page/a", page)
    assert store.get("page/a") == page and store.has("page/a")   # before the flush: from the batch
    store.flush()
    other = _store(tmp_path / "cache.sqlite")
    assert other.get("page/a") == page and other.get("page/b") is None and not other.has("page/b")
    with sqlite3.connect(tmp_path / "cache.sqlite") as db:
        (size,), = db.execute("SELECT length(data) FROM blobs WHERE key = 'page/a'")
    assert size < len(page) / 10


def test_a_worker_process_writes_its_own_values_and_the_parent_reads_them(tmp_path):
    store = _store(tmp_path / "cache.sqlite")
    store.put("memo/parent", b"parent")
    store.flush()
    pid = os.fork()
    if pid == 0:  # the child: its own connection, none of the parent's batch
        try:
            ok = store.get("memo/parent") == b"parent"
            store.put("memo/child", b"child")
            store.flush()
        finally:
            os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert store.get("memo/child") == b"child"


def test_a_damaged_store_is_set_aside_and_the_build_gives_the_same_site(tmp_path):
    root = site_fixture.make_project(tmp_path / "project")
    config = load_config(root=str(root))
    first = build.build_site(config, str(tmp_path / "first"), site_fixture.AFTER_V2, jobs=1)
    assert first.cached == 0
    path = root / ".policy-cache" / build.STORE
    blob_store.open_store(str(path)).close()
    for suffix in ("-wal", "-shm"):
        if os.path.exists(str(path) + suffix):
            os.remove(str(path) + suffix)
    path.write_bytes(b"not a database, whatever a disk or a hand left here" * 100)
    again = build.build_site(config, str(tmp_path / "again"), site_fixture.AFTER_V2, jobs=1)
    assert again.cached == 0   # nothing could be read: every page rendered again, the same bytes
    assert (root / ".policy-cache" / (build.STORE + ".damaged")).is_file()
    tree = {p.relative_to(tmp_path / "first"): p.read_bytes() for p in (tmp_path / "first").rglob("*") if p.is_file()}
    assert tree == {p.relative_to(tmp_path / "again"): p.read_bytes()
                    for p in (tmp_path / "again").rglob("*") if p.is_file()}
    warm = build.build_site(config, str(tmp_path / "warm"), site_fixture.AFTER_V2, jobs=1)
    assert warm.cached > 0


def test_the_store_keeps_what_the_build_used_and_the_most_recent_of_the_rest(tmp_path):
    store = _store(tmp_path / "cache.sqlite")
    for key in ("old", "recent", "used"):
        store.put(key, os.urandom(3000))   # random: compressed, still about 3,000 bytes
        store.flush()
    with sqlite3.connect(tmp_path / "cache.sqlite") as db:
        db.execute("UPDATE blobs SET used = 1 WHERE key = 'old'")
        db.execute("UPDATE blobs SET used = 2 WHERE key = 'recent'")
    store.used = {"used"}
    kept, removed, removed_bytes = store.prune(spare=4000)   # room for one of the two not used
    assert (kept, removed) == (2, 1) and 3000 <= removed_bytes <= 3100
    assert store.has("used") and store.has("recent") and not store.has("old")
    store.used = {"used"}
    kept, removed, _ = store.prune(spare=0)
    assert (kept, removed) == (1, 1) and store.has("used") and not store.has("recent")


def test_the_folders_of_a_file_per_value_an_older_version_made_are_removed(tmp_path):
    root = site_fixture.make_project(tmp_path / "project")
    config = load_config(root=str(root))
    legacy = [root / ".policy-cache" / "site-pages" / "ab" / "ab00.html.z",
              root / ".policy-cache" / "site-memo" / "feeds" / "cd" / "cd11.json.z"]
    for path in legacy:
        path.parent.mkdir(parents=True)
        path.write_bytes(b"x" * 100)
    build.build_site(config, str(tmp_path / "site"), site_fixture.AFTER_V2, jobs=1)
    assert not (root / ".policy-cache" / "site-pages").exists() and not (root / ".policy-cache" / "site-memo").exists()
