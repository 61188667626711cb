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
* Compiling the regular expressions of the fact and numbering readers took about a third of what
  ``policy check`` does after Python's own start-up (CJK character classes are expanded code point
  by code point): the compiled programs are kept in ``.policy-cache/regex.marshal`` as ``.pyc``
  files keep compiled code (:class:`RegexCache`; 182 → 131 million instructions for
  ``policy check`` on this project, ``valgrind --tool=callgrind``).
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


_REGEX_CACHE_LIMIT = 500  # patterns kept; beyond, the file starts again


class _SreRecorder:
    """Stands in for ``_sre`` inside ``re._compiler`` while one pattern is compiled, to keep the
    arguments the compiler hands to ``_sre.compile`` (the compiled program, its groups)."""

    def __init__(self, real):
        self._real = real
        self.args = None

    def __getattr__(self, name):
        return getattr(self._real, name)

    def compile(self, pattern, *args):
        self.args = args
        return self._real.compile(pattern, *args)


class RegexCache:
    """Compiled regular expressions kept between runs, as ``.pyc`` files keep compiled code.

    Compiling the patterns of the fact and numbering readers (CJK character classes, which
    ``re`` expands code point by code point) costs about a third of ``policy check``'s own
    start-up. Within ``with RegexCache(path):`` every pattern ``re`` compiles is looked up in
    ``path`` first: a hit gives ``_sre.compile`` the program ``re``'s compiler produced for the
    same pattern and flags on the same interpreter (the file's key names the interpreter's
    version and the engine's ``MAGIC``; another interpreter starts a new file), so the pattern is
    the same object ``re.compile`` would return. The engine validates every program it is given:
    a damaged or altered entry raises, and the pattern is compiled as usual. Patterns compiled
    for the first time are added when the block ends without an error. A Python without ``re._compiler`` (before
    3.11) or ``_sre.compile`` simply compiles.
    """

    def __init__(self, path):
        self.path = path
        self.table = {}
        self.added = {}
        self.key = b""
        self._original = None

    def __enter__(self):
        try:
            import _sre
            from re import _compiler
        except ImportError:  # pragma: no cover - other Python versions or implementations
            return self
        self.key = f"regex {sys.version} {sys.implementation.cache_tag} {_sre.MAGIC} {_sre.CODESIZE}\n".encode()
        if self.path:
            self.table = load_kept(self.path, self.key) or {}
            if not isinstance(self.table, dict):
                self.table = {}
        self._compiler = _compiler
        self._original = _compiler.compile
        _compiler.compile = self._compile
        return self

    def _compile(self, p, flags=0):
        compiler = self._compiler
        cacheable = isinstance(p, (str, bytes)) and not flags & compiler.SRE_FLAG_DEBUG
        if cacheable:
            args = self.table.get((p, flags))
            if args is not None:
                try:
                    return compiler._sre.compile(p, *args)
                except Exception:  # not a program this engine accepts: compile it
                    pass
        if not cacheable:
            return self._original(p, flags)
        recorder = _SreRecorder(compiler._sre)
        compiler._sre = recorder
        try:
            compiled = self._original(p, flags)
        finally:
            compiler._sre = recorder._real
        if recorder.args is not None:  # the opcodes are int subclasses, which marshal does not take
            final, code, groups, groupindex, indexgroup = recorder.args
            self.added[(p, flags)] = (int(final), [int(op) for op in code], int(groups), dict(groupindex),
                                      tuple(indexgroup))
        return compiled

    def __exit__(self, exc_type, *exc):
        if self._original is not None:
            self._compiler.compile = self._original
            self._original = None
        if self.added and self.path and exc_type is None:  # a run that failed (a bad policy.toml) writes nothing
            # patterns made from the text (a fence's marker, a review rule) must not grow it forever
            table = {} if len(self.table) + len(self.added) > _REGEX_CACHE_LIMIT else self.table
            keep(self.path, {**table, **self.added}, self.key)
        return False
