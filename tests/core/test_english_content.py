"""English versions of the built-in decks, werkvormen, routes and the board.

A translation is a file ``<name>.en.yaml`` beside the Dutch one, with the same id and ``language: en``.
It must be the same game in other words: the same categories, cards, steps and places in the same
order, so that a session, a route or a printed deck works the same way in either language. The
English cards follow the same writing rules as the Dutch ones (open questions, short texts, an
assignment with its minutes, the sources on the credits card, nothing under 8 pt on paper).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reflectiespel.core.board.boarddef import load_board
from reflectiespel.core.decks.decks import load_deck
from reflectiespel.core.decks.library import Library
from reflectiespel.core.routes.routes import load_route, step_pool
from reflectiespel.core.sessions.templates import load_template, select_cards, step_minutes
from reflectiespel.core.sessions.timing import route_step_shortfall, template_step_shortfall
from reflectiespel.resources import builtin_decks_dir

DECKS = builtin_decks_dir()
FOLDERS = {"set": DECKS, "werkvorm": DECKS / "werkvormen", "route": DECKS / "routes", "bord": DECKS / "bord"}
LOADERS = {"set": load_deck, "werkvorm": load_template, "route": load_route, "bord": load_board}

# Fields a person reads: they differ between the languages. A list of such texts must keep its length
# (the same number of questions, lines, sources); a text that is there in Dutch is there in English.
TEXT_FIELDS = {"title", "text", "description", "name", "questions", "assignment", "back", "source",
               "explanation", "question", "instruction", "label", "lines", "subtitle", "words", "low",
               "high", "note", "landmarks_note", "when", "licence", "snapshot"}
PLACEHOLDERS = re.compile(r"\{\w+\}")


def dutch_files(kind: str) -> list[Path]:
    return sorted(p for p in FOLDERS[kind].glob("*.yaml") if not p.name.endswith(".en.yaml"))


def twin(path: Path) -> Path:
    return path.with_name(path.stem + ".en.yaml")


TWINS = [(kind, path) for kind in FOLDERS for path in dutch_files(kind) if twin(path).exists()]
TWIN_IDS = [f"{kind}:{path.stem}" for kind, path in TWINS]


def skeleton(value, key: str = ""):
    """The structure of a loaded file with every text a person reads replaced by its shape."""
    if key in TEXT_FIELDS:
        if isinstance(value, str):
            return ("text", bool(value.strip()), sorted(PLACEHOLDERS.findall(value)))
        if isinstance(value, (list, tuple)):
            return ("texts", len(value))
        if isinstance(value, dict):  # a card back: colour stays, text is text
            return {k: skeleton(v, k) for k, v in value.items()}
        return value
    if isinstance(value, dict):
        return {k: skeleton(v, k) for k, v in value.items() if k != "language"}
    if isinstance(value, (list, tuple)):
        return [skeleton(v) for v in value]
    return value


@pytest.mark.parametrize("kind, path", TWINS, ids=TWIN_IDS)
def test_the_english_twin_is_the_same_game_in_other_words(kind, path):
    dutch, english = LOADERS[kind](path), LOADERS[kind](twin(path))
    assert dutch.language == "nl" and english.language == "en"
    assert english.id == dutch.id
    assert skeleton(english.model_dump()) == skeleton(dutch.model_dump())
    # and it is really translated: the titles differ from the Dutch ones (names of places may stay)
    assert english.title != dutch.title or kind == "bord"


# --- The English decks follow the writing rules ---------------------------------------------------

ENGLISH = Library(DECKS, language="en").load()
ENGLISH_DECKS = [deck for deck in ENGLISH.decks if deck.language == "en"]
OPEN_WORDS = {"what", "how", "when", "where", "who", "whom", "which", "why", "whose"}
PREPOSITIONS = {"with", "for", "in", "at", "on", "to", "from", "about", "by", "of"}
YES_NO_WORDS = {"is", "are", "am", "do", "does", "did", "can", "could", "will", "would", "should", "have",
                "has", "was", "were", "may", "must", "shall"}
_WORD = re.compile(r"[^\W_]+")
_NAMING = re.compile(r"^(which|who|where|when|with whom|in which)\b")
_SECOND_PART = re.compile(r",|\band\b|\bwhy\b|\bhow\b|\bwhat\b")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@pytest.mark.parametrize("kind", list(FOLDERS))
def test_every_dutch_file_has_an_english_twin(kind):
    files = dutch_files(kind)
    assert files, f"no built-in {kind} files found"
    assert [p.name for p in files if not twin(p).exists()] == []


def test_the_english_library_shows_only_english_decks():
    assert ENGLISH.broken == []
    shown = ENGLISH.shown_entries
    assert shown and all(entry.language == "en" for entry in shown), \
        [f"{e.id}: {e.language}" for e in shown if e.language != "en"]
    dutch = Library(DECKS, language="nl").load()
    assert all(entry.language == "nl" for entry in dutch.shown_entries)
    assert {e.id for e in shown} == {e.id for e in dutch.shown_entries}


def test_werkvormen_routes_and_the_board_follow_the_chosen_language():
    from reflectiespel.core.base import i18n
    from reflectiespel.core.board.boarddef import load_default_board
    from reflectiespel.core.routes.routes import load_routes
    from reflectiespel.core.sessions.templates import TemplateLibrary

    templates = TemplateLibrary(FOLDERS["werkvorm"]).load()
    with i18n.speaking("en"):
        assert {t.language for t in templates.templates} == {"en"}
        routes = [e for e in load_routes(ENGLISH, builtin_dir=FOLDERS["route"]) if e.builtin]
        assert routes and {e.language for e in routes} == {"en"}
        assert load_default_board().language == "en"
    assert {t.language for t in templates.templates} == {"nl"}
    assert load_default_board().language == "nl"


def test_the_command_line_in_english_lists_english_decks(capsys):
    """`reflectiespel --lang en decks list` (and REFLECTIESPEL_LANG=en) lists the English decks only."""
    from reflectiespel.cli import main

    assert main(["--lang", "en", "decks", "list"]) == 0
    out = capsys.readouterr().out
    for deck in ENGLISH_DECKS:
        assert deck.title in out, deck.title
    assert "Waarde van welzijn" not in out and "De zeven verandertips" not in out
    assert len(ENGLISH_DECKS) >= 6


def test_in_english_a_deck_that_exists_only_in_dutch_is_listed_with_its_language(tmp_path):
    import os
    import shutil
    import subprocess
    import sys

    decks = tmp_path / "decks"
    decks.mkdir()
    shutil.copy(Path(__file__).parents[1] / "data" / "mini.yaml", decks / "mini.yaml")
    env = dict(os.environ, REFLECTIESPEL_DATA_DIR=str(tmp_path), REFLECTIESPEL_LANG="en")
    result = subprocess.run([sys.executable, "-m", "reflectiespel.cli", "decks", "list"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("mini ") and "Mini-set  [nl]" in line for line in lines), lines
    assert any("Value of wellbeing" in line and "[" not in line for line in lines), lines


@pytest.mark.parametrize("deck", ENGLISH_DECKS, ids=lambda d: d.id)
def test_english_cards_open_a_conversation(deck):
    for card in deck.play_cards:
        where = f"{deck.id}/{card.id}"
        assert 1 <= len(card.questions) <= 3, f"{where}: {len(card.questions)} questions"
        for question in card.questions:
            first = words(question)[:2]
            assert question.endswith("?"), f"{where}: not a question: {question!r}"
            assert first[0] not in YES_NO_WORDS, f"{where}: yes/no question: {question!r}"
            opens = first[0] in OPEN_WORDS or (first[0] in PREPOSITIONS and first[1] in OPEN_WORDS)
            assert opens, f"{where}: does not start with a question word: {question!r}"
            if _NAMING.match(question.lower()):
                assert _SECOND_PART.search(question.lower()), f"{where}: invites one word: {question!r}"
        assert len(words(card.text)) <= 45, f"{where}: text too long to read aloud"
        if card.assignment:
            minutes = [int(m) for m in re.findall(r"\((\d+) minutes\)", card.assignment)]
            assert minutes and all(5 <= m <= 15 for m in minutes), f"{where}: {card.assignment!r}"


@pytest.mark.parametrize("deck", ENGLISH_DECKS, ids=lambda d: d.id)
def test_english_credits_card_names_the_sources_in_english(deck):
    credits = next(c for c in deck.cards if c.kind == "credits")
    text = deck.card_text(credits)
    assert all(f"Source: {s}" in text for s in deck.sources)
    assert "Bron:" not in text and "Versie:" not in text
    assert any(c.kind == "instruction" for c in deck.cards)


# The 8 pt floor for the English decks is checked with the Dutch ones, in tests/pdf/test_readable_on_paper.py.


def test_english_werkvormen_and_routes_give_their_exercises_the_time_they_ask():
    problems = []
    for kind, path in TWINS:
        if kind == "werkvorm":
            template = load_template(twin(path))
            for step in template.steps:
                if step.deck:
                    deck = ENGLISH.get(step.deck, "en")
                    cards = [deck.card(c) for c in select_cards(step, deck)[0]]
                    problem = template_step_shortfall(step.kind, step_minutes(step, template.group_size), cards, step.per_card,
                                                      step.max_choices, voting=(step.vote_budget or 0) > 0)
                    problems += [f"{template.id}: {problem}"] if problem else []
        elif kind == "route":
            route = load_route(twin(path))
            for step in route.steps:
                if step.deck:
                    assert ENGLISH.get(step.deck).language == "en", f"{route.id}: {step.deck} has no English twin"
                pool = step_pool(step, ENGLISH, route.new_team) if step.deck else []
                problem = route_step_shortfall(step.kind, step.minutes_for(route.group_size), pool, step.deal)
                problems += [f"{route.id}/{step.id}: {problem}"] if problem else []
    assert problems == []


def test_the_twin_check_catches_a_card_left_out_or_moved():
    """The check can fail: an English deck with one card less, or two cards swapped, is not the same game."""
    dutch = load_deck(DECKS / "waarde-van-welzijn.yaml")
    english = load_deck(twin(DECKS / "waarde-van-welzijn.yaml"))
    shorter = english.model_copy(update={"cards": english.cards[:-1]})
    swapped = english.model_copy(update={"cards": [english.cards[4], english.cards[3], *english.cards[5:]]})
    for wrong in (shorter, swapped):
        assert skeleton(wrong.model_dump()) != skeleton(dutch.model_dump())
