"""Real office clients for the export tests: LibreOffice headless converts a file, the test reads the
result. .ci/run installs LibreOffice (calc and writer, without their GUI) and pandoc; without them the
tests that need them are skipped with a reason.

Every conversion gets a private LibreOffice profile inside the test's folder (never the user's), is
bounded in time, and its whole process group is killed when it does not finish.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PANDOC = shutil.which("pandoc")
needs_libreoffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; "
                                                               ".ci/run installs it")
needs_pandoc = pytest.mark.skipif(PANDOC is None, reason="pandoc is not installed; .ci/run installs it")

NS = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
      "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}


def convert(sources: list[Path], target: str, outdir: Path, infilter: str | None = None,
            timeout: float = 240) -> list[Path]:
    """``soffice --convert-to target`` for all sources in one start; returns the converted files."""
    profile = outdir / "libreoffice-profile"
    command = [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nologo",
               "--nolockcheck", "--nodefault"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", target, "--outdir", str(outdir), *(str(s) for s in sources)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                               env={**os.environ, "HOME": str(outdir)})
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise
    extension = target.split(":")[0]
    made = [outdir / f"{Path(s).stem}.{extension}" for s in sources]
    missing = [m for m in made if not m.exists()]
    assert not missing, f"LibreOffice made no {missing}: {out.decode(errors='replace')} {err.decode(errors='replace')}"
    return made


def _walk(node, parts: list[str]) -> None:
    """The text of an OpenDocument paragraph: spaces (text:s), tabs and line breaks as characters."""
    if node.text:
        parts.append(node.text)
    for child in node:
        tag = child.tag.split("}")[1]
        if tag == "s":
            parts.append(" " * int(child.get(f"{{{NS['text']}}}c", "1")))
        elif tag == "tab":
            parts.append("\t")
        elif tag == "line-break":
            parts.append("\n")
        else:
            _walk(child, parts)
        if child.tail:
            parts.append(child.tail)


def _cell_text(cell) -> str:
    lines = []
    for paragraph in cell.findall("text:p", NS):
        parts: list[str] = []
        _walk(paragraph, parts)
        lines.append("".join(parts))
    return "\n".join(lines)


def spreadsheet(path: Path) -> dict[str, list[list[tuple[str, str, str]]]]:
    """A flat OpenDocument spreadsheet (.fods) as LibreOffice wrote it: per sheet, rows of cells, each
    (value type as LibreOffice holds it: 'float', 'date', 'string', ''; its value; its text)."""
    root = ET.parse(path).getroot()
    sheets = {}
    for table in root.iter(f"{{{NS['table']}}}table"):
        rows = []
        for row in table.iter(f"{{{NS['table']}}}table-row"):  # also those in table-header-rows
            cells = []
            for cell in row:
                if cell.tag.split("}")[1] not in ("table-cell", "covered-table-cell"):
                    continue
                kind = cell.get(f"{{{NS['office']}}}value-type", "")
                value = (cell.get(f"{{{NS['office']}}}value") or cell.get(f"{{{NS['office']}}}date-value")
                         or cell.get(f"{{{NS['office']}}}string-value") or "")
                repeat = min(int(cell.get(f"{{{NS['table']}}}number-columns-repeated", "1")), 64)
                cells += [(kind, value, _cell_text(cell))] * repeat
            while cells and cells[-1] == ("", "", ""):
                cells.pop()
            repeat = min(int(row.get(f"{{{NS['table']}}}number-rows-repeated", "1")), 64)
            rows += [cells] * repeat
        while rows and not rows[-1]:
            rows.pop()
        sheets[table.get(f"{{{NS['table']}}}name")] = rows
    return sheets
