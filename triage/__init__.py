"""Triage Desk domain core: pure Python, never imports Qt (enforced by tests/test_layering.py)."""

__version__ = "0.1.0"
