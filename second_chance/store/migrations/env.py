"""Alembic environment: migrations run on the connection the service hands over (see schema.migrate)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from second_chance.store.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:  # the alembic command line: `alembic -x url=sqlite:///... upgrade head`
    url = context.get_x_argument(as_dictionary=True).get("url") or context.config.get_main_option("sqlalchemy.url")
    with create_engine(str(url)).begin() as own:
        context.configure(connection=own, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
