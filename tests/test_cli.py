"""The command line works headless and never shows a Python traceback."""

import shutil
import subprocess
import sys
from pathlib import Path

from reflectiespel import __version__
from reflectiespel.cli import main

DATA = Path(__file__).parent / "data"


def run(*args: str, env_dir: Path | None = None) -> subprocess.CompletedProcess:
    """Run the real command in a child process, as a trainer would from a terminal."""
    import os

    env = dict(os.environ)
    if env_dir is not None:
        env["REFLECTIESPEL_DATA_DIR"] = str(env_dir)
    return subprocess.run([sys.executable, "-m", "reflectiespel.cli", *args],
                          capture_output=True, text=True, env=env, timeout=60)


def test_version_and_help(capsys):
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout
    result = run("--help")
    assert result.returncode == 0 and "decks" in result.stdout


def test_validate_good_and_bad(tmp_path):
    bad = tmp_path / "kapot.yaml"
    bad.write_text("id: [\n", encoding="utf-8")
    good = run("decks", "validate", str(DATA / "mini.yaml"))
    assert good.returncode == 0 and "in orde" in good.stdout
    result = run("decks", "validate", str(DATA / "mini.yaml"), str(bad), str(tmp_path / "bestaat-niet.yaml"))
    assert result.returncode == 1
    assert "kapot.yaml" in result.stderr and "regel" in result.stderr
    assert "bestaat-niet.yaml" in result.stderr and "kan niet worden gelezen" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_binary_garbage(tmp_path):
    junk = tmp_path / "plaatje.yaml"
    junk.write_bytes(bytes(range(256)) * 4)
    result = run("decks", "validate", str(junk))
    assert result.returncode == 1 and "Traceback" not in result.stderr and "plaatje.yaml" in result.stderr


def test_list_shows_user_decks_and_broken_ones(tmp_path, capsys):
    decks = tmp_path / "decks"
    decks.mkdir()
    shutil.copy(DATA / "mini.yaml", decks / "mini.yaml")
    (decks / "stuk.yaml").write_text("format_version: 1\nid: stuk\n", encoding="utf-8")
    result = run("decks", "list", env_dir=tmp_path)
    assert result.returncode == 0
    assert "mini" in result.stdout and "Mini-set" in result.stdout and "(2 kaarten)" in result.stdout
    assert "stuk.yaml" in result.stdout and "KAN NIET WORDEN GELADEN" in result.stdout


def test_user_deck_with_builtin_id_is_reported(tmp_path):
    from reflectiespel.core.decks.library import Library

    builtin, user = tmp_path / "builtin", tmp_path / "user"
    builtin.mkdir(), user.mkdir()
    shutil.copy(DATA / "mini.yaml", builtin / "mini.yaml")
    shutil.copy(DATA / "mini.yaml", user / "mijn-mini.yaml")
    library = Library(builtin, user).load()
    assert library.entry("mini").builtin is True
    clash = [e for e in library.entries if not e.builtin][0]
    assert not clash.ok and "dezelfde id 'mini'" in str(clash.problems[0])


def test_show_prints_cards(capsys):
    assert main(["decks", "show", str(DATA / "mini.yaml")]) == 0
    out = capsys.readouterr().out
    assert "Eerste kaart" in out and "Opdracht: Teken samen een kaart." in out and "- Wat zie je?" in out


def test_show_unknown_id_is_a_clear_message(capsys):
    assert main(["decks", "show", "bestaat-niet"]) == 1
    assert "Er is geen kaartenset met id 'bestaat-niet'" in capsys.readouterr().err


def test_path_is_the_user_deck_folder(tmp_path):
    result = run("decks", "path", env_dir=tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == str(tmp_path / "decks")



def test_a_listing_cut_short_by_its_reader_ends_quietly():
    """`reflectiespel decks list | head -1`: no 'something went wrong with a file' when the reader stops."""
    import subprocess
    import sys

    reader = subprocess.Popen([sys.executable, "-c", "pass"], stdin=subprocess.PIPE)
    reader.wait(timeout=30)  # gone before anything is written: every write meets a closed pipe
    result = subprocess.run([sys.executable, "-c", "import sys; from reflectiespel.cli import main; "
                             "sys.exit(main(['decks', 'list']))"], stdout=reader.stdin, stderr=subprocess.PIPE,
                            text=True, timeout=60)
    reader.stdin.close()
    assert result.returncode == 0 and result.stderr == ""


def test_help_is_dutch_all_through_including_the_version_option(capsys):
    import pytest

    from reflectiespel.cli import main

    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "toon het versienummer en stop" in out and "show program" not in out
