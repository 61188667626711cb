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
