"""The social-artistic axis board as data: where practices stand, seen by whom, and how they move.

Positions are normalized: x from 0 (kunst als middel) to 1 (kunst als doel), y from 0 (one party
steers) to 1 (shared steering). They do not depend on window size, screen or resolution.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class BoardModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Token(BoardModel):
    """A practice the group places on the board."""

    id: str
    name: str = Field(min_length=1)
    colour: str = "#d35400"


class Placement(BoardModel):
    """Where one perspective (a participant, a domain, or the whole group: '') puts a token."""

    token_id: str
    perspective: str = ""
    x: float = Field(ge=0.0, le=1.0)
    y: float = Field(ge=0.0, le=1.0)


class Snapshot(BoardModel):
    """A named moment ('begin', 'nu', 'straks') with the positions of that moment."""

    name: str = Field(min_length=1)
    taken: datetime
    placements: list[Placement] = Field(default_factory=list)
    reasons: dict[str, str] = Field(default_factory=dict, description="token id -> waarom het schoof")


class BoardState(BoardModel):
    """What a session keeps of the board in one step."""

    tokens: list[Token] = Field(default_factory=list)
    placements: list[Placement] = Field(default_factory=list)
    snapshots: list[Snapshot] = Field(default_factory=list)
