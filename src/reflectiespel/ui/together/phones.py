"""Samen reflecteren with phones: "Telefoons erbij" on the team's laptop.

Each team member joins with their own name (the names given at the start) by scanning the QR code
on the laptop; on their phone they see whose turn it is, end their own turn ("Klaar" with what they
want kept, or "Ik pas"), place the practice on the board and write notes. The laptop keeps showing
whose turn it is. Every change a phone makes goes through the window's session host (core/sessions/host.py,
ui/session/phonelink.py, as in the console): checked, one undoable edit, saved like the team's own.
Off by default; the web server loads only when the switch goes on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from ...core.sessions.host import SessionHost
from ...core.decks.library import Library
from ...core.sessions.session import Session
from ..session.livebridge import private_addresses
from ..session.livepanel import help_text
from ..session.liveqr import QrCode
from ..session.phonelink import PhoneLink
from .common import BASE_POINTS, button, label, set_points

QR_SIZE = 170  # pixels: scannable from a phone held at arm's length from the laptop


class TogetherPhones(QWidget):
    changed = Signal()  # phones changed the reflection: redraw (a little later, with the others)

    def __init__(self, library: Library, board_definition=None,
                 parent: QWidget | None = None, addresses: Callable[[], list[str]] = private_addresses):
        super().__init__(parent)
        self.setObjectName("togetherPhones")
        self.library = library
        self.board_definition = board_definition
        self.addresses = addresses  # tests pass lambda: ["127.0.0.1"]
        self.session: Session | None = None
        self.host: SessionHost | None = None
        self.link = PhoneLink(self.changed.emit, self)
        self.switch = QCheckBox(self.tr("Telefoons erbij"))
        self.switch.setObjectName("togetherPhonesSwitch")
        self.switch.setAccessibleName(self.tr("Telefoons erbij"))
        set_points(self.switch, BASE_POINTS)
        self.status = label("", "togetherPhonesStatus", 14)
        self.status.setAccessibleName(self.tr("Adres en code voor de telefoons"))
        self.qr = QrCode(self)
        self.qr.setFixedSize(QR_SIZE, QR_SIZE)
        self.qr.hide()
        self.help_button = button(self.tr("Komen telefoons er niet in?"), "togetherPhonesHelpButton", 13,
                                  self.tr("Komen telefoons er niet in? Hulp"))
        self.help = label(help_text(), "togetherPhonesHelp", 13)
        self.help.hide()
        row = QHBoxLayout()
        row.addWidget(self.switch)
        row.addWidget(self.status, 1)
        row.addWidget(self.help_button)
        row.addWidget(self.qr)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 0, 18, 6)
        layout.addLayout(row)
        layout.addWidget(self.help)
        self.switch.toggled.connect(self._switched)
        self.help_button.clicked.connect(lambda: self.help.setVisible(not self.help.isVisible()))
        self._show_status("")

    @property
    def running(self) -> bool:
        return self.link.running

    @property
    def hub(self):
        return self.link.hub

    @property
    def server(self):
        return self.link.server

    def set_session(self, session: Session | None, host: SessionHost | None = None) -> None:
        """The reflection phones take part in, and the window's host of it."""
        if session is not self.session:
            self.stop()
        self.session, self.host = session, host

    def _switched(self, on: bool) -> None:
        if on and not self.running:
            self.start()
        elif not on and self.running:
            self.stop()

    def start(self) -> bool:
        if self.session is None or self.host is None:
            return self._fail(self.tr("Begin eerst een route."))
        addresses = self.addresses()
        if not addresses:
            return self._fail(self.tr("Deze laptop zit niet op een lokaal netwerk (wifi of kabel), dus "
                                      "telefoons kunnen hem niet vinden. Alles werkt gewoon verder op de laptop."))
        from ...live.server import LiveServerError  # the web server loads only now

        try:
            self.link.start(self.host, self.library, addresses[0], self.board_definition)
        except LiveServerError as exc:
            return self._fail(str(exc))
        self._set_switch(True)
        self.qr.set_text(f"{self.server.url}?code={self.hub.room.code}")
        self.qr.show()
        self._show_status(self.tr("Scan de code of ga naar {0} en typ de code {1}. Meld je aan met je eigen "
                                  "naam.").format(self.server.url, self.hub.room.code))
        return True

    def _fail(self, message: str) -> bool:
        self.help.show()
        self._set_switch(False)
        self._show_status(message)
        return False

    def stop(self) -> None:
        """Off at once: the port closes; what the phones did stays in the reflection."""
        self.link.stop()
        self._set_switch(False)
        self.qr.hide()
        self._show_status("")

    def _set_switch(self, on: bool) -> None:
        self.switch.blockSignals(True)
        self.switch.setChecked(on)
        self.switch.blockSignals(False)

    def _show_status(self, text: str) -> None:
        self.status.setText(text or self.tr("Uit. Zet aan om ieder met de eigen telefoon mee te laten doen "
                                            "(zonder internet)."))
