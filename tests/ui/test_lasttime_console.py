"""A new session with a group: the action items its last session left open are at the first step, in the
Acties tab under 'Van vorige keer', to be marked; the room sees how each one stands."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import ActionItem, Session, Step
from reflectiespel.core.sessions.storage import RecentSessions, save_session
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.launcher import open_console


def test_open_items_of_last_time_come_back_and_are_marked(qtbot, data_dir, tmp_path):
    june = Session.empty("Juni")
    june.group, june.date = "Wijkteam Noord", date(2026, 6, 1)
    june.steps.append(Step(kind="free", title="Afspraken"))
    june.steps[0].actions += [ActionItem(wat="Verslag sturen", wie="Anna"), ActionItem(wat="Koffie", status="done")]
    RecentSessions(data_dir).add(save_session(june, tmp_path / "juni.reflectiespel"))

    today = Session.empty("September")
    today.group, today.date = "Wijkteam Noord", date(2026, 9, 1)
    today.steps.append(Step(kind="free", title="Welkom", instruction="Hoe staan we ervoor?"))
    window = open_console(today, Library(builtin_decks_dir()).load(), data_dir)
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.resize(1024, 768)
    QApplication.processEvents()
    assert [a.wat for a in today.steps[0].actions] == ["Verslag sturen"]
    bar = window.tabs.tabBar()  # the Acties tab, wherever it is (#29's input tab comes first, hidden here)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.tabs.indexOf(window.actions_panel)).center())
    panel = window.last_time
    assert panel.isVisible() and "Juni" in panel.intro.text()
    combo = panel.findChild(QComboBox, "lastTimeStatus0")
    assert combo.currentText() == "Nog open"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # 'Gedaan' comes after 'Nog open'
    QApplication.processEvents()
    assert today.steps[0].actions[0].status == "done"
    window.preview.repaint()
    assert "• Verslag sturen — Anna · gedaan" in window.preview.lines["body"]
    qtbot.keyClick(window.agenda.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert today.steps[0].actions[0].status == "open"
    window.controller.close_cleanly()
