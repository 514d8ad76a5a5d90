"""Last time with the same group: the action items a session left open come back at the start of the
next session with that group, where the facilitator marks each one done, still open or dropped (as
Samen reflecteren does for teams, core/sessions/compare.py). No Qt.
"""

from __future__ import annotations

from datetime import date as Date
from pathlib import Path
from collections.abc import Callable, Iterable

from .compare import open_agreements
from ..base.i18n import translate
from .session import ActionItem, Session
from .session_ops import Edit, SessionError, _group, _insert, _update
from .sessionparts import EarlierActions


def same_group(one: str, other: str) -> bool:
    """The same group or organisation, however it was capitalised or spaced."""
    a, b = " ".join(one.split()).casefold(), " ".join(other.split()).casefold()
    return bool(a) and a == b


def latest_of_group(current: Session, paths: Iterable[Path],
                    keep: Callable[[Session], bool]) -> tuple[Session, Path] | None:
    """The most recent other session of the same group (not dated after this one) for which ``keep`` is
    true: (session, path), or None. Files that cannot be read are passed over."""
    from ..base.problems import FileProblems
    from .storage import open_session

    if not current.group.strip():
        return None
    best = None
    for path in paths:
        try:
            earlier = open_session(Path(path))
        except (OSError, FileProblems, ValueError):
            continue
        if earlier.id == current.id or not same_group(earlier.group, current.group):
            continue
        if current.date and earlier.date and earlier.date > current.date:
            continue
        if not keep(earlier):
            continue
        key = (earlier.date or Date.min, earlier.created)
        if best is None or key > best[0]:
            best = (key, earlier, Path(path))
    return (best[1], best[2]) if best else None


def find_last(current: Session, paths: Iterable[Path]) -> tuple[Session, Path] | None:
    """The most recent other session of the same group that left action items open."""
    return latest_of_group(current, paths, lambda earlier: bool(open_agreements(earlier)))


def bring_open_actions(current: Session, earlier: Session, path: Path | str | None = None) -> Edit:
    """Put the earlier session's open action items in this session's first step, each to be marked done,
    still open or dropped. Undoable as one edit; a second time replaces nothing (it is refused)."""
    if not current.steps:
        raise SessionError(translate("LastTime", "Deze sessie heeft nog geen stappen; voeg eerst een stap toe."))
    if current.earlier_actions is not None:
        raise SessionError(translate("LastTime", "De actiepunten van vorige keer staan al in deze sessie."))
    first = current.steps[0]
    copies = [ActionItem(wat=a.wat, wie=a.wie, wanneer=a.wanneer) for a in open_agreements(earlier)]
    edits = [_insert("", first.actions, copy, index) for index, copy in enumerate(copies)]
    summary = EarlierActions(title=earlier.title, date=earlier.date, path=str(path or earlier.path or ""),
                             carried=[c.id for c in copies])
    edits.append(_update("", current, {"earlier_actions": summary}))
    return _group(translate("LastTime", "Actiepunten van vorige keer"), edits, copies)


def carried(current: Session) -> list[ActionItem]:
    """The action items that came from last time, in their order, with the status marked since."""
    if current.earlier_actions is None:
        return []
    wanted = current.earlier_actions.carried
    found = {a.id: a for step in current.steps for a in step.actions if a.id in wanted}
    return [found[i] for i in wanted if i in found]
