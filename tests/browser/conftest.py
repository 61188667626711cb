"""Browser tests of the published site: real Chromium (Debian's /usr/bin/chromium driven by
Playwright) against the fixture site built by `policy build` and served on 127.0.0.1."""

import functools
import http.server
import threading

import pytest

import site_fixture
from site_fixture import ROOT

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class Served:
    """A built site served by a local http.server thread."""

    def __init__(self, site_dir):
        handler = functools.partial(_Quiet, directory=str(site_dir))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path=""):
        return f"{self.origin}/{path}"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def _serve(as_of):
    served = Served(site_fixture.built_site(as_of, "cold")[1])
    yield served
    served.close()


@pytest.fixture(scope="session")
def before_site():
    """v1 in force, v2 published and taking effect on 2026-12-01."""
    yield from _serve(site_fixture.BEFORE_V2)


@pytest.fixture(scope="session")
def after_site():
    """v2 in force, v1 superseded."""
    yield from _serve(site_fixture.AFTER_V2)


@pytest.fixture
def page(browser):
    """A fresh page that records every request; the test fails if one leaves 127.0.0.1."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    page = context.new_page()
    page.requests = []
    page.failed = []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("response", lambda response: response.status >= 400 and response.request.resource_type != "document"
            and page.failed.append(f"{response.status} {response.url}"))
    yield page
    context.close()
    outside = [url for url in page.requests
               if not url.startswith(("http://127.0.0.1:", "data:", "about:", "blob:"))]
    assert outside == [], f"requests left 127.0.0.1: {outside}"
    # every file a page asks for exists: no wasted round trip on a slow network
    assert page.failed == [], f"requests that failed: {page.failed}"


@pytest.fixture
def screenshot():
    """screenshot(page, name): keep a full-page screenshot in test-artifacts/screenshots/."""
    def take(page, name):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
    return take


def wait_until(page, script, timeout=15.0):
    """Poll ``script`` (a function, which may return a promise) in ``page`` until it gives a truthy value.
    Not wait_for_function: it takes a returned promise for a truthy value without waiting for what it resolves to
    (a cache not yet written passed for written), and its string is eval'd, which the site's CSP forbids."""
    import time

    end = time.monotonic() + timeout
    while not page.evaluate(script):
        if time.monotonic() > end:
            raise AssertionError(f"not true after {timeout} s: {script}")
        page.wait_for_timeout(50)
