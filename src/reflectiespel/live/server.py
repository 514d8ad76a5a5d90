"""uvicorn in a background thread: start on a free port, stop at once.

Only plain-Python parts of uvicorn are used (h11, asyncio): nothing to compile, nothing to download.
The address must be a loopback or private-network address: never 0.0.0.0, never a public one.
Connections are guarded (live/guard.py): a complete request head within a few seconds, a cap per
address, no global count of requests that event streams could fill; forwarding headers
(X-Forwarded-For) are not trusted.
"""

from __future__ import annotations

import ipaddress
import threading
import time

import uvicorn

from ..core.base.i18n import SOURCE_LANGUAGE, translate
from .guard import HEAD_TIMEOUT, MAX_HEAD, ConnectionGuard, guarded_protocol

START_TIMEOUT = 10.0
STOP_TIMEOUT = 5.0


WANTED_FILES = 4096  # open files: a hall of 300 phones holds 600-900 connections, beside the app's own files


def raise_open_files(wanted: int = WANTED_FILES) -> tuple[int, int] | None:
    """Raise this process's soft limit on open files towards ``wanted``, as far as the hard limit allows
    (Linux often starts at 1024, macOS at 256: too few for a hall). (before, after), or None where the
    system has no such limit to raise (Windows) or refuses."""
    try:
        import resource
    except ImportError:  # Windows: no per-process soft limit of this kind
        return None
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (OSError, ValueError):
        return None
    ceiling = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < ceiling:
        for target in (ceiling, 10240):  # macOS refuses more than OPEN_MAX (10240) even under an infinite hard limit
            try:
                resource.setrlimit(resource.RLIMIT_NOFILE, (min(target, ceiling), hard))
                return soft, min(target, ceiling)
            except (OSError, ValueError):
                continue
        return soft, soft
    return soft, soft


class LiveServerError(RuntimeError):
    """The server could not start; the message is for the facilitator, in the interface language."""


def check_host(host: str) -> str:
    """Refuse an address phones on the internet could reach (or every interface at once)."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        raise LiveServerError(translate("live", "'{0}' is geen IP-adres; geef bijvoorbeeld 127.0.0.1 of "
                                                "192.168.1.20.").format(host)) from None
    if address.is_unspecified:
        raise LiveServerError(translate("live", "{0} zou op alle netwerken tegelijk luisteren; geef het adres van "
                                                "dit netwerk.").format(host))
    if not (address.is_loopback or address.is_private) or address.is_multicast:
        raise LiveServerError(translate("live", "{0} is geen adres van een lokaal netwerk; dat staat reflectiespel "
                                                "niet toe.").format(host))
    return host


class LiveServer:
    def __init__(self, app, host: str = "127.0.0.1", port: int = 0, guard: ConnectionGuard | None = None):
        self.host = check_host(host)
        state = getattr(app, "state", None)
        self.guard = guard or ConnectionGuard(language=getattr(state, "phone_language", lambda: SOURCE_LANGUAGE))
        self.config = uvicorn.Config(
            app, host=host, port=port, loop="asyncio", http=guarded_protocol(self.guard), ws="none",
            lifespan="off", log_level="warning", access_log=False, server_header=False, date_header=False,
            proxy_headers=False, limit_concurrency=None, h11_max_incomplete_event_size=MAX_HEAD,
            timeout_graceful_shutdown=1, timeout_keep_alive=HEAD_TIMEOUT)
        self.server = uvicorn.Server(self.config)
        self.thread: threading.Thread | None = None
        self.port = port

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def start(self) -> LiveServer:
        self.open_files = raise_open_files()
        self.thread = threading.Thread(target=self.server.run, name="reflectiespel-live", daemon=True)
        self.thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise LiveServerError(translate("live", "De server kon niet starten op {0}:{1}. Is die poort al in "
                                                        "gebruik? Kies een andere of laat de poort leeg.")
                                      .format(self.host, self.port))
            time.sleep(0.01)
        sockets = [s for server in self.server.servers for s in server.sockets]
        if sockets:
            self.port = sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        """Close the listening socket and every connection; returns when the thread has ended."""
        self.server.should_exit = True
        self.server.force_exit = True
        if self.thread is not None and self.thread is not threading.current_thread():
            self.thread.join(STOP_TIMEOUT)

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()
