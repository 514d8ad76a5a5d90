"""What a distributor needs: the MIT licence, the third-party notices with the LGPL for PySide6/Qt, and
pyproject metadata with a window entry point that opens no console on Windows."""

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import notices


def test_the_notices_name_every_run_time_package_with_its_licence_text():
    text = notices.render()
    names = [dist.metadata["Name"] for dist in notices.runtime_closure()]
    for wanted in ("PySide6_Essentials", "shiboken6", "pydantic", "reportlab", "pillow", "PyYAML", "uvicorn"):
        assert wanted in names
    for name in names:
        assert f"\n{name} " in text, name
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "You may replace them with your own build" in text  # how to swap Qt, as the LGPL asks
    assert "PSF" in text or "PYTHON SOFTWARE FOUNDATION" in text.upper()
    assert "pytest" not in names and "pyinstaller" not in names  # tools that are not shipped stay out


def test_pyproject_has_a_window_entry_classifiers_and_the_licence_file():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["reflectiespel"] == "reflectiespel.cli:main"  # the commands, with a console
    assert project["gui-scripts"]["reflectiespel-app"] == "reflectiespel.cli:main"  # the window, without one
    assert "License :: OSI Approved :: MIT License" not in project["classifiers"]  # the SPDX field says it
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert any(c.startswith("Operating System :: Microsoft :: Windows") for c in project["classifiers"])
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
