"""A real browser (Debian's chromium, driven by playwright) on the phone page, served on 127.0.0.1.

Join by code, vote, drag a token by touch, write in a silent round and see the reveal; a wrong code
is refused; markup typed on a phone stays text on the page, on the projection and in the report.
"""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt

from reflectiespel.pdf.report import write_report

from liveserving import chromium_missing, make_session, on_owner, serving, wait_for

NAME = "<b>Ann</b> & <i>Bo</i>"  # names are at most 40 characters
MARKUP = '<b>vet</b> & <img src=x onerror="document.title=\'gehackt\'">'

if chromium_missing():
    pytest.skip("Debian's chromium is not installed (apt-get install chromium; .ci/run does this)",
                allow_module_level=True)



def phone_page(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True,
                                  device_scale_factor=2)
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page



def touch_drag(page, selector, start, end, steps=8):
    box = page.locator(selector).bounding_box()
    cdp = page.context.new_cdp_session(page)
    point = lambda fx, fy: {"x": box["x"] + fx * box["width"], "y": box["y"] + fy * box["height"]}
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [point(*start)]})
    for i in range(1, steps + 1):
        fx = start[0] + (end[0] - start[0]) * i / steps
        fy = start[1] + (end[1] - start[1]) * i / steps
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [point(fx, fy)]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})


def test_a_phone_joins_votes_drags_writes_and_sees_the_reveal(browser, tmp_path, qtbot, data_dir):
    session = make_session()
    with serving(session) as (hub, server):
        page = phone_page(browser)
        page.goto(server.url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360  # fits a 360 px screen
        page.fill("#code", "XXXXX" if hub.room.code != "XXXXX" else "YYYYY")
        page.fill("#name", NAME)
        page.click("#join-button")
        page.wait_for_selector("#message:has-text('code klopt niet')")
        assert page.is_visible("#join") and not session.participants

        page.fill("#code", hub.room.code.lower())
        page.click("#join-button")
        page.wait_for_selector("#step-title:has-text('Kies een kaart')")
        assert page.inner_text("#who") == "Je doet mee als " + NAME  # literal, not markup
        assert page.locator("#who b, #who i").count() == 0 and page.title() == "Reflectiespel"

        page.click("li[data-card='twee'] button[aria-label='Stem op twee']")
        wait_for(lambda: on_owner(hub, lambda: session.step("s-kaarten").ranked_votes()) == [("twee", 1)])
        page.wait_for_selector("#budget:has-text('nog 2 van de 3')")

        on_owner(hub, lambda: (session.go_to(1), hub.publish()))  # the facilitator moves to the board
        page.wait_for_selector("#board", state="visible")
        touch_drag(page, "#board", (0.5, 0.5), (0.8, 0.25))

        def placed():
            board = session.step("s-bord").board
            return [(round(p.x, 2), round(p.y, 2)) for p in board.placements if p.perspective == NAME]  # the console's name for this person
        wait_for(lambda: on_owner(hub, placed) == [(0.8, 0.75)])
        # the same by buttons (for whoever cannot drag): a step left, a step up
        page.click("button[aria-label='Naar links']")
        wait_for(lambda: on_owner(hub, placed) == [(0.75, 0.75)])
        page.click("button[aria-label='Omhoog']")
        wait_for(lambda: on_owner(hub, placed) == [(0.75, 0.8)])
        page.fill("#reason", "Omdat we <i>samen</i> spelen")
        page.click("#place")
        wait_for(lambda: on_owner(hub, lambda: list(session.step("s-bord").board.reasons.values()))
                 == ["Omdat we <i>samen</i> spelen"])

        on_owner(hub, lambda: (session.go_to(2), hub.start_silent()))
        page.wait_for_selector("#write-label:has-text('Stille ronde')")
        page.fill("#text", MARKUP)
        page.click("#send")
        page.wait_for_selector("#written:has-text('1 briefje')")
        assert on_owner(hub, lambda: session.step("s-stil").notes) == []  # private until the reveal
        on_owner(hub, hub.reveal)
        assert [n.text for n in session.step("s-stil").notes] == [MARKUP]
        page.wait_for_selector("#write-label:has-text('Jouw antwoord')")  # the round has ended on the phone
        assert page.title() == "Reflectiespel"  # nothing the phone typed ran as script
        page.screenshot(path=str(tmp_path / "telefoon.png"), full_page=True)

    report = tmp_path / "verslag.pdf"
    write_report(session, report)
    from pypdf import PdfReader
    text = "".join(p.extract_text() for p in PdfReader(str(report)).pages)
    assert "<b>vet</b>" in text and NAME in text and "Omdat we <i>samen</i> spelen" in text

    # the projection shows what the phone wrote, as text
    from PySide6.QtWidgets import QLabel

    from reflectiespel.core.decks.library import Library
    from reflectiespel.ui.session.controller import SessionController
    from reflectiespel.ui.session.liveqr import LiveOverlay
    from reflectiespel.ui.session.projection import ProjectionView

    view = ProjectionView(SessionController(session, Library([]), data_dir))
    qtbot.addWidget(view)
    view.resize(960, 540)
    view.show()
    LiveOverlay(view).show_reveal([n.text for n in session.step("s-stil").notes])
    label = view.findChild(QLabel, "liveReveal")
    assert label.isVisible() and label.textFormat() == Qt.TextFormat.PlainText and label.text() == "• " + MARKUP
