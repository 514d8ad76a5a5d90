"""The board in a real window (xcb on Xvfb), for test_board_atspi.py: runs for argv[1] seconds."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv)

from reflectiespel.core.board.board import BoardState, Token
from reflectiespel.core.board.boarddef import load_default_board
from reflectiespel.ui.board import BoardWidget

state = BoardState(tokens=[Token(id="bram", name="Bram", colour="#1565c0"),
                           Token(id="ons", name="Ons project", colour="#d35400")])
state.place("bram", "", 0.85, 0.9)
state.place("ons", "", 0.2, 0.2)
window = BoardWidget(state, load_default_board(), QUndoStack(), {})
window.setWindowTitle("reflectiespel-atspi")
window.resize(1000, 700)
window.show()
QTimer.singleShot(int(sys.argv[1]) * 1000, app.quit)
app.exec()
