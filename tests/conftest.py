"""Shared test helpers: the project root and the real `policy` command."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
POLICY = str(Path(sys.executable).with_name("policy"))


def run_policy(*args, cwd=ROOT, env=None, check=None):
    """Run the installed `policy` console command; returns the CompletedProcess (text mode)."""
    full_env = dict(os.environ, **(env or {}))
    result = subprocess.run([POLICY, *map(str, args)], cwd=cwd, env=full_env, capture_output=True,
                            text=True, timeout=300)
    if check is not None:
        assert result.returncode == check, (result.returncode, result.stdout, result.stderr)
    return result


@pytest.fixture
def policy():
    return run_policy
