"""The command line as a legal team meets it: shell completion, -V, examples and exit codes in
every --help, and a clear error (no traceback) when `policy serve`'s port is taken."""

import re
import socket
import subprocess

import pytest

from conftest import POLICY, ROOT, run_policy
from tooling.cli import COMMANDS


def complete(script, words):
    """What bash completes after ``words`` (the last one being typed), with the generated script."""
    line = " ".join(words)
    bash = (f'source "{script}"; COMP_WORDS=({" ".join(repr(w) for w in words)}); COMP_CWORD={len(words) - 1}; '
            f'COMP_LINE={line!r}; COMP_POINT={len(line)}; _shtab_policy; printf "%s\\n" "${{COMPREPLY[@]}}"')
    out = subprocess.run(["bash", "--norc", "--noprofile", "-c", bash], capture_output=True, text=True, check=True)
    return sorted(out.stdout.split())


def test_bash_completion_knows_every_command_and_their_options(tmp_path):
    script = tmp_path / "policy.bash"
    script.write_text(run_policy("completion", "bash", check=0).stdout, encoding="utf-8")
    assert complete(script, ["policy", ""]) >= sorted(COMMANDS)
    assert complete(script, ["policy", "no"]) == ["notices"]
    assert complete(script, ["policy", "notices", "--fo"]) == ["--format"]
    assert complete(script, ["policy", "notices", "--format", ""]) == ["atom", "csv", "email", "json"]
    assert complete(script, ["policy", "check", "--format", ""]) == ["github", "json", "sarif", "text"]


def test_zsh_completion_is_a_compdef_script():
    out = run_policy("completion", "zsh", check=0).stdout
    assert out.startswith("#compdef policy") and "notices" in out
    assert run_policy("completion", "fish", check=2).returncode == 2


def test_version():
    assert re.fullmatch(r"policy \d+\.\d+\.\d+\n", run_policy("-V", check=0).stdout)
    assert run_policy("--version", check=0).stdout == run_policy("-V", check=0).stdout


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_help_gives_the_exit_codes_and_the_main_ones_examples(command):
    out = run_policy(command, "--help", check=0).stdout
    assert "exit status: 0" in out
    if command in ("check", "diff", "notices", "deploy", "serve", "completion"):
        assert "examples:\n  policy " in out


def test_serve_on_a_busy_port_says_so_without_a_traceback():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run([POLICY, "serve", "-a", f"127.0.0.1:{port}"], cwd=ROOT, capture_output=True,
                                text=True, timeout=120)
    assert result.returncode == 2
    assert f"error E201: cannot serve on 127.0.0.1:{port}: the port is already in use" in result.stderr
    assert f"policy serve -a 127.0.0.1:{port + 1}" in result.stderr and "Traceback" not in result.stderr
    bad = run_policy("serve", "-a", "localhost", check=2)
    assert "HOST:PORT" in bad.stderr
