"""Near-duplicate detection: datasketch MinHash signatures computed for many rows at once,
and LSH banding with datasketch's band/row parameters.

A row's signature is exactly what ``datasketch.MinHash(num_perm, seed=seed)`` (its default
``affine32`` scheme) gives after ``update_batch`` of the row's shingle hashes: the same
permutations (taken from a datasketch ``MinHash``), the same MurmurHash3 pre-mix and the
same affine maps — only computed for a block of rows with one numpy expression instead of
one Python object per row. Shingles are ``ngram`` consecutive words of the normalised text
(:func:`llmworks_curation.text.dedupe_key`), hashed with xxh32 (per word, cached) and
combined FNV-style per shingle. The bands are datasketch's
``MinHashLSH(threshold, num_perm).b`` and ``.r``. Rows sharing a band with an earlier row are
near-duplicates of it (as ``MinHashLSH.query`` finds them); ``verify=True`` also asks that the
signatures' estimated Jaccard similarity reach the threshold.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import xxhash

from llmworks_curation.text import dedupe_key

U32 = np.uint32
_FMIX32 = (16, U32(0x85EBCA6B), 13, U32(0xC2B2AE35), 16)
_FNV = U32(0x01000193)
BLOCK_SHINGLES = 8192


@lru_cache(maxsize=16)
def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutation parameters ``(a, b)`` for ``(num_perm, seed)``."""
    from datasketch import MinHash

    m = MinHash(num_perm=num_perm, seed=seed)
    a, b = m.permutations
    return np.asarray(a, dtype=U32), np.asarray(b, dtype=U32)


@lru_cache(maxsize=32)
def bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """datasketch's optimal ``(b, r)`` for the threshold (equal false positive/negative weights)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


def fmix32(hv: np.ndarray) -> np.ndarray:
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hv ^ (hv >> U32(s1))
    hv = hv * m1
    hv = hv ^ (hv >> U32(s2))
    hv = hv * m2
    return hv ^ (hv >> U32(s3))


class Shingler:
    """Word n-gram hashes (uint32) of texts, for many texts at once; word hashes are cached."""

    def __init__(self, ngram: int) -> None:
        self.ngram = ngram
        self.cache: dict[str, int] = {}

    def word_ids(self, text: str) -> list[int]:
        cache = self.cache
        out = []
        for t in dedupe_key(text).split():
            h = cache.get(t)
            if h is None:
                h = cache[t] = xxhash.xxh32_intdigest(t.encode())
            out.append(h)
        return out

    def block(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """The shingle hashes of ``texts`` concatenated, and how many each text has (a text with
        fewer words than ``ngram`` has one shingle of all its words; no words: none)."""
        if len(self.cache) > 2_000_000:
            self.cache.clear()
        flat: list[int] = []
        lengths = np.empty(len(texts), dtype=np.int64)
        for i, text in enumerate(texts):
            ids = self.word_ids(text)
            lengths[i] = len(ids)
            flat.extend(ids)
        w = np.array(flat, dtype=U32)
        k = self.ngram
        n_sh = np.where(lengths >= k, lengths - k + 1, (lengths > 0).astype(np.int64))
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)
        # full k-word shingles: a rolling FNV over the flat array, kept where it stays in one text
        full = lengths >= k
        out = np.empty(int(n_sh.sum()), dtype=U32)
        if w.size >= k and full.any():
            n = w.size - k + 1
            h = np.full(n, U32(0x811C9DC5), dtype=U32)
            with np.errstate(over="ignore"):
                for j in range(k):
                    h ^= w[j : j + n]
                    h *= _FNV
            counts = np.where(full, n_sh, 0)
            total = int(counts.sum())
            first = np.repeat(np.cumsum(counts) - counts, counts)
            idx = np.arange(total) - first + np.repeat(starts, counts)
            pos = np.repeat(np.concatenate(([0], np.cumsum(n_sh)[:-1])), counts) + (np.arange(total) - first)
            out[pos] = h[idx]
        for i in np.flatnonzero(~full & (lengths > 0)):  # short texts: one shingle of every word
            h1 = U32(0x811C9DC5)
            with np.errstate(over="ignore"):
                for x in w[starts[i] : starts[i] + lengths[i]]:
                    h1 = (h1 ^ x) * _FNV
            out[int(np.sum(n_sh[:i]))] = h1
        return out, n_sh

    def hashes(self, text: str) -> np.ndarray:
        return self.block([text])[0]


def signatures(texts: Sequence[str], *, num_perm: int = 128, ngram: int = 5, seed: int = 1,
               progress: Callable[[int], None] | None = None) -> np.ndarray:
    """``(len(texts), num_perm)`` uint32 MinHash signatures (datasketch-compatible, see above).
    A text with no words gets the empty signature (all ``2**32 - 1``)."""
    a, b = permutations(num_perm, seed)
    shingler = Shingler(ngram)
    out = np.full((len(texts), num_perm), np.iinfo(U32).max, dtype=U32)
    rows_per_block = 2048
    for start in range(0, len(texts), rows_per_block):
        chunk = texts[start : start + rows_per_block]
        hv, lengths = shingler.block(chunk)
        _min_hash(hv, lengths, a, b, out[start : start + len(chunk)])
        if progress is not None:
            progress(start + len(chunk))
    return out


def _min_hash(hv: np.ndarray, lengths: np.ndarray, a: np.ndarray, b: np.ndarray, out: np.ndarray) -> None:
    """Fill ``out`` (rows × num_perm) with the minimum of ``a * fmix(h) + b`` over each row's
    shingles, in column-major slices that stay in the CPU cache."""
    if not hv.size:
        return
    hv = fmix32(hv)
    offsets = np.concatenate(([0], np.cumsum(lengths)))
    rows = np.flatnonzero(lengths > 0)
    i = 0
    while i < len(rows):  # slices of about BLOCK_SHINGLES shingles, whole rows each
        j = i
        lo = int(offsets[rows[i]])
        while j < len(rows) and (offsets[rows[j] + 1] - lo <= BLOCK_SHINGLES or j == i):
            j += 1
        part = rows[i:j]
        hi = int(offsets[part[-1] + 1])
        with np.errstate(over="ignore"):
            phv = a[:, None] * hv[None, lo:hi]
            phv += b[:, None]
        out[part] = np.minimum.reduceat(phv, offsets[part] - lo, axis=1).T
        i = j


@dataclass(frozen=True)
class NearDuplicate:
    row: int
    of: int
    similarity: float


def near_duplicates(sigs: np.ndarray, threshold: float, *, verify: bool = False) -> list[NearDuplicate]:
    """Rows that share an LSH band with an earlier row (``verify``: and whose estimated Jaccard
    similarity with it reaches ``threshold``); ``of`` is the earliest kept row of the cluster."""
    n, num_perm = sigs.shape
    if n < 2:
        return []
    b, r = bands(threshold, num_perm)
    empty = (sigs == np.iinfo(U32).max).all(axis=1)
    cands: list[np.ndarray] = []
    for i in range(b):
        band = np.ascontiguousarray(sigs[:, i * r : (i + 1) * r])
        keys = band.view(np.dtype((np.void, band.dtype.itemsize * r))).ravel()
        _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        cands.append(first[inverse.ravel()])
    cand = np.stack(cands, axis=1)  # (n, b): the first row of each of my bands
    has = (cand < np.arange(n)[:, None]).any(axis=1) & ~empty
    root = np.arange(n)
    found: list[NearDuplicate] = []
    for i in np.flatnonzero(has):
        best, best_sim = -1, -1.0
        for c in set(int(x) for x in cand[i] if x < i):
            sim = float(np.mean(sigs[i] == sigs[c]))
            if sim > best_sim:
                best, best_sim = c, sim
        if verify and best_sim < threshold:
            continue
        root[i] = root[best]
        found.append(NearDuplicate(int(i), int(root[best]), round(best_sim, 4)))
    return found
