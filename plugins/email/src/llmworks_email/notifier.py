"""Delivers notifications by e-mail to the users who opted in to their kind.

Recipients: the active members of the notification's project (the administrators for an
instance-wide one) plus the user who caused it, who have an e-mail address and subscribed to
the kind (``PUT /api/email/preferences``). One message per recipient, over one SMTP connection;
each is recorded in ``email_deliveries`` and never sent twice for the same event (delivery is at
least once upstream).
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

from sqlalchemy import select

from llmworks_email.models import EmailDelivery, EmailServer, EmailSubscription

log = logging.getLogger("llmworks.email")


def connect(server: EmailServer) -> smtplib.SMTP:
    """An SMTP connection to ``server``, with TLS and login as configured."""
    # loading the CA bundle costs tens of milliseconds: only when the connection is encrypted
    if server.security == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(server.host, server.port, timeout=server.timeout_seconds,
                                              context=ssl.create_default_context())
    else:
        smtp = smtplib.SMTP(server.host, server.port, timeout=server.timeout_seconds)
        if server.security == "starttls":
            smtp.starttls(context=ssl.create_default_context())
    if server.username:
        smtp.login(server.username, server.password or "")
    return smtp


def message(server: EmailServer, to: str, subject: str, body: str, *, kind: str, link: str | None,
            public_url: str | None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = server.from_address
    msg["To"] = to
    msg["Subject"] = subject.replace("\r", " ").replace("\n", " ")[:250]
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=server.from_address.rsplit("@", 1)[-1] or None)
    msg["X-LLMWorks-Kind"] = kind
    text = body
    if link:
        text += f"\n\n{(public_url or '').rstrip('/')}{link}"
    text += "\n\n-- \nYou get this because you opted in to these e-mails; change it in llmworks (API: /api/email/preferences)."
    msg.set_content(text)
    return msg


def send(server: EmailServer, messages: list[EmailMessage]) -> list[str | None]:
    """Send ``messages`` over one connection; the error of each (None: accepted by the server)."""
    if not messages:
        return []
    try:
        smtp = connect(server)
    except (OSError, smtplib.SMTPException) as exc:
        return [f"{type(exc).__name__}: {exc}"] * len(messages)
    errors: list[str | None] = []
    try:
        for msg in messages:
            try:
                refused = smtp.send_message(msg)
                errors.append(f"refused: {refused}" if refused else None)
            except (OSError, smtplib.SMTPException) as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()
    return errors


class EmailNotifier:
    name = "email"
    description = "E-mail (SMTP) to the users who opted in to the notification's kind"

    def notify(self, notification: dict[str, Any], *, kernel: Any) -> None:
        kind = notification["kind"]
        event_id = notification.get("event_id")
        with kernel.db.session() as s:
            server = s.get(EmailServer, 1)
            if server is None or not server.enabled:
                return
            s.expunge(server)
            also = [notification["user_id"]] if notification.get("user_id") else []
            contacts = [c for c in kernel.projects.contacts(s, notification.get("project_id"), also=also) if c.email]
            if not contacts:
                return
            ids = [c.user_id for c in contacts]
            subscribed = {row.user_id for row in s.scalars(select(EmailSubscription).where(EmailSubscription.user_id.in_(ids)))
                          if kind in (row.kinds or [])}
            previous = {d.user_id: d.error for d in s.scalars(select(EmailDelivery).where(
                EmailDelivery.event_id == event_id, EmailDelivery.user_id.in_(ids)))} if event_id is not None else {}
        recipients = [c for c in contacts if c.user_id in subscribed and (c.user_id not in previous or previous[c.user_id])]
        if not recipients:
            return
        public_url = getattr(kernel.settings, "public_url", None)
        messages = [message(server, c.email, notification["title"], notification.get("body") or "", kind=kind,
                            link=notification.get("link"), public_url=public_url) for c in recipients]
        errors = send(server, messages)
        with kernel.db.session() as s:
            retried = {d.user_id: d for d in s.scalars(select(EmailDelivery).where(
                EmailDelivery.event_id == event_id, EmailDelivery.user_id.in_(list(previous))))} if previous else {}
            for contact, error in zip(recipients, errors, strict=True):
                if error:
                    log.warning("e-mail to user %s (%s) failed: %s", contact.user_id, contact.email, error)
                row = retried.get(contact.user_id)
                if row is None:
                    s.add(EmailDelivery(event_id=event_id, user_id=contact.user_id, kind=kind, address=contact.email, error=error))
                else:  # a retried failure
                    row.error, row.address = error, contact.email
