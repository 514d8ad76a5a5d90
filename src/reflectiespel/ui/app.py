"""The QApplication and the main window."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from .. import __version__
from ..core.base import i18n
from ..resources import assets_dir
from .translators import install_translators


def create_app(argv: list[str]) -> QApplication:
    app = QApplication(argv)
    app.setApplicationName("reflectiespel")
    app.setOrganizationName("reflectiespel")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("reflectiespel")  # matches packaging/reflectiespel.desktop
    app.setWindowIcon(QIcon(str(assets_dir() / "icons" / "reflectiespel.png")))
    install_translators(app, i18n.language())  # chosen by cli.main: --lang, remembered, or the system's
    start_theme(app)
    return app


def start_theme(app: QApplication) -> None:
    """The remembered contrast choice (default: follow the system), and follow the system when it changes."""
    from ..core.files.paths import user_data_dir
    from ..core.files.settings import read_settings
    from .theme import apply_theme

    choice = read_settings(user_data_dir()).get("contrast", "system")
    apply_theme(app, choice)
    app.setProperty("reflectiespel_contrast", choice)
    style_hints = app.styleHints()
    hints = style_hints.accessibility()
    app._accessibility_hints = (style_hints, hints)  # keep the Python wrappers alive with the app

    def system_changed(*_args) -> None:
        if app.property("reflectiespel_contrast") == "system":
            apply_theme(app, "system")

    hints.contrastPreferenceChanged.connect(system_changed)


def show_main_window(app: QApplication) -> QMainWindow:
    """The main window, shown at once; the decks load behind it and their tiles fill in."""
    from ..core.decks.library import Library, user_decks_dir
    from ..core.files.paths import org_dir, user_cache_dir
    from ..resources import builtin_decks_dir
    from .main_window import MainWindow

    window = MainWindow(Library(builtin_decks_dir(), user_decks_dir(), user_cache_dir(), org_dir=org_dir()),
                        load_in_background=True)
    window.show()
    return window
