"""Where a built-in text rests in the sources: a passage (publication, heading, page), or our own suggestion.

Cards, werkvorm steps, route steps and the board's zones carry a `basis` field: a list of passages. A text
that rests on no passage says `own: true` instead (our own suggestion). The facilitator pages in
docs/decks/ show the passages; tests/core/test_passages.py checks that every cited heading stands in the
source text when the source documents are at hand.

The source documents are known by a short key (the first three characters of their file name in
shared/seeds). The key never reaches a user: `publication()` names the publication instead.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..base.i18n import translate

SeedKey = Literal["000", "001", "002", "003", "004"]

# What each source document is, as a reader would cite it (the same titles the decks' `source` fields use).
PUBLICATIONS: dict[str, str] = {
    "000": "Figdor & Lankester (2026), handreiking van Cultuur Oost over domeinoverstijgend samenwerken met cultuur",
    "001": "Goossens, L. & Poll, J. (LKCA), presentatie 'Hoe doen we het samen (goed?)'",
    "002": "LKCA (z.j.), Hoe doen we het samen (goed)? Samenwerking tussen cultuur, zorg en welzijn in gemeentelijk beleid",
    "003": "Poll, Ton & Valkenburg (2024), Hoe doen we het samen (goed)? Actieonderzoek gemeente Assen, LKCA",
    "004": "Smit, I. (LKCA, z.j.), presentatie over samenwerken tussen cultuur en welzijn",
}


class Passage(BaseModel):
    """One place in a source: which document, the heading as it stands there, and the page if it has one."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True, defer_build=True)

    seed: SeedKey = Field(description="Welk brondocument: 000 (handreiking), 001, 002, 004 (LKCA) of 003 (Assen)")
    heading: str = Field(min_length=1, description="Kop of kernwoorden zoals ze in de bron staan")
    page: int | None = Field(None, ge=1, description="Paginanummer, als de bron dat heeft")

    def cite(self) -> str:
        """'Figdor & Lankester (2026) …, "Verandertips voor beleid en praktijk", p. 12' for a facilitator page."""
        page = f", p. {self.page}" if self.page else ""
        return f"{PUBLICATIONS[self.seed]}: “{self.heading}”{page}"


class Basis(BaseModel):
    """What a text rests on: one or more passages, or our own suggestion (never both, never neither)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True, defer_build=True)

    passages: list[Passage] = Field(default_factory=list, description="De passages waarop de tekst steunt")
    own: bool = Field(False, description="true: ons eigen voorstel, niet uit de bronnen")
    note: str = Field("", description="Korte toelichting voor de begeleider (optioneel)")

    @model_validator(mode="after")
    def _passages_or_own(self) -> Basis:
        if self.own and self.passages:
            raise ValueError(translate("Validators", "noem passages of zet own: true (eigen voorstel), niet allebei"))
        if not self.own and not self.passages:
            raise ValueError(translate("Validators", "noem minstens één passage, of zet own: true (eigen voorstel)"))
        return self


def normalise(text: str) -> str:
    """Lower case, markup and line breaks gone, one space between words: how headings are looked up."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("\u00ad", "").replace("-\n", "")
    return " ".join(re.sub(r"[^\w€%]+", " ", text.lower()).split())


def heading_in(source_text: str, heading: str) -> bool:
    """Does the heading stand in the source text (case, punctuation and line breaks aside)?"""
    return normalise(heading) in normalise(source_text)
