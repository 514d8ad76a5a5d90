"""User text is never rich text: one walk over the widgets of every window, with markup in every field.

A deck, a werkvorm, a route, a session (participants, steps, notes, actions, own cards, board tokens and
reasons), a spreadsheet and a broken file all carry ``HOSTILE`` in every text they have. Every window is
opened on them: the library, the deck viewer, the console, the projection, the board, Samen reflecteren,
the deck editor, the import dialog, the print dialog, the recovery question and the message boxes. The
walk then looks at every QLabel, tooltip, message box, item tooltip and board item: wherever the text
shows, Qt must show it as typed (a label in plain-text mode, or rich text that escapes it). Rendered as
rich text, ``<img src="file:///...">`` would load a local file into the window.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGraphicsView, QLabel, QLineEdit,
                               QMessageBox, QPlainTextEdit, QTabBar, QTextEdit, QWidget)

from reflectiespel.core.board.board import Token
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import ActionItem, GroupCard, Note, Session, Step
from reflectiespel.core.sessions.storage import save_session
from reflectiespel.resources import builtin_decks_dir

HOSTILE = '<img src="file:///etc/passwd"><b>x</b>'
MARK = "etc/passwd"
TEXT_KEYS = {"title", "description", "text", "explanation", "question", "instruction", "name", "assignment",
             "when", "subtitle", "note", "low", "high", "label"}


def _hostile(data, key: str = ""):
    """The same YAML data with HOSTILE in every text field (ids, colours and references stay)."""
    if isinstance(data, dict):
        return {k: _hostile(v, k) for k, v in data.items()}
    if isinstance(data, list):
        return [_hostile(v, key) for v in data]
    if isinstance(data, str) and key in TEXT_KEYS | {"questions", "source"}:
        return HOSTILE + " " + data[:40]
    return data


def _write_hostile(source: Path, target: Path, new_id: str) -> None:
    data = _hostile(yaml.safe_load(source.read_text(encoding="utf-8")))
    data["id"] = new_id
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture
def hostile_data(data_dir):
    builtin = builtin_decks_dir()
    _write_hostile(builtin / "grensobjecten.yaml", data_dir / "decks" / "vijand.yaml", "vijand")
    (data_dir / "decks" / f"{HOSTILE.replace('/', '_')}.yaml").write_text(
        f"format_version: 1\nid: kapot\ntitle: t\n'{HOSTILE}': 1\n", encoding="utf-8")  # broken: its tile tells why
    _write_hostile(builtin / "werkvormen" / "grensobjecten-maken.yaml", data_dir / "decks" / "werkvormen" / "vijand.yaml",
                   "vijand-werkvorm")
    _write_hostile(builtin / "routes" / "beginnen-met-samenwerken.yaml", data_dir / "decks" / "routes" / "vijand.yaml",
                   "vijand-route")
    return data_dir


def _library(data_dir) -> Library:
    return Library(builtin_decks_dir(), data_dir / "decks").load()


def hostile_session(library) -> Session:
    deck = library.get("vijand")
    session = Session.empty(HOSTILE)
    session.place = session.group = session.facilitator = HOSTILE
    session.add_participant(HOSTILE, "cultuur")
    session.add_participant(HOSTILE + " 2", "zorg")
    anna = session.participants[0].id
    cards = [c.id for c in deck.cards[:3]]
    session.add_step(Step(kind="cards", title=HOSTILE, instruction=HOSTILE, deck_id=deck.id, card_ids=cards,
                          minutes=5, notes=[Note(text=HOSTILE, participant_id=anna, card_id=cards[0])],
                          actions=[ActionItem(wat=HOSTILE, wie=HOSTILE, wanneer=HOSTILE)]))
    session.add_step(Step(kind="values", title=HOSTILE + " 2", instruction=HOSTILE, deck_id=deck.id,
                          card_ids=cards, max_choices=2))
    session.steps[1].choices[anna] = [cards[1]]
    session.add_step(Step(kind="boundary-objects", title=HOSTILE + " 3", instruction=HOSTILE,
                          group_cards=[GroupCard(title=HOSTILE, text=HOSTILE, questions=[HOSTILE],
                                                 assignment=HOSTILE)]))
    board = Step(kind="board", title=HOSTILE + " 4", instruction=HOSTILE)
    board.board.tokens.append(Token(id="t1", name=HOSTILE, colour="#1565c0"))
    board.board.place("t1", "", 0.3, 0.6)
    board.board.place("t1", anna, 0.6, 0.3)
    session.add_step(board)
    session.add_step(Step(kind="free", title=HOSTILE + " 5", instruction=HOSTILE))
    session.go_to(0)
    return session


# --- the walk ------------------------------------------------------------------------------------------
def _shows_literally(text: str, rich: bool) -> bool:
    """Would a person see ``text`` as typed? Rich text counts when its markup escapes the user's."""
    if not rich:
        return True
    doc = QTextDocument()
    doc.setHtml(text)
    return HOSTILE in doc.toPlainText()


def _auto(text: str) -> bool:
    """Would Qt read this text as rich text where the format is automatic (tooltips, message boxes)?"""
    from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's part of the Qt namespace

    return GuiQt.mightBeRichText(text)


def _columns(model) -> int:
    try:
        return model.columnCount()
    except TypeError:  # a list model keeps its one column to itself
        return 1


SEEN: set[str] = set()  # kinds of places the hostile text was found in, over all walks


def walk(where: str, roots: list[QWidget] | None = None) -> tuple[list[str], int]:
    """(texts shown as markup, number of places the hostile text was found) over every widget of the
    windows ``roots`` (all windows when None)."""
    QApplication.processEvents()
    bad, seen = [], 0

    def check(text: str, rich: bool, what: str) -> None:
        nonlocal seen
        if MARK not in (text or ""):
            return
        seen += 1
        SEEN.add(what.split(") ", 1)[-1] if what.startswith(("QLabel", "QGraphics")) else what)
        SEEN.add(what)
        if not _shows_literally(text, rich):
            bad.append(f"{where}: {what}: {text[:80]!r}")

    for widget in QApplication.allWidgets():
        if roots is not None and widget.window() not in roots:
            continue
        name = f"{type(widget).__name__}({widget.objectName()})"
        check(widget.toolTip(), _auto(widget.toolTip()), f"{name} tooltip")
        check(widget.whatsThis(), True, f"{name} whatsThis")
        for action in widget.actions():
            check(action.toolTip(), _auto(action.toolTip()), f"{name} action tooltip")
        if isinstance(widget, QLabel):
            fmt = widget.textFormat()
            rich = fmt in (Qt.TextFormat.RichText, Qt.TextFormat.MarkdownText) or (
                fmt == Qt.TextFormat.AutoText and _auto(widget.text()))
            check(widget.text(), rich, f"{name} text")
        if isinstance(widget, (QLineEdit, QComboBox)):  # always plain: the text is there, as typed
            check(widget.currentText() if isinstance(widget, QComboBox) else widget.text(), False, f"{name} field")
        if isinstance(widget, QPlainTextEdit):
            check(widget.toPlainText(), False, f"{name} field")
        if isinstance(widget, QTextEdit):  # can hold rich text: its plain text must still hold the markup
            check(widget.toHtml(), True, f"{name} document")
        if isinstance(widget, QMessageBox):
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText and _auto(widget.text()))
            check(widget.text(), rich, "message box")
            check(widget.informativeText(), _auto(widget.informativeText()), "message box (more)")
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                check(widget.tabToolTip(i), _auto(widget.tabToolTip(i)), f"{name} tab tooltip")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(), 200)):
                for column in range(min(_columns(model), 20)):
                    tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str):
                        check(tip, _auto(tip), f"{name} item tooltip")
            header = getattr(widget, "horizontalHeader", lambda: None)()
            if header is not None:
                for column in range(_columns(model)):
                    tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str):
                        check(tip, _auto(tip), f"{name} header tooltip")
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                check(item.toolTip(), _auto(item.toolTip()), f"{type(item).__name__} tooltip")
                if hasattr(item, "toHtml"):
                    check(item.toHtml(), True, f"{type(item).__name__} html")
    return bad, seen


def _modal(qtbot, open_it, where: str) -> tuple[list[str], int]:
    """Walk while a modal dialog that ``open_it`` opens is on screen, then close it."""
    result = {}

    def poll():
        if result.get("done"):
            return
        box = QApplication.activeModalWidget()
        if box is None or getattr(box, "busy", False):  # the import dialog reads its sheet in a worker first
            QTimer.singleShot(20, poll)
            return
        try:
            result["walk"] = walk(where, [box])
        finally:
            close(box)

    def close(box):
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.No) and box.button(QMessageBox.StandardButton.No).click()
            if box.isVisible():
                box.close()
        else:
            box.reject()

    QTimer.singleShot(0, poll)
    open_it()
    result["done"] = True
    assert "walk" in result, f"{where}: no dialog opened"
    return result["walk"]


# --- the windows ---------------------------------------------------------------------------------------------
def test_no_window_shows_user_text_as_rich_text(qtbot, hostile_data, tmp_path, monkeypatch):
    from reflectiespel.ui import deckimport, printdialog
    from reflectiespel.ui.main_window import MainWindow
    from reflectiespel.ui.printdialog import PrintDialog
    from reflectiespel.ui.session.console import ConsoleWindow
    from reflectiespel.ui.session.controller import SessionController
    from reflectiespel.ui.together import TogetherWindow

    data_dir = hostile_data
    library = _library(data_dir)
    assert library.entry("vijand").ok, library.entry("vijand").problems
    problems, found = [], {}

    def record(where: str, result: tuple[list[str], int]) -> None:
        problems.extend(result[0])
        found[where] = result[1]

    # the recovery question: a session that was not closed cleanly, with a hostile title
    session = hostile_session(library)
    autosaves = data_dir / "autosave"
    autosaves.mkdir(parents=True, exist_ok=True)
    save_session(session, autosaves / f"{session.id}.dood.reflectiespel")
    main = MainWindow(library, data_dir)
    main.deck_page.rng = random.Random(1)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    record("recovery question", _modal(qtbot, lambda: (main.show(), qtbot.wait(300)), "recovery question"))

    # the library with its tiles (one of them broken), and the deck viewer
    main.show_library()
    record("library", walk("library", [main]))
    main.open_deck("vijand")
    for _ in range(3):
        qtbot.keyClick(main.deck_page.view, Qt.Key.Key_Right)
    record("deck viewer", walk("deck viewer", [main]))

    # a message box: a session file whose problem names a hostile key
    bad = tmp_path / "dubbel.reflectiespel"
    bad.write_text('{{"format_version": 1, "document": "reflectiespel-sessie", "{}": 1, "{}": 2}}'.format(HOSTILE.replace('"', '\\"'), HOSTILE.replace('"', '\\"')), encoding="utf-8")
    record("message box", _modal(qtbot, lambda: main.open_session_file(bad), "message box"))

    # the deck editor on the hostile deck
    qtbot.mouseClick(main.deck_page.edit_button, Qt.MouseButton.LeftButton)
    editor = next(w for w in main.windows if w.objectName() == "deckEditor")
    editor.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    record("editor", walk("editor", [editor]))
    editor.close()

    # the import dialog with a hostile spreadsheet
    sheet = tmp_path / "vijand.csv"
    sheet.write_text(f"#titel;{HOSTILE}\ntitel;tekst;vragen;categorie\n{HOSTILE};{HOSTILE};{HOSTILE};{HOSTILE}\n"
                     f"Rust;{HOSTILE};;{HOSTILE}\n", encoding="utf-8")
    monkeypatch.setattr(deckimport, "ask_sheet_to_import", lambda parent: sheet)
    record("import dialog", _modal(qtbot, lambda: qtbot.mouseClick(main.library_page.import_button,
                                                                    Qt.MouseButton.LeftButton), "import dialog"))

    # the print dialog for the hostile deck
    monkeypatch.setattr(printdialog, "available_printers", lambda: [])
    dialog = PrintDialog(library, "vijand")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(300)
    record("print dialog", walk("print dialog", [dialog]))
    dialog.close()

    # the console on every step, the board, and the projection
    from reflectiespel.core.board.boarddef import default_board_path, load_board

    board_file = tmp_path / "bord.yaml"
    _write_hostile(default_board_path(), board_file, "vijand-bord")
    controller = SessionController(hostile_session(library), library, data_dir)
    console = ConsoleWindow(controller, board_definition=load_board(board_file))
    console.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(console)
    console.resize(1280, 800)
    console.show()
    console.start_projection()
    for number in range(len(controller.session.steps)):
        controller.go_to(number)
        qtbot.wait(50)
        where = "board" if controller.session.steps[number].kind == "board" else f"console step {number + 1}"
        if where == "board":  # the status line names the token the keyboard chose
            console.board.view.setFocus()
            qtbot.keyClick(console.board.view, Qt.Key.Key_Tab)
            assert MARK in console.board.status.text()
        record(where, walk(where, [console, console.projection]))

    assert console.projection is not None
    console.stop_projection()
    console.close()

    # Samen reflecteren: the start page with a hostile route and hostile names, then its first steps
    together = TogetherWindow(library, data_dir=data_dir, board_definition=load_board(board_file))
    qtbot.addWidget(together)
    together.resize(1280, 800)
    together.show()
    together.start_page.select_route("vijand-route")
    record("together start", walk("together start", [together]))
    assert together.start("vijand-route", [HOSTILE, HOSTILE + " 2"], tmp_path / "samen")
    for step in range(4):
        record(f"together step {step + 1}", walk(f"together step {step + 1}", [together]))
        buttons = [b for b in together.findChildren(QWidget, "nextStep") if b.isVisible()]
        if buttons:
            qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    together.close()

    assert problems == [], "\n".join(sorted({p.split(": ", 1)[1].split(": ")[0] + " @ " + p.split(":")[0] for p in problems}))
    assert all(found.values()), {k: v for k, v in found.items() if not v}  # the hostile text was in every window
    for kind in ("QLabel(deckTitle) text", "QLabel(boardStatus) text", "QLabel(qt_msgbox_label) text", "TokenItem tooltip",
                 "DeckTile(deckTile-vijand) tooltip", "QListWidget(routeList) item tooltip"):
        assert kind in SEEN, kind  # the walk looked where the hostile text was


def test_the_walk_sees_a_rich_label_and_a_rich_tooltip(qtbot):
    """The walk itself: a label or tooltip that renders the markup is reported, a plain one is not."""
    widget = QWidget()
    qtbot.addWidget(widget)
    _rich, plain = QLabel(HOSTILE, widget), QLabel(HOSTILE, widget)  # the default (rich) label: it must not crash
    plain.setTextFormat(Qt.TextFormat.PlainText)
    widget.setToolTip(HOSTILE)
    bad, seen = walk("test")
    assert seen >= 3 and len([b for b in bad if "QLabel" in b]) == 1 and any("tooltip" in b for b in bad)
