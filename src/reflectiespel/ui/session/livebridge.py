"""Qt's end of the live server: requests from the server's thread run on the UI thread.

``QtOwner.call`` is called on the server's thread; a queued signal carries the function to the UI
thread, which runs it and hands back the result through a Future. The session model is only ever
touched on the UI thread.
"""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal

from ...live.hub import run


class QtOwner(QObject):
    _request = Signal(object, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._request.connect(self._execute, Qt.ConnectionType.QueuedConnection)

    def call(self, fn: Callable[[], Any]) -> Future:
        future: Future = Future()
        self._request.emit(fn, future)
        return future

    def _execute(self, fn: Callable[[], Any], future: Future) -> None:
        run(fn, future)


def private_addresses() -> list[str]:
    """The laptop's IPv4 addresses on a private network (192.168.x, 10.x, 172.16-31.x), found locally.

    Asks the network interfaces; never connects anywhere to find out.
    """
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    flags = QNetworkInterface.InterfaceFlag
    found = []
    for interface in QNetworkInterface.allInterfaces():
        wanted = flags.IsUp | flags.IsRunning
        if interface.flags() & wanted != wanted or interface.flags() & flags.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol and ip.isPrivateUse():
                found.append(ip.toString())
    return found
