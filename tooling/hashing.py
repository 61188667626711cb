"""SHA-256, the one hash of the package: released texts, translation pins, the configuration cache.

hashlib, the public module (the private ``_sha256`` used before is gone in Python 3.13). It
costs `policy check` about 2 ms of start-up (it loads OpenSSL): measured by bench/bench_check.py.
"""

from hashlib import sha256  # noqa: F401 (the name the package uses)
