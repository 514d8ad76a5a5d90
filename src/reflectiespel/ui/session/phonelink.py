"""Phones for a session in a window: the web server, the hub, and the way their requests reach the
session, for the console's "Telefoons" tab (livepanel.py) and Samen reflecteren (together/phones.py).

Phones change the session through the window's host (core/sessions/host.py, source ``phone``): checked, one
undo step each, saved, and the phones told. Their requests run on the UI thread through
livebridge.QtOwner (a lock-protected queue; the server's thread wakes the UI thread through
ui/wakeup.py and never calls Qt itself); the views redraw a little later (``redraw``, at most every
livebridge.REDRAW_EVERY), undo and redo at once. starlette and uvicorn load only in ``start``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from ...core.base import collector
from ...core.sessions.host import PHONE, SessionHost
from .livebridge import QtOwner


class PhoneLink(QObject):
    def __init__(self, redraw: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self.owner = QtOwner(self, redraw)
        self.host: SessionHost | None = None
        self.hub = None
        self.server = None
        self._holds: list = []  # collector holds: what the session and the hall keep, out of full passes

    @property
    def running(self) -> bool:
        return self.server is not None

    def start(self, host: SessionHost, library, address: str, board_definition=None, admin_api: bool = False):
        """Serve the host's session on ``address`` (a free port); raises live.server.LiveServerError."""
        from ...live.app import create_app  # the web server loads only now
        from ...live.hub import LiveHub, card_info_from
        from ...live.rooms import Room
        from ...live.server import LiveServer, LiveServerError

        self.owner.open()  # from now on the server's thread can wake the UI thread (ui/wakeup.py)
        hub = LiveHub.for_host(host, Room(), self.owner, card_info_from(library, host.session), board_definition)
        # a burst of phones' edits makes one picture for the event streams (hub.publish_soon), on this thread
        hub.later = lambda fn, seconds: QTimer.singleShot(round(seconds * 1000), fn)
        try:
            server = LiveServer(create_app(hub, admin_api=admin_api), address, 0).start()
        except LiveServerError:
            hub.close()
            self.owner.close()
            raise
        self.host, self.hub, self.server = host, hub, server
        host.listeners.append(self._host_changed)
        # what exists now lives long (decks, widgets, the server): a full collection during a vote skips it
        self._holds.append(collector.keep_long_lived())
        return hub

    def stop(self) -> None:
        """Off at once: the port closes, phones are forgotten; what they did stays in the session."""
        host, hub, server = self.host, self.hub, self.server
        self.host = self.hub = self.server = None
        if host is not None and self._host_changed in host.listeners:
            host.listeners.remove(self._host_changed)
        if hub is not None:
            hub.close()
        if server is not None:
            server.stop()
        self.owner.close()
        for hold in self._holds:
            hold.release()
        self._holds = []

    def keep_what_lives(self) -> None:
        """A hall's phones, votes and their undo steps live as long as the session: set aside from the
        collector's full passes (core/base/collector.py), which stop every thread; 300 phones' worth took a
        quarter of a second on a busy laptop. Called at each step change and as a hall joins."""
        if self.running:
            self._holds.append(collector.keep_long_lived(young_first=True))

    def _host_changed(self, source: str) -> None:
        if source == PHONE:  # forty phones voting at once cost one redraw, not forty
            self.owner.redraw_soon()
