"""'Pad van onze praktijk': where a group's practices stood on the axis at each session, and why they moved.

The window opens several session files (core/reports/path.py reads them with the app's own checks), shows each
practice's path on the board (ui/path/scene.py) with the practices, their places and reasons in a list
beside it, filters per perspective, projects the same picture for the room (F5), and saves it as a PDF
page, a PNG or a workbook. It changes no session: it only reads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import (QComboBox, QFrame, QGraphicsView, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMainWindow, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from ...core.reports.path import ALL, GROUP, PracticePath, build_path, open_sessions
from ...core.reports.pathrows import PathTable, path_title, point_text
from ..plaintext import plain
from ..screenfit import FitsScreen, fit_window
from .scene import PathScene

HEADER = Qt.ItemDataRole.UserRole + 1  # a practice's own line in the list (the others are its places)
ALL_KEY = "\x00all"  # the combo's data for 'every perspective' (a perspective key is never this)


class PathView(QGraphicsView):
    """Shows the whole board, always; the dots answer the mouse (a click chooses, hovering tells why)."""

    def __init__(self, scene: PathScene, parent=None, name: str = "pathBoard"):
        super().__init__(scene, parent)
        self.setObjectName(name)
        self.setAccessibleName(self.tr("Bord met het pad van de praktijken"))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumSize(320, 180)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list beside it is the keyboard's way in

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event):
        super().showEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


class PathProjection(FitsScreen, QWidget):
    """What the room sees: the title and the same paths on the board in the projector's presentation."""

    closed = Signal()

    def __init__(self, definition, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("pathProjection")
        self.setWindowTitle(self.tr("Pad van onze praktijk — projectie"))
        self.setStyleSheet("background: white;")
        self.title = QLabel(self)
        self.title.setObjectName("pathProjectionTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPixelSize(34)
        font.setBold(True)
        self.title.setFont(font)
        self.scene = PathScene(definition, self, large=True)
        self.view = PathView(self.scene, self, "pathProjectionBoard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event):
        self.closed.emit()
        super().closeEvent(event)


class PathWindow(FitsScreen, QMainWindow):
    def __init__(self, definition=None, recent: list[Path] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pathWindow")
        self.setWindowTitle(self.tr("Pad van onze praktijk"))
        self.definition = definition
        self.recent = list(recent or [])
        self.sessions: list = []  # (Session, Path), as opened
        self.joins: list[tuple[str, str]] = []  # names the user said are one practice (core/reports/path.py)
        self.path: PracticePath | None = None
        self.projection: PathProjection | None = None
        self.scene = PathScene(definition, self)
        self.scene.point_clicked.connect(self.select_practice)
        self.view = PathView(self.scene, self)
        self._build()
        self.refresh()

    # -- building --------------------------------------------------------------------------------------
    def _button(self, text: str, name: str, slot, accessible: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible or text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.choose_button = self._button(self.tr("Sessies kiezen…"), "pathChoose", self.choose_sessions,
                                          self.tr("Sessies kiezen"))
        self.perspective_label = QLabel(self.tr("&Perspectief:"), self)
        self.perspective = QComboBox(self)
        self.perspective.setObjectName("pathPerspective")
        self.perspective.setAccessibleName(self.tr("Perspectief"))
        self.perspective_label.setBuddy(self.perspective)
        self.perspective.currentIndexChanged.connect(self._perspective_chosen)
        self.project_button = self._button(self.tr("Projecteren (F5)"), "pathProject", self.toggle_projection,
                                           self.tr("Projecteren"))
        self.pdf_button = self._button(self.tr("PDF…"), "pathPdf", self.save_pdf, self.tr("Bewaren als PDF"))
        self.png_button = self._button(self.tr("PNG…"), "pathPng", self.save_png, self.tr("Bewaren als PNG"))
        self.xlsx_button = self._button(self.tr("Excel…"), "pathXlsx", self.save_xlsx,
                                        self.tr("Bewaren als werkmap voor Excel"))
        top = QHBoxLayout()
        for widget in (self.choose_button, self.perspective_label, self.perspective):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (self.project_button, self.pdf_button, self.png_button, self.xlsx_button):
            top.addWidget(widget)

        self.practices = QListWidget(self)
        self.practices.setObjectName("pathPractices")
        self.practices.setAccessibleName(self.tr("Praktijken: plek en redenen per sessie"))
        self.practices.setWordWrap(True)
        self.practices.currentItemChanged.connect(self._practice_chosen)
        self.join_button = self._button(self.tr("Koppelen aan…"), "pathJoin", self.join_practice,
                                        self.tr("Koppelen aan een praktijk met een andere naam"))
        self.unjoin_button = self._button(self.tr("Koppelingen wissen"), "pathUnjoin", self.clear_joins)
        self.session_list = QListWidget(self)
        self.session_list.setObjectName("pathSessions")
        self.session_list.setAccessibleName(self.tr("Sessies in het pad"))
        self.session_list.setWordWrap(True)
        self.remove_button = self._button(self.tr("Sessie weghalen"), "pathRemoveSession", self.remove_session,
                                          self.tr("Sessie weghalen uit het pad"))
        self.notes = QListWidget(self)
        self.notes.setObjectName("pathNotes")
        self.notes.setAccessibleName(self.tr("Wat opviel bij het samenvoegen"))
        self.notes.setWordWrap(True)
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._heading(self.tr("Praktijken (plek en waarom, per sessie)"), self.practices))
        column.addWidget(self.practices, 3)
        joining = QHBoxLayout()
        joining.addWidget(self.join_button)
        joining.addWidget(self.unjoin_button)
        joining.addStretch(1)
        column.addLayout(joining)
        column.addWidget(self._heading(self.tr("Sessies"), self.session_list))
        column.addWidget(self.session_list, 1)
        column.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self._heading(self.tr("Wat opviel"), self.notes))
        column.addWidget(self.notes, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([660, 340])
        self.status = QLabel(self)
        self.status.setObjectName("pathStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self.setCentralWidget(body)
        for text, key, slot in ((self.tr("Sessies kiezen"), QKeySequence.StandardKey.Open, self.choose_sessions),
                                (self.tr("Projecteren"), QKeySequence("F5"), self.toggle_projection),
                                (self.tr("Sluiten"), QKeySequence.StandardKey.Close, self.close)):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            self.addAction(action)
        fit_window(self, "path", QSize(1180, 760))  # inside a 1024×768 laptop too (#24)

    def _heading(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(f"<b>{text}</b>", self)
        label.setBuddy(buddy)
        return label

    def sizeHint(self) -> QSize:
        return QSize(1180, 760)

    # -- what the user does ----------------------------------------------------------------------------
    def choose_sessions(self) -> None:
        """Tick recent sessions or pick files; they are added to the path."""
        paths = self.ask_sessions()
        if paths:
            self.add_files(paths)

    def ask_sessions(self) -> list[Path]:
        """The dialog; tests replace this method (no dialog is hard-wired into logic)."""
        from .choose import ChooseSessions

        dialog = ChooseSessions([p for p in self.recent if p not in {w for _s, w in self.sessions}], self)
        return dialog.chosen() if dialog.exec() else []

    def add_files(self, paths) -> None:
        opened = open_sessions(paths, already=[s for s, _p in self.sessions])
        self.sessions += opened.sessions
        self.refresh()
        if opened.problems:
            self.tell(self.tr("Niet elke sessie kon worden gebruikt"),
                      "\n\n".join(opened.problems) + "\n\n" + self.tr("De bestanden zijn niet veranderd."))

    def remove_session(self) -> None:
        row = self.session_list.currentRow()
        if self.path is None or row < 0:
            self.status.setText(self.tr("Kies eerst een sessie in de lijst Sessies."))
            return
        session = self.path.sessions[row]
        self.sessions = [(s, p) for s, p in self.sessions if s.id != session.session_id]
        self.refresh()

    def join_practice(self) -> None:
        """The chosen practice is the same as another one that was typed anew under another name."""
        chosen = self._chosen_practice()
        if chosen is None:
            self.status.setText(self.tr("Kies eerst in de lijst de praktijk die je wilt koppelen."))
            return
        others = [p for p in self.path.practices if p is not chosen and not set(p.sessions) & set(chosen.sessions)]
        if not others:
            self.status.setText(self.tr("Er is geen praktijk om '{0}' aan te koppelen: elke andere staat in een "
                                        "sessie waar '{0}' ook staat.").format(chosen.name))
            return
        answer = self.ask_join(chosen.name, [p.name for p in others])
        if answer:
            self.joins.append((chosen.name, answer))
            self.refresh()
            joined = next((p for p in self.path.practices if chosen.key == p.key or answer == p.name), None)
            self.select_practice(joined.key if joined else None)

    def clear_joins(self) -> None:
        self.joins = []
        self.refresh()

    def _chosen_practice(self):
        item = self.practices.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((p for p in self.path.practices if p.key == key), None) if self.path else None

    def select_practice(self, key: str | None) -> None:
        """Choose a practice (a click on its dot, or the list): it stands out on the board and in the list."""
        for row in range(self.practices.count()):
            item = self.practices.item(row)
            if item.data(HEADER) and item.data(Qt.ItemDataRole.UserRole) == key:
                self.practices.setCurrentItem(item)
                self.practices.scrollToItem(item, QListWidget.ScrollHint.PositionAtTop)
                return
        self.practices.setCurrentItem(None)
        self._practice_chosen(None)

    def _practice_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.scene.set_selected(key)
        if self.projection is not None:
            self.projection.scene.set_selected(key)

    def _perspective_chosen(self, _index: int) -> None:
        if self._filling:
            return
        self.scene.set_perspective(self.chosen_perspective())
        self._fill_practices()
        self._mirror()

    def chosen_perspective(self) -> str | None:
        data = self.perspective.currentData()
        return ALL if data == ALL_KEY else (data if data is not None else GROUP)

    # -- model -> widgets ------------------------------------------------------------------------------
    _filling = False

    def refresh(self) -> None:
        """Build the path again from the sessions and show it everywhere."""
        from ...core.board.boarddef import board_in

        if self.sessions:
            self.path = build_path(self.sessions, lambda s: board_in(self.definition, s.language), self.definition,
                                   self.joins)
        else:
            self.path = None
        wanted = self.chosen_perspective() if self.perspective.count() else GROUP
        self._filling = True
        self.perspective.clear()
        if self.path is not None:
            for key, name in self.path.perspectives.items():
                self.perspective.addItem(self.path.perspective_name(key) if key == GROUP else name, key)
            if len(self.path.perspectives) > 1 or not self.path.perspectives:
                self.perspective.addItem(self.tr("alle perspectieven"), ALL_KEY)
        index = self.perspective.findData(ALL_KEY if wanted is ALL else wanted)
        self.perspective.setCurrentIndex(max(0, index))
        self._filling = False
        self.scene.set_path(self.path, self.chosen_perspective())
        self._fill_practices()
        self._fill_sessions()
        self._mirror()
        has = self.path is not None and any(p.points for p in self.path.practices)
        for button in (self.pdf_button, self.png_button, self.xlsx_button, self.join_button):
            button.setEnabled(has)
        self.unjoin_button.setEnabled(bool(self.joins))
        if self.path is None:
            self.status.setText(self.tr("Kies twee of meer sessies van dezelfde groep (Sessies kiezen…, Ctrl+O). "
                                        "Het pad laat zien waar elke praktijk per sessie stond, en waarom hij schoof."))
        elif len(self.path.sessions) == 1:
            self.status.setText(self.tr("Eén sessie gekozen; kies er nog een voor een pad."))
        else:
            self.status.setText(self.tr("Wijs een stip of pijl aan voor de reden; klik een stip of kies in de lijst "
                                        "om één praktijk te volgen."))

    def _fill_practices(self) -> None:
        """One bold line per practice, then a line per session with its place in words and its reasons."""
        selected = self.scene.selected
        self.practices.blockSignals(True)
        self.practices.clear()
        if self.path is not None:
            table = PathTable(self.path, self.definition, self.chosen_perspective())
            numbers = self.scene.numbers()
            for practice in self.path.shown(table.perspective):
                title = f"{numbers[practice.key]}  {practice.name}"
                if practice.former_names:
                    title += "  " + self.tr("(eerder: {0})").format(", ".join(practice.former_names))
                top = QListWidgetItem(title)
                top.setData(Qt.ItemDataRole.UserRole, practice.key)
                top.setData(HEADER, True)
                font = top.font()
                font.setBold(True)
                top.setFont(font)
                top.setToolTip(plain(title))
                self.practices.addItem(top)
                for point in practice.path(table.perspective):
                    words = point_text(table, practice, point).split("\n")
                    line = f"    {self.path.session(point.session).label}  ·  {words[1]}"
                    line += "".join(f"\n        “{reason}”" for reason in point.reasons)
                    item = QListWidgetItem(line)
                    item.setData(Qt.ItemDataRole.UserRole, practice.key)
                    item.setToolTip(plain("\n".join(words)))
                    self.practices.addItem(item)
        self.practices.blockSignals(False)
        shown = {self.practices.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.practices.count())}
        self.select_practice(selected if selected in shown else None)

    def _fill_sessions(self) -> None:
        self.session_list.clear()
        self.notes.clear()
        if self.path is None:
            return
        for session in self.path.sessions:
            text = f"{session.number}.  {session.label}  {session.title}"
            if session.file:
                text += f"  ({session.file})"
            item = QListWidgetItem(text)
            item.setToolTip(plain(text + ("\n" + "\n".join(session.notes) if session.notes else "")))
            self.session_list.addItem(item)
        for note in self.path.notes or [self.tr("Alle praktijken zijn in elke sessie teruggevonden.")]:
            item = QListWidgetItem(note)
            item.setToolTip(plain(note))
            self.notes.addItem(item)

    # -- the room --------------------------------------------------------------------------------------
    def toggle_projection(self) -> None:
        if self.projection is not None:
            self.projection.close()
            return
        self.projection = PathProjection(self.definition)
        self.projection.closed.connect(self._projection_closed)
        self._mirror()
        screens = [s for s in self.screen().virtualSiblings() if s is not self.screen()] if self.screen() else []
        if screens:  # a second screen: the beamer, full screen
            self.projection.setGeometry(screens[0].geometry())
            self.projection.showFullScreen()
        else:
            fit_window(self.projection, "pathProjection", QSize(1280, 720))
            self.projection.show()
        self.project_button.setText(self.tr("Projectie stoppen (F5)"))

    def _projection_closed(self) -> None:
        self.projection = None
        self.project_button.setText(self.tr("Projecteren (F5)"))

    def _mirror(self) -> None:
        if self.projection is None:
            return
        title = path_title(self.path) if self.path else self.tr("Pad van onze praktijk")
        if self.path is not None:
            title += "  ·  " + (self.tr("alle perspectieven") if self.chosen_perspective() is ALL
                                else self.path.perspective_name(self.chosen_perspective()))
        self.projection.title.setText(title)
        self.projection.scene.set_path(self.path, self.chosen_perspective())
        self.projection.scene.set_selected(self.scene.selected)

    # -- saving ----------------------------------------------------------------------------------------
    def _table(self) -> PathTable:
        return PathTable(self.path, self.definition, self.chosen_perspective())

    def _save(self, caption: str, suffix: str, kind: str, write) -> Path | None:
        if self.path is None:
            return None
        target = self.ask_save_path(caption, self.tr("pad") + suffix, kind)
        if target is None:
            return None
        target = Path(target)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        from ...core.base.problems import FileProblems

        try:
            write(target)
        except (OSError, FileProblems) as exc:  # OutputError and WriteError say what went wrong in Dutch
            self.tell(self.tr("Niet bewaard"), str(exc) + "\n\n" + self.tr("Er is niets overschreven."))
            return None
        self.status.setText(self.tr("Bewaard: {0}").format(target))
        return target

    def save_pdf(self) -> Path | None:
        from ...pdf.pathpdf import write_path_pdf

        return self._save(self.tr("Pad bewaren als PDF"), ".pdf", self.tr("PDF (*.pdf)"),
                          lambda t: write_path_pdf(self.path, t, self.chosen_perspective(), self.definition))

    def save_png(self) -> Path | None:
        from ..board.export import export_png

        return self._save(self.tr("Pad bewaren als PNG"), ".png", self.tr("PNG-afbeelding (*.png)"),
                          lambda t: export_png(self.scene, t, "projector"))

    def save_xlsx(self) -> Path | None:
        from ...core.files.atomic import atomic_write
        from ...core.reports.pathrows import path_to_xlsx

        return self._save(self.tr("Pad bewaren als Excel-werkmap"), ".xlsx", self.tr("Excel-werkmap (*.xlsx)"),
                          lambda t: atomic_write(t, path_to_xlsx(self._table())))

    # -- asking and telling (tests replace these) -----------------------------------------------------
    def ask_join(self, name: str, others: list[str]) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        answer, ok = QInputDialog.getItem(self, self.tr("Koppelen"), self.tr(
            "Welke praktijk is dezelfde als '{0}', maar kreeg in een andere sessie een andere naam?").format(name),
            others, 0, False)
        return answer if ok and answer else None

    def ask_save_path(self, caption: str, name: str, kind: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(self, caption, str(Path.home() / name), kind)
        return Path(chosen) if chosen else None

    def tell(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ..plaintext import message_box

        message_box(self, QMessageBox.Icon.Warning, title, text).exec()

    def closeEvent(self, event):
        if self.projection is not None:
            self.projection.close()
        super().closeEvent(event)
