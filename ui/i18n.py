"""The interface language: Qt's own translation system (QTranslator + .qm files).

Our messages live in ``resources/i18n/triage_<lang>.ts`` (``pyside6-lupdate ui``), compiled to
the committed ``triage_<lang>.qm`` (``pyside6-lrelease``; tests/ui/test_ui_i18n.py checks it is
current). Qt's own ``qtbase_<lang>.qm`` (PySide6's translations folder) translates the standard
dialogs' buttons. Installed before any window is built: a widget reads ``tr()`` when created.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = ("en", "ko")  # English is the source text: no file needed
DEFAULT_LANGUAGE = "en"


def system_language() -> str:
    """The system locale's language when we have a translation for it, else English."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install our and Qt's translators for ``language`` (None: the system locale) on ``app``.

    Returns the installed translators: the caller keeps them (a collected QTranslator is
    silently removed). English installs nothing."""
    lang = language or system_language()
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    QLocale.setDefault(QLocale(lang))
    installed: list[QTranslator] = []
    if lang == DEFAULT_LANGUAGE:
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{lang}", qt_dir), (f"triage_{lang}", str(I18N_DIR))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
