"""``llmworks demo-model``: build the offline demo model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def demo_model_command(
    out: Annotated[Path | None, typer.Option(help="Folder to build into; default <models folder>/llmworks-demo-tiny")] = None,
    arch: Annotated[str, typer.Option(help="gpt2 or llama")] = "gpt2",
    seed: Annotated[int, typer.Option(help="Seed of the tokenizer corpus and the weights")] = 0,
    steps: Annotated[int | None, typer.Option(help="Pre-training steps (0: random weights)", min=0, max=20000)] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Pre-train again even when a cached build exists")] = False,
) -> None:
    """Build the tiny demo model: a byte-level BPE tokenizer trained on generated English and Hindi
    text and a 2-layer GPT-2 or Llama (context 1,024) pre-trained on it for under a minute on the
    CPU. The pre-trained build is cached, so the next build is a copy."""
    import time

    from llmworks_sdk.demo import DEFAULT_PRETRAIN_STEPS, DEMO_MODEL_NAME, build_demo_model, demo_cache_dir
    from llmworks_sdk.model_folders import inspect_model
    from llmworks_sdk.settings import load_settings

    if arch not in ("gpt2", "llama"):
        raise typer.BadParameter("arch must be gpt2 or llama")
    folder = out or Path(load_settings().models_path) / DEMO_MODEL_NAME
    n_steps = DEFAULT_PRETRAIN_STEPS if steps is None else steps
    typer.echo(f"building {DEMO_MODEL_NAME} ({arch}, {n_steps} pre-training steps; cache {demo_cache_dir()}) ...")
    started = time.perf_counter()
    build_demo_model(folder, arch=arch, seed=seed, pretrain_steps=n_steps, cache=not no_cache)  # type: ignore[arg-type]
    info = inspect_model(folder)
    meta = json.loads((folder / "llmworks_demo.json").read_text(encoding="utf-8"))
    pre = meta.get("pretrain")
    trained = f", pre-trained loss {pre['loss_first']:.2f} → {pre['loss_last']:.2f}" if pre else ", random weights"
    typer.echo(f"built {folder} in {time.perf_counter() - started:.0f} s: {info.architecture}, "
               f"{info.parameters:,} parameters, context {info.context_length}{trained}")
