"""Every step of a built-in werkvorm or route, and every axis and zone of the board, says what it rests on:
passages in the source documents (seed, heading, page where the source has pages), or that it is our own
suggestion. A facilitator who knows the sources can look every passage up: the cited heading stands in
its source, a page agrees with the Assen report's table of contents, and the English files cite the same
passages as the Dutch ones. The facilitator pages (docs/werkvormen.md, docs/routes.md, docs/bord.md)
show each basis.

The source documents live in shared/seeds beside the checkout (REFLECTIESPEL_SEEDS points elsewhere,
e.g. from a worktree); without them the checks against the text say they were skipped.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from reflectiespel.core.board.boarddef import load_board
from reflectiespel.core.decks.passages import PUBLICATIONS, Basis, Passage, heading_in, normalise
from reflectiespel.core.routes.routes import load_route
from reflectiespel.core.sessions.templates import load_template
from reflectiespel.resources import builtin_decks_dir

ROOT = Path(__file__).resolve().parents[2]
DECKS = builtin_decks_dir()
SEEDS_DIR = Path(os.environ.get("REFLECTIESPEL_SEEDS") or Path(__file__).resolve().parents[3] / "shared" / "seeds")
PAGED = {"003"}  # the only source with page numbers (the Assen report has a table of contents)


def built_in_files() -> list[Path]:
    return sorted([*(DECKS / "werkvormen").glob("*.yaml"), *(DECKS / "routes").glob("*.yaml"),
                   *(DECKS / "bord").glob("*.yaml")])


def bases(path: Path) -> list[tuple[str, Basis | None]]:
    """(where, basis) for every step, or every axis, zone and the examples of the board, in one file."""
    folder = path.parent.name
    if folder == "werkvormen":
        template = load_template(path)
        return [(f"{path.name} stap {i} ('{s.title}')", s.basis) for i, s in enumerate(template.steps, 1)]
    if folder == "routes":
        return [(f"{path.name} stap '{s.id}'", s.basis) for s in load_route(path).steps]
    board = load_board(path)
    return ([(f"{path.name} horizontal", board.horizontal.basis), (f"{path.name} vertical", board.vertical.basis)]
            + [(f"{path.name} vak '{z.id}'", z.basis) for z in board.zones]
            + [(f"{path.name} landmarks", board.landmarks_basis)])


FILES = built_in_files()
IDS = [f"{p.parent.name}/{p.name}" for p in FILES]


def all_passages() -> list[tuple[str, Passage]]:
    return [(where, passage) for path in FILES for where, basis in bases(path) if basis
            for passage in basis.passages]


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_every_built_in_step_and_zone_has_a_basis(path):
    missing = [where for where, basis in bases(path) if basis is None]
    assert missing == []


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_a_basis_is_passages_or_our_own_suggestion_never_both_never_neither(path):
    wrong = [where for where, basis in bases(path) if basis is not None and basis.own == bool(basis.passages)]
    assert wrong == []
    # what rests on no passage says why (a facilitator reads the note on the facilitator page)
    silent = [where for where, basis in bases(path) if basis is not None and basis.own and not basis.note.strip()]
    assert silent == []


@pytest.mark.parametrize("path", [p for p in FILES if p.name.endswith(".en.yaml")],
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_english_file_cites_the_same_passages_as_the_dutch_one(path):
    dutch = path.with_name(path.name.replace(".en.yaml", ".yaml"))

    def cited(file):
        return [(basis.own, basis.passages) if basis else None for _, basis in bases(file)]

    assert cited(path) == cited(dutch)


def test_only_the_assen_report_is_cited_with_pages():
    """The other sources (the handreiking, the LKCA presentations) carry no page numbers in our copies."""
    wrong = [f"{where}: {p.seed} p. {p.page}" for where, p in all_passages() if p.page and p.seed not in PAGED]
    assert wrong == []


# --- against the source texts ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds() -> dict[str, str]:
    if not SEEDS_DIR.is_dir() or not any(SEEDS_DIR.glob("*.txt")):
        pytest.skip(f"the source documents are not beside the checkout ({SEEDS_DIR}); set REFLECTIESPEL_SEEDS "
                    "to check the cited headings against them")
    return {path.name[:3]: path.read_text(encoding="utf-8", errors="replace") for path in SEEDS_DIR.glob("*.txt")}


def test_every_cited_heading_stands_in_its_source(seeds):
    missing = [f"{where}: {p.seed} '{p.heading}'" for where, p in all_passages()
               if not heading_in(seeds[p.seed], p.heading)]
    assert missing == []


def test_the_check_catches_a_heading_the_source_does_not_have(seeds):
    """The check can fail: a heading made up or misspelt is not found."""
    assert heading_in(seeds["003"], "Gespreksleidraad met bestuurders")
    assert not heading_in(seeds["003"], "Gespreksleidraad met burgemeesters")
    assert not heading_in(seeds["000"], "Zeven kernelementen van veranderkracht")


_TOC_LINE = re.compile(r"^(.+?)\s*\t\s*(?:<b>)?(\d+)(?:</b>)?\s*$")


def report_sections(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The Assen report's body (normalised, padded with spaces) and (position, page) of every section of its
    table of contents, found in order in the body."""
    head, _, body = text.partition("# 1 Inleiding")
    toc = [(normalise(m.group(1)), int(m.group(2))) for line in head.splitlines() if (m := _TOC_LINE.match(line))]
    flat = f" {normalise('# 1 Inleiding' + body)} "
    sections, at = [], 0
    for title, page in toc:
        key = " ".join(title.split()[:4])
        found = flat.find(f" {key} ", at)
        if found >= 0:
            sections.append((found, page))
            at = found + 1
    return flat, sections


def pages_where(text: str, heading: str) -> set[int]:
    """Every page the heading can be on: for each place it stands in the body, the pages from its section's
    first page up to the next section's."""
    flat, sections = report_sections(text)
    key, pages, at = f" {normalise(heading)} ", set(), 0
    while (found := flat.find(key, at)) >= 0:
        before = [i for i, (position, _) in enumerate(sections) if position <= found]
        if before:
            first = sections[before[-1]][1]
            last = sections[before[-1] + 1][1] if before[-1] + 1 < len(sections) else first + 1
            pages.update(range(first, last + 1))
        at = found + 1
    return pages


def test_a_cited_page_agrees_with_the_reports_table_of_contents(seeds):
    wrong = []
    for where, p in all_passages():
        if p.seed in PAGED and p.page is not None:
            pages = pages_where(seeds[p.seed], p.heading)
            if p.page not in pages:
                wrong.append(f"{where}: '{p.heading}' p. {p.page}, but the report has it on {sorted(pages)}")
    assert wrong == []


def test_the_page_check_catches_a_wrong_page(seeds):
    assert 33 in pages_where(seeds["003"], "Bijlage 2 Gespreksleidraad met bestuurders")
    assert 7 in pages_where(seeds["003"], "Benadering actieonderzoek")
    assert 9 not in pages_where(seeds["003"], "Benadering actieonderzoek")


# --- on the facilitator pages ---------------------------------------------------------------------

DOCS = {"werkvormen": ROOT / "docs" / "werkvormen.md", "routes": ROOT / "docs" / "routes.md",
        "bord": ROOT / "docs" / "bord.md"}


@pytest.mark.parametrize("path", [p for p in FILES if not p.name.endswith(".en.yaml")],
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_facilitator_page_shows_each_basis(path):
    """docs/<werkvormen|routes|bord>.md shows every passage a Dutch file cites (its publication, the heading
    and the page), and says 'eigen voorstel' where a step rests on none; scripts/step_sources.py writes that
    part of the page."""
    page = DOCS[path.parent.name].read_text(encoding="utf-8")
    missing = []
    for where, basis in bases(path):
        for passage in basis.passages if basis else []:
            shown = f"“{passage.heading}”" + (f", p. {passage.page}" if passage.page else "")
            if shown not in page or PUBLICATIONS[passage.seed] not in page:
                missing.append(f"{where}: {passage.cite()}")
    assert missing == [], "run: uv run python scripts/step_sources.py"
    if any(basis and basis.own for _, basis in bases(path)):
        assert "eigen voorstel" in page


def test_the_facilitator_pages_are_up_to_date():
    """The generated part of each page is exactly what the script makes from the files now."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("step_sources", ROOT / "scripts" / "step_sources.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    stale = [name for name, path in DOCS.items() if module.updated(path, name) != path.read_text(encoding="utf-8")]
    assert stale == [], "run: uv run python scripts/step_sources.py"


def test_the_notes_are_in_our_own_words(seeds):
    """A note explains a basis in our words; only the cited heading itself may stand as in the source."""
    words = re.compile(r"[^\W_]+")
    runs = set()
    for text in seeds.values():
        seq = words.findall(text.lower())
        runs.update(tuple(seq[i:i + 8]) for i in range(len(seq) - 7))
    copied = []
    for path in FILES:
        for where, basis in bases(path):
            seq = words.findall((basis.note if basis else "").lower())
            copied += [f"{where}: {' '.join(seq[i:i + 8])}" for i in range(len(seq) - 7) if tuple(seq[i:i + 8]) in runs]
    assert copied == []


# --- the source list of each file -----------------------------------------------------------------

AUTHORS = {"000": ("Figdor",), "001": ("Goossens",), "002": ("LKCA (z.j.). Hoe doen", "LKCA (n.d.). Hoe doen"),
           "003": ("Poll, J., Ton",), "004": ("Smit",)}


def sources_of(path: Path) -> list[str]:
    folder = path.parent.name
    source = (load_template(path).source if folder == "werkvormen" else load_route(path).source
              if folder == "routes" else load_board(path).source)
    return [source] if isinstance(source, str) else list(source or [])


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_every_publication_a_step_cites_is_named_in_the_source_list(path):
    """A facilitator reads the source list first: a step that rests on an LKCA presentation while the list
    names only the Assen report credits too little (review round 2: five files missed a publication)."""
    said = " ".join(sources_of(path))
    cited = {p.seed for _, basis in bases(path) if basis for p in basis.passages}
    if path.parent.name == "bord":
        cited |= {p.seed for m in load_board(path).landmarks if m.basis for p in m.basis.passages}
    missing = [seed for seed in sorted(cited) if not any(author in said for author in AUTHORS[seed])]
    assert missing == [], f"{path.name}: the source list does not name {[PUBLICATIONS[s] for s in missing]}"
