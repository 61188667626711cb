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
