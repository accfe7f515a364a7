"""The training fast path on a CUDA GPU (skipped without one).

Self-contained (no fixture from conftest.py), so a bare GPU machine without the kernel's
services runs it with ``python -m pytest --noconftest plugins/torch/tests/test_fastpath_gpu.py``
(benchmarks/training_gpu/run.sh does, after the benchmark).
"""

from __future__ import annotations

import pytest
import torch

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")


@pytest.fixture(scope="module")
def llama(tmp_path_factory):
    from llmworks_sdk.demo import build_demo_model

    return build_demo_model(tmp_path_factory.mktemp("models") / "demo-llama", arch="llama", seed=0)


@pytest.fixture(scope="module")
def rows():
    from llmworks_sdk.demo import demo_instruction_rows

    return demo_instruction_rows(48, seed=1)


def test_fast_path_switches_on_and_keeps_the_loss(llama, rows):
    from llmworks_torch import fastpath
    from llmworks_torch.formatting import encode_rows, pad_batch
    from llmworks_torch.training import load_trainable_model, load_training_tokenizer, resolve_fast_path
    from llmworks_torch.training_config import TrainingConfig

    examples = encode_rows(rows[:8], load_training_tokenizer(llama), 128)
    config = TrainingConfig(batch_size=8, lora_dropout=0.0)
    fast = fastpath.plan_fast_path(config, llama, "cuda", examples)
    print(fast.summary())
    assert fast.precision == "bf16" and fast.base_dtype == torch.bfloat16
    assert fast.packing and fast.prefetch_batches == 2 and not fast.gradient_checkpointing
    assert fast.varlen_attention == fastpath.varlen_works("cuda")[0]
    assert fast.fused_kernels == fastpath.liger_status()[0] and fast.fused_cross_entropy == fast.fused_kernels
    resolved = resolve_fast_path(config, fast)
    padded = pad_batch(examples, 0)
    count = int((padded["labels"][:, 1:] != -100).sum())
    # the plain path first: Liger patches transformers' Llama module for the whole process
    plain = fastpath.FastPath(device="cuda", precision="bf16", base_dtype=torch.bfloat16)
    reference = load_trainable_model(resolved, llama, "cuda", None, plain)  # LoRA B = 0: the base model's loss
    with torch.no_grad(), torch.autocast("cuda", dtype=torch.bfloat16):
        want = float(plain.nll_sum(reference, plain.to_device(padded))) / count
    del reference
    model = load_trainable_model(resolved, llama, "cuda", None, fast)
    with torch.no_grad(), torch.autocast("cuda", dtype=torch.bfloat16):
        got = float(fast.nll_sum(model, fast.to_device(fast.collate(examples, 0)))) / count
    assert got == pytest.approx(want, rel=2e-2)


@pytest.mark.parametrize("method", ["lora", "qlora"])
def test_training_on_cuda_with_every_switch(llama, rows, method, tmp_path):
    from llmworks_torch.training import TrainingCallbacks, run_training
    from llmworks_torch.training_config import TrainingConfig

    losses = []

    class Losses(TrainingCallbacks):
        def on_step(self, step, total_steps, metrics):
            losses.append(metrics["loss"])

    optimizer = "paged_adamw_8bit" if method == "qlora" else "adamw_torch_fused"
    config = TrainingConfig(
        method=method, max_steps=12, batch_size=8, learning_rate=1e-2, optimizer=optimizer, checkpoint_every=6, seed=3
    )
    result = run_training(config, llama, rows, [], tmp_path, Losses())
    assert result.status == "completed" and len(losses) == 12
    assert all(torch.isfinite(torch.tensor(losses))) and min(losses[-3:]) < losses[0]
