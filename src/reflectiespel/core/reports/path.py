"""A practice's path across sessions: where a group's practices stood on the axis each time it met.

``open_sessions`` reads several session files with the app's own ``open_session`` (a damaged file is
refused with its message; the others go on). ``build_path`` orders the sessions by date, matches the
practices across them (the same token id, or the same name however it is capitalised, accented or
spaced), and gives per practice its place per session and perspective, with the reasons given at each
placement in that session. What it cannot match, a practice renamed between sessions, a session in the
other language and a session on another board are said in sentences (``PracticePath.notes``), in the
current language. No Qt.

Positions are the board's own numbers (x, y from 0 to 1), so boards in two languages, or a board whose
words differ, still line up; where the boards differ a note says so. A session keeps per practice and
perspective the last place it had in that session (a later board step wins over an earlier one).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date as Date, datetime
from pathlib import Path

from ..board.board import placement_key
from ..base.i18n import QT_TRANSLATE_NOOP, translate
from ..sessions.session import Session, domain_name
from ..sessions.sessionparts import DOMAIN_NAMES

MAX_SESSIONS = 24  # six years of quarterly meetings; more does not fit on one board
MAX_TOTAL_BYTES = 60 * 1024 * 1024  # all files of one path together (one file may have 20 MB, storage.MAX_BYTES)
GROUP = ""  # the perspective of the whole group
ALL = None  # filter: every perspective

LANGUAGE_NAMES = {"nl": QT_TRANSLATE_NOOP("Path", "het Nederlands"), "en": QT_TRANSLATE_NOOP("Path", "het Engels")}


def plain_key(text: str) -> str:
    """A name as compared: case, accents and spacing aside ('Café  Buurt' == 'cafe buurt')."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


@dataclass
class PathSession:
    """One session on the path, in date order (``number`` counts from 1)."""

    number: int
    title: str
    date: Date | None
    created: datetime
    language: str
    group: str
    file: str = ""  # where it was read from, as shown
    notes: list[str] = field(default_factory=list)
    session_id: str = ""

    @property
    def when(self) -> Date:
        return self.date or self.created.date()

    @property
    def label(self) -> str:
        """Short, for a label on the board: the date (ISO), or the title when there is none."""
        return self.date.isoformat() if self.date else self.title


@dataclass
class Point:
    """Where one perspective put one practice in one session, and why it moved there."""

    session: int  # the session's number
    perspective: str  # the key of the perspective ('' is the group)
    x: float
    y: float
    name: str  # the practice's name in that session
    reasons: list[str] = field(default_factory=list)


@dataclass
class Rename:
    session: int  # the session in which the new name appears
    old: str
    new: str


@dataclass
class Practice:
    key: str
    name: str  # the latest name
    colour: str
    points: list[Point] = field(default_factory=list)
    renames: list[Rename] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    _names: set[str] = field(default_factory=set)

    def path(self, perspective: str | None = GROUP) -> list[Point]:
        """Its points for one perspective (ALL: every perspective), in session order."""
        return sorted((p for p in self.points if perspective is ALL or p.perspective == perspective),
                      key=lambda p: (p.session, p.perspective))

    def steps(self, perspective: str | None = GROUP) -> list[tuple[Point, Point]]:
        """Consecutive points of each perspective: the arrows of the path."""
        out = []
        keys = [perspective] if perspective is not ALL else sorted({p.perspective for p in self.points})
        for key in keys:
            points = self.path(key)
            out += list(zip(points, points[1:]))
        return out

    @property
    def sessions(self) -> list[int]:
        return sorted({p.session for p in self.points})

    @property
    def former_names(self) -> list[str]:
        seen: list[str] = []
        for rename in self.renames:
            if rename.old not in seen and rename.old != self.name:
                seen.append(rename.old)
        return seen


@dataclass
class PracticePath:
    sessions: list[PathSession]
    practices: list[Practice]
    perspectives: dict[str, str]  # key -> name as shown; '' (the group) first when present
    unmatched: list[str] = field(default_factory=list)
    renames: list[str] = field(default_factory=list)

    def session(self, number: int) -> PathSession:
        return self.sessions[number - 1]

    def perspective_name(self, key: str) -> str:
        return translate("Path", "de groep") if key == GROUP else self.perspectives.get(key, key)

    def shown(self, perspective: str | None = GROUP) -> list[Practice]:
        """The practices that have at least one point for ``perspective``."""
        return [p for p in self.practices if p.path(perspective)]

    @property
    def notes(self) -> list[str]:
        """Everything the path has to say about itself: per session, then renames, then what did not match."""
        out = []
        for session in self.sessions:
            out += [translate("Path", "Sessie {0} ({1}): {2}").format(session.number, session.label, note)
                    for note in session.notes]
        return out + self.renames + self.unmatched


# --- reading ------------------------------------------------------------------------------------------
@dataclass
class Opened:
    sessions: list[tuple[Session, Path]]
    problems: list[str]  # one line per file that could not be used, in the current language


def open_sessions(paths: Iterable[Path | str], already: Iterable[Session] = ()) -> Opened:
    """Read session files with the app's own check; a file that cannot be used is said, the rest goes on.
    The same session twice (the same id: a copy) is used once."""
    from ..base.problems import FileProblems, display_path
    from ..sessions.storage import open_session

    seen = {s.id for s in already}
    found: list[tuple[Session, Path]] = []
    problems: list[str] = []
    total = 0
    for path in paths:
        path = Path(path)
        if len(seen) >= MAX_SESSIONS:
            problems.append(translate("Path", "{0}: niet gebruikt; een pad heeft ten hoogste {1} sessies").format(
                display_path(path), MAX_SESSIONS))
            continue
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # open_session says what is wrong with it
        if total + size > MAX_TOTAL_BYTES:
            problems.append(translate("Path", "{0}: niet gebruikt; de sessies van een pad zijn samen ten hoogste "
                                              "{1} MB").format(display_path(path), MAX_TOTAL_BYTES // (1024 * 1024)))
            continue
        try:
            session = open_session(path)
        except FileProblems as exc:
            problems.append(str(exc.problems[0]) if len(exc.problems) == 1 else
                            "\n".join(str(p) for p in exc.problems))
            continue
        except OSError as exc:
            problems.append(translate("Path", "{0}: kan niet gelezen worden ({1})").format(
                display_path(path), exc.strerror or exc))
            continue
        if session.id in seen:
            problems.append(translate("Path", "{0}: deze sessie staat al in het pad (een kopie van hetzelfde "
                                              "bestand)").format(display_path(path)))
            continue
        seen.add(session.id)
        total += size
        found.append((session, path))
    return Opened(found, problems)


# --- what one session holds ---------------------------------------------------------------------------
def _perspective(session: Session, raw: str) -> tuple[str, str]:
    """(key, name as shown) of a placement's perspective: a participant (by id or by name; their number when
    the session is anonymous), a domain, or the text as it is."""
    if not raw:
        return GROUP, ""
    participant = session.find_participant(raw) or next(
        (p for p in session.participants if plain_key(p.name) == plain_key(raw)), None)
    if participant is not None:
        shown = session.display_name(participant)
        return plain_key(shown), shown
    if raw in DOMAIN_NAMES:
        return "domain:" + raw, domain_name(raw)
    return plain_key(raw), raw


@dataclass
class _Found:
    token_id: str
    name: str
    colour: str
    places: dict[str, tuple[float, float, str]] = field(default_factory=dict)  # key -> x, y, shown name
    reasons: dict[str, list[str]] = field(default_factory=dict)


def session_places(session: Session) -> list[_Found]:
    """Per practice on the session's boards (by token id, in the order they first appear) its last place
    per perspective in this session, and every reason given for it there."""
    found: dict[str, _Found] = {}
    for step in session.steps:
        board = step.board
        for token in board.tokens:
            entry = found.setdefault(token.id, _Found(token.id, token.name, token.colour))
            entry.name, entry.colour = token.name, token.colour
        names = {t.id for t in board.tokens}
        for placement in board.placements:
            if placement.token_id not in names:
                continue
            key, shown = _perspective(session, placement.perspective)
            found[placement.token_id].places[key] = (placement.x, placement.y, shown)
        given = [s.reasons for s in board.snapshots] + [board.reasons]
        for token_id in names:
            entry = found[token_id]
            for placement in board.placements_of(token_id) + [p for s in board.snapshots for p in s.placements
                                                                if p.token_id == token_id]:
                key, _shown = _perspective(session, placement.perspective)
                wanted = placement_key(token_id, placement.perspective)
                for reasons in given:
                    reason = (reasons.get(wanted) or "").strip()
                    kept = entry.reasons.setdefault(key, [])
                    if reason and reason not in kept:
                        kept.append(reason)
    return [f for f in found.values() if f.places]


# --- boards -------------------------------------------------------------------------------------------
def _shape(definition) -> tuple:
    """What decides where a position lies on a board: the axes' stops and bands, the zones' areas."""
    def axis(a):
        return (a.bands, len(a.stops), tuple(s.at for s in a.stops))
    return (axis(definition.horizontal), axis(definition.vertical),
            tuple((z.id, tuple(z.x), tuple(z.y)) for z in definition.zones))


def board_difference(definition, reference) -> str:
    """'' when ``definition`` is the reference board or its translation; else a sentence for the session's note."""
    if definition is None or reference is None or definition is reference:
        return ""
    if definition.id == reference.id and _shape(definition) == _shape(reference):
        return ""  # the same board (in another language, the session's note says so): the same places
    return translate("Path", "op een ander bord gezet ('{0}'); de plekken zijn als getallen van 0 tot 1 "
                             "overgenomen, maar de vakken en woorden kunnen iets anders betekenen").format(
        definition.title)


# --- the path -----------------------------------------------------------------------------------------
def _order(sessions: list[tuple[Session, object]]) -> list[tuple[Session, object]]:
    return sorted(sessions, key=lambda item: (item[0].date or item[0].created.date(), item[0].created))


def build_path(sessions: Iterable[tuple[Session, object]] | Iterable[Session],
               definitions: Callable[[Session], object] | None = None, reference=None,
               joins: Iterable[tuple[str, str]] = ()) -> PracticePath:
    """The path of every practice over ``sessions`` (Session, or (Session, path) pairs), oldest first.

    ``definitions(session)`` is the board a session was placed on (None: unknown) and ``reference`` the
    board the path is shown on; a session whose board differs gets a note. ``joins`` are pairs of names the
    user says are one practice (a new name typed as a new practice in a later session); they are said too."""
    from ..sessions.lasttime import same_group

    canon = _joined_names(joins)

    pairs = [item if isinstance(item, tuple) else (item, item.path or "") for item in sessions]
    pairs = _order(pairs)
    out_sessions: list[PathSession] = []
    practices: list[Practice] = []
    perspectives: dict[str, str] = {}
    renames: list[str] = []
    unmatched: list[str] = []
    # the language the path is read in: its board's, else the latest session's; a session in the other is said
    main_language = getattr(reference, "language", None) or (pairs[-1][0].language if pairs else "nl")
    last_group = next((s.group for s, _p in reversed(pairs) if s.group.strip()), "")
    for number, (session, where) in enumerate(pairs, 1):
        shown = PathSession(number, session.title, session.date, session.created, session.language, session.group,
                            Path(str(where)).name if where else "", session_id=session.id)
        out_sessions.append(shown)
        if session.language != main_language:
            shown.notes.append(translate("Path", "gemaakt in {0}; de namen en redenen staan er zoals ze toen "
                                                 "zijn ingetypt").format(
                translate("Path", LANGUAGE_NAMES.get(session.language, session.language))))
        if definitions is not None:
            difference = board_difference(definitions(session), reference)
            if difference:
                shown.notes.append(difference)
        if last_group and session.group.strip() and not same_group(session.group, last_group):
            shown.notes.append(translate("Path", "een andere groep: '{0}'").format(session.group))
        found = session_places(session)
        if not found:
            shown.notes.append(translate("Path", "geen praktijken op het bord"))
        taken: set[int] = set()
        for entry in found:
            practice, how = _match(practices, entry, taken, canon)
            if practice is None:
                practice = Practice(key=entry.token_id, name=entry.name, colour=entry.colour)
                practices.append(practice)
            elif plain_key(practice.name) != plain_key(entry.name) and how != "name":
                said = _rename(practice, entry.name, shown, out_sessions[practice.points[-1].session - 1])
                if said:
                    renames.append(said + (translate("Path", " (met de hand gekoppeld)") if how == "joined" else ""))
            taken.add(id(practice))
            practice.ids.add(entry.token_id)
            practice._names.add(plain_key(entry.name))
            practice.name, practice.colour = entry.name, entry.colour
            for key, (x, y, name) in entry.places.items():
                if key != GROUP:
                    perspectives[key] = name
                practice.points.append(Point(number, key, x, y, entry.name, list(entry.reasons.get(key, []))))
    if len(out_sessions) > 1:
        for practice in practices:
            if len(practice.sessions) == 1:
                only = out_sessions[practice.sessions[0] - 1]
                unmatched.append(translate("Path", "'{0}' staat alleen in sessie {1} ({2}); in de andere sessies "
                                                   "is geen praktijk met dezelfde naam of hetzelfde kenmerk").format(
                    practice.name, only.number, only.label))
    ordered = ({GROUP: ""} if any(p.perspective == GROUP for pr in practices for p in pr.points) else {})
    ordered.update(sorted(perspectives.items(), key=lambda kv: kv[1].casefold()))
    return PracticePath(out_sessions, practices, ordered, unmatched, renames)


def _rename(practice: Practice, new: str, session: PathSession, before: PathSession) -> str:
    """Record a new name for a practice (the same token id) and say it; a session in the other language
    that uses a name the practice already had is going back to its own name, not a rename."""
    other_language = session.language != before.language
    if other_language and plain_key(new) in practice._names:
        return ""
    practice.renames.append(Rename(session.number, practice.name, new))
    if other_language:
        return translate("Path", "'{0}' heet in sessie {1} ({2}, in {3}) '{4}'").format(
            practice.name, session.number, session.label,
            translate("Path", LANGUAGE_NAMES.get(session.language, session.language)), new)
    return translate("Path", "'{0}' heet vanaf sessie {1} ({2}) '{3}'").format(practice.name, session.number,
                                                                               session.label, new)


def _joined_names(joins: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Names the user joined, each mapped to one name of its group (so 'a'~'b' and 'b'~'c' are one)."""
    parent: dict[str, str] = {}

    def root(name: str) -> str:
        while parent.get(name, name) != name:
            name = parent[name]
        return name
    for a, b in joins:
        ra, rb = root(plain_key(a)), root(plain_key(b))
        if ra != rb:
            parent[rb] = ra
    return {name: root(name) for name in parent}


def _match(practices: list[Practice], entry: _Found, taken: set[int],
           canon: dict[str, str]) -> tuple[Practice | None, str]:
    """The practice this session's token continues, and how it was found: the same id ('id') first, else
    the same name ('name'), else a name the user joined to one of its names ('joined'); never one that
    another token of the same session already continues."""
    for practice in practices:
        if entry.token_id in practice.ids and id(practice) not in taken:
            return practice, "id"
    name = plain_key(entry.name)
    for practice in practices:
        if name in practice._names and id(practice) not in taken:
            return practice, "name"
    wanted = canon.get(name, name)
    for practice in practices:
        if id(practice) not in taken and any(canon.get(n, n) == wanted for n in practice._names):
            return practice, "joined"
    return None, ""
