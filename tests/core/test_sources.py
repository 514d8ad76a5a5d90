"""Every built-in deck, werkvorm, route and the board says where it comes from, citing only what the
source documents show: no invented titles, no internal names like 'seed 000'."""

from __future__ import annotations

from reflectiespel.core.board.boarddef import load_default_board
from reflectiespel.core.decks.library import default_library
from reflectiespel.core.routes.routes import load_routes
from reflectiespel.core.sessions.templates import default_templates

# Titles that were made up for publications whose source documents show no such title.
INVENTED = ("Handreiking over domeinoverstijgend", "Vier mechanismen van grensoverbrugging", "seed 0",
            "Huber", "BMJ")


def all_sources() -> dict[str, list[str]]:
    library = default_library()
    found = {f"set {d.id}": d.sources for d in library.decks}
    for template in default_templates().templates:
        source = template.source
        found[f"werkvorm {template.id}"] = [source] if isinstance(source, str) else list(source or [])
    for entry in load_routes(library):
        if entry.builtin and entry.route:
            source = entry.route.source
            found[f"route {entry.route.id}"] = [source] if isinstance(source, str) else list(source)
    found["bord"] = [load_default_board().source] if load_default_board().source else []
    return found


def test_everything_built_in_names_a_source():
    missing = [name for name, sources in all_sources().items() if not any(s.strip() for s in sources)]
    assert missing == []


def test_no_invented_titles_or_internal_names():
    bad = [f"{name}: {s}" for name, sources in all_sources().items() for s in sources
           if any(word in s for word in INVENTED)]
    assert bad == []


def test_the_assen_report_is_cited_with_its_authors():
    assen = [s for sources in all_sources().values() for s in sources if "Assen" in s and "Actieonderzoek" in s]
    assert assen and all("Poll, J., Ton, M. & Valkenburg, A. (2024)" in s for s in assen), assen
    # published by the LKCA (the report shows no place of publication, so none is added)
    assert all("LKCA" in s and "Utrecht" not in s for s in assen), assen
