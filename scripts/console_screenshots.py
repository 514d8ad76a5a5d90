"""Screenshots of the facilitator's console and the projection at the screen sizes facilitators have,
for docs/werkvormen.md: 1024×768 and 1366×768 laptops, a 1920×1080 screen or beamer.

    QT_QPA_PLATFORM=offscreen uv run python scripts/console_screenshots.py [folder]   # default docs/img
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SIZES = [(1024, 768), (1366, 768), (1920, 1080)]


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "img"
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["REFLECTIESPEL_DATA_DIR"] = tempfile.mkdtemp()  # never the real user folder
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication([])
    from reflectiespel.core.base import i18n
    from reflectiespel.core.decks.library import Library
    from reflectiespel.core.sessions.templates import default_templates, new_session_from_template
    from reflectiespel.resources import builtin_decks_dir
    from reflectiespel.ui.session.launcher import open_console

    i18n.set_language("nl")
    library = Library(builtin_decks_dir()).load()
    data = Path(os.environ["REFLECTIESPEL_DATA_DIR"])
    for template_id, step, name in (("zeven-verandertips", 1, "kaart"), ("praktijk-op-de-as", 2, "bord")):
        session = new_session_from_template(default_templates(data).get(template_id), library)
        for person, domain in (("Anna", "cultuur"), ("Bram", "zorg"), ("Chris", "welzijn")):
            session.add_participant(person, domain)
        if name == "bord":  # the practice the group placed in step 2, slid in step 3
            board_step = session.steps[1]
            session.add_board_token(board_step.id, "Buurtkoor").redo()
            token = board_step.board.tokens[0].id
            session.place_token(board_step.id, token, "", 0.25, 0.3).redo()
        window = open_console(session, library, data)
        window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
        controller = window.controller
        controller.go_to(step)
        if name == "bord":
            session.place_token(controller.step.id, token, "", 0.55, 0.75).redo()
            controller.touch()
        else:
            session.add_note(controller.step.id, "Wij vergeten vaak de bewoners zelf.").redo()
            controller.touch()
        controller.toggle_timer()
        window.start_projection()
        for width, height in SIZES:
            window.resize(width, height)
            window.projection.resize(width, height)
            for _ in range(3):
                app.processEvents()
            window.grab().save(str(folder / f"console-{name}-{width}x{height}.png"))
            window.projection.grab().save(str(folder / f"projectie-{name}-{width}x{height}.png"))
        window.stop_projection()
        controller.close_cleanly()
        window.close()
    print(f"screenshots in {folder}")


if __name__ == "__main__":
    main()
