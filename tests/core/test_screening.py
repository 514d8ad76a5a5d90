"""Screened input (issue #29.3): in a screened step what phones send waits for the facilitator, who
releases it one by one or all at once; the facilitator's own input shows at once; the switches are
undoable and come from a werkvorm too."""

import pytest

from reflectiespel.core.input import ideas, screening, wordcloud
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, SessionError, Step
from reflectiespel.core.sessions.templates import Template, new_session_from_template
from reflectiespel.resources import builtin_decks_dir


@pytest.fixture
def session():
    session = Session(title="Anoniem", anonymous=True, steps=[
        Step(id="s-wolk", kind="wordcloud", title="Woorden"), Step(id="s-muur", kind="ideas", title="Ideeën")])
    for name in ("", "", ""):
        session.add_participant(name)
    return session


def test_phone_input_in_a_screened_step_waits_and_is_released_one_by_one_or_all(session):
    ann, bo, cem = [p.id for p in session.participants]
    switch = screening.set_screen(session, "s-wolk", screened=True)
    wordcloud.add_words(session, "s-wolk", ["rust"], ann, "phone")
    wordcloud.add_words(session, "s-wolk", ["ruimte", "lef"], bo, "phone")
    wordcloud.add_words(session, "s-wolk", ["samen"], None, "console")  # the facilitator's own: at once
    step = session.step("s-wolk")
    assert [w.text for w in screening.waiting(step)] == ["rust", "ruimte", "lef"]
    shown = lambda: sorted(w.key for w in wordcloud.cloud_words(step, released_only=True))
    assert shown() == ["samen"]
    one = screening.release(session, "s-wolk", [screening.waiting(step)[0].id])
    assert shown() == ["rust", "samen"]
    everything = screening.release_all(session, "s-wolk")
    assert shown() == ["lef", "ruimte", "rust", "samen"] and screening.waiting(step) == []
    with pytest.raises(SessionError, match="Er wacht niets meer"):
        screening.release_all(session, "s-wolk")
    everything.undo()
    one.undo()
    assert len(screening.waiting(step)) == 3
    switch.undo()
    assert step.screen is None


def test_ideas_wait_too_and_the_switches_are_separate(session):
    ann = session.participants[0].id
    screening.set_screen(session, "s-muur", screened=True, counts_on_phones=False)
    idea = ideas.add_idea(session, "s-muur", "Een buurtlunch", ann, "phone").value
    step = session.step("s-muur")
    assert not idea.released and ideas.wall(step, released_only=True) == []
    screen = screening.screen_of(step)
    assert (screen.screened, screen.counts_on_projection, screen.counts_on_phones, screen.items_on_phones) == \
        (True, True, False, True)
    reveal = screening.set_screen(session, "s-muur", counts_on_projection=False)
    assert not screening.screen_of(step).counts_on_projection
    assert screening.set_screen(session, "s-muur", counts_on_projection=True).text == "Uitslag laten zien"
    reveal.undo()
    with pytest.raises(SessionError, match="Onbekende schakelaar"):
        screening.set_screen(session, "s-muur", everything=True)


def test_a_werkvorm_screens_a_word_cloud_and_refuses_screening_elsewhere():
    template = Template.model_validate({"format_version": 1, "id": "x", "title": "X", "steps": [
        {"kind": "wordcloud", "title": "Anoniem", "screened": True}]})
    session = new_session_from_template(template, Library(builtin_decks_dir()).load())
    assert session.steps[0].screen.screened
    with pytest.raises(ValueError, match="'screened' hoort alleen"):
        Template.model_validate({"format_version": 1, "id": "x", "title": "X",
                                 "steps": [{"kind": "free", "title": "Vrij", "screened": True}]})
