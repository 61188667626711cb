"""The ``policy`` command.

Each sub-command lives in ``tooling/cli/commands/<name>.py`` with ``add_arguments(parser)`` and
``run(args) -> exit code``; only the module of the command being run is imported, so that
``policy check`` starts as fast as a pre-commit hook needs (no mkdocs, no git).

Exit codes: 0 clean, 1 findings, 2 bad input or usage.
"""

import sys

from ..errors import PolicyError

COMMANDS = {
    "check": "check that every language has the same sections and facts, and lint the numbering",
    "status": "list English sections left stale by a change to the Chinese text",
    "sync": "confirm that translations are up to date with the authoritative text",
    "release": "publish a new version of a document (commit and tag)",
    "import-release": "record a historical version as it was published (for the history)",
    "releases": "list the releases of each document and which one is in force",
    "verify": "recompute the hashes of every released text and report what was checked",
    "chain-records": "one-time migration: give release records written before the hash chain their link",
    "diff": "show what changed between two versions (html, text or json)",
    "build": "build the published site: every version, in every language",
    "serve": "preview the site with live reload while editing",
    "notices": "export change notices for the platform (json, atom, csv, email) or push them to it",
    "deploy": "build the site from the committed tree and publish it to gh-pages or a folder",
    "completion": "print the shell completion script (bash, zsh or tcsh)",
    "review": "PIPL disclosure report of a privacy statement, for the legal team (warnings)",
}


EXIT_CODES = "exit status: 0 clean, 1 findings, 2 bad input or usage (error CODE: message on standard error)"


def _usage():
    width = max(len(c) for c in COMMANDS)
    lines = ["usage: policy COMMAND [options]", "", "commands:"]
    lines += [f"  {name.ljust(width)}  {text}" for name, text in COMMANDS.items()]
    lines += ["", "Run `policy COMMAND --help` for the options and examples of a command; "
              "`policy -V` for the version;", "`policy completion bash|zsh|tcsh` for shell completion.",
              "", EXIT_CODES]
    return "\n".join(lines)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(_usage())
        return 0 if argv else 2
    if argv[0] in ("--version", "-V"):
        from .. import __version__
        print(f"policy {__version__}")
        return 0
    name = argv[0]
    if name not in COMMANDS:
        print(f"policy: unknown command \u201c{name}\u201d.\n\n{_usage()}", file=sys.stderr)
        return 2
    # ``__import__`` rather than ``importlib.import_module``: the same module, without importing importlib and warnings
    module = __import__(f"{__name__}.commands.{name.replace('-', '_')}", fromlist=("run",))
    args = None if len(argv) > 1 else _defaults(module)
    if args is None:
        args = _parse(module, name, argv)
    try:
        return module.run(args)
    except PolicyError as exc:
        where = exc.location()
        print(f"{where + ': ' if where else ''}error {exc.code}: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("policy: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # the output cannot be written (a full disk): said in one line, not a traceback
        print(f"policy: {_unwritable(exc)}", file=sys.stderr)
        return 2


def _parse(module, name, argv):
    import argparse

    parser = argparse.ArgumentParser(prog=f"policy {name}", description=COMMANDS[name] + ".",
                                     formatter_class=_formatter)
    parser.add_argument("--config", metavar="FILE", help="policy.toml to use (default: found from the current folder)")
    module.add_arguments(parser)
    parser.epilog = "\n\n".join(x for x in (parser.epilog, getattr(module, "EPILOG", None) or EXIT_CODES) if x)
    return parser.parse_args(argv[1:])


class _Unsupported(Exception):
    pass


class _DefaultsRecorder:
    """Stands in for argparse's parser when a command is given no options at all (``policy check``
    in the pre-commit hook, in CI and in ``make check``): it records the command's options and
    gives the values argparse would give for an empty command line, without importing and
    building argparse (10 ms of ``policy check``'s start-up, bench/bench_check.py). Anything it
    does not know exactly (a required option, a string default with a type, sub-commands) makes
    it give up, and argparse parses as usual; tests/test_cli_options.py holds it to argparse's
    result for every command."""

    def __init__(self):
        self.values = {}

    def add_argument(self, *flags, **kw):
        action = kw.get("action", "store")
        if action in ("help", "version"):
            return
        if kw.get("required") or (isinstance(kw.get("default"), str) and "type" in kw):
            raise _Unsupported
        longs = [f for f in flags if f.startswith("--")]
        if flags and not flags[0].startswith("-"):  # a positional argument
            nargs = kw.get("nargs")
            if nargs not in ("*", "?"):
                raise _Unsupported  # required: argparse reports the usage error
            dest = kw.get("dest", flags[0])
            default = kw.get("default")
            value = [] if nargs == "*" and default is None else default
        else:
            dest = kw.get("dest") or (longs[0] if longs else flags[0]).lstrip("-").replace("-", "_")
            if action == "store_true":
                value = kw.get("default", False)
            elif action == "store_false":
                value = kw.get("default", True)
            elif action in ("store", "store_const", "append", "append_const", "count"):
                value = kw.get("default")
            else:
                raise _Unsupported
        self.values.setdefault(dest, value)

    def add_argument_group(self, *args, **kw):
        return self

    def add_mutually_exclusive_group(self, required=False):
        if required:
            raise _Unsupported
        return self

    def __getattr__(self, name):  # add_subparsers, set_defaults, …: let argparse do it
        raise _Unsupported


class _Arguments:
    """The parsed arguments, as argparse's Namespace holds them (without importing types or argparse)."""

    def __init__(self, values):
        self.__dict__.update(values)


def _defaults(module):
    """The arguments of a command given with no options, or None when argparse must decide."""
    recorder = _DefaultsRecorder()
    try:
        recorder.add_argument("--config")
        module.add_arguments(recorder)
    except _Unsupported:
        return None
    return _Arguments(recorder.values)


def _formatter(prog):
    """argparse's help formatter, sized without importing shutil (start-up time matters)."""
    import argparse
    import os

    try:
        width = int(os.environ.get("COLUMNS") or os.get_terminal_size(sys.stdout.fileno()).columns)
    except (ValueError, OSError):
        width = 80
    return _Formatter(prog, width=max(width - 2, 40))


def _formatter_class():
    import argparse

    class Formatter(argparse.HelpFormatter):
        """Keeps the line breaks of descriptions and epilogs (examples), wrapping each line."""

        def _fill_text(self, text, width, indent):
            import textwrap

            return "\n".join(indent + line if line[:1].isspace() or not line.strip()  # examples: as written
                              else textwrap.fill(line, width, initial_indent=indent, subsequent_indent=indent + "  ")
                              for line in text.splitlines())

    return Formatter


class _LazyFormatter:
    def __call__(self, *args, **kwargs):
        return _formatter_class()(*args, **kwargs)


_Formatter = _LazyFormatter()


# Commands that only read (and keep their caches, written and closed before they return): once their
# output is flushed, the process ends without tearing the interpreter down, as mypy's ``hard_exit``
# does. Freeing every module, pattern and parsed section one by one took 9% of ``policy check``'s
# instructions (bench/bench_check.py); the operating system reclaims the memory at once.
_HARD_EXIT = ("check",)


def entry_point():
    argv = sys.argv[1:]
    hard = bool(argv) and argv[0] in _HARD_EXIT
    if hard:
        import gc

        # a short run that keeps what it allocates (the parsed documents, their facts): the cyclic
        # collector would walk the same objects again and again to free nothing (4% of `policy check`)
        gc.set_threshold(100_000, 50, 50)
    code = _flushed(main(argv))
    if hard:
        import os

        os._exit(code if isinstance(code, int) else 1)
    sys.exit(code)


def _flushed(code):
    """``code``, once standard output and error are written out; 2 when they cannot be (a full disk)."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader of the output has gone (`policy check | head`): nothing to tell
        import os

        # what is left in the buffer goes nowhere, instead of failing again when Python exits
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except OSError as exc:
        try:
            sys.stdout = None  # nothing more is written to it, nor flushed at exit
            print(f"policy: {_unwritable(exc)}", file=sys.stderr, flush=True)
        except OSError:
            pass
        return 2
    return code


def _unwritable(exc):
    return (f"the output could not be written ({exc.strerror or exc}); free some space or write it elsewhere, "
            "and run the command again.")


if __name__ == "__main__":
    entry_point()
