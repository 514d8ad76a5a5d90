"""The console's "Telefoons" tab: the switch "Telefoons erbij", who joined, who waits for the
facilitator's yes (a second device under a name in use, a removed phone that asks to come back),
locking a step, the silent round, and what to try when phones cannot reach the laptop.

The web server (starlette, uvicorn) is imported only when the switch goes on. Phones change the
session through the console's host, on the UI thread (phonelink.py), each change one undoable edit.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from ...core.stepkinds import kind_of
from ...core.storage import NEAR_BYTES
from .controller import SessionController
from .livebridge import private_addresses
from .liveqr import LiveOverlay
from .panels import named, plain_label, show_rows
from .phonelink import PhoneLink

KEEP_EVERY = 50  # participants: while a hall joins, what lives on is set aside for the collector this often


def help_text() -> str:
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate(
        "LivePanel",
        "Komen telefoons er niet in?\n"
        "• Telefoons en laptop moeten op hetzelfde wifi-netwerk zitten. Het gastnetwerk van een "
        "zaal laat apparaten vaak niet met elkaar praten.\n"
        "• Zet dan een hotspot aan op je eigen telefoon, of neem een eigen reisrouter mee, en laat "
        "de laptop en de deelnemers daarop inloggen. Internet is niet nodig.\n"
        "• Laat iemand het adres onder de QR-code overtypen als scannen niet lukt.\n"
        "• Vraagt de laptop of reflectiespel verbindingen mag ontvangen? Kies dan: toestaan, alleen op "
        "privénetwerken.\n"
        "Lukt het niet: zet de schakelaar uit. Alles werkt gewoon verder vanaf de laptop.")


class LivePanel(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None,
                 addresses: Callable[[], list[str]] = private_addresses, board_definition=None, board=None):
        super().__init__(parent)
        self.setObjectName("livePanel")
        self.setAccessibleName(self.tr("Telefoons"))
        self.controller = controller
        self.addresses = addresses  # tests pass lambda: ["127.0.0.1"]
        self.board_definition = board_definition
        self.board = board  # the console's board widget: redrawn when a phone moves a token
        self.link = PhoneLink(controller.changed.emit, self)  # the views redraw a little after phones changed things
        self.overlays: list[LiveOverlay] = []
        self.problem = ""  # why the switch could not go on, in Dutch
        self._kept_at = 0  # participants when what lives on was last set aside for the collector

        self.switch = named(QCheckBox(self.tr("Telefoons erbij"), self), "liveSwitch",
                            self.tr("Telefoons erbij"))
        self.status = named(plain_label("", self), "liveStatus", self.tr("Adres en code"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phones_label = named(plain_label(self.tr("Wie doet mee:"), self), "livePhoneCount",
                                  self.tr("Aantal telefoons"))
        self.search = named(QLineEdit(self), "livePhoneSearch", self.tr("Zoek een telefoon op naam"))
        self.search.setPlaceholderText(self.tr("Zoek een naam"))
        self.search.setClearButtonEnabled(True)
        self.phones = named(QListWidget(self), "livePhones", self.tr("Telefoons die meedoen"))
        self.phones.setUniformItemSizes(True)  # a hall of 300 names lays out at once
        self.remove_button = named(QPushButton(self.tr("Telefoon verwijderen"), self), "liveRemovePhone",
                                   self.tr("Telefoon verwijderen"))
        self.waiting_label = QLabel(self.tr("Wacht op jouw ja:"), self)
        self.waiting = named(QListWidget(self), "liveWaiting", self.tr("Telefoons die wachten op jouw ja"))
        self.waiting.setMaximumHeight(self.waiting.fontMetrics().height() * 5)
        self.admit_button = named(QPushButton(self.tr("Toelaten"), self), "liveAdmit", self.tr("Telefoon toelaten"))
        self.refuse_button = named(QPushButton(self.tr("Weigeren"), self), "liveRefuse", self.tr("Telefoon weigeren"))
        self.lock = named(QCheckBox(self.tr("Invoer op slot voor deze stap"), self), "liveLock",
                          self.tr("Invoer op slot voor deze stap"))
        self.show_qr = named(QCheckBox(self.tr("QR-code op de projectie"), self), "liveShowQr",
                             self.tr("QR-code op de projectie"))
        self.show_qr.setChecked(True)
        self.silent_button = named(QPushButton(self.tr("Stille ronde starten"), self), "liveSilent",
                                   self.tr("Stille ronde starten"))
        self.reveal_button = named(QPushButton(self.tr("Alles tegelijk laten zien"), self), "liveReveal",
                                   self.tr("Alles tegelijk laten zien"))
        self.silent_status = named(plain_label("", self), "liveSilentStatus", self.tr("Stille ronde"))
        # the step's clock is on every phone; a soft tone there at zero only when asked for (issue #29.5)
        self.phone_sound = named(QCheckBox(self.tr("Zacht geluid op de telefoons als de tijd om is"), self),
                                 "livePhoneSound", self.tr("Zacht geluid op de telefoons als de tijd om is"))
        self.phone_sound.setToolTip(self.tr("Elke telefoon toont de klok van de stap. Aan: een zachte toon op de "
                                            "telefoons als de klok op nul komt. Standaard uit."))
        self.help_button = named(QPushButton(self.tr("Komen telefoons er niet in?"), self), "liveHelpButton",
                                 self.tr("Komen telefoons er niet in? Hulp"))
        self.help = named(plain_label(help_text(), self), "liveHelp", self.tr("Hulp bij telefoons"))
        self.help.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.switch)
        layout.addWidget(self.status)
        layout.addWidget(self.show_qr)
        layout.addWidget(self.phones_label)
        layout.addWidget(self.search)
        layout.addWidget(self.phones, 1)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.waiting)
        answers = QHBoxLayout()
        answers.addWidget(self.admit_button)
        answers.addWidget(self.refuse_button)
        layout.addLayout(answers)
        layout.addWidget(self.lock)
        row = QHBoxLayout()
        row.addWidget(self.silent_button)
        row.addWidget(self.reveal_button)
        layout.addLayout(row)
        layout.addWidget(self.silent_status)
        layout.addWidget(self.phone_sound)
        layout.addWidget(self.help_button)
        layout.addWidget(self.help)

        self.switch.toggled.connect(self._switched)
        self.remove_button.clicked.connect(self.remove_selected)
        self.search.textChanged.connect(lambda _text: self._filter_phones())
        self.admit_button.clicked.connect(lambda: self.answer_selected(True))
        self.refuse_button.clicked.connect(lambda: self.answer_selected(False))
        self.lock.toggled.connect(self._lock_toggled)
        self.show_qr.toggled.connect(lambda _on: self._update_overlays())
        self.silent_button.clicked.connect(self.start_silent)
        self.reveal_button.clicked.connect(self.reveal)
        self.help_button.clicked.connect(lambda: self.help.setVisible(not self.help.isVisible()))
        controller.changed.connect(self._session_changed)
        controller.moved.connect(self._moved)
        controller.timer_changed.connect(self.tell_clock)
        self.phone_sound.toggled.connect(lambda _on: self.tell_clock())
        self._refresh()

    # --- the projection -------------------------------------------------------------------------
    def attach(self, view: QWidget) -> None:
        """Show the QR code (and a reveal) over this projection view too."""
        if any(overlay.view is view for overlay in self.overlays):
            return
        overlay = LiveOverlay(view)
        self.overlays.append(overlay)
        view.destroyed.connect(lambda *_: self.overlays.remove(overlay) if overlay in self.overlays else None)
        self._update_overlays()

    def _update_overlays(self) -> None:
        for overlay in self.overlays:
            if self.running and self.show_qr.isChecked():
                overlay.show_join(self.server.url, self.hub.room.code)
            else:
                overlay.hide_join()
            if not self.running:
                overlay.hide_reveal()

    # --- on and off -----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.link.running

    @property
    def hub(self):
        return self.link.hub

    @property
    def server(self):
        return self.link.server

    @property
    def owner(self):
        return self.link.owner

    def _switched(self, on: bool) -> None:
        if on and not self.running:
            self.start()
        elif not on and self.running:
            self.stop()

    def start(self) -> bool:
        addresses = self.addresses()
        if not addresses:
            self._fail(self.tr("Deze laptop zit niet op een lokaal netwerk (wifi of kabel), dus "
                                        "telefoons kunnen hem niet vinden."))
            return False
        from ...live.server import LiveServerError  # the web server loads only now

        try:
            hub = self.link.start(self.controller.host, self.controller.library, addresses[0], self.board_definition)
        except LiveServerError as exc:
            self._fail(str(exc))
            return False
        hub.listeners.append(self._refresh)
        self.tell_clock()
        self.problem = ""
        self._set_switch(True)
        self._refresh()
        self._update_overlays()
        return True

    def _fail(self, message: str) -> None:
        self.problem = message
        self.help.show()
        self._set_switch(False)
        self._refresh()

    def stop(self) -> None:
        """Off at once: the port closes, phones are forgotten; what they did stays in the session."""
        self.link.stop()
        self._set_switch(False)
        self._refresh()
        self._update_overlays()

    def _set_switch(self, on: bool) -> None:
        self.switch.blockSignals(True)
        self.switch.setChecked(on)
        self.switch.blockSignals(False)

    # --- what phones change ------------------------------------------------------------------------
    def _session_changed(self) -> None:
        """The views redraw: the console's board too, which phones (and undoing what they did) change
        outside its editor. (Phones see every change of the session through the host: phonelink.py.)"""
        step = self.controller.step
        if self.board is not None and step is not None and kind_of(step).board and self.board.state() is step.board:
            self.board.refresh()

    def _moved(self) -> None:
        for overlay in self.overlays:
            overlay.hide_reveal()
        self._session_changed()
        if self.hub is not None:
            self.hub.publish()  # another step: the phones follow (moving is not an edit)
            self.link.keep_what_lives()  # what the hall did so far lives on: out of the collector's full passes

    def tell_clock(self) -> None:
        """The clock (five times a second while it runs): phones hear only of a real change (phoneclock.py)."""
        if self.hub is not None:
            countdown = self.controller.countdown
            self.hub.set_clock(countdown.total, countdown.remaining, countdown.running, self.phone_sound.isChecked(),
                               countdown.speed)

    # --- the facilitator's controls ---------------------------------------------------------------
    def remove_selected(self) -> None:
        item = self.phones.currentItem()
        if item is not None and self.hub is not None:
            self.hub.remove_phone(item.data(Qt.ItemDataRole.UserRole))

    def answer_selected(self, admit: bool) -> None:
        """The facilitator's yes or no for the device selected under "Wacht op jouw ja"."""
        item = self.waiting.currentItem() or (self.waiting.item(0) if self.waiting.count() == 1 else None)
        if item is not None and self.hub is not None:
            self.hub.answer(item.data(Qt.ItemDataRole.UserRole), admit)

    def _lock_toggled(self, on: bool) -> None:
        step = self.controller.step
        if self.hub is not None and step is not None:
            self.hub.set_locked(step.id, on)

    def start_silent(self) -> None:
        if self.hub is not None:
            self.hub.start_silent()
            for overlay in self.overlays:
                overlay.hide_reveal()

    def reveal(self) -> None:
        if self.hub is None:
            return
        edit = self.hub.reveal()
        texts = [note.text for note in edit.value] if edit is not None else []
        for overlay in self.overlays:
            overlay.show_reveal(texts)

    def _refresh_waiting(self) -> None:
        """Who waits for the facilitator's yes; shown only while someone does."""
        waiting = self.hub.room.waiting() if self.running else []
        shown = [(w.id, self.tr("{0} (was weggestuurd)").format(w.name or self.tr("zonder naam"))
                  if w.reason == "removed" else self.tr("{0} (op een tweede apparaat)").format(w.name))
                 for w in waiting]
        answers = (self.waiting_label, self.waiting, self.admit_button, self.refuse_button)
        if not shown and any(widget.hasFocus() for widget in answers):
            # answered by keyboard: the focus goes to the phones, not on to the next control ('Invoer op
            # slot'), where the next presenting key (space) would lock the step (#24)
            self.phones.setFocus(Qt.FocusReason.OtherFocusReason)
        for widget in answers:
            widget.setVisible(bool(shown))
        if shown == [(self.waiting.item(i).data(Qt.ItemDataRole.UserRole), self.waiting.item(i).text())
                     for i in range(self.waiting.count())]:
            return
        known = {self.waiting.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.waiting.count())}
        if any(waiting_id not in known for waiting_id, _text in shown):  # the tab may not be in view: say so
            self.controller.problem.emit(self.tr("Een telefoon wacht op jouw ja: kijk in het tabblad Telefoons."))
        selected = self.waiting.currentItem().data(Qt.ItemDataRole.UserRole) if self.waiting.currentItem() else None
        self.waiting.clear()
        for waiting_id, text in shown:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, waiting_id)
            self.waiting.addItem(item)
            if waiting_id == selected:
                self.waiting.setCurrentItem(item)
        if self.waiting.currentItem() is None and self.waiting.count():
            self.waiting.setCurrentRow(0)

    def _filter_phones(self) -> None:
        """Only the phones whose name holds what the facilitator typed (any case); the count above says
        how many there are, and how many of them show."""
        needle = " ".join(self.search.text().split()).casefold()
        total = self.phones.count()
        shown = 0
        for i in range(total):
            item = self.phones.item(i)
            hidden = bool(needle) and needle not in item.text().casefold()
            if item.isHidden() != hidden:
                item.setHidden(hidden)
            shown += not hidden
        if needle:
            text = self.tr("Wie doet mee: %n telefoon(s), {0} met '{1}'", "", total).format(shown, self.search.text().strip())
        else:
            text = self.tr("Wie doet mee: %n telefoon(s)", "", total)
        self.phones_label.setText(text)
        current = self.phones.currentItem()
        if current is not None and current.isHidden():
            self.phones.setCurrentItem(None)

    def _refresh(self) -> None:
        running = self.running
        hub = self.hub
        for widget in (self.phones, self.search, self.remove_button, self.lock, self.silent_button, self.show_qr):
            widget.setEnabled(running)
        self._refresh_waiting()
        if not running:
            self.status.setText(self.problem or self.tr("Uit. Zet de schakelaar aan om deelnemers met hun "
                                                        "telefoon mee te laten doen (zonder internet)."))
            show_rows(self.phones, [])
            self._filter_phones()
            self.reveal_button.setEnabled(False)
            self.silent_status.setText("")
            return
        self.status.setText(self.tr("Aan. Adres: {0}   Code: {1}").format(self.server.url, hub.room.code))
        names = self.controller.session.display_names()
        if len(names) >= self._kept_at + KEEP_EVERY:  # a hall coming in: see _moved
            self._kept_at = len(names)
            self.link.keep_what_lives()
        joining = self.tr("(meldt zich aan)")
        # three hundred phones voting do not rebuild the list; one joining adds one row
        if show_rows(self.phones, [(phone.id, names.get(phone.participant_id, joining)) for phone in hub.room.phones()]):
            self._filter_phones()
        if self.controller.autosaver.size >= NEAR_BYTES:
            self.status.setText(self.status.text() + "\n" + self.tr(
                "De sessie is bijna te groot om te bewaren: telefoons kunnen geen tekst meer sturen."))
        step = self.controller.step
        self.lock.blockSignals(True)
        self.lock.setChecked(step is not None and hub.room.is_locked(step.id))
        self.lock.blockSignals(False)
        silent = hub.silent is not None
        self.reveal_button.setEnabled(silent)
        self.silent_status.setText(
            self.tr("Stille ronde: {0} briefje(s) geschreven, nog niet zichtbaar.").format(len(hub.silent.written))
            if silent else "")
