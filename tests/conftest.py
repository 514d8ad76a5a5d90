import os

# Before any QApplication exists: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets an empty user data folder: no test reads or writes the real one."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("REFLECTIESPEL_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def data_dir(_own_data_dir):
    return _own_data_dir


@pytest.fixture
def mini_deck_path():
    return DATA / "mini.yaml"
