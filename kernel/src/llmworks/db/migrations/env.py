from __future__ import annotations

from alembic import context
from llmworks.db.base import Base

config = context.config
kernel = config.attributes.get("kernel")
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        connection = kernel.db.engine.connect()
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
