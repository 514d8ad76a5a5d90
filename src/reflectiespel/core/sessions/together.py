"""What a guided reflection ("Samen reflecteren") keeps in its session file besides the steps.

A route (core/routes/routes.py) becomes an ordinary Session; this model rides along in
``Session.together`` so a paused reflection resumes at the same step and the same speaker, knows
each step's closing question, and remembers what it compared with. Models only: no Qt, no files,
and no import of core/session (the session imports this module).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..base.i18n import QT_TRANSLATE_NOOP, translate
from .stepkinds import DEFAULT_ROUTE_KIND, ROUTE_KINDS
from .turns import TurnState

# the kinds of a route's steps come from the one registry (core/sessions/stepkinds.py)
ROUTE_STEP_KINDS: tuple[str, ...] = tuple(ROUTE_KINDS)
RouteStepKind = Literal[ROUTE_STEP_KINDS]  # type: ignore[valid-type]

Status = Literal["open", "done", "dropped"]
STATUS_NAMES = {"open": QT_TRANSLATE_NOOP("AgreementStatus", "Nog open"),
                "done": QT_TRANSLATE_NOOP("AgreementStatus", "Gedaan"),
                "dropped": QT_TRANSLATE_NOOP("AgreementStatus", "Vervallen")}


def status_name(status: str) -> str:
    """'Gedaan' / 'Done': an agreement's status in the current language."""
    return translate("AgreementStatus", STATUS_NAMES[status]) if status in STATUS_NAMES else status


class RunModel(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class RunStep(RunModel):
    kind: RouteStepKind
    question: str = Field("", max_length=1000, description="De slotvraag van de stap")
    snapshot: str | None = Field(None, max_length=100, description="Naam van de vastgelegde positie (bordstap)")


class EarlierPosition(RunModel):
    token: str = Field(description="Naam van de praktijk")
    perspective: str = Field("", description="Wie hem zo plaatste; leeg: de hele groep")
    x: float = Field(ge=0.0, le=1.0)
    y: float = Field(ge=0.0, le=1.0)


class EarlierChoice(RunModel):
    person: str
    cards: list[str] = Field(default_factory=list, description="Titels van de gekozen kaarten")


class EarlierSummary(RunModel):
    """What the team had last time, copied in so the comparison survives a moved or lost file."""

    title: str = ""
    date: str = ""
    path: str = ""
    positions: list[EarlierPosition] = Field(default_factory=list)
    values: list[EarlierChoice] = Field(default_factory=list)
    agreements: int = Field(0, ge=0, description="Hoeveel afspraken er toen openstonden")


class TogetherRun(RunModel):
    route_id: str
    route_title: str = ""
    steps: dict[str, RunStep] = Field(default_factory=dict, description="stap id -> soort en slotvraag")
    turn: TurnState = Field(default_factory=TurnState)
    turn_place: str = Field("", description="'stap id/kaartnummer' van de ronde die nu loopt")
    answers: dict[str, str] = Field(default_factory=dict, description="stap id -> id van de notitie met het antwoord")
    earlier: EarlierSummary | None = None
    carried: list[str] = Field(default_factory=list, description="ids van de afspraken van vorige keer")
    finished: bool = False

    def kind(self, step_id: str) -> str:
        step = self.steps.get(step_id)
        return step.kind if step else DEFAULT_ROUTE_KIND

    def question(self, step_id: str) -> str:
        step = self.steps.get(step_id)
        return step.question if step else ""
