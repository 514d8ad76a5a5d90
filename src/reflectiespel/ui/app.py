"""The QApplication and the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow


def create_app(argv: list[str]) -> QApplication:
    app = QApplication(argv)
    app.setApplicationName("reflectiespel")
    app.setOrganizationName("reflectiespel")
    return app


def show_main_window(app: QApplication) -> QMainWindow:
    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    return window
