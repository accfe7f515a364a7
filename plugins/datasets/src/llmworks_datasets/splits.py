"""The deterministic train/validation split of a version.

Each row has a 64-bit hash of its content (its required fields, see
:func:`llmworks_datasets.schema.content_key`). The hashes are mixed with the seed, and the
``k = round(n * fraction)`` rows with the smallest mixed values form the validation split
(at least one row when ``fraction > 0`` and the version has two rows or more; never all).
So the same rows with the same seed and fraction always give the same split, whatever
their order, and identical rows land next to each other (rarely on both sides).
"""

from __future__ import annotations

import numpy as np

U64 = np.uint64


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser, element-wise on uint64 (wrapping arithmetic)."""
    x = x.astype(U64, copy=True)
    with np.errstate(over="ignore"):
        x ^= x >> U64(30)
        x *= U64(0xBF58476D1CE4E5B9)
        x ^= x >> U64(27)
        x *= U64(0x94D049BB133111EB)
        x ^= x >> U64(31)
    return x


def validation_count(n: int, fraction: float) -> int:
    if fraction <= 0 or n < 2:
        return 0
    return min(n - 1, max(1, round(n * fraction)))


def validation_mask(keys: np.ndarray, fraction: float, seed: int) -> np.ndarray:
    """Boolean array: True for the rows of the validation split."""
    n = len(keys)
    mask = np.zeros(n, dtype=bool)
    k = validation_count(n, fraction)
    if k:
        salt = _mix(np.array([seed & 0xFFFFFFFFFFFFFFFF], dtype=U64))[0]
        order = np.argsort(_mix(keys ^ salt), kind="stable")
        mask[order[:k]] = True
    return mask
