"""Case storage: one SQLite file per desk (WAL, foreign keys, versioned schema) and its audit chain.

``CaseStore`` is the only way the app reads or writes cases; every write commits together with the
audit row that records it. The store is split by concern (see ``case_store``'s docstring):
``connection``, ``migrations``, ``auth``, ``audit``, ``blobs``, ``patients``, ``cases``,
``queries``, ``bulk``.
"""

from triage.store.case_store import DB_NAME, MAX_NOTE_CHARS, CaseStore

__all__ = ["CaseStore", "DB_NAME", "MAX_NOTE_CHARS"]
