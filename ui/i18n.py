"""The interface language: Qt's own translation system (QTranslator + .qm files).

Our messages live in ``resources/i18n/triage_<lang>.ts`` (``pyside6-lupdate ui``), compiled to
the committed ``triage_<lang>.qm`` (``pyside6-lrelease``; tests/ui/test_ui_i18n.py checks it is
current). Qt's own ``qtbase_<lang>.qm`` (PySide6's translations folder) translates the standard
dialogs' buttons. Installed before any window is built: a widget reads ``tr()`` when created.

Which language (docs/user_guide.md, "Language"): the sign-in window speaks the desk's language
(``--language``, else the system locale); after sign-in the account's own choice
(``User.language``, set under View > Language or by an administrator) wins, and ``switch_language``
re-installs the translators (Qt then sends every widget a ``LanguageChange``). Signing out goes
back to the desk's language.

Dates, times and numbers on screen follow the same language (``format_datetime``,
``format_number``: ``QLocale.setDefault``); the store keeps ISO text and plain numbers.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from pathlib import Path

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime,
                            QTranslator)

from triage.records import LANGUAGES  # the codes an account may choose (the domain stores them)

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
DEFAULT_LANGUAGE = "en"  # English is the source text: no file needed
# Each language by its own name (a menu of languages is read by someone who may not know the
# current one): data, not messages.
LANGUAGE_NAMES = {"en": "English", "ko": "한국어"}
_current = [DEFAULT_LANGUAGE]  # the language the translators now installed speak


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
    _current[0] = lang
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


def current_language() -> str:
    """The interface language installed now ("en", "ko")."""
    return _current[0]


def switch_language(app: QCoreApplication, language: str | None) -> str:
    """Replace the translators ``install_translators`` put on ``app`` (kept in
    ``app._translators``) with those of ``language`` (None: the system locale's); returns the
    language now spoken. Widgets built from now on read the new language; those built before get
    a ``LanguageChange`` event (``MainWindow`` retranslates itself, screens are rebuilt)."""
    lang = language or system_language()
    for translator in list(getattr(app, "_translators", []) or []):
        app.removeTranslator(translator)
    app._translators = install_translators(app, lang)  # kept: a collected one is removed
    return lang


def _locale() -> QLocale:
    return QLocale()  # the default install_translators set: the interface language's


def _four_digit_year(fmt: str) -> str:
    """A locale's short date format with the full year ("M/d/yy" → "M/d/yyyy"): a record's date
    must not be read as the wrong century."""
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", fmt)


def _local(when: datetime) -> datetime:
    if when.tzinfo is None:  # the store's times are UTC
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone()


def format_date(when: date | datetime | None) -> str:
    """A date (a datetime: its local date) in the interface language's short form, with the
    full year: 3/4/2026, 2026. 3. 4. ("" for None)."""
    if when is None:
        return ""
    if isinstance(when, datetime):
        when = _local(when).date()
    locale = _locale()
    return locale.toString(QDate(when.year, when.month, when.day),
                           _four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat)))


def format_time(when: datetime | None) -> str:
    """The local time of ``when`` as the interface language writes it: 2:05 PM, 오후 2:05."""
    if when is None:
        return ""
    local = _local(when)
    locale = _locale()
    return locale.toString(QTime(local.hour, local.minute, local.second),
                           locale.timeFormat(QLocale.FormatType.ShortFormat))


def format_datetime(when: datetime | None) -> str:
    """Date and local time of ``when`` (naive: UTC, as stored) in the interface language's
    format: "3/4/2026 2:05 PM", "2026. 3. 4. 오후 2:05" ("" for None)."""
    if when is None:
        return ""
    local = _local(when)
    locale = _locale()
    fmt = (_four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat)) + " "
           + locale.timeFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(QDateTime(QDate(local.year, local.month, local.day),
                                     QTime(local.hour, local.minute, local.second)), fmt)


def format_number(value: int | float | None, decimals: int | None = None) -> str:
    """``value`` with the interface language's digit grouping and decimal sign (12,345; 38.2);
    ``decimals`` fixed places for a float (None: as few as show it). "" for None."""
    if value is None:
        return ""
    locale = _locale()
    if isinstance(value, bool) or isinstance(value, int):
        return locale.toString(int(value))
    if decimals is None:
        text = locale.toString(float(value), "f", 6)
        point = locale.decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text
    return locale.toString(float(value), "f", decimals)
