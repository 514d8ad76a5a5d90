"""The built-in decks say what the source documents say: the slips a close read found stay fixed.

Each test names what a facilitator or a reader of the sources would notice if it came back: a deck that
claims to be the HAN's set, a card that says a health insurer pays, the LKCA's 'bouwstenen' mixed into
the kernelementen of veranderkracht, a tool described as if we knew how it works.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reflectiespel.core.library import Library
from reflectiespel.resources import builtin_decks_dir

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def library() -> Library:
    return Library(builtin_decks_dir()).load()


def everything_read(deck) -> str:
    """All text of a deck a person reads: description, categories and every card."""
    parts = [deck.title, deck.description or ""]
    parts += [f"{c.name} {c.description or ''}" for c in deck.categories]
    parts += [deck.card_text(card) for card in deck.cards]
    return "\n".join(parts).lower()


def test_waarde_van_welzijn_is_inspired_by_the_han_set_not_a_copy(library):
    deck = library.get("waarde-van-welzijn")
    credits = next(c for c in deck.cards if c.kind == "credits")
    for text in (deck.description, credits.text):
        assert "geïnspireerd" in text.lower() and "geen kopie" in text, text
    assert "HAN" not in " ".join(deck.sources), "the sources must not present the deck as the HAN's"


def test_waarde_van_welzijn_says_who_pays_as_the_source_does(library):
    deck = library.get("waarde-van-welzijn")
    funder = deck.card("gemeente-en-financier")
    assert "cultuur" in funder.text and "zorgverzekeraar" not in funder.text
    assert "winst" not in everything_read(deck)  # opbrengst and baten, not profit
    gap = deck.card("waar-landt-de-waarde")
    assert "value gap" in gap.text and "cultuur" in gap.text


def test_waarde_van_welzijn_has_a_card_for_social_artistic_quality(library):
    deck = library.get("waarde-van-welzijn")
    card = deck.card("sociaal-artistieke-kwaliteit")
    assert card.category == "sociaal-artistiek" and card.playable
    assert "even zwaar" in card.text and "vullen elkaar aan" in card.text


def test_zeven_verandertips_keeps_the_kernelementen_apart_from_the_lkca_bouwstenen(library):
    text = everything_read(library.get("zeven-verandertips"))
    assert "kernelement" in text and "bouwsteen" not in text and "bouwstenen" not in text


@pytest.mark.parametrize("card_id, words", [
    ("tip-2-ontmoetingen", ("oogst",)),                        # invest in AND harvest from encounters
    ("tip-3-leer-tussenruimte", ("ieder voor zich", "samen")),  # awareness alone and together
    ("tip-4-markeren", ("in jullie groep", "daarbuiten")),       # direction inside and outside
    ("tip-5-voor-de-samenleving", ("voortdurende beweging", "spoort")),  # moving, and urging to act
])
def test_each_tip_keeps_what_the_source_tip_says(library, card_id, words):
    card = library.get("zeven-verandertips").card(card_id)
    for word in words:
        assert word in card.text.lower(), f"{card_id}: '{word}' missing from {card.text!r}"


@pytest.mark.parametrize("card_id", ["wijkwaardenkaart", "ontwikkelboom"])
def test_tools_we_only_know_by_name_are_marked_as_our_suggestion(library, card_id):
    card = library.get("grensobjecten").card(card_id)
    assert "Ons voorstel" in card.text and "niet in onze bronnen" in card.text


def test_the_han_reflection_game_is_credited_where_people_read_it(library):
    """The app's way of playing comes from the HAN's 'Samen Werken Samen Leren': the README says so."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "Samen Werken Samen Leren" in readme and "HAN" in readme


# --- werkvormen, routes and the board (review of issue #23) ----------------------------------------

def _werkvorm(name: str, language: str = "nl"):
    from reflectiespel.core.templates import load_template

    suffix = ".en.yaml" if language == "en" else ".yaml"
    return load_template(builtin_decks_dir() / "werkvormen" / f"{name}{suffix}")


def _route(name: str, language: str = "nl"):
    from reflectiespel.core.routes import load_route

    suffix = ".en.yaml" if language == "en" else ".yaml"
    return load_route(builtin_decks_dir() / "routes" / f"{name}{suffix}")


def _step(steps, key: str):
    return next(s for s in steps if key in (getattr(s, "id", None), s.title))


@pytest.mark.parametrize("language, parts", [("nl", ("Context", "Interventie", "Mechanisme", "Outcome")),
                                             ("en", ("Context", "Intervention", "Mechanism", "Outcome"))])
def test_the_cimo_template_is_one_sentence_with_its_four_parts_in_order(language, parts):
    """Seed 003 p. 8: 'In deze Context ontstaat met deze Interventie dit Mechanisme, wat leidt tot deze Outcome'
    is one sentence; the route's template once put a full stop after the intervention."""
    plan = _step(_route("actieonderzoek-starten", language).steps, "actieplan").explanation
    template = plan.split("'")[1]
    assert template.count(".") == 1 and template.endswith(".") and template.count("?") == 0, template
    places = [template.index(f"({part})") for part in parts]
    assert places == sorted(places), template


@pytest.mark.parametrize("language, says, not_says", [("nl", "houdt alleen stand als", "houdt stand als"),
                                                      ("en", "only lasts when", "A partnership lasts when")])
def test_support_and_mandate_are_a_condition_a_partnership_needs_not_one_that_suffices(language, says, not_says):
    """Seed 000 (Movisie): lasting collaboration is only possible when there is support at all three levels."""
    role = _werkvorm("bestuurders-aan-tafel", language).steps[5].instruction
    assert says in role and not_says not in role


def test_the_lkca_reasons_and_barriers_keep_their_hedges():
    """Seed 001: collaboration 'draagt bij aan' innovation and professional growth 'in de betrokken domeinen'
    (not in every domain); seed 004 lists more money barriers than we name and speaks of 'incidentele
    budgetten' (not one-off ones)."""
    steps = _werkvorm("bestuurders-aan-tafel").steps
    why, barriers = steps[2].instruction, steps[3].instruction
    assert "draagt bij aan vernieuwing" in why and "in de domeinen die meedoen" in why
    assert "vernieuwt" not in why and "in elk domein" not in why
    assert "the sectors involved" in _werkvorm("bestuurders-aan-tafel", "en").steps[2].instruction
    assert "onder meer" in barriers and "niet structureel" in barriers and "eenmalig" not in barriers
    english = _werkvorm("bestuurders-aan-tafel", "en").steps
    assert "among others" in english[3].instruction and "one-off" not in english[3].instruction
    assert "leadership" in english[5].instruction and "the board" not in english[5].instruction


@pytest.mark.parametrize("language, line", [("nl", "sociale & artistieke kwaliteit vullen elkaar aan"),
                                            ("en", "social and artistic quality complement each other")])
def test_the_middle_of_the_board_tells_the_room_that_the_two_qualities_complement_each_other(language, line):
    from reflectiespel.core.boarddef import load_default_board

    board = load_default_board(language)
    middle = next(z for z in board.zones if z.id == "samenwerken")
    assert middle.lines[1] == line and len(middle.lines) == 3  # the projector shows three lines per zone


def test_the_english_board_and_its_werkvormen_ask_how_steering_is_divided_not_how_it_is_shared():
    """Seed 000: 'hoe eigenaarschap en sturing zijn verdeeld (één partij, gedeeld of wisselend)': sharing is
    one of the answers, not the question."""
    from reflectiespel.core.boarddef import load_default_board

    assert load_default_board("en").vertical.name == "How are ownership and steering divided?"
    texts = [_werkvorm("praktijk-op-de-as", "en").description]
    texts += [s.instruction for s in _werkvorm("praktijk-op-de-as", "en").steps]
    for name in ("beginnen-met-samenwerken", "tussentijds-evalueren"):
        texts += [s.explanation for s in _route(name, "en").steps]
    said = " ".join(" ".join(texts).split())
    assert "control" not in said, said


def test_the_board_says_plainly_where_the_source_figure_cannot_be_read():
    from reflectiespel.core.boarddef import load_default_board

    for language, uncertain, reading in (("nl", "Onzeker", "onze lezing"), ("en", "Uncertain", "our reading")):
        board = load_default_board(language)
        assert reading in board.landmarks_note
        doubtful = [m.name for m in board.landmarks if m.note.startswith(uncertain)]
        assert len(doubtful) == 2, doubtful  # 'vaktherapie' and 'sociaal-artistieke samenwerkingen'
        glossed = next(m for m in board.landmarks if m.name == "special arts")
        assert glossed.note and glossed.basis.own


def test_where_the_group_wants_to_go_is_not_presented_as_neutral():
    """Seed 000 'Een andere manier van samenwerken': the guide makes an explicit choice for social-artistic
    collaboration; what it allows is that the place moves with context, intention and phase."""
    nl, en = (_step(_werkvorm("praktijk-op-de-as", lang).steps, title).instruction
              for lang, title in (("nl", "Waar willen we naartoe?"), ("en", "Where do we want to get to?")))
    assert "kiest zelf voor het midden" in nl and "Geen plek is beter" not in nl
    assert "chooses the middle" in en and "No spot is better" not in en


def test_the_axis_steps_rest_on_the_axis_not_on_the_commons_study():
    """'Inclusie en exclusie, dissensus en consensus' describes the Utrecht commons study, not the axis; the
    axis's own passage says that exploring the tension between social and artistic goals is part of it."""
    commons = "inclusie en exclusie, dissensus en consensus"
    cited = []
    for steps in (_werkvorm("praktijk-op-de-as").steps, _route("beginnen-met-samenwerken").steps):
        cited += [p.heading for s in steps if s.basis for p in s.basis.passages]
    assert commons not in cited and "actief onderzoeken en hanteren van dit spanningsveld" in cited


def test_choosing_in_the_same_meeting_is_marked_as_our_suggestion():
    """Seed 003 p. 19: in Assen the ideas were selected later, with a klankbordgroep; there was no time to
    discuss them with the whole group."""
    note = _step(_route("actieonderzoek-starten").steps, "kiezen").basis.note
    assert "klankbordgroep" in note and "eigen voorstel" in note


def test_the_three_questions_are_not_claimed_as_our_invention():
    template = _werkvorm("wat-is-belangrijk")
    assert "De bronnen beschrijven dit gesprek niet" in template.description
    assert "ons eigen voorstel" not in template.description
    assert not any("ons eigen voorstel" in s.basis.note for s in template.steps[2:4])


def test_the_lkca_building_blocks_come_from_its_framework_and_are_applied_to_municipalities():
    """Seed 002: 'de vijf bouwstenen uit het theoretisch kader' (a literature study), applied in a publication
    for municipalities ('kijk als gemeente vooral welke je kunt inzetten'): the LKCA did not write them for
    municipal policy, and using them for any partnership is ours."""
    for language in ("nl", "en"):
        template = _werkvorm("vijf-bouwstenen", language)
        said = " ".join(template.description.split())
        note = " ".join(template.steps[1].basis.note.split())
        if language == "nl":
            assert "theoretisch kader" in said and "voor gemeenten" in said and "eigen keuze" in said
            assert "schreef de vijf bouwstenen" not in said and "schreef ze voor" not in note
            assert "theoretisch kader" in note
        else:
            assert "theoretical framework" in said and "municipal policy" in said and "our choice" in said
            assert "national knowledge institute" in said and "wrote" not in said and "wrote them" not in note


def test_the_first_core_principle_keeps_its_full_name():
    """Seed 000 'Kernprincipes van de werkwijze': '1 Gedeelde maatschappelijke ambitie'."""
    assert "gedeelde maatschappelijke ambitie" in _step(_route("beginnen-met-samenwerken").steps, "afspraken").explanation
    assert "shared ambition for society" in _step(_route("beginnen-met-samenwerken", "en").steps,
                                                  "afspraken").explanation
# --- Round 1 of the independent review (issue #23) ------------------------------------------------

def english(deck_id: str):
    return Library(builtin_decks_dir(), language="en").load().get(deck_id, "en")


def cited(card) -> list[str]:
    return [passage.heading for passage in card.basis.passages]


def test_quality_of_life_names_every_example_the_lkca_slide_gives(library):
    """Seed 001 lists eight examples under this dimension; 'intimiteit' was the one a reader missed."""
    text = library.get("waarde-van-welzijn").card("kwaliteit-van-leven").text.lower()
    for word in ("genieten", "gelukkig", "lekker in je vel", "balans", "veilig", "intimiteit", "wonen",
                 "rond te komen"):
        assert word in text, f"kwaliteit-van-leven leaves out '{word}'"


def test_the_yields_of_social_quality_are_not_presented_as_the_sources_pairing(library):
    """The handreiking lists 'eigen regie, verbondenheid, erkenning en ruimte om mee te doen' without pairing
    them to the four conditions: 'ruimte om mee te doen' belongs with Meedoen, and each card says the pairing
    is ours."""
    deck = library.get("waarde-van-welzijn")
    assert "erkenning" in cited(deck.card("ertoe-doen"))
    assert not any("ruimte om mee te doen" in heading for heading in cited(deck.card("ertoe-doen")))
    assert "ruimte om mee te doen" in cited(deck.card("meedoen"))
    for card_id in ("jezelf-zijn", "erbij-horen", "meedoen", "ertoe-doen"):
        assert "onze keuze" in deck.card(card_id).basis.note, card_id


def test_the_value_gap_card_says_where_the_source_says_value_lands(library):
    card = library.get("waarde-van-welzijn").card("waar-landt-de-waarde")
    assert "gemeente" in card.text and "wijk" not in card.text
    assert "nieuwe rol in de wijk" not in library.get("waarde-van-welzijn").card("organisatie").text


def test_the_english_condition_cards_keep_their_dutch_names():
    deck = english("waarde-van-welzijn")
    for card_id, name in (("jezelf-zijn", "Jezelf zijn"), ("erbij-horen", "Erbij horen"), ("meedoen", "Meedoen"),
                          ("ertoe-doen", "Ertoe doen")):
        assert f"({name})" in deck.card(card_id).title
    assert "gelijkwaardigheid" in deck.card("ertoe-doen").text


def test_the_tips_and_insights_keep_the_hedges_of_the_handreiking(library):
    """Tip 3: much of what you sow grows late or not at all (not 'not everything'); schuren: the deeper
    quality is 'meestal' not reached in a fast, linear process; a political place: what one person
    goes through is 'soms' true for many."""
    deck = library.get("zeven-verandertips")
    tip3 = deck.card("tip-3-leer-tussenruimte").text
    assert "veel van wat je zaait" in tip3 and "pas veel later" in tip3 and "niet alles" not in tip3
    assert "meestal" in deck.card("schuren").text
    assert "soms" in deck.card("politieke-plek").text
    assert "betekenisvolle ontmoetingen" in deck.card("tip-2-ontmoetingen").title
    en = english("zeven-verandertips")
    assert "much of what you sow" in en.card("tip-3-leer-tussenruimte").text
    assert "usually" in en.card("schuren").text
    assert "sometimes" in en.card("politieke-plek").text and "often" not in en.card("politieke-plek").text


def test_the_english_core_elements_keep_their_dutch_names():
    deck = english("zeven-verandertips")
    for card in deck.cards:
        if card.category == "kernelementen":
            assert "(" in card.title and ")" in card.title, card.title
    for card_id, name in (("tip-2-ontmoetingen", "betekenisvolle ontmoetingen"), ("schuren", "schuren"),
                          ("meerstemmigheid", "meerstemmigheid")):
        assert name in deck.card(card_id).title, card_id


def test_assen_ideas_are_not_credited_to_the_aldermen_as_proposals(library):
    """In Assen the performance and the film were ideas that 'ontstonden' in the talk with the aldermen
    (seed 003, Interventie 1), and the performance was a youth theatre company's show, not a work made
    together: the card about a work made together does not rest on it."""
    deck = library.get("grensobjecten")
    assert not any("Garage TDI" in h for h in cited(deck.card("kunstwerk-of-voorstelling")))
    assert "wethouders" not in deck.card("kunstwerk-of-voorstelling").basis.note
    film = deck.card("korte-film").basis.note
    assert "ontstond" in film and "wilden de wethouders" not in film


def test_the_axis_card_gives_who_decides_and_says_where_the_rest_of_the_figure_is(library):
    for deck in (library.get("grensobjecten"), english("grensobjecten")):
        card = deck.card("sociaal-artistieke-as")
        text = card.text.lower()
        assert ("mensen bepalen samen" in text) or ("people decide together" in text), deck.language
        assert ("bord" in text) or ("board" in text), deck.language
        assert "praktijken" in card.basis.note or "practices" in card.basis.note


def test_the_building_blocks_are_credited_to_the_lkcas_theoretical_framework(library):
    """Seeds 002 and 003: the five building blocks come from the theoretisch kader (a literature study);
    the action research in Assen and Tilburg linked its interventions to them. Not 'from the research in
    Assen'."""
    deck = library.get("vijf-bouwstenen")
    credits = deck.card("over-deze-set")
    assert "theoretisch kader" in credits.text and "toetste" in credits.text
    assert any("theoretisch kader" in h for h in cited(credits))
    assert "theoretical framework" in english("vijf-bouwstenen").card("over-deze-set").text


def test_the_building_blocks_keep_the_sources_words_and_claims(library):
    deck = library.get("vijf-bouwstenen")
    text = everything_read(deck)
    assert " vak heen" not in text and "elk vak" not in text  # domeinen, not vakken (seed 002)
    assert "Sleutelfiguren" in deck.card("niet-alles-op-een-persoon").title  # the sources' word
    time = deck.card("verandering-kost-tijd")
    assert "In Assen" in time.text and ("Kennis over elkaars domein en werk", 24) in [
        (p.heading, p.page) for p in time.basis.passages]
    assert "beide kanten" not in deck.card("gedeelde-visie").text
    assert "domeinen" in deck.card("gedeelde-visie").text and "opdracht" in deck.card("gedeelde-visie").text
    assert "rapport vol cijfers" not in deck.card("weet-wat-cultuur-doet").text
    assert "succes" not in deck.card("begin-klein").text


def test_the_front_line_tips_sit_with_practice_and_say_what_they_leave_out(library):
    deck = library.get("vijf-bouwstenen")
    card = deck.card("tips-op-de-vloer")
    assert card.category != "beleid" and "Niet op de kaart" in card.basis.note
    notes = [c for c in deck.cards if c.kind == "note"]
    assert notes and "vrijwillig" in notes[0].text


def test_only_the_three_core_principles_are_printed_as_core_principles(library):
    """Seed 000: the approach 'berust op drie samenhangende principes'; veranderkracht and the whole chain
    have a category of their own."""
    for deck in (library.get("knelpunten-en-kansen"), english("knelpunten-en-kansen")):
        principles = [c.id for c in deck.cards if c.category == "kernprincipes"]
        assert principles == ["gedeelde-ambitie", "sociaal-en-artistiek-gelijk", "leefwereld-en-systeemwereld"]


def test_knelpunten_en_kansen_say_what_the_handreiking_says(library):
    deck = library.get("knelpunten-en-kansen")
    connectors = deck.card("te-weinig-verbinders").text
    assert "mensen en domeinen" in connectors and "ambitie" in connectors and "vakken" not in connectors
    network = deck.card("een-samenhangend-netwerk").text
    assert "infrastructuur" in network and all(w in network for w in ("beleid", "praktijk", "leefwereld"))
    assert "(steun)" in deck.card("draagvlak-en-mandaat").text
    figures = deck.card("laat-zien-wat-het-oplevert").text
    assert "gemiddeld ongeveer vier euro" in figures and "één analyse" in figures and "tot meer dan zeven" in figures


def test_the_english_terms_of_art_keep_their_dutch_names():
    deck = english("knelpunten-en-kansen")
    assert "(leefwereld)" in deck.card("leefwereld-en-systeemwereld").text
    assert "(systeemwereld)" in deck.card("leefwereld-en-systeemwereld").text
    assert "The guide calls this verkokering" in deck.card("hokjes").text


def test_the_assen_cards_tell_what_the_report_tells(library):
    """Seed 003: twelve colleagues (one of them from the GGD), not twelve policy advisers; the sounding
    board met without an agenda to encourage dialogue and ownership, and people felt the research as a
    threat; the culture coach had six tasks, the card names four."""
    deck = library.get("praktijkvoorbeelden")
    assert "Twaalf collega's" in deck.card("top-3-in-tweetallen").text
    assert "beleidsadviseurs" not in deck.card("top-3-in-tweetallen").text
    board = deck.card("gesprek-zonder-agenda").text
    assert "eigenaarschap" in board and "onderzoek als kritiek" in board and "klankbordgroep (" in board
    assert "vier" in deck.card("cultuurcoach").basis.note and "Volwassenenfonds" in deck.card("cultuurcoach").basis.note
    assert "Preventiefonds, een" in deck.card("wethouders-aan-tafel").text
    corpo = deck.card("corpo-maquina").text
    assert "120 nationaliteiten" in corpo and "zo'n" not in corpo


def test_a_wijkcultuurhuis_is_not_called_an_arts_centre_in_english():
    """An arts centre is a professional venue; the handreiking describes culture run as a commons."""
    for deck_id, card_ids in (("praktijkvoorbeelden", ("het-wilde-westen", "cultureel-gemeenzamen")),
                              ("grensobjecten", ("ontmoetingsplek",))):
        deck = english(deck_id)
        for card_id in card_ids:
            card = deck.card(card_id)
            assert "arts centre" not in f"{card.title} {card.text}" and "wijkcultuurhui" in card.text, card_id
    assert "Tilburg Noord" in english("praktijkvoorbeelden").card("corpo-maquina").title


# --- Round 2 of the independent review of the werkvormen, routes and board (issue #23) ----------------

def _said(text: str) -> str:
    return " ".join(text.split())


def test_assen_never_got_to_selecting_the_ideas_with_the_sounding_board():
    """Seed 003 p. 19: the researchers agreed to select ideas later with a klankbordgroep still to be formed;
    p. 20: 'Gezamenlijke planvorming zijn we niet aan toegekomen'. The note said the selection was made."""
    nl = _said(_step(_route("actieonderzoek-starten").steps, "kiezen").basis.note)
    en = _said(_step(_route("actieonderzoek-starten", "en").steps, "kiezen").basis.note)
    assert "spraken de onderzoekers af" in nl and "niet aan toe" in nl and "werd de selectie" not in nl
    assert "agreed to select" in en and "did not get that far" in en and "was made later" not in en
    cited = [(p.heading, p.page) for p in _step(_route("actieonderzoek-starten").steps, "kiezen").basis.passages]
    assert ("Gezamenlijke planvorming zijn we niet aan toegekomen", 20) in cited


def test_the_cimo_sentence_closes_the_diagnosis_in_assen_and_becomes_the_plan_by_our_choice():
    """Seed 003 pp. 15, 18, 20, 22: each diagnosis ends 'We vatten het samen in de volgende CIMO-formulering'."""
    for language, says in (("nl", ("sloot elke diagnose af", "eigen keuze")),
                           ("en", ("each diagnosis ended", "our choice"))):
        step = _step(_route("actieonderzoek-starten", language).steps, "actieplan")
        assert all(part in _said(step.basis.note) for part in says), step.basis.note
        assert "We vatten het samen in de volgende CIMO-formulering" in [p.heading for p in step.basis.passages]


def test_the_pairs_question_asks_for_each_pairs_top_opportunity_not_every_list():
    assert _step(_route("actieonderzoek-starten").steps, "tweetallen").question == \
        "Welke kans staat bij elk tweetal bovenaan?"
    assert "top of each pair's list" in _step(_route("actieonderzoek-starten", "en").steps, "tweetallen").question


def test_the_example_step_talks_about_the_cards_own_questions():
    """The four cards ask their own questions ('Wat doet de jongerenwerker hier, en wat doet de danser?'); the
    step once put two other questions after a colon as if they were the card's."""
    nl = _said(_werkvorm("bestuurders-aan-tafel").steps[1].instruction)
    en = _said(_werkvorm("bestuurders-aan-tafel", "en").steps[1].instruction)
    assert "de vragen op de kaart" in nl and "wat raakt je" not in nl
    assert "the questions on the card" in en and "what strikes you" not in en


def test_the_round_of_names_leaves_the_group_question_until_after_the_round():
    """Seed 003 Bijlage 2: 'Hebben jullie het onderling wel eens over ...' was asked of two councillors together;
    here it goes to the whole table after the round, with its own minutes."""
    for language, after, talk in (("nl", "Daarna samen:", "praten"), ("en", "Then together:", "talk")):
        step = _werkvorm("bestuurders-aan-tafel", language).steps[0]
        round_part, _, together = _said(step.instruction).partition(after)
        assert together and talk in together and talk not in round_part
        assert step.minutes == 4 and step.minutes_per_person == 1


def test_the_policy_tips_are_credited_to_an_lkca_presentation_and_funders_are_asked_too():
    """Seed 004 'Samenwerken... Hoe dan?': the tips (combinatiefunctionaris, pilots, a paragraph on culture in
    the policy papers) come from an LKCA presentation, and the werkvorm invites financiers."""
    nl = _said(_werkvorm("bestuurders-aan-tafel").steps[5].instruction)
    en = _said(_werkvorm("bestuurders-aan-tafel", "en").steps[5].instruction)
    assert "Tips uit een LKCA-presentatie" in nl and "beleidsmaker of financier" in nl
    assert "Tips from an LKCA presentation" in en and "policy maker or funder" in en


def test_the_english_werkvorm_says_social_care_and_welfare_not_the_social_domain():
    """'Sociaal domein' is glossed once as 'social care and welfare (the Dutch ‘sociaal domein’)', then used
    as that phrase; no calque, no second term."""
    template = _werkvorm("bestuurders-aan-tafel", "en")
    texts = _said(" ".join([s.instruction for s in template.steps] + [s.basis.note for s in template.steps]))
    assert "social domain" not in texts and "social affairs" not in texts and "social-domain" not in texts
    assert "social care and welfare (the Dutch 'sociaal domein')" in texts


def test_a_boundary_object_step_asks_for_a_few_examples_and_an_object_laid_ready():
    """The card's own task has everyone speak about an object on the table; a round of everyone's own example
    does not fit two minutes. The facilitator lays an object ready and types each idea in as a card."""
    for language, examples, ready, types in (
            ("nl", "één of twee voorbeelden", "voorwerp", "De begeleider typt elk idee in als kaart"),
            ("en", "one or two examples", "object", "The facilitator enters each idea as a card")):
        template = _werkvorm("grensobjecten-maken", language)
        first = _said(template.steps[0].instruction)
        assert examples in first and ready in _said(template.description)
        assert "ieders voorbeeld" not in template.steps[0].basis.note
        assert "everyone's example" not in template.steps[0].basis.note
        assert types in _said(template.steps[2].instruction)


def test_the_english_axis_step_says_where_the_board_shows_who_decides():
    template = _werkvorm("praktijk-op-de-as", "en")
    now = _said(template.steps[1].instruction)
    assert "Under each zone's name you can see who decides there, according to the guide" in now
    assert "world of systems" not in template.steps[0].basis.note
    assert "(leefwereld)" in template.steps[0].basis.note and "(systeemwereld)" in template.steps[0].basis.note


def test_part_two_reads_back_one_sentence_per_tip_in_the_time_it_has():
    for language, says in (("nl", "Lees per tip één zin voor"), ("en", "For each tip, read out one sentence")):
        step = next(s for s in _werkvorm("zeven-verandertips", language).steps if s.part == 2)
        assert says in _said(step.instruction) and step.minutes == 3


@pytest.mark.parametrize("language, words", [("nl", ("papier", "post-its", "voorwerp")),
                                             ("en", ("paper", "sticky notes", "object"))])
def test_a_werkvorm_whose_cards_ask_for_drawing_or_writing_says_what_to_lay_ready(language, words):
    """Tasks such as 'Teken een moestuin' or 'Zet op een tijdlijn' need paper and pens: each werkvorm that
    deals a card task says in its description what the facilitator prepares."""
    from reflectiespel.core.templates import load_template

    suffix = ".en.yaml" if language == "en" else ".yaml"
    needing = {"bestuurders-aan-tafel", "grensobjecten-maken", "knelpunten-en-kansen", "vijf-bouwstenen",
               "zeven-verandertips"}
    for path in sorted((builtin_decks_dir() / "werkvormen").glob(f"*{suffix}")):
        if language == "nl" and path.name.endswith(".en.yaml"):
            continue
        template = load_template(path)
        tasks = any(s.kind in ("cards", "tips", "boundary-objects") and s.deck and not s.vote_budget
                    for s in template.steps)
        assert tasks == (template.id in needing), template.id
        if tasks:
            assert words[0] in _said(template.description), template.id
    assert words[1] in _said(_werkvorm("zeven-verandertips", language).description)
    assert words[2] in _said(_werkvorm("grensobjecten-maken", language).description)


def test_the_dancing_and_drawing_advice_cites_building_block_five_and_the_question_stays_ours():
    for language, ours in (("nl", "De vraag zelf is onze keuze"), ("en", "The question itself is our choice")):
        step = _werkvorm("wat-is-belangrijk", language).steps[3]
        assert not step.basis.own
        assert [(p.seed, p.heading) for p in step.basis.passages] == [
            ("001", "Vaardigheden en attitude van betrokkenen")]
        assert ours in _said(step.basis.note)


def test_a_conversation_about_health_promises_no_names_and_advises_an_anonymous_session():
    for language, promise, anonymous in (("nl", "De begeleider schrijft geen namen", "'Anoniem'"),
                                         ("en", "The facilitator won't write names", "'Anonymous'")):
        template = _werkvorm("wat-is-belangrijk", language)
        assert promise in _said(template.steps[0].instruction) and anonymous in _said(template.description)
    english = _said(" ".join(s.instruction for s in _werkvorm("wat-is-belangrijk", "en").steps))
    assert "pair or trio" in english and "pair or three" not in english
    assert "Swap over in good time" in english and "Swap in time" not in english


def test_the_reflection_card_round_names_the_task_its_minutes_include():
    """eigen-spelregels asks a 15-minute task; the 21 minutes of the round include it."""
    assert "doe dan samen de opdracht" in _step(_route("actieonderzoek-terugkijken").steps, "reflectie").explanation
    assert "do the task together" in _step(_route("actieonderzoek-terugkijken", "en").steps, "reflectie").explanation


def test_in_the_middle_of_the_axis_people_decide_together():
    """Seed 000: 'Niet één domein of professional bepaalt, maar mensen bepalen samen'."""
    nl = _said(_step(_route("beginnen-met-samenwerken").steps, "as").explanation)
    en = _said(_step(_route("beginnen-met-samenwerken", "en").steps, "as").explanation)
    assert "waar mensen samen bepalen" in nl and "waar jullie samen bepalen" not in nl
    assert "where people decide together" in en and "where you decide together" not in en


def test_the_mid_point_board_step_says_what_the_board_shows_of_last_time():
    """The board brings back last time's practice once the team opened last time's file, and the old place
    stays as a faint ghost with an arrow when it moves (tests/ui/test_together.py); it is not 'light grey'."""
    nl = _said(_step(_route("tussentijds-evalueren").steps, "as").explanation)
    en = _said(_step(_route("tussentijds-evalueren", "en").steps, "as").explanation)
    assert "lichtgrijs" not in nl and "vaag zichtbaar" in nl and "geopend" in nl
    assert "light grey" not in en and "faintly visible" in en and "open last time's file" in en
    note = _step(_route("tussentijds-evalueren", "en").steps, "resultaten").basis.note
    assert "carries through to people, practices and policy" in _said(note) and "works through in" not in note


def test_the_english_board_names_the_social_care_or_welfare_professional():
    from reflectiespel.core.boarddef import load_default_board

    means = next(z for z in load_default_board("en").zones if z.id == "middel")
    assert means.lines[2] == "the social care or welfare professional decides"
