"""What the surfaces (REST API, add-on, CLI) do with a mailbox: find rejections, draft replies.

Written against the ``Mailbox`` and ``Store`` ports only: no HTTP framework, no Google library.
"""

from .drafting import DraftRequest, DraftResult, KeyedLocks, draft_reply
from .scan import Found, ScanResult, analyse_message, find_rejections

__all__ = [
    "DraftRequest",
    "DraftResult",
    "Found",
    "KeyedLocks",
    "ScanResult",
    "analyse_message",
    "draft_reply",
    "find_rejections",
]
