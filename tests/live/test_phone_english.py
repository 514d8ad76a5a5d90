"""Issue #16: the phones speak the language of the session being run (the language it was made in), not
the window's. A real browser (Debian's chromium, headless) on a server on 127.0.0.1: an English room
shows no Dutch word (join page, a wrong code, a card step, the board, a silent round, a refusal), a
Dutch room stays Dutch even while the window speaks English; the server's refusals, the start-up
errors and the facilitator's undo texts each in the right language."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import httpx
import pytest
from liveserving import make_session, on_owner, serving

from reflectiespel.core.base import i18n
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.core.sessions.together import TogetherRun
from reflectiespel.live.phonetext import PHONE_TEXTS, phone_page
from reflectiespel.live.rooms import CODE_ALPHABET
from reflectiespel.live.server import LiveServerError, check_host

PAGE_DIR = Path(__file__).resolve().parents[2] / "src" / "reflectiespel" / "live" / "page"

# words of the phone's Dutch that never occur in its English
DUTCH = re.compile(r"\b(je|jij|jouw|jullie|de|het|een|en|van|op|niet|naam|stap|stem|stemmen|kaart|kaarten|kies|"
                   r"gekozen|meedoen|doe|mee|versturen|waarom|hier|bord|naar|links|rechts|omhoog|omlaag|klopt|"
                   r"scherm|begeleider|antwoord|briefje|briefjes|stille|ronde|beurt|pas|praktijk|welke|wat|wil|"
                   r"bewaard|mag|leeg|klaar|volgende|zet|mijn|stip|nog|wachten|geschreven|sessie|telefoon|"
                   r"gebruikt|schuilnaam)\b", re.IGNORECASE)
# and of its English that never occur in its Dutch
ENGLISH = re.compile(r"\b(you|your|join|joined|vote|votes|step|card|choose|chosen|send|why|the|board|dot|"
                     r"answer|left|right|up|down|silent|round|written|note|notes|facilitator)\b", re.IGNORECASE)


def english_session() -> Session:
    steps = [
        Step(id="s-cards", kind="cards", title="Pick a card", instruction="Vote for what moves you.",
             card_ids=["hope", "doubt", "trust"], vote_budget=2, max_choices=1),
        Step(id="s-board", kind="board", title="Where are we now?", instruction="Put your dot on the board."),
        Step(id="s-quiet", kind="free", title="Quiet writing", instruction="Write for yourself first."),
    ]
    return Session(title="Trial run", steps=steps, language="en")



def phone_page_in(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


def everything_shown(page) -> str:
    """Every text of the page, hidden parts too, with every aria-label, placeholder and title."""
    return page.evaluate("""() => {
        const parts = [document.body.innerText, document.body.textContent, document.title];
        for (const el of document.querySelectorAll('[aria-label],[placeholder],[title],[alt]')) {
            for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
                if (el.hasAttribute(name)) parts.push(el.getAttribute(name));
            }
        }
        return parts.join('\\n');
    }""")


def record_messages(page) -> None:
    """Keep every text the status line shows: the next event from the server may clear it at once."""
    page.evaluate("""() => { window.said = [];
        new MutationObserver(() => window.said.push(document.getElementById('message').textContent))
            .observe(document.getElementById('message'), {childList: true, characterData: true, subtree: true}); }""")


def wait_for_message(page, text: str) -> None:
    page.wait_for_function("(text) => window.said.includes(text)", arg=text)


def no_dutch(text: str) -> None:
    found = sorted({m.group(0) for m in DUTCH.finditer(text)})
    assert not found, f"Dutch on an English phone: {found}\n{text}"


def wrong_code(hub) -> str:
    return "".join(c for c in CODE_ALPHABET if c not in hub.room.code)[:5]



def test_an_english_room_shows_no_dutch_word_on_the_phone_while_the_window_speaks_dutch(browser, tmp_path):
    assert i18n.language() == "nl"  # the facilitator's window stays Dutch throughout
    session = english_session()
    with serving(session) as (hub, server):
        page = phone_page_in(browser)
        page.goto(server.url)
        record_messages(page)
        assert page.evaluate("document.documentElement.lang") == "en"
        assert page.inner_text("#join-title") == "Join in" and page.inner_text("#join-button") == "Join"
        no_dutch(everything_shown(page))

        page.fill("#code", wrong_code(hub))
        page.fill("#name", "Ann")
        page.click("#join-button")
        wait_for_message(page, "This code is not right. Take another look at the screen.")
        no_dutch(everything_shown(page))

        page.fill("#code", hub.room.code)
        page.click("#join-button")
        page.wait_for_selector("#step-title:has-text('Pick a card')")
        assert page.inner_text("#who") == "You have joined as Ann"
        wait_for_message(page, "You have joined.")
        assert page.inner_text("#where") == "Trial run · step 1 of 3"
        page.click("li[data-card='hope'] button[aria-label='Vote for hope']")
        page.wait_for_selector("#budget:has-text('You have 1 of 2 votes left.')")
        page.click("li[data-card='hope'] button[aria-label='Vote for hope']")
        page.wait_for_selector("#budget:has-text('You have 0 of 2 votes left.')")
        page.click("li[data-card='doubt'] button[aria-label='Choose doubt']")
        page.wait_for_selector("li[data-card='doubt'] button[aria-label='Remove choice: doubt']")
        assert page.inner_text("li[data-card='doubt'] button[aria-label='Remove choice: doubt']") == "Chosen ✓"
        no_dutch(everything_shown(page))
        # a refusal from the server, asked from the page with its own token: a third vote when two are allowed
        refusal = page.evaluate("""() => fetch('/api/vote', {method: 'POST', headers: {'Content-Type': 'application/json',
            'Authorization': 'Bearer ' + localStorage.getItem('reflectiespel-token')},
            body: JSON.stringify({step_id: 's-cards', target: 'trust'})}).then(r => r.json()).then(d => d.error)""")
        assert refusal == "You have already used 2 of your 2 votes in this step."

        on_owner(hub, lambda: (session.go_to(1), hub.publish()))  # the board
        page.wait_for_selector("#board", state="visible")
        page.click("button[aria-label='To the left']")
        wait_for_message(page, "Your dot is on the board: 45 of 100 to the right, 50 of 100 up.")  # where, in words
        tokens = on_owner(hub, lambda: [t.name for t in session.step("s-board").board.tokens])
        assert tokens == ["Our practice"]  # added in the session's language, not the window's
        no_dutch(everything_shown(page))

        on_owner(hub, lambda: (session.go_to(2), hub.start_silent()))
        page.wait_for_selector("#write-label:has-text('Silent round: write for yourself.')")
        page.fill("#text", "Hope carries us")
        page.click("#send")
        page.wait_for_selector("#written:has-text('You have written 1 note.')")
        wait_for_message(page, "Kept until the facilitator shows everything.")
        no_dutch(everything_shown(page))
        page.screenshot(path=str(tmp_path / "phone-en.png"), full_page=True)

        # the facilitator's undo texts stay in the window's language (Dutch)
        texts = on_owner(hub, lambda: [edit.text for edit in hub.edits])
        assert "Telefoon meldt zich aan" in texts and "Praktijk plaatsen (telefoon)" in texts

        # the facilitator sends the phone away: said in English too
        on_owner(hub, lambda: hub.remove_phone(hub.room.phones()[0].id))
        wait_for_message(page, "The facilitator has removed this phone from the session.")
        no_dutch(everything_shown(page))


def test_a_dutch_room_stays_dutch_on_the_phone_while_the_window_speaks_english(browser):
    i18n.set_language("en")  # the window in English; the session was made in Dutch
    session = make_session()
    assert session.language == "nl"
    with serving(session) as (hub, server):
        page = phone_page_in(browser)
        page.goto(server.url)
        assert page.evaluate("document.documentElement.lang") == "nl"
        assert page.inner_text("#join-title") == "Doe mee" and page.inner_text("#join-button") == "Meedoen"
        assert page.get_attribute("button[data-dx='-1']", "aria-label") == "Naar links"
        page.fill("#code", wrong_code(hub))
        page.fill("#name", "Ann")
        page.click("#join-button")
        page.wait_for_selector("#message:has-text('Deze code klopt niet. Kijk nog eens op het scherm.')")
        page.fill("#code", hub.room.code)
        page.click("#join-button")
        page.wait_for_selector("#step-title:has-text('Kies een kaart')")
        assert page.inner_text("#who") == "Je doet mee als Ann"
        page.click("li[data-card='een'] button[aria-label='Stem op een']")
        page.wait_for_selector("#budget:has-text('Je hebt nog 2 van de 3 stemmen.')")
        text = everything_shown(page)
        found = sorted({m.group(0) for m in ENGLISH.finditer(text)})
        assert not found, f"English on a Dutch phone: {found}\n{text}"
        # and the undo text on the English window is English
        texts = on_owner(hub, lambda: [edit.text for edit in hub.edits])
        assert "Phone joins" in texts and "Telefoon meldt zich aan" not in texts


def auth(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_every_refusal_a_phone_can_get_is_in_the_rooms_language_whatever_the_window_speaks():
    i18n.set_language("nl")
    with serving(english_session()) as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        def error(response, status):
            assert response.status_code == status, response.text
            message = response.json()["error"]
            no_dutch(message)
            return message

        assert "code is not right" in error(client.post("/api/join", json={"code": wrong_code(hub)}), 403)
        assert "not (or no longer) signed in" in error(
            client.post("/api/vote", json={"step_id": "s-cards"}, headers=auth("made-up")), 401)
        token = client.post("/api/join", json={"code": hub.room.code, "name": "Bo"}).json()["token"]
        assert error(client.post("/api/vote", content=b"{", headers=auth(token)), 400) == "This message cannot be read."
        assert error(client.post("/api/vote", content=b"x" * 20_000, headers=auth(token)), 413) == \
            "This message is too large."
        assert "moved on to another step" in error(
            client.post("/api/vote", json={"step_id": "s-board", "target": "hope"}, headers=auth(token)), 409)
        assert error(client.post("/api/vote", json={"step_id": "s-cards", "target": "nope"}, headers=auth(token)),
                     404) == "This card is not part of this step."
        assert error(client.post("/api/vote", json={"step_id": "s-cards", "target": "hope", "delta": -1},
                                 headers=auth(token)), 409) == "You have no vote here."
        assert error(client.post("/api/choose", json={"step_id": "s-cards", "card_id": "hope", "chosen": False},
                                 headers=auth(token)), 409) == "You had not chosen this card."
        client.post("/api/choose", json={"step_id": "s-cards", "card_id": "hope", "chosen": True}, headers=auth(token))
        assert error(client.post("/api/choose", json={"step_id": "s-cards", "card_id": "trust", "chosen": True},
                                 headers=auth(token)), 409) == \
            "You have already chosen as many cards as allowed (1); remove a choice first."
        assert error(client.post("/api/note", json={"step_id": "s-cards", "text": "  "}, headers=auth(token)),
                     422) == "An empty note is not kept."
        assert error(client.post("/api/note", json={"step_id": "s-cards", "text": "x" * 2001}, headers=auth(token)),
                     413) == "This is too long; keep it to a few sentences."
        assert error(client.post("/api/place", json={"step_id": "s-cards", "x": 0.5, "y": 0.5}, headers=auth(token)),
                     409) == "There is no board in this step."
        assert error(client.post("/api/turn", json={"step_id": "s-cards"}, headers=auth(token)), 409) == \
            "There are no turns in this step."
        assert error(client.post("/api/vote", json={"step_id": "s-cards", "target": "hope", "delta": "many"},
                                 headers=auth(token)), 422) == "This number is not valid."
        hub.set_locked("s-cards", True)
        assert error(client.post("/api/vote", json={"step_id": "s-cards", "target": "hope"}, headers=auth(token)),
                     423) == "The facilitator has locked this step."
        assert error(client.get("/api/admin/phones"), 403) == "Only for the facilitator, on the laptop itself."
        assert client.get("/api/state", headers=auth(token)).json()["language"] == "en"
        assert i18n.language() == "nl"  # the window's language was never touched


def test_a_dutch_room_refuses_in_dutch_while_the_window_speaks_english():
    i18n.set_language("en")
    with serving() as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        r = client.post("/api/join", json={"code": wrong_code(hub)})
        assert r.json()["error"] == "Deze code klopt niet. Kijk nog eens op het scherm."
        token = client.post("/api/join", json={"code": hub.room.code, "name": "Ann"}).json()["token"]
        for _ in range(3):
            client.post("/api/vote", json={"step_id": "s-kaarten", "target": "een"}, headers=auth(token))
        r = client.post("/api/vote", json={"step_id": "s-kaarten", "target": "een"}, headers=auth(token))
        assert r.json()["error"] == "Je hebt al 3 van de 3 stemmen gebruikt in deze stap."
        assert client.get("/api/state", headers=auth(token)).json()["language"] == "nl"


def test_a_team_name_refusal_lists_the_names_in_english():
    session = english_session()  # Samen reflecteren: only the team's names can join
    session.add_participant("Anna")
    session.add_participant("Bram")
    session.together = TogetherRun(route_id="r")
    with serving(session) as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        r = client.post("/api/join", json={"code": hub.room.code, "name": "Stranger"})
        assert r.status_code == 403
        assert r.json()["error"] == "This name is not on your team. Choose your name as it appears on the laptop: " \
                                    "Anna, Bram."


def test_the_server_start_up_errors_follow_the_window_language():
    i18n.set_language("en")
    for host, expected in (("laptop", "is not an IP address"), ("0.0.0.0", "would listen on all networks"),
                           ("8.8.8.8", "is not a local network address")):
        with pytest.raises(LiveServerError) as caught:
            check_host(host)
        assert expected in str(caught.value)
        no_dutch(str(caught.value).replace("reflectiespel", ""))
    i18n.set_language("nl")
    with pytest.raises(LiveServerError, match="is geen IP-adres"):
        check_host("laptop")


def test_the_page_template_has_a_text_for_every_key_in_both_languages():
    script = (PAGE_DIR / "app.js").read_text(encoding="utf-8")
    template = (PAGE_DIR / "index.html").read_text(encoding="utf-8")
    used = set(re.findall(r'\bt\("(\w+)"', script)) | set(re.findall(r"\{\{(\w+)\}\}", template)) - {"lang", "texts"}
    assert used <= set(PHONE_TEXTS), used - set(PHONE_TEXTS)
    for language in ("nl", "en"):
        page = phone_page(language).decode("utf-8")
        assert "{{" not in page and f'<html lang="{language}">' in page
        texts = json.loads(re.search(r'<script id="texts" type="application/json">(.*?)</script>', page).group(1))
        assert set(texts) == set(PHONE_TEXTS) and all(texts.values())
        if language == "en":
            no_dutch("\n".join(texts.values()))
    assert i18n.language() == "nl"


def test_speaking_a_language_on_one_thread_leaves_the_others_alone():
    i18n.set_language("nl")
    inside, other = threading.Event(), []
    release = threading.Event()

    def room():
        with i18n.speaking("en"):
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=room)
    thread.start()
    assert inside.wait(5)
    other.append(i18n.language())
    release.set()
    thread.join(5)
    assert other == ["nl"] and i18n.language() == "nl"


def test_the_phones_board_has_the_words_of_the_sessions_language_while_the_window_shows_its_own():
    from reflectiespel.core.board.boarddef import load_default_board
    from reflectiespel.live.hub import LiveHub, QueueOwner
    from reflectiespel.live.rooms import Room

    window_board = load_default_board("nl")  # what the Dutch window loaded for its own board
    english = LiveHub(english_session(), Room(), QueueOwner(), lambda edit: None, board=window_board)
    words = [english.axes[end] for end in ("left", "right", "bottom", "top")] + \
        [zone["label"] for zone in english.axes["zones"]]
    assert english.axes["left"] == load_default_board("en").horizontal.stops[0].words
    no_dutch("\n".join(words))
    dutch = LiveHub(make_session(), Room(), QueueOwner(), lambda edit: None, board=window_board)
    assert dutch.axes["left"] == window_board.horizontal.stops[0].words == "kunst als middel"


def test_an_english_rooms_cards_come_from_the_english_deck_while_the_window_shows_the_dutch_one():
    from reflectiespel.core.decks.library import Library
    from reflectiespel.live.hub import card_info_from
    from reflectiespel.resources import builtin_decks_dir

    library = Library(builtin_decks_dir()).load()  # the window's library: Dutch
    dutch_deck, english_deck = library.get("grensobjecten", "nl"), library.get("grensobjecten", "en")
    assert dutch_deck.language == "nl" and english_deck.language == "en"
    card_id = english_deck.cards[0].id
    session = english_session()
    step = Step(id="s-deck", kind="cards", title="Cards", deck_id="grensobjecten", card_ids=[card_id])
    session.steps.append(step)
    title, text = card_info_from(library, session)(step, card_id)
    assert (title, text) == (english_deck.card(card_id).title, english_deck.card(card_id).text)
    assert title != dutch_deck.card(card_id).title
    session.language = "nl"
    assert card_info_from(library, session)(step, card_id)[0] == dutch_deck.card(card_id).title


def test_the_undo_list_names_a_phones_edit_in_the_windows_language_whatever_the_session_speaks():
    i18n.set_language("nl")  # a Dutch window, an English session
    with serving(english_session()) as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        token = client.post("/api/join", json={"code": hub.room.code, "name": "Bo"}).json()["token"]
        client.post("/api/vote", json={"step_id": "s-cards", "target": "hope"}, headers=auth(token))
        client.post("/api/choose", json={"step_id": "s-cards", "card_id": "hope", "chosen": True}, headers=auth(token))
        client.post("/api/note", json={"step_id": "s-cards", "text": "Hope"}, headers=auth(token))
        texts = on_owner(hub, lambda: [edit.text for edit in hub.edits])
    with i18n.speaking("nl"):
        from reflectiespel.core.base.i18n import translate
        expected = ["Telefoon meldt zich aan", translate("SessionOps", "Stem geven"),
                    translate("SessionOps", "Kaart kiezen"), "Antwoord van een telefoon"]
    assert texts == expected
    assert "Give vote" not in texts and not any(ENGLISH.search(t) for t in texts), texts

    i18n.set_language("en")  # an English window, a Dutch session
    with serving() as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        token = client.post("/api/join", json={"code": hub.room.code, "name": "Ann"}).json()["token"]
        r = client.post("/api/vote", json={"step_id": "s-kaarten", "target": "een"}, headers=auth(token))
        assert r.status_code == 200, r.text
        texts = on_owner(hub, lambda: [edit.text for edit in hub.edits])
    assert texts == ["Phone joins", i18n.translate("SessionOps", "Stem geven")] and texts[1] != "Stem geven"


def test_the_phones_board_names_both_ends_of_the_vertical_axis_too():
    from reflectiespel.core.board.boarddef import load_default_board
    from reflectiespel.live.hub import LiveHub, QueueOwner
    from reflectiespel.live.rooms import Room

    board = load_default_board("nl")
    hub = LiveHub(make_session(), Room(), QueueOwner(), lambda edit: None, board=board)
    assert board.vertical.bands and not board.vertical.low  # an axis of kinds: no low/high words of its own
    assert hub.axes["bottom"] == board.vertical.stops[0].words and hub.axes["top"] == board.vertical.stops[-1].words
    assert hub.axes["top"] and hub.axes["bottom"]
