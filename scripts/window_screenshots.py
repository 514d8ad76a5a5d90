"""Screenshots of every window of the app on a 1024×768 laptop screen, for the docs (docs/img/venster-*.png).

Each window opens the way a facilitator opens it (the main window's menus' code paths, the console's
buttons), on a screen of 1024×768, so it has the size it gets there (ui/screenfit.py).

    uv run python scripts/window_screenshots.py [folder]   # default docs/img
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SCREEN = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96,
                       "logicalBaseDpi": 96, "dpr": 1}]}
NAMES = ["Anna", "Bram", "Chris", "Dewi", "Esmeralda", "Femke", "Gert", "Hanna"]


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "img"
    folder.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    (work / "screen.json").write_text(json.dumps(SCREEN), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={work / 'screen.json'}"
    os.environ["REFLECTIESPEL_DATA_DIR"] = str(work / "data")  # never the real user folder
    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication([])
    from reflectiespel.core.base import i18n
    from reflectiespel.core.decks.library import Library
    from reflectiespel.core.sessions.templates import default_templates, new_session_from_template
    from reflectiespel.resources import builtin_decks_dir
    from reflectiespel.ui.translators import install_translators
    from reflectiespel.ui.main_window import MainWindow
    from reflectiespel.ui.session.launcher import open_console

    i18n.set_language("nl")
    install_translators(app, "nl")
    data = work / "data"
    data.mkdir()
    library = Library(builtin_decks_dir(), data / "decks").load()

    def settle(ms: int = 300) -> None:
        deadline = QDeadlineTimer(ms)
        while not deadline.hasExpired():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def save(widget, name: str) -> None:
        settle()
        widget.grab().save(str(folder / f"venster-{name}-1024x768.png"))

    def modal(name: str, opener) -> None:
        def look():
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(50, look)
                return
            save(dialog, name)
            dialog.reject()
        QTimer.singleShot(50, look)
        opener()

    main_window = MainWindow(library, data)
    main_window.show()
    save(main_window, "start")
    main_window.show_library()
    save(main_window, "bibliotheek")
    main_window.open_deck("zeven-verandertips")
    save(main_window, "kaart")
    page = main_window.deck_page
    page.shuffle()
    save(main_window, "kaart-geschud")
    modal("printen", lambda: main_window.open_print_dialog("zeven-verandertips"))
    modal("nieuwe-sessie", main_window.new_session)
    sheet = data / "blad.xlsx"
    main_window.save_template(sheet)
    modal("importeren", lambda: main_window.import_deck(sheet))
    modal("melding-lang", lambda: main_window.tell("Deze set kan niet worden geladen", "\n".join(
        f"regel {n}: kaart {n} mist het veld 'titel' (verplicht)" for n in range(1, 40))))
    editor = main_window.edit_deck("zeven-verandertips")
    save(editor, "kaarten-bewerken")
    editor.close()

    main_window.open_together()
    together = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "togetherWindow" and w.isVisible())
    start = together.start_page
    for field, person in zip(start.names, NAMES):
        field.setText(person)
    start.file.setText(str(data / "team"))
    start.select_route("beginnen-met-samenwerken")
    save(together, "samen-start")
    start.start_button.click()
    together.run_page.timer.clock.stop()
    for _ in range(2):
        together.run_page.go_next()
    save(together, "samen-waarden")
    together.close()

    session = new_session_from_template(default_templates(data).get("zeven-verandertips"), library)
    for person in NAMES:
        session.add_participant(person, "cultuur")
    console = open_console(session, library, data)
    console.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    controller = console.controller
    controller.go_to(1)
    console.tabs.setCurrentWidget(console.choices)
    for person in session.participants[:3]:
        session.set_choice(controller.step.id, person.id, controller.step.card_ids[0])
    controller.touch()
    save(console, "console-keuzes")
    controller.go_to(next(i for i, s in enumerate(session.steps) if s.vote_budget))
    save(console, "console-stemmen")
    console.start_projection()
    save(console.projection, "projectie-venster")
    console.stop_projection()
    grid = console.choices.open_window()
    save(grid, "groot-raster")
    grid.close()
    controller.close_cleanly()
    console.close()

    board = new_session_from_template(default_templates(data).get("praktijk-op-de-as"), library)
    for person in NAMES:
        board.add_participant(person, "zorg")
    console = open_console(board, library, data)
    console.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    console.controller.go_to(1)
    save(console, "console-bord")
    console.controller.close_cleanly()
    console.close()
    main_window.close()
    print(f"screenshots in {folder}")


if __name__ == "__main__":
    main()
