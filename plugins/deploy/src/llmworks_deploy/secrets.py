"""Project secrets of the deploy plugin, encrypted at rest with Fernet (AES-128-CBC + HMAC).

The key comes from ``LLMWORKS_SECRETS_KEY`` (any string; a Fernet key is derived from it) or,
when unset, from ``$LLMWORKS_HOME/secrets/deploy.key``, created on first use with mode 0600.
Values are written once and never returned by the API (only a 4-character hint); targets read
them through ``DeployContext.secret(name)`` inside deployment jobs.
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks_deploy.tables import ProjectSecret


def _key(kernel: Any) -> bytes:
    env = os.environ.get("LLMWORKS_SECRETS_KEY")
    if env:
        return base64.urlsafe_b64encode(hashlib.sha256(env.encode()).digest())
    path = Path(kernel.settings.home) / "secrets" / "deploy.key"
    if not path.is_file():
        from cryptography.fernet import Fernet

        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(Fernet.generate_key())
    return path.read_bytes().strip()


def encrypt(kernel: Any, value: str) -> str:
    from cryptography.fernet import Fernet

    return Fernet(_key(kernel)).encrypt(value.encode()).decode()


def decrypt(kernel: Any, token: str) -> str:
    from cryptography.fernet import Fernet

    return Fernet(_key(kernel)).decrypt(token.encode()).decode()


def get_secret(kernel: Any, db: Session, project_id: int, name: str) -> str | None:
    row = db.scalar(select(ProjectSecret).where(ProjectSecret.project_id == project_id, ProjectSecret.name == name))
    return decrypt(kernel, row.ciphertext) if row is not None else None
