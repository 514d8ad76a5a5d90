"""The console of a real session in a real window (xcb, under a window manager), for test_two_screens.py.

It is driven from outside, as a facilitator drives it: the test sends real keys and clicks with xdotool and
plugs the beamer with two-screens. On stdin this process only answers "state" with one JSON line saying
what a person would see: which window has the keyboard, where each window is, what the projection shows,
what the console says, the notes. "quit" ends it.
"""

import json
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

app = QApplication(sys.argv)

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.launcher import open_console


def make_session(library) -> Session:
    deck = library.get("zeven-verandertips")
    session = Session.empty("Twee schermen")
    for name in ("Anna", "Bram", "Chris"):
        session.add_participant(name, "cultuur")
    session.add_step(Step(kind="tips", title="Drie tips", instruction="Lees voor.", deck_id=deck.id,
                          card_ids=[card.id for card in deck.cards[:3]], minutes=5))
    session.add_step(Step(kind="free", title="Afspraken", instruction="Wat spreken we af?", minutes=1))
    session.go_to(0)
    return session


library = Library(builtin_decks_dir()).load()
console = open_console(make_session(library), library, Path(sys.argv[1]))
console.ask_to_save = lambda: QMessageBox.StandardButton.Discard


def rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def centre(widget) -> list[int] | None:
    if widget is None or not widget.isVisible():
        return None
    point = widget.mapToGlobal(widget.rect().center())
    return [point.x(), point.y()]


def global_rect(widget) -> list[int] | None:
    """Where ``widget`` is on the desktop (all screens together), or None when it is hidden."""
    if not widget.isVisible():
        return None
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def window(widget) -> dict | None:
    if widget is None:
        return None
    handle = widget.windowHandle()
    return {"visible": widget.isVisible(), "fullscreen": widget.isFullScreen(),
            "minimized": widget.isMinimized(), "active": widget.isActiveWindow(),
            "frame": rect(widget.frameGeometry()), "geometry": rect(widget.geometry()),
            "screen": handle.screen().name() if handle is not None and handle.screen() is not None else None,
            "id": int(widget.winId()) if handle is not None else None}


def state() -> dict:
    c = console.controller
    focus = QApplication.focusWindow()
    projection = console.projection
    banner = console.screens.banner
    toolbar = console.toolbar
    status = console.statusBar()
    return {
        "screens": [[s.name(), *rect(s.geometry())] for s in QApplication.screens()],
        "primary": QApplication.primaryScreen().name(),
        "focus_window": focus.objectName() if focus is not None else None,
        "focus_widget": QApplication.focusWidget().objectName() if QApplication.focusWidget() else None,
        "console": window(console),
        "status": {"message": status.currentMessage(), "rect": global_rect(status)},
        "notes_panel": global_rect(console.tabs),
        "projection": dict(window(projection), card=projection.view.card_shown) if projection is not None else None,
        "banner": {"text": banner.text(), "button": centre(banner.button), "offer": banner.button.text()
                   if banner.button.isVisible() else "", "rect": global_rect(banner.label)}
        if banner.isVisible() else None,
        "typing": console.notes.field.text(),
        "buttons": {name: centre(toolbar.widgetForAction(action)) for name, action in
                    (("start", console.start_action), ("swap", console.swap_action))},
        "session": {"step": c.session.current_step, "card_index": c.session.current_card, "black": c.black,
                    "notes": [n.text for s in c.session.steps for n in s.notes],
                    "card": c.card()[1].title if c.card() else None},
    }


class Commands(QObject):
    line = Signal(str)


commands = Commands()


def answer(line: str) -> None:
    line = line.strip()
    if line == "state":
        print(json.dumps(state()), flush=True)
    elif line.startswith("shot "):  # what each screen shows, for a person to look at
        for index, screen in enumerate(QApplication.screens()):
            screen.grabWindow(0).save(f"{line[5:]}-{index}-{screen.name()}.png")
        print(json.dumps({"shot": True}), flush=True)
    elif line in ("quit", ""):
        console.close()
        app.quit()


commands.line.connect(answer, Qt.ConnectionType.QueuedConnection)


def read() -> None:
    for line in sys.stdin:
        commands.line.emit(line)
    commands.line.emit("")  # stdin closed: the test is gone


threading.Thread(target=read, daemon=True).start()
print(json.dumps({"ready": True}), flush=True)
app.exec()
