"""The build's cache of values by key, in one SQLite file (.policy-cache/site-cache.sqlite): the
rendered HTML of released pages (build.PageCache) and the memo of released texts (build.DiskMemo).

One file, not a file per value: a cold build of 100 releases stores about 1,700 values, and on a
disk where creating a file costs half a millisecond (a virtual machine's) those files cost more
than a second of system time, written atomically each (a temporary file renamed). SQLite keeps
them in one file, transactions make a write all or nothing (a build killed by kill -9 leaves the
last transaction undone), and several processes may use the file at once (the workers of a cold
build, `policy serve` beside `policy build`): each waits for the lock of the others.

Values are written in batches (``flush``): the worker processes of a cold build flush before they
hand their work back, the build before it forks them and when it ends. A value is compressed
(zlib, fast level: HTML and JSON shrink about 4x, so that .policy-cache/ stays smaller than the site).
A file that is not a database, or is damaged, is set aside and the cache starts empty: it only
holds what a build can compute again."""

import os

PENDING_BYTES = 8 * 2**20  # compressed bytes held before they are written (memory stays bounded)
_SCHEMA = "CREATE TABLE IF NOT EXISTS blobs (key TEXT PRIMARY KEY, data BLOB NOT NULL, used REAL NOT NULL)"

_open = {}  # {path: BlobStore} of this process (one connection and one batch per file)


def open_store(path):
    """The store kept in the file ``path`` (the same object for every caller of this process)."""
    path = os.path.abspath(path)
    store = _open.get(path)
    if store is None:
        store = _open[path] = BlobStore(path)
    return store


def flush_all():
    """Write the batches of every store of this process (before a fork, and at the end of a build)."""
    for store in list(_open.values()):
        store.flush()


class BlobStore:
    def __init__(self, path):
        self.path = path
        self.used = set()     # keys this build read or wrote (kept by prune)
        self._db = None
        self._pid = None
        self._pending = {}    # {key: compressed bytes} not yet written
        self._pending_bytes = 0
        self._inherited = []  # connections of the parent process (a fork): never used nor closed here

    # -- reading and writing ----------------------------------------------------------------------

    def get(self, key):
        """The bytes stored for ``key``, or None."""
        import zlib

        self._own()
        self.used.add(key)
        data = self._pending.get(key)
        if data is None:
            row = self._query("SELECT data FROM blobs WHERE key = ?", (key,))
            if row is None:
                return None
            data = row[0]
        try:
            return zlib.decompress(data)
        except zlib.error:
            return None

    def has(self, key):
        self._own()
        return key in self._pending or self._query("SELECT 1 FROM blobs WHERE key = ?", (key,)) is not None

    def put(self, key, data):
        """Store the bytes ``data`` for ``key`` (written with the next flush)."""
        import zlib

        self._own()
        self.used.add(key)
        packed = zlib.compress(data, 1)
        self._pending_bytes += len(packed) - len(self._pending.get(key, b""))
        self._pending[key] = packed
        if self._pending_bytes > PENDING_BYTES:
            self.flush()

    def flush(self):
        """Write the values put since the last flush, in one transaction."""
        import time

        self._own()
        if not self._pending:
            return
        now = time.time()
        rows = [(key, data, now) for key, data in self._pending.items()]
        self._pending, self._pending_bytes = {}, 0
        db = self._connect()
        if db is None:
            return
        import sqlite3

        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO blobs (key, data, used) VALUES (?, ?, ?)", rows)
        except sqlite3.DatabaseError:
            self._damaged()

    # -- bounding its size ----------------------------------------------------------------------

    def prune(self, spare):
        """Keep the values this build used (``used``) and, of the others, the most recently used up
        to ``spare`` bytes; remove the rest. Returns (kept, removed, removed bytes)."""
        import sqlite3
        import time

        self.flush()
        db = self._connect()
        if db is None:
            return 0, 0, 0
        now = time.time()
        try:
            with db:
                db.execute("CREATE TEMP TABLE IF NOT EXISTS kept (key TEXT PRIMARY KEY)")
                db.execute("DELETE FROM kept")
                db.executemany("INSERT OR IGNORE INTO kept VALUES (?)", ((key,) for key in self.used))
                db.execute("UPDATE blobs SET used = ? WHERE key IN (SELECT key FROM kept)", (now,))
                others = db.execute("SELECT key, length(data) FROM blobs WHERE key NOT IN (SELECT key FROM kept) "
                                    "ORDER BY used DESC, key").fetchall()
                gone = []
                for key, size in others:
                    if spare >= size:
                        spare -= size
                    else:
                        gone.append((key, size))
                db.executemany("DELETE FROM blobs WHERE key = ?", ((key,) for key, _ in gone))
                kept = db.execute("SELECT count(*) FROM blobs").fetchone()[0]
            free, pages = (db.execute(f"PRAGMA {name}").fetchone()[0] for name in ("freelist_count", "page_count"))
            if free > 256 and free * 2 > pages:  # more than half of the file is free space: give it back
                db.execute("VACUUM")
        except sqlite3.DatabaseError:
            self._damaged()
            return 0, 0, 0
        return kept, len(gone), sum(size for _, size in gone)

    # -- the database -------------------------------------------------------------------------------

    def _own(self):
        """After a fork, the child starts with no connection and no batch of its own."""
        pid = os.getpid()
        if pid != self._pid:
            if self._db is not None:
                self._inherited.append(self._db)
            self._db, self._pid = None, pid
            self._pending, self._pending_bytes = {}, 0
            self.used = set()

    def _connect(self):
        """The connection of this process, or None when the file cannot be had (no cache then)."""
        import sqlite3

        if self._db is not None:
            return self._db
        for attempt in range(2):  # a damaged file is set aside once, and a new one made
            try:
                os.makedirs(os.path.dirname(self.path), exist_ok=True)
                db = sqlite3.connect(self.path, timeout=120, check_same_thread=False)
                db.execute("PRAGMA journal_mode=WAL")    # readers are not held up by a writer
                db.execute("PRAGMA synchronous=NORMAL")  # a cache: losing the last batch to a power cut is harmless
                db.execute(_SCHEMA)
            except sqlite3.DatabaseError:
                self._damaged()
                continue
            except OSError:
                return None
            self._db = db
            return db
        return None

    def _query(self, sql, args):
        import sqlite3

        db = self._connect()
        if db is None:
            return None
        try:
            return db.execute(sql, args).fetchone()
        except sqlite3.DatabaseError:
            self._damaged()
            return None

    def _damaged(self):
        """The file is not a database or is damaged: set it aside (…damaged) and start empty."""
        if self._db is not None:
            try:
                self._db.close()
            except Exception:  # noqa: BLE001 - closing a damaged database may fail in any way
                pass
            self._db = None
        for suffix in ("", "-wal", "-shm"):
            try:
                os.replace(self.path + suffix, self.path + ".damaged" + suffix)
            except OSError:
                pass

    def close(self):
        self.flush()
        if self._db is not None and self._pid == os.getpid():
            self._db.close()
        self._db = None
        _open.pop(self.path, None)
