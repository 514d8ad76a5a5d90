"""The deck format: one YAML file per deck, validated by pydantic models.

See docs/deck-format.md for the format as a trainer reads it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PrivateAttr, ValidationError

from ..base.i18n import QT_TRANSLATE_NOOP, speaking, translate
from .passages import Basis
from ..base.problems import FileProblems, Problem, display_path, explain_validation_error, field_path
from .symbols import Symbol, default_symbol
from ..files.yamlfile import guarded, known_fields, parse_yaml, read_yaml

DECK_FORMAT_VERSION = 1
MAX_CARDS = 1000  # cards in one deck, copies included (docs/deck-format.md, "Grenzen")

CardKind = Literal["card", "instruction", "credits", "note"]
CARD_KINDS: tuple[str, ...] = get_args(CardKind)
# Names of the print sizes (millimetres in pdf/geometry.py; a test keeps the two lists equal).
CardSize = Literal["poker", "bridge", "tarot", "a6", "square"]
CARD_SIZE_NAMES: tuple[str, ...] = get_args(CardSize)
KIND_NAMES = {"card": QT_TRANSLATE_NOOP("CardKind", "Kaart"), "instruction": QT_TRANSLATE_NOOP("CardKind", "Zo speel je"),
              "credits": QT_TRANSLATE_NOOP("CardKind", "Over deze set"), "note": QT_TRANSLATE_NOOP("CardKind", "Let op")}


def kind_name(kind: str) -> str:
    """A card kind as shown ('Zo speel je' / 'How to play'), in the current language."""
    return translate("CardKind", KIND_NAMES[kind]) if kind in KIND_NAMES else kind

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _check_slug(value: str) -> str:
    if not _SLUG.match(value):
        raise ValueError(translate("Validators", "mag alleen kleine letters, cijfers en streepjes bevatten "
                                            "(bijvoorbeeld 'erbij-horen')"))
    return value


def _check_colour(value: str) -> str:
    if not _COLOUR.match(value):
        raise ValueError(translate("Validators", "'{0}' is geen kleur; schrijf een kleur als #RRGGBB, bijvoorbeeld "
                                            "\"#2e7d32\" (met aanhalingstekens)").format(value))
    return value.lower()


def check_format_version(value: int, supported: int) -> int:
    if value > supported:
        raise ValueError(translate("Validators", "versie {0} is van een nieuwere reflectiespel; deze versie kent "
                                            "versie {1} en ouder. Werk reflectiespel bij.").format(value, supported))
    if value < 1:
        raise ValueError(translate("Validators", "moet 1 of hoger zijn"))
    return value


Slug = Annotated[str, AfterValidator(_check_slug)]
Colour = Annotated[str, AfterValidator(_check_colour)]
Text = Annotated[str, Field(min_length=1)]


class StrictModel(BaseModel):
    # defer_build: a model's validator is built when it is first used, not when the module is imported
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True, defer_build=True)


class CardBack(StrictModel):
    colour: Colour = Field(description="Kleur van de achterkant, #RRGGBB")
    text: str = Field("", description="Tekst op de achterkant, bijvoorbeeld de naam van de set")


class Category(StrictModel):
    id: Slug = Field(description="Korte naam zonder spaties, gebruikt door de kaarten")
    name: Text = Field(description="Naam zoals mensen hem lezen")
    colour: Colour = Field(description="Kleur van de kaarten in deze categorie, #RRGGBB")
    symbol: Symbol | None = Field(None, description="Vorm naast de kleur (voor zwart-witprinten): circle, "
                                  "square, triangle, diamond, star, cross, hexagon of ring; standaard een "
                                  "vorm per plaats in de lijst")
    description: str = Field("", description="Een zin over wat deze categorie bij elkaar brengt")


class Card(StrictModel):
    id: Slug = Field(description="Unieke naam van de kaart binnen de set")
    category: Slug = Field(description="id van een categorie van deze set")
    title: Text = Field(description="Titel, groot op de kaart")
    text: str = Field("", description="Korte uitleg, hoogstens ongeveer 40 woorden")
    questions: list[Text] = Field(default_factory=list, description="Open vragen voor het gesprek")
    assignment: str | None = Field(None, description="Opdracht (optioneel)")
    back: str | None = Field(None, description="Eigen tekst voor de achterkant (optioneel)")
    image: str | None = Field(None, description="Plaatje in de map van de set (optioneel)")
    blank: bool = Field(False, description="Lege kaart om zelf in te vullen")
    underway: bool = Field(False, description="De kaart vraagt naar werk dat al loopt; een route voor een "
                           "nieuw team deelt hem niet")
    kind: CardKind = Field("card", description="card (een kaart om mee te spelen), instruction (hoe je "
                           "speelt), credits (bronnen, licentie, versie) of note (veiligheid, vrijwilligheid)")
    basis: Basis | None = Field(None, description="Waarop de kaart steunt: passages uit de bronnen (bron, kop, "
                                "pagina) of 'own: true' voor een eigen voorstel (optioneel; elke ingebouwde "
                                "kaart heeft het)")

    @property
    def playable(self) -> bool:
        """A card to play with: not an instruction, credits or note card (those are about the deck)."""
        return self.kind == "card"


# The words before a deck's source, version and licence on its credits card, in the deck's language.
SOURCE_WORDS = {"nl": ("Bron", "Versie", "Licentie"), "en": ("Source", "Version", "Licence")}
ASSIGNMENT = QT_TRANSLATE_NOOP("CardPainter", "Opdracht: ")  # before a card's assignment, on screen and paper


class Deck(StrictModel):
    # strict: `true` and `1.0` are no version numbers (pydantic would take them as 1)
    format_version: Annotated[int, Field(strict=True),
                              AfterValidator(lambda v: check_format_version(v, DECK_FORMAT_VERSION))] = Field(
        description="Versie van het formaat; nu 1")
    id: Slug
    title: Text
    description: str = ""
    language: str = "nl"
    source: list[Text] | Text = Field(description="Op welke publicatie(s) de set steunt")
    version: str = Field("", description="Versie of datum van de set, bijvoorbeeld '2026-11'")
    licence: str = Field("", description="Licentie van de teksten, bijvoorbeeld 'CC BY-SA 4.0'")
    default_size: CardSize = Field("poker", description="Kaartmaat bij het printen als je geen maat kiest")
    back: CardBack
    categories: list[Category] = Field(min_length=1)
    cards: list[Card] = Field(min_length=1, max_length=MAX_CARDS)
    _folder: Path | None = PrivateAttr(None)  # the folder the deck was read from (its pictures live there)

    @property
    def folder(self) -> Path | None:
        return self._folder

    def from_folder(self, folder: Path | None) -> Deck:
        """Remember where the deck's pictures are (set by the loader); returns the deck itself."""
        self._folder = folder
        return self

    def image_path(self, card: Card) -> Path | None:
        """The card's picture as a file, when it has one and the deck knows its folder."""
        if not card.image or self._folder is None:
            return None
        path = self._folder / card.image
        return path if path.is_file() else None

    @property
    def sources(self) -> list[str]:
        return [self.source] if isinstance(self.source, str) else list(self.source)

    @property
    def play_cards(self) -> list[Card]:
        """The cards to play with (dealt, chosen, put on a board): no instruction, credits or note cards."""
        return [card for card in self.cards if card.playable]

    @property
    def about_cards(self) -> list[Card]:
        """Instruction, credits and note cards: about the deck, never dealt."""
        return [card for card in self.cards if not card.playable]

    def source_lines(self) -> list[str]:
        """"Bron: ..." lines, then version and licence when the deck gives them (for paper and screen).
        The words are in the deck's own language: they are part of its credits card."""
        source, version, licence = SOURCE_WORDS.get(self.language, SOURCE_WORDS["nl"])
        lines = [f"{source}: {text}" for text in self.sources]
        if self.version:
            lines.append(f"{version}: {self.version}")
        if self.licence:
            lines.append(f"{licence}: {self.licence}")
        return lines

    def assignment_word(self) -> str:
        """'Opdracht: ' / 'Assignment: ' before a card's assignment, in the deck's own language (part of
        the card, like its title: an English card on a Dutch window's beamer says 'Assignment')."""
        with speaking(self.language):
            return translate("CardPainter", ASSIGNMENT)

    def card_text(self, card: Card) -> str:
        """The body text of a card as shown and printed: a credits card gets the deck's sources added."""
        if card.kind != "credits":
            return card.text
        return "\n".join([card.text, *self.source_lines()] if card.text else self.source_lines())

    def category(self, category_id: str) -> Category:
        for category in self.categories:
            if category.id == category_id:
                return category
        raise KeyError(category_id)

    def symbol(self, category_id: str) -> str:
        """The category's symbol: its own, or the default for its place in the deck."""
        for index, category in enumerate(self.categories):
            if category.id == category_id:
                return category.symbol or default_symbol(index)
        raise KeyError(category_id)

    def card(self, card_id: str) -> Card:
        for card in self.cards:
            if card.id == card_id:
                return card
        raise KeyError(card_id)

    def back_text(self, card: Card) -> str:
        return card.back if card.back else self.back.text


def cross_check(data: dict, folder: Path) -> list[tuple[tuple, str]]:
    """Checks that span fields: unique ids, known categories, images inside the deck folder.

    Works on the raw data, defensively, so that these problems are reported together with
    the ones pydantic finds.
    """
    found: list[tuple[tuple, str]] = []
    categories = data.get("categories")
    category_ids: set[str] = set()
    if isinstance(categories, list):
        for i, category in enumerate(categories):
            cid = category.get("id") if isinstance(category, dict) else None
            if isinstance(cid, str):
                if cid in category_ids:
                    found.append((("categories", i, "id"), translate("DeckCheck", "de categorie '{0}' staat er twee keer in").format(cid)))
                category_ids.add(cid)
    cards = data.get("cards")
    if not isinstance(cards, list):
        return found
    seen: dict[str, int] = {}
    for i, card in enumerate(cards):
        if not isinstance(card, dict):
            continue
        cid = card.get("id")
        if isinstance(cid, str):
            if cid in seen:
                found.append((("cards", i, "id"),
                              translate("DeckCheck", "de kaart '{0}' bestaat al (kaart {1}); elke kaart heeft een eigen id").format(
                                  cid, seen[cid] + 1)))
            else:
                seen[cid] = i
        category = card.get("category")
        if isinstance(category, str) and isinstance(categories, list) and category not in category_ids:
            known = ", ".join(sorted(category_ids)) or translate("DeckCheck", "geen")
            found.append((("cards", i, "category"),
                          translate("DeckCheck", "de categorie '{0}' bestaat niet in deze set (wel: {1})").format(category, known)))
        image = card.get("image")
        if isinstance(image, str) and image.strip():
            problem = image_problem(image.strip(), folder)
            if problem:
                found.append((("cards", i, "image"), problem))
    return found


def image_problem(image: str, folder: Path, place: str = "deck") -> str | None:
    """Why an image path cannot be used, or None. A picture lives inside the deck's own folder, is reached
    without symbolic links, and is a PNG or JPEG by its content (core/decks/pictures.py)."""
    from .pictures import PictureProblem, check_picture

    try:
        check_picture(folder, image, place)
    except PictureProblem as exc:
        return exc.message
    return None


@guarded
def load_deck(path: Path) -> Deck:
    """Read a deck file; raise FileProblems with one line per problem."""
    return deck_from_data(*read_yaml(path), display_path(path), path.parent)


def deck_from_bytes(raw: bytes, name: str, folder: Path) -> Deck:
    """A deck from the bytes of a deck file that is (or would be) in ``folder``: the checks of load_deck."""
    return deck_from_data(*parse_yaml(raw, name), name, folder)


def deck_from_data(data, lines, name: str, folder: Path) -> Deck:
    problems = [Problem(name, message, line=lines.line(loc), field=field_path(loc))
                for loc, message in cross_check(data, folder)]
    deck = None
    try:
        deck = Deck.model_validate(data)
    except ValidationError as exc:
        problems = explain_validation_error(
            exc, name, line_of=lines.line, known_fields=lambda loc: known_fields(Deck, loc)) + problems
    if problems:
        problems.sort(key=lambda p: (p.line is None, p.line or 0))
        raise FileProblems(problems)
    assert deck is not None
    return deck.from_folder(folder)
