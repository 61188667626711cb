"""Type hints of the model, checks and history layers, checked by mypy (non-strict, configured in
pyproject.toml): a wrong type in a hinted function fails the tests."""

import subprocess
import sys

from conftest import ROOT


def mypy(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600)


def test_the_hinted_layers_type_check():
    result = mypy()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_a_wrong_type_is_reported(tmp_path):
    """Not vacuous: passing a number where a release id is expected fails."""
    bad = tmp_path / "bad.py"
    bad.write_text("from tooling.model.urls import version_url\n\n"
                   "def f(config) -> str:\n    return version_url(config, 'privacy', 2026, 'en')\n", encoding="utf-8")
    result = mypy("--ignore-missing-imports", str(bad))
    assert result.returncode == 1
    assert 'Argument 3 to "version_url" has incompatible type "int"; expected "str"' in result.stdout
