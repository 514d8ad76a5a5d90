"""Paper and files follow the language: CLI messages and print PDFs the interface's, a session's report and
exports the language the session was made in."""

from __future__ import annotations

import csv
import io
import json

from pypdf import PdfReader

from reflectiespel.cli import main
from reflectiespel.core.base import i18n
from reflectiespel.core.reports.export import to_csv, to_json, to_markdown
from reflectiespel.core.routes.guide import summary_text  # noqa: F401 - the together summary follows the same rule
from reflectiespel.core.sessions.storage import save_session
from reflectiespel.pdf.report import render_report
from sessionfactory import make_session

DUTCH_WORDS = ("Verslag", "Stap ", "Deelnemers", "Afspraken", "Notities", "Stemmen", "pagina ", "Kaarten",
               "maart", "Wat we deden")  # "Het bord" is a step title the facilitator typed


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


def english_session():
    session = make_session()
    session.language = "en"
    return session


def test_an_english_session_gets_an_english_report_even_in_a_dutch_interface():
    assert i18n.language() == "nl"
    text = pdf_text(render_report(english_session())[0])
    for words in ("Report of the reflection session", "12 March 2026", "Step 1:", "Participants", "Agreements",
                  "What we did", "page 1 of", "Notes", "Votes", "What", "Who", "When", "Care"):
        assert words in text, words
    for word in DUTCH_WORDS:
        assert word not in text, word
    assert i18n.language() == "nl"  # the interface keeps its language afterwards


def test_a_dutch_session_keeps_a_dutch_report_in_an_english_interface():
    i18n.set_language("en")
    text = pdf_text(render_report(make_session())[0])
    for words in ("Verslag van de reflectiesessie", "12 maart 2026", "Stap 1:", "Afspraken", "pagina 1 van"):
        assert words in text, words
    assert "Report of" not in text and "Step 1" not in text


def test_english_exports_name_their_columns_and_keys_in_english():
    session = english_session()
    table = list(csv.reader(io.StringIO(to_csv(session).decode("utf-8-sig"), newline=""), delimiter=";"))
    assert table[0] == ["kind", "step", "step_title", "card", "participant", "text", "votes", "who", "when",
                        "status", "time", "place"]
    assert {"note", "vote", "action point", "board"} <= {row[0] for row in table[1:]}
    data = json.loads(to_json(session))
    assert data["kind"] == "reflectiespel-export" and data["version"] == 1 and data["language"] == "en"
    assert data["steps"][2]["own_cards"][0]["title"] == "Onze wijkkaart <b>"  # what people typed stays
    assert {"name", "domain"} <= set(data["participants"][0]) and data["participants"][1]["domain"] == "Care"
    markdown = to_markdown(session).decode("utf-8")
    assert "## Step 1:" in markdown and "## Agreements" in markdown and "| What | Who | When |" in markdown
    assert "Stap" not in markdown and "Afspraken" not in markdown
    dutch = list(csv.reader(io.StringIO(to_csv(make_session()).decode("utf-8-sig"), newline=""), delimiter=";"))
    assert dutch[0][:4] == ["soort", "stap", "stap_titel", "kaart"]
    assert json.loads(to_json(make_session()))["stappen"]


def test_the_command_line_prints_cards_and_calibration_in_english(tmp_path, capsys):
    target = tmp_path / "deck.pdf"
    assert main(["--lang", "en", "print", str(__import__("pathlib").Path(__file__).parents[1] / "data" / "mini.yaml"),
                 "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Written:" in out and " cards on " in out and "pages)" in out
    assert "Print double-sided, flip on the long edge" in out and "Geschreven" not in out
    calibration = tmp_path / "cal.pdf"
    assert main(["--lang", "en", "print", "--calibration", "-o", str(calibration)]) == 0
    out = capsys.readouterr().out
    assert "Calibration sheet written" in out
    text = pdf_text(calibration.read_bytes())
    assert "Calibration sheet: front" in text and "Calibration sheet: back" in text and "Kalibratievel" not in text
    assert main(["--lang", "en", "print", "nope-no-such-deck", "-o", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert "There is no card deck with id 'nope-no-such-deck'" in err


def test_the_command_line_report_and_export_follow_the_session(tmp_path, capsys):
    session_file = tmp_path / "s.reflectiespel"
    save_session(english_session(), session_file)
    report = tmp_path / "r.pdf"
    assert main(["report", str(session_file), "-o", str(report)]) == 0  # a Dutch command line...
    assert "Verslag geschreven" in capsys.readouterr().out
    assert "Report of the reflection session" in pdf_text(report.read_bytes())  # ...an English session's report
    assert main(["--lang", "en", "export", str(session_file), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0].lstrip("\ufeff").startswith("kind;step;")


def test_english_help_of_the_subcommands(capsys):
    import pytest

    for command in ("print", "report", "export", "live"):
        with pytest.raises(SystemExit):
            main(["--lang", "en", command, "--help"])
        out = capsys.readouterr().out
        assert "usage:" in out and "standaard" not in out and "bestand" not in out.lower().replace("file", ""), command
