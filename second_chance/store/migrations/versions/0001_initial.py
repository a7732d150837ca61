"""Settings per user and the ledger of drafted replies.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "user_settings",
        sa.Column("user_id", sa.String(255), primary_key=True),
        sa.Column("sender_name", sa.String(200)),
        sa.Column("signature", sa.Text),
        sa.Column("default_template", sa.String(64)),
        sa.Column("templates_by_language", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "drafted",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.String(255), nullable=False),
        sa.Column("message_id", sa.String(64), nullable=False),
        sa.Column("draft_id", sa.String(64), nullable=False),
        sa.Column("thread_id", sa.String(64), nullable=False),
        sa.Column("company", sa.String(200)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("user_id", "message_id", name="uq_drafted_user_message"),
    )
    op.create_index("ix_drafted_user_id", "drafted", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_drafted_user_id", "drafted")
    op.drop_table("drafted")
    op.drop_table("user_settings")
