"""The console of a session in a real window (xcb on Xvfb), for test_console_atspi.py: runs for argv[1] seconds.
Its first step shows three cards of 'De zeven verandertips'; the clock is five minutes."""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

app = QApplication(sys.argv)

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.launcher import open_console

library = Library(builtin_decks_dir()).load()
deck = library.get("zeven-verandertips")
session = Session.empty("Voorgelezen")
session.add_participant("Anna", "cultuur")
session.add_step(Step(kind="tips", title="Drie tips", instruction="Lees voor.", deck_id=deck.id,
                      card_ids=[card.id for card in deck.cards[:3]], minutes=5))
session.add_step(Step(kind="free", title="Afspraken", instruction="Wat spreken we af?", minutes=1))
session.go_to(0)
with tempfile.TemporaryDirectory() as folder:
    console = open_console(session, library, Path(folder))
    console.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    console.setWindowTitle("reflectiespel-atspi-console")
    QTimer.singleShot(int(sys.argv[1]) * 1000, app.quit)
    app.exec()
    console.close()
