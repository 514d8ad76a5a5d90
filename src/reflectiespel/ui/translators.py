"""Load the interface language into Qt: the app's own translation and Qt's (standard buttons, dialogs)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.base import i18n

TRANSLATOR_NAME = "reflectiespelTranslator"

# Qt's own Dutch catalogue (qtbase_nl) lacks a few labels of its file dialog since Qt 6 gave them a
# mnemonic; our catalogue, installed after Qt's and so asked first, fills them in (English: unchanged).
QT_GAPS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Qt's own words (qtbase_<lang>) and ours (reflectiespel_<lang>.qm) in ``language``.

    The app's source strings are Dutch, so Dutch needs our catalogue only for plural forms; Qt's standard
    buttons ("Save", "&Yes") need qtbase_nl in Dutch, as the app needs reflectiespel_en in English.
    """
    i18n.set_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands if language == "nl" else QLocale.Country.UnitedKingdom))
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):  # switching: the old language goes first
        app.removeTranslator(old)
        old.deleteLater()
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder), (f"reflectiespel_{language}", str(i18n.catalogue_dir()))):
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    app.setProperty("reflectiespel_language", language)
    return installed
