"""Write the facilitator's step-by-step tables into docs/werkvormen.md, docs/routes.md and docs/bord.md.

For every built-in (Dutch) werkvorm and route: each step, its minutes (and the minutes per participant),
and what it rests on: the passages in the sources (``Passage.cite()``) or 'eigen voorstel'. For the board:
its axes, zones and example practices. The part between the two marker lines of each page is replaced;
the rest of the page is left as it is. tests/core/test_step_sources.py checks that the pages are up to
date.

    uv run python scripts/step_sources.py          # rewrite the three pages
    uv run python scripts/step_sources.py --check  # exit 1 when a page is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

from reflectiespel.core.board.boarddef import load_board
from reflectiespel.core.decks.library import Library
from reflectiespel.core.decks.passages import PUBLICATIONS, Basis
from reflectiespel.core.routes.routes import load_route
from reflectiespel.core.sessions.templates import load_template, part_title, select_cards, template_minutes
from reflectiespel.resources import builtin_decks_dir

ROOT = Path(__file__).resolve().parents[1]
BEGIN = "<!-- bronnen per stap: begin (gemaakt door scripts/step_sources.py; niet met de hand aanpassen) -->"
END = "<!-- bronnen per stap: eind -->"
PAGES = {"werkvormen": ROOT / "docs" / "werkvormen.md", "routes": ROOT / "docs" / "routes.md",
         "bord": ROOT / "docs" / "bord.md"}


def cell(text: str) -> str:
    """One table cell: on one line, with the table's own character escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def basis_text(basis: Basis | None) -> str:
    if basis is None:
        return "(geen bron opgegeven)"
    if basis.own:
        text = "eigen voorstel"
    else:  # per publication, in the order cited: 'Publication: “heading”, p. 7; “other heading”'
        by_seed: dict[str, list[str]] = {}
        for passage in basis.passages:
            page = f", p. {passage.page}" if passage.page else ""
            by_seed.setdefault(passage.seed, []).append(f"“{passage.heading}”{page}")
        text = " — ".join(f"{PUBLICATIONS[seed]}: {'; '.join(headings)}" for seed, headings in by_seed.items())
    return cell(f"{text}. {basis.note}" if basis.note.strip() else text)


def minutes_text(minutes: int, per_person: float, who: str) -> str:
    if not per_person:
        return str(minutes)
    each = f"{per_person:g}".replace(".", ",")
    return f"{minutes} + {each} per {who}" if minutes else f"{each} per {who}"


def sources_text(source) -> list[str]:
    sources = [source] if isinstance(source, str) else list(source or [])
    return [f"- {cell(s)}" for s in sources]


def werkvormen_section(library: Library) -> list[str]:
    lines = ["## De ingebouwde werkvormen, stap voor stap", "",
             "Per werkvorm: de stappen, hun minuten en waar elke stap op steunt in de bronnen (publicatie, kop en "
             "bij het Assense rapport de pagina), of *eigen voorstel* als de bronnen hem niet beschrijven. Een stap "
             "met minuten *per deelnemer* krijgt bij het begin van de sessie de tijd voor het echte aantal "
             "deelnemers; de duur hieronder geldt voor de groepsgrootte die erbij staat.", ""]
    for path in sorted((builtin_decks_dir() / "werkvormen").glob("*.yaml")):
        if path.name.endswith(".en.yaml"):
            continue
        template = load_template(path)
        lines += [f"### {template.title} (`{template.id}`)", "", cell(template.description), ""]
        if template.parts:
            parts = ", ".join(f"{part.title}: {template_minutes(template, library, part=number)} minuten"
                              for number, part in enumerate(template.parts, 1))
            lines += [f"Duur voor {template.group_size} deelnemers: {parts}. De console biedt de delen apart "
                      "aan (of allebei in één sessie, met een pauze ertussen).", ""]
        else:
            lines += [f"Duur voor {template.group_size} deelnemers: {template_minutes(template, library)} minuten.", ""]
        lines += ["Bronnen van de werkvorm:", *sources_text(template.source), "",
                  "| | stap | minuten | waar de stap op steunt |", "|---|---|---|---|"]
        part = None
        for number, step in enumerate(template.steps, 1):
            if step.part != part and step.part is not None:
                part = step.part
                lines.append(f"| | **{cell(part_title(template, part))}** | | |")
            title = step.title
            if step.per_card and step.deck:
                count = len(select_cards(step, library.get(step.deck))[0])
                title = f"één ronde per kaart ({count} kaarten)" if "{kaart}" in title else title
            minutes = minutes_text(step.minutes, step.minutes_per_person, "deelnemer")
            if step.per_card:
                minutes += " per ronde"
            lines.append(f"| {number} | {cell(title)} | {minutes} | {basis_text(step.basis)} |")
        lines.append("")
    return lines


def routes_section() -> list[str]:
    lines = ["## De ingebouwde routes, stap voor stap", "",
             "Per route: de stappen, hun minuten en waar elke stap op steunt in de bronnen, of *eigen voorstel*. "
             "Een stap met minuten *per persoon* krijgt de tijd voor het aantal mensen dat meedoet; de duur "
             "hieronder geldt voor de groepsgrootte die erbij staat.", ""]
    for path in sorted((builtin_decks_dir() / "routes").glob("*.yaml")):
        if path.name.endswith(".en.yaml"):
            continue
        route = load_route(path)
        who = "alleen voor een team: minstens twee mensen" if route.team else "ook voor één persoon"
        lines += [f"### {route.title} (`{route.id}`)", "", cell(route.description), "",
                  f"Duur voor {route.group_size} mensen: {route.minutes} minuten; met 8 mensen "
                  f"{route.minutes_for(8)} minuten ({who}).", "",
                  "Bronnen van de route:", *sources_text(route.source), "",
                  "| | stap | minuten | waar de stap op steunt |", "|---|---|---|---|"]
        for number, step in enumerate(route.steps, 1):
            minutes = minutes_text(step.minutes, step.minutes_per_person, "persoon")
            lines.append(f"| {number} | {cell(step.title)} | {minutes} | {basis_text(step.basis)} |")
        lines.append("")
    return lines


def board_section() -> list[str]:
    board = load_board(builtin_decks_dir() / "bord" / "sociaal-artistieke-as.yaml")
    lines = ["## Waar het ingebouwde bord op steunt", "",
             "Elk deel van het bord noemt de passage in de bron, of zegt dat het ons eigen ontwerp is.", "",
             "| deel van het bord | wat er staat | waar het op steunt |", "|---|---|---|",
             f"| horizontale as | {cell(board.horizontal.name)}: "
             f"{cell(', '.join(s.words for s in board.horizontal.stops))} | {basis_text(board.horizontal.basis)} |",
             f"| verticale as | {cell(board.vertical.name)}: "
             f"{cell(', '.join(s.words for s in board.vertical.stops))} | {basis_text(board.vertical.basis)} |"]
    for zone in board.zones:
        lines.append(f"| vak {cell(zone.label)} | {cell(' · '.join(zone.lines))} | {basis_text(zone.basis)} |")
    lines.append(f"| voorbeeldpraktijken | {cell(', '.join(m.name for m in board.landmarks))} | "
                 f"{basis_text(board.landmarks_basis)} |")
    for landmark in board.landmarks:
        if landmark.basis:
            lines.append(f"| voorbeeld {cell(landmark.name)} | {cell(landmark.note)} | {basis_text(landmark.basis)} |")
    return lines + [""]


def section(name: str) -> str:
    library = Library(builtin_decks_dir(), language="nl").load()
    body = {"werkvormen": lambda: werkvormen_section(library), "routes": routes_section, "bord": board_section}[name]()
    return "\n".join([BEGIN, "", *body, END])


def updated(path: Path, name: str) -> str:
    """The page's text with the generated part as it should be now (added at the end the first time)."""
    text = path.read_text(encoding="utf-8")
    if BEGIN in text and END in text:
        before, rest = text.split(BEGIN, 1)
        after = rest.split(END, 1)[1]
        return before + section(name) + after
    return text.rstrip("\n") + "\n\n" + section(name) + "\n"


def main(argv: list[str]) -> int:
    stale = []
    for name, path in PAGES.items():
        new = updated(path, name)
        if new != path.read_text(encoding="utf-8"):
            stale.append(path.name)
            if "--check" not in argv:
                path.write_text(new, encoding="utf-8")
    if "--check" in argv and stale:
        print("out of date: " + ", ".join(stale))
        return 1
    print(("rewritten: " + ", ".join(stale)) if stale else "all pages up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
