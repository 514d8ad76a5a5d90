"""Every built-in werkvorm with a room: a 1024×768 console, eight participants on their phones (127.0.0.1),
a phone that leaves and comes back under its own name, one step jumped over, and the report read back.

The facilitator works with the mouse only (Volgende, the agenda, the Telefoons tab), or with the keyboard
only: the console's documented keys (→, PgDn and space for the next step or card, Tab to a control and space
to press it, the agenda's Enter, Esc out of a text field, Ctrl+Z), always pressed on the widget that has the
focus, which must be in the console. The phones vote in a vote step, choose in a choice step, post and
upvote an idea on an idea wall, and write a note elsewhere.

tests/ui/test_werkvorm_room_wm.py runs this file again under Xvfb with a window manager (openbox). At the end the Markdown export and the text
of the PDF report must list exactly the steps that ran, and who chose and who voted what, as done here.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QMessageBox, QPushButton, QWidget

from reflectiespel.core.export import md, md_cell
from reflectiespel.core.library import Library
from reflectiespel.core.tally import vote_fed_by, votes_on_earlier_choices
from reflectiespel.core.templates import default_templates, new_session_from_template
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.launcher import open_console

from fitcheck import outside

WERKVORMEN = sorted(t.id for t in default_templates().templates)
NAMES = ["Anna", "Bram", "Chris", "Dewi", "Esmeralda", "Femke", "Gert", "Hanna"]
LEFT = Qt.MouseButton.LeftButton
HANDS = ["muis", "toetsen"]
NEXT_KEYS = [Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space]  # the console's 'next' keys, in turn
CTRL = Qt.KeyboardModifier.ControlModifier


def focused(window) -> QWidget:
    """The widget that has the keyboard focus: it must be in the console (not the projection, not nowhere)."""
    widget = QApplication.focusWidget()
    assert widget is not None and widget.window() is window, f"the focus is on {widget!r}, not in the console"
    return widget


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(window), key, modifier)


def tab_to(qtbot, window, widget, limit: int = 80) -> None:
    """Tab until ``widget`` has the focus, as a facilitator does."""
    for _ in range(limit):
        if widget.hasFocus():
            return
        press(qtbot, window, Qt.Key.Key_Tab)
    seen = []
    for _ in range(limit):
        press(qtbot, window, Qt.Key.Key_Tab)
        seen.append(focused(window).objectName() or type(focused(window)).__name__)
    raise AssertionError(f"{widget.objectName() or widget!r} is not reached with Tab: {seen}")


def open_tab_by_keys(qtbot, window, page) -> None:
    """The capture side's tab, by keyboard: Tab to the tab bar, then the arrows."""
    if not window.tabs.isVisible():  # folded for the board at 1024 px: Tab to 'Vastleggen' and space
        tab_to(qtbot, window, window.capture_toggle)
        press(qtbot, window, Qt.Key.Key_Space)
        assert window.tabs.isVisible()
    bar = window.tabs.tabBar()
    tab_to(qtbot, window, bar)
    target = window.tabs.indexOf(page)
    for _ in range(window.tabs.count()):
        if bar.currentIndex() == target:
            break
        press(qtbot, window, Qt.Key.Key_Right if bar.currentIndex() < target else Qt.Key.Key_Left)
    assert window.tabs.currentWidget() is page


def row_by_keys(qtbot, window, listing: QListWidget, row: int) -> None:
    """Tab to a list, then Home and ↓ to its ``row``."""
    tab_to(qtbot, window, listing)
    press(qtbot, window, Qt.Key.Key_Home)
    for _ in range(listing.count()):
        if listing.currentRow() == row:
            break
        press(qtbot, window, Qt.Key.Key_Down)
    assert listing.currentRow() == row


def back_to_presenting(qtbot, window) -> None:
    """Esc out of a text field: the presenting keys act again."""
    from reflectiespel.ui.session.keys import is_text_field

    if is_text_field(focused(window)):
        press(qtbot, window, Qt.Key.Key_Escape)
    assert not is_text_field(focused(window))


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


@pytest.fixture
def pool():
    with ThreadPoolExecutor(8) as executor:
        yield executor


class RoomClock:
    """The room's clock: each step of a werkvorm takes minutes in a real room, here a call to ``step()``
    (so a phone's notes keep within the room's pace of one every few seconds)."""

    def __init__(self):
        self.now = time.monotonic()

    def __call__(self) -> float:
        return self.now

    def step(self) -> None:
        self.now += 120.0


class Phones:
    """Eight phones, each with its own loopback address (127.0.0.11 …) and its token; requests go from
    worker threads while the UI thread keeps running."""

    def __init__(self, qtbot, pool, url: str, code: str):
        self.qtbot, self.pool, self.url, self.code = qtbot, pool, url, code
        self.tokens: dict[str, str] = {}
        self.clients = {name: httpx.Client(transport=httpx.HTTPTransport(local_address=f"127.0.0.{11 + i}"),
                                           timeout=10) for i, name in enumerate(NAMES)}

    def close(self) -> None:
        for client in self.clients.values():
            client.close()

    def request(self, method: str, path: str, name: str, auth: bool = True, **kwargs) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.tokens[name]}"} if auth and name in self.tokens else {}
        future = self.pool.submit(self.clients[name].request, method, self.url + path, headers=headers, **kwargs)
        self.qtbot.waitUntil(future.done, timeout=15000)
        return future.result()

    def join(self, name: str) -> httpx.Response:
        r = self.request("POST", "api/join", name, auth=False, json={"code": self.code, "name": name})
        if r.status_code == 200:
            self.tokens[name] = r.json()["token"]
        return r

    def state(self, name: str) -> dict:
        r = self.request("GET", "api/state", name)
        assert r.status_code == 200, r.text
        return r.json()

    def act(self, name: str, what: str, **payload) -> httpx.Response:
        return self.request("POST", f"api/{what}", name, json=payload)


def console_with_phones(qtbot, pool, library, data_dir, template_id, hand="muis"):
    session = new_session_from_template(default_templates(data_dir).get(template_id), library)
    window = open_console(session, library, data_dir)
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    window.open_files = False
    window.live.addresses = lambda: ["127.0.0.1"]  # tests serve on loopback only
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    if hand == "toetsen":
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        open_tab_by_keys(qtbot, window, window.live)
        tab_to(qtbot, window, window.live.switch)
        press(qtbot, window, Qt.Key.Key_Space)
    else:
        tabs = window.tabs.tabBar()
        qtbot.mouseClick(tabs, LEFT, pos=tabs.tabRect(window.tabs.indexOf(window.live)).center())
        switch = window.live.switch
        qtbot.mouseClick(switch, LEFT, pos=QPoint(8, switch.height() // 2))
    assert window.live.running, window.live.status.text()
    window.live.hub.room.clock = window.room_clock = RoomClock()
    phones = Phones(qtbot, pool, window.live.server.url, window.live.hub.room.code)
    for name in NAMES:
        assert phones.join(name).status_code == 200
    qtbot.waitUntil(lambda: len(session.participants) == 8)
    return window, phones


def lose_the_page_and_come_back(window, phones, name: str) -> None:
    """A phone whose page was closed comes back with the token kept on the device: its own place."""
    state = phones.state(name)
    assert state["step"]["id"] == window.controller.step.id and phones.tokens[name]
    assert [p.name for p in window.controller.session.participants] == NAMES, "no 'Dewi 2'"


def leave_and_come_back(qtbot, window, phones, name: str, hand: str = "muis") -> None:
    """The facilitator removes the phone in the Telefoons tab; the device joins again under the same name
    and waits for the facilitator's yes, given with 'Toelaten'."""
    if hand == "toetsen":
        leave_and_come_back_by_keys(qtbot, window, phones, name)
        return
    if not window.tabs.isVisible():  # folded for the board at 1024 px: the facilitator opens it
        qtbot.mouseClick(window.capture_toggle, LEFT)
        assert window.tabs.isVisible()
    tabs = window.tabs.tabBar()
    qtbot.mouseClick(tabs, LEFT, pos=tabs.tabRect(window.tabs.indexOf(window.live)).center())
    listing = window.live.phones
    qtbot.waitUntil(lambda: any(listing.item(i).text() == name for i in range(listing.count())))
    row = next(i for i in range(listing.count()) if listing.item(i).text() == name)
    qtbot.mouseClick(listing.viewport(), LEFT, pos=listing.visualItemRect(listing.item(row)).center())
    qtbot.mouseClick(window.live.remove_button, LEFT)
    qtbot.waitUntil(lambda: all(listing.item(i).text() != name for i in range(listing.count())))
    assert phones.act(name, "note", step_id=window.controller.step.id, text="x").status_code == 401
    asked = phones.join(name)  # the same name again, from the same device: the facilitator decides
    assert asked.status_code == 202, asked.text
    live = window.live
    qtbot.waitUntil(lambda: live.waiting.count() == 1 and live.admit_button.isVisible())
    qtbot.mouseClick(live.waiting.viewport(), LEFT, pos=live.waiting.visualItemRect(live.waiting.item(0)).center())
    qtbot.mouseClick(live.admit_button, LEFT)
    ticket = asked.json()["ticket"]
    answer = phones.request("POST", "api/join/wait", name, auth=False, json={"ticket": ticket})
    assert answer.status_code == 200, answer.text
    phones.tokens[name] = answer.json()["token"]
    session = window.controller.session
    assert [p.name for p in session.participants] == NAMES, "the same person again, not 'Chris 2'"


def leave_and_come_back_by_keys(qtbot, window, phones, name: str) -> None:
    """As above, by keyboard: Tab to the phones, ↓ to the name, Tab to 'Telefoon verwijderen' and space;
    then Tab to the waiting list, ↓ and 'Toelaten'."""
    live = window.live
    open_tab_by_keys(qtbot, window, live)
    listing = live.phones
    qtbot.waitUntil(lambda: any(listing.item(i).text() == name for i in range(listing.count())))
    row_by_keys(qtbot, window, listing, next(i for i in range(listing.count()) if listing.item(i).text() == name))
    tab_to(qtbot, window, live.remove_button)
    press(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: all(listing.item(i).text() != name for i in range(listing.count())))
    assert phones.act(name, "note", step_id=window.controller.step.id, text="x").status_code == 401
    asked = phones.join(name)
    assert asked.status_code == 202, asked.text
    qtbot.waitUntil(lambda: live.waiting.count() == 1 and live.admit_button.isVisible())
    row_by_keys(qtbot, window, live.waiting, 0)
    tab_to(qtbot, window, live.admit_button)
    press(qtbot, window, Qt.Key.Key_Space)
    answer = phones.request("POST", "api/join/wait", name, auth=False, json={"ticket": asked.json()["ticket"]})
    assert answer.status_code == 200, answer.text
    phones.tokens[name] = answer.json()["token"]
    assert [p.name for p in window.controller.session.participants] == NAMES, "the same person again"
    back_to_presenting(qtbot, window)


def phones_work(window, phones, done: dict) -> None:
    """Every phone does what the step asks; ``done`` records it: (step number, name) -> what."""
    session, step = window.controller.session, window.controller.step
    number = session.steps.index(step) + 1
    if step.kind == "ideas":  # an idea wall: every phone posts an idea, then gives it one of its votes
        for name in NAMES:
            text = f"Idee van {name}"
            r = phones.act(name, "idea", step_id=step.id, text=text)
            assert r.status_code == 200, r.text
            shown: list = []

            def on_the_wall(name=name, text=text) -> bool:  # the idea is on the wall once the console has it
                own = phones.state(name)
                shown[:] = [item["id"] for item in own["step"]["ideas"] + own["me"].get("my_shown", [])
                            if item["text"] == text]
                return bool(shown)
            phones.qtbot.waitUntil(on_the_wall, timeout=5000)
            wall_id = shown[0]
            r = phones.act(name, "upvote", step_id=step.id, idea_id=wall_id, delta=1)
            assert r.status_code == 200, r.text
            done[(number, name)] = ("idee", text)
        return
    for i, name in enumerate(NAMES):
        cards = [c["id"] for c in phones.state(name)["step"]["cards"]]
        if votes_on_earlier_choices(step) and cards:
            target = cards[i % len(cards)]
            r = phones.act(name, "vote", step_id=step.id, target=target)
            assert r.status_code == 200, r.text
            done[(number, name)] = ("stem", target)
        elif step.card_ids and (step.max_choices or (vote_fed_by(session, step) and i < 2 and number % 2)):
            card = step.card_ids[i % len(step.card_ids)]
            r = phones.act(name, "choose", step_id=step.id, card_id=card, chosen=True)
            assert r.status_code == 200, r.text
            done[(number, name)] = ("keuze", card)
        elif step.kind != "board":
            r = phones.act(name, "note", step_id=step.id, text=f"{name} bij stap {number}")
            assert r.status_code == 200, r.text
            done[(number, name)] = ("notitie", f"{name} bij stap {number}")


def facilitator_works(qtbot, window, step, hand: str = "muis") -> None:
    """On a board step the facilitator adds and places the group's practice; where the group makes its own
    cards (a later vote is about them), the facilitator types two in 'Eigen kaarten' (by mouse)."""
    if hand == "toetsen":
        facilitator_works_by_keys(qtbot, window, step)
        return
    session = window.controller.session
    if step.kind == "boundary-objects" and step.card_ids and any(
            votes_on_earlier_choices(later) and not later.deck_id for later in session.steps):
        tabs = window.tabs.tabBar()
        qtbot.mouseClick(tabs, LEFT, pos=tabs.tabRect(window.tabs.indexOf(window.group_cards)).center())
        for title in ("Wijkkaart", "Buurtkrant"):
            qtbot.mouseClick(window.group_cards.title, LEFT)
            qtbot.keyClicks(window.group_cards.title, title)
            qtbot.mouseClick(window.group_cards.add_button, LEFT)
        assert [card.title for card in step.group_cards][-2:] == ["Wijkkaart", "Buurtkrant"]
        return
    if step.kind != "board" or window.board is None:
        return
    tray = window.board.tray
    name = tray.findChild(QLineEdit, "boardNewName")
    qtbot.mouseClick(name, LEFT)
    qtbot.keyClicks(name, "Buurtkoor")
    qtbot.mouseClick(tray.findChild(QPushButton, "boardAdd"), LEFT)
    tokens = tray.findChild(QListWidget, "boardTokens")
    qtbot.mouseClick(tokens.viewport(), LEFT, pos=tokens.visualItemRect(tokens.item(tokens.count() - 1)).center())
    qtbot.mouseClick(tray.findChild(QPushButton, "boardPlace"), LEFT)


def facilitator_works_by_keys(qtbot, window, step) -> None:
    """As above, by keyboard. On the board a practice typed wrongly ('Typfout', Enter) is taken back with
    Esc and Ctrl+Z; the right one is added with Enter, chosen with End in the list and placed with
    'Op het bord' (Tab, space)."""
    session = window.controller.session
    if step.kind == "boundary-objects" and step.card_ids and any(
            votes_on_earlier_choices(later) and not later.deck_id for later in session.steps):
        open_tab_by_keys(qtbot, window, window.group_cards)
        for title in ("Wijkkaart", "Buurtkrant"):
            tab_to(qtbot, window, window.group_cards.title)
            qtbot.keyClicks(focused(window), title)
            tab_to(qtbot, window, window.group_cards.add_button)
            press(qtbot, window, Qt.Key.Key_Space)
        assert [card.title for card in step.group_cards][-2:] == ["Wijkkaart", "Buurtkrant"]
        back_to_presenting(qtbot, window)
        return
    if step.kind != "board" or window.board is None:
        return
    tray = window.board.tray
    name, tokens = tray.findChild(QLineEdit, "boardNewName"), tray.findChild(QListWidget, "boardTokens")
    before = tokens.count()
    tab_to(qtbot, window, name)
    qtbot.keyClicks(focused(window), "Typfout")
    press(qtbot, window, Qt.Key.Key_Return)
    assert tokens.count() == before + 1 and tokens.item(before).text().startswith("Typfout")
    back_to_presenting(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # nothing typed: the session's last action is undone
    assert tokens.count() == before, "Ctrl+Z took the wrong practice off again"
    tab_to(qtbot, window, name)
    qtbot.keyClicks(focused(window), "Buurtkoor")
    press(qtbot, window, Qt.Key.Key_Return)
    assert tokens.count() == before + 1
    row_by_keys(qtbot, window, tokens, tokens.count() - 1)
    tab_to(qtbot, window, tray.findChild(QPushButton, "boardPlace"))
    press(qtbot, window, Qt.Key.Key_Space)
    back_to_presenting(qtbot, window)


def read_back(qtbot, window, library, tmp_path, done: dict, ran: list[int]) -> None:
    from pypdf import PdfReader

    session = window.controller.session
    path = window.export(tmp_path / "verslag.md")
    markdown = path.read_text(encoding="utf-8")
    headed = [int(line.split()[2].rstrip(":")) for line in markdown.splitlines() if line.startswith("## Stap ")]
    assert headed == ran, "the export lists exactly the steps that ran"
    sections = {n: part for n, part in zip(headed, markdown.split("\n## Stap ")[1:])}
    for (number, name, *_again), (kind, what) in done.items():
        part = sections[number]
        step = session.steps[number - 1]
        title = session.card_title(step, what, library) if kind != "notitie" else what
        if kind == "keuze":
            assert f"- {name} koos: {md(title)}" in part, (number, name)
        elif kind == "notitie":
            assert f"- {what} ({name}" in part, (number, name)
        elif kind == "idee":
            assert f"| {md_cell(what)} | 1 |" in part, (number, name)
    for number in {key[0] for key, (kind, _) in done.items() if kind == "stem"}:
        step = session.steps[number - 1]
        given = {}
        for (n, _name, *_again), (kind, target) in done.items():
            if n == number and kind == "stem":
                given[target] = given.get(target, 0) + 1
        for target, count in given.items():
            title = md_cell(session.card_title(step, target, library))
            assert f"| {title} | {count} |" in sections[number], (number, title, count)
    pdf = tmp_path / "verslag.pdf"
    with_report = []
    window.report_done.connect(lambda: with_report.append(True))
    window.make_report(pdf)
    qtbot.waitUntil(lambda: bool(with_report), timeout=60000)
    words = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    for number, step in enumerate(session.steps, 1):
        assert (f"Stap {number}:" in words) == (number in ran), f"step {number} in the PDF: {number in ran}"
    for name in NAMES:
        assert name in words


@pytest.mark.parametrize("hand", HANDS)
@pytest.mark.parametrize("template_id", WERKVORMEN)
def test_a_werkvorm_with_eight_phones_at_1024_and_the_report_says_what_happened(qtbot, pool, library, data_dir,
                                                                                tmp_path, template_id, hand):
    window, phones = console_with_phones(qtbot, pool, library, data_dir, template_id, hand)
    session, controller = window.controller.session, window.controller
    done: dict = {}
    ran: list[int] = []
    # one step is jumped over: the last one from step 3 on that is not the last step, no vote, and makes
    # nothing a later step builds on (a board, the group's own cards)
    skippable = [n for n in range(3, len(session.steps)) if not votes_on_earlier_choices(session.steps[n - 1])
                 and session.steps[n - 1].kind not in ("board", "boundary-objects")]
    skip = skippable[-1] if skippable else None
    for _ in range(len(session.steps) + 200):
        step = controller.step
        number = session.steps.index(step) + 1
        if number not in ran:
            ran.append(number)
            window.room_clock.step()
            QApplication.processEvents()
            assert (window.width(), window.height()) == (1024, 768) and outside(window) == [], step.title
            facilitator_works(qtbot, window, step, hand)
            phones_work(window, phones, done)
            if number == 2:
                lose_the_page_and_come_back(window, phones, "Dewi")
                leave_and_come_back(qtbot, window, phones, "Chris", hand)
                text = "Chris is er weer"
                assert phones.act("Chris", "note", step_id=step.id, text=text).status_code == 200
                done[(number, "Chris", "terug")] = ("notitie", text)
        if skip is not None and number == skip - 1 and session.current_card + 1 >= max(1, len(step.card_ids)):
            agenda = window.agenda.list
            if hand == "toetsen":  # Tab to the agenda (unfolded with its toggle), ↓ to the step, Enter
                if not agenda.isVisible():
                    tab_to(qtbot, window, window.agenda_toggle)
                    press(qtbot, window, Qt.Key.Key_Space)
                row_by_keys(qtbot, window, agenda, skip)
                press(qtbot, window, Qt.Key.Key_Return)
                assert session.current_step == skip
                continue
            if not agenda.isVisible():
                qtbot.mouseClick(window.agenda_toggle, LEFT)
            target = agenda.visualItemRect(agenda.item(skip))  # the step after the skipped one
            qtbot.mouseDClick(agenda.viewport(), LEFT, pos=target.center())
            continue
        if not window.next_button.isEnabled():
            break
        if hand == "toetsen":
            where = (session.current_step, session.current_card)
            press(qtbot, window, NEXT_KEYS[len(ran) % len(NEXT_KEYS)])
            assert (session.current_step, session.current_card) != where, \
                f"{NEXT_KEYS[len(ran) % len(NEXT_KEYS)]!r} on {focused(window)!r} did nothing on {step.title}"
        else:
            qtbot.mouseClick(window.next_button, LEFT)
    assert session.current_step == len(session.steps) - 1
    assert ran == [n for n in range(1, len(session.steps) + 1) if n != skip]
    assert len(session.participants) == 8
    voted = {key[0] for key, (kind, _) in done.items() if kind in ("stem", "idee")}
    assert voted == {n for n in ran if votes_on_earlier_choices(session.steps[n - 1])}, "every vote step got votes"
    read_back(qtbot, window, library, tmp_path, done, ran)
    phones.close()
    window.live.stop()
    controller.close_cleanly()
