"""The built-in decks: they load, and they follow the writing rules of shared/CONTENT.md.

A facilitator reads these cards aloud in a room: short texts, open questions, an assignment on most
cards, blank cards to add what is missing, every category in its own readable colour, the source
cited, and no sentence taken over from the source documents.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from reflectiespel.core.decks.decks import Card, Deck
from reflectiespel.core.decks.library import Library
from reflectiespel.resources import builtin_decks_dir

DECK_IDS = ("waarde-van-welzijn", "zeven-verandertips", "grensobjecten", "vijf-bouwstenen",
            "knelpunten-en-kansen", "praktijkvoorbeelden")
# The seeds live in shared/seeds beside the checkout; REFLECTIESPEL_SEEDS points elsewhere (a worktree).
SEEDS_DIR = Path(os.environ.get("REFLECTIESPEL_SEEDS") or Path(__file__).resolve().parents[3] / "shared" / "seeds")

MAX_BODY_WORDS = 40  # CONTENT.md: a card body is short enough to read aloud; the reviewers' limit
# Decks whose cards ask people about their own money, health or mood: they carry a 'let op' card.
PERSONAL_DECKS = {"waarde-van-welzijn", "knelpunten-en-kansen", "praktijkvoorbeelden"}
COPY_RUN = 8  # this many consecutive words in a seed text count as copied

# An open question starts with a question word, possibly after a preposition ("Met wie ...").
OPEN_WORDS = {"wat", "hoe", "wanneer", "waar", "wie", "welke", "welk", "waarom", "waaraan", "waarin",
              "waarmee", "waardoor", "waarover", "waarop", "waarvan", "waarvoor", "waarbij", "hoeveel"}
PREPOSITIONS = {"met", "bij", "voor", "van", "aan", "in", "op", "naar", "over", "tot", "uit", "door"}
# Starts that make a yes/no question; named so a failure message says what is wrong.
YES_NO_WORDS = {"is", "zijn", "ben", "bent", "heb", "hebben", "heeft", "hebt", "kun", "kunt", "kan",
                "kunnen", "wil", "wilt", "willen", "doe", "doet", "doen", "wordt", "word", "worden",
                "zou", "zouden", "moet", "moeten", "mag", "mogen", "ga", "gaat", "gaan", "vind", "vindt",
                "vinden", "herken", "herkent", "voel", "voelt", "merk", "merkt", "weet", "weten", "was",
                "waren", "speelt", "spelen", "staat", "staan", "past", "passen", "klopt", "lukt"}

# Names may be used as the sources give them (CONTENT.md: "Names of concepts ... may be used as they are"),
# and only as a card title (a leading number such as "2." aside): the blank-card prompt, the name of a play
# element of the original game, the full names of the LKCA's building blocks 2 and 3 (seeds 001-003), and the
# full name of the handreiking's second core principle (seed 000).
NAMED_TITLES = {"ik mis iets dat voor mij belangrijk is",
                "kennis over de waarde van cultuur voor zorg en welzijn",
                "organiseer en faciliteer vanuit een gezamenlijke visie",
                "gelijkwaardige inzet van artistieke en sociale werkwijzen"}

_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@pytest.fixture(scope="module")
def library() -> Library:
    return Library(builtin_decks_dir()).load()


@pytest.fixture(scope="module")
def decks(library) -> list[Deck]:
    return [library.get(deck_id) for deck_id in DECK_IDS]


def card_texts(card: Card) -> list[tuple[str, str]]:
    """(field, text) for every piece of card text a person reads, titles included."""
    found = [("title", card.title), ("text", card.text)]
    found += [(f"questions[{i + 1}]", q) for i, q in enumerate(card.questions)]
    if card.assignment:
        found.append(("assignment", card.assignment))
    if card.back:
        found.append(("back", card.back))
    return found


def test_every_builtin_deck_loads_without_problems(library):
    assert library.entries, "no deck files found in the built-in deck folder"
    broken = {str(e.path): [str(p) for p in e.problems] for e in library.broken}
    assert broken == {}
    assert set(DECK_IDS) <= {deck.id for deck in library.decks}


def test_deck_sizes_match_what_the_content_asks(decks):
    values, tips, objects, blocks, bottlenecks, cases = decks
    assert len(values.cards) >= 22
    assert {c.id for c in values.categories} >= {"sociale-kwaliteit", "artistieke-kwaliteit",
                                                 "positieve-gezondheid", "voor-wie"}
    assert len([c for c in values.cards if c.category == "sociale-kwaliteit"]) == 4
    assert len([c for c in values.cards if c.category == "positieve-gezondheid"]) == 6
    assert len([c for c in tips.cards if c.category == "tips"]) == 7
    assert len([c for c in objects.cards if c.category == "zelf-maken"]) >= 3
    # the LKCA's five building blocks, one card each
    assert len([c for c in blocks.cards if c.category == "bouwstenen"]) == 5
    # seed 000: four bottlenecks, four opportunities, three core principles (+ veranderkracht)
    assert len([c for c in bottlenecks.cards if c.category == "knelpunten"]) == 4
    assert len([c for c in bottlenecks.cards if c.category == "kansen"]) == 4
    assert {"gedeelde-ambitie", "sociaal-en-artistiek-gelijk", "leefwereld-en-systeemwereld",
            "wat-is-veranderkracht"} <= {c.id for c in bottlenecks.cards}
    assert len([c for c in cases.cards if not c.blank]) >= 8


@pytest.mark.parametrize("deck_id", DECK_IDS)
def test_each_card_opens_a_conversation(library, deck_id):
    deck = library.get(deck_id)
    for card in deck.play_cards:  # instruction, credits and note cards explain the deck; they ask nothing
        where = f"{deck.id}/{card.id}"
        # every card keeps an open question, a blank card too: it is what the group talks about
        assert 1 <= len(card.questions) <= 3, f"{where}: {len(card.questions)} questions"
        for question in card.questions:
            first = words(question)[:2]
            assert question.endswith("?"), f"{where}: not a question: {question!r}"
            assert first[0] not in YES_NO_WORDS, f"{where}: yes/no question: {question!r}"
            opens = first[0] in OPEN_WORDS or (first[0] in PREPOSITIONS and first[1] in OPEN_WORDS)
            assert opens, f"{where}: does not start with a question word: {question!r}"


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("deck_id", DECK_IDS)
def test_cards_are_short_enough_to_read_aloud(deck_id, language):
    deck = Library(builtin_decks_dir(), language=language).load().get(deck_id)
    assert deck.language == language
    # words as a reader counts them: between spaces ("sociaal-artistieke" is one word)
    long = [(card.id, len(card.text.split())) for card in deck.cards if len(card.text.split()) > MAX_BODY_WORDS]
    assert long == [], f"{deck.id} ({language}): card texts over {MAX_BODY_WORDS} words"


@pytest.mark.parametrize("deck_id", DECK_IDS)
def test_most_cards_carry_an_assignment_of_five_to_fifteen_minutes(library, deck_id):
    deck = library.get(deck_id)
    playable = [c for c in deck.play_cards if not c.blank]
    with_assignment = [c for c in playable if c.assignment]
    assert len(with_assignment) >= 0.75 * len(playable)
    for card in with_assignment:
        minutes = [int(m) for m in re.findall(r"(\d+) minuten", card.assignment or "")]
        assert minutes and all(5 <= m <= 15 for m in minutes), \
            f"{deck.id}/{card.id}: assignment should say 5-15 minuten: {card.assignment!r}"


@pytest.mark.parametrize("deck_id", DECK_IDS)
def test_blank_cards_sources_and_readable_colours(library, deck_id):
    deck = library.get(deck_id)
    assert any(card.blank for card in deck.cards), f"{deck.id}: no blank card"
    assert deck.sources and all(s.strip() for s in deck.sources)
    assert any(re.search(r"\b(19|20)\d\d\b", s) for s in deck.sources), "sources name no year"
    colours = [c.colour for c in deck.categories]
    assert len(set(colours)) == len(colours), f"{deck.id}: two categories share a colour"
    for colour in colours + [deck.back.colour]:
        assert contrast_with_white(colour) >= 4.5, f"{deck.id}: white text unreadable on {colour}"
    for i, a in enumerate(colours):
        for b in colours[i + 1:]:
            assert colour_distance(a, b) > 60, f"{deck.id}: {a} and {b} look too much alike"


def contrast_with_white(colour: str) -> float:
    """WCAG contrast ratio of white text on this background."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    return 1.05 / (luminance + 0.05)


def colour_distance(a: str, b: str) -> float:
    ra, ga, ba = (int(a[i:i + 2], 16) for i in (1, 3, 5))
    rb, gb, bb = (int(b[i:i + 2], 16) for i in (1, 3, 5))
    return ((ra - rb) ** 2 + (ga - gb) ** 2 + (ba - bb) ** 2) ** 0.5


# --- No copying from the source documents -------------------------------------------------------

def seed_runs(folder: Path, n: int = COPY_RUN) -> set[tuple[str, ...]]:
    runs: set[tuple[str, ...]] = set()
    for path in sorted(folder.glob("*.txt")):
        seq = words(path.read_text(encoding="utf-8", errors="replace"))
        runs.update(tuple(seq[i:i + n]) for i in range(len(seq) - n + 1))
    return runs


def deck_texts(deck: Deck) -> list[tuple[str, str, str]]:
    """(where, field, text) for every text of a deck a person reads: its description, each category's
    name and description, and every card (titles included)."""
    found = [(deck.id, "description", deck.description)]
    found += [(f"{deck.id}/categories/{c.id}", field, text) for c in deck.categories
              for field, text in (("name", c.name), ("description", c.description))]
    found += [(f"{deck.id}/{card.id}", field, text) for card in deck.cards for field, text in card_texts(card)]
    return found


def copied_runs(deck: Deck, runs: set[tuple[str, ...]], n: int = COPY_RUN) -> list[str]:
    found = []
    for where, field, text in deck_texts(deck):
        if field == "title" and " ".join(w for w in words(text) if not w.isdigit()) in NAMED_TITLES:
            continue
        seq = words(text)
        for i in range(len(seq) - n + 1):
            if tuple(seq[i:i + n]) in runs:
                found.append(f"{where}.{field}: '{' '.join(seq[i:i + n])}'")
                break
    return found


@pytest.fixture(scope="module")
def runs() -> set[tuple[str, ...]]:
    if not SEEDS_DIR.is_dir() or not any(SEEDS_DIR.glob("*.txt")):
        pytest.skip(f"the source documents are not beside the checkout ({SEEDS_DIR}); "
                    "cannot check for copied sentences")
    return seed_runs(SEEDS_DIR)


@pytest.mark.parametrize("deck_id", DECK_IDS)
def test_no_sentence_is_copied_from_the_sources(library, runs, deck_id):
    assert copied_runs(library.get(deck_id), runs) == []


def test_copy_check_catches_a_copied_sentence(library, runs):
    """The check above can fail: a card, or a category description, with a sentence from seed 000 is caught."""
    deck = library.get("waarde-van-welzijn")
    copied = "Kunst is daarbij niet inzetbaar los van haar artistieke kwaliteit."
    card = deck.cards[0].model_copy(update={"text": copied})
    tampered = deck.model_copy(update={"cards": [card]})
    assert copied_runs(tampered, runs) != []
    category = deck.categories[0].model_copy(update={"description": copied})
    assert copied_runs(deck.model_copy(update={"categories": [category]}), runs) == [
        f"{deck.id}/categories/{category.id}.description: 'kunst is daarbij niet inzetbaar los van haar'"]


@pytest.mark.parametrize("deck_id", DECK_IDS)
def test_each_deck_says_how_to_play_and_where_it_comes_from(library, deck_id):
    """A real card set: a card on how to play, a credits card that carries the sources onto paper,
    and a note on safety and voluntariness when the cards touch money, health or mood."""
    deck = library.get(deck_id)
    kinds = [c.kind for c in deck.cards]
    assert "instruction" in kinds and "credits" in kinds, f"{deck.id}: {kinds}"
    credits = next(c for c in deck.cards if c.kind == "credits")
    assert all(f"Bron: {s}" in deck.card_text(credits) for s in deck.sources)
    if deck.id in PERSONAL_DECKS:
        notes = [c for c in deck.cards if c.kind == "note"]
        assert notes and "vrijwillig" in notes[0].text, f"{deck.id}: no note that playing is voluntary"


# The three decks that were there first were rewritten for issue 11; the newer ones follow the same rule
# where their authors chose to (they are listed here once they do).
NAMING_CHECKED = DECK_IDS
_NAMING = re.compile(r"^(welke|welk|wie|waar|wanneer|met wie|bij welke)\b")
_SECOND_PART = re.compile(r",|\ben\b|waarom|\bhoe\b|waardoor|\bwat\b")


@pytest.mark.parametrize("deck_id", NAMING_CHECKED)
def test_questions_that_invite_one_word_ask_why_or_how_too(library, deck_id):
    """'Welk ideaal delen jullie?' gets a one-word answer; '..., en hoe merk je dat?' opens a conversation."""
    deck = library.get(deck_id)
    short = [f"{c.id}: {q}" for c in deck.play_cards for q in c.questions
             if _NAMING.match(q.lower()) and not _SECOND_PART.search(q.lower())]
    assert short == []


def test_werkvormen_routes_and_the_board_are_in_our_own_words_too(library, runs):
    from reflectiespel.core.board.boarddef import load_default_board
    from reflectiespel.core.routes.routes import load_routes
    from reflectiespel.core.sessions.templates import default_templates

    texts = []
    for t in default_templates().templates:
        texts += [(t.id, t.description)] + [(t.id, f"{s.title}. {s.instruction}") for s in t.steps]
    for entry in load_routes(library):
        if entry.builtin and entry.route:
            r = entry.route
            texts += [(r.id, r.description)] + [(r.id, f"{s.explanation} {s.question}") for s in r.steps]
    board = load_default_board()
    texts += [("bord", " ".join([board.subtitle, board.landmarks_note, *(line for z in board.zones for line in z.lines)]))]
    copied = []
    for name, text in texts:
        seq = words(text)
        copied += [f"{name}: {' '.join(seq[i:i + COPY_RUN])}" for i in range(len(seq) - COPY_RUN + 1)
                   if tuple(seq[i:i + COPY_RUN]) in runs]
    assert copied == []
