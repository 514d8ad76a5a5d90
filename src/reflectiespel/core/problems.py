"""Problems found in a file a person wrote, told in words a trainer understands.

A Problem names the file, the line (where known), the field path and what is wrong.
``explain_validation_error`` turns a pydantic ValidationError into such problems.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

if TYPE_CHECKING:  # pydantic is imported only where a file is validated, not at start-up
    from pydantic import ValidationError


@dataclass(frozen=True)
class Problem:
    file: str
    message: str
    line: int | None = None
    field: str = ""

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", regel {self.line}"
        if self.field:
            return f"{where}: {self.field}: {self.message}"
        return f"{where}: {self.message}"


class FileProblems(Exception):
    """Raised when a file cannot be used; carries one Problem per thing that is wrong."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def field_path(loc: Iterable[Any]) -> str:
    """('cards', 3, 'title') -> 'cards[3].title' (positions as people count: from 1)."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += ("." if out else "") + str(part)
    return out


_MESSAGES: dict[str, str] = {
    "missing": "ontbreekt; dit veld is verplicht",
    "string_type": "moet tekst zijn",
    "string_too_short": "mag niet leeg zijn",
    "string_too_long": "is te lang",
    "string_pattern_mismatch": "heeft niet de goede vorm",
    "list_type": "moet een lijst zijn (regels die beginnen met '- ')",
    "dict_type": "moet een groep velden zijn (naam: waarde)",
    "model_type": "moet een groep velden zijn (naam: waarde)",
    "model_attributes_type": "moet een groep velden zijn (naam: waarde)",
    "int_type": "moet een heel getal zijn",
    "int_parsing": "moet een heel getal zijn",
    "int_from_float": "moet een heel getal zijn",
    "float_type": "moet een getal zijn",
    "float_parsing": "moet een getal zijn",
    "bool_type": "moet ja of nee zijn (true of false)",
    "bool_parsing": "moet ja of nee zijn (true of false)",
    "greater_than_equal": "is te klein",
    "greater_than": "is te klein",
    "less_than_equal": "is te groot",
    "less_than": "is te groot",
    "too_short": "heeft te weinig onderdelen",
    "too_long": "heeft te veel onderdelen",
    "literal_error": "heeft een waarde die niet is toegestaan",
    "enum": "heeft een waarde die niet is toegestaan",
    "date_from_datetime_parsing": "moet een datum zijn (jjjj-mm-dd)",
    "date_parsing": "moet een datum zijn (jjjj-mm-dd)",
    "date_type": "moet een datum zijn (jjjj-mm-dd)",
}


def explain_validation_error(
    error: ValidationError,
    file: str,
    line_of: Callable[[tuple], int | None] = lambda loc: None,
    known_fields: Callable[[tuple], Iterable[str]] = lambda loc: (),
) -> list[Problem]:
    problems: list[Problem] = []
    for err in error.errors(include_url=False):
        loc = tuple(err["loc"])
        kind = err["type"]
        if kind == "extra_forbidden":
            name = str(loc[-1]) if loc else "?"
            message = "is geen bekend veld"
            import difflib

            close = difflib.get_close_matches(name, list(known_fields(loc[:-1])), n=1)
            if close:
                message += f"; bedoel je '{close[0]}'?"
        elif kind == "value_error":
            # our own validators: their message is already in Dutch
            message = str(err.get("ctx", {}).get("error", err["msg"]))
        elif kind in ("literal_error", "enum") and "expected" in err.get("ctx", {}):
            message = f"moet een van deze zijn: {str(err['ctx']['expected']).replace(' or ', ' of ')}"
        else:
            message = _MESSAGES.get(kind, err["msg"])
        # pydantic puts union/tagged variants in loc; keep only field names and positions
        problems.append(Problem(file=file, line=line_of(loc), field=field_path(loc), message=message))
    return problems


def display_path(path: Path) -> str:
    """A path as a trainer would recognise it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
