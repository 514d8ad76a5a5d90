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

    reasons: dict[str, str] = Field(
        default_factory=dict,
        description="placement key -> waarom het schoof, sinds de laatste vastgelegde positie")

    # -- small named operations the UI calls (Anki style); none of them knows about Qt --------

    def token(self, token_id: str) -> Token:
        for token in self.tokens:
            if token.id == token_id:
                return token
        raise KeyError(token_id)

    def placement(self, token_id: str, perspective: str = "") -> Placement | None:
        for placement in self.placements:
            if placement.token_id == token_id and placement.perspective == perspective:
                return placement
        return None

    def placements_of(self, token_id: str) -> list[Placement]:
        return [p for p in self.placements if p.token_id == token_id]

    def new_token_id(self, name: str) -> str:
        base = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-") or "praktijk"
        taken = {t.id for t in self.tokens}
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def place(self, token_id: str, perspective: str, x: float, y: float) -> Placement:
        """Put (or move) a token for one perspective; coordinates are clamped to the board."""
        x, y = clamp01(x), clamp01(y)
        found = self.placement(token_id, perspective)
        if found is None:
            found = Placement(token_id=token_id, perspective=perspective, x=x, y=y)
            self.placements.append(found)
        else:
            found.x, found.y = x, y
        return found

    def remove_placement(self, token_id: str, perspective: str = "") -> Placement | None:
        found = self.placement(token_id, perspective)
        if found is not None:
            self.placements.remove(found)
        return found

    def take_snapshot(self, name: str, taken: datetime) -> Snapshot:
        """'Positie vastleggen': keep the current positions and the reasons given since the last one."""
        snapshot = Snapshot(name=name, taken=taken,
                            placements=[p.model_copy() for p in self.placements],
                            reasons=dict(self.reasons))
        self.snapshots.append(snapshot)
        self.reasons = {}
        return snapshot

    def continue_from(self, earlier: BoardState, name: str, taken: datetime) -> bool:
        """Go on from an earlier board: its practices that this board lacks come along with their
        positions, and a snapshot called ``name`` keeps where they stood (drawn as ghosts once they move).
        Changes nothing the group already did on this board. True when something came along."""
        mine = {t.id for t in self.tokens}
        new = [t for t in earlier.tokens if t.id not in mine]
        if not new:
            return False
        new_ids = {t.id for t in new}
        self.tokens += [t.model_copy() for t in new]
        came = [p.model_copy() for p in earlier.placements if p.token_id in new_ids]
        self.placements += came
        then = next((s for s in self.snapshots if s.name == name), None)
        if then is None:
            self.snapshots.insert(0, Snapshot(name=name, taken=taken, placements=[p.model_copy() for p in came]))
        else:
            then.placements += [p.model_copy() for p in came]
        return True

    def spread(self, token_id: str) -> Spread | None:
        """How far the perspectives on one token lie apart; None with fewer than two placements."""
        points = [(p.x, p.y) for p in self.placements_of(token_id)]
        if len(points) < 2:
            return None
        xs, ys = [x for x, _ in points], [y for _, y in points]
        return Spread(x_min=min(xs), x_max=max(xs), y_min=min(ys), y_max=max(ys), hull=convex_hull(points))


class Spread(BoardModel):
    """The range on each axis and the convex hull of all perspectives on one token."""

    x_min: float
    x_max: float
    y_min: float
    y_max: float
    hull: list[tuple[float, float]]


def placement_key(token_id: str, perspective: str = "") -> str:
    """The key of one placement in reasons: 'token' for the whole group, 'token@perspective' otherwise."""
    return f"{token_id}@{perspective}" if perspective else token_id


def clamp01(value: float) -> float:
    return min(1.0, max(0.0, float(value)))


def convex_hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Andrew's monotone chain; counter-clockwise, without repeating the first point."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[tuple[float, float]] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]
