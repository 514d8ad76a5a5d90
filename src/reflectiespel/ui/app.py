"""The QApplication and the main window."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from .. import __version__
from ..core import i18n
from ..resources import assets_dir
from .i18n import install_translators


def create_app(argv: list[str]) -> QApplication:
    app = QApplication(argv)
    app.setApplicationName("reflectiespel")
    app.setOrganizationName("reflectiespel")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("reflectiespel")  # matches packaging/reflectiespel.desktop
    app.setWindowIcon(QIcon(str(assets_dir() / "icons" / "reflectiespel.png")))
    install_translators(app, i18n.language())  # chosen by cli.main: --lang, remembered, or the system's
    return app


def show_main_window(app: QApplication) -> QMainWindow:
    from ..core.library import default_library
    from .main_window import MainWindow

    window = MainWindow(default_library())
    window.show()
    return window
