"""A phone's status line stays long enough to read (issue #14).

A real browser (Debian's chromium, headless) on the phone page, served on 127.0.0.1. Phone A gets a
confirmation; in the second after it other phones act and the facilitator changes the room, and A's
confirmation stays on the screen (read at intervals, and every change of the line recorded in the page
with its time) for at least four seconds; a newer message of A replaces it at once; when the facilitator
moves to another step, a message about the old step goes with it. While it is read, the line is held
on the screen, in its own strip at the foot, under the part that scrolls. Nothing flickers: the line never goes
blank and back. Bounded: every wait has a deadline.
"""

from __future__ import annotations

import time

import httpx
import pytest
from liveserving import make_session, on_owner, serving, wait_for
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.core.sessions.together import RunStep, TogetherRun
from reflectiespel.core.sessions.turns import TurnState

READABLE_MS = 4000  # the least time a participant gets to read what their phone says



def placed(x: int, y: int) -> str:
    """What the phone says after a move: where the dot is (on a board without words: in numbers)."""
    return f"Je stip staat op het bord: {x} van 100 naar rechts, {y} van 100 omhoog."


PLACED = placed(45, 50)  # after one step to the left from the middle
LOCKED = "De begeleider heeft deze stap op slot gezet."
SENT = "Verstuurd."
THANKS = "Dank je. De volgende is aan de beurt."



def phone(browser, server, code: str, name: str):
    context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(server.url)
    page.fill("#code", code)
    page.fill("#name", name)
    page.click("#join-button")
    page.wait_for_selector("#room", state="visible")
    return page


def record(page) -> None:
    """From now on, every change of the status line and of what the page shows, with the page's clock."""
    page.evaluate("""() => {
        window.seen = [];
        const shown = {message: (n) => n.textContent, locked: (n) => (n.hidden ? 'open' : 'locked'),
                       'step-title': (n) => n.textContent, 'turn-who': (n) => n.textContent};
        const observer = new MutationObserver((records) => {
            const now = performance.now();  // one change of the page: one moment
            for (const id of Object.keys(shown)) {
                const node = document.getElementById(id);
                if (records.some((r) => node.contains(r.target))) window.seen.push([now, id, shown[id](node)]);
            }
        });
        for (const id of Object.keys(shown)) {
            observer.observe(document.getElementById(id), {childList: true, characterData: true, subtree: true,
                                                           attributes: true, attributeFilter: ['hidden', 'class']});
        }
    }""")


def seen(page, what: str | None = None) -> list[tuple[float, str, str]]:
    entries = [tuple(e) for e in page.evaluate("window.seen")]
    return [e for e in entries if what is None or e[1] == what]


def changes(page, what: str = "message") -> list[tuple[float, str]]:
    """What one part showed, in order, each with when it appeared (the same again is no change)."""
    changes: list[tuple[float, str]] = []
    for when, _, text in seen(page, what):
        if not changes or changes[-1][1] != text:
            changes.append((when, text))
    return changes


def wait_said(page, text: str) -> float:
    """Wait until the status line has said ``text`` (even for a moment); when it first did, on the page's clock."""
    page.wait_for_function("(text) => window.seen.some((e) => e[1] === 'message' && e[2] === text)", arg=text)
    return [when for when, said in changes(page) if said == text][0]


def page_clock(page) -> float:
    return page.evaluate("performance.now()")



def still_says(page, text: str, since: float) -> None:
    """Read the line every quarter second until it has been on the screen for READABLE_MS."""
    for _ in range(80):  # bounded: at most twenty seconds however slow the machine is
        assert page.inner_text("#message") == text and page.is_visible("#message")
        box = page.locator("#message").bounding_box()  # on the screen, not at the end of a long page
        assert box["y"] >= 0 and box["y"] + box["height"] <= page.viewport_size["height"], box
        if page_clock(page) - since >= READABLE_MS:
            return
        time.sleep(0.25)
    raise AssertionError("the page's clock did not move on")


def test_a_confirmation_stays_readable_while_other_phones_act_and_the_facilitator_changes_the_room(browser):
    session = make_session()
    with serving(session) as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        on_owner(hub, lambda: (session.go_to(1), hub.publish()))  # the board
        a = phone(browser, server, hub.room.code, "Ann")
        a.wait_for_selector("#board", state="visible")
        status = a.locator("#message")
        assert (status.get_attribute("role"), status.get_attribute("aria-live"),
                status.get_attribute("aria-atomic")) == ("status", "polite", "true")  # read out, as one sentence
        others = [client.post("/api/join", json={"code": hub.room.code, "name": name}).json()["token"]
                  for name in ("Bo", "Cem")]
        record(a)

        a.click("button[aria-label='Naar links']")  # near the top of a long page
        shown = wait_said(a, PLACED)
        # within that second: the other phones place their dots, the facilitator locks and opens the board
        for i, token in enumerate(others):
            r = client.post("/api/place", json={"step_id": "s-bord", "x": 0.2 + 0.3 * i, "y": 0.6},
                            headers={"Authorization": f"Bearer {token}"})
            assert r.status_code == 200
        on_owner(hub, lambda: hub.set_locked("s-bord", True))
        a.wait_for_selector("#locked", state="visible")  # the news reached A's phone ...
        on_owner(hub, lambda: hub.set_locked("s-bord", False))
        a.wait_for_selector("#locked", state="hidden")
        assert page_clock(a) - shown < READABLE_MS
        still_says(a, PLACED, shown)  # ... and A can still read what it said

        # and then it goes, once: no blank line in between, no second appearance
        wait_for(lambda: a.inner_text("#message") == "", timeout=15)
        main = "document.querySelector('main')"
        assert a.evaluate(f"{main}.scrollHeight > {main}.clientHeight")  # a long page: the part above scrolls
        assert not a.evaluate("document.getElementById('message').classList.contains('fresh')")
        assert a.locator("#message").bounding_box()["height"] == 0  # an empty line takes no room
        line = changes(a)
        assert [text for _, text in line] == [PLACED, ""]
        assert line[1][0] - line[0][0] >= READABLE_MS
        assert [text for _, text in changes(a, "locked")] == ["open", "locked", "open"]
        assert on_owner(hub, lambda: len(session.step("s-bord").board.placements)) == 3


def test_a_newer_message_of_the_phone_replaces_the_old_one_at_once(browser):
    session = make_session()
    with serving(session) as (hub, server):
        on_owner(hub, lambda: (session.go_to(1), hub.publish()))
        a = phone(browser, server, hub.room.code, "Ann")
        a.wait_for_selector("#board", state="visible")
        record(a)

        a.click("#place")
        wait_said(a, placed(50, 50))
        a.click("button[aria-label='Naar links']")  # placed again: the new place replaces the old at once
        wait_for(lambda: on_owner(hub, lambda: [round(p.x, 2) for p in session.step("s-bord").board.placements])
                 == [0.45])
        wait_said(a, PLACED)
        assert a.inner_text("#message") == PLACED
        # the facilitator locks the board while A's next tap is on its way: the refusal replaces the
        # confirmation straight away
        on_owner(hub, lambda: hub.room.set_locked("s-bord", True))
        a.click("#place")
        wait_said(a, LOCKED)
        assert a.inner_text("#message") == LOCKED
        first, moved, refused = changes(a)
        assert first[1] == placed(50, 50) and moved[0] - first[0] < READABLE_MS
        assert (moved[1], refused[1]) == (PLACED, LOCKED) and refused[0] - moved[0] < READABLE_MS

        on_owner(hub, hub.publish)  # the lock reaches the phone: news, and the refusal is still there to read
        a.wait_for_selector("#locked", state="visible")
        on_owner(hub, lambda: hub.set_locked("s-bord", False))
        a.wait_for_selector("#locked", state="hidden")
        assert a.inner_text("#message") == LOCKED
        a.fill("#text", "Wij zitten in het midden")
        a.click("#send")  # a tap goes through the line held at the foot of the screen
        wait_said(a, SENT)
        assert a.inner_text("#message") == SENT
        assert [text for _, text in changes(a)] == [placed(50, 50), PLACED, LOCKED, SENT]
        assert changes(a)[-1][0] - refused[0] < READABLE_MS
        assert a.evaluate("document.getElementById('message').classList.contains('ok')")


def team_session() -> Session:
    steps = [
        Step(id="s-ronde", kind="free", title="Wie zijn wij?", instruction="Vertel om de beurt."),
        Step(id="s-verder", kind="free", title="Wat nemen we mee?", instruction="Schrijf het op."),
    ]
    session = Session(title="Teamsessie", steps=steps)
    for name in ("Anna", "Bram", "Chris"):
        session.add_participant(name)
    people = [p.id for p in session.participants]
    session.together = TogetherRun(route_id="r", steps={"s-ronde": RunStep(kind="card-round")},
                                   turn=TurnState(people=people, round=1, queue=list(people)))
    return session


def test_turns_of_the_others_leave_the_thanks_and_a_new_step_takes_it_away(browser):
    session = team_session()
    with serving(session) as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        on_owner(hub, lambda: (session.go_to(0), hub.publish()))
        anna = phone(browser, server, hub.room.code, "Anna")
        anna.wait_for_selector("#turn-who:text-is('Jij bent aan de beurt')")
        tokens = {name: client.post("/api/join", json={"code": hub.room.code, "name": name}).json()["token"]
                  for name in ("Bram", "Chris")}
        record(anna)

        anna.fill("#turn-text", "Ik werk in de wijk")
        anna.click("#turn-done")
        shown = wait_said(anna, THANKS)
        for name in ("Bram", "Chris"):  # the others take their turn from their phones, straight after
            r = client.post("/api/turn", json={"step_id": "s-ronde", "passed": False, "text": "Ik ook"}, headers={"Authorization": f"Bearer {tokens[name]}"})
            assert r.status_code == 200
        anna.wait_for_selector("#turn-who:text-is('Iedereen is geweest. De laptop start een nieuw rondje.')")
        assert page_clock(anna) - shown < READABLE_MS
        assert anna.inner_text("#message") == THANKS

        # the facilitator moves on: the thanks for a turn in the old step goes with the old step, at once
        on_owner(hub, lambda: (session.go_to(1), hub.publish()))
        anna.wait_for_selector("#step-title:text-is('Wat nemen we mee?')")
        wait_for(lambda: anna.inner_text("#message") == "", timeout=5)
        moved = [when for when, _, text in seen(anna, "step-title") if text == "Wat nemen we mee?"][0]
        cleared = changes(anna)[-1]
        assert cleared[1] == "" and cleared[0] == moved  # in the same change of the page: nothing in between
        assert cleared[0] - shown < READABLE_MS
        assert [text for _, text in changes(anna)] == [THANKS, ""]


def _tips_session() -> Session:
    """A vote on seven tips (a long list on a phone), then the board."""
    return Session(title="Zeven tips", steps=[
        Step(id="s-stem", kind="cards", title="Welke tip pakken we op?", instruction="Verdeel je drie stemmen.",
             card_ids=[f"tip-{i}" for i in range(1, 8)], vote_budget=3),
        Step(id="s-bord", kind="board", title="Waar staan we nu?", instruction="Zet je stip op het bord."),
    ])


def counted(page, hub, session: Session, card: str) -> None:
    """Wait until the phone shows one vote on ``card``; if it does not, say what the phone and the room say."""
    try:
        page.wait_for_selector(f"li[data-card='{card}'] .count:text-is('1')")
    except PlaywrightTimeout:
        votes = on_owner(hub, lambda: dict(session.step("s-stem").ranked_votes()))
        raise AssertionError(f"the tap on {card} was not counted: the phone says {page.inner_text('#message')!r}, "
                             f"the room counts {votes}") from None


def _clear_of_the_message(page) -> list[str]:
    """Every control on the screen that the status line lies on (by its box), or where a tap at the
    control's centre would not land on the control itself."""
    return page.evaluate("""() => {
        const line = document.getElementById('message').getBoundingClientRect();
        const room = document.querySelector('main').getBoundingClientRect();  // what scrolls, as far as it shows
        const problems = [];
        for (const node of document.querySelectorAll('main button, main input, main textarea, main select')) {
            const box = node.getBoundingClientRect();
            const top = Math.max(box.top, room.top, 0), bottom = Math.min(box.bottom, room.bottom, innerHeight);
            if (!node.offsetParent || bottom - top < 1) continue;  // not on the screen
            const under = line.height > 0 && bottom > line.top + 1 && top < line.bottom;  // 1 px: rounding
            // a tap on the lower half of the screen (where the line is) lands on what it aims at
            const x = box.left + box.width / 2, y = (top + bottom) / 2;
            const hit = y >= innerHeight / 2 ? document.elementFromPoint(x, y) : node;
            if (under || !(hit === node || node.contains(hit)))
                problems.push((node.getAttribute('aria-label') || node.id || node.textContent) + ' ' + JSON.stringify(box));
        }
        return problems;
    }""")


@pytest.mark.parametrize("width, height", [(360, 740), (320, 568)])
def test_the_status_line_has_its_own_strip_and_never_lies_on_a_vote_button(browser, width, height):
    """#24: the status line stood at the foot of the screen on top of the list, over "+ stem" (and let a tap
    through to the button it hid). Now it has a strip of its own under the part that scrolls: while it
    shows, a "+ stem" scrolled to the bottom of what is visible lies above it and a tap there votes; after a
    tap on the board's arrows the list moves up so the arrows stay in sight above the message."""
    session = _tips_session()
    with serving(session) as (hub, server):
        context = browser.new_context(viewport={"width": width, "height": height}, has_touch=True,
                                      is_mobile=True)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(server.url)
        page.fill("#code", hub.room.code)
        page.fill("#name", "Ann")
        page.click("#join-button")
        page.wait_for_selector("li[data-card='tip-7']")
        assert page.inner_text("#message") == "Je doet mee."  # the line shows ...
        assert page.evaluate("document.getElementById('message').classList.contains('fresh')")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        for card in ("tip-7", "tip-4"):  # ... while "+ stem" is at the bottom of what the list shows
            plus = page.locator(f"li[data-card='{card}'] button[aria-label='Stem op {card}']")
            plus.evaluate("(node) => node.scrollIntoView({block: 'end'})")
            assert _clear_of_the_message(page) == []
            box, line = plus.bounding_box(), page.locator("#message").bounding_box()
            assert box["y"] + box["height"] <= line["y"] + 1 and line["y"] + line["height"] <= height
            page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] - 4)  # its lower edge
            counted(page, hub, session, card)  # the phone counts it
        wait_for(lambda: on_owner(hub, lambda: dict(session.step("s-stem").ranked_votes()))
                 == {"tip-7": 1, "tip-4": 1})

        on_owner(hub, lambda: (session.go_to(1), hub.publish()))  # the board: its arrows at the bottom
        page.wait_for_selector("#board", state="visible")
        wait_for(lambda: page.inner_text("#message") == "", timeout=15)  # the join message has gone
        left = page.locator("button[aria-label='Naar links']")
        left.evaluate("(node) => node.scrollIntoView({block: 'end'})")
        left.tap()
        page.wait_for_selector("#message:has-text('Je stip staat op het bord')")
        page.wait_for_timeout(100)  # a frame for the list to move up
        box, line = left.bounding_box(), page.locator("#message").bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= line["y"] + 1, (box, line)  # in sight, above it
        assert _clear_of_the_message(page) == []
        context.close()
