"""The checks every text and id of a session passes, and the base of every part of a session document:
ids, one-line and several-line texts, colours, where an input came from (``Via``), new ids and time stamps.

The lowest layer of the session format: core/sessions/sessionparts.py and core/sessions/stepinput.py (the parts of issue
#29's step kinds) both build on it, and it imports neither (the layers go one way).
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from ..base.i18n import translate

MAX_TEXT = 20_000  # characters in one note or instruction: a long speech, not a book

# Who typed a note, a vote, a choice or a step's input (issue #29.6): "phone" (a phone in the room) or "console"
# (the facilitator, for someone without a phone); None in files from before this was kept.
Via = Literal["phone", "console"]
VIA_TEXT = "phone: van een telefoon; console: ingevoerd door de begeleider"

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _check_id(value: str) -> str:
    if not _ID.match(value):
        raise ValueError(translate("Validators", "een id mag alleen letters, cijfers, - en _ bevatten "
                                            "(hoogstens 64 tekens)"))
    return value


def _check_colour(value: str | None) -> str | None:
    if value is not None and not _COLOUR.match(value):
        raise ValueError(translate("Validators", "'{0}' is geen kleur; schrijf een kleur als #RRGGBB").format(value))
    return value.lower() if value else value


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_IN_LINE = re.compile(r"[\x00-\x1f\x7f]")


def _control_message(char: str) -> str:
    return translate("Validators", "bevat een onzichtbaar stuurteken (U+{0}); typ de tekst opnieuw of "
                     "plak hem zonder opmaak").format(f"{ord(char):04X}")


def _check_text(value: str) -> str:
    """Text of several lines: tabs and line breaks are fine, other control characters are not."""
    found = _CONTROL.search(value)
    if found:
        raise ValueError(_control_message(found.group()))
    return value


def _check_line(value: str) -> str:
    """A title or name: one line, no control characters at all."""
    found = _CONTROL_IN_LINE.search(value)
    if found:
        raise ValueError(translate("Validators", "mag geen regeleinde bevatten") if found.group() in "\r\n" else _control_message(found.group()))
    return value


def clean_text(text: str, one_line: bool = False) -> str:
    """What a person typed or pasted, with the control characters a model refuses made into spaces."""
    return (_CONTROL_IN_LINE if one_line else _CONTROL).sub(" ", text)


Id = Annotated[str, AfterValidator(_check_id)]
Colour = Annotated[str | None, AfterValidator(_check_colour)]
PlainText = Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(_check_text)]
Line = Annotated[str, AfterValidator(_check_line)]


def new_id(prefix: str) -> str:
    """A short unique id such as 'n-3f9a1c0b2d'; the prefix tells what it names."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def now() -> datetime:
    """The local time with its UTC offset, to the second (what a note's time stamp shows)."""
    return datetime.now().astimezone().replace(microsecond=0)


class SessionModel(BaseModel):
    # defer_build: validators are built on first use, not at import (start-up, docs/architecture.md)
    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)
