"""The board definition: axes, zones and landmarks of the social-artistic axis, read from YAML.

The file lives in decks/bord/ (see docs/bord.md). Coordinates are normalized like the
positions in BoardState: x 0..1 from left to right, y 0..1 from bottom to top. An axis is either a
scale (named stops at places 0..1) or, with ``bands: true``, a set of categories: equal bands, one per
stop, from the bottom up; a position is then in exactly one band. Landmarks without ``y`` are shown
along the horizontal axis only (the source supports no vertical place for them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from ...resources import builtin_decks_dir
from ..decks.decks import Colour, StrictModel, Text, check_format_version
from ..decks.passages import Basis
from ..base.problems import FileProblems
from ..files.yamlfile import load_model
from ..base.i18n import QT_TRANSLATE_NOOP, translate

BOARD_FORMAT_VERSION = 1
DEFAULT_BOARD = "sociaal-artistieke-as.yaml"

Unit = Annotated[float, Field(ge=0.0, le=1.0)]


class AxisStop(StrictModel):
    at: Unit | None = Field(None, description="Plek op de as, van 0 tot 1 (niet bij een as met vakken)")
    words: Text = Field(description="Hoe je deze plek in woorden noemt, bijvoorbeeld 'kunst als middel'")


class Axis(StrictModel):
    name: Text = Field(description="De vraag of het onderwerp van deze as")
    low: str = Field("", description="Korte naam van het begin van de as (links of onder)")
    high: str = Field("", description="Korte naam van het eind van de as (rechts of boven)")
    bands: bool = Field(False, description="true: de stops zijn soorten (vakken even hoog), geen schaal")
    stops: list[AxisStop] = Field(min_length=2, description="Plekken met een naam, van laag naar hoog")
    basis: Basis | None = Field(None, description="Op welke passage(s) in de bronnen de as steunt, of "
                                "'own: true' voor een eigen voorstel")

    @model_validator(mode="after")
    def _ascending(self) -> Axis:
        ats = [s.at for s in self.stops]
        if self.bands:
            if any(at is not None for at in ats):
                raise ValueError(translate("Validators", "een as met vakken (bands: true) heeft geen 'at' bij de stops: "
                                 "elk vak is even hoog; haal 'at' weg"))
            return self
        if any(at is None for at in ats):
            raise ValueError(translate("Validators", "elke plek (stop) op een schaal heeft een 'at' van 0 tot 1"))
        if ats != sorted(ats) or len(set(ats)) != len(ats):
            raise ValueError(translate("Validators", "de plekken (stops) moeten van klein naar groot staan, "
                                       "elk met een eigen 'at'"))
        if not self.low or not self.high:
            raise ValueError(translate("Validators", "een schaal heeft een naam voor het begin (low) en het eind (high)"))
        return self

    def band(self, value: float) -> int:
        """The band (0 = lowest) a position falls in, on an axis with bands."""
        return min(len(self.stops) - 1, max(0, int(value * len(self.stops))))

    def band_centre(self, index: int) -> float:
        return (index + 0.5) / len(self.stops)


class Zone(StrictModel):
    id: Text
    label: Text = Field(description="Naam van het vak, groot op het bord")
    lines: list[Text] = Field(default_factory=list, description="Korte regels onder de naam")
    x: tuple[Unit, Unit] = Field(description="Van links tot rechts, bijvoorbeeld [0.0, 0.33]")
    y: tuple[Unit, Unit] = Field((0.0, 1.0), description="Van onder tot boven, bijvoorbeeld [0.0, 1.0]")
    colour: Colour = Field(description="Achtergrondkleur van het vak, #RRGGBB")
    basis: Basis | None = Field(None, description="Op welke passage(s) in de bronnen het vak steunt, of "
                                "'own: true' voor een eigen voorstel")

    @model_validator(mode="after")
    def _ordered(self) -> Zone:
        if self.x[0] >= self.x[1] or self.y[0] >= self.y[1]:
            raise ValueError(translate("Validators", "het vak heeft geen oppervlak: het eerste getal moet kleiner "
                                       "zijn dan het tweede"))
        return self


class Landmark(StrictModel):
    name: Text = Field(description="Naam van een bekende praktijk, als oriëntatiepunt")
    x: Unit
    y: Unit | None = Field(None, description="Leeg: alleen een plek langs de horizontale as")
    note: str = Field("", description="Wat de bron over deze praktijk zegt (verschijnt bij aanwijzen)")
    basis: Basis | None = Field(None, description="Waar de bron deze praktijk noemt")

    @property
    def on_axis_only(self) -> bool:
        return self.y is None


class BoardDefinition(StrictModel):
    format_version: Annotated[int, AfterValidator(lambda v: check_format_version(v, BOARD_FORMAT_VERSION))] = Field(
        description="Versie van het formaat; nu 1")
    id: Text
    title: Text
    language: Literal["nl", "en"] = Field("nl", description="Taal van het bord; een vertaling staat in "
                                          "<naam>.en.yaml")
    subtitle: str = Field("", description="Een regel onder de titel")
    source: str = Field("", description="Waar het bord op steunt: auteur, jaar, publicatie")
    horizontal: Axis
    vertical: Axis
    zones: list[Zone] = Field(default_factory=list)
    landmarks: list[Landmark] = Field(default_factory=list)
    landmarks_note: str = Field("", description="Een regel bij de voorbeelden, bijvoorbeeld dat het illustraties zijn")
    landmarks_basis: Basis | None = Field(None, description="Waar de bron de voorbeeldpraktijken noemt")

    @model_validator(mode="after")
    def _unique(self) -> BoardDefinition:
        for kind, names in ((QT_TRANSLATE_NOOP("Validators", "elk vak heeft een eigen naam; dubbel: {0}"), [z.id for z in self.zones]),
                            (QT_TRANSLATE_NOOP("Validators", "elk voorbeeld heeft een eigen naam; dubbel: {0}"),
                             [m.name for m in self.landmarks])):
            doubles = sorted({n for n in names if names.count(n) > 1})
            if doubles:
                raise ValueError(translate("Validators", kind).format(", ".join(doubles)))
        return self


def load_board(path: Path) -> BoardDefinition:
    """Read a board file; raise FileProblems with one line per problem."""
    return load_model(path, BoardDefinition)


def default_board_path(language: str | None = None) -> Path:
    """The built-in board file, in ``language`` (default: the interface language) where it exists."""
    from ..base import i18n

    plain = builtin_decks_dir() / "bord" / DEFAULT_BOARD
    translated = plain.with_name(f"{plain.stem}.{language or i18n.language()}{plain.suffix}")
    return translated if translated.is_file() else plain


def load_default_board(language: str | None = None) -> BoardDefinition:
    return load_board(default_board_path(language))


def board_in(board: BoardDefinition | None, language: str) -> BoardDefinition | None:
    """The same board in a session's language when it has a translation (the built-in board does:
    <name>.en.yaml), whatever the window speaks: the words at the ends of the axes, the zones and the
    examples on the console's board, the projection and the phones. A board without one stays as it is."""
    if board is None or board.language == language:
        return board
    try:
        other = load_default_board(language)
    except (FileProblems, OSError):
        return board
    return other if other.id == board.id and other.language == language else board


def describe_on_axis(axis: Axis, value: float) -> str:
    """A position on one axis in words: 'dicht bij X', or 'tussen X en Y'; on an axis with bands the
    band's own words."""
    stops = axis.stops
    if axis.bands:
        return stops[axis.band(value)].words
    nearest = min(stops, key=lambda s: abs(s.at - value))
    if abs(nearest.at - value) <= 0.08:
        return nearest.words
    if abs(nearest.at - value) <= 0.16:
        return translate("BoardPosition", "dicht bij {0}").format(nearest.words)
    lower = [s for s in stops if s.at <= value]
    upper = [s for s in stops if s.at >= value]
    if not lower:
        return translate("BoardPosition", "voorbij {0}").format(stops[0].words)
    if not upper:
        return translate("BoardPosition", "voorbij {0}").format(stops[-1].words)
    return translate("BoardPosition", "tussen {0} en {1}").format(lower[-1].words, upper[0].words)


def describe_position(definition: BoardDefinition, x: float, y: float) -> str:
    """'dicht bij kunst als middel, sturing gedeeld' for a screen reader and a tooltip."""
    return f"{describe_on_axis(definition.horizontal, x)}, {describe_on_axis(definition.vertical, y)}"


def place_in_numbers(x: float, y: float) -> str:
    """'62 van 100 naar rechts, 40 van 100 omhoog': every step of the arrow keys changes it (the words of
    describe_position stay the same for many steps). The phone page says it the same way (live/page/app.js)."""
    return translate("BoardPosition", "{0} van 100 naar rechts, {1} van 100 omhoog").format(round(x * 100),
                                                                                       round(y * 100))
