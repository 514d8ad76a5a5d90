"""TogetherWindow: "Samen reflecteren", a team reflects on its collaboration without a facilitator.

    window = TogetherWindow(library)          # from the start window
    window.show()

Start page (route, names, file) → one page per step → the end (agreements and summary). The
reflection is a Session: saved in the file the team chose on every change (throttled) and in the
app's autosave; "Pauzeren" saves and closes, "Verder met een eerdere reflectie" opens it again at
the same step and the same speaker. Nothing here opens a network connection, unless the team switches
"Telefoons erbij" on (phones.py): then a small web server on the local network, and only then.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, QStandardPaths, QTimer
from PySide6.QtWidgets import QFileDialog, QStackedWidget, QVBoxLayout, QWidget

from ...core.routes import guide
from ...core.board.boarddef import BoardDefinition, load_default_board
from ...core.sessions.compare import carry_over
from ...core.sessions.host import UNDO, WINDOW, SessionHost
from ...core.decks.library import Library
from ...core.base.problems import FileProblems
from ...core.routes.routes import RouteEntry, TooFewPeople, load_routes, start_session
from ...core.sessions.session import Session, SessionError
from ...core.sessions.stepkinds import route_kind
from ...core.sessions.storage import SUFFIX, atomic_write, open_session, open_user_file, save_session
from ...core.sessions.autosave import Autosaver
from ..screenfit import FitsScreen, fit_window
from ..session.hosting import window_host
from .common import BASE_POINTS, set_points
from .endpage import EndPage
from .phones import TogetherPhones
from .runpage import RunPage
from .startpage import StartPage

FILE_FILTER = QT_TRANSLATE_NOOP("TogetherWindow", "Reflectie (*.reflectiespel)")  # shown through self.tr()


def documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def free_path(folder: Path, stem: str) -> Path:
    """``folder/stem.reflectiespel``, or with -2, -3 … when that file already exists."""
    path, n = folder / f"{stem}{SUFFIX}", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}{SUFFIX}", n + 1
    return path


class TogetherWindow(FitsScreen, QWidget):
    def __init__(self, library: Library, parent: QWidget | None = None, data_dir: Path | None = None,
                 routes: list[RouteEntry] | None = None, board_definition: BoardDefinition | None = None):
        super().__init__(parent)
        self.setObjectName("togetherWindow")
        self.setWindowTitle(self.tr("Samen reflecteren"))
        self.setAccessibleName(self.tr("Samen reflecteren"))
        set_points(self, BASE_POINTS)
        fit_window(self, "together", QSize(1280, 720), data_dir)
        self.library = library
        self.session: Session | None = None
        self.host: SessionHost | None = None  # the one way into the reflection (core/sessions/host.py), per session
        self.path: Path | None = None
        self.autosaver = Autosaver(data_dir)
        if board_definition is None:
            try:
                board_definition = load_default_board()
            except FileProblems:
                board_definition = None
        self.pages = QStackedWidget()
        self.start_page = StartPage()
        self.run_page = RunPage(library, board_definition)
        self.end_page = EndPage()
        for page in (self.start_page, self.run_page, self.end_page):
            self.pages.addWidget(page)
        self.phones = TogetherPhones(library, board_definition)  # off by default
        self.phones.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        layout.addWidget(self.phones)
        self.save_timer = QTimer(self)
        self.save_timer.setInterval(500)
        self.save_timer.timeout.connect(self.tick)
        self.save_timer.start()
        self._connect()
        self.start_page.show_routes(routes if routes is not None else load_routes(library))
        self.start_page.routes.currentRowChanged.connect(lambda _row: self._suggest_file())
        self._suggest_file()

    def _connect(self) -> None:
        self.start_page.start_requested.connect(self.start)
        self.start_page.resume_requested.connect(lambda: self.resume())
        self.start_page.choose_file_requested.connect(self._choose_file)
        self.run_page.changed.connect(self._changed)
        self.phones.changed.connect(self._phones_changed)
        self.pages.currentChanged.connect(lambda _i: self.phones.setVisible(self.pages.currentWidget() is self.run_page))
        self.run_page.finished.connect(self.show_end)
        self.run_page.pause_requested.connect(self.pause)
        self.run_page.open_earlier_requested.connect(lambda: self.open_earlier())
        self.end_page.back_requested.connect(self._back_from_end)
        self.end_page.close_requested.connect(self.pause)
        self.end_page.text_requested.connect(lambda: self.save_summary_text())
        self.end_page.pdf_requested.connect(self.save_summary_pdf)
        pdf_report = _pdf_report()
        self.end_page.pdf_button.setEnabled(pdf_report is not None)
        if pdf_report is None:
            self.end_page.pdf_button.setToolTip(self.tr("Een verslag als PDF komt in een volgende versie; "
                                                        "bewaar de samenvatting nu als tekst."))

    # --- starting and resuming -----------------------------------------------------------------------
    def _suggest_file(self) -> None:
        """Suggest a file named after the route; a name the team typed or chose itself is kept."""
        current = self.start_page.file.text().strip()
        if current and current != getattr(self, "_suggested", None):
            return
        entry = self.start_page.selected()
        stem = f"{entry.route.id if entry else 'reflectie'}-{date.today().isoformat()}"
        self._suggested = str(free_path(documents_dir() / "Reflectiespel", stem))
        self.start_page.file.setText(self._suggested)

    def _choose_file(self) -> None:
        current = self.start_page.path() or documents_dir()
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Waar bewaren jullie de reflectie?"), str(current),
                                                self.tr(FILE_FILTER))
        if chosen:
            self.start_page.file.setText(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)

    def start(self, route_id: str | None = None, names: list[str] | None = None, path: Path | None = None) -> bool:
        """Begin a route (the start page's choices, or the given ones); False with a message if it cannot."""
        page = self.start_page
        if route_id is not None:
            page.select_route(route_id)
        entry = page.selected()
        if entry is None:
            page.message.setText(self.tr("Kies eerst een route."))
            return False
        path = Path(path) if path is not None else page.path()
        if path is None:
            page.message.setText(self.tr("Kies waar jullie de reflectie bewaren."))
            return False
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        if path.exists():
            page.message.setText(self.tr("Er staat al een reflectie in %1. Kies een andere naam, of ga verder "
                                         "met die eerdere reflectie.").replace("%1", str(path)))
            return False
        try:
            session = start_session(entry.route, names if names is not None else page.people(), self.library)
        except TooFewPeople as exc:
            page.message.setText(str(exc))
            return False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            save_session(session, path)
        except (FileProblems, OSError) as exc:
            page.message.setText(self.tr("Bewaren in deze map lukt niet: %1").replace("%1", str(exc)))
            return False
        self._run(session, path)
        return True

    def resume(self, path: Path | None = None) -> bool:
        """Open an earlier reflection and continue at the same step and the same speaker."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Welke reflectie gaan jullie verder?"),
                                                    str(documents_dir()), self.tr(FILE_FILTER))
            if not chosen:
                return False
            path = Path(chosen)
        message = self.start_page.message if self.session is None else self.run_page.message
        try:
            session = open_user_file(Path(path))
        except FileProblems as exc:
            message.setText(str(exc))
            return False
        if session.together is None:
            message.setText(self.tr("Dit is een sessie met begeleider, geen route van Samen reflecteren. "
                                    "Open hem via Sessies."))
            return False
        self._run(session, Path(path))
        return True

    def _run(self, session: Session, path: Path) -> None:
        if self.host is not None:
            self.host.close()  # the reflection before: out of the collector's hold
        self.session, self.path = session, path
        self.host = window_host(session, self.run_page.undo_stack, self.autosaver)
        self.host.listeners.append(self._host_changed)
        self.phones.set_session(session, self.host)
        self.autosaver.changed(session)
        self.run_page.set_session(session, self.host)
        if session.together is not None and session.together.finished:
            self.show_end()
        else:
            self.pages.setCurrentWidget(self.run_page)

    # --- comparing with last time --------------------------------------------------------------------
    def open_earlier(self, path: Path | None = None) -> bool:
        session = self.session
        if session is None:
            return False
        if path is None:
            folder = self.path.parent if self.path else documents_dir()
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Welke reflectie was de vorige keer?"),
                                                    str(folder), self.tr(FILE_FILTER))
            if not chosen:
                return False
            path = Path(chosen)
        try:
            earlier = open_session(Path(path))
            target = next(s for s in session.steps if route_kind(guide.step_kind(session, s)).compare)
            carry_over(session, target.id, earlier, self.library, Path(path).resolve())
        except (FileProblems, SessionError) as exc:
            self.run_page.message.setText(str(exc))
            return False
        self.run_page.show_step()
        self._changed()
        return True

    # --- saving ----------------------------------------------------------------------------------------
    def _changed(self) -> None:
        """The team did something on the laptop (a turn, an answer, another step): saved soon, phones see it."""
        if self.host is not None:
            self.host.changed(WINDOW)

    def _host_changed(self, source: str) -> None:
        if source == UNDO:  # what a phone did was taken back: show it at once
            self._phones_changed()

    def _phones_changed(self) -> None:
        """A phone took its turn, placed the practice or wrote something (redrawn a little later)."""
        if self.session is not None and self.pages.currentWidget() is self.run_page:
            self.run_page.show_step()

    def tick(self) -> None:
        """Every half second: write the autosave when due, and then the team's own file."""
        if self.autosaver.tick() and self.session is not None and self.path is not None:
            self._save_file()

    def _save_file(self) -> bool:
        try:
            save_session(self.session, self.path)
        except FileProblems as exc:
            self.run_page.message.setText(str(exc))
            return False
        return True

    def save_now(self) -> bool:
        """Write the team's file now; on success the autosave is no longer needed."""
        if self.session is None or self.path is None:
            return True
        if not self._save_file():
            self.autosaver.flush()
            return False
        self.autosaver.discard(self.session)
        return True

    def pause(self) -> None:
        """Save and close; later 'Verder met een eerdere reflectie' opens it at the same place."""
        self.phones.stop()
        if self.save_now():
            self.session = None
            self.close()

    def closeEvent(self, event) -> None:
        self.phones.stop()  # phones off at once
        self.run_page.timer.stop()
        if self.session is not None:
            self.save_now()
        self.save_timer.stop()
        if self.host is not None:
            self.host.close()
        super().closeEvent(event)

    # --- the end -----------------------------------------------------------------------------------------
    def show_end(self) -> None:
        if self.session is None:
            return
        self.save_now()
        self.autosaver.changed(self.session)
        self.end_page.show_summary(guide.summary_text(self.session, self.library),
                                   self.tr("Bewaard in %1").replace("%1", str(self.path)))
        self.pages.setCurrentWidget(self.end_page)

    def _back_from_end(self) -> None:
        if self.session is not None:
            self.session.together.finished = False
            self._changed()
        self.run_page.show_step(restart_timer=False)
        self.pages.setCurrentWidget(self.run_page)

    def save_summary_text(self, path: Path | None = None) -> Path | None:
        if self.session is None:
            return None
        if path is None:
            suggestion = self.path.with_name(self.path.stem + "-samenvatting.txt") if self.path else None
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Samenvatting bewaren"), str(suggestion or ""),
                                                    self.tr("Tekst (*.txt)"))
            if not chosen:
                return None
            path = Path(chosen)
        try:
            atomic_write(path, guide.summary_text(self.session, self.library).encode("utf-8"))
        except FileProblems as exc:
            self.end_page.message.setText(str(exc))
            return None
        self.end_page.message.setText(self.tr("Bewaard: %1").replace("%1", str(path)))
        return path

    def save_summary_pdf(self) -> None:
        report = _pdf_report()
        if report is None or self.session is None:
            return
        suggestion = self.path.with_suffix(".pdf") if self.path else Path("samenvatting.pdf")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Verslag als PDF"), str(suggestion),
                                                self.tr("PDF (*.pdf)"))
        if chosen:
            try:
                report(self.session, Path(chosen), library=self.library)
            except (FileProblems, OSError) as exc:
                self.end_page.message.setText(str(exc))
            else:
                self.end_page.message.setText(self.tr("Bewaard: %1").replace("%1", chosen))


def _pdf_report():
    """The printing issue's session report writer, when it exists: write_report(session, path)."""
    try:
        from ...pdf import report
    except ImportError:
        return None
    return getattr(report, "write_report", None)
