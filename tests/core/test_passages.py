"""The passage model that cards, steps and zones cite: headings are found in the source text whatever its
line breaks, case or markup; an unknown source or an empty heading is refused."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from reflectiespel.core.decks.passages import PUBLICATIONS, Basis, Passage, heading_in


def test_a_heading_is_found_across_line_breaks_case_and_markup():
    source = "3 Interventie 1\n<b>Gesprekken met</b>\nbestuurders   15\n"
    assert heading_in(source, "Gesprekken met bestuurders")
    assert heading_in(source, "gesprekken MET Bestuurders")
    assert not heading_in(source, "Gesprekken met beleidsmakers")


def test_a_passage_names_its_publication_never_its_file_key():
    cited = Passage(seed="003", heading="Diagnose", page=15).cite()
    assert "Assen" in cited and "Diagnose" in cited and "p. 15" in cited
    assert "003" not in cited


def test_unknown_sources_and_empty_headings_are_refused():
    with pytest.raises(ValidationError):
        Passage(seed="009", heading="x")
    with pytest.raises(ValidationError):
        Passage(seed="000", heading="  ")
    with pytest.raises(ValidationError):
        Basis(passages=[], own=False, extra=1)


def test_every_source_key_has_a_publication():
    assert set(PUBLICATIONS) == {"000", "001", "002", "003", "004"}


def test_a_basis_is_passages_or_our_own_never_both_and_never_neither():
    passage = Passage(seed="000", heading="Grenswerk en boundary spanning")
    assert Basis(passages=[passage]).passages == [passage]
    assert Basis(own=True, note="ons voorstel").own
    with pytest.raises(ValidationError, match="niet allebei"):
        Basis(passages=[passage], own=True)
    with pytest.raises(ValidationError, match="minstens één passage"):
        Basis()
