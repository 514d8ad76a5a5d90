"""Small named edits of a deck for the deck editor: each returns a new, validated Deck or the problems.

Decks are immutable; an edit builds the changed data and checks it with the same model and cross-checks
that opening a deck file applies, so the editor can never hold (or save) a deck that would not open.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from .decks import Deck, cross_check
from ..base.i18n import translate
from ..base.problems import explain_validation_error, field_path


@dataclass(frozen=True)
class EditResult:
    deck: Deck | None
    problems: dict[str, str]  # field path ('title', 'cards[2].title') -> what is wrong

    @property
    def ok(self) -> bool:
        return self.deck is not None


def _data(deck: Deck) -> dict:
    data = deck.model_dump(mode="json")
    data["source"] = list(deck.sources)
    return data


def validate(data: dict, folder: Path) -> EditResult:
    problems = {field_path(loc): message for loc, message in cross_check(data, folder)}
    try:
        deck = Deck.model_validate(data)
    except ValidationError as exc:
        for problem in explain_validation_error(exc, ""):
            problems.setdefault(problem.field, problem.message)
        return EditResult(None, problems)
    return EditResult(None, problems) if problems else EditResult(deck.from_folder(folder), {})


def set_deck_field(deck: Deck, folder: Path, name: str, value) -> EditResult:
    data = _data(deck)
    if name in ("back_colour", "back_text"):
        data["back"][name.split("_")[1]] = value
    else:
        data[name] = value
    return validate(data, folder)


def set_card_field(deck: Deck, folder: Path, index: int, name: str, value) -> EditResult:
    data = _data(deck)
    data["cards"][index][name] = value
    return validate(data, folder)


def _free_id(base: str, taken: set[str]) -> str:
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def add_card(deck: Deck, folder: Path, after: int, title: str | None = None) -> tuple[EditResult, int]:
    """A new card after card ``after``; its title and first question in the interface language."""
    data = _data(deck)
    category = data["cards"][after]["category"] if data["cards"] else data["categories"][0]["id"]
    card = {"id": _free_id("nieuwe-kaart", {c["id"] for c in data["cards"]}), "category": category,
            "title": translate("DeckEdit", "Nieuwe kaart") if title is None else title, "text": "",
            "questions": [translate("DeckEdit", "Wat valt je op?")]}
    data["cards"].insert(after + 1, card)
    return validate(data, folder), after + 1


def remove_card(deck: Deck, folder: Path, index: int) -> EditResult:
    data = _data(deck)
    data["cards"].pop(index)
    return validate(data, folder)


def move_card(deck: Deck, folder: Path, index: int, to: int) -> EditResult:
    data = _data(deck)
    card = data["cards"].pop(index)
    data["cards"].insert(to, card)
    return validate(data, folder)


def set_category(deck: Deck, folder: Path, index: int, name: str, value) -> EditResult:
    data = _data(deck)
    if name == "symbol" and not value:  # back to the default shape for the category's place
        data["categories"][index].pop("symbol", None)
    else:
        data["categories"][index][name] = value
    return validate(data, folder)


def add_category(deck: Deck, folder: Path, name: str | None = None, colour: str = "#546e7a") -> EditResult:
    from .sheets import slug

    name = translate("DeckEdit", "Nieuwe categorie") if name is None else name
    data = _data(deck)
    category_id = _free_id(slug(name), {c["id"] for c in data["categories"]})
    data["categories"].append({"id": category_id, "name": name, "colour": colour})
    return validate(data, folder)


def remove_category(deck: Deck, folder: Path, index: int) -> EditResult:
    data = _data(deck)
    removed = data["categories"].pop(index)["id"]
    if any(card["category"] == removed for card in data["cards"]):
        return EditResult(None, {f"categories[{index + 1}]": translate(
            "DeckEdit", "er staan nog kaarten in deze categorie; geef die eerst een andere categorie")})
    return validate(data, folder)


def copy_of(deck: Deck, taken_ids: set[str]) -> Deck:
    """A user's own copy of a (built-in) deck: its own id and a title that says it is a copy."""
    data = _data(deck)
    data["id"] = _free_id(f"{deck.id}-eigen", taken_ids)
    data["title"] = translate("DeckEdit", "{0} (eigen versie)").format(deck.title)
    return Deck.model_validate(data)
