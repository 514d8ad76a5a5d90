"""A session as JSON, made a step at a time, for writing it from a worker thread.

pydantic turns a model into JSON in one call that holds the interpreter (the GIL) until it is done: for a
big session (1000 notes, a full board) that is longer than a frame, and the window would stand still
even when the call runs in another thread. Made a step at a time, each call is short and the window's
thread gets its turn in between. A change made in between lands in the next autosave (the session is
marked changed again), so an autosave is at most one change behind, as it always was.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .session import Session


def session_json_in_steps(session: Session) -> bytes:
    """The same document as ``session.model_dump_json()`` (``steps`` last), as UTF-8 bytes."""
    head = session.model_dump(mode="json", exclude={"steps"})
    steps = [step.model_dump_json() for step in list(session.steps)]
    text = json.dumps(head, ensure_ascii=False)
    return (text[:-1] + (", " if head else "") + '"steps": [' + ", ".join(steps) + "]}\n").encode("utf-8")
