"""Saving and opening sessions (``*.reflectiespel``), autosave, recovery and the recent list.

Rules: a save is atomic (temporary file in the same folder, fsync, os.replace, fsync of the
folder), so a crash leaves either the old file or the new one, never half of one. Opening only
reads: a damaged, newer or foreign file gives a FileProblems with a plain Dutch message and stays
exactly as it was. See docs/session-format.md.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from collections.abc import Callable

from pydantic import ValidationError

from ..files.atomic import WriteError, atomic_write
from ..files.claims import Claims
from ..files.paths import user_data_dir
from ..base.i18n import QT_TRANSLATE_NOOP, translate
from ..base.problems import FileProblems, Problem, display_path, explain_validation_error, long_number_problem
from .session import DOCUMENT_KIND, SESSION_FORMAT_VERSION, Session

__all__ = ["SUFFIX", "MAX_BYTES", "NEAR_BYTES", "TooBig", "size_text", "atomic_write", "WriteError", "Claims",
           "session_to_bytes", "checked_bytes",
           "save_session", "migrate", "read_session_data", "parse_session", "open_session", "open_user_file",
           "open_in_window", "RecentSessions"]

SUFFIX = ".reflectiespel"  # a session file

# The one size limit of a session file: opening refuses a larger file, so saving (Ctrl+S, the check when a
# window closes, the autosave, `reflectiespel live`) refuses to write one (checked_bytes). Whatever the
# app writes, it opens.
MAX_BYTES = 20 * 1024 * 1024
# From here the facilitator is told the session nears the limit, and phones can no longer add text
# (live/hub.py): there is room left for the facilitator's own notes and for undoing.
NEAR_BYTES = 16 * 1024 * 1024
RECENT_FILE = "recent.json"
MAX_RECENT = 10

# Migrations: MIGRATIONS[n] turns the data of format version n into version n + 1.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {
    # 1 -> 2 (issue #29): new step kinds and their parts (Step.cloud, ...); every new field has a default,
    # so a version 1 file means the same in version 2.
    1: lambda data: data,
}


# --- sessions as files ------------------------------------------------------------------------
def session_to_bytes(session: Session) -> bytes:
    return (session.model_dump_json(indent=2, warnings=False) + "\n").encode("utf-8")


def size_text(size: int) -> str:
    """A size for a person: '23 MB', '512 kB'."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.0f} MB"
    return f"{max(1, size // 1024)} kB"


class TooBig(FileProblems):
    """The session would be larger than a session file may be (MAX_BYTES); nothing was written."""

    def __init__(self, name: str, size: int):
        self.size = size
        super().__init__([Problem(name, translate(
            "Storage", "niet opgeslagen: de sessie is {0} groot en een sessiebestand mag hoogstens {1} zijn, anders "
                       "gaat het niet meer open. Het vorige bestand is niet veranderd. Maak de laatste wijzigingen "
                       "ongedaan of haal lange notities weg; dan wordt er weer bewaard.").format(
            size_text(size), size_text(MAX_BYTES)))])


def checked_bytes(session: Session, name: str = "", data: bytes | None = None, in_parts: bool = False) -> bytes:
    """The bytes to write (``data``, or made here), after the same check opening applies: what does not
    load back is not written. Larger than MAX_BYTES is refused (TooBig) before anything else: opening
    refuses such a file."""
    name = name or (display_path(Path(session.path)) if session.path else session.title)
    try:
        data = session_to_bytes(session) if data is None else data
    except Exception as exc:  # noqa: BLE001 - a value the model should never have held
        raise FileProblems([Problem(name, translate("Storage", "niet opgeslagen: de sessie bevat een waarde die niet klopt ({0})").format(exc))]) from None
    if len(data) > MAX_BYTES:
        raise TooBig(name, len(data))
    try:
        parse_session(data, name, in_parts=in_parts)
    except FileProblems as exc:
        raise FileProblems([Problem(name, translate("Storage", "niet opgeslagen: zo opgeslagen zou de sessie niet meer te openen zijn; "
                                          "het vorige bestand is niet veranderd"))] + exc.problems) from None
    return data


def save_session(session: Session, path: Path) -> Path:
    """Save as ``path`` (the suffix .reflectiespel is added when missing) and remember it in session.path.

    On any failure session.path stays what it was and the file on disk is unchanged."""
    path = Path(path)
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    previous = session.path
    session.path = str(path.resolve())
    try:
        atomic_write(path, checked_bytes(session, display_path(path)))
    except FileProblems:
        session.path = previous
        raise
    return path


def migrate(data: dict, name: str) -> dict:
    """Bring older data up to the current format version; refuse newer versions."""
    version = data.get("format_version")
    if type(version) is not int or version < 1:
        raise FileProblems([Problem(name, translate("Storage", "de formaatversie ontbreekt of klopt niet (een heel getal, zoals 1); "
                                          "dit is geen bruikbaar sessiebestand"), field="format_version")])
    if version > SESSION_FORMAT_VERSION:
        raise FileProblems([Problem(name, translate("Storage", "deze sessie is gemaakt met een nieuwere versie van reflectiespel "
                                          "(formaatversie {0}); deze versie kan tot en met versie "
                                          "{1} openen. Werk reflectiespel bij. "
                                          "Het bestand is niet veranderd.").format(version, SESSION_FORMAT_VERSION))])
    _kinds_known_in(data, version, name)
    while version < SESSION_FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["format_version"] = version
    return data


def _kinds_known_in(data: dict, version: int, name: str) -> None:
    """A file of an older format version holds only the step kinds that version knew (core/sessions/stepkinds.py)."""
    from .stepkinds import kinds_in_version

    known = kinds_in_version(version)
    steps = data.get("steps")
    for number, step in enumerate(steps if isinstance(steps, list) else [], 1):
        kind = step.get("kind") if isinstance(step, dict) else None
        if isinstance(kind, str) and kind not in known and kind in kinds_in_version(SESSION_FORMAT_VERSION):
            raise FileProblems([Problem(name, translate(
                "Storage", "de stapsoort '{0}' bestaat pas sinds formaatversie {1}, maar dit bestand zegt versie {2}; "
                           "het is met de hand veranderd of beschadigd. Het bestand is niet veranderd.").format(
                kind, next(v for v in range(version + 1, SESSION_FORMAT_VERSION + 1) if kind in kinds_in_version(v)),
                version), field=f"steps[{number}].kind")])


def read_session_data(path: Path) -> dict:
    """The raw JSON of a session file, checked for size, encoding and shape. Only reads."""
    return _decode(_read_bounded(Path(path)), display_path(Path(path)))


def _read_bounded(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES; never blocks on a pipe or a device."""
    from ..files.safefile import read_regular_file

    return read_regular_file(path, MAX_BYTES, "sessie")


class _Duplicates(dict):
    """A JSON object; ``duplicates`` names keys that were in it more than once."""

    duplicates: list[str]


def _pairs(pairs: list) -> dict:
    result = _Duplicates()
    result.duplicates = []
    for key, value in pairs:
        if key in result and key not in result.duplicates:
            result.duplicates.append(key)
        result[key] = value
    return result


def _find_duplicate(value, loc: tuple = ()) -> tuple[tuple, str] | None:
    if isinstance(value, _Duplicates) and value.duplicates:
        return loc, value.duplicates[0]
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in children:
        found = _find_duplicate(child, loc + (key,))
        if found:
            return found
    return None


def _decode(raw: bytes, name: str) -> dict:
    from ..base.problems import field_path

    if not raw.strip():
        raise FileProblems([Problem(name, translate("Storage", "het bestand is leeg; er staat geen sessie in"))])
    not_session = translate("Storage", "dit is geen sessiebestand van reflectiespel")
    head = raw[:64]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (
            len(head) >= 4 and max(head[0::2].count(0), head[1::2].count(0)) > len(head) // 4):
        raise FileProblems([Problem(name, not_session + translate("Storage", ", of het is opgeslagen als UTF-16; sla het op als UTF-8"))])
    if raw.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        raise FileProblems([Problem(name, not_session + translate("Storage", " (het is een plaatje)"))])
    if raw.startswith(b"%PDF"):
        raise FileProblems([Problem(name, not_session + translate("Storage", " (het is een pdf)"))])
    if raw.startswith(b"PK\x03\x04") or b"\x00" in raw[:1024]:
        raise FileProblems([Problem(name, not_session + translate("Storage", " (het is een ander soort bestand)"))])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FileProblems([Problem(name, not_session + translate("Storage", ", of het is beschadigd: de tekst is geen UTF-8"), line=line)]) from None
    stripped = text.lstrip()
    if not stripped.startswith("{"):
        hint = ""
        if "cards:" in text and "categories:" in text:
            hint = " " + translate("Storage", "Het lijkt een kaartenset (YAML); zet die in de map met kaartensets.")
        elif "steps:" in text:
            hint = " " + translate("Storage", "Het lijkt een werkvorm (YAML); begin daarmee een nieuwe sessie.")
        raise FileProblems([Problem(name, f"{not_session}.{hint}")])
    try:
        data = json.loads(text, object_pairs_hook=_pairs, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) - 1:
            message = translate("Storage", "het bestand is beschadigd: het houdt halverwege op")
        else:
            message = translate("Storage", "het bestand is beschadigd: de opmaak klopt niet ({0})").format(_json_reason(exc.msg))
        raise FileProblems([Problem(name, message, line=exc.lineno)]) from None
    except RecursionError:
        raise FileProblems([Problem(name, translate("Storage", "het bestand is beschadigd: het is te diep genest"))]) from None
    except _NotANumber as exc:  # NaN, Infinity: not JSON, and never written by us
        line = text.count("\n", 0, max(0, text.find(exc.word))) + 1
        raise FileProblems([Problem(name, translate("Storage", "het bestand is beschadigd: '{0}' is geen getal").format(exc.word), line=line)]) from None
    except ValueError:  # a number with more digits than Python converts (sys.get_int_max_str_digits)
        problem = long_number_problem(name, text)
        raise FileProblems([Problem(name, translate("Storage", "het bestand is beschadigd: {0}").format(problem.message), line=problem.line)]) from None
    duplicate = _find_duplicate(data)
    if duplicate is not None:
        loc, key = duplicate
        raise FileProblems([Problem(name, translate("Storage", "'{0}' staat twee keer in hetzelfde blok; welke bedoeld is, "
                                          "is niet te zeggen").format(key), field=field_path(loc) or translate("Storage", "(bovenaan)"))])
    if not isinstance(data, dict) or data.get("document") != DOCUMENT_KIND:
        raise FileProblems([Problem(name, not_session + ".")])
    return data


class _NotANumber(Exception):
    def __init__(self, word: str):
        super().__init__(word)
        self.word = word


def _no_constant(name: str):
    raise _NotANumber(name)


def _json_reason(message: str) -> str:
    reasons = {
        "Expecting value": QT_TRANSLATE_NOOP("Storage", "hier hoort een waarde"),
        "Expecting ',' delimiter": QT_TRANSLATE_NOOP("Storage", "hier ontbreekt een komma"),
        "Expecting ':' delimiter": QT_TRANSLATE_NOOP("Storage", "hier ontbreekt een dubbele punt"),
        "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP("Storage", "hier hoort een naam tussen dubbele aanhalingstekens"),
        "Extra data": QT_TRANSLATE_NOOP("Storage", "na het einde staat nog meer"),
        "Invalid control character at": QT_TRANSLATE_NOOP("Storage", "een stuurteken in een tekst"),
        "Unterminated string starting at": QT_TRANSLATE_NOOP("Storage", "een tekst zonder afsluitend aanhalingsteken"),
        "Invalid \\escape": QT_TRANSLATE_NOOP("Storage", "een ongeldige \\-code in een tekst"),
    }
    return translate("Storage", reasons[message]) if message in reasons else translate("Storage", "onbekende fout")


def _validated_steps(data: dict) -> dict:
    """``data`` with its steps validated one by one: the same check as validating the whole session at once
    (the session takes validated steps as they are), but in short calls. pydantic holds the interpreter for
    the whole of one call, and a worker thread that checks a big session in one call stops the window for
    tens of ms. A step that does not pass is left as it was, so the session's own check names it."""
    from .sessionparts import Step

    steps = data.get("steps")
    if not isinstance(steps, list):
        return data
    try:
        return {**data, "steps": [Step.model_validate(_board_in_parts(step)) for step in steps]}
    except (ValidationError, RecursionError, ValueError, TypeError):
        return data


def _board_in_parts(step):
    """A step whose board's tokens, placements and snapshots are validated one at a time (a full board holds
    thousands: in one call that is the longest stretch of the check)."""
    from ..board.board import Placement, Snapshot, Token

    board = step.get("board") if isinstance(step, dict) else None
    if not isinstance(board, dict):
        return step

    def each(model, values):
        return [model.model_validate(value) for value in values] if isinstance(values, list) else values

    def snapshot(value):
        if isinstance(value, dict):
            value = {**value, "placements": each(Placement, value.get("placements", []))}
        return Snapshot.model_validate(value)

    snapshots = board.get("snapshots", [])
    parts = {**board, "tokens": each(Token, board.get("tokens", [])),
             "placements": each(Placement, board.get("placements", [])),
             "snapshots": [snapshot(value) for value in snapshots] if isinstance(snapshots, list) else snapshots}
    return {**step, "board": parts}


def parse_session(raw: bytes, name: str, in_parts: bool = False) -> Session:
    """Bytes to a Session, with every check opening applies; FileProblems (Dutch) when it cannot be used.
    ``in_parts``: check step by step (from a worker thread, see _validated_steps); the outcome is the same."""
    data = migrate(_decode(raw, name), name)
    try:
        session = Session.model_validate(_validated_steps(data) if in_parts else data)
    except ValidationError as exc:
        problems = explain_validation_error(exc, name)
        raise FileProblems([Problem(name, translate("Storage", "het bestand is beschadigd; deze gegevens kloppen niet:"))] + problems) from None
    except (RecursionError, ValueError) as exc:
        raise FileProblems([Problem(name, translate("Storage", "het bestand is beschadigd: het is te diep genest") if isinstance(exc, RecursionError)
            else translate("Storage", "het bestand is beschadigd: een waarde kan niet worden gelezen"))]) from None
    # a place past the end of the agenda (steps removed by hand): go to the last step there is
    if session.current_step >= len(session.steps):
        session.current_step, session.current_card = max(0, len(session.steps) - 1), 0
    step = session.active_step
    if step is not None and session.current_card >= max(1, len(step.card_ids)):
        session.current_card = 0
    return session


def open_session(path: Path) -> Session:
    """Read a session file; raise FileProblems (plain Dutch) when it cannot be used. Never changes the file."""
    path = Path(path)
    return parse_session(_read_bounded(path), display_path(path))


def open_user_file(path: Path) -> Session:
    """Open a file the user chose: like open_session, and session.path becomes that file (wherever it was
    saved before: a moved or copied file is saved where it is now)."""
    session = open_session(path)
    session.path = str(Path(path).resolve())
    return session


ALREADY_OPEN = QT_TRANSLATE_NOOP("Storage", "deze sessie is al open in een ander venster van reflectiespel. "
                                            "Ga verder in dat venster, of sluit het daar eerst. "
                                            "Het bestand is niet veranderd.")
ALREADY_OPEN_ON_SAVE = QT_TRANSLATE_NOOP("Storage", "deze sessie is al open in een ander venster van reflectiespel. "
                                                    "Het bestand is niet veranderd.")


def open_in_window(path: Path, claims: Claims) -> tuple[Session, bool]:
    """Open a file for one window: refused when another window has it open; a copy of a session that is
    open elsewhere gets a new id. Returns the session and whether it got a new id."""
    path = Path(path)
    if not claims.claim_file(path):
        raise FileProblems([Problem(display_path(path), translate("Storage", ALREADY_OPEN))])
    try:
        session = open_user_file(path)
    except FileProblems:
        claims.release_file()
        raise
    renamed = False
    if not claims.claim_id(session.id):
        session.id = uuid.uuid4().hex
        claims.claim_id(session.id)
        renamed = True
    return session, renamed


def save_in_window(session: Session, path: Path, claims: Claims) -> Path:
    """Save for one window: refused when another window has that file open; on failure nothing changes."""
    path = Path(path)
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    previous = claims.file
    if not claims.claim_file(path):
        raise FileProblems([Problem(display_path(path), translate("Storage", ALREADY_OPEN_ON_SAVE))])
    try:
        return save_session(session, path)
    except FileProblems:
        if previous is not None and previous != path.resolve():
            claims.claim_file(previous)
        elif previous is None:
            claims.release_file()
        raise


# --- recent sessions --------------------------------------------------------------------------
class RecentSessions:
    """The last sessions the user saved or opened (at most 10), kept in ``<data dir>/recent.json``."""

    def __init__(self, data_dir: Path | None = None):
        self.file = (data_dir or user_data_dir()) / RECENT_FILE

    def paths(self) -> list[Path]:
        """Newest first; a damaged list counts as empty."""
        from ..files.safefile import read_regular_file

        try:
            data = json.loads(read_regular_file(self.file, 1024 * 1024).decode("utf-8"))
            items = data.get("paths", []) if isinstance(data, dict) else []
            return [Path(p) for p in items if isinstance(p, str)][:MAX_RECENT]
        except (OSError, ValueError, FileProblems, RecursionError):
            return []

    def existing(self) -> list[Path]:
        return [p for p in self.paths() if p.is_file()]

    def add(self, path: Path) -> None:
        path = Path(path).resolve()
        self._write([path] + [p for p in self.paths() if p != path])

    def remove(self, path: Path) -> None:
        path = Path(path).resolve()
        self._write([p for p in self.paths() if p != path])

    def _write(self, paths: list[Path]) -> None:
        self.file.parent.mkdir(parents=True, exist_ok=True)
        data = {"format_version": 1, "paths": [str(p) for p in paths[:MAX_RECENT]]}
        atomic_write(self.file, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
