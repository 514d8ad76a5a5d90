"""The word cloud (issue #29.1): words counted per person, case- and accent-insensitively, stop words kept
but not drawn, the facilitator's merge, hide and split undoable, a capped size scale, and files that open."""

import json

import pytest

from reflectiespel.core.sessions import storage
from reflectiespel.core.input import wordcloud as wc
from reflectiespel.core.sessions.session import Session, SessionError, Step


@pytest.fixture
def session():
    session = Session(title="Afsluiting", steps=[Step(id="s-wolk", kind="wordcloud", title="Eén woord")])
    session.add_participant("Ann")
    session.add_participant("Bo")
    session.add_participant("Cem")
    return session


def ids(session):
    return [p.id for p in session.participants]


def counted(session, **kw):
    return {w.key: w.count for w in wc.cloud_words(session.step("s-wolk"), **kw)}


def test_words_are_one_word_whatever_the_capitals_accents_and_punctuation():
    assert wc.word_key("Één") == wc.word_key("een") == wc.word_key("EEN!") == "een"
    assert wc.word_key("  Co-creatie,  ") == "co-creatie"
    assert wc.word_key("Ĳzersterk") == "ijzersterk"


def test_a_word_counts_the_people_who_sent_it_with_the_most_common_spelling(session):
    ann, bo, cem = ids(session)
    wc.add_words(session, "s-wolk", ["Verbinding", "Samen"], ann, "phone")
    wc.add_words(session, "s-wolk", ["verbinding!"], bo, "phone")
    wc.add_words(session, "s-wolk", ["VERBINDING", "rust"], cem, "console")
    words = wc.cloud_words(session.step("s-wolk"))
    # three spellings once each: the first sent wins; the punctuation around a word is not part of it
    assert [(w.label, w.count) for w in words] == [("Verbinding", 3), ("Samen", 1), ("rust", 1)]


def test_one_person_cannot_send_the_same_word_twice_nor_more_than_the_step_allows(session):
    ann = ids(session)[0]
    wc.add_words(session, "s-wolk", ["samen"], ann)
    with pytest.raises(SessionError, match="stuurde 'Samen' al"):
        wc.add_words(session, "s-wolk", ["Samen"], ann)
    wc.add_words(session, "s-wolk", ["rust", "ruimte"], ann)
    with pytest.raises(SessionError, match="al alle woorden"):
        wc.add_words(session, "s-wolk", ["meer"], ann)
    assert wc.words_left(session.step("s-wolk"), ann) == 0


def test_a_refused_word_leaves_the_step_exactly_as_it_was(session):
    before = session.model_dump_json()
    for words in ([""], ["x" * 41], ["!!!"], ["twee", "Twee"]):
        with pytest.raises(SessionError):
            wc.add_words(session, "s-wolk", words, ids(session)[0])
    assert session.model_dump_json() == before


def test_stop_words_stay_in_the_session_but_are_not_drawn(session):
    ann, bo, _ = ids(session)
    wc.add_words(session, "s-wolk", ["de", "samen"], ann)
    wc.add_words(session, "s-wolk", ["the"], bo)
    words = {w.key: w for w in wc.cloud_words(session.step("s-wolk"), "nl")}
    assert words["de"].stop and not words["de"].drawn and words["samen"].drawn
    assert not words["the"].stop  # a Dutch session uses the Dutch list
    assert {w.key: w.stop for w in wc.cloud_words(session.step("s-wolk"), "en")}["the"]
    assert len(session.step("s-wolk").cloud.words) == 3


def test_merge_hide_and_split_are_undone_and_done_again(session):
    ann, bo, cem = ids(session)
    wc.add_words(session, "s-wolk", ["samenwerken"], ann)
    wc.add_words(session, "s-wolk", ["samenwerking", "goed gesprek"], bo)
    wc.add_words(session, "s-wolk", ["Samenwerken"], cem)
    merge = wc.merge_words(session, "s-wolk", ["samenwerking"], "samenwerken")
    assert counted(session)["samenwerken"] == 3 and "samenwerking" not in counted(session)
    split = wc.split_word(session, "s-wolk", "goed gesprek")
    assert {"goed", "gesprek"} <= set(counted(session)) and "goed gesprek" not in counted(session)
    hide = wc.set_hidden(session, "s-wolk", "goed")
    assert [w.key for w in wc.cloud_words(session.step("s-wolk")) if not w.drawn] == ["goed"]
    for edit in (hide, split, merge):
        edit.undo()
    assert counted(session) == {"samenwerken": 2, "samenwerking": 1, "goed gesprek": 1}
    merge.redo()
    assert counted(session)["samenwerken"] == 3
    unmerge = wc.split_word(session, "s-wolk", "samenwerken")  # splitting a merged word takes the merge apart
    assert counted(session) == {"samenwerken": 2, "samenwerking": 1, "goed gesprek": 1}
    unmerge.undo()
    with pytest.raises(SessionError, match="niets om te splitsen"):
        wc.split_word(session, "s-wolk", "goed")  # hidden or not, one word stays one word


def test_merging_a_word_that_others_were_merged_into_takes_them_along(session):
    ann, bo, cem = ids(session)
    wc.add_words(session, "s-wolk", ["a1"], ann)
    wc.add_words(session, "s-wolk", ["b2"], bo)
    wc.add_words(session, "s-wolk", ["c3"], cem)
    wc.merge_words(session, "s-wolk", ["a1"], "b2")
    wc.merge_words(session, "s-wolk", ["b2"], "c3")
    assert counted(session) == {"c3": 3}


def test_the_size_scale_is_the_square_root_capped_at_three_times():
    assert wc.size_factor(1, 1) == 1
    assert wc.size_factor(2, 1) == pytest.approx(1.414, abs=0.001)  # said twice: 1.4 times, not 5
    assert wc.size_factor(4, 1) == 2
    assert wc.size_factor(9, 1) == wc.size_factor(400, 1) == 3


def test_a_word_cloud_is_saved_and_opens_again_and_an_old_file_still_opens(session, tmp_path):
    ann = ids(session)[0]
    wc.add_words(session, "s-wolk", ["Verbinding"], ann, "phone")
    wc.set_hidden(session, "s-wolk", "verbinding")
    path = storage.save_session(session, tmp_path / "wolk.reflectiespel")
    back = storage.open_session(path)
    assert back.format_version == 2
    assert [(w.text, w.via) for w in back.step("s-wolk").cloud.words] == [("Verbinding", "phone")]
    assert back.step("s-wolk").cloud.hidden == ["verbinding"]
    old = json.loads(path.read_text(encoding="utf-8"))
    old["format_version"] = 1
    old["steps"] = [{"id": "s-oud", "kind": "free", "title": "Oud"}]
    (tmp_path / "oud.reflectiespel").write_text(json.dumps(old), encoding="utf-8")
    assert storage.open_session(tmp_path / "oud.reflectiespel").steps[0].cloud is None
