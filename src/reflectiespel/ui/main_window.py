"""The main window: the start page, the deck library and the card viewer; sessions open in a console."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from .. import __version__
from ..core.decks.library import Library, user_decks_dir
from ..core.files.paths import user_data_dir
from ..core.base.problems import FileProblems
from .screenfit import FitsScreen, fit_window
from .startpage import StartPage

if TYPE_CHECKING:  # the library page, sessions, storage and the card viewer load on first use (docs/architecture.md)
    from ..core.decks.library import DeckEntry
    from ..core.sessions.session import Session
    from ..core.sessions.storage import Claims, RecentSessions
    from .deckpage import DeckPage
    from .librarypage import LibraryPage
    from .libraryloader import LibraryLoader

FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Reflectiespel-sessie (*.reflectiespel)")  # shown through self.tr()
WELCOME_SEEN = "welkom-gezien"  # a marker file in the user data folder: the welcome shows once


class MainWindow(FitsScreen, QMainWindow):
    """With ``load_in_background`` the window shows at once and the decks load in a worker thread;
    ``library_ready`` tells when they are all in. Otherwise ``library`` must be loaded already."""

    library_ready = Signal()

    def __init__(self, library: Library, data_dir: Path | None = None, parent: QWidget | None = None,
                 load_in_background: bool = False):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Reflectiespel {0}").format(__version__))
        self.library = library
        self.data_dir = data_dir or user_data_dir()
        fit_window(self, "main", QSize(1200, 800), self.data_dir)
        self._recent: RecentSessions | None = None
        self._deck_page: DeckPage | None = None
        self._library_page: LibraryPage | None = None
        self._loader: LibraryLoader | None = None
        self._arrived: list[DeckEntry] = []  # tiles for the library page while the decks load
        self._first_frame_done = False  # _after_first_frame has run
        self.windows: list[QWidget] = []  # consoles and team windows that are open
        self.pages = QStackedWidget(self)
        self.start_page = StartPage(self.pages)  # made inside the stack: no reparenting of a whole page
        self.pages.addWidget(self.start_page)
        self.setCentralWidget(self.pages)
        self.start_page.browse_decks.connect(self.show_library)
        self.start_page.new_session.connect(self.new_session)
        self.start_page.open_session.connect(self.open_session_dialog)
        self.start_page.open_recent.connect(lambda path: self.open_session_file(Path(path)))
        self.start_page.together.connect(self.open_together)
        self.start_page.path.connect(self.open_path)
        self.start_page.welcome_closed.connect(self._welcome_seen)
        self._build_menu()
        if not (self.data_dir / WELCOME_SEEN).exists():
            self.start_page.show_welcome(self.library.user_dir or user_decks_dir(), self.data_dir)
        if load_in_background:
            self._start_loading()
        else:
            self._library_loaded()

    # --- loading: at once, or in the background while the window shows -------------------------------
    @property
    def library_loaded(self) -> bool:
        return self._loader is None

    def _start_loading(self) -> None:
        from .libraryloader import LibraryLoader

        self._loader = LibraryLoader(self.library, self)
        self._loader.entry_loaded.connect(self._entry_arrived)
        self._loader.finished.connect(self._loading_finished)
        # the reader starts once the window has painted (paintEvent): until then no second thread
        # competes with the first frame for the interpreter; a window that is not painted (started
        # minimised, on another desktop) gets its decks a second later all the same
        QTimer.singleShot(1000, self._after_first_frame)

    def _after_first_frame(self) -> None:
        """What the first frame does not show, done right after it: start the deck reader, and name
        drop-downs by their label for screen readers (none is on the start page; every window with one
        opens later, and the console, which a double-clicked session file opens before this, installs
        it itself: ui/accessiblecombo.py)."""
        if self._first_frame_done:
            return
        self._first_frame_done = True
        from .accessiblecombo import install as name_drop_downs

        name_drop_downs()
        if self._loader is not None:
            self._loader.start()

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        if event.isAccepted() and self._loader is not None:
            self._loader.join()  # the reader's last signals arrive before the window can be deleted

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._first_frame_done:
            QTimer.singleShot(0, self._after_first_frame)  # after this paint pass: the whole window is drawn

    def _entry_arrived(self, entry) -> None:
        # a deck in another language waits for the end: then each deck shows once, in the chosen language
        if self._loader is not None and (not entry.ok or entry.language == self.library.language):
            self._arrived.append(entry)
            if self._library_page is not None:
                self._library_page.add_entry(entry)

    def _loading_finished(self, entries) -> None:
        if self._loader is None:
            return  # wait_for_library got there first
        self._loader = None
        self.library.entries = entries
        self._library_loaded()
        self.library_ready.emit()
        if getattr(self, "_recovery_offered", False):
            QTimer.singleShot(0, self.offer_recovery)

    def wait_for_library(self) -> None:
        """Finish loading now (a click that needs the decks came before the worker was done)."""
        if self._loader is not None:
            self._loading_finished(self._loader.wait())

    def _library_loaded(self) -> None:
        self._arrived = []
        if self._library_page is not None:
            self.refresh_library()
        self.start_page.show_recent(self.recent.existing())
        self._watch_decks()

    def _watch_decks(self) -> None:
        """A deck put in the user's folder from outside (the command line) appears without a reload."""
        if getattr(self, "decks_watcher", None) is not None:
            return
        from .decksfolder import DecksWatcher

        self.decks_watcher = DecksWatcher(self.library.user_dir or user_decks_dir(), self)
        self.decks_watcher.changed.connect(lambda: self.refresh_library(reload=True))

    @property
    def library_page(self) -> LibraryPage:
        """The deck tiles, made the first time they are needed (not for the first frame)."""
        if self._library_page is None:
            from .librarypage import LibraryPage

            page = LibraryPage(self.pages)
            self._library_page = page
            self.pages.addWidget(page)
            page.deck_opened.connect(self.open_deck)
            page.back_requested.connect(self.show_start)
            page.import_requested.connect(self.import_deck)
            page.template_requested.connect(self.save_template)
            folder = str(self.library.user_dir or "")
            if self.library_loaded:
                page.show_entries(self.library.shown_entries, folder)
            else:
                page.show_entries(self._arrived, folder, loading=True)
        return self._library_page

    @property
    def recent(self) -> RecentSessions:
        if self._recent is None:
            self.wait_for_library()  # the reader thread may be importing storage right now
            from ..core.sessions.storage import RecentSessions

            self._recent = RecentSessions(self.data_dir)
        return self._recent

    @property
    def deck_page(self) -> DeckPage:
        """The card viewer, made the first time a deck opens."""
        if self._deck_page is None:
            from .deckpage import DeckPage

            self._deck_page = DeckPage(self)
            self.pages.addWidget(self._deck_page)
            self._deck_page.back_requested.connect(self.show_library)
            self._deck_page.print_requested.connect(self.open_print_dialog)
            self._deck_page.edit_requested.connect(self.edit_deck)
        return self._deck_page

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Bestand"))
        entries = [
            (self.tr("Start"), self.show_start, "Ctrl+Home"),
            (self.tr("Nieuwe sessie…"), self.new_session, QKeySequence.StandardKey.New),
            (self.tr("Sessie openen…"), self.open_session_dialog, QKeySequence.StandardKey.Open),
            (self.tr("Pad van onze praktijk…"), self.open_path, "Ctrl+Shift+P"),
            (self.tr("Kaartensets opnieuw laden"), lambda: self.refresh_library(reload=True),
             QKeySequence.StandardKey.Refresh),
            (self.tr("Map met eigen kaartensets openen"), self.open_user_folder, None),
            (self.tr("Afsluiten"), self.close, QKeySequence.StandardKey.Quit),
        ]
        for text, slot, key in entries:
            action = QAction(text, self)
            if key is not None:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            menu.addAction(action)
        self.file_menu = menu
        from .orgfolder import OrgFolderMenu

        self.org_folder = OrgFolderMenu(self, menu, before=menu.actions()[-1])  # above Afsluiten
        self._build_language_menu()
        self._build_view_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("Over reflectiespel…"), self)
        about.setObjectName("aboutAction")
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.help_menu = help_menu

    def _build_view_menu(self) -> None:
        """Beeld: contrast (follow the system, standard, high) — applied at once and remembered."""
        from PySide6.QtWidgets import QApplication

        menu = self.menuBar().addMenu(self.tr("Bee&ld"))
        menu.setObjectName("viewMenu")
        group = QActionGroup(self)
        current = QApplication.instance().property("reflectiespel_contrast") or "system"
        names = {"system": self.tr("Contrast zoals het systeem"), "standard": self.tr("Standaard contrast"),
                 "high-contrast": self.tr("Hoog contrast (wit op zwart)")}
        self.contrast_actions: dict[str, QAction] = {}
        for choice, text in names.items():
            action = QAction(text, self)
            action.setObjectName(f"contrast_{choice}")
            action.setCheckable(True)
            action.setChecked(choice == current)
            action.triggered.connect(lambda _=False, c=choice: self.choose_contrast(c))
            group.addAction(action)
            menu.addAction(action)
            self.contrast_actions[choice] = action
        self.contrast_actions["high-contrast"].setShortcut(QKeySequence("Ctrl+Alt+H"))
        self.view_menu = menu

    def choose_contrast(self, choice: str) -> str:
        from PySide6.QtWidgets import QApplication

        from ..core.files.settings import remember
        from .theme import apply_theme

        app = QApplication.instance()
        theme = apply_theme(app, choice)
        app.setProperty("reflectiespel_contrast", choice)
        self.contrast_actions[choice].setChecked(True)
        try:
            remember(self.data_dir, "contrast", choice)
        except (OSError, FileProblems):
            pass  # the choice holds for this run; it is not kept
        return theme

    def _build_language_menu(self) -> None:
        from ..core.base import i18n

        menu = self.menuBar().addMenu(self.tr("&Taal"))
        menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():  # each language in its own words
            action = QAction(name, self)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == i18n.language())
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action
        self.language_menu = menu

    def choose_language(self, code: str) -> None:
        """Remember the language and speak it now: this window is built again in it. With a session, a deck
        or a team window open (they are built in one language and hold work), it applies from the next start."""
        from ..core.base import i18n
        from ..core.files.settings import remember_language

        try:
            remember_language(self.data_dir, code)
        except OSError as exc:
            self.tell(self.tr("Taal niet bewaard"), self.tr("De keuze kon niet worden bewaard: {0}").format(exc))
            return
        if code == i18n.language():
            return
        busy = [w for w in self.windows if w.isVisible()]  # consoles, editors, team windows
        if busy:
            self.tell(self.tr("Taal") + " / Language",
                      f"De app spreekt {i18n.LANGUAGES[code]} na de volgende start (er is nog een venster open).\n"
                      f"The app will speak {i18n.LANGUAGES[code]} from the next start (a window is still open).")
            for action_code, action in self.language_actions.items():
                action.setChecked(action_code == i18n.language())  # the menu says what the app speaks now
            return
        self.switch_language(code)

    def switch_language(self, code: str) -> MainWindow:
        """Qt's and our translations in ``code``, and this window made again in it, where it stood."""
        from .translators import install_translators

        self.wait_for_library()
        install_translators(QApplication.instance(), code)
        successor = MainWindow(self.library, self.data_dir)
        successor.setGeometry(self.geometry())
        if self.pages.currentWidget() is not self.start_page:  # the library or a deck: the library
            successor.show_library()
        self.successor = successor  # kept alive by whoever holds this window (the app's launcher)
        successor.showMaximized() if self.isMaximized() else successor.show()
        self.close()
        return successor

    def about_text(self) -> str:
        return self.tr("Reflectiespel {0}\n\nKaartensets, begeleide sessies en de sociaal-artistieke as, voor "
                       "mensen die cultuur verbinden met zorg, welzijn en beleid. Werkt zonder internet.\n\n"
                       "Eigen kaartensets: {1}\nGegevens en reservekopieën: {2}\n\n"
                       "Licentie: MIT. Lettertype: DejaVu Sans.").format(
            __version__, self.library.user_dir or user_decks_dir(), self.data_dir)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Over reflectiespel"), self.about_text(),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("aboutBox")
        box.exec()

    def _welcome_seen(self) -> None:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            (self.data_dir / WELCOME_SEEN).touch()
        except OSError:
            pass  # a read-only data folder: the welcome shows again next time, nothing else changes

    # --- pages -----------------------------------------------------------------------------------
    def refresh_library(self, reload: bool = False) -> None:
        self.wait_for_library()
        if reload:
            self.library.load()
            if self._deck_page is not None and self._deck_page.cursor is not None:  # the viewer shows the new text
                try:
                    self._deck_page.replace_deck(self.library.get(self._deck_page.cursor.deck.id))
                except KeyError:
                    pass
        if self._library_page is not None:  # else the page shows the decks when it is made
            folder = str(self.library.user_dir) if self.library.user_dir else ""
            self._library_page.show_entries(self.library.shown_entries, folder)

    def show_start(self) -> None:
        self.start_page.show_recent(self.recent.existing())
        self.pages.setCurrentWidget(self.start_page)

    def show_library(self) -> None:
        self.pages.setCurrentWidget(self.library_page)

    def open_deck(self, deck_id: str) -> None:
        self.wait_for_library()
        try:
            deck = self.library.get(deck_id)
        except KeyError:
            self.tell(self.tr("Set niet gevonden"), self.tr("De kaartenset '{0}' is niet (meer) te vinden.").format(deck_id))
            return
        self.deck_page.open_deck(deck)
        self.pages.setCurrentWidget(self.deck_page)

    def open_print_dialog(self, deck_id: str) -> None:
        from .printdialog import PrintDialog

        dialog = PrintDialog(self.library, deck_id, self)
        fit_window(dialog, "print", QSize(1280, 800), self.data_dir)
        dialog.exec()

    def _editor_saved(self, editor, started_from: str) -> None:
        """The library reads the saved deck; a viewer on it (or on the built-in deck it was copied from)
        shows the new text at once, on the same card."""
        self.refresh_library(reload=True)
        page = self._deck_page
        if page is None or page.cursor is None or page.cursor.deck.id not in (started_from, editor.deck.id):
            return
        try:
            page.replace_deck(self.library.get(editor.deck.id), was=page.cursor.deck.id)
        except KeyError:
            pass

    def edit_deck(self, deck_id: str):
        """Open the editor on a user's deck; a built-in deck is first copied into the user's folder."""
        from ..core.decks.deckedit import copy_of
        from ..core.decks.deckwrite import write_deck
        from .editor import DeckEditor

        self.wait_for_library()
        try:
            entry = self.library.entry(deck_id)
        except KeyError:
            return None
        deck, path = entry.deck, entry.path
        if deck is None:
            return None
        if entry.builtin or entry.org:  # never written in place: built in, or the organisation's read-only folder
            folder = self.library.user_dir or user_decks_dir()
            copy = copy_of(deck, {d.id for d in self.library.decks})
            has_images = any(card.image for card in copy.cards)
            path = (folder / copy.id / f"{copy.id}.yaml") if has_images else folder / f"{copy.id}.yaml"
            try:
                write_deck(copy, path, images_from=entry.path.parent if has_images else None)
            except FileProblems as exc:
                self.tell(self.tr("Kopie niet gemaakt"), str(exc))
                return None
            self.refresh_library(reload=True)
            note = (self.tr("Je bewerkt een eigen kopie: {0}. De set van je organisatie blijft zoals hij was.")
                    if entry.org else
                    self.tr("Je bewerkt een eigen kopie: {0}. De ingebouwde set blijft zoals hij was."))
            self.statusBar().showMessage(note.format(path), 10000)
            deck = copy
        editor = DeckEditor(deck, path)
        editor.saved.connect(lambda _path: self._editor_saved(editor, deck_id))
        editor.print_requested.connect(lambda _path: self._from_editor(self.open_print_dialog, editor))
        editor.view_requested.connect(lambda _path: self._from_editor(self._view_deck, editor))
        self.windows.append(editor)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.destroyed.connect(lambda *_: self.windows.remove(editor) if editor in self.windows else None)
        editor.show()
        return editor

    def _from_editor(self, action, editor) -> None:
        self.refresh_library(reload=True)
        action(editor.deck.id)

    def _view_deck(self, deck_id: str) -> None:
        self.open_deck(deck_id)
        self.raise_()
        self.activateWindow()

    def import_deck(self, path: Path | None = None) -> Path | None:
        """Spreadsheet -> preview and problems -> a deck in the user's folder; the library shows it."""
        self.wait_for_library()  # no imports on this thread while the reader thread imports the same
        from .deckimport import ImportDialog, ask_sheet_to_import

        path = path or ask_sheet_to_import(self)
        if path is None:
            return None
        dialog = ImportDialog(path, self.library.user_dir or user_decks_dir(), self)
        self.import_dialog = dialog  # tests reach the open dialog here
        dialog.exec()
        self.import_dialog = None
        if dialog.written is not None:
            self.refresh_library(reload=True)
        return dialog.written

    def save_template(self, path: Path | None = None) -> Path | None:
        self.wait_for_library()  # see import_deck
        from .deckimport import save_template

        try:
            written = save_template(self, path)
        except FileProblems as exc:
            self.tell(self.tr("Sjabloon niet opgeslagen"), str(exc))
            return None
        if written is not None:
            self.statusBar().showMessage(self.tr("Sjabloon opgeslagen: {0}").format(written), 8000)
        return written

    def open_user_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder = self.library.user_dir or user_decks_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- sessions --------------------------------------------------------------------------------
    def new_session(self) -> None:
        self.wait_for_library()
        from ..core.sessions.templates import default_templates
        from .session.newsession import NewSessionDialog

        dialog = NewSessionDialog(default_templates(self.data_dir, self.library.org_dir), self.library, self)
        if dialog.exec() and dialog.session is not None:
            self.start_console(dialog.session)

    def start_console(self, session: Session, claims: Claims | None = None):
        self.wait_for_library()
        from .session.launcher import open_console

        window = open_console(session, self.library, self.data_dir, claims=claims)
        self.windows.append(window)
        window.closed.connect(lambda: self._forget(window))
        return window

    def _forget(self, window: QWidget) -> None:
        if window in self.windows:
            self.windows.remove(window)
        self.start_page.show_recent(self.recent.existing())

    def open_session_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Sessie openen"), str(Path.home()), self.tr(FILE_FILTER))
        if name:
            self.open_session_file(Path(name))

    def open_session_file(self, path: Path):
        self.wait_for_library()
        from ..core.sessions.storage import Claims, open_in_window

        claims = Claims(self.data_dir)
        try:
            session, renamed = open_in_window(path, claims)
        except FileProblems as exc:
            self.tell(self.tr("Deze sessie kan niet worden geopend"),
                      self.tr("{0}\n\nHet bestand is niet veranderd.").format(exc))
            return None
        self.recent.add(path)
        window = self.start_console(session, claims)
        if renamed:
            window.show_problem(self.tr("Dit is een kopie van een sessie die ook open is; de kopie gaat apart "
                                        "verder, met een eigen automatische kopie."))
        return window

    def offer_recovery(self) -> None:
        """After a crash: offer the sessions whose autosave is still there."""
        if not self.library_loaded:
            return  # offered when the decks are in (_loading_finished)
        from ..core.sessions.autosave import find_recoverable

        refused = []
        offered = find_recoverable(self.data_dir, refused)
        if refused:
            self.tell_unrecoverable(refused)
        for found in offered:
            if any(getattr(w, "controller", None) and w.controller.session.id == found.session.id
                   for w in self.windows):
                continue
            question = self.tr("De sessie '{0}' werd niet netjes afgesloten (laatst bewaard om {1} op {2}).\n"
                               "Wil je verder waar je was?").format(
                found.title, found.saved.strftime("%H:%M"), QLocale().toString(found.saved.date(), "d MMMM yyyy"))
            answer = self.ask_recovery(self.tr("Sessie herstellen?"), question)
            if answer == "restore":
                window = self.start_console(found.session)
                window.controller.autosaver.take_over(found)  # the old autosave goes once the new one is written
            elif answer == "discard":
                found.discard()
            # "later": the autosave stays, and so does the question at the next start

    def tell_unrecoverable(self, refused) -> None:
        """Autosaves that cannot be offered back: say which and why, instead of leaving them out silently.
        The files stay where they are; nothing is removed."""
        lines = [self.tr("• een automatische kopie van {0} om {1}: {2}").format(
            QLocale().toString(item.saved.date(), "d MMMM yyyy"), item.saved.strftime("%H:%M"), item.reason)
            for item in refused]
        if len(refused) == 1:
            head = self.tr("Er is een automatische kopie van een sessie die niet netjes werd afgesloten, maar die "
                           "kan niet worden geopend:")
        else:
            head = self.tr("Er zijn automatische kopieën van sessies die niet netjes werden afgesloten, maar die "
                           "kunnen niet worden geopend:")
        self.tell(self.tr("Sessie kan niet worden hersteld"),
                  head + "\n" + "\n".join(lines) + "\n\n"
                  + self.tr("reflectiespel verandert en verwijdert deze bestanden niet; ze staan in {0}.").format(
                      str(refused[0].path.parent)))

    # --- talking to the user (replaced in tests: no modal dialogs there) ------------------------------
    def tell(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .plaintext import message_box

        message_box(self, QMessageBox.Icon.Warning, title, text).exec()  # plain: file names and titles as typed

    def ask_recovery(self, title: str, text: str) -> str:
        """'restore', 'later' (also Esc and closing the question: the autosave stays) or 'discard'
        (only after a second question)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the session's title is typed text
        box.setObjectName("recoveryQuestion")
        box.setInformativeText(self.tr("Later: de automatische kopie blijft bewaard en je krijgt deze vraag "
                                       "bij de volgende start opnieuw."))
        restore = box.addButton(self.tr("Herstellen"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(self.tr("Weggooien…"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(later)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is restore:
            return "restore"
        if clicked is not discard:
            return "later"
        sure = QMessageBox(QMessageBox.Icon.Warning, self.tr("Sessie weggooien?"),
                           self.tr("De automatische kopie met alle notities van deze sessie wordt gewist. "
                                   "Dat kan niet ongedaan worden gemaakt."), parent=self)
        sure.setObjectName("recoveryDiscardQuestion")
        really = sure.addButton(self.tr("Weggooien"), QMessageBox.ButtonRole.DestructiveRole)
        keep = sure.addButton(self.tr("Bewaren"), QMessageBox.ButtonRole.RejectRole)
        sure.setDefaultButton(keep)
        sure.setEscapeButton(keep)
        sure.exec()
        sure.deleteLater()
        return "discard" if sure.clickedButton() is really else "later"

    def ask(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from .plaintext import message_box

        Button = QMessageBox.StandardButton  # noqa: N806 - a Qt enum, kept in its own case
        box = message_box(self, QMessageBox.Icon.Question, title, text, Button.Yes | Button.No, Button.Yes)
        return box.exec() == Button.Yes

    def open_together(self) -> None:
        self.wait_for_library()
        from .session.launcher import board_definition
        from .together import TogetherWindow

        window = TogetherWindow(self.library, data_dir=self.data_dir, board_definition=board_definition())
        self.windows.append(window)
        window.show()

    def open_path(self):
        """'Pad van onze praktijk': where the practices stood at each of several sessions (ui/path/)."""
        self.wait_for_library()
        from .path.window import PathWindow
        from .session.launcher import board_definition

        window = PathWindow(board_definition(), self.recent.existing())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows.append(window)
        window.destroyed.connect(lambda: self.windows.remove(window) if window in self.windows else None)
        window.show()
        window.choose_sessions()
        return window

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_recovery_offered", False):
            self._recovery_offered = True
            QTimer.singleShot(0, self.offer_recovery)
