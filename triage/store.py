"""CaseStore: the one place that holds SQL (sqlite-utils). SKELETON — to be implemented (issue 2).

Contract used by ui/, export and the CLI. Every method that changes data takes the acting ``User``,
checks the permission through ``triage.auth`` (raising ``PermissionDenied``, audited) and writes its
audit row in the same transaction as the change.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Iterator, Sequence

from .intake import Intake, Vitals
from .records import (AttachmentInfo, CaseDetail, CaseStatus, CaseSummary, Decision, NewAttachment,
                      User, WorklistQuery)
from .suggestion import Suggestion


class CaseStore:
    """An installation's database (``<data_dir>/triage.db``) and attachment folder."""

    def __init__(self, data_dir: Path):
        raise NotImplementedError

    @classmethod
    def open(cls, data_dir: Path | str) -> "CaseStore":
        """Create/migrate (backup first), WAL, foreign_keys=ON, synchronous=FULL, busy timeout."""
        raise NotImplementedError

    def close(self) -> None: ...

    # settings / state
    def is_demo(self) -> bool: ...
    def needs_first_admin(self) -> bool: ...
    def data_version(self) -> int:
        """Changes whenever any connection commits (PRAGMA data_version + own commits): the
        worklist polls it cheaply to refresh when another desk saves a case."""
        ...

    # cases
    def create_case(self, actor: User, intake: Intake, suggestion: Suggestion | None,
                    attachments: Sequence[NewAttachment] = ()) -> int: ...
    def retriage(self, actor: User, case_id: int, vitals: Vitals,
                 suggestion: Suggestion | None) -> int: ...
    def start_review(self, actor: User, case_id: int) -> None: ...
    def review(self, actor: User, case_id: int, decision: Decision, final_level: int,
               reason: str = "") -> int: ...
    def add_note(self, actor: User, case_id: int, text: str) -> int: ...
    def add_attachments(self, actor: User, case_id: int,
                        attachments: Sequence[NewAttachment]) -> list[int]: ...
    def close_case(self, actor: User, case_id: int) -> None: ...

    # queries
    def worklist(self, actor: User, query: WorklistQuery = WorklistQuery()) -> list[CaseSummary]: ...
    def count_worklist(self, actor: User, query: WorklistQuery = WorklistQuery()) -> int: ...
    def case_detail(self, actor: User, case_id: int) -> CaseDetail: ...
    def iter_cases(self, actor: User, start: datetime | None = None, end: datetime | None = None,
                   batch: int = 500) -> Iterator[CaseDetail]: ...
    def count_cases(self, start: datetime | None = None, end: datetime | None = None) -> int: ...
    def counts(self) -> dict[str, int]: ...
    def attachment(self, actor: User, attachment_id: int) -> AttachmentInfo: ...
    def review_pairs(self, actor: User) -> list[tuple[datetime, int, int]]:
        """(signed_at, suggested_level, final_level) for each review: the agreement dashboard."""
        ...
