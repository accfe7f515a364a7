"""First start: create the first administrator and a default project."""

from __future__ import annotations

import logging
import os
import secrets
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from llmworks.auth.security import hash_password
from llmworks.db.models import Membership, Project, User

if TYPE_CHECKING:
    from llmworks.kernel import Kernel

log = logging.getLogger("llmworks")


def create_user(kernel: Kernel, username: str, password: str, *, role: str = "user", email: str | None = None) -> User:
    with kernel.db.session() as s:
        if s.scalar(select(User).where(User.username == username)):
            raise ValueError(f"user '{username}' already exists")
        u = User(username=username, password_hash=hash_password(password), role=role, email=email)
        s.add(u)
        s.flush()
        if role == "admin" and not s.scalar(select(Project).where(Project.slug == "default")):
            p = Project(name="Default", slug="default", description="Created on first start", created_by=u.id)
            s.add(p)
            s.flush()
            s.add(Membership(project_id=p.id, user_id=u.id, role="maintainer"))
        return u


def ensure_admin(kernel: Kernel) -> str | None:
    """Create the first admin when there are no users. Returns a message for the console."""
    with kernel.db.session() as s:
        if (s.scalar(select(func.count()).select_from(User)) or 0) > 0:
            return None
    st = kernel.settings
    username = st.admin_username or "admin"
    password = st.admin_password
    generated = password is None
    if generated:
        password = secrets.token_urlsafe(12)
    create_user(kernel, username, password, role="admin", email=st.admin_email)
    url = st.public_url or f"http://{st.host}:{st.port}"
    if generated:
        path = st.home / "initial-admin-password.txt"
        path.write_text(f"{username}\n{password}\n")
        os.chmod(path, 0o600)
        return (f"Created the first administrator. Log in at {url} as '{username}' with password '{password}' "
                f"(also saved in {path}; change it under your profile).")
    return f"Created the first administrator '{username}' from LLMWORKS_ADMIN_USERNAME/PASSWORD. Log in at {url}."
