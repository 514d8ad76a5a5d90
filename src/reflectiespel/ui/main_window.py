"""The main window: the deck library and the card viewer; sessions and routes hang off it."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from ..core.library import Library, user_decks_dir
from .deckpage import DeckPage
from .librarypage import LibraryPage


class MainWindow(QMainWindow):
    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Reflectiespel"))
        self.resize(1200, 800)
        self.library = library
        self.pages = QStackedWidget(self)
        self.library_page = LibraryPage(self)
        self.deck_page = DeckPage(self)
        self.pages.addWidget(self.library_page)
        self.pages.addWidget(self.deck_page)
        self.setCentralWidget(self.pages)
        self.library_page.deck_opened.connect(self.open_deck)
        self.deck_page.back_requested.connect(self.show_library)
        self._build_menu()
        self.refresh_library()

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Bestand"))
        reload_action = QAction(self.tr("Kaartensets opnieuw laden"), self)
        reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        reload_action.triggered.connect(lambda: self.refresh_library(reload=True))
        menu.addAction(reload_action)
        folder_action = QAction(self.tr("Map met eigen kaartensets openen"), self)
        folder_action.triggered.connect(self.open_user_folder)
        menu.addAction(folder_action)
        menu.addSeparator()
        quit_action = QAction(self.tr("Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        self.file_menu = menu

    def refresh_library(self, reload: bool = False) -> None:
        if reload:
            self.library.load()
        folder = str(self.library.user_dir) if self.library.user_dir else ""
        self.library_page.show_entries(self.library.entries, folder)

    def show_library(self) -> None:
        self.pages.setCurrentWidget(self.library_page)

    def open_deck(self, deck_id: str) -> None:
        try:
            deck = self.library.get(deck_id)
        except KeyError:
            QMessageBox.warning(self, self.tr("Set niet gevonden"),
                                self.tr("De kaartenset '{0}' is niet (meer) te vinden.").format(deck_id))
            return
        self.deck_page.open_deck(deck)
        self.pages.setCurrentWidget(self.deck_page)

    def open_user_folder(self) -> None:
        folder = self.library.user_dir or user_decks_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
