"""``llmworks demo-model``: build the offline demo model."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def demo_model_command(
    out: Annotated[Path | None, typer.Option(help="Folder to build into; default <models folder>/llmworks-demo-tiny")] = None,
    arch: Annotated[str, typer.Option(help="gpt2 or llama")] = "gpt2",
    seed: Annotated[int, typer.Option(help="Seed of the tokenizer corpus and the weights")] = 0,
) -> None:
    """Build the tiny random-weight demo model (byte-level BPE + 2-layer GPT-2 or Llama)."""
    from llmworks.settings import Settings

    from llmworks_torch.demo import DEMO_MODEL_NAME, build_demo_model
    from llmworks_torch.model_info import inspect_model

    if arch not in ("gpt2", "llama"):
        raise typer.BadParameter("arch must be gpt2 or llama")
    folder = out or Path(Settings().models_path) / DEMO_MODEL_NAME
    build_demo_model(folder, arch=arch, seed=seed)  # type: ignore[arg-type]
    info = inspect_model(folder)
    typer.echo(f"built {folder}: {info.architecture}, {info.parameters:,} parameters, context {info.context_length}")
