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


@pytest.mark.parametrize("command", [["check"], ["check", "--format", "json"], ["releases"]])
def test_output_that_cannot_be_written_is_one_clear_line_and_exit_2(command):
    # a full disk (/dev/full): the findings are lost, and the command must say so instead of passing or a traceback
    with open("/dev/full", "w") as full:
        result = subprocess.run([POLICY, *command], cwd=ROOT, stdout=full, stderr=subprocess.PIPE, text=True,
                                timeout=120)
    assert result.returncode == 2
    assert result.stderr == ("policy: the output could not be written (No space left on device); free some space or "
                             "write it elsewhere, and run the command again.\n")


def _many_findings(folder, sections):
    """Two texts whose every section states another date: one finding each."""
    (folder / "zh.md").write_text("# 标题\n\n" + "".join(f"## {n}、节\n\n发布于 2026 年 {n % 12 + 1} 月 1 日。\n\n"
                                                          for n in range(1, sections + 1)), encoding="utf-8")
    (folder / "en.md").write_text("---\ntranslation_of: zh\n---\n# Title\n\n"
                                  + "".join(f"## {n}. Part\n\nPublished on {n % 12 + 1}/1/2025.\n\n"
                                            for n in range(1, sections + 1)), encoding="utf-8")


def test_a_reader_that_stops_early_ends_the_check_quietly(tmp_path):
    # `policy check … | head`: the rest of the output (here more than a pipe holds) has nowhere to go, which is no
    # error of the command
    _many_findings(tmp_path, 600)
    result = subprocess.run(["bash", "-c", f"{POLICY} check zh.md en.md 2>err | head -c 10 >/dev/null; "
                             "echo ${PIPESTATUS[0]}; cat err"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    code, _, stderr = result.stdout.partition("\n")
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    assert stderr == ""
    assert code in ("0", "1")  # the command's own exit code or none, never a crash's 120


def test_check_output_is_whole_when_the_process_ends_at_once(tmp_path):
    # `policy check` ends without tearing Python down: everything it printed must still reach a file and a pipe
    _many_findings(tmp_path, 12)
    with open(tmp_path / "out.txt", "w") as out:
        to_file = subprocess.run([POLICY, "check", "zh.md", "en.md"], cwd=tmp_path, stdout=out, timeout=120)
    piped = subprocess.run([POLICY, "check", "zh.md", "en.md"], cwd=tmp_path, capture_output=True, text=True,
                           timeout=120)
    written = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert to_file.returncode == piped.returncode == 1
    assert written == piped.stdout
    assert written.count("F00") >= 10 and written.endswith("errors, 0 warnings.\n")
