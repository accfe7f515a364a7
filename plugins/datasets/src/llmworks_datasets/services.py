"""The ``DatasetService`` this plugin provides (:mod:`llmworks_sdk.services`)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from llmworks_sdk import Invalid
from llmworks_sdk.kernel import Kernel, Principal
from llmworks_sdk.web import load_in_project
from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks_datasets import service
from llmworks_datasets.models import DatasetVersion, TokenStats
from llmworks_datasets.settings import DatasetSettings


class Datasets:
    def get_version(self, session: Session, version_id: int, *, principal: Principal | None = None) -> DatasetVersion:
        if principal is not None:
            return load_in_project(session, principal, DatasetVersion, version_id, what="dataset version")
        return service.get_version(session, version_id)

    def columns(self, version: Any) -> list[str]:
        return list(service.dataset_columns(version))

    def iter_rows(self, kernel: Kernel, version: Any, split: str | None = None) -> Iterator[dict[str, Any]]:
        return service.iter_rows(kernel, version, split)  # type: ignore[arg-type]

    def size_info(self, session: Session, version_id: int) -> dict[str, Any]:
        v = service.get_version(session, version_id)
        tokens = None
        for st in session.scalars(select(TokenStats).where(TokenStats.version_id == version_id)):
            t = ((st.stats or {}).get("splits") or {}).get("train", {}).get("total_tokens")
            if t is not None:
                tokens = max(tokens or 0, int(t))
        return {"train_rows": v.train_rows, "validation_rows": v.validation_rows, "bytes": v.size, "train_tokens": tokens}

    def storage(self, session: Session) -> list[dict[str, Any]]:
        stats: dict[int, list[str]] = {}
        for vid, digest in session.execute(select(TokenStats.version_id, TokenStats.lengths_digest)):
            stats.setdefault(vid, []).append(digest)
        return [{"kind": "dataset_version", "id": v.id, "project_id": v.project_id, "name": f"{v.name} v{v.version}",
                 "blobs": sorted({v.digest, v.rows_digest, v.index_digest, *stats.get(v.id, [])})}
                for v in session.scalars(select(DatasetVersion).order_by(DatasetVersion.id))]
    def create_version(self, session: Session, kernel: Kernel, *, project_id: int, name: str,
                       rows: Iterable[Mapping[str, Any]], user_id: int | None = None, description: str = "",
                       filename: str = "rows.jsonl", validation_fraction: float | None = None,
                       seed: int | None = None) -> tuple[DatasetVersion, bool]:
        fmt = kernel.registry.dataset_formats.get("jsonl")
        if fmt is None:
            raise Invalid("the jsonl dataset format is not registered")
        latest = None
        ds = service.find_dataset(session, project_id, name)
        if ds is not None:
            latest = session.scalar(select(DatasetVersion).where(DatasetVersion.dataset_id == ds.id)
                                    .order_by(DatasetVersion.version.desc()).limit(1))
        if validation_fraction is None:
            validation_fraction = latest.validation_fraction if latest else DatasetSettings().default_validation_fraction
        if seed is None:
            seed = latest.seed if latest else 0
        writer = kernel.artifacts.writer()
        sha = hashlib.sha256()
        size = count = 0
        try:
            buf: list[bytes] = []
            for row in rows:
                line = json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
                buf.append(line)
                count += 1
                if len(buf) >= 4096:
                    chunk = b"".join(buf)
                    writer.write(chunk)
                    sha.update(chunk)
                    size += len(chunk)
                    buf = []
            chunk = b"".join(buf)
            writer.write(chunk)
            sha.update(chunk)
            size += len(chunk)
            if count == 0:
                raise Invalid(f"no rows to store as a version of dataset '{name}': a dataset version needs at least one row")
            existed = kernel.artifacts.exists(sha.hexdigest())
            blob = writer.commit()
        except BaseException:
            writer.abort()
            raise
        req = service.NewVersion(project_id=project_id, name=name, description=description,
                                 validation_fraction=validation_fraction, seed=seed, filename=filename,
                                 digest=blob.digest, size=size, user_id=user_id)
        return service.create_version(session, kernel, fmt, req, original_is_new=not existed)
