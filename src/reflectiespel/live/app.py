"""The web app phones talk to (Starlette). Imported only when a server starts.

Routes: the phone page (``/``, ``/app.js``, ``/style.css``), the phone API under ``/api/``, and the
facilitator's API under ``/api/admin/`` (a separate secret, and only from the laptop itself).
See docs/live.md for the API.

Everything a phone reads is in the language of the session being run (``hub.picture``'s "language"):
the page is filled in by phonetext.py, a refusal is said in that language when the answer is made.
This thread never reads or changes the window's language.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import json
import logging
import re
import threading
from concurrent.futures import Future
from functools import partial
from importlib import resources

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from ..core.base.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, speaking, translate
from .guard import MAX_HEAD, head_size
from . import inputevents
from .hub import LiveHub, adds_text
from .phonetext import phone_page
from .rooms import MAX_BODY, Phone, RoomError, Waiting

OWNER_TIMEOUT = 10.0  # seconds a request waits for the laptop
BODY_TIMEOUT = 10.0  # seconds a phone has to send the body of its request
ASK_AGAIN = 3  # seconds: how often a device that waits for the facilitator's yes asks again
MAX_DEPTH = 8  # nesting of a request's JSON: the API needs one level
PING_EVERY = 15.0  # seconds between keep-alive comments on the event stream
STREAM_PAUSE = 0.05  # seconds: a stream sends at most about twenty messages a second

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
# the page's files: a phone asks each time whether its copy is still right (ETag), and gets 304 if it is
PAGE_HEADERS = {"Cache-Control": "no-cache", "Vary": "Accept-Encoding"}
PAGE_FILES = {"/": ("index.html", "text/html; charset=utf-8"),
              "/app.js": ("app.js", "text/javascript; charset=utf-8"),
              "/style.css": ("style.css", "text/css; charset=utf-8"),
              "/input.js": ("input.js", "text/javascript; charset=utf-8"),  # word cloud, ideas, ratings (#29)
              "/clock.js": ("clock.js", "text/javascript; charset=utf-8")}  # the step's clock on phones (#29)


class Notifier:
    """Wakes the event streams whose phone has something new; ``changed`` may be called from any thread.

    A stream that has sent its phone's view waits on an event of its own (``watch``). When the picture
    changes, one pass on the server's loop looks which phones' views changed (``Picture.changed_for``),
    or which phones left the room, and wakes only those streams: three hundred phones listening while
    one votes cost one look each, not three hundred coroutines woken to find nothing to send."""

    def __init__(self, hub: LiveHub):
        self.hub = hub
        self.loop: asyncio.AbstractEventLoop | None = None
        self.waiting: dict[int, tuple[Phone, int | None, asyncio.Event]] = {}
        self._due = False  # a wake-up is on its way to the loop: more changes before it ride along

    def watch(self, phone: Phone, sent: int | None) -> asyncio.Event:
        """On the loop: an event set when this phone's view is no longer the one marked ``sent``."""
        self.loop = asyncio.get_running_loop()
        event = asyncio.Event()
        self.waiting[id(event)] = (phone, sent, event)
        return event

    def forget(self, event: asyncio.Event) -> None:
        self.waiting.pop(id(event), None)

    def changed(self) -> None:
        loop = self.loop
        if loop is not None and not loop.is_closed() and not self._due:
            self._due = True
            try:
                loop.call_soon_threadsafe(self._fire)
            except RuntimeError:  # the loop closed in between
                self._due = False

    def _fire(self) -> None:
        self._due = False
        hub, picture = self.hub, self.hub.picture
        for phone, sent, event in list(self.waiting.values()):
            if hub.closed or picture.changed_for(phone.participant_id) != sent or not hub.room.holds(phone.token):
                event.set()


class PageFile:
    """One file of the phone page as sent: its bytes, once compressed, and its ETag (a hash of the bytes)."""

    def __init__(self, body: bytes, kind: str, packed: bytes, etag: str):
        self.body, self.kind, self.packed, self.etag = body, kind, packed, etag

    @classmethod
    def of(cls, body: bytes, kind: str) -> PageFile:
        packed = gzip.compress(body, compresslevel=9, mtime=0)
        return cls(body, kind, packed, '"' + hashlib.sha256(body).hexdigest()[:20] + '"')

    def response(self, headers) -> Response:
        sent = dict(SECURITY_HEADERS, **PAGE_HEADERS, ETag=self.etag)
        if self.etag in [tag.strip() for tag in headers.get("if-none-match", "").split(",")]:
            return Response(status_code=304, headers=sent)
        if accepts_gzip(headers.get("accept-encoding", "")) and len(self.packed) < len(self.body):
            return Response(self.packed, media_type=self.kind, headers=dict(sent, **{"Content-Encoding": "gzip"}))
        return Response(self.body, media_type=self.kind, headers=sent)


def accepts_gzip(header: str) -> bool:
    """Whether an Accept-Encoding header takes gzip (``gzip`` or ``*``, not with q=0)."""
    for part in header.lower().split(","):
        name, _, params = part.strip().partition(";")
        if name.strip() in ("gzip", "*"):
            quality = params.strip().removeprefix("q=").strip() if params.strip().startswith("q=") else "1"
            try:
                return float(quality) > 0
            except ValueError:
                return False
    return False


class Answers:
    """The owner's results back to the server's loop with as few wake-ups as possible.

    ``asyncio.wrap_future`` wakes the loop once per request, from the owner's thread: a system call that
    lets the server's thread take the interpreter, after which the owner waits for it back (up to Python's
    switch interval) before its next request. Here the first answer of a slice wakes the loop and the
    others ride along. Cancelling the wait (a timeout, a phone gone) cancels the request if it has not run."""

    def __init__(self):
        self.loop: asyncio.AbstractEventLoop | None = None
        self._ready: list = []
        self._due = False
        self._lock = threading.Lock()

    async def wait(self, future: Future, timeout: float):
        loop = self.loop = asyncio.get_running_loop()
        waiter = loop.create_future()
        future.add_done_callback(lambda done: self._done(waiter, done))
        try:
            return await asyncio.wait_for(waiter, timeout)
        except BaseException:
            future.cancel()  # not run yet: it never will be
            raise

    def _done(self, waiter: asyncio.Future, done: Future) -> None:
        with self._lock:
            self._ready.append((waiter, done))
            wake, self._due = not self._due, True
        if wake:
            try:
                self.loop.call_soon_threadsafe(self._deliver)
            except RuntimeError:  # the loop closed: nobody waits any more
                pass

    def _deliver(self) -> None:
        with self._lock:
            ready, self._ready, self._due = self._ready, [], False
        for waiter, done in ready:
            if waiter.done():
                continue
            if done.cancelled():
                waiter.cancel()
            elif done.exception() is not None:
                waiter.set_exception(done.exception())
            else:
                waiter.set_result(done.result())


def error_response(exc: RoomError, language: str = SOURCE_LANGUAGE) -> JSONResponse:
    return JSONResponse({"error": exc.text(language)}, status_code=exc.status, headers=SECURITY_HEADERS)


async def read_json(request: Request) -> dict:
    """The request's JSON object, refusing anything larger than MAX_BODY bytes, slower than BODY_TIMEOUT,
    nested deeper than MAX_DEPTH, or holding text that is not text (a lone surrogate such as \\udc00)."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY):
        raise RoomError(413, QT_TRANSLATE_NOOP("live", "Dit bericht is te groot."))

    async def body() -> bytes:
        data = b""
        async for chunk in request.stream():
            data += chunk
            if len(data) > MAX_BODY:
                raise RoomError(413, QT_TRANSLATE_NOOP("live", "Dit bericht is te groot."))
        return data
    try:
        raw = await asyncio.wait_for(body(), BODY_TIMEOUT)
    except TimeoutError:
        raise RoomError(408, QT_TRANSLATE_NOOP("live", "Dit bericht kwam te langzaam binnen. Probeer het opnieuw.")) from None
    try:
        data = json.loads(raw or b"{}")
    except (ValueError, RecursionError):
        raise RoomError(400, QT_TRANSLATE_NOOP("live", "Dit bericht is onleesbaar.")) from None
    if not isinstance(data, dict) or not plain(data):
        raise RoomError(400, QT_TRANSLATE_NOOP("live", "Dit bericht is onleesbaar."))
    return data


_SURROGATE = re.compile("[\ud800-\udfff]")


def plain(value, depth: int = 0) -> bool:
    """JSON a phone may send: not deeper than MAX_DEPTH, every text (key or value) real text."""
    if isinstance(value, str):
        return _SURROGATE.search(value) is None
    if depth >= MAX_DEPTH:
        return not isinstance(value, (dict, list))
    if isinstance(value, dict):
        return all(plain(k, depth) and plain(v, depth + 1) for k, v in value.items())
    if isinstance(value, list):
        return all(plain(v, depth + 1) for v in value)
    return True


def _token(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.query_params.get("token")


class Live:
    """What every handler is given: the hub (the session's owner on the other side), and the notifier
    that wakes the event streams. The handlers below are plain module-level functions of it."""

    def __init__(self, hub: LiveHub):
        self.hub = hub
        self.notifier = Notifier(hub)
        hub.listeners.append(self.notifier.changed)
        self.answers = Answers()
        self.page = resources.files(__package__) / "page"
        self.pages: dict[tuple[str, str], PageFile] = {}  # (path, language) -> the file, made once

    def language(self) -> str:
        """The room's language: the session's (phones never see the window's)."""
        return self.hub.picture.public.get("language", SOURCE_LANGUAGE)

    def error(self, exc: RoomError) -> JSONResponse:
        return error_response(exc, self.language())

    async def on_owner(self, fn):
        """Run ``fn`` on the thread that owns the session and wait for it (without blocking the server)."""
        try:
            return await self.answers.wait(self.hub.owner.call(fn), OWNER_TIMEOUT)
        except TimeoutError:
            raise RoomError(503, QT_TRANSLATE_NOOP("live", "De laptop reageert niet. Probeer het zo nog eens.")) from None


# --- the phone page and the phone API --------------------------------------------------------------------
async def static(live: Live, request: Request) -> Response:
    """The page's three files: made once per language, compressed once (gzip, for a phone that accepts it),
    and not sent again to a phone that has them (ETag, 304): 300 phones loading the page cost the laptop
    300 small answers, not 300 times the page."""
    path, spoken = request.url.path, live.language()
    found = live.pages.get((path, spoken))
    if found is None:
        name, kind = PAGE_FILES[path]
        body = phone_page(spoken) if name == "index.html" else (live.page / name).read_bytes()
        found = live.pages[(path, spoken)] = PageFile.of(body, kind)
    return found.response(request.headers)


def waiting_response(live: Live, item: Waiting) -> JSONResponse:
    """202: the device waits for the facilitator's yes; it asks again with its ticket."""
    with speaking(live.language()):
        if item.reason == "removed":
            text = translate("live", "De begeleider had deze telefoon uit de sessie gehaald. Je doet weer mee "
                                     "zodra de begeleider ja zegt.")
        else:
            text = translate("live", "Er doet al een telefoon mee als {0}. Ben jij dat, op een ander apparaat? "
                                     "Dan laat de begeleider je erin. Ben je iemand anders, kies dan een andere "
                                     "naam.").format(item.name)
    return JSONResponse({"waiting": True, "ticket": item.ticket, "message": text, "again": ASK_AGAIN},
                        status_code=202, headers=SECURITY_HEADERS)


async def join(live: Live, request: Request) -> Response:
    hub = live.hub
    try:
        data = await read_json(request)
        address = request.client.host if request.client else "?"
        phone = hub.room.join(str(data.get("code", "")), str(data.get("name", "")), address,
                              hub.picture.public.get("anonymous", False))
        if isinstance(phone, Waiting):  # a removed phone's device: the facilitator's window shows it waits
            hub.owner.call(hub.publish)
            return waiting_response(live, phone)
        state = await live.on_owner(lambda: hub.join(phone))
    except RoomError as exc:
        return live.error(exc)
    if isinstance(state, Waiting):
        return waiting_response(live, state)
    return JSONResponse({"token": phone.token, "state": state}, headers=SECURITY_HEADERS)


async def join_wait(live: Live, request: Request) -> Response:
    """A waiting device asks again: still waiting (202), let in (its token), or not (403)."""
    hub = live.hub
    try:
        data = await read_json(request)
        item = hub.room.asking(data.get("ticket"))
        if item.answer is None:
            return waiting_response(live, item)
        if not item.answer or item.phone is None:
            raise RoomError(403, QT_TRANSLATE_NOOP("live", "De begeleider heeft je niet toegelaten."))
    except RoomError as exc:
        return live.error(exc)
    return JSONResponse({"token": item.phone.token, "state": hub.state_for(item.phone)}, headers=SECURITY_HEADERS)


async def state(live: Live, request: Request) -> Response:
    try:
        phone = live.hub.room.phone(_token(request))
    except RoomError as exc:
        return live.error(exc)
    return Response(live.hub.picture.message(phone), media_type="application/json", headers=SECURITY_HEADERS)


async def action(live: Live, name: str, request: Request) -> Response:
    """A phone's vote, choice, note, placement or turn: checked here, done on the owner's thread."""
    hub = live.hub
    try:
        data = await read_json(request)
        token = _token(request)
        phone = hub.room.phone(token)  # refuse unknown phones before bothering the laptop
        hub.room.check_pace(phone, adds_text(name, data))  # and phones faster than a person
        result = await live.on_owner(lambda: hub.handle(token, name, data))
    except RoomError as exc:
        return live.error(exc)
    return JSONResponse(result, headers=SECURITY_HEADERS)


async def stream(live: Live, request: Request) -> Response:
    """Server-Sent Events: a phone's state whenever its view changed, a ping every PING_EVERY seconds."""
    hub = live.hub
    try:
        phone = hub.room.phone(_token(request))
    except RoomError as exc:
        return live.error(exc)
    headers = dict(SECURITY_HEADERS, **{"X-Accel-Buffering": "no"})
    return StreamingResponse(_lines(live, phone), media_type="text/event-stream", headers=headers)


async def _lines(live: Live, phone: Phone):
    hub, notifier = live.hub, live.notifier
    sent = None
    while not hub.closed:
        if not hub.room.holds(phone.token):
            yield "event: gone\ndata: {}\n\n"
            return
        picture = hub.picture
        mark = picture.changed_for(phone.participant_id)
        if mark != sent:  # another phone's vote changes nothing on this one: nothing to send
            sent = mark
            yield "data: " + picture.message(phone) + "\n\n"  # the shared part made once
            await asyncio.sleep(STREAM_PAUSE)  # a burst of changes becomes one message
            continue
        wake = notifier.watch(phone, sent)  # woken only when this phone's view changed (or it left)
        try:
            await asyncio.wait_for(wake.wait(), PING_EVERY)
        except TimeoutError:
            yield ": ping\n\n"
        finally:
            notifier.forget(wake)


# --- the facilitator (headless use): the secret, and only from this machine -----------------------------
async def admin(live: Live, fn, request: Request) -> Response:
    hub = live.hub
    client = request.client.host if request.client else ""
    if client not in ("127.0.0.1", "::1") or not hub.room.is_facilitator(request.headers.get("x-reflectiespel-secret")):
        return live.error(RoomError(403, QT_TRANSLATE_NOOP("live", "Alleen voor de begeleider, op de laptop zelf.")))
    try:
        data = await read_json(request) if request.method == "POST" else {}
        result = await live.on_owner(lambda: fn(hub, data))
    except RoomError as exc:
        return live.error(exc)
    return JSONResponse(result if result is not None else {"ok": True}, headers=SECURITY_HEADERS)


def admin_phones(hub: LiveHub, _data: dict) -> dict:
    session = hub.session
    return {"code": hub.room.code, "phones": [
        {"id": p.id, "name": session.display_name(p.participant_id) if p.participant_id else p.name}
        for p in hub.room.phones()],
        "waiting": [{"id": w.id, "name": w.name, "reason": w.reason} for w in hub.room.waiting()]}


def admin_go(hub: LiveHub, data: dict) -> dict:
    session = hub.session
    session.go_to(int(data.get("step", session.current_step + 1)) - 1, int(data.get("card", 1)) - 1)
    hub.commit(None)
    return {"step": session.current_step + 1}


def admin_reveal(hub: LiveHub, _data: dict) -> dict:
    edit = hub.reveal()
    return {"revealed": [note.text for note in (edit.value if edit else [])]}


def admin_remove(hub: LiveHub, data: dict) -> None:
    hub.remove_phone(str(data.get("phone_id", "")))


def admin_answer(hub: LiveHub, data: dict) -> None:
    hub.answer(str(data.get("id", "")), data.get("admit") is True)


def admin_lock(hub: LiveHub, data: dict) -> None:
    hub.set_locked(str(data.get("step_id", "")), bool(data.get("locked")))


def admin_silent(hub: LiveHub, _data: dict) -> None:
    hub.start_silent()


PHONE_ACTIONS = ("vote", "choose", "note", "place", "turn") + inputevents.ACTIONS  # + the kinds of issue #29
ADMIN = {"phones": (admin_phones, ["GET"]), "remove": (admin_remove, ["POST"]), "answer": (admin_answer, ["POST"]),
         "lock": (admin_lock, ["POST"]),
         "silent": (admin_silent, ["POST"]), "reveal": (admin_reveal, ["POST"]), "go": (admin_go, ["POST"])}


def create_app(hub: LiveHub, admin_api: bool = True) -> Starlette:
    """The app for one hub. ``admin_api``: the facilitator's routes, for the headless command (the app uses
    its own window)."""
    live = Live(hub)
    routes = [Route(path, partial(static, live)) for path in PAGE_FILES] + [
        Route("/api/join", partial(join, live), methods=["POST"]),
        Route("/api/join/wait", partial(join_wait, live), methods=["POST"]),
        Route("/api/state", partial(state, live)),
        Route("/api/events", partial(stream, live)),
    ] + [Route(f"/api/{name}", partial(action, live, name), methods=["POST"]) for name in PHONE_ACTIONS]
    if admin_api:
        routes += [Route(f"/api/admin/{name}", partial(admin, live, fn), methods=methods)
                   for name, (fn, methods) in ADMIN.items()]
    app = Starlette(routes=routes, middleware=[Middleware(PhoneGuard, language=live.language)])
    app.state.phone_language = live.language  # for the server's own refusals (live/guard.py)
    return app


class PhoneGuard:
    """ASGI middleware around every route: a request whose line and headers together exceed MAX_HEAD
    bytes gets 431 before any route sees it (a head that arrives in parts is stopped by h11 itself);
    a fault of ours is logged and answered with a sentence (500), and the connection stays usable.
    Both in the room's language."""

    def __init__(self, app, language):
        self.app, self.language = app, language

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if head_size(scope) > MAX_HEAD:
            refusal = RoomError(431, QT_TRANSLATE_NOOP("live", "Dit verzoek heeft te veel of te lange kopregels."))
            await error_response(refusal, self.language())(scope, receive, send)
            return
        started = False

        async def sending(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)
        try:
            await self.app(scope, receive, sending)
        except Exception as exc:
            logging.getLogger("reflectiespel.live").error("phone request failed", exc_info=exc)
            if started:
                raise
            fault = RoomError(500, QT_TRANSLATE_NOOP("live", "Er ging iets mis op de laptop. Probeer het nog eens."))
            await error_response(fault, self.language())(scope, receive, send)
