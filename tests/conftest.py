import os

# Before any QApplication exists: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets an empty user data folder: no test reads or writes the real one."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("REFLECTIESPEL_DATA_DIR", str(folder))
    monkeypatch.setenv("REFLECTIESPEL_CACHE_DIR", str(tmp_path_factory.mktemp("usercache")))
    monkeypatch.delenv("REFLECTIESPEL_ORG_DIR", raising=False)  # no organisation folder unless a test sets one
    return folder


@pytest.fixture
def data_dir(_own_data_dir):
    return _own_data_dir


@pytest.fixture
def mini_deck_path():
    return DATA / "mini.yaml"


@pytest.fixture(autouse=True)
def _dutch(monkeypatch):
    """Tests speak Dutch, whatever the machine's locale; a test that switches language is undone after."""
    from reflectiespel import argparse_nl
    from reflectiespel.core.base import i18n

    monkeypatch.setenv(i18n.LANG_VARIABLE, "nl")
    i18n.set_language("nl")
    argparse_nl.install("nl")
    yield
    i18n.set_language("nl")
    argparse_nl.install("nl")


@pytest.fixture(scope="session")
def qapp(qapp_args, qapp_cls, pytestconfig):
    """pytest-qt's application, with the Dutch translators the app installs (Qt's own buttons in Dutch) and
    its drop-downs named by their label (ui/accessiblecombo.py)."""
    from PySide6.QtWidgets import QApplication

    from reflectiespel.ui.accessiblecombo import install as name_drop_downs
    from reflectiespel.ui.translators import install_translators

    app = QApplication.instance() or qapp_cls(qapp_args)
    install_translators(app, "nl")
    name_drop_downs()  # as the main window does after its first frame
    yield app


@pytest.fixture
def crash():
    """Make a window's autosaver and claims behave as if its process had been killed: the locks the
    operating system would drop are dropped, the files stay. Takes a SessionController or an Autosaver."""
    def crash(owner):
        timer = getattr(owner, "_autosave_timer", None)
        if timer is not None:
            timer.stop()
        autosaver = getattr(owner, "autosaver", owner)
        locks = list(getattr(autosaver, '_locks', {}).values())
        claims = getattr(owner, "claims", None)
        if claims is not None:
            locks += list(claims._ids.values()) + ([claims._file[1]] if claims._file else [])
        for lock in locks:
            lock.abandon()
    return crash
