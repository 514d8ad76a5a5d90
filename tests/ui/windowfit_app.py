"""Opens every top-level window of the app the way a facilitator does, one after the other, and prints
one JSON line per window: its frame and the screen's available geometry.

Run by tests/ui/test_window_fit.py in a fresh process on a 1024×768 screen (offscreen with a screen
configuration, or a real X server with a window manager). The windows come from the real menus and
buttons' code paths (MainWindow.open_print_dialog, edit_deck, import_deck, new_session, open_together,
the console's projection and big grid; a board step with eight people and the projection as a window
on one screen), with modal dialogs measured and closed from a timer.

    python tests/ui/windowfit_app.py DATA_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget


def rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def report(name: str, window: QWidget) -> None:
    for _ in range(20):  # a window manager frames and places a window a moment after it is shown
        QApplication.processEvents()
    avail = window.screen().availableGeometry()
    print(json.dumps({"window": name, "frame": rect(window.frameGeometry()), "inside": rect(window.geometry()),
                      "available": rect(avail)}), flush=True)


def settle(ms: int = 400) -> None:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(ms)
    while not deadline.hasExpired():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def measure_modal(name: str, opener) -> None:
    """Open a modal dialog through ``opener``; measure it once it is up, then close it."""
    def look():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, look)
            return
        settle()
        report(name, dialog)
        if isinstance(dialog, QMessageBox):
            dialog.reject()
        elif isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()
    QTimer.singleShot(50, look)
    opener()


def main() -> None:
    data = Path(sys.argv[1])
    app = QApplication([])
    from reflectiespel.core.base import i18n
    from reflectiespel.core.decks.library import Library
    from reflectiespel.core.sessions.templates import default_templates, new_session_from_template
    from reflectiespel.resources import builtin_decks_dir
    from reflectiespel.ui.main_window import MainWindow
    from reflectiespel.ui.session.launcher import open_console

    i18n.set_language("nl")
    library = Library(builtin_decks_dir(), data / "decks").load()
    main_window = MainWindow(library, data)
    main_window.show()
    settle()
    report("main", main_window)

    deck_id = library.decks[0].id
    measure_modal("print", lambda: main_window.open_print_dialog(deck_id))
    measure_modal("newSession", main_window.new_session)
    measure_modal("message", lambda: main_window.tell("Problemen", "\n".join(
        f"regel {n}: het veld 'titel' ontbreekt bij kaart {n} van de set" for n in range(1, 80))))
    sheet = data / "blad.xlsx"
    main_window.save_template(sheet)
    measure_modal("import", lambda: main_window.import_deck(sheet))

    measure_modal("pathChoose", main_window.open_path)  # 'Pad van onze praktijk' asks for sessions first
    path = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "pathWindow" and w.isVisible())
    settle()
    report("path", path)
    path.close()

    editor = main_window.edit_deck(deck_id)
    if editor is not None:
        settle()
        report("editor", editor)
        editor.close()

    main_window.open_together()
    settle()
    together = [w for w in QApplication.topLevelWidgets() if w.objectName() == "togetherWindow" and w.isVisible()]
    report("together", together[0])
    together[0].close()

    session = new_session_from_template(default_templates(data).get("zeven-verandertips"), library)
    for person in ("Anna", "Bram", "Chris", "Dewi", "Eva", "Femke", "Gert", "Hanna"):
        session.add_participant(person, "cultuur")
    console = open_console(session, library, data, parent=None)
    console.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    settle()
    report("console", console)
    console.start_projection()
    settle()
    report("projection", console.projection)
    console.stop_projection()
    grid = console.choices.open_window()
    settle()
    report("grid", grid)
    grid.close()
    console.close()

    # #24 walk: the board step with eight people, F5 on one screen (the banner and a projection window). The
    # tray's controls made this console 811 px tall; the projection window lay on 'Volgende'.
    session = new_session_from_template(default_templates(data).get("praktijk-op-de-as"), library)
    for person in ("Anna", "Bram", "Chris", "Dewi", "Eva", "Femke", "Gert", "Hanna"):
        session.add_participant(person, "cultuur")
    console = open_console(session, library, data, parent=None)
    console.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    console.controller.go_to(1)
    console.start_projection()
    settle(3000)  # the keeper's last check is 2.5 s after F5
    report("consoleBoard", console)
    projection = console.projection.frameGeometry()
    covered = [button.objectName() for button in (console.next_button, console.prev_button, console.timer_button)
               if projection.intersects(QRect(button.mapToGlobal(QPoint(0, 0)), button.size()))]
    print(json.dumps({"window": "projectionBoard", "frame": rect(projection),
                      "available": rect(console.screen().availableGeometry()), "covers": covered}), flush=True)
    console.stop_projection()
    console.close()
    main_window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
