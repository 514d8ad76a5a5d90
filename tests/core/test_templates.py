"""Session templates (werkvormen): the built-in ones work with the built-in decks; broken ones are explained."""

from pathlib import Path

import pytest

from reflectiespel.core.decks.library import Library, default_library
from reflectiespel.core.base.problems import FileProblems
from reflectiespel.core.sessions.session import SessionError
from reflectiespel.core.sessions.templates import (TemplateLibrary, check_template, default_templates, load_template,
                                          new_session_from_template)
from reflectiespel.resources import builtin_decks_dir

BUILTIN = builtin_decks_dir() / "werkvormen"


@pytest.fixture(scope="module")
def decks():
    return default_library()


def test_builtin_templates_load_and_fit_the_builtin_decks(decks):
    templates = default_templates()
    assert templates.broken == []
    ids = {t.id for t in templates.templates}
    assert {"kennismaken-waarde-van-welzijn", "zeven-verandertips", "grensobjecten-maken",
            "praktijk-op-de-as"} <= ids
    for template in templates.templates:
        assert check_template(template, decks) == [], template.id
        session = new_session_from_template(template, decks)
        assert session.steps and session.template_id == template.id
        for step in session.steps:
            assert step.instruction.strip(), f"{template.id}: '{step.title}' has no instruction"
            if step.deck_id:
                deck = decks.get(step.deck_id)
                assert all(deck.card(card_id) for card_id in step.card_ids)


def test_values_template_picks_three_and_votes(decks):
    session = new_session_from_template(default_templates().get("kennismaken-waarde-van-welzijn"), decks)
    assert any(s.kind == "values" and s.max_choices == 3 and len(s.card_ids) >= 10 for s in session.steps)
    assert any(session.budget(s) == 3 and s.card_ids for s in session.steps if s.kind == "values")


def test_tips_template_has_one_round_per_tip_with_its_card(decks):
    session = new_session_from_template(default_templates().get("zeven-verandertips"), decks)
    rounds = [s for s in session.steps if s.kind == "tips" and len(s.card_ids) == 1]
    assert len(rounds) == 7
    tips = [decks.get("zeven-verandertips").card(s.card_ids[0]) for s in rounds]
    assert all(tip.questions and tip.assignment for tip in tips)
    assert [s.title for s in rounds] == [tip.title for tip in tips]


def test_boundary_objects_template_lets_the_group_make_cards(decks):
    session = new_session_from_template(default_templates().get("grensobjecten-maken"), decks)
    make = next(s for s in session.steps if s.kind == "boundary-objects")
    session.add_group_card(make.id, "Onze wijkkaart", "Waar we elkaar ontmoeten")
    assert session.group_deck().cards[0].title == "Onze wijkkaart"


def test_board_template_has_board_steps(decks):
    session = new_session_from_template(default_templates().get("praktijk-op-de-as"), decks)
    assert sum(1 for s in session.steps if s.kind == "board") >= 1


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """format_version: 1
id: proef
title: Proef
steps:
  - kind: cards
    title: Kaarten
    deck: mini
    cards: category:een
    minutes: 5
  - kind: free
    title: Praten
"""


def test_broken_template_gives_a_readable_problem_with_a_line(tmp_path):
    path = write(tmp_path, "kapot.yaml", GOOD.replace("    minutes: 5", "    minutes: vijf\n    kleur: rood")
                 .replace("  - kind: free", "  - kind: dansen"))
    with pytest.raises(FileProblems) as info:
        load_template(path)
    lines = {(p.field, p.line) for p in info.value.problems}
    assert ("steps[1].minutes", 9) in lines
    assert ("steps[1].kleur", 10) in lines
    assert any(p.field == "steps[2].kind" and p.line == 11 and "free" in p.message for p in info.value.problems)
    assert all("kapot.yaml" in str(p) for p in info.value.problems)


def test_cards_without_a_deck_are_explained(tmp_path):
    path = write(tmp_path, "zonderset.yaml", GOOD.replace("    deck: mini\n", ""))
    with pytest.raises(FileProblems, match="noem ook de kaartenset"):
        load_template(path)
    path = write(tmp_path, "keuze.yaml", GOOD.replace("category:een", "de rode"))
    with pytest.raises(FileProblems, match="category:<id>"):
        load_template(path)


def test_missing_deck_cards_or_category_stop_the_start_with_a_message(tmp_path, mini_deck_path):
    decks = Library(mini_deck_path.parent).load()
    template = load_template(write(tmp_path, "proef.yaml", GOOD))
    session = new_session_from_template(template, decks)
    assert session.steps[0].card_ids == ["eerste"] and session.steps[0].minutes == 5
    assert session.active_card_id == "eerste" and session.steps[0].shown == ["eerste"]
    for change, replacement, expected in (
            ("deck: mini", "deck: onbekend", "de kaartenset 'onbekend' is er niet"),
            ("category:een", "category:drie", "geen categorie 'drie'"),
            ("category:een", "[eerste, derde]", "de kaart 'derde' staat niet in de set 'mini'")):
        bad = load_template(write(tmp_path, "bad.yaml", GOOD.replace(change, replacement)))
        with pytest.raises(SessionError, match=expected):
            new_session_from_template(bad, decks)


def test_user_templates_are_loaded_and_broken_ones_are_listed(data_dir):
    folder = data_dir / "decks" / "werkvormen"
    write(folder, "eigen.yaml", GOOD.replace("id: proef", "id: eigen"))
    write(folder, "kapot.yaml", "format_version: 1\nid: kapot\ntitle: [\n")
    write(folder, "dubbel.yaml", GOOD.replace("id: proef", "id: zeven-verandertips"))
    templates = TemplateLibrary(BUILTIN, folder).load()
    assert "eigen" in {t.id for t in templates.templates}
    broken = {e.path.name: e.problems for e in templates.broken}
    assert set(broken) == {"kapot.yaml", "dubbel.yaml"}
    assert broken["kapot.yaml"][0].line is not None
    assert "dezelfde id" in str(broken["dubbel.yaml"][0])
    assert templates.get("zeven-verandertips").title == "Zeven verandertips"  # the built-in one wins
