"""The model registry as a service and over HTTP, and its migration on databases that
already have the tables from when the registry lived in the torch plugin."""

from __future__ import annotations

from pathlib import Path

import pytest
from llmworks_sdk import NotFound
from llmworks_sdk.services import ModelRegistry, require_service
from llmworks_sdk.testing import KernelHarness
from sqlalchemy import create_engine, insert, inspect, text


def test_existing_tables_and_rows_are_kept(tmp_path: Path) -> None:
    home = tmp_path / "home"
    # a database migrated without this plugin, then given the registry's tables and a row
    # the way torch_0001 created them before the move
    with KernelHarness(home, worker=False, env={"LLMWORKS_DISABLE_PLUGINS": "models"}) as h:
        assert "ModelRegistry" not in h.kernel.registry.all("services")
        url = h.kernel.settings.db_url
    from llmworks_models.tables import BaseModelRow, ModelVersion

    engine = create_engine(url)
    assert not inspect(engine).has_table("torch_base_models")
    BaseModelRow.__table__.create(engine)
    ModelVersion.__table__.create(engine)
    with engine.begin() as c:
        c.execute(insert(BaseModelRow.__table__).values(name="legacy-model", source="hub", hub_id="legacy/model", info={}))
    engine.dispose()

    with KernelHarness(home, worker=False) as h:
        names = [m["name"] for m in h.login().get("/api/models/available").json()["items"]]
        assert "legacy-model" in names and "llmworks-demo-tiny" in names
        with h.kernel.db.session() as s:
            heads = set(s.scalars(text("SELECT version_num FROM alembic_version")))
        assert "models_0001" in heads


def test_versions_through_the_service(tmp_path: Path) -> None:
    with KernelHarness(tmp_path / "home", worker=False) as h:
        registry = require_service(h.kernel, ModelRegistry)
        pid = h.default_project_id()
        folder = tmp_path / "weights"
        folder.mkdir()
        with h.kernel.db.session() as db:
            v = registry.register_version(db, project_id=pid, name="v1", base_model="llmworks-demo-tiny",
                                          base_path=str(folder), method="lora", kind="adapter", path=str(folder))
        with h.kernel.db.session() as db:
            ref, owner = registry.resolve(db, f"custom:{v.id}")
            assert owner == pid and ref.adapters == {f"v{v.id}": folder} and ref.path == folder
            assert registry.get_version(db, v.id).name == "v1"
            with pytest.raises(LookupError):
                registry.resolve(db, "custom:99999")
            with pytest.raises(NotFound):
                registry.get_version(db, 99999)

        admin = h.login()
        got = admin.get(f"/api/models/custom/{v.id}")
        assert got.status_code == 200 and got.json()["ref"] == f"custom:{v.id}" and got.json()["evaluations"] == []
        outsider = h.create_user("outsider")
        assert outsider.get(f"/api/models/custom/{v.id}").status_code == 404
        assert outsider.get("/api/models/custom").json()["total"] == 0


@pytest.mark.parametrize("broken", ['{"architectures": 5}', "{not json"], ids=["inspect-fails", "config-unreadable"])
def test_broken_registered_folder_is_not_ready(tmp_path: Path, broken: str) -> None:
    """Regression: a registered folder that can no longer be read was listed ``ready: true``
    with an ``error`` beside it (and offered to training and inference)."""
    folder = tmp_path / "weights"
    folder.mkdir()
    (folder / "config.json").write_text('{"model_type": "gpt2", "architectures": ["GPT2LMHeadModel"]}')
    with KernelHarness(tmp_path / "home", worker=False, env={"LLMWORKS_DEMO_MODEL": "off"}) as h:
        admin = h.login()
        r = admin.post("/api/models/available", json={"name": "breaks-later", "path": str(folder)})
        assert r.status_code == 201, r.text
        entry = next(m for m in admin.get("/api/models/available").json()["items"] if m["name"] == "breaks-later")
        assert entry["ready"] is True and not entry.get("error")
        (folder / "config.json").write_text(broken)
        entry = next(m for m in admin.get("/api/models/available").json()["items"] if m["name"] == "breaks-later")
        assert entry["ready"] is False and entry["error"], entry
