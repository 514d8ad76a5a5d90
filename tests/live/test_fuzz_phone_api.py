"""Property-based fuzzing of the phone API's JSON bodies (issue #22 point 4), over real HTTP.

Whatever JSON a phone sends to any of its routes (any shape, any types, text with lone surrogates and
control characters, numbers out of range, NaN, deep nesting), the server:
- never answers 5xx, and always answers JSON; a refusal carries a sentence for the phone;
- never breaks the facilitator's list of phones;
- leaves a session that saves and opens again (storage.checked_bytes, the check every save applies).

Fixed seed and a bounded budget, so CI runs the same examples in a few seconds every time.
"""

from __future__ import annotations

import json

import httpx
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from reflectiespel.core.sessions.storage import checked_bytes
from reflectiespel.live.rooms import JoinLimiter, Room

from liveserving import make_session, on_owner, serving

ROUTES = ["/api/join", "/api/join/wait", "/api/vote", "/api/choose", "/api/note", "/api/place", "/api/turn"]
FIELDS = ["code", "name", "step_id", "target", "delta", "card_id", "chosen", "text", "token_id", "x", "y",
          "reason", "passed", "ticket"]
EXAMPLES = 200  # per property: two properties, about 20 s together on a loaded machine

any_text = st.text(st.characters(exclude_categories=()), max_size=60)  # surrogates and control characters too
broken = st.builds(lambda a, odd, b: a + odd + b, any_text,  # a lone surrogate or a control character for sure
                   st.characters(categories=["Cs", "Cc"]), any_text)
texts = any_text | broken
scalars = (st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=True, allow_infinity=True)
           | texts | st.sampled_from(["s-kaarten", "s-bord", "s-stil", "een", "twee", "drie", "0.5", ""]))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(texts, inner, max_size=4), max_leaves=12)
fielded = st.fixed_dictionaries({}, optional={name: values for name in FIELDS})  # the API's own fields, often
bodies = fielded | st.dictionaries(st.sampled_from(FIELDS) | texts, values, max_size=8) | values


@pytest.fixture(scope="module")
def target():
    session = make_session()
    # no pace and no join limits here: every example reaches the session (the limits have their own tests)
    room = Room(limiter=JoinLimiter(attempts=10**9), phones_per_address=10**9, max_phones=10**6,
                paces=((10**9, 10**9), (10**9, 10**9)))
    with serving(session, room=room) as (hub, server), httpx.Client(base_url=server.url, timeout=15) as client:
        token = client.post("/api/join", json={"code": hub.room.code, "name": "Fuzz"}).json()["token"]
        yield hub, client, token


@seed(2224)
@settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=False,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(route=st.sampled_from(ROUTES), body=bodies, step=st.integers(0, 2))
def test_no_json_body_to_any_phone_route_breaks_the_server_or_the_session(target, route, body, step):
    hub, client, token = target
    on_owner(hub, lambda: (hub.session.go_to(step), hub.publish()))
    sent_and_survived(hub, client, token, route, body)


@seed(2225)
@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(name=texts | values, extra=st.dictionaries(st.sampled_from(FIELDS) | texts, values, max_size=3))
def test_no_name_a_phone_joins_with_breaks_the_server_or_the_session(target, name, extra):
    hub, client, token = target
    sent_and_survived(hub, client, token, "/api/join", dict(extra, code=hub.room.code, name=name))
    for phone in hub.room.phones():  # what the room keeps is text that can be shown and saved
        phone.name.encode("utf-8")


def sent_and_survived(hub, client, token, route, body) -> None:
    raw = json.dumps(body)  # ensure_ascii: a lone surrogate travels as \udc00, as a hostile client sends it
    r = client.post(route, content=raw, headers={"Authorization": f"Bearer {token}",
                                                 "Content-Type": "application/json"})
    assert r.status_code < 500, (route, raw, r.text)
    answer = r.json()
    if r.status_code >= 400:
        assert isinstance(answer.get("error"), str) and answer["error"].strip(), answer
    secret = {"X-Reflectiespel-Secret": hub.room.secret}
    assert client.get("/api/admin/phones", headers=secret).status_code == 200
    on_owner(hub, lambda: checked_bytes(hub.session))  # raises FileProblems when it would not open again
