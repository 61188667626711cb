"""SHA-256, the one hash of the package: released texts, translation pins, the configuration cache.

The one start-up trick of the package lives here. ``policy check`` runs on every commit and
must start within 3x of a bare ``python -c pass`` (bench/bench_check.py); importing hashlib
loads OpenSSL and builds every hash constructor, which alone costs more than half of that budget
(measured with ``python -X importtime``: hashlib 5-9 ms, CPython's built-in SHA-256 module
0.3 ms). So the built-in module is used when this Python has it, under its name since 3.12
(``_sha2``) or before (``_sha256``), and hashlib otherwise: the digests are the same.
"""

try:
    from _sha2 import sha256  # noqa: F401 (Python 3.12 and later)
except ImportError:
    try:
        from _sha256 import sha256  # noqa: F401 (Python 3.11)
    except ImportError:  # pragma: no cover - other Python implementations
        from hashlib import sha256  # noqa: F401
