"""Issue #16: what the session core says to a person (refusals, undo labels, default titles) follows the
interface language; in Dutch it stays Dutch. The texts are made when the message or the edit is made."""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path

import pytest

from reflectiespel.core.files import atomic
from reflectiespel.core.base import i18n
from reflectiespel.core.sessions.autosave import Autosaver
from reflectiespel.core.board.board import Token
from reflectiespel.core.sessions.compare import PositionRow, carry_over, mark, seed_board, side_by_side
from reflectiespel.core.decks.deckedit import add_card, add_category, copy_of, remove_category
from reflectiespel.core.decks.decks import load_deck
from reflectiespel.core.reports.export import to_csv
from reflectiespel.core.routes.guide import run_of, toggle_choice
from reflectiespel.core.sessions.lasttime import bring_open_actions
from reflectiespel.core.decks.library import Library
from reflectiespel.core.routes.routes import load_routes, start_session
from reflectiespel.core.sessions.session import ActionItem, Session, SessionError, Step, shape_problems
from reflectiespel.core.sessions.timing import route_step_shortfall, template_step_shortfall
from reflectiespel.resources import builtin_decks_dir

DATA = Path(__file__).parents[1] / "data"
# words that only a Dutch sentence has (checked on English output, names of people taken out)
DUTCH = re.compile(r"\b(de|het|een|niet|deze|dit|stap|kaart|kaarten|notitie|deelnemer|stem|stemmen|"
                   r"gekozen|gebruikt|bestaat|meer|toevoegen|verwijderen|wijzigen|kiezen|weghalen|eigen|"
                   r"nieuwe|sessie|geen|vorige|keer|minuten|praktijk|actiepunt)\b", re.IGNORECASE)


@pytest.fixture
def english():
    """English for the test; the autouse fixture in conftest.py puts Dutch back afterwards."""
    i18n.set_language("en")
    yield
    i18n.set_language("nl")


def refusal(action) -> str:
    with pytest.raises(SessionError) as caught:
        action()
    return str(caught.value)


def english_only(text: str, *names: str) -> str:
    for name in names:
        text = text.replace(name, "")
    assert not DUTCH.search(text), text
    return text


def session_with_people() -> Session:
    session = Session.empty("Werkplaats")
    session.add_participant("Anna")
    session.add_participant("Bram")
    session.add_step(title="Kiezen", kind="values", max_choices=1, vote_budget=2)
    return session


# --- session_ops: every undo label --------------------------------------------------------------------
def every_edit(session: Session) -> list[str]:
    """One of each operation, in an order that works; the undo label of each."""
    anna, bram = session.participants
    step = session.steps[0].id
    labels = [session.set_details(place="Utrecht").text]
    labels.append(session.update_participant(bram.id, name="Bram B.").text)
    added = session.add_step()
    labels.append(added.text)
    labels.append(session.update_step(added.value.id, minutes=5).text)
    labels.append(session.move_step(added.value.id, 0).text)
    labels.append(session.remove_step(added.value.id).text)
    note = session.add_note(step, "Iets")
    labels += [note.text, session.update_note(step, note.value.id, text="Anders").text,
               session.remove_note(step, note.value.id).text]
    labels.append(session.set_choice(step, anna.id, "kaart-a").text)
    labels.append(session.clear_choice(step, anna.id, "kaart-a").text)
    labels.append(session.add_vote(step, anna.id, "kaart-a").text)
    labels.append(session.remove_vote(step, anna.id, "kaart-a").text)
    action = session.add_action(step, "Zaal huren")
    labels += [action.text, session.update_action(step, action.value.id, wie="Anna").text,
               session.remove_action(step, action.value.id).text]
    card = session.add_group_card(step, "Onze kaart")
    labels += [card.text, session.update_group_card(step, card.value.id, text="Tekst").text,
               session.remove_group_card(step, card.value.id).text]
    token = session.add_board_token(step, "Buurtkoor")
    labels += [token.text, session.place_token(step, token.value.id, "", 0.2, 0.3).text]
    labels.append(session.add_participant("Chris").text)
    labels.append(session.remove_participant(bram.id).text)
    return labels


ENGLISH_LABELS = ["Change details", "Change participant", "Add step", "Change step", "Move step", "Remove step",
                  "Add note", "Change note", "Remove note", "Choose card", "Take choice away", "Give vote",
                  "Take vote away", "Add action point", "Change action point", "Remove action point",
                  "Make own card", "Change own card", "Remove own card", "Add practice", "Place practice",
                  "Add participant", "Remove participant"]
DUTCH_LABELS = ["Gegevens wijzigen", "Deelnemer wijzigen", "Stap toevoegen", "Stap wijzigen", "Stap verplaatsen",
                "Stap verwijderen", "Notitie toevoegen", "Notitie wijzigen", "Notitie verwijderen", "Kaart kiezen",
                "Keuze weghalen", "Stem geven", "Stem weghalen", "Actiepunt toevoegen", "Actiepunt wijzigen",
                "Actiepunt verwijderen", "Eigen kaart maken", "Eigen kaart wijzigen", "Eigen kaart verwijderen",
                "Praktijk toevoegen", "Praktijk plaatsen", "Deelnemer toevoegen", "Deelnemer verwijderen"]


def test_every_undo_label_is_english_in_english(english):
    assert every_edit(session_with_people()) == ENGLISH_LABELS


def test_every_undo_label_stays_dutch_in_dutch():
    assert every_edit(session_with_people()) == DUTCH_LABELS


def test_a_new_step_and_a_new_session_get_their_default_title_in_the_language_of_that_moment(english):
    session = Session.empty()
    assert session.title == "New session" and session.language == "en"
    assert session.add_step().value.title == "New step"
    i18n.set_language("nl")
    assert session.add_step().value.title == "Nieuwe stap"  # made now: in Dutch
    assert session.steps[0].title == "New step"  # what was made before does not change
    assert Session.empty().title == "Nieuwe sessie"


# --- session_ops: refusals ----------------------------------------------------------------------------
def refusals(session: Session) -> list[str]:
    anna, bram = session.participants
    step = session.steps[0]
    session.set_choice(step.id, anna.id, "kaart-a")
    session.add_vote(step.id, bram.id, "kaart-a", 2)
    return [
        refusal(lambda: session.add_step("geen stap")),
        refusal(lambda: session.add_step(step)),
        refusal(lambda: session.add_step(title="")),
        refusal(lambda: session.add_note(step.id, "   ")),
        refusal(lambda: session.add_note(step.id, "x" * 20_001)),
        refusal(lambda: session.set_choice(step.id, anna.id, "kaart-a")),
        refusal(lambda: session.set_choice(step.id, anna.id, "kaart-b")),
        refusal(lambda: session.clear_choice(step.id, bram.id, "kaart-a")),
        refusal(lambda: session.add_vote(step.id, bram.id, "kaart-b")),
        refusal(lambda: session.add_vote(step.id, anna.id, "kaart-b", 0)),
        refusal(lambda: session.remove_vote(step.id, anna.id, "kaart-z")),
        refusal(lambda: session.update_step(step.id, kleur="rood")),
        refusal(lambda: session.update_step(step.id, id="ander")),
        refusal(lambda: session.set_details(language="en")),
        refusal(lambda: session.add_action(step.id, "  ")),
        refusal(lambda: session.add_group_card(step.id, " ")),
        refusal(lambda: session.add_board_token(step.id, " ")),
        refusal(lambda: session.place_token(step.id, "weg", "", 0.5, 0.5)),
    ]


def test_refusals_of_session_ops_in_english(english):
    found = refusals(session_with_people())
    assert found[:3] == ["This is not a step; nothing was added.", "This step is already on the agenda.",
                         found[2]]
    assert found[2].startswith("This step is not right: ")
    assert found[3:12] == [
        "An empty note is not kept.", "This note is too long; split it into smaller pieces.",
        "Anna has already chosen this card.", "Anna has already chosen a card; take that choice away first.",
        "This card was not chosen.", "Bram has already used 2 of the 2 votes in this step.",
        "Give at least one vote.", "There is no vote from this participant here.", "Unknown field: kleur"]
    assert found[12:] == [
        "An id does not change; make something new instead.", "You cannot change this here: language",
        "Write down what needs to happen.", "Give the card a title.", "Give the practice a name.",
        "This practice is not on the board (any more)."]
    for text in found:
        english_only(text, "Anna", "Bram", "kleur")


def test_refusals_of_session_ops_stay_dutch_in_dutch():
    found = refusals(session_with_people())
    assert found[0] == "Dit is geen stap; er is niets toegevoegd."
    assert found[1] == "Deze stap staat al in de agenda."
    assert found[3] == "Een lege notitie wordt niet bewaard."
    assert found[5] == "Anna heeft deze kaart al gekozen."
    assert found[6] == "Anna heeft al een kaart gekozen; haal eerst die keuze weg."
    assert found[8] == "Bram heeft al 2 van de 2 stemmen gebruikt in deze stap."
    assert found[11] == "Onbekend veld: kleur"
    assert found[13] == "Dit kun je hier niet wijzigen: language"


def test_counts_in_choice_and_vote_refusals_in_both_languages(english):
    session = session_with_people()
    anna = session.participants[0]
    step = session.add_step(title="Stemmen", max_choices=3, vote_budget=1).value
    for card in ("a", "b", "c"):
        session.set_choice(step.id, anna.id, card)
    session.add_vote(step.id, anna.id, "a")
    assert refusal(lambda: session.set_choice(step.id, anna.id, "d")) == \
        "Anna has already chosen 3 cards; take a choice away first."
    assert refusal(lambda: session.add_vote(step.id, anna.id, "b")) == \
        "Anna has already used the only vote in this step."
    assert refusal(lambda: session.add_vote(session.add_step(title="x", vote_budget=0).value.id, anna.id, "b")) == \
        "There is no voting in this step."
    i18n.set_language("nl")
    assert refusal(lambda: session.set_choice(step.id, anna.id, "d")) == \
        "Anna heeft al 3 kaarten gekozen; haal eerst een keuze weg."
    assert refusal(lambda: session.add_vote(step.id, anna.id, "b")) == \
        "Anna heeft de enige stem in deze stap al gebruikt."


# --- sessionparts: the part that is gone, named in the language --------------------------------------
def missing(session: Session) -> list[str]:
    step = session.steps[0].id
    return [refusal(lambda: session.step("weg")), refusal(lambda: session.participant("weg")),
            refusal(lambda: session.update_note(step, "weg", text="x")),
            refusal(lambda: session.remove_action(step, "weg")),
            refusal(lambda: session.remove_group_card(step, "weg"))]


def test_a_part_that_is_gone_is_named_in_english(english):
    assert missing(session_with_people()) == [
        "This step does not exist (any more).", "This participant does not exist (any more).",
        "This note does not exist (any more).", "This action point does not exist (any more).",
        "This own card does not exist (any more)."]


def test_a_part_that_is_gone_is_named_in_dutch():
    assert missing(session_with_people()) == [
        "Deze stap bestaat niet (meer).", "Deze deelnemer bestaat niet (meer).", "Deze notitie bestaat niet (meer).",
        "Dit actiepunt bestaat niet (meer).", "Deze eigen kaart bestaat niet (meer)."]


# --- session.py -----------------------------------------------------------------------------------------
def test_the_group_deck_and_anonymous_names_in_english_and_dutch(english):
    session = session_with_people()
    session.group, session.date, session.anonymous = "Wijkteam", date(2026, 6, 1), True
    session.add_group_card(session.steps[0].id, "Onze kaart")
    deck = session.group_deck()
    assert deck.title == "Own cards: Werkplaats" and deck.back.text == "Own card"
    assert deck.categories[0].name == "Own cards"
    assert deck.sources == ["Made in the session 'Werkplaats' (Wijkteam), 2026-06-01"]
    assert session.display_name(session.participants[1]) == "Participant 2"
    assert session.display_name(None) == "Someone" and session.display_name("weg") == "Unknown participant"
    i18n.set_language("nl")
    deck = session.group_deck()
    assert deck.title == "Eigen kaarten: Werkplaats" and deck.back.text == "Eigen kaart"
    assert deck.sources == ["Gemaakt in de sessie 'Werkplaats' (Wijkteam), 2026-06-01"]
    assert session.display_name(session.participants[1]) == "Deelnemer 2"
    assert session.display_name("weg") == "Onbekende deelnemer"


def test_a_broken_shape_is_explained_in_english(english):
    session = session_with_people()
    session.steps.append("geen stap")
    session.steps[0].notes.append("geen notitie")
    assert shape_problems(session) == ["steps[2] is not a Step", "steps[1].notes[1] is not a Note"]
    i18n.set_language("nl")
    assert shape_problems(session)[0] == "steps[2] is geen Step"


# --- compare, guide, lasttime ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


def route_sessions(library):
    routes = {e.route.id: e.route for e in load_routes(library) if e.ok}
    old = start_session(routes["beginnen-met-samenwerken"], ["Anna", "Bram"], library, random.Random(3))
    board = old.step("as").board
    board.tokens.append(Token(id="buurtkoor", name="Buurtkoor"))
    board.place("buurtkoor", "", 0.2, 0.9)
    old.add_action("afspraken", "Koffie met de wijkcoach", "Anna")
    now = start_session(routes["tussentijds-evalueren"], ["Anna", "Bram"], library)
    return old, now


def test_comparing_with_last_time_speaks_english(english, library):
    old, now = route_sessions(library)
    plain = session_with_people()
    assert refusal(lambda: carry_over(plain, "x", old)) == "This session is not a Reflect together route."
    assert refusal(lambda: carry_over(now, "terugblik", now)) == \
        "This is today's reflection itself; choose one from an earlier time."
    edit = carry_over(now, "terugblik", old, library)
    assert edit.text == "Open last time"
    assert refusal(lambda: mark(now, "weg", "later")) == "Choose done, still open or dropped."
    assert refusal(lambda: mark(now, "weg", "done")) == "This agreement does not exist (any more)."
    board_step = next(s for s in now.steps if now.together.kind(s.id) == "board")
    assert seed_board(board_step.board, now.together.earlier)
    assert board_step.board.snapshots[-1].name == "last time"
    assert PositionRow("Buurtkoor", "", (0.2, 0.9), None).who == "the group"
    rows = side_by_side(now, library).positions
    assert rows[0].who == "the group"


def test_the_ownership_words_follow_the_language_even_after_the_other_was_used(library):
    row = PositionRow("Buurtkoor", "", (0.2, 0.1), (0.2, 0.9))
    dutch = row.change()
    i18n.set_language("en")
    english = row.change()
    assert english.startswith("from ") and english != dutch, (dutch, english)
    english_only(english)
    i18n.set_language("nl")
    assert row.change() == dutch and dutch.startswith("van ")


def test_guide_refusals_in_english_and_dutch(english, library):
    plain = session_with_people()
    assert refusal(lambda: run_of(plain)) == "This session is not a Reflect together route; open it in session mode."
    _, now = route_sessions(library)
    assert run_of(now).turn.current is None  # nobody's turn before a round starts
    assert refusal(lambda: toggle_choice(now, "x")) == "It is nobody's turn to choose now; start a new round."
    i18n.set_language("nl")
    assert refusal(lambda: run_of(plain)) == \
        "Deze sessie is geen route van Samen reflecteren; open hem in de sessiemodus."


def test_last_times_action_points_in_english(english):
    earlier = Session.empty("Juni")
    earlier.steps.append(Step(title="Welkom"))
    earlier.steps[0].actions.append(ActionItem(wat="Verslag sturen"))
    today = Session.empty("September")
    assert refusal(lambda: bring_open_actions(today, earlier)) == "This session has no steps yet; add a step first."
    today.steps.append(Step(title="Welkom"))
    edit = bring_open_actions(today, earlier)
    assert edit.text == "Action points from last time"
    assert refusal(lambda: bring_open_actions(today, earlier)) == \
        "The action points from last time are already in this session."
    i18n.set_language("nl")
    assert refusal(lambda: bring_open_actions(today, earlier)) == \
        "De actiepunten van vorige keer staan al in deze sessie."


# --- autosave, timing, export, deck editing ---------------------------------------------------------------
def test_a_failed_autosave_says_so_in_english(english, tmp_path, monkeypatch):
    saver = Autosaver(tmp_path, delay=0)
    saver.changed(session_with_people())
    monkeypatch.setattr(atomic.os, "replace", lambda a, b: (_ for _ in ()).throw(OSError(28, "disk full")))
    assert not saver.flush()
    assert saver.error.startswith("Saving automatically does not work: ")
    i18n.set_language("nl")
    saver.flush()
    assert saver.error.startswith("Automatisch opslaan lukt niet: ")


def test_step_times_that_do_not_fit_in_english(english):
    deck = load_deck(DATA / "mini.yaml")
    cards = list(deck.cards)
    per_card = template_step_shortfall("cards", 1, cards, True, None)
    together = template_step_shortfall("cards", 1, cards, False, None)
    round_ = route_step_shortfall("card-round", 1, cards, 2)
    assert per_card.startswith("each round has 1 minutes, but the card ")
    assert together.startswith("the step has 1 minutes for ")
    assert round_.startswith("the card round can deal 2 card(s) that together ask for ")
    for text in (per_card, together, round_):
        english_only(text, *(c.id for c in cards))
    i18n.set_language("nl")
    assert route_step_shortfall("card-round", 1, cards, 2).startswith("de kaartronde kan 2 kaart(en) delen")


def test_a_card_the_group_made_is_an_own_card_in_an_english_export(english):
    session = session_with_people()  # made in English: its export speaks English
    session.add_group_card(session.steps[0].id, "Onze kaart")
    assert "own card;" in to_csv(session).decode("utf-8-sig")
    i18n.set_language("nl")
    dutch = session_with_people()
    dutch.add_group_card(dutch.steps[0].id, "Onze kaart")
    assert "eigen kaart;" in to_csv(dutch).decode("utf-8-sig")


def test_the_deck_editor_makes_new_parts_in_english(english):
    deck = load_deck(DATA / "mini.yaml")
    result, index = add_card(deck, DATA, 0)
    assert result.ok and result.deck.cards[index].title == "New card"
    assert list(result.deck.cards[index].questions) == ["What strikes you?"]
    added = add_category(deck, DATA)
    assert added.ok and added.deck.categories[-1].name == "New category"
    used = next(i for i, c in enumerate(deck.categories) if any(card.category == c.id for card in deck.cards))
    refused = remove_category(deck, DATA, used)
    assert list(refused.problems.values()) == ["there are still cards in this category; give them another "
                                               "category first"]
    assert copy_of(deck, set()).title == f"{deck.title} (own version)"
    i18n.set_language("nl")
    result, index = add_card(deck, DATA, 0)
    assert result.deck.cards[index].title == "Nieuwe kaart"
    assert copy_of(deck, set()).title == f"{deck.title} (eigen versie)"
