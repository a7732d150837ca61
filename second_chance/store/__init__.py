"""The database adapter: per-user settings and the ledger of drafted replies. Never an email body."""

from .repository import DraftRecord, SqlStore, Store, UserSettings
from .schema import migrate

__all__ = ["DraftRecord", "SqlStore", "Store", "UserSettings", "migrate"]
