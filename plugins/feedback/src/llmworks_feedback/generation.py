"""The candidate-generation job (``feedback.generate``): every generator writes
``samples_per_prompt`` candidates for every prompt through an inference backend (the model
registry resolves the model, ``kernel.registry.inference_backends`` loads it, the shared
decoding pipeline samples), then the items, the gold items and the assignments are written
and the campaign becomes ``ready``. Progress: one step per generated candidate."""

from __future__ import annotations

import os
import time
from itertools import islice
from typing import Any

from llmworks_sdk import GenerationParams, Invalid, NotFound, Unavailable
from llmworks_sdk.events import publish
from llmworks_sdk.services import DatasetService, ModelRegistry, RouteService, get_service, require_service
from sqlalchemy import update

from llmworks_feedback.assignment import pick_pair, plan
from llmworks_feedback.tables import Assignment, Campaign, Candidate, Item

DEFAULT_BACKEND = "pytorch"
PROMPT_COLUMNS = ("prompt", "input", "question", "instruction", "text")


def campaign_prompts(kernel: Any, db: Any, spec: dict[str, Any], principal: Any = None) -> list[str]:
    """The prompts of a campaign's prompt spec (inline, or a dataset version's column)."""
    if "inline" in spec:
        return [str(p) for p in spec["inline"]]
    datasets = get_service(kernel, DatasetService)
    if datasets is None:
        raise Unavailable("prompts from a dataset version need llmworks-datasets; pass inline prompts instead")
    try:
        version = datasets.get_version(db, int(spec["dataset_version_id"]), principal=principal)
    except LookupError as exc:
        raise NotFound(str(exc)) from None
    columns = list(datasets.columns(version))
    column = spec.get("prompt_column") or next((c for c in PROMPT_COLUMNS if c in columns), None)
    if column is None or column not in columns:
        raise Invalid(f"the dataset version has no prompt column; columns: {columns}; set prompts.prompt_column",
                      field=("body", "prompts", "prompt_column"))
    rows = islice(datasets.iter_rows(kernel, version, spec.get("split")), int(spec.get("limit") or 200))
    return [str(r.get(column) or "") for r in rows if str(r.get(column) or "").strip()]


def resolve_generator(kernel: Any, db: Any, generator: dict[str, Any], project_id: int) -> dict[str, Any]:
    """The generator with a route replaced by what it runs (model, backend, adapter, settings;
    the generator's own settings win). ``Invalid`` for a route the project does not have."""
    if not generator.get("route"):
        return generator
    try:
        route = require_service(kernel, RouteService).get(db, project_id, generator["route"])
    except LookupError as exc:
        raise Invalid(f"generator {generator['label']!r}: {exc}") from None
    if route is None:
        raise Invalid(f"generator {generator['label']!r}: the project has no route {generator['route']!r}")
    return {**generator, "model": route.model, "backend": route.backend, "adapter": route.adapter,
            "generation": {**route.params, **generator.get("generation", {})}}


def load_generator(kernel: Any, db: Any, generator: dict[str, Any], project_id: int) -> tuple[Any, str | None]:
    generator = resolve_generator(kernel, db, generator, project_id)
    registry = require_service(kernel, ModelRegistry)
    try:
        ref, _owner = registry.resolve(db, generator["model"], project_id=project_id)
    except (LookupError, FileNotFoundError, ValueError) as exc:
        raise Invalid(f"generator {generator['label']!r}: model {generator['model']!r}: {exc}") from None
    name = generator.get("backend") or DEFAULT_BACKEND
    backend = kernel.registry.inference_backends.get(name)
    if backend is None:
        raise Invalid(f"generator {generator['label']!r}: no inference backend {name!r} is installed")
    ok, why = backend.available()
    if not ok:
        raise Unavailable(f"the {name} backend is not usable here: {why}")
    adapter = generator.get("adapter") or next(iter(ref.adapters), None)
    return backend.load(ref), adapter


def _cap_threads() -> None:
    """``LLMWORKS_TORCH_THREADS`` caps torch's threads in this job process too (a tiny model on a
    busy machine generates many times faster on one thread than on several that contend)."""
    threads = os.environ.get("LLMWORKS_TORCH_THREADS", "")
    if threads.isdigit() and int(threads) > 0:
        try:
            import torch
        except ImportError:
            return
        torch.set_num_threads(int(threads))


def run_generation(ctx: Any) -> dict[str, Any]:
    _cap_threads()
    k = ctx.kernel
    cid = int(ctx.payload["campaign_id"])
    try:
        return _generate(ctx, cid)
    except Exception as exc:
        with k.db.session() as s:
            s.execute(update(Campaign).where(Campaign.id == cid).values(status="failed", error=f"{type(exc).__name__}: {exc}"))
        raise


def _generate(ctx: Any, cid: int) -> dict[str, Any]:
    k = ctx.kernel
    with k.db.session() as s:
        c = s.get(Campaign, cid)
        if c is None:
            raise NotFound(f"campaign {cid} was deleted")
        spec = {"project_id": c.project_id, "generators": list(c.generators), "prompts": dict(c.prompts),
                "k": c.samples_per_prompt, "seed": c.seed, "gold": list(c.gold), "r": c.annotators_per_item,
                "annotators": list(c.annotators)}
        prompts = campaign_prompts(k, s, spec["prompts"])
    if not prompts:
        raise Invalid("the campaign has no prompts")
    total = len(prompts) * len(spec["generators"]) * spec["k"]
    texts: dict[int, list[tuple[str, int, str]]] = {i: [] for i in range(len(prompts))}
    done = 0
    next_check = 0.0
    for g in spec["generators"]:
        with k.db.session() as s:
            g = resolve_generator(k, s, g, spec["project_id"])
            loaded, adapter = load_generator(k, s, g, spec["project_id"])
        try:
            settings = {**g.get("generation", {}), "logprobs": False}
            for i, prompt in enumerate(prompts):
                for sample in range(spec["k"]):
                    if time.monotonic() >= next_check:  # cancellation and progress: a few times a second
                        if ctx.cancelled():
                            return {"campaign_id": cid, "stopped_at": done}
                        ctx.progress(done, total, f"generating {done}/{total}")
                        next_check = time.monotonic() + 0.5
                    base_seed = settings.get("seed")
                    seed = (spec["seed"] if base_seed is None else base_seed) * 1_000_003 + i * 101 + sample
                    params = GenerationParams(**{**settings, "seed": seed % (2**31)})
                    try:
                        text = "".join(t.token for t in loaded.stream(prompt, params, adapter=adapter))
                    except ValueError as exc:
                        raise Invalid(f"prompt {i + 1}: {exc}") from exc
                    texts[i].append((g["label"], sample, text))
                    done += 1
        finally:
            loaded.close()
    with k.db.session() as s:
        items: list[tuple[int, list[int], bool]] = []
        position = 0
        for i, prompt in enumerate(prompts):
            item = Item(campaign_id=cid, project_id=spec["project_id"], position=position, prompt=prompt)
            s.add(item)
            s.flush()
            cands = [Candidate(item_id=item.id, generator=label, sample=n, text=text) for label, n, text in texts[i]]
            s.add_all(cands)
            s.flush()
            item.pair = pick_pair([(c.id, c.generator) for c in cands], f"{spec['seed']}:{i}")
            items.append((item.id, [c.id for c in cands], False))
            position += 1
        for g in spec["gold"]:
            item = Item(campaign_id=cid, project_id=spec["project_id"], position=position, prompt=g["prompt"], is_gold=True)
            s.add(item)
            s.flush()
            cands = [Candidate(item_id=item.id, generator="gold", sample=n, text=t) for n, t in enumerate(g["candidates"])]
            s.add_all(cands)
            s.flush()
            item.gold_ranking = [cands[j].id for j in g["ranking"]]
            item.pair = [cands[0].id, cands[1].id]
            items.append((item.id, [c.id for c in cands], True))
            position += 1
        for p in plan(items, spec["annotators"], spec["r"], spec["seed"]):
            s.add(Assignment(campaign_id=cid, project_id=spec["project_id"], item_id=p.item_id, user_id=p.user_id,
                             position=p.position, order=p.order))
        c = s.get(Campaign, cid)
        c.status, c.error = "ready", None
        publish(k, "feedback.campaign_ready", project_id=spec["project_id"], session=s,
                data={"campaign_id": cid, "name": c.name, "items": len(items), "link": f"/feedback/campaigns/{cid}"})
    ctx.progress(total, total, "done")
    return {"campaign_id": cid, "items": len(items), "candidates": total}
