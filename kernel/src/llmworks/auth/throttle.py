"""Login throttling per account and per client address (issue 9, item 5).

A password check costs about 180 ms of CPU (argon2); without a limit any client can burn the
server's CPU and guess passwords. Failed logins are counted in a sliding window
(``LLMWORKS_LOGIN_WINDOW_SECONDS``, 900): after ``LLMWORKS_LOGIN_MAX_FAILURES_PER_ACCOUNT`` (5)
failures for one username, or ``LLMWORKS_LOGIN_MAX_FAILURES_PER_ADDRESS`` (20) from one address,
further attempts are refused with 429 and ``Retry-After`` *before* the password is checked.
A successful login clears the account's count.

The counts live in the database (table ``login_failures``), so every server process on it —
several ``llmworks serve`` workers, servers behind a load balancer — shares them: failures
through one server are refused by the others. Each failure is one row per key (``u:<username>``
and ``a:<address>``) stamped with the wall-clock time; rows older than the window are purged
on every failed login, and a refused attempt adds no row, so the table holds at most the
failures of one window (each address at most its limit).
"""

from __future__ import annotations

import time

from llmworks_sdk.errors import TooManyRequests
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from llmworks.db.models import LoginFailure
from llmworks.db.session import Database


def _keys(username: str, address: str | None) -> tuple[str, str]:
    return f"u:{username.lower()}"[:160], f"a:{address or '-'}"[:160]


class LoginThrottle:
    def __init__(self, db: Database, *, per_account: int, per_address: int, window: float) -> None:
        self.db = db
        self.per_account, self.per_address, self.window = per_account, per_address, float(window)

    def check(self, s: Session, username: str, address: str | None) -> None:
        """Raise ``TooManyRequests`` when the account or the address is over its limit."""
        now = time.time()
        account, addr = _keys(username, address)
        for key, cap, what in ((account, self.per_account, "this account"), (addr, self.per_address, "this address")):
            count, oldest = s.execute(select(func.count(), func.min(LoginFailure.at))
                                      .where(LoginFailure.key == key, LoginFailure.at > now - self.window)).one()
            if count >= cap:
                retry = max(1, int(oldest + self.window - now) + 1)
                raise TooManyRequests(f"too many failed logins for {what}; try again in {retry} s", retry_after=retry)

    def failed(self, s: Session, username: str, address: str | None) -> None:
        """Count a failed login (committed with ``s``) and purge what is older than the window."""
        now = time.time()
        s.execute(delete(LoginFailure).where(LoginFailure.at <= now - self.window))
        s.add_all([LoginFailure(key=key, at=now) for key in _keys(username, address)])

    def succeeded(self, s: Session, username: str) -> None:
        s.execute(delete(LoginFailure).where(LoginFailure.key == _keys(username, None)[0]))

    def clear(self) -> None:
        """Forget every count (every account and address may try again)."""
        with self.db.session() as s:
            s.execute(delete(LoginFailure))
