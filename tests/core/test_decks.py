"""A trainer's deck file: good ones load, bad ones give one readable line per problem."""

from pathlib import Path

import pytest
from hostile_files import png

from reflectiespel.core.decks.decks import load_deck
from reflectiespel.core.base.problems import FileProblems

GOOD = (Path(__file__).parent.parent / "data" / "mini.yaml").read_text(encoding="utf-8")


def problems_of(tmp_path: Path, text: str | bytes, name: str = "set.yaml") -> list[str]:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    with pytest.raises(FileProblems) as caught:
        load_deck(path)
    lines = [str(p) for p in caught.value.problems]
    assert all(name in line for line in lines), "every problem names the file"
    return lines


def test_good_deck_loads_with_dutch_text(mini_deck_path):
    deck = load_deck(mini_deck_path)
    assert deck.id == "mini" and len(deck.cards) == 2
    assert "café" in deck.cards[0].text and "€" in deck.cards[0].text
    assert deck.back_text(deck.cards[1]) == "Eigen achterkant"
    assert deck.back_text(deck.cards[0]) == "Mini-set"


def test_invalid_yaml_names_the_line(tmp_path):
    lines = problems_of(tmp_path, GOOD.replace("title: Tweede kaart", "title: [Tweede kaart"))
    assert len(lines) == 1 and "geen geldige YAML" in lines[0] and "regel" in lines[0]


def test_wrong_type_and_missing_field_and_unknown_field(tmp_path):
    text = GOOD.replace("    title: Eerste kaart\n", "    titel: Eerste kaart\n")
    text = text.replace("      - Wanneer gebeurt dit?\n", "").replace("    questions:\n    back:", "    questions: 5\n    back:")
    lines = problems_of(tmp_path, text)
    joined = "\n".join(lines)
    assert "cards[1].title: ontbreekt" in joined
    assert "cards[1].titel: is geen bekend veld; bedoel je 'title'?" in joined
    assert "cards[2].questions: moet een lijst zijn" in joined
    assert all("regel" in line for line in lines)


def test_duplicate_card_and_unknown_category_and_bad_colour(tmp_path):
    text = GOOD.replace("id: tweede", "id: eerste").replace("category: twee", "category: drie")
    text = text.replace('colour: "#1565c0"', 'colour: blauw')
    lines = problems_of(tmp_path, text)
    joined = "\n".join(lines)
    assert "de kaart 'eerste' bestaat al" in joined
    assert "de categorie 'drie' bestaat niet" in joined
    assert "'blauw' is geen kleur" in joined
    assert len(lines) == 3


@pytest.mark.parametrize("image", ["../geheim.png", "/etc/passwd", "C:\\\\plaatje.png", "sub/../../x.png"])
def test_image_outside_the_deck_folder_is_refused(tmp_path, image):
    (tmp_path / "geheim.png").write_bytes(b"x")
    lines = problems_of(tmp_path, GOOD.replace("    back: Eigen achterkant", f"    image: '{image}'"))
    assert any("cards[2].image" in line for line in lines)


def test_missing_image_is_named_and_present_image_is_fine(tmp_path):
    lines = problems_of(tmp_path, GOOD.replace("    back: Eigen achterkant", "    image: foto.png"))
    assert "het plaatje 'foto.png' is niet gevonden" in lines[0]
    (tmp_path / "foto.png").write_bytes(b"\x89PNG")  # only the start of a PNG: not a picture
    assert "'foto.png' is geen plaatje" in problems_of(tmp_path, (tmp_path / "set.yaml").read_text())[0]
    png(tmp_path / "foto.png")
    assert load_deck(tmp_path / "set.yaml").cards[1].image == "foto.png"


def test_too_large_empty_and_not_utf8(tmp_path):
    assert "te groot" in problems_of(tmp_path, "a: b\n" * 300_000)[0]
    assert "leeg" in problems_of(tmp_path, "  \n\n")[0]
    lines = problems_of(tmp_path, GOOD.encode("utf-8").replace("café".encode(), b"caf\xe9"))
    assert "UTF-8" in lines[0] and "regel 21" in lines[0]


def test_alias_bomb_is_refused_quickly(tmp_path):
    bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 12):
        bomb.append(f"{chr(97 + i)}: &{chr(97 + i)} [*{chr(96 + i)}, *{chr(96 + i)}, *{chr(96 + i)}, *{chr(96 + i)}]")
    lines = problems_of(tmp_path, "\n".join(bomb) + "\n")
    assert len(lines) == 1 and "ankers en verwijzingen" in lines[0]


def test_newer_format_version_says_to_update(tmp_path):
    lines = problems_of(tmp_path, GOOD.replace("format_version: 1", "format_version: 7"))
    assert "nieuwere reflectiespel" in lines[0] and "format_version" in lines[0]


def test_top_level_list_is_explained(tmp_path):
    assert "moet beginnen met velden" in problems_of(tmp_path, "- een\n- twee\n")[0]
