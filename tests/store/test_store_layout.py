"""The store's shape: one INSERT per table, small modules and classes (issue 10)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

STORE = Path(__file__).resolve().parents[2] / "triage" / "store"
SQL_HOMES = {"connection.py", "migrations.py"}  # the statement builder and the schema
# The split of CaseStore (the PostgreSQL glue, dialect.py and url.py, is measured by its own tests).
PARTS = ("__init__.py", "audit.py", "auth.py", "blobs.py", "bulk.py", "case_store.py", "cases.py",
         "connection.py", "migrations.py", "patients.py", "queries.py", "values.py")
TABLES = ("settings", "users", "patients", "cases", "vital_sets", "attachments", "suggestions",
          "reviews", "notes", "audit_log", "intake_revisions")


def _sources() -> dict[str, str]:
    return {name: (STORE / name).read_text(encoding="utf-8") for name in PARTS}


def test_each_table_has_exactly_one_insert():
    declared: dict[str, int] = {t: 0 for t in TABLES}
    for name, text in _sources().items():
        for table in re.findall(r'Insert\(\s*"(\w+)"', text):
            declared[table] += 1
        if name in SQL_HOMES:
            continue
        for table in re.findall(r"INSERT INTO (\w+)", text):
            declared[table] += 1
    declared["settings"] += 1  # connection.put_setting, the one upsert of settings
    assert declared == {t: 1 for t in TABLES}


def test_no_module_over_600_lines_and_no_class_over_400():
    for name, text in _sources().items():
        if name == "migrations.py":  # schema SQL
            continue
        assert text.count("\n") <= 600, name
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef):
                assert node.end_lineno - node.lineno <= 400, f"{name}: class {node.name}"
