"""A tap on a phone counts however busy the room is, and the keyboard stays where it was.

In a full room news from the server arrives all the time (another phone voted, the facilitator showed the
next card). The phone page used to build its list of cards anew on every piece of news: a keyboard user on
"+ stem" lost the focus after every vote and every piece of news (the second test failed on that code).
Now the list is built once per step and updated in place. The first test holds a finger on "+ stem" while
the news comes and lets go after it: the vote counts (Chromium counted it on the old code too, as the tap is
hit-tested when the finger comes up; the test guards that it stays so). A real browser (Debian's chromium),
served on 127.0.0.1; every wait is bounded.
"""

from __future__ import annotations

import httpx
from liveserving import on_owner, serving, wait_for

from reflectiespel.core.sessions.session import Session, Step


def _vote_session() -> Session:
    return Session(title="Zeven tips", steps=[
        Step(id="s-stem", kind="cards", title="Welke tip pakken we op?", instruction="Verdeel je drie stemmen.",
             card_ids=[f"tip-{i}" for i in range(1, 8)], vote_budget=3),
    ])


def _phone(browser, server, code: str):
    context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(server.url)
    page.fill("#code", code)
    page.fill("#name", "Ann")
    page.click("#join-button")
    page.wait_for_selector("li[data-card='tip-7']")
    return context, page


def _show_card(hub, session: Session, index: int, page) -> None:
    """The facilitator shows another card: news for every phone; wait until it is on this one."""
    on_owner(hub, lambda: (setattr(session, "current_card", index), hub.publish()))
    page.wait_for_selector(f"li.current[data-card='tip-{index + 1}']")


def test_a_vote_tapped_while_news_arrives_is_counted(browser):
    session = _vote_session()
    with serving(session) as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        context, page = _phone(browser, server, hub.room.code)
        other = client.post("/api/join", json={"code": hub.room.code, "name": "Bo"}).json()["token"]
        plus = page.locator("li[data-card='tip-2'] button[aria-label='Stem op tip-2']")
        plus.scroll_into_view_if_needed()
        box = plus.bounding_box()
        point = {"x": box["x"] + box["width"] / 2, "y": box["y"] + box["height"] / 2}
        touch = context.new_cdp_session(page)
        for round_ in range(3):  # the finger goes down, the room moves on, the finger comes up
            touch.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [point]})
            r = client.post("/api/vote", json={"step_id": "s-stem", "target": "tip-5", "delta": 1},
                            headers={"Authorization": f"Bearer {other}"})
            assert r.status_code == 200
            _show_card(hub, session, round_ + 1, page)
            touch.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
            page.wait_for_selector(f"li[data-card='tip-2'] .count:text-is('{round_ + 1}')")  # counted
        wait_for(lambda: on_owner(hub, lambda: dict(session.step("s-stem").ranked_votes()))
                 == {"tip-2": 3, "tip-5": 3})
        assert page.inner_text("#budget").startswith("Je hebt nog 0")
        context.close()


def test_the_keyboard_stays_on_plus_stem_after_a_vote_and_after_news(browser):
    session = _vote_session()
    with serving(session) as (hub, server):
        context, page = _phone(browser, server, hub.room.code)
        focused = "() => document.activeElement.getAttribute('aria-label')"
        page.focus("button[aria-label='Stem op tip-3']")
        page.keyboard.press("Enter")
        page.wait_for_selector("li[data-card='tip-3'] .count:text-is('1')")
        assert page.evaluate(focused) == "Stem op tip-3"
        _show_card(hub, session, 4, page)  # news from the facilitator
        assert page.evaluate(focused) == "Stem op tip-3"
        page.keyboard.press("Enter")  # a second vote, straight from where the focus is
        page.wait_for_selector("li[data-card='tip-3'] .count:text-is('2')")
        page.keyboard.press("Shift+Tab")  # back to "−" of the same card
        assert page.evaluate(focused) == "Stem weghalen bij tip-3"
        page.keyboard.press("Enter")
        page.wait_for_selector("li[data-card='tip-3'] .count:text-is('1')")
        assert on_owner(hub, lambda: dict(session.step("s-stem").ranked_votes())) == {"tip-3": 1}
        context.close()
