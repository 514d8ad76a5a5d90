"""The phone page measured from outside: axe-core (Deque's accessibility engine, vendored in tests/live/axe/)
in Debian's headless chromium, on every state a participant meets (joining, voting and choosing, the board,
a team's turn, a locked step, a silent round), and the board as a screen reader hears it: the ends of both
axes are named, and after every move the status line (role=status, read out) says where the dot is now, in
the board's words and in numbers, so that four presses of an arrow are four different sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from liveserving import make_session, on_owner, serving, wait_for

from reflectiespel.core.board.boarddef import describe_position, load_default_board
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.core.sessions.together import RunStep, TogetherRun
from reflectiespel.core.sessions.turns import TurnState

AXE = (Path(__file__).parent / "axe" / "axe.min.js").read_text(encoding="utf-8")
# WCAG 2.1 A and AA (EN 301 549, docs/accessibility.md), and Deque's best practices
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def phone(browser, server, code: str, name: str):
    # bypass_csp: the page forbids inline scripts (as it should); the test injects axe all the same
    context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True,
                                  bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(server.url)
    if code:
        page.fill("#code", code)
        page.fill("#name", name)
        page.click("#join-button")
        page.wait_for_selector("#room", state="visible")
    return page


def violations(page) -> list[str]:
    """What axe finds on the page as it is now: one line per rule and element."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE)
    result = page.evaluate("(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    return [f"{v['id']} ({v['impact']}): {v['help']} at {node['target']}"
            for v in result["violations"] for node in v["nodes"]]


def test_axe_finds_nothing_on_any_state_of_the_phone_page(browser):
    session = make_session()
    with serving(session, board=load_default_board("nl")) as (hub, server):
        page = phone(browser, server, "", "")
        assert violations(page) == [], "joining"
        page.fill("#code", hub.room.code)
        page.fill("#name", "Anna")
        page.click("#join-button")
        page.wait_for_selector("#step-title:has-text('Kies een kaart')")
        assert page.locator("#cards button").count() >= 6  # vote and choose buttons are there to be checked
        assert violations(page) == [], "voting and choosing"

        on_owner(hub, lambda: (session.go_to(1), hub.publish()))
        page.wait_for_selector("#board", state="visible")
        page.click("button[aria-label='Naar rechts']")
        page.wait_for_selector("#message:has-text('Je stip staat op het bord')")
        assert violations(page) == [], "the board, with a message"
        on_owner(hub, lambda: hub.set_locked("s-bord", True))
        page.wait_for_selector("#locked", state="visible")
        assert violations(page) == [], "a locked step"

        on_owner(hub, lambda: (session.go_to(2), hub.start_silent()))
        page.wait_for_selector("#write-label:has-text('Stille ronde')")
        assert violations(page) == [], "a silent round"


def test_axe_finds_nothing_when_it_is_a_team_members_turn(browser):
    steps = [Step(id="s-ronde", kind="free", title="Wie zijn wij?", instruction="Vertel om de beurt.")]
    session = Session(title="Teamsessie", steps=steps)
    for name in ("Anna", "Bram"):
        session.add_participant(name)
    people = [p.id for p in session.participants]
    session.together = TogetherRun(route_id="r", steps={"s-ronde": RunStep(kind="card-round")},
                                   turn=TurnState(people=people, round=1, queue=list(people)))
    with serving(session) as (hub, server):
        on_owner(hub, lambda: (session.go_to(0), hub.publish()))
        page = phone(browser, server, hub.room.code, "Anna")
        page.wait_for_selector("#turn-who:text-is('Jij bent aan de beurt')")
        assert page.is_visible("#turn-pass")
        assert violations(page) == [], "my turn"


@pytest.mark.parametrize("how", ["buttons", "keys"])
def test_every_move_of_the_dot_is_said_in_words_and_numbers_and_the_axis_ends_are_named(browser, how):
    session = make_session()
    with serving(session, board=load_default_board("nl")) as (hub, server):
        on_owner(hub, lambda: (session.go_to(1), hub.publish()))
        page = phone(browser, server, hub.room.code, "Anna")
        page.wait_for_selector("#board", state="visible")
        ends = {end: page.inner_text(f"#axis-{end}") for end in ("left", "right", "top", "bottom")}
        assert ends == {"left": "kunst als middel", "right": "kunst als doel", "top": "sturing gedeeld",
                        "bottom": "één partij stuurt"}
        board = page.locator("#board")
        assert board.get_attribute("aria-describedby") == "dot-where"
        assert page.inner_text("#dot-where").startswith("Je stip staat nog niet op het bord")
        status = page.locator("#message")
        assert status.get_attribute("role") == "status"

        said = []
        if how == "keys":
            board.focus()
        for press in range(1, 5):
            if how == "keys":
                page.keyboard.press("ArrowRight")
            else:
                page.click("button[aria-label='Naar rechts']")
            x = 50 + 5 * press
            expected = f"({x} van 100 naar rechts, 50 van 100 omhoog)."
            page.wait_for_function("(end) => document.getElementById('message').textContent.endsWith(end)",
                                   arg=expected)
            said.append(status.inner_text())
            wait_for(lambda x=x: on_owner(hub, lambda: [round(p.x, 2) for p in session.step("s-bord").board.placements])
                     == [x / 100])
        assert len(set(said)) == 4, said  # four presses, four different sentences
        assert said[0] == ("Je stip staat op het bord: sociaal-artistiek samenwerken, sturing wisselt "
                           "(55 van 100 naar rechts, 50 van 100 omhoog).")
        # the same words as the console's board says for that place
        assert said[-1].startswith("Je stip staat op het bord: " + describe_position(load_default_board("nl"), 0.7, 0.5))
        assert page.inner_text("#dot-where") == said[-1].replace("Je stip staat op het bord: ", "Je stip: ")


def test_axe_finds_nothing_in_a_word_cloud_an_idea_wall_a_scale_and_with_the_clock(browser):
    """The step kinds of issue #29 and the clock, each as a participant meets them."""
    from reflectiespel.core.input import ideas
    from reflectiespel.core.sessions.stepinput import RatingRow, RatingScale, Screen

    session = Session(title="Nieuw", steps=[
        Step(id="s-wolk", kind="wordcloud", title="In één woord", minutes=3),
        Step(id="s-muur", kind="ideas", title="Ideeën", screen=Screen(screened=True)),
        Step(id="s-schaal", kind="rating", title="Cijfers", scale=RatingScale(
            rows=[RatingRow(id=f"r{i}", text=t) for i, t in enumerate(("Rust", "Plezier", "Zingeving"), 1)]))])
    with serving(session) as (hub, server):
        on_owner(hub, lambda: hub.set_clock(180, 150, True, True))
        page = phone(browser, server, hub.room.code, "Anna")
        page.wait_for_selector("#word-1", state="visible")
        page.wait_for_selector("#clock", state="visible")
        page.fill("#word-1", "rust")
        page.click("#words-send")
        page.wait_for_selector("#my-words li")
        assert violations(page) == [], "a word cloud, with the clock"
        on_owner(hub, lambda: (ideas.add_idea(session, "s-muur", "Samen eten", None, "console"), session.go_to(1),
                               hub.publish()))
        page.wait_for_selector("#idea-text", state="visible")
        page.fill("#idea-text", "Een koor")
        page.click("#idea-send")
        page.wait_for_selector("#ideas li.waiting")
        assert violations(page) == [], "an idea wall, with an idea that waits"
        on_owner(hub, lambda: (session.go_to(2), hub.publish()))
        page.wait_for_selector("#rate-0", state="visible")
        page.focus("#rate-0")
        page.keyboard.press("ArrowRight")
        page.locator("#rate-0").dispatch_event("change")
        page.wait_for_selector("#rate-web polygon.web-own", state="attached")
        assert violations(page) == [], "a scale, with the own web"
