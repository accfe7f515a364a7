"""The SMTP server of this llmworks instance (one row), each user's opt-ins, and the delivery log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from llmworks_sdk.db import Base, BigId, utcnow
from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

#: the notification kinds a user can opt in to
KINDS = ("job.completed", "job.failed", "evaluation.report")


class EmailServer(Base):
    """SMTP settings of the server (a single row, id 1)."""

    __tablename__ = "email_server"
    id: Mapped[int] = mapped_column(primary_key=True)
    enabled: Mapped[bool] = mapped_column(default=True)
    host: Mapped[str] = mapped_column(String(255))
    port: Mapped[int] = mapped_column(default=25)
    security: Mapped[str] = mapped_column(String(16), default="none")  # none | starttls | ssl
    username: Mapped[str | None] = mapped_column(String(255))
    password: Mapped[str | None] = mapped_column(String(1024))
    from_address: Mapped[str] = mapped_column(String(255))
    timeout_seconds: Mapped[float] = mapped_column(default=10.0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class EmailSubscription(Base):
    """Which notification kinds one user receives by e-mail (none until the user opts in)."""

    __tablename__ = "email_subscriptions"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    kinds: Mapped[list[Any]] = mapped_column(default=list)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class EmailDelivery(Base):
    """One e-mail sent (or tried) for one notification to one user."""

    __tablename__ = "email_deliveries"
    __table_args__ = (UniqueConstraint("event_id", "user_id", name="uq_email_deliveries_event_user"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(String(255))
    error: Mapped[str | None] = mapped_column(Text)
    attempted_at: Mapped[datetime] = mapped_column(default=utcnow)
