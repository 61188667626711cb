"""Shared test helpers: the project root and the real `policy` command."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
POLICY = str(Path(sys.executable).with_name("policy"))
# The tests make real commits in temporary repositories: give git an identity on machines that
# have none configured (a fresh CI machine), without overriding one that is set.
for _var, _value in (("GIT_AUTHOR_NAME", "Policy Tests"), ("GIT_AUTHOR_EMAIL", "tests@policy.invalid"),
                     ("GIT_COMMITTER_NAME", "Policy Tests"), ("GIT_COMMITTER_EMAIL", "tests@policy.invalid")):
    os.environ.setdefault(_var, _value)

# The site is built without the PDF of each version unless a test asks for them (tests/test_pdf.py):
# every cold build would render them again, seconds each (the suite's time budget).
os.environ.setdefault("POLICY_PDF", "0")

CHROMIUM = "/usr/bin/chromium"  # Debian's chromium: .ci/run installs it; no browser download happens
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def run_policy(*args, cwd=ROOT, env=None, check=None):
    """Run the installed `policy` console command; returns the CompletedProcess (text mode)."""
    full_env = dict(os.environ, **(env or {}))
    result = subprocess.run([POLICY, *map(str, args)], cwd=cwd, env=full_env, capture_output=True,
                            text=True, timeout=300)
    if check is not None:
        assert result.returncode == check, (result.returncode, result.stdout, result.stderr)
    return result


class ServedPreview:
    """``policy serve`` of the project ``root`` on a free port of 127.0.0.1, stopped when the
    ``with`` block ends (its output is then in ``output``)."""

    def __init__(self, root, as_of="2026-12-15"):
        self.root = root
        self.as_of = as_of
        self.output = ""

    def __enter__(self):
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.server = subprocess.Popen([POLICY, "serve", "-a", f"127.0.0.1:{self.port}", "--as-of", self.as_of],
                                       cwd=self.root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        return self

    def page(self, path, expect="", timeout=180):
        """The HTML served at ``path`` once it holds ``expect`` (an error page's too). ``timeout`` is a
        bound against hanging, not a speed test: on a loaded machine the preview's first build alone
        can take a minute."""
        import time
        import urllib.error
        import urllib.request

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                raise AssertionError(f"policy serve ended (exit {self.server.returncode}): {self.server.stdout.read()}")
            try:
                html = urllib.request.urlopen(f"{self.origin}/{path}", timeout=5).read().decode("utf-8")
            except urllib.error.HTTPError as exc:
                html = exc.read().decode("utf-8")
            except OSError:
                html = None  # not serving yet
            if html is not None and expect in html:
                return html
            time.sleep(0.2)
        raise AssertionError(f"{path} never showed {expect!r}")

    def __exit__(self, *exc):
        self.server.terminate()
        self.output, _ = self.server.communicate(timeout=30)
        return False


@pytest.fixture
def policy():
    return run_policy


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium per test process, shared by every browser test (Playwright's sync
    API allows one running instance per thread)."""
    playwright = pytest.importorskip("playwright.sync_api")
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


_PARITY_CONFIG = []


def parity_config():
    """The project's configuration without its termbase, for tests of section parity on
    documents other than the privacy statement (the termbase is written for the statement)."""
    if not _PARITY_CONFIG:
        import shutil
        import tempfile

        from tooling.config import load_config

        folder = tempfile.mkdtemp(prefix="parity-config-")
        shutil.copy(ROOT / "policy.toml", folder)
        _PARITY_CONFIG.append(load_config(folder))
    return _PARITY_CONFIG[0]
