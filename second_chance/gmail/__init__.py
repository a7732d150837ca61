"""The Gmail adapter and the mailbox port the service is written against."""

from .budget import Budgets, QuotaBudget
from .client import GmailMailbox
from .port import Draft, Fetched, Mailbox, MessageRef, ThreadEntry
from .query import candidate_query, sent_query
from .retry import RetryPolicy

__all__ = [
    "Budgets",
    "Draft",
    "Fetched",
    "GmailMailbox",
    "Mailbox",
    "MessageRef",
    "QuotaBudget",
    "RetryPolicy",
    "ThreadEntry",
    "candidate_query",
    "sent_query",
]
