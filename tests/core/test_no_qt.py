"""The core, the PDF code and the live server run on a machine without Qt."""

import subprocess
import sys
import textwrap
from pathlib import Path

BLOCK_QT = textwrap.dedent("""
    import sys, importlib.abc
    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name.split('.')[0] in ('PySide6', 'shiboken6'):
                raise ImportError('Qt is blocked in this test')
            return None
    sys.meta_path.insert(0, NoQt())
    try:
        import PySide6
    except ImportError:
        pass
    else:
        raise SystemExit('PySide6 should not import here')
""")


def test_core_and_pdf_import_without_qt():
    src = Path(__file__).parents[2] / "src" / "reflectiespel"
    modules = [".".join(("reflectiespel", folder, *p.relative_to(src / folder).with_suffix("").parts))
               for folder in ("core", "pdf", "live") for p in sorted((src / folder).rglob("*.py"))
               if p.stem != "__init__"]
    assert "reflectiespel.core.decks.decks" in modules
    code = BLOCK_QT + "\nimport importlib\n" + "".join(f"importlib.import_module({m!r})\n" for m in modules)
    code += "from reflectiespel.cli import main\nraise SystemExit(main(['decks', 'list']))\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
