"""Dataset versions for the API and for other plugins.

The contract other plugins import (PLUGIN_GUIDE section 7)::

    from llmworks_datasets.service import get_version, iter_rows, dataset_columns

    with kernel.session() as db:
        v = get_version(db, version_id)            # NotFound if absent; check v.project_id yourself
    for row in iter_rows(kernel, v, "train"):      # dicts, in file order
        ...
    dataset_columns(v)                             # e.g. ["prompt", "completion"]
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
from llmworks_sdk import Conflict, Invalid, NotFound
from llmworks_sdk.db import utcnow
from llmworks_sdk.lineage import DATASET, add_edge, remove_edges
from sqlalchemy import delete, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from llmworks_datasets.ingest import Ingested, ingest
from llmworks_datasets.models import Dataset, DatasetVersion, TokenStats
from llmworks_datasets.rowstore import iter_blob_rows, load_index, read_rows, split_mask
from llmworks_datasets.settings import DatasetSettings
from llmworks_datasets.splits import validation_mask

log = logging.getLogger(__name__)
Split = Literal["train", "validation"]
SPLITS = ("train", "validation")


# ---------------------------------------------------------------------- the contract
def get_version(db: Session, version_id: int) -> DatasetVersion:
    """The dataset version ``version_id``; raises ``NotFound``. Callers check the project."""
    v = db.get(DatasetVersion, version_id)
    if v is None:
        raise NotFound(f"dataset version {version_id} not found")
    return v


def dataset_columns(version: DatasetVersion) -> list[str]:
    """Column names of the version, the required ones of its kind first."""
    return version.columns


def _mask(kernel: Any, version: DatasetVersion) -> np.ndarray:
    return split_mask(kernel.artifacts, version.index_digest, version.validation_fraction, version.seed)


def _check_split(split: str | None) -> None:
    if split is not None and split not in SPLITS:
        raise Invalid(f"split must be 'train' or 'validation' (or omitted for all rows); got {split!r}", field=("query", "split"))


def iter_rows(kernel: Any, version: DatasetVersion, split: Split | None = None) -> Iterator[dict[str, Any]]:
    """The version's rows as dicts in file order: all of them, or one split's."""
    _check_split(split)
    mask = None if split is None else _mask(kernel, version)
    return iter_blob_rows(kernel.artifacts, version.rows_digest, mask, want=split == "validation")


# ---------------------------------------------------------------------- reading
def split_positions(kernel: Any, version: DatasetVersion, split: str | None) -> np.ndarray:
    """0-based row numbers of a split (all rows for None), in file order."""
    _check_split(split)
    n = version.row_count
    if split is None:
        return np.arange(n)
    mask = _mask(kernel, version)
    return np.flatnonzero(mask if split == "validation" else ~mask)


def rows_page(kernel: Any, version: DatasetVersion, split: str | None, offset: int, limit: int) -> dict[str, Any]:
    positions = split_positions(kernel, version, split)
    page = positions[offset : offset + limit]
    index = load_index(kernel.artifacts, version.index_digest)
    # a page holds at most page_max_bytes of stored rows (at least one row); a row over the row
    # limit (stored before the limit existed) is not inlined: the page says so and where to get it
    settings = DatasetSettings()
    sizes = [int(index.offsets[int(p) + 1]) - int(index.offsets[int(p)]) for p in page]
    keep, total = 0, 0
    for size in sizes:
        if keep and total + size > settings.page_max_bytes:
            break
        keep, total = keep + 1, total + size
    page = page[:keep]
    inline = [int(p) for p, size in zip(page, sizes, strict=False) if size <= settings.max_row_bytes]
    read = dict(zip(inline, read_rows(kernel.artifacts, version.rows_digest, index, inline), strict=True))
    rows = [read.get(int(p), {"omitted": f"this row has {size} bytes, over the row limit of {settings.max_row_bytes}: "
                                         "download the version to read it"}) for p, size in zip(page, sizes, strict=False)]
    if split is None:
        mask = _mask(kernel, version)
        splits = ["validation" if mask[p] else "train" for p in page]
    else:
        splits = [split] * len(page)
    items = [{"index": int(p), "split": s, "row": r} for p, s, r in zip(page, splits, rows, strict=True)]
    return {"items": items, "total": len(positions), "limit": limit if keep == len(sizes) else max(keep, 1), "offset": offset}


@contextmanager
def local_file(artifacts: Any, digest: str, suffix: str = "") -> Iterator[Path]:
    """A readable local path of a blob (a temporary copy when the store is remote)."""
    path = artifacts.local_path(digest)
    if path is not None:
        yield Path(path)
        return
    with tempfile.TemporaryDirectory(prefix="llmworks-datasets-") as d:
        target = Path(d) / f"blob{suffix}"
        with artifacts.open(digest) as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
        yield target


# ---------------------------------------------------------------------- writing
@dataclass
class NewVersion:
    project_id: int
    name: str
    description: str
    validation_fraction: float
    seed: int
    filename: str
    digest: str
    size: int
    user_id: int | None


def find_dataset(db: Session, project_id: int, name: str) -> Dataset | None:
    return db.scalar(select(Dataset).where(Dataset.project_id == project_id, Dataset.name == name))


def _same_bytes(db: Session, dataset_id: int, digest: str) -> DatasetVersion | None:
    return db.scalar(select(DatasetVersion).where(DatasetVersion.dataset_id == dataset_id, DatasetVersion.digest == digest))


def _ingested(db: Session, kernel: Any, fmt: Any, req: NewVersion, settings: DatasetSettings) -> Ingested:
    """Validate and store the rows, or reuse what an earlier version of the same bytes found."""
    twin = db.scalar(select(DatasetVersion).where(DatasetVersion.digest == req.digest, DatasetVersion.format == fmt.name).limit(1))
    if twin is not None and kernel.artifacts.exists(twin.rows_digest) and kernel.artifacts.exists(twin.index_digest):
        keys = load_index(kernel.artifacts, twin.index_digest).keys
        return Ingested(twin.kind, twin.schema, twin.row_count, dict(twin.stats), twin.preview, twin.rows_digest,
                        twin.index_digest, keys)
    with local_file(kernel.artifacts, req.digest, Path(req.filename).suffix) as path:
        return ingest(fmt, path, kernel.artifacts, preview_rows=settings.preview_rows, max_problems=settings.max_problems)


def create_version(db: Session, kernel: Any, fmt: Any, req: NewVersion, *, original_is_new: bool) -> tuple[DatasetVersion, bool]:
    """Record the upload (already a blob) as the next version of dataset ``req.name``, or
    return the version that has the same bytes (``duplicate`` True). On any failure the
    blobs this upload created are removed and nothing is left in the database. Commits."""
    settings = DatasetSettings()
    ing: Ingested | None = None
    try:
        ds = find_dataset(db, req.project_id, req.name)
        if ds is not None and (same := _same_bytes(db, ds.id, req.digest)) is not None:
            return same, True
        ing = _ingested(db, kernel, fmt, req, settings)
        for _attempt in range(5):
            try:
                result = _insert(db, kernel, fmt, req, ing)
                db.commit()
                return result
            except IntegrityError:  # a concurrent upload to the same dataset: number again
                db.rollback()
        raise Conflict(f"dataset '{req.name}' is being changed by concurrent uploads; send the file again")
    except BaseException:
        db.rollback()
        derived = [ing.rows_digest, ing.index_digest] if ing is not None else []
        try:
            release_blobs(db, kernel, derived + ([req.digest] if original_is_new else []))
        except Exception:  # noqa: BLE001 - never hide the upload's own error behind a cleanup error
            log.exception("could not remove the blobs of a failed upload (%s)", req.digest)
        raise


def _insert(db: Session, kernel: Any, fmt: Any, req: NewVersion, ing: Ingested) -> tuple[DatasetVersion, bool]:
    ds = find_dataset(db, req.project_id, req.name)
    if ds is None:
        ds = Dataset(project_id=req.project_id, name=req.name, description=req.description, created_by=req.user_id)
        db.add(ds)
        db.flush()
    elif (same := _same_bytes(db, ds.id, req.digest)) is not None:
        return same, True
    mask = validation_mask(ing.keys, req.validation_fraction, req.seed)
    n_val = int(mask.sum())
    number = ds.latest_version + 1
    v = DatasetVersion(
        dataset_id=ds.id, project_id=req.project_id, name=req.name, version=number, description=req.description,
        filename=req.filename[:255], format=fmt.name, kind=ing.kind, digest=req.digest, size=req.size,
        rows_digest=ing.rows_digest, index_digest=ing.index_digest, row_count=ing.row_count,
        validation_fraction=req.validation_fraction, seed=req.seed, train_rows=ing.row_count - n_val, validation_rows=n_val,
        schema=ing.schema, stats=ing.stats, preview=ing.preview, created_by=req.user_id,
    )
    db.add(v)
    ds.latest_version = number
    ds.updated_at = utcnow()
    if req.description:
        ds.description = req.description
    db.flush()
    add_edge(db, req.project_id, ("dataset", ds.id), ("dataset_version", v.id), "version")
    kernel.events.publish(
        "dataset.version_created", project_id=req.project_id, subject_kind="dataset_version", subject_id=v.id,
        user_id=req.user_id, session=db,
        data={"dataset_id": ds.id, "name": ds.name, "version": number, "rows": v.row_count, "kind": v.kind,
              "format": v.format, "link": f"/datasets/{ds.id}"},
    )
    return v, False


# ---------------------------------------------------------------------- deleting
def _referenced(db: Session, digest: str) -> bool:
    v = DatasetVersion
    if db.scalar(select(v.id).where(or_(v.digest == digest, v.rows_digest == digest, v.index_digest == digest)).limit(1)):
        return True
    return db.scalar(select(TokenStats.id).where(TokenStats.lengths_digest == digest).limit(1)) is not None


def release_blobs(db: Session, kernel: Any, digests: Iterable[str]) -> None:
    """Delete the blobs no dataset version (or token statistics) refers to any more."""
    for d in dict.fromkeys(digests):
        if not _referenced(db, d):
            kernel.artifacts.delete(d)


def delete_dataset(db: Session, kernel: Any, ds: Dataset) -> None:
    """Delete a dataset, its versions and cached statistics; commit; then release its blobs."""
    versions = db.scalars(select(DatasetVersion).where(DatasetVersion.dataset_id == ds.id)).all()
    ids = [v.id for v in versions]
    digests = [d for v in versions for d in (v.digest, v.rows_digest, v.index_digest)]
    digests += db.scalars(select(TokenStats.lengths_digest).where(TokenStats.version_id.in_(ids))).all()
    db.execute(delete(TokenStats).where(TokenStats.version_id.in_(ids)))
    db.execute(delete(DatasetVersion).where(DatasetVersion.dataset_id == ds.id))
    remove_edges(db, src=(DATASET, ds.id), relation="version")
    db.delete(ds)
    db.commit()
    release_blobs(db, kernel, digests)
