"""A room: its code, the phones in it with their tokens, the facilitator's secret, and the limits.

Thread-safe: the web server's thread and the facilitator's thread both use one Room.

The limits are per address and per phone, not for the room as a whole, so that a hall of 300 phones
(each its own address on the network) still gets in while one device cannot crowd the others out:
joins per address per minute, phones per address, and for each phone a pace (requests, and texts at
the pace of someone typing). A device whose phone the facilitator removed, and a second device under
a name a phone already holds, wait for the facilitator's yes (``Waiting``). See docs/live.md.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from collections.abc import Callable

from ..core.base.i18n import QT_TRANSLATE_NOOP, speaking, translate

# No look-alikes: no 0/O/Q/D, 1/I/L, 2/Z, 5/S, 6/G, 8/B, U/V.
CODE_ALPHABET = "ACEFHJKMNPRTWXY3479"
CODE_LENGTH = 5
MAX_BODY = 16 * 1024  # bytes in one request from a phone: a long note fits, a file does not
MAX_NAME = 40
MAX_PHONES = 500  # a bound on memory, far above a hall: the limits that bite are per address
PHONES_PER_ADDRESS = 4  # one person's phone and tablet, with room for a page opened twice
JOIN_ATTEMPTS = 10  # per address per window: enough for typos, too few to guess a code
JOIN_WINDOW = 60.0  # seconds
ACTION_BURST, ACTIONS_PER_SECOND = 20, 5.0  # any request that changes something, per phone
TEXT_BURST, TEXT_EVERY = 3, 5.0  # notes and turn texts per phone: three at once, then one every 5 s
MAX_WAITING = 50  # devices waiting for the facilitator's yes, in all
WAITING_EXPIRES = 300.0  # seconds a waiting device is remembered without asking again


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


class Pace:
    """A token bucket: at most ``burst`` at once, then ``rate`` per second."""

    def __init__(self, burst: float, rate: float, clock: Callable[[], float] = time.monotonic):
        self.burst, self.rate, self.clock = burst, rate, clock
        self.left, self.at = float(burst), clock()

    def take(self) -> bool:
        now = self.clock()
        self.left = min(self.burst, self.left + (now - self.at) * self.rate)
        self.at = now
        if self.left < 1:
            return False
        self.left -= 1
        return True


@dataclass
class Phone:
    id: str
    token: str = field(repr=False)
    name: str  # empty in an anonymous session: no names kept anywhere
    participant_id: str | None = None  # set when the join is applied to the session
    joined: float = field(default_factory=time.monotonic)
    address: str = field(default="", repr=False)  # only in memory, for the limits per address
    actions: Pace | None = field(default=None, repr=False)
    texts: Pace | None = field(default=None, repr=False)


@dataclass
class Waiting:
    """A device that asked to join and waits for the facilitator's yes."""

    id: str  # shown to the facilitator's window (and the admin API)
    ticket: str = field(repr=False)  # the device's own: it asks with this whether it may come in
    name: str
    address: str = field(repr=False)
    reason: str  # "name": a phone already holds this name; "removed": this device's phone was removed
    participant_id: str | None = None  # the place it asks for (reason "name")
    asked: float = field(default_factory=time.monotonic)
    answer: bool | None = None  # the facilitator's: True let in, False not
    phone: Phone | None = field(default=None, repr=False)  # once let in


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
    def __init__(self, code: str | None = None, limiter: JoinLimiter | None = None, max_phones: int = MAX_PHONES,
                 phones_per_address: int = PHONES_PER_ADDRESS, clock: Callable[[], float] = time.monotonic,
                 paces: tuple[tuple[float, float], tuple[float, float]] = (
                     (ACTION_BURST, ACTIONS_PER_SECOND), (TEXT_BURST, 1 / TEXT_EVERY))):
        self.code = code or new_room_code()
        self.secret = secrets.token_urlsafe(24)  # the facilitator's: never shown on a phone or the projection
        self.limiter = limiter or JoinLimiter()
        self.max_phones = max_phones
        self.phones_per_address = phones_per_address
        self.clock = clock
        self.paces = paces
        self.locked_steps: set[str] = set()
        self._phones: dict[str, Phone] = {}  # token -> phone
        self._removed: set[str] = set()  # addresses whose phone the facilitator removed
        self._waiting: dict[str, Waiting] = {}  # ticket -> waiting device
        self._lock = threading.Lock()

    # --- joining -------------------------------------------------------------------------------
    def join(self, code: str, name: str, address: str, anonymous: bool) -> Phone | Waiting:
        """A new phone; or, for a device whose phone the facilitator removed, a Waiting for their yes."""
        with self._lock:
            if not self.limiter.allow(address):
                raise RoomError(429, QT_TRANSLATE_NOOP(
                    "live", "Te vaak geprobeerd. Wacht een minuut en probeer het dan opnieuw."))
            if not hmac.compare_digest(normalize_code(code).encode(), self.code.encode()):
                raise RoomError(403, QT_TRANSLATE_NOOP(
                    "live", "Deze code klopt niet. Kijk nog eens op het scherm."))
            clean = "" if anonymous else " ".join(str(name).split())[:MAX_NAME]
            if address in self._removed:
                return self._wait(clean, address, "removed")
            self._check_room(address)
            phone = self.new_phone(clean, address)
            self._phones[phone.token] = phone
            return phone

    def _check_room(self, address: str) -> None:
        if sum(1 for p in self._phones.values() if p.address == address) >= self.phones_per_address:
            raise RoomError(429, QT_TRANSLATE_NOOP(
                "live", "Vanaf dit apparaat doen al {0} telefoons mee; meer kan niet. Ga verder op de pagina die "
                        "al meedoet."), self.phones_per_address)
        if len(self._phones) >= self.max_phones:
            raise RoomError(403, QT_TRANSLATE_NOOP("live", "De sessie is vol."))

    def new_phone(self, name: str, address: str) -> Phone:
        """A phone with its own token and pace (not yet in the room)."""
        (action_burst, action_rate), (text_burst, text_rate) = self.paces
        return Phone(id=secrets.token_hex(4), token=secrets.token_urlsafe(18), name=name, address=address,
                     actions=Pace(action_burst, action_rate, self.clock), texts=Pace(text_burst, text_rate, self.clock))

    def phone(self, token: str | None) -> Phone:
        with self._lock:
            found = self._phones.get(token or "")
        if found is None:
            raise RoomError(401, QT_TRANSLATE_NOOP(
                "live", "Je bent niet (meer) aangemeld. Meld je opnieuw aan met de code."))
        return found

    def holds(self, token: str | None) -> bool:
        """Whether a phone with this token is in the room (an event stream asks on every wake-up)."""
        with self._lock:
            return (token or "") in self._phones

    def phones(self) -> list[Phone]:
        with self._lock:
            return sorted(self._phones.values(), key=lambda p: p.joined)

    def remove(self, phone_id: str, barred: bool = True) -> Phone | None:
        """The phone leaves the room; ``barred``: its device waits for the facilitator's yes to come back."""
        with self._lock:
            for token, phone in list(self._phones.items()):
                if phone.id == phone_id:
                    if barred and phone.address:
                        self._removed.add(phone.address)
                    return self._phones.pop(token)
        return None

    # --- a phone's pace -------------------------------------------------------------------------------
    def check_pace(self, phone: Phone, text: bool) -> None:
        """Refuse a request faster than a person: any change, and more so a text (note, turn)."""
        with self._lock:
            fast = not phone.actions.take() or (text and not phone.texts.take())
        if fast:
            raise RoomError(429, QT_TRANSLATE_NOOP(
                "live", "Rustig aan: je stuurt sneller dan iemand kan typen. Wacht een paar seconden en probeer het "
                        "dan opnieuw."))

    # --- waiting for the facilitator's yes --------------------------------------------------------------
    def _wait(self, name: str, address: str, reason: str, participant_id: str | None = None) -> Waiting:
        now = self.clock()
        for ticket, item in list(self._waiting.items()):  # forget the expired, and this device's earlier ask
            if now - item.asked > WAITING_EXPIRES or (item.address == address and item.answer is None):
                del self._waiting[ticket]
        if len(self._waiting) >= MAX_WAITING:
            raise RoomError(429, QT_TRANSLATE_NOOP(
                "live", "Er wachten al veel telefoons op de begeleider. Probeer het over een minuut opnieuw."))
        item = Waiting(id=secrets.token_hex(4), ticket=secrets.token_urlsafe(18), name=name, address=address,
                       reason=reason, participant_id=participant_id, asked=now)
        self._waiting[item.ticket] = item
        return item

    def hold(self, phone: Phone, participant_id: str) -> Waiting:
        """A new phone asked for a place another phone holds: it leaves the room and waits for a yes."""
        with self._lock:
            self._phones.pop(phone.token, None)
            return self._wait(phone.name, phone.address, "name", participant_id)

    def waiting(self) -> list[Waiting]:
        """Devices waiting for an answer, oldest first."""
        with self._lock:
            now = self.clock()
            return sorted((w for w in self._waiting.values() if w.answer is None and now - w.asked <= WAITING_EXPIRES),
                          key=lambda w: w.asked)

    def asking(self, ticket: str | None) -> Waiting:
        """The waiting device with this ticket (it asks again); 401 when there is none (any more)."""
        with self._lock:
            item = self._waiting.get(str(ticket or ""))
            if item is None or self.clock() - item.asked > WAITING_EXPIRES:
                self._waiting.pop(str(ticket or ""), None)
                raise RoomError(401, QT_TRANSLATE_NOOP(
                    "live", "Je bent niet (meer) aangemeld. Meld je opnieuw aan met de code."))
            if item.answer is None:
                item.asked = self.clock()  # still there: remembered a while longer
            elif item.answer is False or item.phone is not None:
                del self._waiting[item.ticket]  # the answer is given once
            return item

    def find_waiting(self, waiting_id: str) -> Waiting | None:
        with self._lock:
            return next((w for w in self._waiting.values() if w.id == waiting_id and w.answer is None), None)

    def decide(self, item: Waiting, phone: Phone | None, replaced: list[Phone] = ()) -> None:
        """The facilitator's answer, all at once: not let in (``phone`` None), or let in as ``phone``
        (made with ``new_phone``), instead of the phones that held its place."""
        with self._lock:
            item.answer, item.phone = phone is not None, phone
            if phone is None:
                return
            self._removed.discard(item.address)
            for old in replaced:
                self._phones.pop(old.token, None)
            self._phones[phone.token] = phone

    def is_facilitator(self, secret: str | None) -> bool:
        return bool(secret) and hmac.compare_digest(str(secret).encode(), self.secret.encode())

    # --- locking a step --------------------------------------------------------------------------
    def set_locked(self, step_id: str, locked: bool) -> None:
        with self._lock:
            (self.locked_steps.add if locked else self.locked_steps.discard)(step_id)

    def is_locked(self, step_id: str) -> bool:
        with self._lock:
            return step_id in self.locked_steps
