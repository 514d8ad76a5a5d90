"""Problems found in a file a person wrote, told in words a trainer understands.

A Problem names the file, the line (where known), the field path and what is wrong.
``explain_validation_error`` turns a pydantic ValidationError into such problems.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from collections.abc import Callable, Iterable

from .i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # pydantic is imported only where a file is validated, not at start-up
    from pydantic import ValidationError


class Problem(NamedTuple):
    """One thing wrong in a file. A NamedTuple, not a dataclass: this module loads before the first window
    shows, and the dataclasses module with its generated methods costs that window ~2 ms."""

    file: str
    message: str
    line: int | None = None
    field: str = ""

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += translate("Problems", ", regel {0}").format(self.line)
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


# pydantic's error kinds in our words; translated where a Problem is made
_MESSAGES: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("Problems", "ontbreekt; dit veld is verplicht"),
    "string_type": QT_TRANSLATE_NOOP("Problems", "moet tekst zijn"),
    "string_too_short": QT_TRANSLATE_NOOP("Problems", "mag niet leeg zijn"),
    "string_too_long": QT_TRANSLATE_NOOP("Problems", "is te lang"),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP("Problems", "heeft niet de goede vorm"),
    "list_type": QT_TRANSLATE_NOOP("Problems", "moet een lijst zijn (regels die beginnen met '- ')"),
    "dict_type": QT_TRANSLATE_NOOP("Problems", "moet een groep velden zijn (naam: waarde)"),
    "model_type": QT_TRANSLATE_NOOP("Problems", "moet een groep velden zijn (naam: waarde)"),
    "model_attributes_type": QT_TRANSLATE_NOOP("Problems", "moet een groep velden zijn (naam: waarde)"),
    "int_type": QT_TRANSLATE_NOOP("Problems", "moet een heel getal zijn"),
    "int_parsing": QT_TRANSLATE_NOOP("Problems", "moet een heel getal zijn"),
    "int_from_float": QT_TRANSLATE_NOOP("Problems", "moet een heel getal zijn"),
    "float_type": QT_TRANSLATE_NOOP("Problems", "moet een getal zijn"),
    "float_parsing": QT_TRANSLATE_NOOP("Problems", "moet een getal zijn"),
    "bool_type": QT_TRANSLATE_NOOP("Problems", "moet ja of nee zijn (true of false)"),
    "bool_parsing": QT_TRANSLATE_NOOP("Problems", "moet ja of nee zijn (true of false)"),
    "greater_than_equal": QT_TRANSLATE_NOOP("Problems", "is te klein"),
    "greater_than": QT_TRANSLATE_NOOP("Problems", "is te klein"),
    "less_than_equal": QT_TRANSLATE_NOOP("Problems", "is te groot"),
    "less_than": QT_TRANSLATE_NOOP("Problems", "is te groot"),
    "too_short": QT_TRANSLATE_NOOP("Problems", "heeft te weinig onderdelen"),
    "too_long": QT_TRANSLATE_NOOP("Problems", "heeft te veel onderdelen"),
    "literal_error": QT_TRANSLATE_NOOP("Problems", "heeft een waarde die niet is toegestaan"),
    "enum": QT_TRANSLATE_NOOP("Problems", "heeft een waarde die niet is toegestaan"),
    "date_from_datetime_parsing": QT_TRANSLATE_NOOP("Problems", "moet een datum zijn (jjjj-mm-dd)"),
    "date_parsing": QT_TRANSLATE_NOOP("Problems", "moet een datum zijn (jjjj-mm-dd)"),
    "date_type": QT_TRANSLATE_NOOP("Problems", "moet een datum zijn (jjjj-mm-dd)"),
    "date_from_datetime_inexact": QT_TRANSLATE_NOOP("Problems", "moet een datum zijn (jjjj-mm-dd), zonder tijd"),
    "datetime_type": QT_TRANSLATE_NOOP("Problems", "moet een datum met tijd zijn (jjjj-mm-ddTuu:mm:ss)"),
    "datetime_parsing": QT_TRANSLATE_NOOP("Problems", "moet een datum met tijd zijn (jjjj-mm-ddTuu:mm:ss)"),
    "datetime_from_date_parsing": QT_TRANSLATE_NOOP("Problems", "moet een datum met tijd zijn (jjjj-mm-ddTuu:mm:ss)"),
    "datetime_object_invalid": QT_TRANSLATE_NOOP("Problems", "moet een datum met tijd zijn (jjjj-mm-ddTuu:mm:ss)"),
    "timezone_naive": QT_TRANSLATE_NOOP("Problems", "moet een tijd zonder tijdzone zijn"),
    "timezone_aware": QT_TRANSLATE_NOOP("Problems", "moet een tijd met tijdzone zijn"),
    "time_type": QT_TRANSLATE_NOOP("Problems", "moet een tijd zijn (uu:mm)"),
    "time_parsing": QT_TRANSLATE_NOOP("Problems", "moet een tijd zijn (uu:mm)"),
    "finite_number": QT_TRANSLATE_NOOP("Problems", "moet een gewoon getal zijn (niet oneindig of 'geen getal')"),
    "int_parsing_size": QT_TRANSLATE_NOOP("Problems", "is een te groot getal"),
    "multiple_of": QT_TRANSLATE_NOOP("Problems", "heeft een waarde die niet is toegestaan"),
    "string_unicode": QT_TRANSLATE_NOOP("Problems", "moet gewone tekst zijn"),
    "string_not_ascii": QT_TRANSLATE_NOOP("Problems", "mag alleen gewone letters en cijfers bevatten"),
    "bytes_type": QT_TRANSLATE_NOOP("Problems", "moet tekst zijn"),
    "none_required": QT_TRANSLATE_NOOP("Problems", "moet leeg zijn"),
    "tuple_type": QT_TRANSLATE_NOOP("Problems", "moet een lijst zijn (regels die beginnen met '- ')"),
    "set_type": QT_TRANSLATE_NOOP("Problems", "moet een lijst zijn (regels die beginnen met '- ')"),
    "frozen_set_type": QT_TRANSLATE_NOOP("Problems", "moet een lijst zijn (regels die beginnen met '- ')"),
    "iterable_type": QT_TRANSLATE_NOOP("Problems", "moet een lijst zijn (regels die beginnen met '- ')"),
    "set_item_not_hashable": QT_TRANSLATE_NOOP("Problems", "bevat iets wat geen losse waarde is"),
    "mapping_type": QT_TRANSLATE_NOOP("Problems", "moet een groep velden zijn (naam: waarde)"),
    "invalid_key": QT_TRANSLATE_NOOP("Problems", "heeft een naam die geen tekst is"),
    "union_tag_invalid": QT_TRANSLATE_NOOP("Problems", "heeft een soort die niet bestaat"),
    "union_tag_not_found": QT_TRANSLATE_NOOP("Problems", "mist het veld dat zegt welke soort het is"),
    "url_type": QT_TRANSLATE_NOOP("Problems", "moet een webadres zijn"),
    "url_parsing": QT_TRANSLATE_NOOP("Problems", "moet een webadres zijn"),
    "url_scheme": QT_TRANSLATE_NOOP("Problems", "moet een webadres zijn dat begint met https://"),
    "uuid_type": QT_TRANSLATE_NOOP("Problems", "heeft niet de goede vorm"),
    "uuid_parsing": QT_TRANSLATE_NOOP("Problems", "heeft niet de goede vorm"),
    "recursion_loop": QT_TRANSLATE_NOOP("Problems", "is te diep genest"),
    "recursion_depth_exceeded": QT_TRANSLATE_NOOP("Problems", "is te diep genest"),
    "json_invalid": QT_TRANSLATE_NOOP("Problems", "is geen geldige JSON"),
    "frozen_field": QT_TRANSLATE_NOOP("Problems", "mag niet veranderen"),
    "frozen_instance": QT_TRANSLATE_NOOP("Problems", "mag niet veranderen"),
}
UNKNOWN = QT_TRANSLATE_NOOP("Problems", "heeft een waarde die niet klopt")


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
            message = translate("Problems", "is geen bekend veld")
            import difflib

            close = difflib.get_close_matches(name, list(known_fields(loc[:-1])), n=1)
            if close:
                message += translate("Problems", "; bedoel je '{0}'?").format(close[0])
        elif kind == "value_error":
            # our own validators raise ValueError with a Dutch message; anything else gets a Dutch line
            error = str(err.get("ctx", {}).get("error", ""))
            message = error or translate("Problems", UNKNOWN)
        elif kind in ("literal_error", "enum") and "expected" in err.get("ctx", {}):
            message = translate("Problems", "moet een van deze zijn: {0}").format(
                str(err["ctx"]["expected"]).replace(" or ", translate("Problems", " of ")))
        elif kind == "too_long" and "max_length" in err.get("ctx", {}):
            message = translate("Problems", "heeft te veel onderdelen (hoogstens {0})").format(
                err["ctx"]["max_length"])
        else:
            message = translate("Problems", _MESSAGES.get(kind, UNKNOWN))  # never pydantic's own words
        # pydantic puts union/tagged variants in loc; keep only field names and positions
        problems.append(Problem(file=file, line=line_of(loc), field=field_path(loc), message=message))
    return problems


def long_number_problem(file: str, text: str) -> Problem:
    """A number longer than Python reads (4300 digits): the line where it starts."""
    import re
    import sys

    limit = sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 4300
    found = re.search(rf"\d{{{limit + 1},}}", text)
    if found is None:
        return Problem(file, translate("Problems", "een waarde in het bestand kan niet worden gelezen"))
    line = text.count("\n", 0, found.start()) + 1
    digits = len(found.group())
    return Problem(file, translate("Problems", "hier staat een getal van {0} cijfers; dat is te lang (hoogstens {1})").format(
        digits, limit), line=line)


def display_path(path: Path) -> str:
    """A path as a trainer would recognise it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
