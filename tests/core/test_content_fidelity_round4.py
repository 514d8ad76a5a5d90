"""Review round 4 of the decks vijf-bouwstenen, knelpunten-en-kansen and praktijkvoorbeelden (issue #23): the
factual fixes a later edit could undo, each checked against the passage the reviewer pointed to, in both
languages."""

from __future__ import annotations

import re

import pytest

from contenttext import both_languages, said


@pytest.fixture(scope="module")
def decks():
    """(Dutch, English) per deck id."""
    return both_languages()


def cited(card) -> list[tuple[str, str, int | None]]:
    return [(p.seed, p.heading, p.page) for p in card.basis.passages]


# --- vijf-bouwstenen ---------------------------------------------------------------------------------

def test_six_tips_for_policy_show_six_tips_and_say_they_are_six_of_seven(decks):
    """Seed 004 'Beleidsniveau' has seven bullets; 'Faciliteer thematische netwerken' and 'Faciliteer ontmoeting,
    kennisdeling en inspiratie' are two of them, so the card names both and says it leaves one out."""
    nl, en = (deck.card("tips-voor-beleid") for deck in decks("vijf-bouwstenen"))
    assert nl.title == "Zes van de zeven tips voor beleid" and en.title == "Six of the seven tips for policy"
    assert len(re.findall(r"[.!?](?:\s|$)", nl.text)) == 6 and len(re.findall(r"[.!?](?:\s|$)", en.text)) == 6
    assert "thematische netwerken" in nl.text and "ontmoeting en kennis" in said(nl.text)
    assert "thematic networks" in en.text and "meet and share" in said(en.text) and "meeting places" not in en.text


def test_the_combinatiefunctionaris_is_explained_as_the_assen_report_explains_the_culture_coach(decks):
    """No seed defines the combinatiefunctionaris; seed 003 footnote 2 (p. 12) says the cultuurcoach 'verbindt
    cultuur met andere sectoren'. The card says that, cites it, and says the explanation is ours."""
    for card, words in zip((d.card("tips-voor-beleid") for d in decks("vijf-bouwstenen")),
                           ("cultuur verbindt met andere sectoren", "links culture with other sectors")):
        assert words in said(card.text) and "baan tussen" not in card.text and "spans two" not in card.text
        assert ("003", "De cultuurcoach stimuleert deelname aan cultuur, verbindt cultuur met andere sectoren",
                12) in cited(card)
    assert "onze uitleg" in decks("vijf-bouwstenen")[0].card("tips-voor-beleid").basis.note


def test_the_unknown_is_unloved_not_distrusted(decks):
    """Seed 002: 'onbekend maakt onbemind'."""
    nl, en = (deck.card("ken-elkaars-werk").text for deck in decks("vijf-bouwstenen"))
    assert "waardeer je minder snel" in said(nl) and "vertrouw" not in nl
    assert "don't value what they don't know" in said(en) and "trust" not in en


def test_each_domain_has_its_own_money_only_with_the_passage_that_says_so(decks):
    """Seed 002 names 'eigen dynamiek en spelregels', not money; seed 004 'Cultuurverschillen tussen sectoren'
    names 'andere financieringsstromen' and 'verschillende manieren van werken'."""
    for card in (deck.card("eigen-spelregels") for deck in decks("vijf-bouwstenen")):
        assert ("004", "Cultuurverschillen tussen sectoren", None) in cited(card)
        assert "tempo" not in card.text and "pace" not in card.text


def test_a_collaboration_can_fall_over_when_its_key_person_leaves_with_the_report_behind_it(decks):
    """Seed 003 'Randvoorwaarden organisatie' (p. 25): goals must not hinge on 'een enkele enthousiasteling'."""
    for card in (deck.card("niet-alles-op-een-persoon") for deck in decks("vijf-bouwstenen")):
        assert ("003", "niet van een enkele enthousiasteling afhangt", 25) in cited(card)


def test_co_creation_names_the_work_and_the_floor_tips_say_they_are_six_of_eight(decks):
    nl, en = (deck.card("tips-op-de-vloer") for deck in decks("vijf-bouwstenen"))
    assert "Ontwikkel het werk vanaf dag één" in said(nl.text) and "Maak het" not in nl.text
    assert "Develop the work with your participants" in said(en.text) and "Create it" not in en.text
    assert nl.title == "Zes van de acht tips voor de werkvloer"
    assert en.title == "Six of the eight tips for the front line"


def test_the_assen_researchers_were_the_municipalitys_own(decks):
    """Seed 003 Bijlage 1 (p. 32): every intervention was done by 'Actieonderzoekers gemeente Assen'; the two
    aldermen were for culture and for the social domain; question 2 asks two different things."""
    nl, en = (deck.card("vraag-het-de-bestuurders") for deck in decks("vijf-bouwstenen"))
    assert "de actieonderzoekers van de gemeente" in said(nl.text) and "cultuur en het sociaal domein" in said(nl.text)
    assert "the council's own action researchers" in said(en.text)
    assert "what would a link achieve" not in said(en.text)
    assert ("003", "Actieonderzoekers gemeente Assen", 32) in cited(nl) and cited(nl) == cited(en)
    assert nl.questions[1].endswith("wat wil je hem of haar meegeven?")
    assert "take away" in en.questions[1]


def test_the_process_building_block_asks_for_regular_meetings(decks):
    """Seed 002 building block 4: 'Zorg voor structurele overlegmomenten; van de eerste plannen tot de evaluatie'."""
    nl, en = (deck.card("verbind-van-begin-tot-eind").text for deck in decks("vijf-bouwstenen"))
    assert said(nl).startswith("Overleg geregeld, van het eerste plan tot de evaluatie")
    assert said(en).startswith("Meet regularly, from first plan to evaluation")


def test_an_equal_say_at_governance_level_in_plain_english(decks):
    """Seed 002: 'gelijkwaardige bestuurlijke aansturing en een gelijkwaardige opdracht'."""
    text = said(decks("vijf-bouwstenen")[1].card("gedeelde-visie").text)
    assert "an equal say at governance level and an equal remit" in text and "steer equally" not in text


def test_the_english_building_blocks_credit_the_lkca_once_as_a_knowledge_institute(decks):
    """Seed 004: 'LKCA is het landelijk kennisinstituut'; the credits card had a nested apposition."""
    en = decks("vijf-bouwstenen")[1]
    assert "knowledge institute" in en.description and "knowledge centre" not in en.description
    credits = said(en.card("over-deze-set").text)
    assert credits.startswith("The five building blocks come from a literature review: the theoretical framework "
                              "of the LKCA (the Dutch knowledge institute")
    assert "gemeentelijk beleid [municipal policy]" in " ".join(en.sources)
    assert not any("onderzoek naar domeinoverstijgende" in source for source in en.sources)  # told in English


def test_the_blank_building_block_cards_speak_to_the_group_in_title_and_text(decks):
    nl, en = decks("vijf-bouwstenen")
    assert nl.card("ik-mis-iets-1").title == "Wat mist jullie samenwerking nog?"
    assert en.card("ik-mis-iets-1").title == "What is your collaboration still missing?"
    assert "kies er één" in nl.card("zo-speel-je").text


# --- knelpunten-en-kansen ----------------------------------------------------------------------------

def test_integral_connectors_make_the_work_easier_to_hand_on_not_simply_transferable(decks):
    """Seed 000 kans 2: 'minder afhankelijk van individuen en beter overdraagbaar'."""
    nl, en = (deck.card("investeer-in-verbinders").text for deck in decks("knelpunten-en-kansen"))
    assert "makkelijker overdragen" in said(nl) and "easier to hand on" in said(en)


def test_transformative_power_leads_on_to_policy_without_a_sometimes(decks):
    """Seed 000 'Veranderkracht omschrijven wij als': '... naar resultaten en impact in de praktijk en vervolgens
    naar beleid'. Round 6 (part 2) lists the path in that order, ending with policy."""
    nl, en = (deck.card("wat-is-veranderkracht").text for deck in decks("knelpunten-en-kansen"))
    assert "bewustwording, samenwerken, resultaten, beleid." in said(nl) and "soms" not in nl
    assert "awareness, collaboration, results, policy." in said(en) and "sometimes" not in en


def test_the_shared_ambition_rises_above_the_goals_of_each_domain(decks):
    """Seed 000 core principle 1: the ambition 'overstijgt sectorale doelen en verantwoordelijkheden'."""
    nl, en = (deck.card("gedeelde-ambitie") for deck in decks("knelpunten-en-kansen"))
    assert "de doelen van elk domein apart" in said(nl.text) and "eigen domein" in nl.questions[1]
    assert "any one sector" in said(en.text) and "sector's goals" in en.questions[1]
    assert "organisation" not in en.text + en.questions[1]


def test_the_core_principles_keep_the_names_the_guide_gives_them(decks):
    """Seed 000 'Kernprincipes van de werkwijze': '2 Gelijkwaardige inzet van artistieke en sociale werkwijzen',
    '3 Gelijktijdig werken in leefwereld en systeemwereld'."""
    nl, en = decks("knelpunten-en-kansen")
    assert nl.card("sociaal-en-artistiek-gelijk").title == "2. Gelijkwaardige inzet van artistieke en sociale werkwijzen"
    assert nl.card("leefwereld-en-systeemwereld").title == "3. Gelijktijdig werken in leefwereld en systeemwereld"
    assert en.card("sociaal-en-artistiek-gelijk").title == "2. Equal use of artistic and social ways of working"
    assert en.card("leefwereld-en-systeemwereld").title == "3. Working in lifeworld and system world at once"


def test_everything_needed_is_already_there(decks):
    """Seed 000 kans 1: 'Alle noodzakelijke bouwstenen zijn al aanwezig'."""
    nl, en = (deck.card("bouw-op-wat-er-is").text for deck in decks("knelpunten-en-kansen"))
    assert said(nl).startswith("Alles wat nodig is, is er al") and said(en).startswith("Everything needed is already there")


def test_the_value_gap_card_says_what_is_paid_for_when_drawn_alone(decks):
    nl = decks("knelpunten-en-kansen")[0].card("value-gap").text
    assert said(nl).startswith("Samenwerken met cultuur wordt vooral betaald")


def test_the_tactical_level_is_policy_and_management_on_card_and_assignment(decks):
    nl, en = (deck.card("draagvlak-en-mandaat") for deck in decks("knelpunten-en-kansen"))
    assert "beleid en management" in nl.text and "beleid en management" in nl.assignment
    assert "policy and management" in en.text and "policy and management" in en.assignment


def test_cards_that_ask_about_work_under_way_are_kept_from_a_new_team(decks):
    """docs/deck-format.md: underway is for a card that asks about work already running; these ask who the
    pioneers are, where the money comes from now and what changed for a group of participants."""
    for deck in decks("knelpunten-en-kansen"):
        for card_id in ("draagvlak-en-mandaat", "pioniers-raken-op", "value-gap", "laat-zien-wat-het-oplevert"):
            assert deck.card(card_id).underway, f"{deck.language}/{card_id}"
    for deck in decks("vijf-bouwstenen"):  # 'Als je begint' cards ask what a team that starts can answer too
        for card_id in ("verbind-van-begin-tot-eind", "niet-alles-op-een-persoon", "tips-op-de-vloer"):
            card = deck.card(card_id)
            assert not card.underway and " nu " not in f" {card.questions[0]} "


def test_the_english_guide_is_about_working_across_sectors_and_names_every_part_the_cards_use(decks):
    en = decks("knelpunten-en-kansen")[1]
    sources = " ".join(en.sources)
    assert "cross-domain" not in sources and "working across sectors with culture" in sources
    assert "the social infrastructure and the social-artistic in-between space" in sources
    assert "The card 'Support and a mandate at three levels' also draws on Poll et al. (2024)" in sources
    assert en.card("pioniers-raken-op").title == "Pioneering practices run out of steam"


# --- praktijkvoorbeelden -----------------------------------------------------------------------------

def test_the_culture_coachs_tasks_each_have_a_verb(decks):
    """Seed 003 'Aandacht voor cultuurparticipatie in Assen' (p. 12): 'organiseren van naschoolse culturele
    activiteiten', 'integreren van cultuur als middel in het reguliere aanbod'."""
    nl, en = (deck.card("cultuurcoach") for deck in decks("praktijkvoorbeelden"))
    assert "naschoolse activiteiten organiseren" in said(nl.text) and "organising after-school activities" in said(en.text)
    assert "as a means" in en.text and "in dienst van" not in nl.text and "employed by" not in en.text
    assert ("003", "Aandacht voor cultuurparticipatie in Assen", 12) in cited(nl) and cited(nl) == cited(en)


def test_the_sounding_board_was_to_discuss_the_most_promising_ideas_and_felt_threatened(decks):
    """Seed 003 Interventie 3: 'een selectie maken uit kansrijke ideeën'; people 'ervoeren het actieonderzoek ...
    als bedreigend'."""
    nl, en = (deck.card("gesprek-zonder-agenda") for deck in decks("praktijkvoorbeelden"))
    assert "kansrijkste ideeën" in said(nl.text) and "als een bedreiging" in said(nl.text) and "beste" not in nl.text
    assert "most promising ideas" in said(en.text) and "threatened" in en.text and "best ideas" not in en.text
    assert "bedreiging" in nl.questions[1] and "threat" in en.questions[1]


def test_the_process_facilitator_offered_to_prepare_a_separate_meeting(decks):
    """Seed 003 Interventie 4, Resultaten (p. 22): a process facilitator proposed 'een aparte bijeenkomst' and
    to prepare it together; 'tijd, geduld en diverse gesprekken' is in the reflection (p. 23)."""
    nl, en = (deck.card("het-overleg-liep-anders") for deck in decks("praktijkvoorbeelden"))
    assert "aparte bijeenkomst voor te bereiden" in said(nl.text) and "hulp aan" not in nl.text
    assert "prepare a separate meeting" in said(en.text)
    assert ("003", "Resultaten", 22) in cited(nl) and ("003", "tijd, geduld en diverse gesprekken nodig zijn", 23) in cited(en)


def test_corpo_maquina_is_told_as_a_project_that_ran(decks):
    """Seed 004 presents the funded project of some years ago."""
    nl, en = (deck.card("corpo-maquina") for deck in decks("praktijkvoorbeelden"))
    assert "werkten samen" in said(nl.text) and "werken samen" not in nl.text and "deed" in nl.questions[0]
    assert "worked with" in said(en.text) and "did" in en.questions[0]


def test_the_assen_passages_give_the_page_they_stand_on(decks):
    """The reviewer asked for pages; checked against the contents of seed 003 and where each sentence stands."""
    for deck in decks("praktijkvoorbeelden"):
        pages = {heading: page for card in deck.cards if card.basis for _seed, heading, page in cited(card)}
        assert pages["een man met dementie in de dagopvang"] == 18 and pages["Preventiefonds"] == 16
        assert pages["Wandelingen met stadsdichter"] == 35 and pages["bij wijze van pilot aangesteld"] == 12


def test_the_two_talks_with_aldermen_ask_for_different_work(decks):
    """Twin assignments: vijf-bouwstenen has the group write open questions for a decision-maker; the Assen card
    about the networking event has it find an existing moment, as Assen did (p. 25: 'Benut al bestaande
    netwerken')."""
    for language in (0, 1):
        policy = decks("vijf-bouwstenen")[language].card("vraag-het-de-bestuurders").assignment
        practice = decks("praktijkvoorbeelden")[language].card("wethouders-aan-tafel")
        assert ("vijf open vragen" in policy) or ("five open questions" in policy)
        assert "open vragen" not in practice.assignment and "open questions" not in practice.assignment
        assert ("003", "Benut al bestaande netwerken", 25) in cited(practice)
