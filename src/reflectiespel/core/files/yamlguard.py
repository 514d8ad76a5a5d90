"""One guarded YAML parse: libyaml's C parser where present, our own composer and constructor on top.

The C parser (``yaml.CParser``) does the scanning, which is where PyYAML's pure-Python loader spends its
time. Composing the node tree and turning it into Python data happens here, in Python, so that we can
refuse what a person never means to write, at the place where it is written:

- anchors and aliases (``&`` and ``*``: no "billion laughs"),
- nesting deeper than MAX_DEPTH (a RecursionError, or a crash in C, otherwise),
- more than MAX_NODES values, or more than MAX_SECONDS of work (a 1 MB file of ``[`` is refused at once),
- a key that appears twice in one group (YAML would silently keep the last one),
- ``!!binary``, ``!!set``, ``!!omap``, ``!!pairs`` and unknown tags,
- control characters inside text (other than tab and line breaks).

The node tree is kept: it knows the line of every value, which the messages need only when something is
wrong. ``parse`` raises Refused (message in Dutch, mark) or a yaml.YAMLError.
"""

from __future__ import annotations

import re
import time
from typing import Any

from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent, MappingStartEvent, ScalarEvent, SequenceStartEvent
from yaml.nodes import MappingNode, Node, ScalarNode
from yaml.resolver import Resolver

from ..base.i18n import translate

try:  # libyaml; the pure-Python parser is a fallback for systems without it
    from yaml.cyaml import CParser as _Parser

    C_PARSER = True
except ImportError:  # pragma: no cover - PyYAML wheels ship libyaml
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    C_PARSER = False

    class _Parser(Reader, Scanner, Parser):  # type: ignore[no-redef]
        def __init__(self, stream):
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)


MAX_DEPTH = 40
MAX_NODES = 100_000
MAX_SECONDS = 5.0
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_REFUSED_TAGS = {"tag:yaml.org,2002:binary": "!!binary", "tag:yaml.org,2002:set": "!!set",
                 "tag:yaml.org,2002:omap": "!!omap", "tag:yaml.org,2002:pairs": "!!pairs"}


class Refused(Exception):
    """Something in the YAML text we do not accept; ``mark`` is where (yaml Mark or None)."""

    def __init__(self, message: str, mark: Any = None):
        super().__init__(message)
        self.message = message
        self.mark = mark


class _GuardedComposer(Composer):
    def __init__(self) -> None:
        super().__init__()
        self._depth = 0
        self._nodes = 0
        self._deadline = time.monotonic() + MAX_SECONDS

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        event = self.peek_event()
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None):
            raise Refused(translate("YamlGuard", "ankers en verwijzingen (& en *) zijn niet toegestaan; schrijf de tekst voluit"),
                          event.start_mark)
        self._nodes += 1
        if self._nodes > MAX_NODES:
            raise Refused(translate("YamlGuard", "het bestand heeft te veel onderdelen (meer dan {0}); "
                                    "splits het op in kleinere bestanden").format(MAX_NODES), event.start_mark)
        if self._nodes % 512 == 0 and time.monotonic() > self._deadline:
            raise Refused(translate("YamlGuard", "het bestand is te ingewikkeld om te lezen (het duurt te lang)"), event.start_mark)
        if isinstance(event, (MappingStartEvent, SequenceStartEvent)):
            self._depth += 1
            if self._depth > MAX_DEPTH:
                raise Refused(translate("YamlGuard", "de gegevens zijn te diep genest (meer dan {0} niveaus); "
                                        "kijk naar inspringen en haakjes").format(MAX_DEPTH), event.start_mark)
            try:
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1
        if not isinstance(event, ScalarEvent):  # pragma: no cover - the parser gives nothing else here
            raise Refused(translate("YamlGuard", "onverwachte opbouw van het bestand"), event.start_mark)
        return super().compose_node(parent, index)


class _GuardedConstructor(SafeConstructor):
    def construct_mapping(self, node: Node, deep: bool = False) -> dict:
        if isinstance(node, MappingNode):
            seen: dict[tuple[str, str], Node] = {}
            for key_node, _ in node.value:
                if isinstance(key_node, ScalarNode):
                    key = (key_node.tag, key_node.value)
                    if key in seen:
                        raise Refused(translate("YamlGuard", "'{0}' staat twee keer in dezelfde groep (ook op regel "
                                                "{1}); YAML zou stil de laatste nemen. Haal er een weg").format(
                                          key_node.value, seen[key].start_mark.line + 1), key_node.start_mark)
                    seen[key] = key_node
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_str(self, node: Node) -> str:
        value = self.construct_scalar(node)
        found = _CONTROL.search(value)
        if found:
            raise Refused(translate("YamlGuard", "de tekst bevat een onzichtbaar stuurteken (U+{0}); "
                                    "haal het weg").format(f"{ord(found.group()):04X}"), node.start_mark)
        return value

    def construct_refused(self, node: Node) -> Any:
        raise Refused(translate("YamlGuard", "{0} is niet toegestaan; schrijf gewone tekst").format(
            _REFUSED_TAGS[node.tag]), node.start_mark)

    def construct_undefined(self, node: Node) -> Any:
        raise Refused(translate("YamlGuard", "het label '{0}' is onbekend; haal het weg "
                                "(schrijf gewone tekst)").format(node.tag), node.start_mark)


_GuardedConstructor.add_constructor("tag:yaml.org,2002:str", _GuardedConstructor.construct_yaml_str)
for _tag in _REFUSED_TAGS:
    _GuardedConstructor.add_constructor(_tag, _GuardedConstructor.construct_refused)
_GuardedConstructor.add_constructor(None, _GuardedConstructor.construct_undefined)


class GuardedLoader(_GuardedComposer, _Parser, _GuardedConstructor, Resolver):
    def __init__(self, text: str):
        _Parser.__init__(self, text)
        _GuardedComposer.__init__(self)
        _GuardedConstructor.__init__(self)
        Resolver.__init__(self)


def parse(text: str) -> tuple[Any, Node | None]:
    """(data, root node) of one YAML document; raises Refused or yaml.YAMLError."""
    loader = GuardedLoader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
        return data, root
    finally:
        loader.dispose()
