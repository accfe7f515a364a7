"""The "hf-hub" deploy target: push a model or an adapter to a Hugging Face Hub repository with a
generated model card, via ``huggingface_hub``.

What is pushed: ``kind="adapter"`` (default when the model version is an adapter) the adapter's
``adapter_config.json`` + ``adapter_model.safetensors``; ``kind="model"`` the base model's files
(weights, config, tokenizer) and, for an adapter version, the adapter in ``adapter/``. The model
card (``README.md``) carries the YAML metadata the Hub reads (license, base_model, datasets,
tags) and sections for the base model, the datasets and their versions, the training
configuration, the evaluations and the bias scorecards of the model version, and the licence.

The token is a project secret (``POST /api/plugins/deploy/secrets``, encrypted at rest, never
shown again) named by ``token_secret``. ``endpoint`` points at the Hub (default) or a
compatible server. Uploads use the Hub's LFS protocol unless ``xet`` is set (Xet storage
needs the Hub's CAS service).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import yaml
from llmworks_sdk import Invalid
from pydantic import BaseModel, ConfigDict, Field

from llmworks_deploy.targets.docker import ADAPTER_FILES, MODEL_FILES


class HubSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    repo_id: str = Field(..., pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,95}/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$",
                         description="owner/name of the repository (created when missing)")
    token_secret: str = Field("hf-token", pattern=r"^[a-z0-9][a-z0-9._-]{0,62}$", description="Project secret holding the token")
    kind: str = Field("auto", pattern="^(auto|model|adapter)$", description="Push the adapter alone or the whole model")
    private: bool = True
    endpoint: str = Field("https://huggingface.co", pattern=r"^https?://[^\s]{1,200}$")
    license: str = Field("apache-2.0", pattern=r"^[a-z0-9.+-]{1,64}$")
    commit_message: str = Field("Upload from llmworks", min_length=1, max_length=200)
    xet: bool = Field(False, description="Upload with the Xet protocol (the Hub's CAS) instead of LFS")


def _evaluations(kernel: Any, model: str) -> list[dict[str, Any]]:
    """The finished evaluations of ``model`` from the evaluation service, when installed."""
    from llmworks_sdk.services import EvaluationService, get_service

    svc = get_service(kernel, EvaluationService)
    if svc is None:
        return []
    with kernel.session() as db:
        return [e for e in svc.for_model(db, model, limit=20) if e.get("status") == "succeeded"]


def _scorecards(kernel: Any, project_id: int, model: str) -> list[dict[str, Any]] | None:
    """The bias/toxicity scorecards of ``model`` from the responsible plugin's scorecard service
    (None when it is not installed)."""
    from llmworks_sdk.release import ScorecardService
    from llmworks_sdk.services import get_service

    svc = get_service(kernel, ScorecardService)
    if svc is None:
        return None
    with kernel.session() as db:
        return svc.for_model(db, project_id, model, limit=20)


def _score(value: Any) -> str:
    return f"{value:.4g}" if isinstance(value, float) else ("n/a" if value is None else str(value))


def _evaluation_lines(evals: list[dict[str, Any]]) -> list[str]:
    lines: list[str] = []
    for e in evals:
        dataset = e.get("dataset") or {}
        where = dataset.get("builtin") or (f"dataset version {dataset['version_id']}" if dataset.get("version_id") else "inline examples")
        lines += ["", f"### {e.get('name') or 'evaluation'} (evaluation {e['id']}, {where}, {e.get('n_examples', 0)} examples)",
                  "", "| metric | score |", "|---|---|"]
        for metric, r in sorted((e.get("results") or {}).items()):
            if isinstance(r, dict) and r.get("requested", True):
                lines.append(f"| {metric} | {_score(r.get('score'))} |")
    return lines


def _scorecard_lines(cards: list[dict[str, Any]] | None) -> list[str]:
    if cards is None:
        return ["not available: the responsible-AI plugin (llmworks-responsible) is not installed"]
    if not cards:
        return ["no bias scorecard recorded"]
    lines: list[str] = []
    for c in cards:
        verdict = {True: "passed", False: "failed", None: "no thresholds"}[c.get("passed")]
        lines += [f"### {c['suite']} (scorecard {c['id']}, {c.get('suite_kind')}, {verdict})", "",
                  "| measure | category | group | value | threshold | passed |", "|---|---|---|---|---|---|"]
        for cell in c.get("cells") or []:
            lines.append(f"| {cell.get('measure')} | {cell.get('category') or ''} | {cell.get('group') or ''} | "
                         f"{_score(cell.get('value'))} | {_score(cell.get('threshold'))} | {cell.get('passed')} |")
        lines.append("")
    return lines


def _datasets(kernel: Any, version_id: int | None) -> list[str]:
    if version_id is None:
        return []
    from llmworks_sdk.services import DatasetService, get_service

    svc = get_service(kernel, DatasetService)
    if svc is None:
        return [f"dataset version {version_id}"]
    with kernel.session() as db:
        try:
            v = svc.get_version(db, version_id)
        except Exception:  # noqa: BLE001 - a card without the dataset's details is still a card
            return [f"dataset version {version_id}"]
        return [f"llmworks dataset {v.dataset_id}, version {v.version} (id {v.id}, kind {v.kind})"]


def model_card(ctx: Any, st: HubSettings, kind: str) -> str:
    src = ctx.source
    meta = src.metadata or {}
    evals = _evaluations(ctx.kernel, src.model) if src.model_version_id else []
    cards = _scorecards(ctx.kernel, ctx.project_id, src.model)
    datasets = _datasets(ctx.kernel, meta.get("dataset_version_id"))
    front: dict[str, Any] = {"license": st.license, "library_name": "peft" if kind == "adapter" else "transformers",
                             "tags": ["llmworks", *(["lora", "peft"] if kind == "adapter" else [])]}
    if src.base_model:
        front["base_model"] = src.base_model
    lines = ["---", yaml.safe_dump(front, sort_keys=False).strip(), "---", "",
             f"# {ctx.name}", "",
             f"{'A LoRA adapter' if kind == 'adapter' else 'A model'} pushed from llmworks (deployment {ctx.name}, "
             f"revision {ctx.revision}, model `{src.model}`).", "",
             "## Base model", "", f"`{src.base_model or src.model}`", "",
             "## Datasets", ""]
    lines += [f"- {d}" for d in datasets] or ["- none recorded"]
    lines += ["", "## Training configuration", ""]
    config = meta.get("config") or {}
    if config:
        lines += ["```json", json.dumps({k: v for k, v in config.items() if k != "peft"} or config, indent=2, default=str)[:20000],
                  "```"]
    else:
        lines.append("not recorded")
    if meta.get("method"):
        lines += ["", f"Method: `{meta['method']}`"]
    lines += ["", "## Evaluation", ""]
    metrics = meta.get("metrics") or {}
    if metrics:
        lines += ["| metric | value |", "|---|---|", *[f"| {k} | {v} |" for k, v in sorted(metrics.items())]]
    lines += _evaluation_lines(evals)
    if not metrics and not evals:
        lines.append("no evaluation recorded")
    lines += ["", "## Bias scorecards", "", *_scorecard_lines(cards)]
    lines += ["", "## Licence", "", f"{st.license}", ""]
    return "\n".join(lines)


class HubTarget:
    name = "hf-hub"
    description = "Push the model or its adapter to a Hugging Face Hub repository with a generated model card"
    settings_model = HubSettings
    long_running = False

    def available(self) -> tuple[bool, str]:
        try:
            import huggingface_hub  # noqa: F401
        except ImportError:
            return False, "huggingface_hub is missing: pip install huggingface_hub"
        return True, ""

    def deploy(self, ctx: Any) -> dict[str, Any]:
        from huggingface_hub import HfApi, constants

        st: HubSettings = ctx.settings
        token = ctx.secret(st.token_secret)
        if not token:
            raise Invalid(f"the project has no secret '{st.token_secret}': store the Hub token first "
                          "(POST /api/plugins/deploy/secrets)", field=("body", "settings", "token_secret"))
        kind = st.kind if st.kind != "auto" else ("adapter" if ctx.source.adapters else "model")
        if kind == "adapter" and len(ctx.source.adapters) != 1:
            raise Invalid("kind 'adapter' pushes exactly one adapter", field=("body", "settings", "kind"))
        ctx.state("building", f"preparing the {kind} files and the model card")
        folder: Path = ctx.work_dir / "hub"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        adapter = next(iter(ctx.source.adapters.values()), None)
        if kind == "adapter":
            for name in ADAPTER_FILES:
                shutil.copy2(Path(adapter) / name, folder / name)  # type: ignore[arg-type]
        else:
            for f in sorted(Path(ctx.source.base_path).iterdir()):
                if f.is_file() and MODEL_FILES.match(f.name):
                    shutil.copy2(f, folder / f.name)
            if adapter is not None:
                (folder / "adapter").mkdir()
                for name in ADAPTER_FILES:
                    shutil.copy2(Path(adapter) / name, folder / "adapter" / name)
        (folder / "README.md").write_text(model_card(ctx, st, kind))
        files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
        ctx.state("starting", f"pushing {len(files)} files to {st.repo_id}")
        previous = constants.HF_HUB_DISABLE_XET
        constants.HF_HUB_DISABLE_XET = not st.xet
        try:
            api = HfApi(endpoint=st.endpoint, token=token)
            repo = api.create_repo(st.repo_id, private=st.private, exist_ok=True, repo_type="model")
            info = api.upload_folder(folder_path=str(folder), repo_id=st.repo_id, repo_type="model",
                                     commit_message=f"{st.commit_message} (revision {ctx.revision})")
        finally:
            constants.HF_HUB_DISABLE_XET = previous
        oid = getattr(info, "oid", None)
        ctx.log.info("pushed %s files to %s (commit %s)", len(files), repo, oid)
        return {"repo_id": st.repo_id, "url": str(repo), "commit": oid, "commit_url": getattr(info, "commit_url", None),
                "files": files, "kind": kind, "endpoint": st.endpoint, "export": f"hf-hub:{st.repo_id}@{oid}"}

    def stop(self, ctx: Any) -> None:
        return None

    def health(self, ctx: Any) -> dict[str, Any]:
        return {"ok": bool(ctx.outputs.get("commit")), "detail": f"pushed {ctx.outputs.get('repo_id')}"}
