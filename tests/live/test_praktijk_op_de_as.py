"""Done when: a facilitator runs the werkvorm "praktijk-op-de-as" with ten phones that each place the
practice on the axis board from their own perspective, with a reason, and the report shows every
placement. Real console, real server on 127.0.0.1, the phones in a process of their own."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pypdf import PdfReader

from reflectiespel.core.board.boarddef import describe_position, load_default_board
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.templates import default_templates, new_session_from_template
from reflectiespel.pdf.report import write_report
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.console import ConsoleWindow
from reflectiespel.ui.session.controller import SessionController

from crowd import collect, run_in_process

NAMES = ["Anouk", "Bas", "Chayenne", "Dirk", "Esra", "Floor", "Gijs", "Hanna", "Ibrahim", "Jet"]


def spot(i: int) -> tuple[float, float]:
    return round(0.05 + 0.09 * i, 3), round(0.9 - 0.08 * i, 3)


def test_ten_phones_place_their_own_practice_and_the_report_shows_every_placement(qtbot, data_dir, tmp_path):
    library = Library(builtin_decks_dir()).load()
    template = next(t for t in default_templates(data_dir).templates if t.id == "praktijk-op-de-as")
    session = new_session_from_template(template, library, "Waar staat onze praktijk?")
    definition = load_default_board()
    console = ConsoleWindow(SessionController(session, library, data_dir), definition)
    console.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    console.live.addresses = lambda: ["127.0.0.1"]  # loopback only
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    console.controller.go_to(1)
    step = session.active_step
    assert step.kind == "board" and step.title == "Waar staan we nu?"

    console.tabs.setCurrentWidget(console.live)
    switch = console.live.switch
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton, pos=QPoint(8, switch.height() // 2))
    assert console.live.running
    actions = [[("/api/state", None),
                ("/api/place", {"step_id": step.id, "x": spot(i)[0], "y": spot(i)[1],
                                "reason": f"{name}: zo werken wij <samen> & met de wijk"})]
               for i, name in enumerate(NAMES)]
    crowd = run_in_process(console.live.server.url, console.live.hub.room.code, actions, deadline=60, names=NAMES)
    qtbot.waitUntil(lambda: crowd.poll() is not None, timeout=70_000)
    results = collect(crowd)
    assert [r.statuses for r in results] == [[200, 200, 200]] * len(NAMES), [r.error for r in results]
    qtbot.waitUntil(lambda: len(console.live.phones.findItems("", Qt.MatchFlag.MatchContains)) == len(NAMES))

    # every phone's own placement, under that person's name, with its reason; one practice on the board
    assert [t.name for t in step.board.tokens] == ["Onze praktijk"]
    token = step.board.tokens[0].id
    placed = {p.perspective: (p.x, p.y) for p in step.board.placements_of(token)}
    assert placed == {name: spot(i) for i, name in enumerate(NAMES)}
    assert len(step.board.reasons) == len(NAMES)
    # each join and each placement is one undo step
    assert console.controller.undo_stack.count() == 2 * len(NAMES)
    # the console's board shows them (its state is the step's board)
    assert console.board.state() is step.board

    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton, pos=QPoint(8, switch.height() // 2))
    assert console.live.server is None

    report = tmp_path / "verslag.pdf"
    write_report(session, report)
    text = "\n".join(page.extract_text() for page in PdfReader(str(report)).pages)
    flat = " ".join(text.split())
    for i, name in enumerate(NAMES):
        where = describe_position(definition, *spot(i))
        assert f"Onze praktijk ({name}): {where}" in flat, name
        assert f"{name}: zo werken wij <samen> & met de wijk" in flat
