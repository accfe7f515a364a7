"""Acceptance: a third-party plugin written with ``llmworks_sdk`` alone adds a training method.

The test writes a new distribution, ``llmworks-bitfit``, into a temporary folder: a route
(``/api/plugins/bitfit/notes``), a table with its Alembic migration, a job that fills it, and a
trainer registered under a new method name, ``bitfit``, which trains only the bias parameters
of a causal language model (BitFit, Ben Zaken et al. 2022). It is pip-installed (as in
kernel/tests/test_plugins.py), imports nothing from the kernel or another plugin, and a
training job with ``method: "bitfit"`` goes through ``POST /api/training/jobs`` on the demo
model: the loss falls, only biases change, and a model version with lineage is registered.
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest
from llmworks_sdk.testing import KernelHarness, pip_installed

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

DEMO = "llmworks-demo-tiny"

PYPROJECT = """
[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "llmworks-bitfit"
version = "0.3.0"
description = "BitFit: fine-tune only the bias terms"
requires-python = ">=3.11"
dependencies = ["llmworks-plugin-sdk"]

[project.entry-points.llmworks]
bitfit = "llmworks_bitfit.plugin"

[tool.setuptools.packages.find]
where = ["src"]

[tool.setuptools.package-data]
llmworks_bitfit = ["migrations/*.py"]
"""

TABLES = '''
"""The plugin's table: notes whose words a job counts."""
from __future__ import annotations

from llmworks_sdk.db import Base, CreatedByMixin, ProjectMixin, TimestampsMixin
from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column


class Note(ProjectMixin, CreatedByMixin, TimestampsMixin, Base):
    __tablename__ = "bitfit_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(2000))
    words: Mapped[int | None]
'''

MIGRATION = '''
"""bitfit notes"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from llmworks_sdk.db import UTCDateTime

revision = "bitfit_0001"
down_revision = None
branch_labels = ("bitfit",)
depends_on = "kernel_0001"


def upgrade() -> None:
    op.create_table(
        "bitfit_notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("project_id", sa.Integer(), sa.ForeignKey("projects.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("created_by", sa.Integer(), sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
        sa.Column("text", sa.String(2000), nullable=False),
        sa.Column("words", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("bitfit_notes")
'''

ROUTES = '''
"""``/api/plugins/bitfit``: notes (a table and a job, to show a plugin with both)."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from llmworks_sdk import jobs
from llmworks_sdk.web import DB, Auth, KernelDep, load_in_project
from pydantic import BaseModel, Field

from llmworks_bitfit.tables import Note

router = APIRouter(tags=["bitfit"])


class NoteIn(BaseModel):
    project_id: int = Field(..., ge=1)
    text: str = Field(..., min_length=1, max_length=2000)


def note_out(note: Note) -> dict[str, Any]:
    return {"id": note.id, "project_id": note.project_id, "text": note.text, "words": note.words}


@router.post("/notes", status_code=201)
def create_note(body: NoteIn, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "annotator")
    note = Note(project_id=body.project_id, text=body.text, created_by=auth.user_id)
    db.add(note)
    db.flush()
    job = jobs.enqueue(k, "bitfit.count_words", {"note_id": note.id}, project_id=body.project_id,
                       user_id=auth.user_id, title="count words", session=db)
    return {**note_out(note), "job_id": job.id}


@router.get("/notes/{note_id}")
def get_note(note_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return note_out(load_in_project(db, auth, Note, note_id, what="note"))
'''

TRAINER = '''
"""The ``bitfit`` trainer: only the bias parameters of the model are trained."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from llmworks_sdk.training import TrainingContext, TrainingOutcome
from pydantic import BaseModel, ConfigDict, Field


class BitFitConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_steps: int = Field(30, ge=1, le=100_000)
    learning_rate: float = Field(0.05, gt=0, le=1)
    batch_size: int = Field(8, ge=1, le=1024)
    max_seq_length: int = Field(64, ge=8, le=8192)
    checkpoint_every: int | None = Field(None, ge=1)
    seed: int = 0


def _texts(rows) -> list[str]:
    return [r["text"] if "text" in r else f"{r['prompt']}{r['completion']}" for r in rows]


class BitFitTrainer:
    name = "bitfit"
    description = "BitFit: fine-tune only the bias terms of a causal LM (PyTorch)"
    config_model = BitFitConfig

    def available(self) -> tuple[bool, str]:
        try:
            import torch  # noqa: F401
            import transformers  # noqa: F401
        except ImportError as exc:
            return False, f"needs torch and transformers ({exc})"
        return True, ""

    def validate(self, config: Any, model_path: Path, dataset_columns: list[str] | None) -> list[dict[str, Any]]:
        errors = []
        if not (Path(model_path) / "config.json").is_file():
            errors.append({"loc": ["body", "base_model"], "msg": "not a transformers model folder", "type": "value_error"})
        columns = set(dataset_columns or ())
        if dataset_columns is not None and "text" not in columns and not {"prompt", "completion"} <= columns:
            errors.append({"loc": ["body", "dataset"], "msg": "needs a 'text' column (or prompt and completion)",
                           "type": "value_error"})
        return errors

    def run(self, context: TrainingContext) -> TrainingOutcome:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        cfg: BitFitConfig = context.config
        torch.manual_seed(cfg.seed)
        tokenizer = AutoTokenizer.from_pretrained(context.model_path)
        if tokenizer.pad_token_id is None:
            tokenizer.pad_token = tokenizer.eos_token
        model = AutoModelForCausalLM.from_pretrained(context.model_path, dtype=torch.float32)
        biases = {n: p for n, p in model.named_parameters() if n.endswith(".bias")}
        for p in model.parameters():
            p.requires_grad_(False)
        for p in biases.values():
            p.requires_grad_(True)
        optimizer = torch.optim.Adam(biases.values(), lr=cfg.learning_rate)
        start = 0
        latest = context.checkpoints.latest() if context.resume else None
        if latest is not None:
            state = torch.load(latest[1] / "bitfit.pt")
            model.load_state_dict(state["biases"], strict=False)
            optimizer.load_state_dict(state["optimizer"])
            start = latest[0]

        def save(step: int) -> Path:
            def write(folder: Path) -> None:
                torch.save({"biases": {n: p.detach() for n, p in biases.items()},
                            "optimizer": optimizer.state_dict()}, folder / "bitfit.pt")
            return context.save_checkpoint(step, write)

        texts = _texts(context.train_rows)
        losses: list[float] = []
        model.train()
        for step in range(start + 1, cfg.max_steps + 1):
            i = (step - 1) * cfg.batch_size % len(texts)
            batch = (texts + texts)[i : i + cfg.batch_size]
            enc = tokenizer(batch, return_tensors="pt", padding=True, truncation=True, max_length=cfg.max_seq_length)
            labels = enc["input_ids"].masked_fill(enc["attention_mask"] == 0, -100)
            loss = model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"], labels=labels).loss
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
            losses.append(float(loss.detach()))
            context.log_metrics(step, {"loss": losses[-1]}, total_steps=cfg.max_steps)
            if context.cancelled():
                return TrainingOutcome(status="stopped", steps=step, checkpoint=save(step))
            if cfg.checkpoint_every and step % cfg.checkpoint_every == 0:
                save(step)
        model.save_pretrained(context.output_dir)
        tokenizer.save_pretrained(context.output_dir)
        return TrainingOutcome(status="completed", steps=cfg.max_steps, model_dir=context.output_dir, kind="full",
                               metrics={"train_loss": sum(losses) / max(len(losses), 1), "final_step_loss": losses[-1]})
'''

PLUGIN = '''
"""Entry point ``llmworks.bitfit``: every hook this plugin implements."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from llmworks_sdk import JobHandler, RouterSpec, hookimpl

from llmworks_bitfit import tables  # noqa: F401 - the metadata knows the table before migrations run


def count_words(ctx: Any) -> dict[str, Any]:
    with ctx.kernel.db.session() as db:
        note = db.get(tables.Note, ctx.payload["note_id"])
        note.words = len(note.text.split())
        return {"words": note.words}


@hookimpl
def register_migrations(register):
    register(str(Path(__file__).parent / "migrations"))


@hookimpl
def register_routes(register):
    from llmworks_bitfit.routes import router

    register(RouterSpec(router))


@hookimpl
def register_job_handlers(register):
    register(JobHandler("bitfit.count_words", run=count_words, description="Count the words of a note", inline=True))


@hookimpl
def register_trainers(register):
    from llmworks_bitfit.trainer import BitFitTrainer

    register(BitFitTrainer())
'''

FILES = {
    "pyproject.toml": PYPROJECT,
    "src/llmworks_bitfit/__init__.py": '"""BitFit for llmworks."""\n',
    "src/llmworks_bitfit/plugin.py": PLUGIN,
    "src/llmworks_bitfit/tables.py": TABLES,
    "src/llmworks_bitfit/routes.py": ROUTES,
    "src/llmworks_bitfit/trainer.py": TRAINER,
    "src/llmworks_bitfit/migrations/bitfit_0001_notes.py": MIGRATION,
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.fixture(scope="module")
def bitfit_installed(tmp_path_factory):
    src = tmp_path_factory.mktemp("llmworks-bitfit")
    for name, text in FILES.items():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_text(textwrap.dedent(text).lstrip())
    # written with the SDK alone: no kernel module, no other plugin
    llmworks_imports = {m for f in src.rglob("*.py") for m in _imports(f) if m.split(".")[0].startswith("llmworks")}
    assert all(m == "llmworks_sdk" or m.startswith(("llmworks_sdk.", "llmworks_bitfit")) for m in llmworks_imports), llmworks_imports
    with pip_installed(src, target=tmp_path_factory.mktemp("build")) as build:
        yield build


def _text_rows() -> list[dict[str, str]]:
    return [{"text": f"the {c} cat sat on the {m} mat. the {c} cat sat on the {m} mat."}
            for c in ("red", "black", "white", "grey") for m in ("blue", "green", "old", "new")]


def test_a_pip_installed_plugin_adds_the_bitfit_training_method(bitfit_installed, tmp_path):
    with KernelHarness(tmp_path, env={"LLMWORKS_TORCH_THREADS": "1"}) as h:
        c = h.login()
        pid = h.default_project_id()
        plugins = {p["name"]: p for p in c.get("/api/plugins").json()}
        assert plugins["bitfit"]["status"] == "ok", plugins["bitfit"]
        assert plugins["bitfit"]["distribution"] == "llmworks-bitfit"

        # its route, table, migration and job
        r = c.post("/api/plugins/bitfit/notes", json={"project_id": pid, "text": "three little words"})
        assert r.status_code == 201, r.text
        note = r.json()
        assert h.wait_for_job(c, note["job_id"])["state"] == "succeeded"
        assert c.get(f"/api/plugins/bitfit/notes/{note['id']}").json()["words"] == 3
        assert h.new_client().get(f"/api/plugins/bitfit/notes/{note['id']}").status_code == 401

        # its trainer is a training method with its own configuration schema
        methods = {m["name"]: m for m in c.get("/api/training/methods").json()["methods"]}
        assert {"full", "lora", "qlora", "bitfit"} <= set(methods)
        assert methods["bitfit"]["available"] is True
        assert set(methods["bitfit"]["config_schema"]["properties"]) >= {"max_steps", "learning_rate"}

        job_in = {"project_id": pid, "base_model": DEMO, "method": "bitfit", "rows": _text_rows(), "name": "demo-bitfit"}
        # validated by the trainer's own config model and validate()
        bad = c.post("/api/training/jobs", json={**job_in, "config": {"lora_r": 8}})
        assert bad.status_code == 422 and any(e["loc"][-1] == "lora_r" for e in bad.json()["errors"]), bad.text
        bad = c.post("/api/training/jobs", json={**job_in, "rows": [{"question": "x"}]})
        assert bad.status_code == 422 and "text" in bad.text
        unknown = c.post("/api/training/jobs", json={**job_in, "method": "nope"})
        assert unknown.status_code == 422 and "bitfit" in unknown.text

        r = c.post("/api/training/jobs", json={**job_in, "config": {"max_steps": 30, "learning_rate": 0.2, "checkpoint_every": 10}})
        assert r.status_code == 201, r.text
        created = r.json()
        assert created["method"] == "bitfit"
        job = h.wait_for_job(c, created["id"], timeout=240)
        assert job["state"] == "succeeded", c.get(f"/api/training/jobs/{created['id']}").json().get("log_tail")

        losses = [v for _, v in c.get(f"/api/training/jobs/{created['id']}/metrics").json()["series"]["loss"]]
        assert len(losses) == 30
        assert sum(losses[-5:]) / 5 < 0.9 * sum(losses[:5]) / 5, losses  # the loss falls (about 6.0 -> 5.1)

        detail = c.get(f"/api/training/jobs/{created['id']}").json()
        assert detail["last_checkpoint_step"] == 30  # context.save_checkpoint reached the job
        version = c.get(f"/api/models/custom/{detail['model_version_id']}").json()
        assert version["method"] == "bitfit" and version["kind"] == "full" and version["name"] == "demo-bitfit"
        lineage = c.get("/api/lineage", params={"kind": "model_version", "id": str(version["id"])}).json()
        relations = {(e["src"]["kind"], e["relation"], e["dst"]["kind"]) for e in lineage["edges"]}
        assert ("run", "produced", "model_version") in relations or ("job", "produced", "model_version") in relations
        assert any(rel == "fine_tuned" for _, rel, _ in relations)

        # only the biases changed
        import torch
        from safetensors.torch import load_file

        available = c.get("/api/models/available").json()
        base = next(m for m in (available.get("items", available) if isinstance(available, dict) else available) if m["name"] == DEMO)
        before = load_file(str(Path(base["path"]) / "model.safetensors"))
        after = load_file(str(h.kernel.job_dir(created["id"]) / "train" / "model" / "model.safetensors"))  # context.output_dir
        changed = {n for n in before if n in after and not torch.equal(before[n], after[n])}
        assert changed and all(n.endswith(".bias") for n in changed), changed
        assert any(n.endswith(".weight") for n in before)
