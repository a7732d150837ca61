"""A Gmail API v1 emulator for tests: the real google-api-python-client talks to it over HTTP.

Nothing starts at import: build a ``GmailEmulator``, seed it, and serve ``emu.app`` (for instance with
``serve_in_background``). See docs/emulator.md.
"""

from __future__ import annotations

from .app import EmulatorStats, GmailEmulator
from .faults import FaultPlan
from .search import QueryError, parse_query
from .server import serve_in_background
from .store import DraftInfo, MessageInfo

__all__ = [
    "DraftInfo",
    "EmulatorStats",
    "FaultPlan",
    "GmailEmulator",
    "MessageInfo",
    "QueryError",
    "parse_query",
    "serve_in_background",
]
