"""The agenda at 1024×768: ✓ only on steps that came up, and the highlight goes along with ▶."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.templates import default_templates, new_session_from_template
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.console import ConsoleWindow
from reflectiespel.ui.session.controller import SessionController


def test_a_step_jumped_over_gets_no_tick_and_the_highlight_follows_the_arrow(qtbot, data_dir):
    library = Library(builtin_decks_dir()).load()
    session = new_session_from_template(default_templates().get("zeven-verandertips"), library)
    window = ConsoleWindow(SessionController(session, library, data_dir))
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    agenda = window.agenda.list
    assert agenda.isVisible() and agenda.currentRow() == 0
    qtbot.mouseDClick(agenda.viewport(), Qt.MouseButton.LeftButton, pos=agenda.visualItemRect(agenda.item(3)).center())
    assert session.current_step == 3
    marks = [agenda.item(i).text()[:2] for i in range(5)]
    assert marks == ["✓ ", "  ", "  ", "▶ ", "  "], "steps 2 and 3 were jumped over"
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert agenda.item(4).text().startswith("▶") and agenda.currentRow() == 4, "the highlight is on ▶"
    assert agenda.item(3).text().startswith("✓")
    window.controller.close_cleanly()
