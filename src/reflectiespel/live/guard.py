"""The phones' server at the level of connections: no device can hold the door shut.

uvicorn's own limits do not do this: ``limit_concurrency`` counts every open connection, so a few hundred
idle ones (not one byte sent) turn real phones away with 503; ``timeout_keep_alive`` starts only after a
first answer, and any byte that trickles in stops it. So the server uses uvicorn's h11 protocol with a
guard (``guarded_protocol``):

- a connection must send a complete request head within HEAD_TIMEOUT seconds of opening, and again
  within HEAD_TIMEOUT of each answer; otherwise it is closed (trickling bytes does not help);
- at most PER_ADDRESS connections from one address at a time (a phone's browser opens up to six, plus
  its event stream), and at most MAX_CONNECTIONS in all (a bound on memory, far above a hall);
- no global count of requests: an event stream holds one connection of its own phone's address and
  nothing else, so three hundred phones listening never turn a request away;
- a request head (request line and headers) of at most MAX_HEAD bytes: longer in parts is refused by
  h11 itself (``h11_max_incomplete_event_size``), longer at once by app.HeadGuard; forwarding headers
  such as ``X-Forwarded-For`` are never trusted (live/server.py switches uvicorn's proxy headers off).

Every refusal a phone can see carries a sentence in the room's language (``refusal_body``).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable

import h11
from uvicorn.protocols.http.h11_impl import STATUS_PHRASES, H11Protocol

from ..core.base.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE
from .rooms import RoomError

HEAD_TIMEOUT = 5.0  # seconds to send a complete request head
PER_ADDRESS = 16
MAX_CONNECTIONS = 2000
MAX_HEAD = 8 * 1024  # bytes: request line and headers; a phone sends well under 1 kB


def head_size(scope: dict) -> int:
    """The bytes of an ASGI request's line and headers, about as they came over the wire."""
    size = len(scope.get("raw_path", b"")) + len(scope.get("query_string", b"")) + len(scope.get("method", "")) + 12
    return size + sum(len(name) + len(value) + 4 for name, value in scope.get("headers", ()))


class ConnectionGuard:
    """Counts open connections per address (thread-safe; the server's loop is the only caller in practice)."""

    def __init__(self, per_address: int = PER_ADDRESS, total: int = MAX_CONNECTIONS,
                 head_timeout: float = HEAD_TIMEOUT, language: Callable[[], str] = lambda: SOURCE_LANGUAGE):
        self.per_address, self.total, self.head_timeout = per_address, total, head_timeout
        self.language = language
        self._open: dict[str, int] = {}
        self._count = 0
        self._lock = threading.Lock()
        self.refused = 0  # connections closed at once (for tests and the docs' figures)
        self.timed_out = 0  # connections closed for sending no complete request in time

    def admit(self, address: str) -> bool:
        with self._lock:
            if self._count >= self.total or self._open.get(address, 0) >= self.per_address:
                self.refused += 1
                return False
            self._open[address] = self._open.get(address, 0) + 1
            self._count += 1
            return True

    def release(self, address: str) -> None:
        with self._lock:
            left = self._open.get(address, 0) - 1
            if left > 0:
                self._open[address] = left
            else:
                self._open.pop(address, None)
            self._count = max(0, self._count - 1)

    def open_from(self, address: str) -> int:
        with self._lock:
            return self._open.get(address, 0)

    def refusal_body(self, status: int, message: str) -> bytes:
        return json.dumps({"error": RoomError(status, message).text(self.language())}, ensure_ascii=False).encode()


def guarded_protocol(guard: ConnectionGuard) -> type[H11Protocol]:
    """uvicorn's h11 protocol with ``guard``'s limits (a class per server: uvicorn makes one per connection)."""

    class GuardedH11Protocol(H11Protocol):
        _address = ""
        _admitted = False
        _head_timer = None
        _seen_cycle = None

        def connection_made(self, transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._address = self.client[0] if self.client else ""
            self._admitted = guard.admit(self._address)
            if not self._admitted:
                transport.abort()  # at once: no answer costs the server anything
                return
            self._expect_head()

        def _expect_head(self) -> None:
            self._stop_head_timer()
            self._head_timer = self.loop.call_later(guard.head_timeout, self._head_late)

        def _stop_head_timer(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _head_late(self) -> None:
            self._head_timer = None
            if not self.transport.is_closing():
                guard.timed_out += 1
                self.transport.close()

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self.cycle is not self._seen_cycle:  # a complete request head arrived
                self._seen_cycle = self.cycle
                self._stop_head_timer()

        def on_response_complete(self) -> None:
            done = self.cycle
            super().on_response_complete()
            if self.cycle is done and not self.transport.is_closing():
                self._expect_head()  # the next request on this connection has HEAD_TIMEOUT too
            else:
                self._seen_cycle = self.cycle  # a pipelined request started at once

        def connection_lost(self, exc) -> None:
            self._stop_head_timer()
            if self._admitted:
                self._admitted = False
                guard.release(self._address)
            super().connection_lost(exc)

        def send_400_response(self, msg: str) -> None:
            """A request h11 cannot read (or a head too long): 400, with a sentence the phone can show."""
            self._stop_head_timer()
            body = guard.refusal_body(400, QT_TRANSLATE_NOOP("live", "Dit verzoek is onleesbaar of te groot."))
            headers = [(b"content-type", b"application/json"), (b"connection", b"close"),
                       (b"content-length", str(len(body)).encode())]
            try:
                for event in (h11.Response(status_code=400, headers=headers, reason=STATUS_PHRASES[400]),
                              h11.Data(data=body), h11.EndOfMessage()):
                    self.transport.write(self.conn.send(event))
            except h11.LocalProtocolError:
                pass
            self.transport.close()

    return GuardedH11Protocol
