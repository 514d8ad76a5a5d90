"""A room: its code, the phones in it with their tokens, the facilitator's secret, and the limits.

Thread-safe: the web server's thread and the facilitator's thread both use one Room.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable

from ..core.i18n import QT_TRANSLATE_NOOP, speaking, translate

# No look-alikes: no 0/O/Q/D, 1/I/L, 2/Z, 5/S, 6/G, 8/B, U/V.
CODE_ALPHABET = "ACEFHJKMNPRTWXY3479"
CODE_LENGTH = 5
MAX_BODY = 16 * 1024  # bytes in one request from a phone: a long note fits, a file does not
MAX_NAME = 40
MAX_PHONES = 60
JOIN_ATTEMPTS = 10  # per address per window: enough for typos, too few to guess a code
JOIN_WINDOW = 60.0  # seconds


class RoomError(Exception):
    """Refused; ``status`` is the HTTP status, the message meant for the person on the phone.

    ``message`` is the Dutch source text, marked for the catalogue where it is raised (context "live"),
    and ``args`` fill its {0} {1}. ``text(language)`` says it in the room's language, when the answer is
    made (on the server's thread, which must not depend on the window's language). A text that is not in
    the catalogue (a session's own refusal, already in the session's language) is passed on as it is.
    """

    def __init__(self, status: int, message: str, *args):
        self.status = status
        self.source = message
        self.format_args = args
        self.message = message.format(*args) if args else message
        super().__init__(self.message)

    def text(self, language: str) -> str:
        with speaking(language):  # this thread only
            said = translate("live", self.source)
        return said.format(*self.format_args) if self.format_args else said


def new_room_code(length: int = CODE_LENGTH) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def normalize_code(text: str) -> str:
    """What someone typed, as a code: capitals, no spaces or dashes."""
    return "".join(c for c in str(text).upper() if not c.isspace() and c != "-")[:20]


@dataclass
class Phone:
    id: str
    token: str = field(repr=False)
    name: str  # empty in an anonymous session: no names kept anywhere
    participant_id: str | None = None  # set when the join is applied to the session
    joined: float = field(default_factory=time.monotonic)


class JoinLimiter:
    """At most ``attempts`` joins per address per ``window`` seconds (a sliding window)."""

    def __init__(self, attempts: int = JOIN_ATTEMPTS, window: float = JOIN_WINDOW,
                 clock: Callable[[], float] = time.monotonic):
        self.attempts, self.window, self.clock = attempts, window, clock
        self._seen: dict[str, deque[float]] = {}

    def allow(self, address: str) -> bool:
        now = self.clock()
        times = self._seen.setdefault(address, deque())
        while times and now - times[0] > self.window:
            times.popleft()
        if len(times) >= self.attempts:
            return False
        times.append(now)
        if len(self._seen) > 10_000:  # never grow without bound
            self._seen = {address: times}
        return True


class Room:
    def __init__(self, code: str | None = None, limiter: JoinLimiter | None = None, max_phones: int = MAX_PHONES):
        self.code = code or new_room_code()
        self.secret = secrets.token_urlsafe(24)  # the facilitator's: never shown on a phone or the projection
        self.limiter = limiter or JoinLimiter()
        self.max_phones = max_phones
        self.locked_steps: set[str] = set()
        self._phones: dict[str, Phone] = {}  # token -> phone
        self._lock = threading.Lock()

    # --- joining -------------------------------------------------------------------------------
    def join(self, code: str, name: str, address: str, anonymous: bool) -> Phone:
        with self._lock:
            if not self.limiter.allow(address):
                raise RoomError(429, QT_TRANSLATE_NOOP(
                    "live", "Te vaak geprobeerd. Wacht een minuut en probeer het dan opnieuw."))
            if not hmac.compare_digest(normalize_code(code).encode(), self.code.encode()):
                raise RoomError(403, QT_TRANSLATE_NOOP(
                    "live", "Deze code klopt niet. Kijk nog eens op het scherm."))
            if len(self._phones) >= self.max_phones:
                raise RoomError(403, QT_TRANSLATE_NOOP("live", "De sessie is vol."))
            clean = "" if anonymous else " ".join(str(name).split())[:MAX_NAME]
            phone = Phone(id=secrets.token_hex(4), token=secrets.token_urlsafe(18), name=clean)
            self._phones[phone.token] = phone
            return phone

    def phone(self, token: str | None) -> Phone:
        with self._lock:
            found = self._phones.get(token or "")
        if found is None:
            raise RoomError(401, QT_TRANSLATE_NOOP(
                "live", "Je bent niet (meer) aangemeld. Meld je opnieuw aan met de code."))
        return found

    def phones(self) -> list[Phone]:
        with self._lock:
            return sorted(self._phones.values(), key=lambda p: p.joined)

    def remove(self, phone_id: str) -> Phone | None:
        with self._lock:
            for token, phone in list(self._phones.items()):
                if phone.id == phone_id:
                    return self._phones.pop(token)
        return None

    def is_facilitator(self, secret: str | None) -> bool:
        return bool(secret) and hmac.compare_digest(str(secret).encode(), self.secret.encode())

    # --- locking a step --------------------------------------------------------------------------
    def set_locked(self, step_id: str, locked: bool) -> None:
        with self._lock:
            (self.locked_steps.add if locked else self.locked_steps.discard)(step_id)

    def is_locked(self, step_id: str) -> bool:
        with self._lock:
            return step_id in self.locked_steps
