"""The one place that knows the kinds of step: what each kind does, and what it is called.

A session step's ``kind`` (core/sessionparts.Step) is a key of KINDS; a route step's kind
(Samen reflecteren, core/routes/routes.py and core/together.RunStep) a key of ROUTE_KINDS. Code never
compares kind names: it asks the entry what the step does, ``kind_of(step).board``,
``route_kind(run.kind(step.id)).turns``. A new kind that behaves like the existing ones is then one
entry here (and a version bump, below); docs/architecture.md "Adding a step kind" lists the files.

The session format is tied to this table: every kind says in which format version it appeared
(``since``), the newest is the format version itself (tests/core/test_stepkinds.py), and a file
of an older version may hold only the kinds that version knew (core/sessions/storage.py refuses others).
Plain data, no Qt; the names are Dutch, marked for the catalogue and said with ``title()``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..base.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Kind:
    """A kind of session step. The flags say what the step does, and so who reads them:

    - ``cards``: shows cards of a deck, one at a time (console, projection, phones, report).
    - ``reading``: each card is read aloud and worked through; core/sessions/timing.py checks a werkvorm's
      minutes against its cards.
    - ``values``: what people choose are their values: Samen reflecteren compares them with last time
      (core/sessions/compare.py) and the summary lists them (core/routes/guide.py).
    - ``board``: the social-artistic axis board: the console shows the editable board, the projection
      shows it as the picture, phones place practices, the step may continue an earlier board
      (``board_from``, core/sessions/templates.py and Session.go_to).
    - ``phone_votes``: phones may vote on the step's cards (live/hub.py tells the phone page).
    - ``collects``: what the room sends in this step besides notes, votes and choices (issue #29):
      "words" (a word cloud, core/input/wordcloud.py), "ideas" (an idea wall, core/input/ideas.py), "ratings" (a
      rating scale, core/input/ratings.py); "" for none. The console's input tab, the projection, the phones,
      the report and the exports show the step's input by this value.
    """

    key: str
    name: str  # Dutch; title() says it in the current language
    since: int = 1  # the session format version in which this kind appeared
    cards: bool = False
    reading: bool = False
    values: bool = False
    board: bool = False
    phone_votes: bool = True
    collects: str = ""

    def title(self) -> str:
        return translate("StepKind", self.name)


@dataclass(frozen=True)
class RouteKind:
    """A kind of step in a route of Samen reflecteren; it becomes a session step of ``session_kind``.

    - ``cards``: needs a deck (``deck`` in the route file); ``deals``: deals ``deal`` cards, one round
      each (else all the step's cards at once); ``choose``: each person chooses up to ``max_choices``.
    - ``turns``: everyone speaks in turn (core/routes/guide.py keeps the turn, phones show whose turn it is).
    - ``board``, ``agreements``, ``compare``: the step's own part on the team's screen (ui/together).
    - ``body``: which part the team's screen shows ("cards", "values", "board", "agreements",
      "compare" or "" for none: the explanation only).
    """

    key: str
    name: str  # Dutch; title() says it in the current language
    session_kind: str
    body: str = ""
    cards: bool = False
    deals: bool = False
    choose: bool = False
    turns: bool = False
    board: bool = False
    agreements: bool = False
    compare: bool = False

    def title(self) -> str:
        return translate("RouteStepKind", self.name)


# In the order messages list them; the step dialog shows the default first.
KINDS: dict[str, Kind] = {kind.key: kind for kind in (
    Kind("cards", QT_TRANSLATE_NOOP("StepKind", "Kaarten laten zien"), cards=True, reading=True),
    Kind("values", QT_TRANSLATE_NOOP("StepKind", "Waarden kiezen"), cards=True, values=True),
    Kind("tips", QT_TRANSLATE_NOOP("StepKind", "Verandertips"), cards=True, reading=True),
    Kind("boundary-objects", QT_TRANSLATE_NOOP("StepKind", "Eigen grensobjecten maken"), cards=True, reading=True),
    Kind("board", QT_TRANSLATE_NOOP("StepKind", "De sociaal-artistieke as"), board=True, phone_votes=False),
    Kind("free", QT_TRANSLATE_NOOP("StepKind", "Gesprek zonder kaart")),
    Kind("wordcloud", QT_TRANSLATE_NOOP("StepKind", "Woordwolk"), since=2, phone_votes=False, collects="words"),
    Kind("rating", QT_TRANSLATE_NOOP("StepKind", "Schaal van 0 tot 10"), since=2, phone_votes=False,
         collects="ratings"),
    Kind("ideas", QT_TRANSLATE_NOOP("StepKind", "Ideeënmuur"), since=2, phone_votes=False, collects="ideas"),
)}

ROUTE_KINDS: dict[str, RouteKind] = {kind.key: kind for kind in (
    RouteKind("explain", QT_TRANSLATE_NOOP("RouteStepKind", "Uitleg"), "free"),
    RouteKind("card-round", QT_TRANSLATE_NOOP("RouteStepKind", "Kaartronde"), "cards", body="cards",
              cards=True, deals=True, turns=True),
    RouteKind("choose-values", QT_TRANSLATE_NOOP("RouteStepKind", "Waarden kiezen"), "values", body="values",
              cards=True, choose=True, turns=True),
    RouteKind("board", QT_TRANSLATE_NOOP("RouteStepKind", "Op de as"), "board", body="board", board=True),
    RouteKind("agreements", QT_TRANSLATE_NOOP("RouteStepKind", "Afspraken"), "free", body="agreements",
              agreements=True),
    RouteKind("compare", QT_TRANSLATE_NOOP("RouteStepKind", "Vergelijken met vorige keer"), "free", body="compare",
              compare=True),
)}

DEFAULT_KIND = "free"  # a step without a kind of its own (a break, a step added by hand)
DEFAULT_ROUTE_KIND = "explain"  # a route step the run does not know


def kind_of(step_or_key) -> Kind:
    """The entry for a session step (anything with ``.kind``) or a kind's key; an unknown key (never in a
    checked session) is treated as a free conversation."""
    key = getattr(step_or_key, "kind", step_or_key)
    return KINDS.get(key) or KINDS[DEFAULT_KIND]


def route_kind(key: str) -> RouteKind:
    """The entry for a route step's kind; an unknown key is an explanation only."""
    return ROUTE_KINDS.get(key) or ROUTE_KINDS[DEFAULT_ROUTE_KIND]


def kinds_in_version(version: int) -> tuple[str, ...]:
    """The session step kinds a file of this format version may hold."""
    return tuple(key for key, kind in KINDS.items() if kind.since <= version)


def newest_version() -> int:
    """The format version of the newest kind; the session format version is at least this."""
    return max(kind.since for kind in KINDS.values())
