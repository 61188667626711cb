"""Options several commands share are parsed in one place (tooling/cli/options.py): the same
mistake gives the same error in every command."""

import pytest

from conftest import ROOT, run_policy


@pytest.mark.parametrize("command", [("build", "-o", "unused-site"), ("releases",), ("diff", "latest", "working"),
                                     ("notices", "export", "--format", "json")])
def test_a_bad_as_of_date_is_the_same_usage_error_everywhere(command):
    result = run_policy(*command, "--as-of", "2026-02-30", cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr.strip() == "error E200: --as-of \u201c2026-02-30\u201d is not a real calendar date."
    assert not (ROOT / "unused-site").exists()


@pytest.mark.parametrize("name", sorted(__import__("tooling.cli", fromlist=["COMMANDS"]).COMMANDS))
def test_a_command_without_options_gets_exactly_argparse_defaults(name, capsys):
    """`policy check` with no options (the pre-commit hook, CI, `make check`) skips building
    argparse's parser; the values it runs with must be argparse's own, for every command."""
    import importlib

    from tooling import cli

    module = importlib.import_module(f"tooling.cli.commands.{name.replace('-', '_')}")
    fast = cli._defaults(module)
    try:
        parsed = vars(cli._parse(module, name, [name]))
    except SystemExit:  # argparse refuses an empty command line: the fast path must not run it
        assert fast is None, f"policy {name} needs an argument, but the fast path would run it"
        return
    if fast is not None:
        assert vars(fast) == parsed


def test_the_check_the_hook_runs_builds_no_argparse_parser():
    import subprocess
    import sys

    code = ("import sys; from tooling.cli import main; sys.argv=['policy', 'check']; main(['check']); "
            "print('argparse' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr
