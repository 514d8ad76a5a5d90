"""Decks from a spreadsheet and back: template, import with problems by row and column, lossless export."""

import struct
import zlib
from pathlib import Path

import pytest

from reflectiespel import cli
from reflectiespel.core.decks.decks import load_deck
from reflectiespel.core.decks.deckwrite import deck_data, write_deck
from reflectiespel.core.decks.library import Library
from reflectiespel.core.base.problems import FileProblems
from reflectiespel.core.decks.sheetfiles import csv_bytes, read_rows
from reflectiespel.core.decks.sheets import deck_from_rows, rows_from_deck
from reflectiespel.resources import builtin_decks_dir

BUILTIN = Library(builtin_decks_dir()).load().decks
HEADER = "titel;tekst;vragen;categorie;aantal\n"


def _write(path: Path, text: str, encoding="utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _import(tmp_path, path: Path, *extra) -> int:
    return cli.main(["decks", "import", str(path), "-o", str(tmp_path / "uit" / "set.yaml"), *extra])


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("deck", BUILTIN, ids=lambda d: d.id)
def test_every_built_in_deck_survives_a_round_trip(deck, kind, tmp_path):
    sheet = tmp_path / f"set.{kind}"
    assert cli.main(["decks", "export-sheet", str(deck.id), "-o", str(sheet)]) == 0
    rows, _ = read_rows(sheet)
    again = deck_from_rows(rows, sheet.name)
    assert deck_data(again) == deck_data(deck)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_template_imports_and_validates(kind, tmp_path, capsys, data_dir):
    template = tmp_path / f"sjabloon.{kind}"
    assert cli.main(["decks", "template", "-o", str(template)]) == 0
    assert cli.main(["decks", "import", str(template)]) == 0  # lands in the user deck folder
    written = data_dir / "decks" / "onze-waarden.yaml"
    deck = load_deck(written)
    assert [c.id for c in deck.cards] == ["samen-beginnen", "wat-mis-je-1", "wat-mis-je-2", "wat-mis-je-3"]
    assert deck.cards[0].questions == ["Wat wil jij leren van de ander?", "Hoe merk je dat iemand zich welkom voelt?"]
    assert {c.name for c in deck.categories} == {"Start", "Eigen kaarten"}  # created from the column
    assert cli.main(["decks", "validate", str(written)]) == 0


def test_separators_and_encodings(tmp_path):
    text = "titel,tekst,vraag1,vraag2,categorie\nCafé,Één keer,Wat zie je?,Hoe voelt dat?,Eigen\n"
    comma = _write(tmp_path / "komma.csv", text, "cp1252")
    rows, how = read_rows(comma)
    assert "Windows-1252" in how and "komma" in how
    deck = deck_from_rows(rows, "komma.csv")
    assert deck.cards[0].title == "Café" and deck.cards[0].questions == ["Wat zie je?", "Hoe voelt dat?"]
    tab = _write(tmp_path / "tab.csv", text.replace(",", "\t"), "utf-16")
    rows, how = read_rows(tab)
    assert "UTF-16" in how and "tabs" in how and deck_from_rows(rows, "tab.csv").cards[0].text == "Één keer"
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + text.replace(",", ";").encode("utf-8"))
    rows, how = read_rows(bom)
    assert how.startswith("UTF-8") and rows[0][0] == "titel"


def test_a_quote_and_a_comma_in_a_text_do_not_change_the_separator(tmp_path):
    """A deck whose source said "… 'Knelpunten', en over …" came back from its own CSV export as one column
    per line: csv.Sniffer took the comma for the separator of a file separated by semicolons."""
    deck = BUILTIN[0].model_copy(update={"source": ["Seed 000, 'Knelpunten', en over de sociale basis (p. 12)"]})
    cards = [c.model_copy(update={"text": "Het geld is 'incidenteel', en dus ongelijk."}) for c in deck.cards]
    deck = deck.model_copy(update={"cards": cards})
    sheet = tmp_path / "set.csv"
    sheet.write_bytes(csv_bytes(rows_from_deck(deck)[0]))
    rows, how = read_rows(sheet)
    assert "puntkomma" in how
    assert deck_data(deck_from_rows(rows, sheet.name)) == deck_data(deck)
    # and a file separated by commas, with semicolons and quotes in its texts, stays a comma file
    comma = _write(tmp_path / "komma.csv", "titel,tekst,categorie\n"
                   "Geld,\"Het is 'incidenteel'; en ongelijk, zegt de bron\",Knelpunt\nTijd,Wie heeft die?,Knelpunt\n")
    rows, how = read_rows(comma)
    assert "komma's" in how and rows[1][1] == "Het is 'incidenteel'; en ongelijk, zegt de bron"


def test_every_problem_names_row_and_column_and_nothing_is_written(tmp_path, capsys):
    sheet = _write(tmp_path / "fout.csv", "#kaartmaat;reuzegroot\n" + HEADER + ";tekst zonder titel;;;\n"
                   "Goed;tekst;Wat?;A;1\nTe veel;x;;A;nul\n")
    assert _import(tmp_path, sheet) == 1
    err = capsys.readouterr().err
    assert "rij 3, kolom titel: leeg" in err
    assert "rij 5, kolom aantal: 'nul' is geen aantal" in err
    assert "rij 1: kaartmaat 'reuzegroot' bestaat niet" in err
    assert "Er is niets geschreven." in err
    assert not (tmp_path / "uit").exists()


def test_unknown_columns_get_a_hint(tmp_path, capsys):
    sheet = _write(tmp_path / "kolom.csv", "titel;tekts\nA;b\n")
    assert _import(tmp_path, sheet) == 1
    assert "rij 1, kolom tekts: onbekende kolom (bedoel je 'tekst'?)" in capsys.readouterr().err


def test_model_problems_are_told_by_row(tmp_path, capsys):
    sheet = _write(tmp_path / "kleur.csv", "#achterkant-kleur;rood\n" + HEADER + "A;b;;C;1\n")
    assert _import(tmp_path, sheet) == 1
    assert "'rood' is geen kleur" in capsys.readouterr().err


def test_an_existing_deck_is_not_overwritten_unless_asked(tmp_path, capsys):
    sheet = _write(tmp_path / "set.csv", HEADER + "A;b;;C;1\n")
    assert _import(tmp_path, sheet) == 0
    target = tmp_path / "uit" / "set.yaml"
    before = target.read_bytes()
    _write(sheet, HEADER + "Anders;b;;C;1\n")
    assert _import(tmp_path, sheet) == 1 and target.read_bytes() == before
    assert _import(tmp_path, sheet, "--overschrijven") == 0 and load_deck(target).cards[0].title == "Anders"


def _png(path: Path) -> None:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_pictures_are_copied_into_the_deck_folder(tmp_path, data_dir):
    _png(tmp_path / "zon.png")
    sheet = _write(tmp_path / "plaatjes.csv", "titel;afbeelding\nZon;zon.png\n")
    assert cli.main(["decks", "import", str(sheet)]) == 0
    folder = data_dir / "decks" / "plaatjes"
    assert (folder / "zon.png").is_file()
    assert load_deck(folder / "plaatjes.yaml").cards[0].image == "zon.png"


def test_formula_like_cells_stay_text(tmp_path):
    deck = BUILTIN[0]
    rows, header = rows_from_deck(deck)
    rows.append(["gevaar", "=SOM(A1)", "-5 graden", *[""] * (len(rows[header - 1]) - 3)])
    data = csv_bytes(rows)
    assert b";'=SOM(A1);'-5 graden" in data
    path = tmp_path / "f.csv"
    path.write_bytes(data)
    again = deck_from_rows(read_rows(path)[0], "f.csv")
    assert again.cards[-1].title == "=SOM(A1)" and again.cards[-1].text == "-5 graden"


def test_write_deck_refuses_what_would_not_open(tmp_path):
    deck = BUILTIN[0]
    bad = deck.model_copy(update={"cards": [deck.cards[0].model_copy(update={"category": "bestaat-niet"})]})
    with pytest.raises(FileProblems) as info:
        write_deck(bad, tmp_path / "x.yaml")
    assert "zou niet meer opengaan" in str(info.value) and not (tmp_path / "x.yaml").exists()


def test_broken_spreadsheets_get_a_plain_message(tmp_path, capsys):
    fake = tmp_path / "kapot.xlsx"
    fake.write_bytes(b"PK\x03\x04 niet echt")
    assert _import(tmp_path, fake) == 1
    assert "geen leesbaar Excel-bestand" in capsys.readouterr().err
    old = tmp_path / "oud.xls"
    old.write_bytes(b"\xd0\xcf")
    assert _import(tmp_path, old) == 1
    assert "bewaar het als .xlsx of .csv" in capsys.readouterr().err
    assert _import(tmp_path, tmp_path) == 1
    assert "map" in capsys.readouterr().err


def test_a_category_symbol_by_its_dutch_name_and_a_wrong_one_named_by_row():
    from reflectiespel.core.base.problems import FileProblems as Problems

    rows = [["#titel", "Vormen"], ["#bron", "Team"], ["#categorie", "a", "Een", "#1565c0", "", "ster"],
            ["#categorie", "b", "Twee", "#2e7d32"], ["titel", "categorie"], ["Kaart", "Een"]]
    deck = deck_from_rows(rows, "vormen.csv")
    assert [deck.symbol(c.id) for c in deck.categories] == ["star", "square"]
    rows[2][5] = "maan"
    with pytest.raises(Problems) as caught:
        deck_from_rows(rows, "vormen.csv")
    assert "rij 3" in str(caught.value) and "symbool 'maan' bestaat niet" in str(caught.value)


def test_what_a_card_rests_on_travels_in_the_basis_column_and_a_wrong_line_is_named_by_row():
    from reflectiespel.core.base.problems import FileProblems as Problems

    rows = [["#titel", "Bronnen"], ["#bron", "Team"], ["titel", "basis"],
            ["Jezelf zijn", "000: Jezelf zijn\n003: Bijlage 2 Gespreksleidraad met bestuurders (p. 33)\nnoot: kort"],
            ["Ons idee", "eigen voorstel"], ["Zonder", ""]]
    deck = deck_from_rows(rows, "bronnen.csv")
    first, own, without = deck.cards
    assert [(p.seed, p.heading, p.page) for p in first.basis.passages] == [
        ("000", "Jezelf zijn", None), ("003", "Bijlage 2 Gespreksleidraad met bestuurders", 33)]
    assert first.basis.note == "kort" and own.basis.own and without.basis is None
    rows[4][1] = "ergens in de handreiking"
    with pytest.raises(Problems) as caught:
        deck_from_rows(rows, "bronnen.csv")
    assert "rij 5" in str(caught.value) and "kolom basis" in str(caught.value) and "geen passage" in str(caught.value)
    rows[4][1] = "009: Een kop"
    with pytest.raises(Problems) as caught:
        deck_from_rows(rows, "bronnen.csv")
    assert "rij 5" in str(caught.value) and "'000', '001'" in str(caught.value)
