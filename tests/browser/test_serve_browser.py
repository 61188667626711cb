"""`policy serve` in Chromium: an edit saved in docs/ shows on the open page by itself (mkdocs'
live-reload script reloads it; nobody presses reload), and an invalid source shows its error
there until it is fixed. How fast is measured in bench/bench_serve.py, not here."""

import pytest

import site_fixture
from conftest import ServedPreview

pytestmark = pytest.mark.browser


@pytest.fixture
def served(tmp_path):
    """`policy serve` of the fixture project (v1 and v2 released; drafts in docs/)."""
    root = site_fixture.make_project(tmp_path / "project")
    with ServedPreview(root) as preview:
        preview.page("")  # serving
        yield root, preview.origin


def test_an_edit_shows_on_the_open_page_by_itself(served, page):
    from playwright.sync_api import expect

    root, origin = served
    page.goto(f"{origin}/en/privacy/draft/")
    body = page.locator("body")
    expect(body).to_contain_text("two years")
    page.wait_for_timeout(300)  # the live-reload script starts its request once the page has loaded
    page.evaluate("window.policyBeforeTheEdit = true")  # gone once the page is loaded again
    draft = root / "docs" / "en" / "privacy.md"
    good = draft.read_text(encoding="utf-8")
    draft.write_text(good.replace("two years", "five years"), encoding="utf-8")
    expect(body).to_contain_text("five years", timeout=60_000)
    page.wait_for_load_state("load")
    # reloaded by the page itself (this test never calls reload()): a new document
    assert page.evaluate("window.policyBeforeTheEdit === undefined")
    # no service worker in the preview (the published site has one, for offline reading)
    assert page.evaluate("navigator.serviceWorker.getRegistrations().then(r => r.length)") == 0

    zh = root / "docs" / "zh" / "privacy.md"  # the Chinese draft, the other language's page
    page.goto(f"{origin}/privacy/draft/")
    page.wait_for_timeout(300)
    zh.write_text(zh.read_text(encoding="utf-8").replace("保存两年", "保存五年"), encoding="utf-8")
    expect(body).to_contain_text("保存五年", timeout=60_000)


def test_an_invalid_source_shows_its_error_until_it_is_fixed(served, page):
    from playwright.sync_api import expect

    root, origin = served
    page.goto(f"{origin}/en/privacy/draft/")
    body = page.locator("body")
    expect(body).to_contain_text("two years")
    page.wait_for_timeout(300)
    draft = root / "docs" / "en" / "privacy.md"
    good = draft.read_text(encoding="utf-8")
    draft.write_text("", encoding="utf-8")
    expect(body).to_contain_text("The preview cannot be updated", timeout=60_000)
    expect(body).to_contain_text("privacy.md")
    draft.write_text(good.replace("two years", "eight years"), encoding="utf-8")
    expect(body).to_contain_text("eight years", timeout=60_000)
