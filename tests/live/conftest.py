"""A real browser for the phone page: Debian's chromium, headless (installed by .ci/run)."""

import pytest
from liveserving import CHROMIUM, FLAGS, chromium_missing


@pytest.fixture
def browser():
    if chromium_missing():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium; .ci/run does this)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield browser
        browser.close()
