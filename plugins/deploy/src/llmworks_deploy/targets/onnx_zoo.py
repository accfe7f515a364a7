"""The "onnx-zoo" deploy target: a folder in the ONNX Model Zoo's layout, validated with onnxruntime.

    <name>/
      model.onnx                the graph (exported by the "onnx" export target; KV-cache inputs)
      test_data_set_0/
        input_0.pb ...          one TensorProto per graph input (a tokenised sample prompt,
                                attention mask, positions, empty past keys/values)
        output_0.pb ...         one TensorProto per graph output, as onnxruntime computed them
      tokenizer.json ...        the tokenizer files, to turn text into input_ids
      README.md                 metadata: source model, opset, inputs and outputs with shapes,
                                licence, how the test data were made and checked

Validation runs the zoo's own check: ``onnx.checker`` on the model, then onnxruntime on each
``input_*.pb`` of ``test_data_set_0``, its outputs compared with ``output_*.pb``.
"""

from __future__ import annotations

import json
import shutil
import tarfile
from pathlib import Path
from typing import Any

from llmworks_sdk import Invalid
from pydantic import BaseModel, ConfigDict, Field

TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.json", "merges.txt")


class ZooSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sample_prompt: str = Field("The pilot keeps the map", min_length=1, max_length=2000,
                               description="Text tokenised into the test data set's input_ids")
    license: str = Field("apache-2.0", pattern=r"^[a-z0-9.+-]{1,64}$")
    rtol: float = Field(1e-3, gt=0, le=1)
    atol: float = Field(1e-4, gt=0, le=1)


def _tensor(array: Any, name: str, path: Path) -> None:
    from onnx import numpy_helper

    path.write_bytes(numpy_helper.from_array(array, name=name).SerializeToString())


def _read(path: Path) -> Any:
    import onnx
    from onnx import numpy_helper

    t = onnx.TensorProto()
    t.ParseFromString(path.read_bytes())
    return t.name, numpy_helper.to_array(t)


def make_test_data(folder: Path, prompt: str) -> dict[str, Any]:
    """Write ``test_data_set_0`` for ``folder/model.onnx`` from ``prompt``; returns the shapes."""
    import numpy as np
    import onnxruntime as ort
    from llmworks_sdk.onnx_runtime import OnnxManifest
    from tokenizers import Tokenizer

    manifest = OnnxManifest.read(folder)
    ids = Tokenizer.from_file(str(folder / "tokenizer.json")).encode(prompt).ids
    if not ids:
        raise Invalid("the sample prompt tokenises to nothing", field=("body", "settings", "sample_prompt"))
    n = len(ids)
    feed: dict[str, Any] = {"input_ids": np.asarray([ids], dtype=np.int64),
                            "attention_mask": np.ones((1, n), dtype=np.int64),
                            "position_ids": np.arange(n, dtype=np.int64)[None, :]}
    empty = np.zeros((1, manifest.num_kv_heads, 0, manifest.head_dim), dtype=np.float32)
    session = ort.InferenceSession(str(folder / "model.onnx"), providers=["CPUExecutionProvider"])
    inputs = [i.name for i in session.get_inputs()]
    for name in inputs:
        if name.startswith("past_key_values."):
            feed[name] = empty
    missing = [i for i in inputs if i not in feed]
    if missing:
        raise Invalid(f"the ONNX graph has inputs this target cannot fill: {missing}")
    outputs = session.run(None, {k: feed[k] for k in inputs})
    data = folder / "test_data_set_0"
    data.mkdir(exist_ok=True)
    for i, name in enumerate(inputs):
        _tensor(feed[name], name, data / f"input_{i}.pb")
    out_names = [o.name for o in session.get_outputs()]
    for i, (name, value) in enumerate(zip(out_names, outputs, strict=True)):
        _tensor(value, name, data / f"output_{i}.pb")
    return {"inputs": {k: list(feed[k].shape) for k in inputs}, "outputs": {k: list(v.shape) for k, v in
                                                                             zip(out_names, outputs, strict=True)}}


def validate_zoo_folder(folder: Path, rtol: float = 1e-3, atol: float = 1e-4) -> dict[str, Any]:
    """The ONNX Model Zoo's check: onnx.checker, then each test data set through onnxruntime."""
    import numpy as np
    import onnx
    import onnxruntime as ort

    onnx.checker.check_model(str(folder / "model.onnx"))
    session = ort.InferenceSession(str(folder / "model.onnx"), providers=["CPUExecutionProvider"])
    sets = sorted(folder.glob("test_data_set_*"))
    if not sets:
        raise Invalid("the folder has no test_data_set_*")
    worst = 0.0
    for data in sets:
        feed = dict(_read(p) for p in sorted(data.glob("input_*.pb"), key=lambda p: int(p.stem.split("_")[1])))
        expected = [_read(p) for p in sorted(data.glob("output_*.pb"), key=lambda p: int(p.stem.split("_")[1]))]
        got = session.run([name for name, _ in expected], feed)
        for (name, want), have in zip(expected, got, strict=True):
            if want.shape != have.shape or not np.allclose(have, want, rtol=rtol, atol=atol):
                raise Invalid(f"{data.name}: output {name} differs from output_*.pb beyond rtol={rtol}, atol={atol}")
            if want.size:
                worst = max(worst, float(np.max(np.abs(have - want))))
    return {"test_data_sets": len(sets), "max_abs_diff": worst, "checker": "passed"}


def readme(ctx: Any, st: ZooSettings, shapes: dict[str, Any], opset: int, check: dict[str, Any]) -> str:
    src = ctx.source
    rows = [f"| {k} | {v} |" for k, v in shapes["inputs"].items()]
    outs = [f"| {k} | {v} |" for k, v in shapes["outputs"].items()]
    return "\n".join([
        f"# {ctx.name}", "",
        f"A causal language model exported by llmworks from `{src.model}` (base `{src.base_model or src.model}`"
        f"{', LoRA adapter merged' if src.adapters else ''}), in the ONNX Model Zoo's layout.", "",
        "## Metadata", "",
        "| field | value |", "|---|---|",
        f"| model | {ctx.name} |", f"| source | llmworks {src.model} (deployment {ctx.name}, revision {ctx.revision}) |",
        f"| opset | {opset} |", f"| licence | {st.license} |", "| framework | PyTorch → torch.onnx (dynamo) |",
        "", "## Inputs (test_data_set_0)", "", "| name | shape |", "|---|---|", *rows,
        "", "## Outputs", "", "| name | shape |", "|---|---|", *outs,
        "", "## Test data", "",
        f"`test_data_set_0` holds the sample prompt {json.dumps(st.sample_prompt)} tokenised with `tokenizer.json`, "
        "an all-ones attention mask, positions 0..n-1 and empty past keys/values (past length 0); the outputs are "
        f"onnxruntime's. Checked with `onnx.checker` and onnxruntime (max |diff| {check['max_abs_diff']:.3g}, "
        f"rtol {st.rtol}, atol {st.atol}).", ""])


class OnnxZooTarget:
    name = "onnx-zoo"
    description = "A folder in the ONNX Model Zoo's layout (model.onnx, test_data_set_0, README) validated with onnxruntime"
    settings_model = ZooSettings
    long_running = False

    def available(self) -> tuple[bool, str]:
        try:
            import onnx  # noqa: F401
            import onnxruntime  # noqa: F401
        except ImportError:
            return False, "onnx and onnxruntime are needed: pip install 'llmworks-onnx[export]'"
        return True, ""

    def deploy(self, ctx: Any) -> dict[str, Any]:
        from llmworks_sdk.onnx_runtime import OnnxManifest

        st: ZooSettings = ctx.settings
        export = ctx.kernel.registry.get("export_targets", "onnx")
        if export is None:
            raise Invalid("the onnx export target is not installed: pip install 'llmworks-onnx[export]'",
                          field=("body", "target"))
        if len(ctx.source.adapters) > 1:
            raise Invalid("an ONNX graph holds one model: deploy a version with at most one adapter", field=("body", "adapters"))
        ctx.state("building", "exporting to ONNX")
        adapter = next(iter(ctx.source.adapters.values()), None)
        exported = Path(export.export(Path(ctx.source.base_path), ctx.work_dir / "export", adapter_path=adapter))
        folder = ctx.work_dir / "zoo" / ctx.name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for f in exported.iterdir():
            if f.is_file() and (f.name.startswith("model.onnx") or f.name in TOKENIZER_FILES or f.name == "llmworks_onnx.json"):
                shutil.copy2(f, folder / f.name)
        ctx.log.info("exported %s; writing test_data_set_0", ", ".join(sorted(p.name for p in folder.iterdir())))
        shapes = make_test_data(folder, st.sample_prompt)
        check = validate_zoo_folder(folder, st.rtol, st.atol)
        manifest = OnnxManifest.read(folder)
        (folder / "README.md").write_text(readme(ctx, st, shapes, manifest.opset, check))
        archive = ctx.work_dir / f"{ctx.name}.tar.gz"
        with tarfile.open(archive, "w:gz") as tf:
            tf.add(folder, arcname=ctx.name)
        ctx.log.info("ONNX Model Zoo folder valid: %s", check)
        return {"folder": str(folder), "archive": str(archive), "validation": check, "shapes": shapes,
                "files": sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()),
                "export": f"onnx-zoo:{ctx.deployment_id}-{ctx.revision}"}

    def stop(self, ctx: Any) -> None:
        return None

    def health(self, ctx: Any) -> dict[str, Any]:
        return {"ok": bool(ctx.outputs.get("validation")), "detail": "ONNX Model Zoo folder produced"}
