"""Phones in the step kinds of issue #29, in Debian's chromium on 127.0.0.1: a word cloud (and, below, the
other kinds). What a phone sends lands in the session as the console's own edits would, marked as sent
from a phone; the phone page fits a 360 px screen. With REFLECTIESPEL_SHOTS=<folder> a 360 px screenshot
is kept to look at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from liveserving import chromium_missing, on_owner, serving, wait_for

from reflectiespel.core.input import wordcloud
from reflectiespel.core.sessions.session import Session, Step

from reflectiespel.live.rooms import JoinLimiter, Room

if chromium_missing():
    pytest.skip("Debian's chromium is not installed (apt-get install chromium; .ci/run does this)",
                allow_module_level=True)


def phone_page(browser, server):
    context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True,
                                  device_scale_factor=2)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(server.url)
    return page


def join(page, hub, name: str) -> None:
    page.fill("#code", hub.room.code)
    page.fill("#name", name)
    page.click("#join-button")
    page.wait_for_selector("#room", state="visible")


def shot(page, name: str) -> None:
    folder = os.environ.get("REFLECTIESPEL_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / name), full_page=True)


_SEND = """async ([path, body]) => (await fetch(path, {method: 'POST',
    headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + localStorage.getItem('reflectiespel-token')},
    body: JSON.stringify(body)})).status"""


def post(page, path: str, body: dict) -> int:
    """A phone's request straight at the API (past what the page allows): the HTTP status."""
    return page.evaluate(_SEND, [path, body])


def send_words(page, body: dict) -> int:
    return post(page, "/api/words", body)


def cloud_session() -> Session:
    return Session(title="Afsluiting", steps=[
        Step(id="s-wolk", kind="wordcloud", title="In één woord", instruction="Welk woord neem je mee?"),
        Step(id="s-praten", kind="free", title="Nagesprek")])


def test_a_phone_sends_three_words_and_then_cannot_send_a_fourth(browser):
    session = cloud_session()
    with serving(session) as (hub, server):
        page = phone_page(browser, server)
        join(page, hub, "Ann")
        page.wait_for_selector("#word-1", state="visible")
        assert page.is_hidden("#write-part")  # no note box in a word cloud: the words are the answer
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        page.fill("#word-1", "Verbinding")
        page.fill("#word-2", "<b>rust</b>")  # typed markup stays text
        page.click("#words-send")
        page.wait_for_selector("#message:has-text('2 woorden zijn verstuurd')")
        step = session.step("s-wolk")
        wait_for(lambda: on_owner(hub, lambda: [(w.text, w.via) for w in step.cloud.words])
                 == [("Verbinding", "phone"), ("<b>rust</b>", "phone")])
        page.wait_for_selector("#my-words li:has-text('<b>rust</b>')")
        assert page.locator("#my-words b").count() == 0
        assert page.is_visible("#word-1") and page.is_hidden("#word-2")  # one word left to send
        page.fill("#word-1", "verbinding")
        page.click("#words-send")
        page.wait_for_selector("#message:has-text('stuurde')")  # the same word twice is refused, in words
        page.fill("#word-1", "Samen")
        page.click("#words-send")
        page.wait_for_selector("#words-left:has-text('al je woorden gestuurd')")
        assert page.is_hidden("#words-send")
        shot(page, "wordcloud-phone.png")
        counted = on_owner(hub, lambda: {w.key: w.count for w in wordcloud.cloud_words(step)})
        assert counted == {"verbinding": 1, "b rust b": 1, "samen": 1}  # markup is letters like any other
        # words are texts: a fourth send at once, past the page, meets the texts' pace (rooms.py), like notes
        assert send_words(page, {"step_id": "s-wolk", "words": ["vier"]}) == 429
        assert len(step.cloud.words) == 3


def test_a_one_word_step_asks_for_one_word_on_the_phone(browser):
    """wat-is-belangrijk closes with a cloud of one word each: the phone said "Stuur een tot drie woorden"
    whatever the step allowed (found in review round 6). Now it says what the step allows."""
    from reflectiespel.core.sessions.stepinput import WordCloud

    session = Session(title="Afsluiting", steps=[
        Step(id="s-wolk", kind="wordcloud", title="In één woord", instruction="Welk woord neem je mee?",
             cloud=WordCloud(max_words=1))])
    with serving(session) as (hub, server):
        page = phone_page(browser, server)
        join(page, hub, "Ann")
        page.wait_for_selector("#word-1", state="visible")
        assert page.inner_text("#words-left") == "Je kunt nog één woord sturen."
        assert page.is_hidden("#word-2") and page.is_hidden("#word-3")
        assert page.inner_text("label[for='word-1']") == "Jouw woord"
        assert page.inner_text("#words-send") == "Verstuur mijn woord"
        page.fill("#word-1", "Rust")
        page.click("#words-send")
        page.wait_for_selector("#words-left:has-text('Je hebt al je woorden gestuurd')")
        on_owner(hub, lambda: (setattr(session.step("s-wolk").cloud, "max_words", 3), hub.publish()))
        page.wait_for_selector("#words-left:has-text('Je kunt nog 2 van je 3 woorden sturen.')")
        assert page.inner_text("label[for='word-1']") == "Woord 1" and page.is_visible("#word-2")
        assert page.inner_text("#words-send") == "Verstuur mijn woorden"


def test_words_past_the_cap_for_another_step_or_not_words_at_all_are_refused(browser):
    session = cloud_session()
    fast = Room(limiter=JoinLimiter(attempts=1000), phones_per_address=1000, paces=((100, 100.0), (100, 100.0)))
    with serving(session, room=fast) as (hub, server):
        page = phone_page(browser, server)
        join(page, hub, "Bo")
        page.wait_for_selector("#word-1", state="visible")
        assert send_words(page, {"step_id": "s-wolk", "words": ["een", "twee", "drie"]}) == 200
        assert send_words(page, {"step_id": "s-wolk", "words": ["vier"]}) == 409  # the step's cap, from the session
        on_owner(hub, lambda: session.step("s-wolk").cloud.words.clear())
        assert send_words(page, {"step_id": "s-wolk", "words": "Verbinding"}) == 422
        assert send_words(page, {"step_id": "s-wolk", "words": [{"a": 1}]}) == 422
        assert send_words(page, {"step_id": "s-wolk", "words": ["x" * 41]}) == 409
        on_owner(hub, lambda: (session.go_to(1), hub.publish()))
        page.wait_for_selector("#write-part", state="visible")
        assert send_words(page, {"step_id": "s-praten", "words": ["later"]}) == 409
        assert session.step("s-wolk").cloud.words == []


def scale_session() -> Session:
    from reflectiespel.core.sessions.stepinput import RatingRow, RatingScale

    rows = ["Lichaamsfuncties", "Mentaal welbevinden", "Zingeving", "Kwaliteit van leven", "Meedoen",
            "Dagelijks functioneren"]
    return Session(title="Gezondheid", steps=[
        Step(id="s-schaal", kind="rating", title="Hoe sta je ervoor?", instruction="Een cijfer per vraag.",
             scale=RatingScale(rows=[RatingRow(id=f"r{i}", text=t) for i, t in enumerate(rows, 1)]))])


def test_a_phone_rates_each_row_with_a_slider_and_sees_its_own_web_beside_the_groups(browser):
    from reflectiespel.core.input import ratings

    session = scale_session()
    with serving(session) as (hub, server):
        others = [on_owner(hub, lambda n=n: session.add_participant(n).value.id) for n in ("Bo", "Cem", "Dewi")]
        for pid, value in zip(others, (2, 6, 8)):
            on_owner(hub, lambda pid=pid, value=value: ratings.rate(session, "s-schaal", pid, "r1", value, "console"))
        on_owner(hub, hub.publish)
        page = phone_page(browser, server)
        join(page, hub, "Ann")
        page.wait_for_selector("#rate-0", state="visible")
        assert page.inner_text("#rate-0-value") == "–"  # not rated yet: no 5 pretended
        page.focus("#rate-0")
        for _ in range(3):
            page.keyboard.press("ArrowRight")  # the keys a screen-reader user has: 5 -> 8
        page.locator("#rate-0").dispatch_event("change")
        ann = next(p.id for p in session.participants if p.name == "Ann")
        wait_for(lambda: on_owner(hub, lambda: ratings.mine(session.step("s-schaal"), ann)) == {"r1": 8})
        page.wait_for_selector("#message:has-text('Lichaamsfuncties: 8 bewaard')")
        page.fill("#rate-2", "3")  # a slider set by touch ends in a change, as here
        page.locator("#rate-2").dispatch_event("change")
        wait_for(lambda: on_owner(hub, lambda: ratings.mine(session.step("s-schaal"), ann)) == {"r1": 8, "r3": 3})
        marks = on_owner(hub, lambda: [(r.participant_id, r.value, r.via) for r in session.step("s-schaal").scale.ratings])
        assert (ann, 8, "phone") in marks and sum(1 for m in marks if m[2] == "console") == 3
        page.wait_for_selector("#rate-web polygon.web-own")
        # only row 1 has three marks or more: the group shows there as a point, no shape pretending the rest is 0
        assert page.locator("#rate-web circle.web-group-point").count() == 1
        assert page.locator("#rate-web polygon.web-group").count() == 0
        label = page.get_attribute("#rate-web", "aria-label")
        assert "1. Lichaamsfuncties: 8 (groep 7)" in label and "3. Zingeving: 3 (groep –)" in label
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        shot(page, "rating-phone.png")
        assert post(page, "/api/rate", {"step_id": "s-schaal", "row": "r1", "value": 11}) == 409
        assert post(page, "/api/rate", {"step_id": "s-schaal", "row": "r1", "value": "7"}) == 422
        assert post(page, "/api/rate", {"step_id": "s-schaal", "row": "r9", "value": 7}) == 409
        assert on_owner(hub, lambda: ratings.mine(session.step("s-schaal"), ann)) == {"r1": 8, "r3": 3}


def test_the_last_arrow_key_is_the_mark_that_stays_however_the_requests_travel(browser):
    """Arrow keys on a slider send a change per press (6, 7, 8). Requests that travel side by side can arrive
    in any order: CI once stored 7 where the phone showed 8. Here the first request is held on the way
    until the others could have gone; the room must still keep 8, and the slider must not jump back."""
    from reflectiespel.core.input import ratings

    session = scale_session()
    with serving(session) as (hub, server):
        page = phone_page(browser, server)
        join(page, hub, "Ann")
        page.wait_for_selector("#rate-0", state="visible")
        held, sent = [], []

        def road(route):
            value = route.request.post_data_json["value"]
            sent.append(value)
            if not held:
                held.append(route)  # the first one is slow on the way
            else:
                route.continue_()

        page.route("**/api/rate", road)
        page.focus("#rate-0")
        for _ in range(3):
            page.keyboard.press("ArrowRight")  # 5 -> 6, 7, 8
        page.wait_for_timeout(500)  # time for any other request to overtake the held one
        assert page.input_value("#rate-0") == "8"
        held[0].continue_()
        ann = next(p.id for p in session.participants if p.name == "Ann")
        # (the routes are served while playwright waits: wait in the page, then ask the room)
        page.wait_for_selector("#message:has-text('Lichaamsfuncties: 8 bewaard')")
        page.wait_for_timeout(300)  # nothing else is on its way that could change it back
        assert on_owner(hub, lambda: ratings.mine(session.step("s-schaal"), ann)) == {"r1": 8}
        assert page.input_value("#rate-0") == "8" and page.inner_text("#rate-0-value") == "8"
        assert sent[0] == 6 and sent[-1] == 8 and len(sent) <= 3  # the first, then only the newest


def test_a_phone_posts_an_idea_and_upvotes_within_the_budget_and_hidden_ideas_leave_the_phones(browser):
    from reflectiespel.core.input import ideas

    session = Session(title="Plannen", vote_budget=2, steps=[
        Step(id="s-muur", kind="ideas", title="Wat gaan we doen?", instruction="Zet je idee op de muur.")])
    fast = Room(limiter=JoinLimiter(attempts=1000), phones_per_address=1000, paces=((100, 100.0), (100, 100.0)))
    with serving(session, room=fast) as (hub, server):
        koor = on_owner(hub, lambda: ideas.add_idea(session, "s-muur", "Een koor in de wijk", None, "console").value)
        on_owner(hub, hub.publish)
        page = phone_page(browser, server)
        join(page, hub, "Ann")
        page.wait_for_selector(f"li[data-idea='{koor.id}']")
        page.fill("#idea-text", "Een <b>buurtlunch</b>")
        page.click("#idea-send")
        page.wait_for_selector("#message:has-text('Je idee staat op de muur')")
        page.wait_for_selector("#ideas li:has-text('<b>buurtlunch</b>')")
        assert page.locator("#ideas b").count() == 0
        mine = on_owner(hub, lambda: [i for i in session.step("s-muur").wall.ideas if i.via == "phone"])
        assert [i.text for i in mine] == ["Een <b>buurtlunch</b>"]
        page.click(f"li[data-idea='{koor.id}'] button[aria-label='Stem op Een koor in de wijk']")
        page.wait_for_selector("#idea-budget:has-text('nog 1 van de 2')")
        page.click(f"li[data-idea='{koor.id}'] button[aria-label='Stem op Een koor in de wijk']")
        page.wait_for_selector("#idea-budget:has-text('nog 0 van de 2')")
        assert page.is_disabled(f"li[data-idea='{mine[0].id}'] button[aria-label='Stem op Een <b>buurtlunch</b>']")
        assert post(page, "/api/upvote", {"step_id": "s-muur", "idea_id": mine[0].id, "delta": 1}) == 409
        assert on_owner(hub, lambda: [(w.idea.text, w.votes) for w in ideas.wall(session.step("s-muur"))]) == [
            ("Een koor in de wijk", 2), ("Een <b>buurtlunch</b>", 0)]
        shot(page, "ideas-phone.png")
        on_owner(hub, lambda: (ideas.set_hidden(session, "s-muur", mine[0].id), hub.publish()))
        page.wait_for_selector(f"li[data-idea='{mine[0].id}']", state="detached")
        assert post(page, "/api/upvote", {"step_id": "s-muur", "idea_id": mine[0].id, "delta": -1}) == 404
        assert post(page, "/api/idea", {"step_id": "s-muur", "text": "x" * 281}) == 409
        assert post(page, "/api/idea", {"step_id": "s-muur", "text": ["lijst"]}) == 422
        assert post(page, "/api/upvote", {"step_id": "s-muur", "idea_id": koor.id, "delta": 5}) == 422


def test_on_a_360_px_phone_an_ideas_minus_count_and_plus_stay_on_one_line_under_its_votes(browser):
    from reflectiespel.core.input import ideas

    session = Session(title="Plannen", vote_budget=3, steps=[
        Step(id="s-muur", kind="ideas", title="Wat gaan we doen?", instruction="Zet je idee op de muur.")])
    with serving(session) as (hub, server):
        bram = on_owner(hub, lambda: session.add_participant("Bram").value.id)
        idea = on_owner(hub, lambda: ideas.add_idea(
            session, "s-muur", "Bewoners vanaf het begin mee laten denken over het plan", None, "console").value)
        for _ in range(3):
            on_owner(hub, lambda: ideas.upvote(session, "s-muur", bram, idea.id, via="console"))
        on_owner(hub, hub.publish)
        page = phone_page(browser, server)
        join(page, hub, "Ann")
        item = f"li[data-idea='{idea.id}']"
        page.click(f"{item} button[aria-label^='Stem op']")
        page.wait_for_selector(f"{item} .count:has-text('1')")
        total = page.locator(f"{item} .row > .small").bounding_box()
        boxes = [page.locator(f"{item} {part}").bounding_box()
                 for part in ("button[aria-label^='Stem weghalen']", ".count", "button[aria-label^='Stem op']")]
        assert page.inner_text(f"{item} .row > .small") == "4 stemmen"  # three from Bram, one of her own
        minus, count, plus = boxes  # −, 1 and "+ stem" side by side, not "+ stem" alone on a line below
        assert abs(minus["y"] - plus["y"]) < 1
        assert minus["y"] < count["y"] + count["height"] / 2 < minus["y"] + minus["height"]
        assert all(box["y"] >= total["y"] + total["height"] for box in boxes)  # the total above them
        for _ in range(3):  # Bram takes his three back: Ann's own vote is the only one, said in the singular
            on_owner(hub, lambda: ideas.upvote(session, "s-muur", bram, idea.id, delta=-1, via="console"))
        on_owner(hub, hub.publish)
        page.wait_for_selector(f"{item} .row > .small:text-is('1 stem')", timeout=10000)
        assert boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"]
        assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_an_idea_with_votes_in_a_step_with_its_own_budget_is_on_the_phone_once_on_the_wall(browser):
    from reflectiespel.core.input import ideas

    session = Session(title="Plannen", steps=[  # as in the built-in werkvorm praktijk-op-de-as: the step's budget
        Step(id="s-muur", kind="ideas", title="Wat is er nodig?", instruction="Zet je idee op de muur.",
             vote_budget=3)])
    with serving(session) as (hub, server):
        bram = on_owner(hub, lambda: session.add_participant("Bram").value.id)
        koor = on_owner(hub, lambda: ideas.add_idea(session, "s-muur", "Een koor in de wijk", bram, "phone").value)
        on_owner(hub, lambda: ideas.upvote(session, "s-muur", bram, koor.id, via="phone"))
        on_owner(hub, hub.publish)
        page = phone_page(browser, server)
        join(page, hub, "Ann")
        page.wait_for_selector(f"#ideas li[data-idea='{koor.id}']")
        page.click(f"#ideas li[data-idea='{koor.id}'] button[aria-label='Stem op Een koor in de wijk']")
        page.wait_for_selector("#idea-budget:has-text('nog 2 van de 3')")
        assert page.locator("main :text('Een koor in de wijk')").count() == 1  # not again as a card above the wall
        assert page.locator("#cards li").count() == 0
        assert page.is_hidden("#budget")  # one budget line: the wall's


def test_in_a_screened_step_an_idea_waits_for_the_facilitator_and_counts_stay_off_the_phones(browser):
    from reflectiespel.core.input import ideas, screening
    from reflectiespel.core.sessions.stepinput import Screen

    session = Session(title="Anoniem", anonymous=True, steps=[
        Step(id="s-muur", kind="ideas", title="Wat zit je dwars?",
             screen=Screen(screened=True, counts_on_phones=False))])
    with serving(session) as (hub, server):
        ann, bo = phone_page(browser, server), phone_page(browser, server)
        join(ann, hub, "Ann")
        join(bo, hub, "Bo")
        ann.fill("#idea-text", "Te weinig tijd voor overleg")
        ann.click("#idea-send")
        ann.wait_for_selector("#message:has-text('bij de begeleider')")
        ann.wait_for_selector("#ideas li.waiting:has-text('Te weinig tijd')")
        assert ann.inner_text("#ideas li.waiting .small") == "Wacht op de begeleider."
        bo.wait_for_selector("#ideas li:has-text('Nog geen ideeën')")
        idea = on_owner(hub, lambda: session.step("s-muur").wall.ideas[0])
        assert post(bo, "/api/upvote", {"step_id": "s-muur", "idea_id": idea.id, "delta": 1}) == 404
        on_owner(hub, lambda: (screening.release_all(session, "s-muur"), hub.publish()))
        bo.wait_for_selector(f"li[data-idea='{idea.id}']")
        bo.click(f"li[data-idea='{idea.id}'] button[aria-label='Stem op Te weinig tijd voor overleg']")
        wait_for(lambda: on_owner(hub, lambda: ideas.wall(session.step("s-muur"))[0].votes) == 1)
        bo.wait_for_selector("#idea-budget:has-text('nog 2 van de 3')")
        assert "stemmen" not in bo.inner_text(f"li[data-idea='{idea.id}'] .row")  # no running count on phones
        shot(bo, "screened-phone.png")


def test_a_phone_shows_every_bouwsteen_in_full_once_numbered_on_a_narrow_screen(browser):
    from reflectiespel.core.decks.library import Library
    from reflectiespel.core.sessions.stepkinds import kind_of
    from reflectiespel.core.sessions.templates import load_template, new_session_from_template
    from reflectiespel.resources import builtin_decks_dir

    library = Library(builtin_decks_dir(), language="nl").load()
    session = new_session_from_template(load_template(builtin_decks_dir() / "werkvormen" / "vijf-bouwstenen.yaml"),
                                        library)
    index = next(i for i, s in enumerate(session.steps) if kind_of(s).collects == "ratings")
    session.go_to(index)
    names = [row.text for row in session.steps[index].scale.rows]
    with serving(session) as (hub, server):
        page = phone_page(browser, server)
        join(page, hub, "Ann")
        page.wait_for_selector("#rate-4", state="visible")
        shown = [page.inner_text(f"label[for=rate-{i}]") for i in range(len(names))]
        assert shown == names  # "2. Kennis over de waarde van cultuur voor zorg en welzijn", not "2. 2. Kennis…"
        clipped = page.evaluate("""() => [...document.querySelectorAll('.rate-row label')]
            .filter(l => l.scrollWidth > l.clientWidth || getComputedStyle(l).textOverflow === 'ellipsis')
            .map(l => l.textContent)""")
        assert clipped == []
        assert "2. Kennis over de waarde van cultuur voor zorg en welzijn: –" in page.get_attribute("#rate-web",
                                                                                                "aria-label")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        shot(page, "rating-phone-bouwstenen.png")
