"""Write the section "Waar elke kaart op steunt" of each facilitator page in docs/decks/ from the decks.

Every built-in card names the passages of the sources it rests on (its `basis` field), or says it is our own
suggestion. The facilitator pages show that per card; this script writes that part of each page between
two markers, so that the page says what the deck says. tests/test_deck_docs.py checks that it is up to date.

    uv run python scripts/deck_pages.py          # rewrite the sections that changed
    uv run python scripts/deck_pages.py --check  # exit 1 when a page is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "decks"
HEADING = "## Waar elke kaart op steunt"
START = "<!-- basis: begin. Gemaakt met scripts/deck_pages.py uit de kaartensets; niet met de hand bewerken. -->"
END = "<!-- basis: einde -->"
INTRO = ("Per kaart de passage in de bronnen waarop de uitleg steunt (bron, kop zoals hij in de bron staat, en de "
         "pagina als de bron die geeft). *Eigen voorstel* betekent: de kaart steunt niet op een passage. De vragen "
         "en opdrachten zijn altijd ons eigen voorstel; ze helpen het gesprek op gang.")


def card_line(card) -> list[str]:
    """The Markdown lines for one card: its title and id, then a line per passage it rests on (or 'eigen
    voorstel'), then the note."""
    basis = card.basis
    lines = [f"- **{card.title}** (`{card.id}`)"]
    if basis is None:
        return lines + ["  - *(geen basis opgegeven)*"]
    lines += [f"  - {passage.cite()}" for passage in basis.passages] or ["  - *eigen voorstel*"]
    if basis.note:
        lines.append(f"  - *{basis.note}*")
    return lines


def basis_section(deck) -> str:
    """The marked section for a deck's page (its cards in deck order)."""
    lines = [START, "", INTRO, ""]
    for card in deck.cards:
        lines += card_line(card)
    lines += ["", END]
    return "\n".join(lines)


def updated(page: str, deck) -> str:
    """The page with its section replaced, or added (with its heading) before '## Bronnen'."""
    section = basis_section(deck)
    if START in page and END in page:
        before, rest = page.split(START, 1)
        return before + section + rest.split(END, 1)[1]
    block = f"{HEADING}\n\n{section}\n\n"
    if "## Bronnen" in page:
        head, tail = page.split("## Bronnen", 1)
        return head + block + "## Bronnen" + tail
    return page.rstrip("\n") + "\n\n" + block


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from reflectiespel.core.decks.library import Library
    from reflectiespel.resources import builtin_decks_dir

    check = "--check" in argv
    library = Library(builtin_decks_dir(), language="nl").load()
    stale = []
    for deck in library.decks:
        if deck.language != "nl":
            continue
        path = DOCS / f"{deck.id}.md"
        page = path.read_text(encoding="utf-8")
        new = updated(page, deck)
        if new != page:
            stale.append(path.name)
            if not check:
                path.write_text(new, encoding="utf-8")
    if stale:
        print(("out of date: " if check else "written: ") + ", ".join(stale))
    return 1 if check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
