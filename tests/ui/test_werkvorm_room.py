"""Every built-in werkvorm with a room: a 1024×768 console, eight participants on their phones (127.0.0.1),
a phone that leaves and comes back under its own name, one step jumped over, and the report read back.

The facilitator works with the mouse only (Volgende, the agenda, the Telefoons tab); the phones vote in a
vote step, choose in a choice step and write a note elsewhere. At the end the Markdown export and the text
of the PDF report must list exactly the steps that ran, and who chose and who voted what, as done here.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QMessageBox, QPushButton

from reflectiespel.core.reports.export import md, md_cell
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.tally import vote_fed_by, votes_on_earlier_choices
from reflectiespel.core.sessions.templates import default_templates, new_session_from_template
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.launcher import open_console

from fitcheck import outside

WERKVORMEN = sorted(t.id for t in default_templates().templates)
NAMES = ["Anna", "Bram", "Chris", "Dewi", "Esmeralda", "Femke", "Gert", "Hanna"]
LEFT = Qt.MouseButton.LeftButton


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


def console_with_phones(qtbot, pool, library, data_dir, template_id):
    session = new_session_from_template(default_templates(data_dir).get(template_id), library)
    window = open_console(session, library, data_dir)
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    window.open_files = False
    window.live.addresses = lambda: ["127.0.0.1"]  # tests serve on loopback only
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
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


def leave_and_come_back(qtbot, window, phones, name: str) -> None:
    """The facilitator removes the phone in the Telefoons tab; the device joins again under the same name
    and waits for the facilitator's yes, given with 'Toelaten'."""
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


def phones_work(window, phones, done: dict) -> None:
    """Every phone does what the step asks; ``done`` records it: (step number, name) -> what."""
    session, step = window.controller.session, window.controller.step
    number = session.steps.index(step) + 1
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


def facilitator_works(qtbot, window, step) -> None:
    """On a board step the facilitator adds and places the group's practice; where the group makes its own
    cards (a later vote is about them), the facilitator types two in 'Eigen kaarten' (by mouse)."""
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
    for number, _step in enumerate(session.steps, 1):
        assert (f"Stap {number}:" in words) == (number in ran), f"step {number} in the PDF: {number in ran}"
    for name in NAMES:
        assert name in words


@pytest.mark.parametrize("template_id", WERKVORMEN)
def test_a_werkvorm_with_eight_phones_at_1024_and_the_report_says_what_happened(qtbot, pool, library, data_dir,
                                                                                tmp_path, template_id):
    window, phones = console_with_phones(qtbot, pool, library, data_dir, template_id)
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
            facilitator_works(qtbot, window, step)
            phones_work(window, phones, done)
            if number == 2:
                lose_the_page_and_come_back(window, phones, "Dewi")
                leave_and_come_back(qtbot, window, phones, "Chris")
                text = "Chris is er weer"
                assert phones.act("Chris", "note", step_id=step.id, text=text).status_code == 200
                done[(number, "Chris", "terug")] = ("notitie", text)
        if skip is not None and number == skip - 1 and session.current_card + 1 >= max(1, len(step.card_ids)):
            agenda = window.agenda.list
            if not agenda.isVisible():
                qtbot.mouseClick(window.agenda_toggle, LEFT)
            target = agenda.visualItemRect(agenda.item(skip))  # the step after the skipped one
            qtbot.mouseDClick(agenda.viewport(), LEFT, pos=target.center())
            continue
        if not window.next_button.isEnabled():
            break
        qtbot.mouseClick(window.next_button, LEFT)
    assert session.current_step == len(session.steps) - 1
    assert ran == [n for n in range(1, len(session.steps) + 1) if n != skip]
    assert len(session.participants) == 8
    voted = {key[0] for key, (kind, _) in done.items() if kind == "stem"}
    assert voted == {n for n in ran if votes_on_earlier_choices(session.steps[n - 1])}, "every vote step got votes"
    read_back(qtbot, window, library, tmp_path, done, ran)
    phones.close()
    window.live.stop()
    controller.close_cleanly()
