"""The package imports one way: no module reaches back, directly or round about, to a module that imports it.

Every import counts, also one inside a function (a late import only hides a knot; it does not untie it).
Only imports under ``if TYPE_CHECKING:`` are left out: they never run. The test reads the source, so it
sees what a reader sees, and names the modules of every cycle it finds.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "reflectiespel"


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _type_checking_only(tree: ast.AST) -> set[int]:
    """The ids of import nodes inside ``if TYPE_CHECKING:`` blocks."""
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", getattr(node.test, "attr", "")) == "TYPE_CHECKING":
            skipped |= {id(inner) for stmt in node.body for inner in ast.walk(stmt)}
    return skipped


def imports_of(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _type_checking_only(tree)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                if f"{target}.{alias.name}" in known:  # "from . import session": a module
                    found.add(f"{target}.{alias.name}")
                elif target in known:
                    found.add(target)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name in known}
    found.discard(name)
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index, low, on_stack, stack, result = {}, {}, set(), [], []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    result.append(sorted(component))
    return result


def import_graph() -> dict[str, set[str]]:
    known = modules()
    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in known.items():
        graph[name] |= imports_of(name, path, known)
    return graph


def test_no_module_imports_itself_round_about():
    assert cycles(import_graph()) == []


def test_the_check_finds_a_cycle_hidden_in_a_function(tmp_path):
    """The same reading applied to two small modules that import each other, one of them late."""
    (tmp_path / "a.py").write_text("from . import b\n")
    (tmp_path / "b.py").write_text("def f():\n    from .a import x\n")
    (tmp_path / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import x\n")
    known = {"pkg.a": tmp_path / "a.py", "pkg.b": tmp_path / "b.py", "pkg.c": tmp_path / "c.py"}
    graph = {name: imports_of(name, path, known) for name, path in known.items()}
    assert graph["pkg.c"] == set()  # never runs
    assert cycles(graph) == [["pkg.a", "pkg.b"]]


def test_core_never_imports_the_windows_the_printer_code_or_the_phones():
    graph = import_graph()
    for name, targets in graph.items():
        if name.startswith("reflectiespel.core"):
            outside = {t for t in targets if t.split(".")[1:2] in (["ui"], ["pdf"], ["live"], ["cli"], ["sheetcommands"])}
            assert not outside, (name, outside)


# core's folders in layer order: a folder imports only from itself and the folders before it (docs/architecture.md)
CORE_LAYERS = ["base", "files", "decks", "board", "sessions", "input", "routes", "reports"]


def layer_breaches(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    def layer(name: str) -> int | None:
        parts = name.split(".")
        return CORE_LAYERS.index(parts[2]) if parts[:2] == ["reflectiespel", "core"] and len(parts) > 3 else None

    return sorted((name, target) for name, targets in graph.items() for target in targets
                  if layer(name) is not None and layer(target) is not None and layer(target) > layer(name))


def test_core_is_grouped_in_folders_that_import_one_way():
    graph = import_graph()
    core = PACKAGE / "core"
    assert sorted(p.name for p in core.iterdir() if p.is_dir() and p.name != "__pycache__") == sorted(CORE_LAYERS)
    assert [p.name for p in core.glob("*.py")] == ["__init__.py"]  # every module sits in its part
    assert layer_breaches(graph) == []


def test_the_layer_check_sees_a_folder_reaching_up():
    graph = {"reflectiespel.core.files.atomic": {"reflectiespel.core.sessions.session"},
             "reflectiespel.core.sessions.session": {"reflectiespel.core.files.atomic"}}
    assert layer_breaches(graph) == [("reflectiespel.core.files.atomic", "reflectiespel.core.sessions.session")]
