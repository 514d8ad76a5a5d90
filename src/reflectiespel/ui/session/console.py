"""The facilitator's console: agenda, current and next card, a preview of the projection,
capture (notes, choices, votes, actions, own cards), the timer, and the projection window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QApplication, QFileDialog, QHBoxLayout, QLabel, QMainWindow, QMessageBox,
                               QProgressBar, QPushButton, QSplitter, QStatusBar, QTabWidget, QToolBar, QToolButton,
                               QVBoxLayout, QWidget)

from ...core.board.boarddef import board_in
from ...core.base.problems import FileProblems
from ...core.sessions.stepkinds import kind_of
from ..accessiblecombo import install as name_drop_downs
from ..flow import FlowLayout
from ..screenfit import FitsScreen, fit_window
from ..tabkeys import arrows_stay
from ..theme import grow, set_ink
from .controller import SessionController
from .keys import PRESENTING, KeyGuard, is_text_field
from .inputpanel import InputPanel
from .livepanel import LivePanel
from .panels import ActionsPanel, AgendaPanel, GroupCardsPanel, NotesPanel, ParticipantsPanel, named, plain_label
from .lasttimepanel import LastTimePanel
from .projection import AspectFrame, ProjectionView, ProjectionWindow
from .roomtext import RoomText
from .screens import ScreenKeeper
from .spoken import announce, clock_words, room_sees, where_now
from .votegrid import VoteGridPanel
from ..plaintext import plain

FILE_FILTER = QT_TRANSLATE_NOOP("ConsoleWindow", "Reflectiespel-sessie (*.reflectiespel)")  # shown through self.tr()
# colour-blind safe (Okabe & Ito), dark enough to read on the light board
BOARD_ROOM = 300  # on a board step, side panels fold before the board gets less than this beyond its minimum
MIN_WIDTH = 700  # the console's own minimum: below the width of all panels, side panels fold away
TAB_ROOM = 410  # the capture panel's width where its five tabs show without scroll arrows
PALETTE = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#7f6000", "#000000"]


class ConsoleWindow(FitsScreen, QMainWindow):
    closed = Signal()
    report_done = Signal()  # a report job ended (written or failed)
    print_done = Signal()  # a print job ended (sent to the printer or failed)

    def __init__(self, controller: SessionController, board_definition=None, parent: QWidget | None = None):
        super().__init__(parent)
        name_drop_downs()  # whatever made the QApplication (ui/accessiblecombo.py)
        self.setObjectName("consoleWindow")
        self.controller = controller
        # the board speaks the session's language, like its cards (core/board/boarddef.py board_in)
        board_definition = board_in(board_definition, controller.session.language)
        self.board = self._make_board(board_definition)
        self.board_factory = self.board.projection_view if self.board is not None else None
        self.projection: ProjectionWindow | None = None
        self.open_files = True  # open a report with the system's PDF viewer after writing it
        self.report_job = None  # the report being written (ui/session/reportjob.py)
        self.print_job = None  # the report being printed (ui/session/reportprint.py)

        self.left = self._build_agenda()
        self.middle = self._build_middle()
        self.tabs = self._build_capture(board_definition)
        self._build_splitter()
        self.setStatusBar(QStatusBar(self))
        self._build_actions()
        self._place_on_screen()
        self._connect_controller()
        self._bring_last_time()
        self.refresh()
        self._start_presenting()

    # --- building the window -------------------------------------------------------------------
    def _build_agenda(self) -> QSplitter:
        """Left: the agenda above the participants."""
        self.agenda = AgendaPanel(self.controller, self)
        self.participants = ParticipantsPanel(self.controller, self)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.agenda)
        left.addWidget(self.participants)
        return left

    def _build_middle(self) -> QWidget:
        """The centre: what the room sees (or the board), the clock, previous and next, the key legend."""
        controller = self.controller
        self.preview = ProjectionView(controller, self, self.board_factory)
        self.preview.reference = self._beamer_size
        self.preview_frame = AspectFrame(self.preview, self)
        self.preview_label = plain_label(self.tr("Wat de zaal ziet:"), self)
        self.now_label = named(plain_label("", self), "currentCardLabel", self.tr("Huidige kaart"))
        self.next_label = named(plain_label("", self), "nextCardLabel", self.tr("Volgende kaart"))
        clock, moves = self._build_clock(), self._build_moves()  # made first: Tab reaches them before the toggles
        # the side panels fold away, so the preview or the board can take the console's centre
        self.agenda_toggle = self._toggle(self.tr("◧ Agenda"), "agendaToggle",
                                          self.tr("Agenda en deelnemers tonen of verbergen"))
        self.capture_toggle = self._toggle(self.tr("Vastleggen ◨"), "captureToggle",
                                           self.tr("Vastleggen (notities, keuzes, acties) tonen of verbergen"))
        top_row = QHBoxLayout()
        top_row.addWidget(self.agenda_toggle)
        top_row.addWidget(self.preview_label, 1)
        top_row.addWidget(self.capture_toggle)
        # under a preview too small to read (a 1024×768 laptop), its words at the console's own size
        self.room_text = RoomText(self.preview, self)
        self.preview_frame.on_resize = self._room_text_when_small
        middle = QWidget(self)
        self.middle_layout = middle_layout = QVBoxLayout(middle)
        middle_layout.addLayout(top_row)
        middle_layout.addWidget(self.preview_frame, 1)
        middle_layout.addWidget(self.room_text, 1)
        if self.board is not None:
            middle_layout.addWidget(self.board, 3)
        middle_layout.addLayout(clock)
        middle_layout.addLayout(moves)
        middle_layout.addWidget(self.now_label)
        middle_layout.addWidget(self.next_label)
        self.key_legend = named(plain_label("", self), "keyLegend", self.tr("Toetsen"))
        middle_layout.addWidget(self.key_legend)
        return middle

    def _build_clock(self) -> FlowLayout:
        """The clock and its buttons, in a row that wraps instead of widening the window (1024×768 laptops)."""
        controller = self.controller
        self.timer_label = named(QLabel(self), "timerLabel", self.tr("Klok"))
        grow(self.timer_label, 2.3, bold=True)
        self.timer_button = self._button(self.tr("Start klok (T)"), "timerToggle", self.tr("Klok starten of pauzeren"),
                                         self.tr("Klok starten of pauzeren (T; tijdens typen Alt+T)"),
                                         controller.toggle_timer)
        self.plus_button = self._button(self.tr("+1 min"), "timerPlusMinute", self.tr("+1 min: een minuut erbij"),
                                        self.tr("Een minuut erbij op de klok"), controller.add_minute)
        self.reset_button = self._button(self.tr("Opnieuw"), "timerReset", self.tr("Opnieuw: klok terugzetten"),
                                         self.tr("De klok terug naar de tijd van de stap"), controller.reset_timer)
        row = FlowLayout()
        for widget in (self.timer_label, self.timer_button, self.plus_button, self.reset_button):
            row.addWidget(widget)
        return row

    def _build_moves(self) -> QHBoxLayout:
        """◀ Vorige and Volgende ▶."""
        controller = self.controller
        self.prev_button = self._button(self.tr("◀ Vorige"), "previous", self.tr("Vorige"),
                                        self.tr("Vorige kaart of stap (← of PgUp; tijdens typen Alt+←)"),
                                        controller.go_previous)
        self.next_button = self._button(self.tr("Volgende ▶"), "next", self.tr("Volgende"),
                                        self.tr("Volgende kaart of stap (→, spatie of PgDn; tijdens typen Alt+→)"),
                                        controller.go_next)
        row = QHBoxLayout()
        row.addWidget(self.prev_button, 1)
        row.addWidget(self.next_button, 2)
        return row

    def _button(self, text: str, name: str, accessible: str, tip: str, slot) -> QPushButton:
        button = named(QPushButton(text, self), name, accessible)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches it; a click leaves the keys where they were
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _build_capture(self, board_definition) -> QTabWidget:
        """Right: the capture tabs (notes, choices and votes, actions, own cards) and the phones."""
        controller = self.controller
        self.notes = NotesPanel(controller, self)
        self.choices = VoteGridPanel(controller, self)
        self.actions_panel = ActionsPanel(controller, self)
        self.last_time = LastTimePanel(controller, self.actions_panel)
        self.actions_panel.layout().insertWidget(0, self.last_time)  # last time's open items first
        self.group_cards = GroupCardsPanel(controller, self)
        tabs = named(QTabWidget(self), "captureTabs", self.tr("Vastleggen"))
        # short tab names: all five stay readable without scrolling from 1024 px up
        for page, text, tip in ((self.notes, self.tr("Notities"), self.tr("Notities bij deze stap")),
                                (self.choices, self.tr("Keuzes"), self.tr("Keuzes en stemmen")),
                                (self.actions_panel, self.tr("Acties"), self.tr("Actiepunten")),
                                (self.group_cards, self.tr("Eigen kaarten"), self.tr("Kaarten die de groep maakt"))):
            tabs.setTabToolTip(tabs.addTab(page, text), tip)
        # the input of a word cloud, idea wall or rating scale (issue #29): first, and only in such a step
        self.input_panel = InputPanel(controller, self)
        tabs.insertTab(0, self.input_panel, self.input_panel.tab_title())
        tabs.setTabToolTip(0, self.tr("Wat de zaal stuurt, en invoeren voor wie geen telefoon heeft"))
        self.live = LivePanel(controller, self, board_definition=board_definition, board=self.board)
        tabs.setTabToolTip(tabs.addTab(self.live, self.tr("Telefoons")), self.tr("Telefoons erbij"))
        arrows_stay(tabs.tabBar())  # a focused tab bar takes the arrows (not previous/next card)
        self.live.attach(self.preview)
        return tabs

    def _build_splitter(self) -> None:
        """Agenda, centre and capture side by side; the sides fold away when the window is too narrow."""
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.left)
        splitter.addWidget(self.middle)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.splitterMoved.connect(self._sizes_chosen)
        self._user_sizes = False
        self._folded: set[QWidget] = set()  # side panels folded away because the window is too narrow
        splitter.setMinimumWidth(MIN_WIDTH)  # narrower than the panels together: side panels fold instead
        self.agenda_toggle.toggled.connect(lambda on: self._show_side(self.left, on))
        self.capture_toggle.toggled.connect(lambda on: self._show_side(self.tabs, on))
        self.setCentralWidget(splitter)

    def _place_on_screen(self) -> None:
        self.screens = ScreenKeeper(self)  # inside its screen; the projection on the other (screens.py)
        opener = QApplication.activeWindow()  # the main window the facilitator opened this from
        screen = opener.screen() if opener is not None else QGuiApplication.primaryScreen()
        self.screens.place_console(screen)
        # the size it had last on a screen of this size (settings.json), and the real frame checked once shown
        fit_window(self, "console", QSize(1400, 860), self.controller.data_dir, screen=screen)

    def _connect_controller(self) -> None:
        controller = self.controller
        controller.changed.connect(self.refresh)
        controller.moved.connect(self.refresh)
        controller.moved.connect(self._announce_move)
        controller.black_changed.connect(lambda _on: self._describe_preview())
        self._last_step = controller.step
        controller.moved.connect(self._guide_vote)
        controller.timer_changed.connect(self._update_timer)
        controller.problem.connect(self.show_problem)
        controller.undo_stack.cleanChanged.connect(self._update_title)

    def _start_presenting(self) -> None:
        """The keys: presenting by default (focus on the agenda), typing where the facilitator clicks or Ctrl+N."""
        self.key_guard = KeyGuard(self)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._following_focus = True  # until the window closes
        self.agenda.list.setFocus()
        self._focus_changed(None, self.agenda.list)

    # --- actions and keys ------------------------------------------------------------------
    def _action(self, text: str, slot, shortcuts=(), name: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        """Presenting keys act when the focus is not in a text field; the Alt variants always (see keys.py)."""
        c = self.controller
        self.start_action = self._action(self.tr("Projectie starten (F5)"), self.start_projection, ["F5"], "startProjection")
        self.stop_action = self._action(self.tr("Projectie stoppen (Esc)"), self.stop_projection, ["Esc"], "stopProjection")
        self.swap_action = self._action(self.tr("Wissel scherm"), self.swap_screens, ["Ctrl+Shift+W"],
                                        "swapScreens")
        keys = PRESENTING
        self.black_action = self._action(self.tr("Zwart (B)"), c.toggle_black, [*keys["black"][0], keys["black"][1]],
                                         "black")
        self.black_action.setCheckable(True)
        c.black_changed.connect(self.black_action.setChecked)
        self.next_action = self._action(self.tr("Volgende"), c.go_next, [*keys["next"][0], keys["next"][1]], "nextKey")
        self.previous_action = self._action(self.tr("Vorige"), c.go_previous,
                                            [*keys["previous"][0], keys["previous"][1]], "previousKey")
        self.timer_action = self._action(self.tr("Klok"), c.toggle_timer, [*keys["timer"][0], keys["timer"][1]],
                                         "timerKey")
        self.note_action = self._action(self.tr("Notitie typen"), self.start_typing, ["Ctrl+N"], "noteKey")
        # undo and redo with a fixed label (what they undo is in the tooltip and, afterwards, the status bar)
        self.undo_action = self._action(self.tr("Ongedaan maken"), self.undo, ["Ctrl+Z"], "undo")
        self.redo_action = self._action(self.tr("Opnieuw doen"), self.redo, ["Ctrl+Shift+Z", "Ctrl+Y"], "redo")
        stack = c.undo_stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_tip)
        stack.redoTextChanged.connect(self._redo_tip)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self._undo_tip(stack.undoText() if stack.canUndo() else "")
        self._redo_tip(stack.redoText() if stack.canRedo() else "")
        self.report_action = self._action(self.tr("Verslag (PDF)…"), self.make_report, ["Ctrl+P"], "report")
        self.print_action = self._action(self.tr("Verslag printen…"), self.print_report, ["Ctrl+Shift+P"],
                                         "printReport")
        self.export_action = self._action(self.tr("Exporteren…"), lambda: self.export(), ["Ctrl+E"], "export")
        self.sound_action = self._action(self.tr("Geluid bij nul"), self._set_sound, ["Ctrl+Shift+T"],
                                         "timerSound")
        self.sound_action.setCheckable(True)
        self.rehearse_action = self._action(self.tr("Oefenronde (klok 10×)"), self._rehearse, ["Ctrl+Shift+O"],
                                            "rehearse")
        self.rehearse_action.setCheckable(True)
        self.rehearse_action.setToolTip(self.tr("Loop de hele agenda door met een klok die tien keer zo snel "
                                                "loopt, en zie daarna of de tijd klopt (Ctrl+Shift+O)"))
        c.rehearsal_changed.connect(self.rehearse_action.setChecked)
        self.rehearsal_report: list[str] = []
        # groot beeld: larger text and fewer words on the projection (G in the projection window)
        self.large_action = self._action(self.tr("Groot beeld"), c.toggle_large, ["Ctrl+Shift+G"],
                                         "largeProjection")
        self.large_action.setCheckable(True)
        self.large_action.setChecked(c.large)
        c.large_changed.connect(self.large_action.setChecked)
        self.save_action = self._action(self.tr("Opslaan"), self.save, ["Ctrl+S"], "save")
        self.save_as_action = self._action(self.tr("Opslaan als…"), self.save_as, ["Ctrl+Shift+S"], "saveAs")
        tips = {
            self.start_action: self.tr("De projectie op de beamer zetten (F5)"),
            self.stop_action: self.tr("De projectie sluiten (Esc, niet tijdens typen)"),
            self.swap_action: self.tr("De projectie naar het andere scherm (Ctrl+Shift+W)"),
            self.black_action: self.tr("Het scherm van de zaal op zwart en terug (B of punt; tijdens typen Alt+B)"),
            self.save_action: self.tr("Opslaan (Ctrl+S)"),
            self.save_as_action: self.tr("Opslaan onder een andere naam (Ctrl+Shift+S)"),
            self.report_action: self.tr("Het verslag als PDF maken (Ctrl+P)"),
            self.print_action: self.tr("Het verslag printen, met het printvenster van je computer (Ctrl+Shift+P)"),
            self.export_action: self.tr("Notities, keuzes en actiepunten voor e-mail, Excel of Word (Ctrl+E)"),
            self.sound_action: self.tr("Een piep als de klok op nul staat (Ctrl+Shift+T)"),
            self.large_action: self.tr("Groot beeld op de projectie: grotere letters, minder woorden (Ctrl+Shift+G)"),
        }
        for action, tip in tips.items():
            action.setToolTip(tip)
        toolbar = QToolBar(self.tr("Sessie"), self)
        toolbar.setObjectName("sessionToolbar")
        toolbar.setMovable(False)
        for action in (self.start_action, self.swap_action, self.black_action, self.undo_action, self.redo_action,
                       self.save_action, self.save_as_action, self.report_action, self.print_action, self.export_action,
                       self.sound_action, self.rehearse_action, self.large_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        for action in toolbar.actions():  # Tab reaches every toolbar button (a click leaves the keys where they were)
            toolbar.widgetForAction(action).setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._build_menus()

    def _build_menus(self) -> None:
        """Every action in a menu too (Alt+S, Alt+P, Alt+K, Alt+W; no B or T: Alt+B and Alt+T are presenting
        keys), with its key beside it."""
        bar = self.menuBar()
        bar.setObjectName("consoleMenus")
        for title, name, actions in (
                (self.tr("&Sessie"), "sessionMenu", (self.save_action, self.save_as_action, None, self.report_action,
                                                     self.print_action, self.export_action)),
                (self.tr("&Projectie"), "projectionMenu", (self.start_action, self.stop_action, self.swap_action,
                                                           None, self.black_action, self.large_action, None,
                                                           self.next_action, self.previous_action)),
                (self.tr("&Klok"), "clockMenu", (self.timer_action, self.sound_action, None, self.rehearse_action)),
                (self.tr("Be&werken"), "editMenu", (self.undo_action, self.redo_action, None, self.note_action))):
            menu = bar.addMenu(title)
            menu.setObjectName(name)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)

    def _undo_tip(self, text: str) -> None:
        self.undo_action.setToolTip(self.tr("Ongedaan maken: {0} (Ctrl+Z)").format(text) if text
                                    else self.tr("Niets om ongedaan te maken (Ctrl+Z)"))

    def _redo_tip(self, text: str) -> None:
        self.redo_action.setToolTip(self.tr("Opnieuw doen: {0} (Ctrl+Shift+Z)").format(text) if text
                                    else self.tr("Niets om opnieuw te doen (Ctrl+Shift+Z)"))

    def undo(self) -> None:
        stack = self.controller.undo_stack
        if stack.canUndo():
            text = stack.undoText()
            stack.undo()
            self.key_guard.session_undid = True
            self.statusBar().showMessage(self.tr("Ongedaan gemaakt: {0}").format(text), 6000)
        else:
            self.statusBar().showMessage(self.tr("Er is niets om ongedaan te maken."), 4000)

    def redo(self) -> None:
        stack = self.controller.undo_stack
        if stack.canRedo():
            text = stack.redoText()
            stack.redo()
            self.statusBar().showMessage(self.tr("Opnieuw gedaan: {0}").format(text), 6000)

    # --- typing and presenting ------------------------------------------------------------------
    def _on_board(self) -> bool:
        """The board has the keys: a token is chosen and the arrows move it (keys.py KeyGuard.keeps)."""
        return self.board is not None and QApplication.focusWidget() is self.board.view and \
            self.board.board_scene.current_key is not None

    def _key_legend(self) -> str:
        if self._on_board():
            return self.tr("Bord. Pijltjes: de gekozen stip schuiven (Shift+pijl: grote stap) · Tab: volgende stip · "
                           "Esc: klaar met het bord, terug naar presenteren")
        if is_text_field(QApplication.focusWidget()) and self.isAncestorOf(QApplication.focusWidget()):
            return self.tr("Typen. Esc: terug naar presenteren · tijdens typen: Alt+→ volgende · Alt+← vorige · "
                           "Alt+B zwart · Alt+T klok")
        return self.tr("Presenteren. → of spatie: volgende · ←: vorige · B: zwart · T: klok · F5: projectie · "
                       "Esc: projectie uit · Ctrl+N: notitie typen")

    def _focus_changed(self, _old, new) -> None:
        if new is not None and self.isAncestorOf(new):
            new.installEventFilter(self.key_guard)
        self.key_legend.setText(self._key_legend())
        self.key_legend.setAccessibleName(self.key_legend.text())  # read as it says, not as "Toetsen"
        typing = is_text_field(new) and new is not None and self.isAncestorOf(new)
        self.key_legend.setProperty("typing", typing)
        if typing or self._on_board():  # the theme's colours: readable in high contrast too
            set_ink(self.key_legend, "accent", "font-weight: bold;")
        else:
            set_ink(self.key_legend, "secondary")

    def _stop_following_focus(self) -> None:
        if getattr(self, "_following_focus", False):
            self._following_focus = False
            QApplication.instance().focusChanged.disconnect(self._focus_changed)

    def start_typing(self) -> None:
        """Ctrl+N: to the note field, whatever has the focus."""
        self.tabs.setCurrentWidget(self.notes)
        self.notes.field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _legend_for_board(self) -> None:
        """A token chosen or let go on the board: the legend says what the arrows do now."""
        if hasattr(self, "key_guard"):  # not while the console is being built
            self._focus_changed(None, QApplication.focusWidget())

    def leave_board(self) -> None:
        """Esc on the board: the token is let go and the keys go back to presenting (→ is 'next' again)."""
        self.leave_typing()
        self.statusBar().showMessage(self.tr("Klaar met het bord: → of spatie gaat weer naar de volgende kaart."),
                                     5000)

    def leave_typing(self) -> None:
        """Esc in a text field: the presenting keys work again (the agenda has the focus, or when the agenda
        is folded away, the middle of the console)."""
        target = self.agenda.list if self.agenda.list.isVisible() else self.middle
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- the axis board ------------------------------------------------------------------------
    def _make_board(self, definition):
        """The editable board for board steps; its scene also feeds the projection and the preview."""
        if definition is None:
            return None
        from ..board.widget import BoardWidget

        step = self.controller.step
        state = step.board if step is not None else self.controller.session.steps[0].board \
            if self.controller.session.steps else None
        if state is None:
            from ...core.board.board import BoardState
            state = BoardState()
        # its changes go to the session's host like every other change: checked, undoable, saved, told
        board = BoardWidget(state, definition, self.controller.host, self._perspective_colours(), self)
        board.board_scene.current_changed.connect(self._legend_for_board)
        board.view.released.connect(self.leave_board)
        return board

    def _perspective_colours(self) -> dict[str, str]:
        """Every participant is a perspective on the board, in their own colour or one of the palette."""
        session = self.controller.session
        names = session.display_names()
        return {names[p.id]: p.colour or PALETTE[i % len(PALETTE)] for i, p in enumerate(session.participants)}

    def _show_board(self) -> None:
        step = self.controller.step
        on_board = self.board is not None and step is not None and kind_of(step).board
        if self.board is not None:
            self.board.setVisible(on_board)
            if on_board and self.board.state() is not step.board:
                self.board.set_state(step.board)
            colours = self._perspective_colours()
            if on_board and colours != self.board.board_scene.perspective_colours:
                self.board.set_perspective_colours(colours)
        # on a board step the board itself is the big picture: the room sees this board
        if on_board != getattr(self, "_board_layout", None):
            self._board_layout = on_board
            self._user_sizes = False
            self.preview_frame.setVisible(not on_board)
            self._fit_panels()
            if self.projection is not None:  # a projection window beside the centre stays clear of it
                QTimer.singleShot(0, self, self.screens.layout_changed)
        self.preview_frame.setVisible(not on_board)
        self._room_text_when_small()
        self.preview_label.setText(self.tr("De zaal ziet dit bord, met de titel en uitleg van de stap:") if on_board
                                   else self.tr("Wat de zaal ziet:"))

    # --- last time with this group -------------------------------------------------------------
    def _bring_last_time(self) -> None:
        """A new session for a group: the action items its last session left open come to the first step."""
        from ...core.sessions.lasttime import bring_open_actions, find_last

        session = self.controller.session
        fresh = session.path is None and session.earlier_actions is None and not any(
            step.notes or step.actions or step.votes or step.choices for step in session.steps)
        if not fresh or not session.group.strip() or not session.steps:
            return
        found = find_last(session, self.controller.recent.existing())
        if found is None:
            return
        earlier, path = found
        if self.controller.apply(bring_open_actions, session, earlier, path) is not None:
            self.statusBar().showMessage(self.tr("De open actiepunten van '{0}' staan bij de eerste stap "
                                                 "(tabblad Acties): wat is ervan gekomen?").format(earlier.title), 15000)

    # --- fitting the screen ------------------------------------------------------------------
    def _toggle(self, text: str, name: str, accessible: str) -> QToolButton:
        button = named(QToolButton(self), name, accessible)
        button.setText(text)
        button.setToolTip(accessible)
        button.setCheckable(True)
        button.setChecked(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches it; a click leaves the keys where they were
        return button

    def _show_side(self, panel: QWidget, on: bool) -> None:
        panel.setVisible(on)
        self._folded.discard(panel)
        # the facilitator wants this one: if the width is short, the other side folds; folding one
        # away gives the centre more room (nothing else unfolds by itself)
        self._fit_panels(keep=panel if on else None, unfold=False)

    def _fit_panels(self, keep: QWidget | None = None, unfold: bool = True) -> None:
        """Fold side panels that do not fit next to the centre (the agenda first), and unfold the ones
        that were folded for lack of room once there is room again. Then share out the width."""
        width = self.width() - 4  # the splitter fills the window (its own size may lag behind)
        sides = [self.left, self.tabs] if keep is not self.left else [self.tabs, self.left]

        on_board = bool(getattr(self, "_board_layout", False))

        def need(panes, panel) -> int:
            # on a board step the agenda also folds when the board would be too small to be worth looking at
            extra = BOARD_ROOM if on_board and panel is self.left and keep is not self.left else 0
            return sum(p.minimumSizeHint().width() for p in panes) + extra + 8 * (len(panes) - 1)

        for panel in reversed(sides):  # unfold what was folded for room, the capture panel first
            others = [p for p in sides if p.isVisibleTo(self) and p is not panel]
            if unfold and panel in self._folded and need([self.middle, panel] + others, panel) <= width:
                self._folded.discard(panel)
                self._set_side(panel, True)
        for panel in sides:
            shown = [p for p in (self.left, self.middle, self.tabs) if p.isVisibleTo(self)]
            if need(shown, panel) > width and panel.isVisibleTo(self) and panel is not keep:
                self._folded.add(panel)
                self._set_side(panel, False)
        self._apply_sizes()

    def _set_side(self, panel: QWidget, on: bool) -> None:
        toggle = self.agenda_toggle if panel is self.left else self.capture_toggle
        panel.setVisible(on)
        toggle.blockSignals(True)
        toggle.setChecked(on)
        toggle.blockSignals(False)

    def _room_text_when_small(self) -> None:
        """The room's words under the preview while its letters are smaller than the console's; else the
        preview takes the centre's height."""
        needed = self.preview_frame.isVisibleTo(self) and self.room_text.needed(self.preview_frame.width())
        if needed != self.room_text.isVisibleTo(self):
            self.room_text.setVisible(needed)
            self.middle_layout.setStretchFactor(self.preview_frame, 0 if needed else 1)

    def _beamer_size(self) -> QSize:
        """The size the room's screen has (or will have): the preview lays out text exactly like it."""
        if self.projection is not None and self.projection.isVisible() and not self.projection.view.size().isEmpty():
            return self.projection.view.size()
        return QSize(1920, 1080)

    def _sizes_chosen(self, *_args) -> None:
        self._user_sizes = True  # the facilitator dragged a divider: keep their choice

    def _apply_sizes(self) -> None:
        """Share the width: the capture panel keeps room for its tabs, the agenda a readable list,
        the centre gets the rest (and all of it for the board on a narrow screen)."""
        total = max(MIN_WIDTH, self.width() - 4)
        on_board = bool(getattr(self, "_board_layout", False))
        left = min(320, max(200, int(total * (0.14 if on_board else 0.19)))) if self.left.isVisibleTo(self) else 0
        right = 0
        if self.tabs.isVisibleTo(self):
            right = max(TAB_ROOM, int(total * (0.22 if on_board else 0.33)))
            room = total - left - self.middle.minimumSizeHint().width() - 16
            right = max(self.tabs.minimumSizeHint().width(), min(right, room))
        self.splitter.setSizes([left, max(300, total - left - right), right])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._user_sizes = False
            self._fit_panels()

    # --- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._show_board()
        self._show_input_tab()
        session, c = self.controller.session, self.controller
        shown, following = c.card(), c.next_card()
        self.now_label.setText(self.tr("Nu: {0}").format(shown[1].title) if shown else self.tr("Nu: geen kaart"))
        self.next_label.setText(self.tr("Straks: {0}").format(following[1].title) if following
                                else self.tr("Straks: —"))
        # a screen reader reads what the labels say, not what they are (accessible.py: announced on a move)
        self.now_label.setAccessibleName(self.now_label.text())
        self.next_label.setAccessibleName(self.next_label.text())
        self._describe_preview()
        self.prev_button.setEnabled(session.current_step > 0 or session.current_card > 0)
        self.next_button.setEnabled(session.next_step() is not None or (
            c.step is not None and session.current_card + 1 < len(c.step.card_ids)))
        self._update_title()
        self._update_timer()

    def _guide_vote(self) -> None:
        """Leaving a round whose choices make a later vote's list, with nothing chosen: say so at once,
        while going back is one click; arriving in such a round: say that choosing counts."""
        from ...core.sessions.tally import vote_fed_by

        session, before, now = self.controller.session, self._last_step, self.controller.step
        self._last_step = now
        if before is None or before is now or before not in session.steps:
            return
        bar = self.statusBar()
        if bar.currentMessage() and bar.currentMessage() == getattr(self, "_guide_shown", None):
            bar.clearMessage()  # the guidance of the step before no longer applies
        vote = vote_fed_by(session, before)
        if vote is not None and not any(before.choices.values()) and session.participants:
            self._guide_shown = self.tr(
                "Bij stap {0} is niets gekozen: die kaart staat straks niet op de stemlijst van stap {1}. "
                "Terug met ◀ en klik in Keuzes wie hem kiest.").format(
                    session.steps.index(before) + 1, session.steps.index(vote) + 1)
            bar.showMessage(self._guide_shown, 15000)
            return
        vote = vote_fed_by(session, now) if now is not None else None
        if vote is not None and session.participants:
            self._guide_shown = self.tr(
                "Leg in Keuzes vast wie deze kaart kiest: alleen gekozen kaarten komen op de stemlijst van stap {0}."
                ).format(session.steps.index(vote) + 1)
            bar.showMessage(self._guide_shown, 10000)

    def _show_input_tab(self) -> None:
        """The input tab is there only in a step that collects input; moving into one brings it forward."""
        index = self.tabs.indexOf(self.input_panel)
        wanted = self.input_panel.collects
        self.tabs.setTabText(index, self.input_panel.tab_title())
        self.tabs.setTabVisible(index, bool(wanted))
        # a step that collects input and deals no cards has nothing to choose: its tab makes room for the
        # input's (six tab names do not fit the 1024 px console, #24)
        step = self.controller.step
        self.tabs.setTabVisible(self.tabs.indexOf(self.choices),
                                not wanted or step is None or bool(step.card_ids or step.group_cards))
        if wanted and wanted != getattr(self, "_input_kind", ""):
            self.tabs.setCurrentIndex(index)
        self._input_kind = wanted

    def _announce_move(self) -> None:
        """→ (or ←, or a click on the agenda) moved the session: a screen reader says what shows now."""
        announce(self.now_label, where_now(self.controller))

    def _describe_preview(self) -> None:
        """The preview is a picture: its description says in words what the room sees."""
        self.preview.setAccessibleDescription(room_sees(self.controller))

    def _update_title(self, clean: bool | None = None) -> None:
        session = self.controller.session
        name = Path(session.path).name if session.path else self.tr("niet opgeslagen")
        if clean is None:
            clean = self.controller.undo_stack.isClean()
        star = "" if clean else " *"
        self.setWindowTitle(self.tr("{0} – {1}{2} – Reflectiespel").format(session.title, name, star))

    def _update_timer(self) -> None:
        countdown = self.controller.countdown
        if countdown.total <= 0:
            self.timer_label.setText(self.tr("geen klok"))
        else:
            self.timer_label.setText(countdown.text() if self.controller.rehearsal is None
                                     else self.tr("{0} (oefenen)").format(countdown.text()))
        role = "error" if countdown.finished else "warning" if countdown.warning else "normal"
        set_ink(self.timer_label, role)
        spoken = clock_words(countdown, self.controller.rehearsal is not None)
        if self.timer_label.accessibleName() != spoken:
            self.timer_label.setAccessibleName(spoken)
        self.timer_button.setText(self.tr("Pauze (T)") if countdown.running else self.tr("Start klok (T)"))
        self.timer_button.setAccessibleName(self.timer_button.text())  # its name is what it says

    def _rehearse(self, on: bool) -> None:
        if on:
            self.controller.start_rehearsal()
            self.statusBar().showMessage(self.tr("Oefenronde: de klok loopt tien keer zo snel en start bij elke "
                                                 "stap. Klik nog eens op 'Oefenronde' om te stoppen."), 10000)
            return
        self.rehearsal_report = self.controller.stop_rehearsal()
        if self.rehearsal_report:
            self.statusBar().showMessage(self.rehearsal_report[0], 15000)
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Oefenronde"),
                              "\n".join(self.rehearsal_report), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("rehearsalReport")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.setModal(False)
            box.show()

    def _set_sound(self) -> None:
        self.controller.sound = self.sound_action.isChecked()

    def show_problem(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # --- the projection window ---------------------------------------------------------------
    def start_projection(self) -> None:
        """F5: full screen on the beamer, or a window on this screen when there is none (screens.py)."""
        if self.projection is None:
            self.projection = ProjectionWindow(self.controller, self.board_factory, on_escape=self.stop_projection,
                                               console=self)
            self.live.attach(self.projection.view)
            self.projection.view.installEventFilter(self.preview_frame)  # the preview takes the room's shape
        self.screens.show_projection()
        if not self.projection.isFullScreen():
            self.screens.banner.say(self.tr("Eén scherm: de projectie staat in een eigen venster. "
                                            "Sluit een beamer aan en druk F5 of kies 'Wissel scherm'."))

    def stop_projection(self) -> None:
        if self.projection is not None:
            self.projection.close()

    def swap_screens(self) -> None:
        """Ctrl+Shift+W: the console and the projection exchange screens."""
        self.screens.swap()

    @property
    def projecting(self) -> bool:
        return self.projection is not None and self.projection.isVisible()

    # --- files --------------------------------------------------------------------------------
    def save(self) -> bool:
        path = self.controller.session.path
        return self._save_to(Path(path)) if path else self.save_as()

    def save_as(self) -> bool:
        start = self.controller.session.path or str(Path.home() / f"{self.controller.session.title}.reflectiespel")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Sessie opslaan"), start, self.tr(FILE_FILTER))
        if not name:
            return False
        if not name.endswith(".reflectiespel"):
            name += ".reflectiespel"
        return self._save_to(Path(name))

    def _save_to(self, path: Path) -> bool:
        try:
            self.controller.save(path)
        except (OSError, FileProblems) as exc:
            QMessageBox.warning(self, self.tr("Opslaan lukt niet"), plain(
                self.tr("De sessie kon niet worden opgeslagen in {0}:\n{1}\n\n"
                        "Niets is verloren: de automatische kopie blijft bewaard.").format(path, exc)))
            return False
        self.statusBar().showMessage(self.tr("Opgeslagen in {0}").format(path), 5000)
        self._update_title()
        return True

    def save_question(self) -> QMessageBox:
        """Save, don't save or cancel; 'Niet opslaan' named on the button as in the question."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sessie sluiten"),
                          self.tr("Wil je de sessie opslaan voordat je hem sluit?\n"
                                  "Kies je 'Niet opslaan', dan is de sessie daarna weg."),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("closeQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Niet opslaan"))
        return box

    def ask_to_save(self) -> QMessageBox.StandardButton:
        return QMessageBox.StandardButton(self.save_question().exec())

    # --- paper and exports ----------------------------------------------------------------------
    def _ask_path(self, title: str, suggestion: str, filters: str) -> Path | None:
        folder = Path(self.controller.session.path).parent if self.controller.session.path else Path.home()
        name, _ = QFileDialog.getSaveFileName(self, title, str(folder / suggestion), filters)
        return Path(name) if name else None

    def make_report(self, path: Path | None = None) -> Path | None:
        """The session report as a PDF, to print or send, written in a worker thread with a progress
        bar (the console stays live); opened afterwards when the system can. ``report_done`` follows."""
        from .reportjob import ReportJob

        if self.report_job is not None:
            return None
        path = path or self._ask_path(self.tr("Verslag bewaren"), f"{self.controller.session.title} - verslag.pdf",
                                      self.tr("PDF (*.pdf)"))
        if path is None:
            return None
        self.report_job = ReportJob(self.controller.session, path, self.controller.library, self)
        self.report_action.setEnabled(False)
        bar = QProgressBar(self)
        bar.setObjectName("reportProgress")
        bar.setAccessibleName(self.tr("Verslag maken"))
        bar.setRange(0, 0)  # busy until the first part is laid out
        bar.setMaximumWidth(200)
        self.statusBar().showMessage(self.tr("Verslag maken…"))
        self.statusBar().addPermanentWidget(bar)
        self.report_job.progressed.connect(lambda done, total: (bar.setRange(0, total), bar.setValue(done)))
        self.report_job.succeeded.connect(self._report_written)
        self.report_job.failed.connect(
            lambda message: QMessageBox.warning(self, self.tr("Verslag maken lukt niet"), plain(message)))
        self.report_job.finished.connect(lambda: self._report_finished(bar))
        self.report_job.start()
        return path

    def _report_written(self, path: Path, warnings: list) -> None:
        message = self.tr("Verslag bewaard in {0}").format(path)
        if warnings:
            message += self.tr(" (let op: {0})").format("; ".join(warnings[:3]))
        self.statusBar().showMessage(message, 10000)
        if self.open_files:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _report_finished(self, bar) -> None:
        self.statusBar().removeWidget(bar)
        bar.deleteLater()
        self.report_job.deleteLater()
        self.report_job = None
        self.report_action.setEnabled(True)
        self.report_done.emit()

    def ask_printer(self, printer) -> bool:
        """The system's print dialog (printer, pages, copies, double-sided); tests replace this."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Verslag printen"))
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def print_report(self) -> bool:
        """Print the report through the system's print dialog: the same pages as the PDF, laid out and
        painted in a worker thread with a progress bar (the console stays live). ``print_done`` follows."""
        from ...pdf.report import report_title
        from .reportprint import PrintJob, report_printer

        if self.print_job is not None:
            return False
        printer = report_printer(report_title(self.controller.session))
        if not self.ask_printer(printer):
            return False
        self.print_job = PrintJob(self.controller.session, self.controller.library, printer, self)
        self.print_job.printer_ref = printer  # the printer lives as long as the job
        self.print_action.setEnabled(False)
        bar = QProgressBar(self)
        bar.setObjectName("printProgress")
        bar.setAccessibleName(self.tr("Verslag printen"))
        bar.setRange(0, 0)
        bar.setMaximumWidth(200)
        self.statusBar().showMessage(self.tr("Verslag printen…"))
        self.statusBar().addPermanentWidget(bar)
        self.print_job.progressed.connect(lambda done, total: (bar.setRange(0, total), bar.setValue(done)))
        self.print_job.succeeded.connect(lambda pages: self.statusBar().showMessage(
            self.tr("Verslag naar de printer gestuurd (%n pagina's)", "", pages), 10000))
        self.print_job.failed.connect(
            lambda message: QMessageBox.warning(self, self.tr("Printen lukt niet"), plain(message)))
        self.print_job.finished.connect(lambda: self._print_finished(bar))
        self.print_job.start()
        return True

    def _print_finished(self, bar) -> None:
        self.statusBar().removeWidget(bar)
        bar.deleteLater()
        self.print_job.deleteLater()
        self.print_job = None
        self.print_action.setEnabled(True)
        self.print_done.emit()

    def export(self, path: Path | None = None) -> Path | None:
        """Markdown for an e-mail, an Excel workbook or CSV for a spreadsheet, the report's text for Word,
        or JSON; chosen by the file's extension."""
        from ...core.sessions.storage import atomic_write
        from ...pdf.commands import export_bytes

        path = path or self._ask_path(self.tr("Exporteren"), f"{self.controller.session.title}.md",
                                      self.tr("Markdown (*.md);;Excel-werkmap (*.xlsx);;Word-document (*.docx);;"
                                              "CSV voor Excel (*.csv);;JSON (*.json)"))
        if path is None:
            return None
        fmt = {".csv": "csv", ".json": "json", ".xlsx": "xlsx", ".docx": "docx"}.get(path.suffix.lower(), "md")
        try:
            atomic_write(path, export_bytes(self.controller.session, fmt, self.controller.library))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Exporteren lukt niet"), plain(str(exc)))
            return None
        except Exception as exc:  # noqa: BLE001 - never a traceback in the user's face; the old file stays
            QMessageBox.warning(self, self.tr("Exporteren lukt niet"),
                                plain(self.tr("Het bestand kon niet worden gemaakt: {0}").format(exc)))
            return None
        self.statusBar().showMessage(self.tr("Geëxporteerd naar {0}").format(path), 8000)
        return path

    def closeEvent(self, event) -> None:
        if not self.controller.undo_stack.isClean() or not self.controller.session.path:
            answer = self.ask_to_save()
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
        self._stop_following_focus()
        if self.report_job is not None:  # a report being written is finished first (never half a file)
            self.report_job.wait()
        if self.print_job is not None:  # a printout is sent whole
            self.print_job.wait()
        self.live.stop()  # phones off at once
        self.stop_projection()
        self.controller.close_cleanly()
        self.closed.emit()
        super().closeEvent(event)
