"""What the room sends in the step kinds of issue #29 (word cloud, idea wall, rating scale), as parts of a
session step, and where each input came from.

Every input remembers ``via``: "phone" (sent from a phone in the room) or "console" (entered by the
facilitator for someone without a phone, or for the group). Tallies never look at it; the console and the
report mark what the facilitator entered, and the engagement count per step splits phones from the console.
``released`` is for a screened step (``Step.screen``): input reaches the facilitator first and is on the
projection (and on other phones) only once released.

core/sessions/sessionparts.py imports this module (its Step holds these parts); both build on core/sessions/sessionfields.py.
The operations that change them are in core/input/wordcloud.py, core/input/ideas.py and core/input/ratings.py.
"""

from __future__ import annotations

from datetime import date as Date, datetime
from pydantic import Field

from .sessionfields import Id, Line, PlainText, SessionModel, Via, new_id, now

PHONE, CONSOLE = "phone", "console"
MAX_WORD = 40  # characters in one word or short phrase of a word cloud
MAX_WORDS = 10  # a step may let each person send at most this many words (3 by default)
DEFAULT_WORDS = 3
MAX_IDEA = 280  # characters in one idea: a sticky note, not a letter
MAX_IDEAS, DEFAULT_IDEAS = 20, 5  # ideas one person may post in a step
SCALE_MIN, SCALE_MAX = 0, 10
MAX_ROWS = 12  # questions on one rating scale: what a room (and a spider web) can still read


class Word(SessionModel):
    """One word (or short phrase) someone sent to a word cloud."""

    id: Id = Field(default_factory=lambda: new_id("wd"))
    text: Line = Field(min_length=1, max_length=MAX_WORD)
    participant_id: Id | None = None
    time: datetime = Field(default_factory=now)
    via: Via | None = Field(None, description="phone: van een telefoon; console: ingevoerd door de begeleider")
    released: bool = Field(True, description="Bij een stap met 'eerst langs de begeleider': al vrijgegeven")


class WordCloud(SessionModel):
    """A step's word cloud: the words as sent, and the facilitator's merges, hidden words and splits.

    Words are counted under their *key* (core/input/wordcloud.py ``word_key``: lower case, without accents);
    ``merged`` maps a key to the key it is counted under, ``hidden`` keys stay off the projection,
    ``split`` keys of a phrase are counted per word."""

    words: list[Word] = Field(default_factory=list)
    max_words: int = Field(DEFAULT_WORDS, ge=1, le=MAX_WORDS, description="Woorden per deelnemer in deze stap")
    merged: dict[str, str] = Field(default_factory=dict, description="sleutel -> sleutel waaronder hij telt")
    hidden: list[str] = Field(default_factory=list, description="sleutels die niet op het scherm komen")
    split: list[str] = Field(default_factory=list, description="sleutels van zinnetjes die per woord tellen")


class Idea(SessionModel):
    """One idea on an idea wall. Upvotes are the step's votes (``Step.votes``, target = the idea's id)."""

    id: Id = Field(default_factory=lambda: new_id("i"))
    text: PlainText = Field(min_length=1, max_length=MAX_IDEA)
    participant_id: Id | None = None
    time: datetime = Field(default_factory=now)
    via: Via | None = Field(None, description="phone: van een telefoon; console: ingevoerd door de begeleider")
    released: bool = Field(True, description="Bij een stap met 'eerst langs de begeleider': al vrijgegeven")
    pinned: bool = Field(False, description="Vastgepind door de begeleider")
    hidden: bool = Field(False, description="Verborgen door de begeleider (blijft bewaard)")
    merged_into: Id | None = Field(None, description="Samengevoegd met dit idee (id); de stemmen tellen daar")


class IdeaWall(SessionModel):
    """A step's idea wall: the ideas, and whether the projection shows only the pinned ones."""

    ideas: list[Idea] = Field(default_factory=list)
    only_pinned: bool = Field(False, description="Alleen vastgepinde ideeën op de projectie")
    max_ideas: int = Field(DEFAULT_IDEAS, ge=1, le=MAX_IDEAS, description="Ideeën per deelnemer in deze stap")


class Screen(SessionModel):
    """Screened input (issue #29.3): what the projection and what the phones show are separate switches.

    ``screened``: what phones send (words, ideas) reaches the facilitator first and is on the projection,
    and on the other phones, only once released (core/input/screening.py). The facilitator's own input is there
    at once. ``counts_on_projection`` and ``counts_on_phones``: the running counts (a word's size, an
    idea's votes, a scale's marks) are shown, or kept until the reveal. ``items_on_phones``: phones see
    what the others sent (released), or only their own."""

    screened: bool = Field(False, description="Invoer komt eerst bij de begeleider; op het scherm pas na "
                                              "vrijgeven")
    counts_on_projection: bool = Field(True, description="Tussenstand (aantallen, stemmen, cijfers) op de "
                                                         "projectie")
    counts_on_phones: bool = Field(True, description="Tussenstand op de telefoons")
    items_on_phones: bool = Field(True, description="Telefoons zien wat anderen stuurden (vrijgegeven)")


class RatingRow(SessionModel):
    """One question of a rating scale ('Lichaamsfuncties', '1. Kennis over elkaars domein en werk')."""

    id: Id = Field(default_factory=lambda: new_id("r"))
    text: Line = Field(min_length=1, max_length=200)


class Rating(SessionModel):
    """One person's mark on one row, 0 to 10."""

    participant_id: Id
    row: Id = Field(description="id van de rij (RatingRow.id)")
    value: int = Field(ge=SCALE_MIN, le=SCALE_MAX)
    via: Via | None = Field(None, description="phone: van een telefoon; console: ingevoerd door de begeleider")
    time: datetime = Field(default_factory=now)


class RatingsBefore(SessionModel):
    """The same rows last time with this group: where the marks were then (core/input/ratings.py last_time)."""

    title: Line = Field("", max_length=300)
    date: Date | None = None
    path: str = Field("", max_length=4096)
    values: dict[str, list[int]] = Field(default_factory=dict, description="rij-id -> de cijfers van toen")


class RatingScale(SessionModel):
    """A step's rating scale: the rows (questions), everyone's marks, and last time's marks."""

    rows: list[RatingRow] = Field(default_factory=list, max_length=MAX_ROWS)
    ratings: list[Rating] = Field(default_factory=list)
    before: RatingsBefore | None = None


__all__ = ["Via", "PHONE", "CONSOLE", "MAX_WORD", "MAX_WORDS", "DEFAULT_WORDS", "MAX_IDEA", "SCALE_MIN",
           "SCALE_MAX", "MAX_ROWS", "MAX_IDEAS", "DEFAULT_IDEAS", "Word", "WordCloud", "Idea", "IdeaWall", "Screen", "RatingRow", "Rating", "RatingsBefore", "RatingScale"]
