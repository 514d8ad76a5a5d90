"""Screened input (issue #29.3): in a screened step what phones send reaches the facilitator first and is
shown (on the projection and the other phones) only when released, one by one or all at once; the running
counts can be kept until the reveal; what the projection shows and what the phones show are separate
switches (core/stepinput.Screen). Every change is an undoable Edit. No Qt.
"""

from __future__ import annotations

from ..base.i18n import translate
from ..sessions.session_ops import Edit, _apply, _group, _update
from ..sessions.sessionparts import SessionError, Step
from ..sessions.stepinput import PHONE, Screen

SWITCHES = ("screened", "counts_on_projection", "counts_on_phones", "items_on_phones")


def screen_of(step: Step) -> Screen:
    """The step's switches (the defaults when it has none: everything shown at once)."""
    return step.screen if step.screen is not None else Screen()


def released_at_once(step: Step, via: str | None) -> bool:
    """Is new input shown at once? Not what a phone sends in a screened step."""
    return not (screen_of(step).screened and via == PHONE)


def waiting(step: Step) -> list:
    """What waits for the facilitator: words and ideas not yet released, in the order they came."""
    items = [w for w in (step.cloud.words if step.cloud is not None else []) if not w.released]
    items += [i for i in (step.wall.ideas if step.wall is not None else []) if not i.released]
    return sorted(items, key=lambda item: item.time)


def set_screen(session, step_id: str, **switches: bool) -> Edit:
    """Turn switches of a step on or off (one undo step); a step without switches gets them."""
    unknown = set(switches) - set(SWITCHES)
    if unknown:
        raise SessionError(translate("Screening", "Onbekende schakelaar: {0}").format(", ".join(sorted(unknown))))
    step = session.step(step_id)
    edits = []
    if step.screen is None:
        made = Screen()

        def redo():
            step.screen = made

        def undo():
            step.screen = None
        edits.append(_apply("", redo, undo, made))
    edits.append(_update("", step.screen, switches))
    if switches.get("counts_on_projection") and len(switches) == 1:
        text = translate("Screening", "Uitslag laten zien")
    else:
        text = translate("Screening", "Wat de zaal ziet wijzigen")
    return _group(text, edits, step.screen)


def release(session, step_id: str, item_ids: list[str]) -> Edit:
    """Show these waiting words or ideas (by id) to the room; one undo step."""
    step = session.step(step_id)
    wanted = set(item_ids)
    items = [item for item in waiting(step) if item.id in wanted]
    if not items:
        raise SessionError(translate("Screening", "Er wacht hier niets om vrij te geven."))
    return _group(translate("Screening", "Vrijgeven") if len(items) == 1
                  else translate("Screening", "{0} vrijgeven").format(len(items)),
                  [_update("", item, {"released": True}) for item in items], items)


def release_all(session, step_id: str) -> Edit:
    step = session.step(step_id)
    items = waiting(step)
    if not items:
        raise SessionError(translate("Screening", "Er wacht niets meer; alles staat al op het scherm."))
    return _group(translate("Screening", "Alles vrijgeven ({0})").format(len(items)),
                  [_update("", item, {"released": True}) for item in items], items)


__all__ = ["SWITCHES", "screen_of", "released_at_once", "waiting", "set_screen", "release", "release_all"]
