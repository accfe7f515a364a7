"""Password hashing (argon2id) and opaque tokens (stored as sha256 digests)."""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_ph = PasswordHasher()
API_KEY_PREFIX = "lwk_"
SESSION_PREFIX = "lws_"


def hash_password(password: str) -> str:
    return _ph.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _ph.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# a valid hash to verify against when the user does not exist (same timing)
DUMMY_HASH = hash_password(secrets.token_urlsafe(16))


def new_token(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def check_password_strength(password: str) -> str | None:
    if len(password) < 8:
        return "passwords need at least 8 characters"
    return None
