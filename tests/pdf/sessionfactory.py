"""A session with a bit of everything, for the report and export tests."""

from __future__ import annotations

from datetime import date, datetime, UTC
from reflectiespel.core.sessions.session import ActionItem, GroupCard, Note, Participant, Session, Step, Vote
from reflectiespel.core.board.board import BoardState, Token, Placement, Snapshot
def make_session(anonymous=False):
    a = Participant(id="p-ann", name="Ann de Vries", domain="cultuur")
    b = Participant(id="p-bram", name="Bram <b>&", domain="zorg")
    t = datetime(2026, 3, 12, 14, 5, tzinfo=UTC)
    board = BoardState(tokens=[Token(id="koor", name="Buurtkoor", colour="#1565c0"), Token(id="atelier", name="Atelier <i>&", colour="#c62828")],
        placements=[Placement(token_id="koor", x=0.3, y=0.7), Placement(token_id="koor", perspective="p-ann", x=0.4, y=0.8),
                    Placement(token_id="atelier", x=0.8, y=0.3), Placement(token_id="atelier", perspective="zorg", x=0.6, y=0.2)],
        snapshots=[Snapshot(name="begin", taken=t, placements=[Placement(token_id="koor", x=0.1, y=0.4)], reasons={"koor": "We stuurden meer samen <samen>."})])
    steps = [
        Step(id="s-1", kind="cards", title="Waarden kiezen", instruction="Kies een kaart die je raakt & vertel waarom.",
             deck_id="waarde-van-welzijn", card_ids=["jezelf-zijn", "erbij-horen"], shown=["jezelf-zijn"],
             choices={"p-ann": ["jezelf-zijn"], "p-bram": ["erbij-horen", "jezelf-zijn"]},
             notes=[Note(text="Een notitie met <b>vet</b> & ampersand", time=t, participant_id="p-bram", card_id="jezelf-zijn"),
                    Note(text="Tweede regel\nmet een nieuwe regel en ĳs café €", time=t)],
             votes=[Vote(participant_id="p-ann", target="jezelf-zijn", count=2), Vote(participant_id="p-bram", target="erbij-horen", count=3)],
             actions=[ActionItem(wat="Stuur de foto's <rond> & deel ze", wie="Ann", wanneer="2026-04-01")]),
        Step(id="s-2", kind="board", title="Het bord", instruction="Zet jullie praktijken op de as.", board=board),
        Step(id="s-3", kind="boundary-objects", title="Eigen grensobject", group_cards=[
            GroupCard(title="Onze wijkkaart <b>", text="Een kaart van de buurt & wat er toe doet.", questions=["Wat mist er?"], assignment="Teken je eigen plek."),
            GroupCard(title="Het lied", text="Het lied dat we samen schreven.")],
             actions=[ActionItem(wat="Lied opnemen", wie="het team", wanneer="mei")]),
    ]
    return Session(title="Reflectie Buurtcultuur", date=date(2026, 3, 12), place="Arnhem", group="Team Cultuur & Zorg",
                   facilitator="Fatima", anonymous=anonymous, participants=[a, b], steps=steps)
