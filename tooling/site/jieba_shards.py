"""jieba's dictionary in shards, so that segmenting a few new texts does not load all of it.

Material's search plugin segments the Chinese of the search index with ``jieba.cut`` (default
dictionary, HMM on). Loading jieba's prefix dictionary (``Tokenizer.FREQ``, 500,000 entries,
from its marshal cache) costs about a second of CPU in every process that segments anything:
every cold build (in each of its processes) and every build after a release. Yet jieba reads
that dictionary only by exact key, and only for substrings of the run of Chinese it cuts
(``get_DAG``, ``calc``, and ``FREQ.get(buf)`` before its HMM), plus the sum of all frequencies
(``total``). So a tokenizer whose FREQ holds every entry a text can look up, with the original
``total``, cuts that text exactly as jieba's own (tests/test_jieba_shards.py compares them).

The shard file holds the one-character entries together and the longer ones in BUCKETS
buckets by their first two characters; cutting a text loads the buckets of the character pairs
of its runs (jieba's own block pattern), which covers every key jieba can look up. It is built
once from jieba's own dictionary, when the installation is made (`make install`: installed_folder)
or else by the first build that needs it, in ``.policy-cache/search-segments/``. Its name is
keyed by the format, jieba's version and the size and time of the dictionary file (read without
importing jieba, so that every build can keep the file from being pruned); the file also holds
the SHA-256 of the dictionary it was made from, checked when it is loaded (another dictionary:
the shards are made again).
"""

import array
import hashlib
import marshal
import os
import sys

FORMAT = b"policy-jieba-shards-1\n"
BUCKETS = 1 << 16


def _bucket(word):
    return (ord(word[0]) * 65599 + ord(word[1])) % BUCKETS


def dictionary_file():
    """The path of jieba's default dictionary, or None without jieba (jieba is not imported)."""
    from importlib.util import find_spec

    try:
        spec = find_spec("jieba")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], "dict.txt")
    return path if os.path.isfile(path) else None


def shard_path(folder):
    """Where the shards of the installed jieba's dictionary are kept in ``folder`` (None without jieba)."""
    from importlib.metadata import PackageNotFoundError, version

    path = dictionary_file()
    if path is None:
        return None
    try:
        release = version("jieba")
    except PackageNotFoundError:
        release = "-"
    st = os.stat(path)
    key = hashlib.sha256(FORMAT + f"{release}:{st.st_size}:{st.st_mtime_ns}".encode()).hexdigest()[:32]
    return os.path.join(folder, f"jieba-{key}.shards")


def dictionary_digest():
    with open(dictionary_file(), "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest().encode("ascii")


def write_shards(path, freq, total, digest):
    """Write ``freq`` (jieba's FREQ, emptied on the way: the buckets hold its entries) and
    ``total`` to ``path`` in shards, atomically; ``digest``: the SHA-256 (hex, bytes) of the
    dictionary they come from. Each bucket is written as soon as it is serialised, so that the
    dictionary, its buckets and their bytes are never all in memory at once."""
    singles = {}
    buckets = [{} for _ in range(BUCKETS)]
    for word, count in freq.items():
        if len(word) == 1:
            singles[word] = count
        else:
            buckets[_bucket(word)][word] = count
    freq.clear()
    head = marshal.dumps((total, singles))
    offsets = array.array("Q", [0] * (BUCKETS + 1))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "wb") as fh:
        fh.write(FORMAT)
        fh.write(digest)
        fh.write(len(head).to_bytes(8, "little"))
        fh.write(head)
        table = fh.tell()
        fh.write(offsets.tobytes())  # filled in below
        for k in range(BUCKETS):
            blob = marshal.dumps(buckets[k])
            buckets[k] = None
            fh.write(blob)
            offsets[k + 1] = offsets[k] + len(blob)
        fh.seek(table)
        fh.write(offsets.tobytes())
    os.replace(tmp, path)


class ShardedTokenizer:
    """``cut`` as jieba's default tokenizer's, the dictionary read from the shard file ``path``
    bucket by bucket, as the texts cut need them."""

    def __init__(self, path, digest):
        import jieba

        with open(path, "rb") as fh:
            data = fh.read()
        if not data.startswith(FORMAT + digest):
            raise ValueError(f"{path}: not the shards of this dictionary")
        at = len(FORMAT) + len(digest)
        size = int.from_bytes(data[at:at + 8], "little")
        at += 8
        total, singles = marshal.loads(data[at:at + size])
        at += size
        offsets = array.array("Q")
        offsets.frombytes(data[at:at + 8 * (BUCKETS + 1)])
        self._data = data
        self._base = at + 8 * (BUCKETS + 1)
        self._offsets = offsets
        self._loaded = set()
        self._han = jieba.re_han_default
        self.tokenizer = jieba.Tokenizer()
        self.tokenizer.FREQ = dict(singles)
        self.tokenizer.total = total
        self.tokenizer.initialized = True

    def _load_for(self, text):
        wanted = set()
        for block in self._han.findall(text):
            for k in range(len(block) - 1):
                wanted.add(_bucket(block[k:k + 2]))
        wanted -= self._loaded
        freq, data, base, offsets = self.tokenizer.FREQ, self._data, self._base, self._offsets
        for k in sorted(wanted):
            freq.update(marshal.loads(data[base + offsets[k]:base + offsets[k + 1]]))
        self._loaded |= wanted

    def cut(self, sentence, cut_all=False, HMM=True, use_paddle=False):
        if isinstance(sentence, bytes):
            sentence = sentence.decode("utf-8")
        self._load_for(sentence)
        return self.tokenizer.cut(sentence, cut_all=cut_all, HMM=HMM)


def installed_folder():
    """Where the installation keeps the shards of its jieba (``python -m tooling.site.jieba_shards``,
    run by `make install`, like the compiled .pyc files): beside the installed packages, so that a
    fresh clone's first build, and every CI run, find them made."""
    return os.path.join(sys.prefix, "share", "entroyi-policy", "jieba")


def sharded_tokenizer(folder):
    """A ShardedTokenizer of the shard file in ``folder`` or of the installation's
    (installed_folder), made first in ``folder`` when neither has one."""
    path = shard_path(folder)
    digest = dictionary_digest()
    found = _existing((path, shard_path(installed_folder())), digest)
    if found is None:
        _make(path, digest)
        found = ShardedTokenizer(path, digest)
    return found


def install():
    """Make the installation's shards (installed_folder) unless they are there; returns their path,
    or None without jieba."""
    path = shard_path(installed_folder())
    if path is None:
        return None
    digest = dictionary_digest()
    if _existing((path,), digest) is None:
        _make(path, digest)
    return path


def _existing(paths, digest):
    """A ShardedTokenizer of the first of ``paths`` that holds the shards of this dictionary, or None."""
    for path in paths:
        try:
            return ShardedTokenizer(path, digest)
        except (OSError, ValueError, EOFError, TypeError):
            pass
    return None


def _make(path, digest):
    """The shards of jieba's dictionary written to ``path``: one full load, in a tokenizer of its own,
    dropped afterwards."""
    import jieba

    full = jieba.Tokenizer()
    full.check_initialized()
    write_shards(path, full.FREQ, full.total, digest)


if __name__ == "__main__":  # python -m tooling.site.jieba_shards (make install)
    import logging

    logging.disable(logging.INFO)  # jieba's "Building prefix dict" lines
    made = install()
    print(f"jieba's dictionary in shards: {made}" if made else "jieba is not installed: no shards to make")
