"""Exports (CSV, JSON Lines, FHIR R4, PDF; de-identified or not) and the import of exported files.

``export_cases`` streams cases from the store to one format; ``import_cases`` reads a CSV or JSON
Lines export back, all or nothing.
"""

from triage.export.exporter import FORMATS, SUFFIX, ExportCancelled, ExportResult, export_cases
from triage.export.importer import ImportResult, import_cases

__all__ = ["FORMATS", "SUFFIX", "ExportCancelled", "ExportResult", "ImportResult", "export_cases",
           "import_cases"]
