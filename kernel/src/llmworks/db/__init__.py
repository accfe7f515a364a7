"""Storage: SQLAlchemy 2 models on one metadata, sessions and Alembic migrations."""

from llmworks.db.base import Base, utcnow
from llmworks.db.session import Database

__all__ = ["Base", "Database", "utcnow"]
