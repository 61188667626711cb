"""The start-up tricks of the package, all of them, in one place.

``policy check`` runs on every commit and must start within 3x of a bare ``python -c pass``
(bench/bench_check.py). It hashes texts (SHA-256) and reads release records and pins (JSON);
the public modules for both cost more than the rest of the budget, so CPython's built-in
modules are used when this Python has them, and the public ones otherwise. Measured on this
project (2 cores, loaded; ``python -m tooling check``, median of 60, interleaved):

* ``hashlib`` loads OpenSSL and builds every hash constructor: 5-9 ms (``-X importtime``);
  the built-in SHA-256 module (``_sha2`` from Python 3.12, ``_sha256`` before) 0.3 ms.
* ``json`` imports its decoder and encoder: 2-3 ms; with the built-in scanner ``_json``
  `policy check` took 80.0 ms against 87.1 ms through ``json`` (``python -c pass``: 26 ms).

Both give the same results as the public modules: :func:`sha256` is the same digest, and
:func:`scan_json` returns None whenever it cannot decode a text, so that ``json`` describes the error.

* ``tomllib`` costs more than all of ``policy check``'s own work, and policy.toml and terms.toml
  rarely change: what is made of them is kept in ``.policy-cache/`` as ``marshal`` data, keyed by
  a digest of everything it depends on (:func:`load_kept`, :func:`keep`, :func:`read_toml`).
"""

import sys

try:  # by version, not by trying: a failed import searches the whole of sys.path
    if sys.version_info >= (3, 12):
        from _sha2 import sha256  # noqa: F401
    else:
        from _sha256 import sha256  # noqa: F401
except ImportError:  # pragma: no cover - other Python implementations
    from hashlib import sha256  # noqa: F401


class _JSONSettings:
    """What the built-in scanner reads from a JSONDecoder: the standard settings, no NaN/Infinity."""

    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    memo = None

    @staticmethod
    def parse_constant(name):
        raise ValueError(f"{name} is not allowed")


_scanner = None


def scan_json(text):
    """The value of the JSON document ``text``, or None when the built-in scanner cannot read it
    (an error to describe, or a Python without it): then ``json.loads`` must be asked."""
    global _scanner
    if _scanner is None:
        try:
            from _json import make_scanner
        except ImportError:  # pragma: no cover - other Python implementations
            return None
        _scanner = make_scanner(_JSONSettings())
    ws = " \t\n\r"
    try:
        value, end = _scanner(text, len(text) - len(text.lstrip(ws)))
    except Exception:  # the C scanner needs json.decoder to describe errors
        return None
    return value if not text[end:].strip(ws) else None


def load_kept(path, key=b""):
    """The value :func:`keep` stored in ``path`` under ``key``, or None (missing, other key, damaged)."""
    import marshal

    try:
        with open(path, "rb") as fh:
            blob = fh.read()
        if blob[:len(key)] == key:
            return marshal.loads(blob[len(key):])
    except (OSError, ValueError, EOFError, TypeError):
        pass
    return None


def keep(path, value, key=b""):
    """Store ``value`` in ``path`` under ``key`` (replaced in one step, so that a reader never sees
    half a file); nothing when it cannot be written or marshalled (dates and times cannot)."""
    import marshal
    import os

    try:
        blob = key + marshal.dumps(value)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            fh.write(blob)
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass


def read_toml(raw, path, error):
    """The TOML document in the bytes ``raw`` of ``path``; ``error(message, path)`` is raised when
    it is not UTF-8 or not TOML."""
    import tomllib

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise error("is not UTF-8; save it as UTF-8.", path) from None
    except tomllib.TOMLDecodeError as exc:
        raise error(f"is not valid TOML: {exc}", path) from None
