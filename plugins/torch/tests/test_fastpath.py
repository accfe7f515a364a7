"""The training fast path on the CPU: every switch falls back, and packing changes no loss."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
import torch
from llmworks_sdk.demo import build_demo_model
from llmworks_torch import fastpath
from llmworks_torch.fastpath import FastPath, pack_batch, plan_fast_path
from llmworks_torch.formatting import Example, encode_rows, pad_batch
from llmworks_torch.training import load_training_tokenizer, run_training
from llmworks_torch.training_config import TrainingConfig
from pydantic import ValidationError


@pytest.fixture(scope="module")
def demo_llama(tmp_path_factory) -> Path:
    return build_demo_model(tmp_path_factory.mktemp("models") / "demo-llama", arch="llama", seed=0)


def _examples(model_folder: Path, rows, n: int = 6) -> list[Example]:
    tokenizer = load_training_tokenizer(model_folder)
    return encode_rows(rows[:n], tokenizer, 128)


def _plain(device: str = "cpu") -> FastPath:
    return FastPath(device=device, precision="fp32", base_dtype=torch.float32)


@pytest.mark.parametrize("arch", ["gpt2", "llama"])
def test_packed_row_gives_the_padded_batch_loss(arch, demo_model, demo_llama, instruction_rows):
    from transformers import AutoModelForCausalLM

    folder = demo_model if arch == "gpt2" else demo_llama
    examples = _examples(folder, instruction_rows)
    assert len({len(e.input_ids) for e in examples}) > 1  # really different lengths: padding happens
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).eval()
    padded, packed = pad_batch(examples, 0), pack_batch(examples)
    assert packed["input_ids"].shape == (1, sum(len(e.input_ids) for e in examples))
    assert packed["position_ids"][0, : len(examples[0].input_ids) + 1].tolist()[-1] == 0  # positions restart
    count = int((padded["labels"][:, 1:] != -100).sum())
    assert int((packed["labels"][:, 1:] != -100).sum()) == count
    fast = _plain()
    with torch.no_grad():
        loss_padded = float(fast.nll_sum(model, padded)) / count
        loss_packed = float(fast.nll_sum(model, packed)) / count
        # and each example alone, to be sure the padded reference itself has no leak
        alone = sum(float(fast.nll_sum(model, pad_batch([e], 0))) for e in examples) / count
    assert loss_packed == pytest.approx(loss_padded, rel=1e-5)
    assert loss_packed == pytest.approx(alone, rel=1e-5)


def test_packed_training_matches_padded_training(demo_llama, instruction_rows, tmp_path, recorder, monkeypatch):
    # every micro-batch really packed (on the CPU a batch is packed only where that saves work)
    monkeypatch.setattr(FastPath, "packing_pays", lambda self, lengths: True)
    base = dict(method="lora", max_steps=4, batch_size=4, learning_rate=1e-2, lora_dropout=0.0, checkpoint_every=None, seed=5)
    runs = {}
    for packing in (False, True):
        rec = recorder()
        result = run_training(
            TrainingConfig(**base, packing=packing), demo_llama, instruction_rows[:40], [], tmp_path / str(packing), rec
        )
        runs[packing] = rec.losses
        card = json.loads((Path(result.output_dir) / "llmworks_training.json").read_text())
        assert card["fast_path"]["packing"] is packing
    assert runs[True] == pytest.approx(runs[False], rel=2e-4)
    assert runs[True][-1] < runs[True][0]


def test_every_switch_falls_back_on_the_cpu(demo_llama, instruction_rows):
    examples = _examples(demo_llama, instruction_rows)
    config = TrainingConfig()  # every fast-path switch at its default
    assert (config.precision, config.gradient_checkpointing, config.packing, config.fused_kernels) == ("auto", "auto", True, True)
    fast = plan_fast_path(config, demo_llama, "cpu", examples)
    assert fast.precision == "fp32" and fast.base_dtype == torch.float32
    assert not fast.fused_kernels and not fast.fused_cross_entropy
    assert "CUDA" in fast.reasons["fused_kernels"]
    assert fast.packing and not fast.varlen_attention  # packing itself works here, through SDPA's mask
    # without varlen attention a batch is packed only where that saves work, which needs the model's width
    assert fast.hidden_size == json.loads((Path(demo_llama) / "config.json").read_text())["hidden_size"] > 0
    assert not fast.packing_pays([128] * 8)
    assert not fast.gradient_checkpointing and fast.reasons["gradient_checkpointing"].startswith("off:")
    assert fast.prefetch_batches == 0 and fast.load_kwargs() == {}
    # explicit switches are obeyed
    off = plan_fast_path(
        TrainingConfig(packing=False, fused_kernels=False, gradient_checkpointing=True, precision="bf16"),
        demo_llama,
        "cpu",
        examples,
    )
    assert not off.packing and off.reasons["packing"] == "off in the config"
    assert off.reasons["fused_kernels"] == "off in the config"
    assert off.gradient_checkpointing and off.precision == "bf16" and off.base_dtype == torch.float32
    # packing is refused for an architecture not known to keep packed rows apart
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(fastpath, "_PACKABLE_MODELS", set())
        assert not plan_fast_path(config, demo_llama, "cpu", examples).packing


def test_varlen_attention_is_not_used_for_sliding_window_models(demo_llama, instruction_rows, tmp_path):
    import shutil

    folder = tmp_path / "windowed"
    shutil.copytree(demo_llama, folder)
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**config, "model_type": "mistral", "sliding_window": 32}))
    fast = plan_fast_path(TrainingConfig(precision="bf16"), folder, "cpu", _examples(demo_llama, instruction_rows))
    assert fast.packing and not fast.varlen_attention and "sliding-window" in fast.reasons["varlen_attention"]


def test_gradient_checkpointing_is_chosen_by_memory(demo_llama, instruction_rows, monkeypatch):
    examples = _examples(demo_llama, instruction_rows)
    monkeypatch.setattr(fastpath, "free_memory_bytes", lambda device: 10 * 1024)  # 10 KiB free
    fast = plan_fast_path(TrainingConfig(), demo_llama, "cpu", examples)
    assert fast.gradient_checkpointing and fast.reasons["gradient_checkpointing"].startswith("on:")
    # a Llama-3.2-1B-shaped model, 4 rows of 2048 tokens, bf16, no fused loss: tens of GiB
    llama1b = {"hidden_size": 2048, "intermediate_size": 8192, "num_hidden_layers": 16, "vocab_size": 128256}
    need = fastpath.activation_bytes(llama1b, 4 * 2048, bytes_per_value=2, logits=True)
    assert 20 < need / 2**30 < 60
    assert fastpath.activation_bytes(llama1b, 4 * 2048, bytes_per_value=2, logits=False) < need


def test_varlen_attention_falls_back_to_sdpa_off_the_gpu(demo_llama, instruction_rows):
    from transformers import AutoModelForCausalLM

    ok, why = fastpath.varlen_works("cpu")
    assert not ok and "CUDA" in why
    fastpath.register_varlen_attention()
    examples = _examples(demo_llama, instruction_rows, 3)
    packed = pack_batch(examples, with_cu_seqlens=True)
    assert packed["cu_seq_lens_q"].tolist()[-1] == packed["input_ids"].shape[1]
    sdpa = AutoModelForCausalLM.from_pretrained(demo_llama, dtype=torch.float32).eval()
    varlen = AutoModelForCausalLM.from_pretrained(demo_llama, dtype=torch.float32, attn_implementation="llmworks_varlen")
    varlen.eval()
    fast = FastPath(device="cpu", precision="fp32", base_dtype=torch.float32, packing=True, varlen_attention=True)
    with torch.no_grad():
        a = fast.nll_sum(sdpa, pack_batch(examples))  # block-diagonal mask built by transformers
        b = fast.nll_sum(varlen, packed)  # no mask; the function runs SDPA example by example off the GPU
        c = fast.nll_sum(varlen, pad_batch(examples, 0))  # padded rows: SDPA with its mask
    assert float(b) == pytest.approx(float(a), rel=1e-5)
    assert float(c) == pytest.approx(float(a), rel=1e-5)
    fast.finish(varlen)
    assert varlen.config._attn_implementation == "sdpa"


def test_prefetch_keeps_order_and_reports_errors():
    made = []

    def make(i):
        made.append(threading.current_thread().name)
        if i == 7:
            raise ValueError("bad row 7")
        return i * 10

    stream = fastpath._prefetched(iter(range(5)), make, depth=2)
    assert list(stream) == [0, 10, 20, 30, 40]
    assert set(made) == {"llmworks-prefetch"}
    with pytest.raises(ValueError, match="bad row 7"):
        list(fastpath._prefetched(iter(range(10)), make, depth=2))
    endless = fastpath._prefetched(iter(range(10**9)), lambda i: i, depth=3)
    assert [next(endless) for _ in range(4)] == [0, 1, 2, 3]
    endless.close()  # the producer thread stops instead of running on


def test_batches_stream_on_the_cpu_is_synchronous(demo_llama, instruction_rows):
    examples = _examples(demo_llama, instruction_rows)
    fast = FastPath(device="cpu", precision="fp32", base_dtype=torch.float32, packing=True, prefetch_batches=4)
    got = list(fast.batches([[0, 1], [2, 3, 4]], examples, 0))
    assert [idx for idx, _ in got] == [[0, 1], [2, 3, 4]]
    assert got[1][1]["input_ids"].shape[1] == sum(len(examples[i].input_ids) for i in (2, 3, 4))


def test_config_switches_validate():
    assert TrainingConfig(gradient_checkpointing=True).gradient_checkpointing is True
    assert TrainingConfig(gradient_checkpointing=False).gradient_checkpointing is False
    assert TrainingConfig(gradient_checkpointing="true").gradient_checkpointing is True  # a form's select sends text
    with pytest.raises(ValidationError):
        TrainingConfig(gradient_checkpointing="sometimes")
    with pytest.raises(ValidationError):
        TrainingConfig(prefetch_batches=-1)
    schema = TrainingConfig.model_json_schema()["properties"]
    assert schema["gradient_checkpointing"]["enum"] == ["auto", True, False]
    assert "auto" in schema["precision"]["enum"]


def test_packing_only_where_it_saves_work_without_varlen_attention():
    from llmworks_torch.fastpath import FastPath

    fast = FastPath(device="cpu", precision="fp32", base_dtype=torch.float32, packing=True, hidden_size=64)
    assert not fast.packing_pays([128] * 8)  # full rows: one 1,024-token masked row triples the attention work
    assert fast.packing_pays([128, 4, 6, 5, 3, 7, 2, 5])  # mostly padding: packing saves it
    assert FastPath(device="cpu", precision="fp32", base_dtype=torch.float32, packing=True).packing_pays([128] * 8)
    varlen = FastPath(device="cuda", precision="bf16", base_dtype=torch.float32, packing=True, varlen_attention=True,
                      hidden_size=64)
    assert varlen.packing_pays([128] * 8)
