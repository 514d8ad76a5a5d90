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
import json
from importlib import resources

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from ..core.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE
from .hub import LiveHub
from .phonetext import phone_page
from .rooms import MAX_BODY, RoomError

OWNER_TIMEOUT = 10.0  # seconds a request waits for the laptop
PING_EVERY = 15.0  # seconds between keep-alive comments on the event stream
STREAM_PAUSE = 0.05  # seconds: a stream sends at most about twenty messages a second

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
PAGE_FILES = {"/": ("index.html", "text/html; charset=utf-8"),
              "/app.js": ("app.js", "text/javascript; charset=utf-8"),
              "/style.css": ("style.css", "text/css; charset=utf-8")}


class Notifier:
    """Wakes the event streams when the picture changes; ``changed`` may be called from any thread."""

    def __init__(self):
        self.loop: asyncio.AbstractEventLoop | None = None
        self.event: asyncio.Event | None = None

    def bind(self) -> asyncio.Event:
        if self.event is None:
            self.loop = asyncio.get_running_loop()
            self.event = asyncio.Event()
        return self.event

    def changed(self) -> None:
        loop = self.loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(self._fire)
            except RuntimeError:  # the loop closed in between
                pass

    def _fire(self) -> None:
        old, self.event = self.event, asyncio.Event()
        if old is not None:
            old.set()


def error_response(exc: RoomError, language: str = SOURCE_LANGUAGE) -> JSONResponse:
    return JSONResponse({"error": exc.text(language)}, status_code=exc.status, headers=SECURITY_HEADERS)


async def read_json(request: Request) -> dict:
    """The request's JSON object, refusing anything larger than MAX_BODY bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY):
        raise RoomError(413, QT_TRANSLATE_NOOP("live", "Dit bericht is te groot."))
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise RoomError(413, QT_TRANSLATE_NOOP("live", "Dit bericht is te groot."))
    try:
        data = json.loads(body or b"{}")
    except ValueError:
        raise RoomError(400, QT_TRANSLATE_NOOP("live", "Dit bericht is onleesbaar.")) from None
    if not isinstance(data, dict):
        raise RoomError(400, QT_TRANSLATE_NOOP("live", "Dit bericht is onleesbaar."))
    return data


def _token(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.query_params.get("token")


def create_app(hub: LiveHub, admin_api: bool = True) -> Starlette:
    """``admin_api``: the facilitator's routes, for the headless command (the app uses its own window)."""
    notifier = Notifier()
    hub.listeners.append(notifier.changed)
    page = resources.files(__package__) / "page"

    def language() -> str:
        return hub.picture.public.get("language", SOURCE_LANGUAGE)

    def _error(exc: RoomError) -> JSONResponse:  # in the room's language
        return error_response(exc, language())

    async def on_owner(fn):
        """Run ``fn`` on the thread that owns the session and wait for it (without blocking the server)."""
        try:
            return await asyncio.wait_for(asyncio.wrap_future(hub.owner.call(fn)), OWNER_TIMEOUT)
        except asyncio.TimeoutError:
            raise RoomError(503, QT_TRANSLATE_NOOP("live", "De laptop reageert niet. Probeer het zo nog eens.")) from None

    async def static(request: Request) -> Response:
        name, kind = PAGE_FILES[request.url.path]
        body = phone_page(language()) if name == "index.html" else (page / name).read_bytes()
        return Response(body, media_type=kind, headers=SECURITY_HEADERS)

    async def join(request: Request) -> Response:
        try:
            data = await read_json(request)
            address = request.client.host if request.client else "?"
            phone = hub.room.join(str(data.get("code", "")), str(data.get("name", "")), address,
                                  hub.picture.public.get("anonymous", False))
            state = await on_owner(lambda: hub.join(phone))
        except RoomError as exc:
            return _error(exc)
        return JSONResponse({"token": phone.token, "state": state}, headers=SECURITY_HEADERS)

    async def state(request: Request) -> Response:
        try:
            phone = hub.room.phone(_token(request))
        except RoomError as exc:
            return _error(exc)
        return JSONResponse(hub.state_for(phone), headers=SECURITY_HEADERS)

    def action(name: str):
        async def endpoint(request: Request) -> Response:
            try:
                data = await read_json(request)
                token = _token(request)
                hub.room.phone(token)  # refuse unknown phones before bothering the laptop
                result = await on_owner(lambda: hub.handle(token, name, data))
            except RoomError as exc:
                return _error(exc)
            return JSONResponse(result, headers=SECURITY_HEADERS)
        return endpoint

    async def stream(request: Request) -> Response:
        try:
            phone = hub.room.phone(_token(request))
        except RoomError as exc:
            return _error(exc)

        async def lines():
            seen, sent = -1, None
            while not hub.closed:
                wake = notifier.bind()
                picture = hub.picture
                try:
                    hub.room.phone(phone.token)
                except RoomError:
                    yield "event: gone\ndata: {}\n\n"
                    return
                if picture.version != seen:
                    seen = picture.version
                    mark = picture.changed_for(phone.participant_id)
                    if mark != sent:  # another phone's vote changes nothing on this one: nothing to send
                        sent = mark
                        yield "data: " + json.dumps(hub.state_for(phone, picture)) + "\n\n"
                    continue
                try:
                    await asyncio.wait_for(wake.wait(), PING_EVERY)
                except asyncio.TimeoutError:
                    yield ": ping\n\n"
                    continue
                await asyncio.sleep(STREAM_PAUSE)  # a burst of changes becomes one message
        headers = dict(SECURITY_HEADERS, **{"X-Accel-Buffering": "no"})
        return StreamingResponse(lines(), media_type="text/event-stream", headers=headers)

    # --- the facilitator (headless use): the secret, and only from this machine -----------------------
    def admin(fn):
        async def endpoint(request: Request) -> Response:
            client = request.client.host if request.client else ""
            if client not in ("127.0.0.1", "::1") or not hub.room.is_facilitator(
                    request.headers.get("x-reflectiespel-secret")):
                return _error(RoomError(403, QT_TRANSLATE_NOOP("live", "Alleen voor de begeleider, op de laptop zelf.")))
            try:
                data = await read_json(request) if request.method == "POST" else {}
                result = await on_owner(lambda: fn(data))
            except RoomError as exc:
                return _error(exc)
            return JSONResponse(result if result is not None else {"ok": True}, headers=SECURITY_HEADERS)
        return endpoint

    def phones(_data):
        session = hub.session
        return {"code": hub.room.code, "phones": [
            {"id": p.id, "name": session.display_name(p.participant_id) if p.participant_id else p.name}
            for p in hub.room.phones()]}

    def go(data):
        session = hub.session
        session.go_to(int(data.get("step", session.current_step + 1)) - 1, int(data.get("card", 1)) - 1)
        hub.commit(None)
        return {"step": session.current_step + 1}

    def reveal(_data):
        edit = hub.reveal()
        return {"revealed": [note.text for note in (edit.value if edit else [])]}

    routes = [Route(path, static) for path in PAGE_FILES] + [
        Route("/api/join", join, methods=["POST"]),
        Route("/api/state", state),
        Route("/api/events", stream),
    ] + [Route(f"/api/{name}", action(name), methods=["POST"]) for name in ("vote", "choose", "note", "place", "turn")]
    if not admin_api:
        return Starlette(routes=routes)
    routes += [
        Route("/api/admin/phones", admin(phones)),
        Route("/api/admin/remove", admin(lambda d: hub.remove_phone(str(d.get("phone_id", "")))), methods=["POST"]),
        Route("/api/admin/lock", admin(lambda d: hub.set_locked(str(d.get("step_id", "")), bool(d.get("locked")))),
              methods=["POST"]),
        Route("/api/admin/silent", admin(lambda d: hub.start_silent()), methods=["POST"]),
        Route("/api/admin/reveal", admin(reveal), methods=["POST"]),
        Route("/api/admin/go", admin(go), methods=["POST"]),
    ]
    return Starlette(routes=routes)
