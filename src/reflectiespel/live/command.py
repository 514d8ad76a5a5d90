"""``reflectiespel live SESSION.reflectiespel``: serve a session to phones without a window.

For tests, and for a second laptop. Phones change the session through the same host as in a window
(core/sessions/host.py: every edit checked, kept in an undo history, saved); every change is saved to the
session file (atomically, at most once a second, and once more on the way out). Stop with Ctrl+C. starlette and uvicorn are imported
only when the command runs, so the rest of the command line starts as fast as before.

The file is held with the same lock a window takes (core/files/claims.py): while a window has the session
open, the command refuses to start, and while the command runs, no window opens or saves over it.
A save that is refused (the session grew past what a session file may hold) is said once on stderr;
the command goes on, and phones can add no more text from storage.NEAR_BYTES on (live/hub.py).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from pathlib import Path

SAVE_EVERY = 1.0  # seconds


def configure(parser: argparse.ArgumentParser) -> None:
    from ..core.base.i18n import translate

    parser.add_argument("session", metavar=translate("cli", "SESSIE"),
                        help=translate("cli", "het sessiebestand (.reflectiespel)"))
    parser.add_argument("--host", default="127.0.0.1",
                        help=translate("cli", "op welk adres de telefoons de laptop vinden (een privé-adres zoals "
                                              "192.168.1.20; standaard 127.0.0.1: alleen deze computer)"))
    parser.add_argument("--port", type=int, default=0,
                        help=translate("cli", "poort; standaard kiest de computer een vrije"))


def _board():
    from ..core.board.boarddef import default_board_path, load_board
    from ..core.base.problems import FileProblems
    try:
        return load_board(default_board_path())
    except (FileProblems, OSError):
        return None


def run(args: argparse.Namespace) -> int:
    from ..core.files.claims import Claims
    from ..core.base.i18n import translate
    from ..core.base.problems import display_path
    from .server import LiveServerError, check_host

    path = Path(args.session)
    try:
        check_host(args.host)
    except LiveServerError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    claims = Claims()
    if not claims.claim_file(path):
        print(translate("cli", "{0}: deze sessie is open in een venster van reflectiespel (of in een andere "
                               "'reflectiespel live'). Sluit hem daar eerst; twee programma's die hetzelfde "
                               "bestand bewaren, gooien elkaars werk weg. Het bestand is niet veranderd.")
              .format(display_path(path)), file=sys.stderr)
        return 1
    try:
        return _serve(args, path, claims)
    finally:
        claims.release()


class _Saver:
    """Saves the session to its file; remembers the size written, and says a refusal once on stderr."""

    def __init__(self, session, path: Path):
        self.session, self.path = session, path
        self.size = len(path.read_bytes()) if path.is_file() else 0
        self.said: str | None = None
        self.dirty = False

    def changed(self, _session) -> None:
        """The host marks the session changed; the command's loop saves at most once a second."""
        self.dirty = True

    def save(self) -> bool:
        from ..core.base.problems import FileProblems
        from ..core.sessions.storage import save_session

        try:
            save_session(self.session, self.path)
        except FileProblems as exc:
            self.size = getattr(exc, "size", self.size)
            if str(exc) != self.said:
                self.said = str(exc)
                print(self.said, file=sys.stderr, flush=True)
            return False
        self.said = None
        try:
            self.size = self.path.stat().st_size
        except OSError:
            pass
        return True


def _serve(args: argparse.Namespace, path: Path, claims) -> int:
    from ..core.sessions.host import SessionHost
    from ..core.base.i18n import translate
    from ..core.decks.library import default_library
    from ..core.base.problems import display_path
    from ..core.sessions.storage import open_user_file
    from .hub import LiveHub, QueueOwner, card_info_from
    from .rooms import Room
    from .server import LiveServer, LiveServerError

    session = open_user_file(path)  # FileProblems: cli.main shows it in Dutch
    owner = QueueOwner()
    saver = _Saver(session, path)
    host = SessionHost(session, saver=saver)  # core's own undo history: no window here
    hub = LiveHub.for_host(host, Room(), owner, card_info_from(default_library(), session), _board())
    from .app import create_app
    try:
        server = LiveServer(create_app(hub), args.host, args.port).start()
    except LiveServerError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    stop = threading.Event()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        # Ctrl+C stops the server even when it was started with SIGINT ignored (a shell's background job
        # inherits that, and Python then leaves it ignored): "Stoppen: Ctrl+C" must hold
        signal.signal(signal.SIGINT, lambda *_: stop.set())
    print(translate("cli", "Sessie: {0} ({1})").format(session.title, display_path(path)))
    print(translate("cli", "Adres: {0}").format(server.url))
    print(translate("cli", "Code: {0}").format(hub.room.code))
    print(translate("cli", "Geheim van de begeleider (alleen voor deze computer): {0}").format(hub.room.secret))
    print(translate("cli", "Stoppen: Ctrl+C"), flush=True)
    last_save = time.monotonic()
    saved = True
    try:
        while not stop.is_set():
            owner.run_pending(0.1)
            if saver.dirty and time.monotonic() - last_save >= SAVE_EVERY:
                saver.save()  # refused: said on stderr; tried again after the next change
                saver.dirty, last_save = False, time.monotonic()
    except KeyboardInterrupt:
        pass
    finally:
        hub.close()
        server.stop()
        owner.run_pending(0)
        if saver.dirty or saver.said:
            saved = saver.save()
        host.close()
    if not saved:
        print(translate("cli", "Gestopt; de laatste wijzigingen konden niet worden bewaard (zie hierboven). "
                               "Het bestand is zoals het het laatst bewaard werd."), flush=True)
        return 1
    print(translate("cli", "Gestopt; de sessie is bewaard."), flush=True)
    return 0


COMMANDS = {"live": (configure, run)}
