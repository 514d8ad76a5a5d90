"""The Markdown export read by real renderers: python-markdown (what MkDocs uses, with its default
'tables' extension), pandoc's own Markdown and pandoc's GitHub Markdown (the spec GitHub renders). Each
must show every note, card and agreement exactly as typed, make no markup of what people typed, and keep
the export's own structure: headings, lists, tables. The plain text (an e-mail) has no backslash before
ordinary Dutch punctuation.

pandoc is installed by .ci/run; without it those renderers are skipped with a reason.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "pdf"))

from sessionfactory import make_session

from reflectiespel.core.reports.export import to_markdown
from reflectiespel.core.sessions.session import ActionItem, GroupCard, Note, Session, Step

PANDOC = shutil.which("pandoc")

HOSTILE_NOTES = [
    "=HYPERLINK(\"http://x\")",
    "0612345678",
    "<b>vet</b> & <script>alert(1)</script> <!-- weg --> <http://voorbeeld.nl>",
    "~~doorgestreept~~ H~2~O 2^10^ kost $5 of $6",
    "*schuin* **vet** _ook_ `code` [link](http://x) ![plaatje](x.png) [^1] [noot]{.x}",
    ("# geen kop\n## ook geen kop #\n> geen citaat\n    geen code\n- geen lijst\n+ ook niet\n* niet\n"
     "1. geen\n2) nummers\na) geen letters\n(i) geen romeins\n#. geen\n(@) geen voorbeeld"),
    "term\n: geen definitie\n~ ook niet\n\n===\n---\n| a | b |\n|---|---|\n+---+---+",
    "&amp; &copy; &#65; C:\\map\\bestand \\*ster\\* \\\\",
    "regel een\n\nna een lege regel",
    "a_b_c snake_case_naam _nadruk_ 5 * 3 * 4 5*3*4",
]
ORDINARY = "Stuur de foto's (rond) & deel ze: 3 stuks, 50% = 1/2! Vraag ‘wie’ — of ‘wat’? €5,- en ĳs; café… 12-04-2026"


def session_with_everything() -> Session:
    session = make_session()
    session.steps[0].notes += [Note(text=text) for text in HOSTILE_NOTES + [ORDINARY]]
    session.steps[0].actions.append(ActionItem(wat="a | b\n---\n=1+1 `x` <i>", wie="# Ann", wanneer="~~morgen~~"))
    session.steps.append(Step(id="s-4", title="# Laatste | stap *", instruction="Eerste regel\n- geen lijst",
                              group_cards=[GroupCard(title="*Kaart* <b>", questions=["1. Eén?", "- twee"],
                                                     assignment="> doe iets")]))
    return session


class Blocks(HTMLParser):
    """The text of every heading, list item, paragraph and table cell, and the tags that occur."""

    KEEP = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "li", "p", "td", "th"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self.tags: list[str] = []
        self.links: list[str] = []
        self._open: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "a":
            self.links.append(dict(attrs).get("href", ""))
        if tag in self.KEEP:
            self._open.append((tag, []))
        elif tag == "br":
            self.handle_data("\n")

    def handle_endtag(self, tag):
        if tag in self.KEEP and self._open and self._open[-1][0] == tag:
            name, parts = self._open.pop()
            text = "".join(parts)
            self.blocks.append((name, text))
            if self._open:
                self._open[-1][1].append(text)

    def handle_data(self, data):
        if self._open:
            self._open[-1][1].append(data)


def words(text: str) -> str:
    """Text as a reader sees it: whitespace folded, pandoc's typographic quotes and dashes undone."""
    for fancy, plain in (("“", '"'), ("”", '"'), ("’", "'"), ("‘", "'"), ("—", "---"), ("–", "--"), ("…", "...")):
        text = text.replace(fancy, plain)
    return " ".join(text.replace("\u00a0", " ").split())


def python_markdown(source: str) -> str:
    return markdown.markdown(source, extensions=["tables"])


def pandoc(dialect: str):
    def render(source: str) -> str:
        result = subprocess.run([PANDOC, "-f", dialect, "-t", "html"], input=source.encode("utf-8"),
                                capture_output=True, timeout=60, check=True)
        return result.stdout.decode("utf-8")
    return render


RENDERERS = [
    pytest.param(python_markdown, id="python-markdown"),
    pytest.param(pandoc("markdown"), id="pandoc", marks=pytest.mark.skipif(not PANDOC, reason="pandoc is not installed")),
    pytest.param(pandoc("gfm"), id="github", marks=pytest.mark.skipif(not PANDOC, reason="pandoc is not installed")),
]


@pytest.fixture(scope="module")
def source() -> str:
    return to_markdown(session_with_everything()).decode("utf-8")


@pytest.mark.parametrize("render", RENDERERS)
def test_every_renderer_shows_the_notes_exactly_as_typed(render, source):
    parsed = Blocks()
    parsed.feed(render(source))
    items = [words(text) for tag, text in parsed.blocks if tag == "li"]
    for note in HOSTILE_NOTES + [ORDINARY]:
        expected = words(note)
        assert any(item == expected or item.startswith(expected + " (") for item in items), (note, items)


@pytest.mark.parametrize("render", RENDERERS)
def test_what_people_typed_never_becomes_markup(render, source):
    parsed = Blocks()
    parsed.feed(render(source))
    made = set(parsed.tags)
    # GitHub makes a typed web address clickable (its text stays): the only link allowed
    assert set(parsed.links) <= {"http://x", "http://voorbeeld.nl"}
    for tag in ("b", "i", "script", "img", "code", "pre", "blockquote", "del", "s", "sub", "sup", "ol", "dl",
                "hr", "h4", "math", "sup"):
        assert tag not in made, tag
    headings = [words(text) for tag, text in parsed.blocks if tag in ("h1", "h2", "h3")]
    assert headings == ["Reflectie Buurtcultuur", "Stap 1: Waarden kiezen", "Notities", "Stemmen",
                        "Stap 2: Het bord", "Het bord", "Stap 3: Eigen grensobject", "Eigen kaarten",
                        "Stap 4: # Laatste | stap *", "Eigen kaarten",
                        "Deelname",  # who took part per step (#29.7), a table after the steps
                        "Afspraken"]
    emphasis = [words(text) for tag, text in parsed.blocks if tag == "p" and "Eerste regel" in text]
    assert emphasis == ["Eerste regel - geen lijst"]  # the instruction, one paragraph, no list in it


@pytest.mark.parametrize("render", RENDERERS)
def test_who_chose_what_is_a_list_of_its_own(render, source):
    parsed = Blocks()
    parsed.feed(render(source))
    items = [words(text) for tag, text in parsed.blocks if tag == "li"]
    assert "Ann de Vries koos: jezelf-zijn" in items
    assert "Bram <b>& koos: erbij-horen, jezelf-zijn" in items
    paragraphs = [words(text) for tag, text in parsed.blocks if tag == "p"]
    assert "Kaarten: jezelf-zijn" in paragraphs  # not run together with the list after it


@pytest.mark.parametrize("render", RENDERERS)
def test_tables_keep_one_row_per_agreement_and_vote(render, source):
    parsed = Blocks()
    parsed.feed(render(source))
    cells = [words(text) for tag, text in parsed.blocks if tag == "td"]
    assert cells[-9:] == ["Stuur de foto's <rond> & deel ze", "Ann", "2026-04-01",
                          "a | b --- =1+1 `x` <i>", "# Ann", "~~morgen~~", "Lied opnemen", "het team", "mei"]
    assert cells[:6] == ["1", "erbij-horen", "3", "2", "jezelf-zijn", "2"]  # the votes, ranked
    own = [words(text) for tag, text in parsed.blocks if tag == "li"]
    assert "1. Eén?" in own and "- twee" in own


def test_ordinary_text_reads_in_an_email_without_backslashes(source):
    assert words(ORDINARY) in words(source)
    plain = [line for line in source.splitlines() if "Stuur de foto's (rond)" in line]
    assert plain and "\\" not in plain[0]
    assert "\\" not in source.split("## Stap 2")[1].split("## Stap 4")[0]  # the board and own cards: plain
    assert "=HYPERLINK(\"http://x\")" in source and "0612345678" in source


def test_entities_in_the_source_are_only_where_markup_would_start():
    text = to_markdown(session_with_everything()).decode("utf-8")
    found = set(re.findall(r"&#?\w+;", text))
    assert found <= {"&lt;", "&amp;", "&#126;", "&#94;", "&#36;", "&#58;", "&#61;"}
    assert html.unescape("&lt;b>") == "<b>"
