"""The store port and its SQL adapter."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from sqlalchemy import Engine, select, text, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from ..errors import SecondChanceError
from .tables import DraftedRow, UserSettingsRow


@dataclass(frozen=True, slots=True)
class UserSettings:
    sender_name: str | None = None
    signature: str | None = None
    default_template: str | None = None
    templates_by_language: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DraftRecord:
    user_id: str
    message_id: str
    draft_id: str
    thread_id: str
    company: str | None
    created_at: datetime


class Store(Protocol):
    def ping(self) -> None: ...
    def get_settings(self, user_id: str) -> UserSettings: ...
    def put_settings(self, user_id: str, settings: UserSettings) -> None: ...
    def drafted(self, user_id: str, message_ids: list[str]) -> dict[str, DraftRecord]: ...
    def record_draft(self, record: DraftRecord) -> DraftRecord:
        """Insert, or return the record already there for this (user, message): the first writer wins."""
        ...

    def replace_draft(self, record: DraftRecord, *, previous_draft_id: str) -> bool:
        """Point the ledger at a new draft if it still names ``previous_draft_id``; False if someone else did."""
        ...


class SqlStore:
    def __init__(self, engine: Engine) -> None:
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def ping(self) -> None:
        try:
            with self._sessions() as session:
                session.execute(text("SELECT 1"))
        except SQLAlchemyError as exc:
            raise SecondChanceError("the database cannot be reached", code="not_ready", status_code=503) from exc

    def get_settings(self, user_id: str) -> UserSettings:
        with self._sessions() as session:
            row = session.get(UserSettingsRow, user_id)
            if row is None:
                return UserSettings()
            return UserSettings(
                sender_name=row.sender_name,
                signature=row.signature,
                default_template=row.default_template,
                templates_by_language=dict(row.templates_by_language or {}),
            )

    def put_settings(self, user_id: str, settings: UserSettings) -> None:
        with self._sessions.begin() as session:
            session.merge(
                UserSettingsRow(
                    user_id=user_id,
                    sender_name=settings.sender_name,
                    signature=settings.signature,
                    default_template=settings.default_template,
                    templates_by_language=dict(settings.templates_by_language),
                    updated_at=datetime.now(UTC),
                )
            )

    def drafted(self, user_id: str, message_ids: list[str]) -> dict[str, DraftRecord]:
        if not message_ids:
            return {}
        found: dict[str, DraftRecord] = {}
        with self._sessions() as session:
            for start in range(0, len(message_ids), 500):  # SQLite caps bound parameters
                chunk = message_ids[start : start + 500]
                query = select(DraftedRow).where(DraftedRow.user_id == user_id, DraftedRow.message_id.in_(chunk))
                for row in session.scalars(query):
                    found[row.message_id] = _record(row)
        return found

    def record_draft(self, record: DraftRecord) -> DraftRecord:
        try:
            with self._sessions.begin() as session:
                session.add(
                    DraftedRow(
                        user_id=record.user_id,
                        message_id=record.message_id,
                        draft_id=record.draft_id,
                        thread_id=record.thread_id,
                        company=record.company,
                        created_at=record.created_at,
                    )
                )
            return record
        except IntegrityError:
            existing = self.drafted(record.user_id, [record.message_id]).get(record.message_id)
            if existing is None:
                raise
            return existing

    def replace_draft(self, record: DraftRecord, *, previous_draft_id: str) -> bool:
        # One conditional UPDATE: the check and the write cannot be split by another writer, on any database.
        with self._sessions.begin() as session:
            result = session.execute(
                update(DraftedRow)
                .where(
                    DraftedRow.user_id == record.user_id,
                    DraftedRow.message_id == record.message_id,
                    DraftedRow.draft_id == previous_draft_id,
                )
                .values(
                    draft_id=record.draft_id,
                    thread_id=record.thread_id,
                    company=record.company,
                    created_at=record.created_at,
                )
            )
            return bool(getattr(result, "rowcount", 0) == 1)


def _record(row: DraftedRow) -> DraftRecord:
    created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
    return DraftRecord(
        user_id=row.user_id,
        message_id=row.message_id,
        draft_id=row.draft_id,
        thread_id=row.thread_id,
        company=row.company,
        created_at=created,
    )
