"""Read a YAML file a person wrote (deck, template, route, board) safely, and validate it.

Guards, in order: a regular file of at most 1 MB, UTF-8, not empty, then one parse by
core/files/yamlguard.py (libyaml; no anchors or aliases, no deep nesting, no duplicate keys, no
!!binary, no control characters), a mapping at the top, then the pydantic model.
Every failure becomes a FileProblems with lines and field paths where they are known.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from collections.abc import Callable

if TYPE_CHECKING:  # PyYAML loads with the first file that is parsed; cached decks need none of it
    import yaml

from pydantic import BaseModel, ValidationError

from ..base.i18n import QT_TRANSLATE_NOOP, translate
from ..base.problems import FileProblems, Problem, display_path, explain_validation_error, long_number_problem

MAX_BYTES = 1_000_000

M = TypeVar("M", bound=BaseModel)
R = TypeVar("R")


class _LineFinder:
    """Maps a field path such as ('cards', 2, 'title') to a 1-based line in the YAML text."""

    def __init__(self, root: yaml.Node | None):
        self.root = root

    def node_at(self, loc: tuple) -> yaml.Node | None:
        import yaml

        node = self.root
        best = node
        for part in loc:
            if isinstance(node, yaml.MappingNode):
                found = None
                for key, value in node.value:
                    if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                        found = value if part != loc[-1] else key
                        # the key line reads best for the last part; keep the value to go on
                        node = value
                        best = found
                        break
                if found is None:
                    return best
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
                if 0 <= part < len(node.value):
                    node = node.value[part]
                    best = node
                else:
                    return best
            else:
                return best
        return best

    def line(self, loc: tuple) -> int | None:
        node = self.node_at(loc)
        return node.start_mark.line + 1 if node is not None else None


def read_yaml(path: Path) -> tuple[Any, _LineFinder]:
    """Parse a YAML file into plain Python data, or raise FileProblems. The file is parsed once."""
    return parse_yaml(read_bounded(path), display_path(path))


def parse_yaml(raw: bytes, name: str) -> tuple[Any, _LineFinder]:
    """Parse the bytes of a YAML file (``name`` for the messages), with every guard read_yaml applies."""
    import yaml

    from . import yamlguard

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FileProblems([Problem(name, translate("YamlFile", "de tekst is niet opgeslagen als UTF-8; "
                                          "sla het bestand op met codering UTF-8"), line=line)]) from None
    if not text.strip():
        raise FileProblems([Problem(name, translate("YamlFile", "het bestand is leeg"))])
    try:
        data, root = yamlguard.parse(text)
    except yamlguard.Refused as exc:
        line = exc.mark.line + 1 if exc.mark is not None else None
        raise FileProblems([Problem(name, exc.message, line=line)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise FileProblems([Problem(name, translate("YamlFile", "dit is geen geldige YAML: {0}; kijk naar "
                                          "inspringen, dubbele punten en aanhalingstekens").format(
                                              yaml_problem(exc.problem)), line=line)]) from None
    except yaml.YAMLError as exc:
        raise FileProblems([Problem(name, translate("YamlFile", "dit is geen geldige YAML: {0}").format(yaml_problem(str(exc))))]) from None
    except ValueError:  # a number with more digits than Python converts (sys.get_int_max_str_digits)
        raise FileProblems([long_number_problem(name, text)]) from None
    if not isinstance(data, dict):
        raise FileProblems([Problem(name, translate("YamlFile", "het bestand moet beginnen met velden (naam: waarde), "
                                          "niet met een lijst of losse tekst"), line=1)])
    return data, _LineFinder(root)


def read_bounded(path: Path, name: str = "") -> bytes:
    """The bytes of a regular file of at most MAX_BYTES; never blocks on a pipe or reads a device."""
    from .safefile import read_regular_file

    return read_regular_file(Path(path), MAX_BYTES, translate("YamlFile", "YAML-bestand"))


# What libyaml says (English) and what a trainer reads instead.
_YAML_PROBLEMS = (
    ("cannot start any token", QT_TRANSLATE_NOOP("YamlFile", "hier staat een teken waarmee niets kan beginnen (vaak een tab: gebruik spaties)")),
    ("tab character", QT_TRANSLATE_NOOP("YamlFile", "hier staat een tab; spring in met spaties")),
    ("mapping values are not allowed", QT_TRANSLATE_NOOP("YamlFile", "hier staat een dubbele punt die niet mag (zet de tekst tussen "
                                       "aanhalingstekens)")),
    ("could not find expected ':'", QT_TRANSLATE_NOOP("YamlFile", "hier ontbreekt een dubbele punt")),
    ("did not find expected key", QT_TRANSLATE_NOOP("YamlFile", "hier hoort een veldnaam (naam: waarde); kijk naar het inspringen")),
    ("did not find expected '-' indicator", QT_TRANSLATE_NOOP("YamlFile", "hier hoort een regel die met '- ' begint; kijk naar het inspringen")),
    ("did not find expected node content", QT_TRANSLATE_NOOP("YamlFile", "hier ontbreekt een waarde")),
    ("did not find expected ',' or ']'", QT_TRANSLATE_NOOP("YamlFile", "hier ontbreekt een komma of een ]")),
    ("did not find expected ',' or '}'", QT_TRANSLATE_NOOP("YamlFile", "hier ontbreekt een komma of een }")),
    ("found unexpected end of stream", QT_TRANSLATE_NOOP("YamlFile", "het bestand houdt halverwege op (een aanhalingsteken of haakje "
                                       "niet gesloten?)")),
    ("unknown escape character", QT_TRANSLATE_NOOP("YamlFile", "een ongeldige \\-code in een tekst tussen aanhalingstekens")),
    ("control characters are not allowed", QT_TRANSLATE_NOOP("YamlFile", "de tekst bevat een onzichtbaar stuurteken")),
    ("expected <block end>", QT_TRANSLATE_NOOP("YamlFile", "het inspringen klopt niet")),
    ("expected <document start>", QT_TRANSLATE_NOOP("YamlFile", "na het einde staat nog iets; kijk naar het inspringen")),
    ("expected a single document", QT_TRANSLATE_NOOP("YamlFile", "er staan meerdere documenten (---) in het bestand; gebruik er één")),
    ("found undefined alias", QT_TRANSLATE_NOOP("YamlFile", "ankers en verwijzingen (& en *) zijn niet toegestaan; schrijf de tekst voluit")),
    ("found unexpected ':'", QT_TRANSLATE_NOOP("YamlFile", "hier staat een dubbele punt die niet mag (zet de tekst tussen aanhalingstekens)")),
    ("found unknown directive", QT_TRANSLATE_NOOP("YamlFile", "een regel die met % begint is niet toegestaan")),
    ("special characters are not allowed", QT_TRANSLATE_NOOP("YamlFile", "de tekst bevat een teken dat niet mag")),
)


def yaml_problem(problem: str | None) -> str:
    """libyaml's English problem as a Dutch phrase (never the English itself)."""
    text = (problem or "").lower()
    for english, dutch in _YAML_PROBLEMS:
        if english in text:
            return translate("YamlFile", dutch)
    return translate("YamlFile", "de opmaak klopt niet")


def guarded(load: Callable[..., R]) -> Callable[..., R]:
    """Whatever goes wrong while reading one file becomes a FileProblems for that file, never a crash."""

    @functools.wraps(load)
    def wrapper(path: Path, *args: Any, **kwargs: Any) -> R:
        try:
            return load(path, *args, **kwargs)
        except FileProblems:
            raise
        except RecursionError:
            message = translate("YamlFile", "de gegevens zijn te diep genest om te lezen")
        except MemoryError:
            message = translate("YamlFile", "het bestand is te groot om te lezen")
        except Exception as exc:  # noqa: BLE001 - one bad file must never stop the rest
            # the exception's own text is a programmer's English; its kind helps a bug report
            message = translate("YamlFile", "het bestand kan niet worden gelezen (onverwachte fout: {0})").format(type(exc).__name__)
        raise FileProblems([Problem(display_path(Path(path)), message)])

    return wrapper


def known_fields(model: type[BaseModel], loc: tuple) -> list[str]:
    """The field names a model allows at a path (for 'did you mean' hints)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        annotation = field.annotation
        args = getattr(annotation, "__args__", ())
        candidates = [annotation, *args]
        current = next((c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)), None)
        if current is None:
            return []
    return list(getattr(current, "model_fields", {}))


@guarded
def load_model(path: Path, model: type[M], context: dict | None = None) -> M:
    """Read and validate a YAML file into ``model``; raise FileProblems listing every problem."""
    data, lines = read_yaml(path)
    try:
        return model.model_validate(data, context=context)
    except ValidationError as exc:
        raise FileProblems(explain_validation_error(
            exc, display_path(path), line_of=lines.line,
            known_fields=lambda loc: known_fields(model, loc))) from None
