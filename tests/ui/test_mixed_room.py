"""A mixed room (issue #29.6): some people vote and write from their phone, the facilitator clicks and
types for those without one. What the facilitator entered is marked (italics in the grid, words in the
notes); the tallies, the result on the projection and the phones do not care where a vote came from."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from reflectiespel.core.reports.engagement import engagement
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.core.sessions.tally import vote_tally
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.console import ConsoleWindow
from reflectiespel.ui.session.controller import SessionController

from gridclick import click_cell


@pytest.fixture
def console(qtbot, data_dir):
    library = Library(builtin_decks_dir()).load()
    deck = library.get("zeven-verandertips")
    session = Session.empty("Gemengd")
    session.add_participant("Bram")  # no phone
    session.add_step(Step(id="s-tips", kind="tips", title="Stem", deck_id=deck.id,
                          card_ids=[deck.cards[0].id, deck.cards[1].id], vote_budget=3))
    session.go_to(0)
    window = ConsoleWindow(SessionController(session, library, data_dir))
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    window.live.addresses = lambda: ["127.0.0.1"]
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.live.stop()


def call(qtbot, pool, method, url, **kwargs):
    future = pool.submit(httpx.request, method, url, timeout=10, **kwargs)
    qtbot.waitUntil(future.done, timeout=15000)
    return future.result()


def test_phone_votes_and_the_facilitators_clicks_count_the_same_and_the_clicks_are_marked(console, qtbot):
    session = console.controller.session
    step = session.step("s-tips")
    card = step.card_ids[0]
    live = console.live
    console.tabs.setCurrentWidget(live)
    qtbot.mouseClick(live.switch, Qt.MouseButton.LeftButton, pos=QPoint(8, live.switch.height() // 2))
    url = live.server.url
    with ThreadPoolExecutor(2) as pool:
        token = call(qtbot, pool, "POST", url + "api/join", json={"code": live.hub.room.code, "name": "Ann"}).json()["token"]
        auth = {"Authorization": f"Bearer {token}"}
        assert call(qtbot, pool, "POST", url + "api/vote", json={"step_id": "s-tips", "target": card},
                    headers=auth).status_code == 200
        assert call(qtbot, pool, "POST", url + "api/note", json={"step_id": "s-tips", "text": "Mooi"},
                    headers=auth).status_code == 200
        console.tabs.setCurrentWidget(console.choices)
        qtbot.mouseClick(console.choices.vote_button, Qt.MouseButton.LeftButton)
        grid = console.choices.grid
        bram = 1 + [p.name for p in session.participants].index("Bram")
        ann = 1 + [p.name for p in session.participants].index("Ann")
        click_cell(qtbot, grid, 0, bram)  # Bram has no phone: the facilitator clicks his vote in
        click_cell(qtbot, grid, 0, ann)  # and one more for Ann, whose phone gave one already
        assert vote_tally(session, step).rows[0].total == 3
        assert grid.item(0, bram).font().italic() and grid.item(0, bram).toolTip() == "ingevoerd door de begeleider"
        assert "ingevoerd door de begeleider" in grid.item(0, ann).data(Qt.ItemDataRole.AccessibleTextRole)
        assert grid.item(0, len(session.participants) + 1).text() == "3"  # the total column
        def seen_on_ann_phone() -> bool:  # the phone sees both as Ann's, within one publishing beat (#28)
            state = call(qtbot, pool, "GET", url + "api/state", headers=auth).json()
            return state["me"]["votes"][card] == 2 and state["votes_left"] == 1
        qtbot.waitUntil(seen_on_ann_phone, timeout=3000)
        console.tabs.setCurrentWidget(console.notes)
        notes = console.notes
        notes.who.setCurrentIndex(notes.who.findText("Bram"))
        notes.field.setFocus()
        qtbot.keyClicks(notes.field, "Bram zegt: te weinig tijd")
        qtbot.keyClick(notes.field, Qt.Key.Key_Return)
        texts = [notes.list.item(i).text() for i in range(notes.list.count())]
        assert any("Ann (telefoon): Mooi" in t for t in texts) and any(t.endswith("Bram: Bram zegt: te weinig tijd")
                                                                     for t in texts)
        assert [(n.via, session.display_name(n.participant_id)) for n in step.notes] == [("phone", "Ann"),
                                                                                         ("console", "Bram")]
    found = engagement(session)[0]
    assert (found.total, found.phone, found.console) == (2, 1, 2)
