"""The phone page in a browser without JavaScript: it says why nothing works, instead of a dead form."""

from liveserving import serving


def test_without_javascript_the_page_says_why_and_shows_no_dead_form(browser):
    with serving() as (_hub, server):
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(server.url)
        notice = page.locator("#no-script")
        assert notice.is_visible() and "JavaScript" in notice.inner_text()
        assert not page.locator("#join-form").is_visible(), "no form that silently does nothing"
        context.close()
        context = browser.new_context()  # with JavaScript: the form, and no notice
        page = context.new_page()
        page.goto(server.url)
        assert page.locator("#join-form").is_visible() and not page.locator("#no-script").is_visible()
        context.close()
