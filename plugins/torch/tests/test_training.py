from __future__ import annotations

import math

import pytest
from llmworks_torch.formatting import IGNORE_INDEX, encode_row
from llmworks_torch.loading import load_tokenizer
from llmworks_torch.training import list_checkpoints, run_training
from llmworks_torch.training_config import TrainingConfig, qlora_available, validate_config


def test_lora_loss_falls_and_reports_everything(lora_run):
    result, rec = lora_run
    assert result.status == "completed" and result.is_adapter
    assert [s for s, _, _ in rec.steps] == list(range(1, 41))
    assert all(total == 40 for _, total, _ in rec.steps)
    first, last = sum(rec.losses[:5]) / 5, sum(rec.losses[-5:]) / 5
    assert last < first - 0.3, (first, last)
    metrics = rec.steps[-1][2]
    assert {"loss", "learning_rate", "grad_norm", "tokens_per_second", "memory_bytes", "epoch"} <= set(metrics)
    assert metrics["tokens_per_second"] > 0 and metrics["memory_bytes"] > 0 and metrics["epoch"] > 1
    assert [s for s, _ in rec.evals] == [20, 40]
    assert rec.evals[-1][1]["val_loss"] < rec.evals[0][1]["val_loss"]
    assert math.isclose(rec.evals[-1][1]["val_perplexity"], math.exp(rec.evals[-1][1]["val_loss"]))
    assert [s for s, _ in rec.checkpoints] == [20, 40]
    assert result.metrics["val_loss"] == rec.evals[-1][1]["val_loss"]


@pytest.mark.parametrize("method", ["lora", "full"])
def test_stop_and_resume_continue_exactly(method, demo_model, instruction_rows, tmp_path, recorder):
    config = TrainingConfig(
        method=method,
        max_steps=14,
        batch_size=8,
        gradient_accumulation=2,
        learning_rate=5e-3,
        lora_dropout=0.1,
        checkpoint_every=5,
        keep_checkpoints=2,
        seed=11,
    )
    rows = instruction_rows[:96]
    straight = recorder()
    run_training(config, demo_model, rows, [], tmp_path / "straight", straight)

    first = recorder(stop_at=7)
    stopped = run_training(config, demo_model, rows, [], tmp_path / "job", first)
    assert stopped.status == "stopped" and stopped.global_step == 7 and stopped.output_dir is None
    assert [s for s, _ in first.checkpoints] == [5, 7]
    assert stopped.last_checkpoint.endswith("step-7")

    second = recorder()
    resumed = run_training(config, demo_model, rows, [], tmp_path / "job", second, resume=True)
    assert resumed.status == "completed"
    steps = [s for s, _, _ in first.steps + second.steps]
    assert steps == list(range(1, 15))  # no duplicated or missing step
    assert first.losses + second.losses == pytest.approx(straight.losses, abs=1e-6)
    assert [s for s, _ in list_checkpoints(tmp_path / "job")] == [7, 10]  # rotation keeps the newest 2


def test_validate_config_reports_field_errors(demo_model):
    config = TrainingConfig(method="lora", target_modules=["c_attn", "q_proj"], max_seq_length=4096)
    errors = {e.field: e.message for e in validate_config(config, demo_model, ["question", "answer"])}
    assert "q_proj" in errors["target_modules"] and "c_fc" in errors["target_modules"]
    assert "1024" in errors["max_seq_length"]
    assert "prompt" in errors["dataset"]
    assert validate_config(TrainingConfig(), demo_model, ["prompt", "completion"]) == []
    assert validate_config(TrainingConfig(), demo_model, ["messages"]) == []
    bad = TrainingConfig(method="full", target_modules=["c_attn"], quant_bits=4, warmup_steps=5, warmup_ratio=0.1)
    fields = {e.field for e in validate_config(bad, demo_model, ["text"])}
    assert {"target_modules", "quant_bits", "warmup_ratio"} <= fields
    assert validate_config(TrainingConfig(), demo_model.parent / "nope", ["text"])[0].field == "base_model"
    assert validate_config(bad, None, ["text"])[0].as_dict()["loc"][0] == "body"


def test_qlora_policy_and_cpu_test_flag(demo_model, instruction_rows, tmp_path):
    ok, reason = qlora_available()
    config = TrainingConfig(method="qlora", max_steps=4, batch_size=4, checkpoint_every=None)
    errors = validate_config(config, demo_model, ["prompt", "completion"])
    if ok:
        assert errors == []
    else:
        assert [e.field for e in errors] == ["method"] and reason in errors[0].message
        allowed = config.model_copy(update={"allow_cpu_qlora": True})
        assert validate_config(allowed, demo_model, ["prompt", "completion"]) == []
        config = allowed
    result = run_training(config, demo_model, instruction_rows[:32], [], tmp_path)
    assert result.status == "completed" and result.is_adapter
    assert (tmp_path / "model" / "adapter_model.safetensors").is_file()


def test_row_formatting_masks_prompts(demo_model):
    tok = load_tokenizer(demo_model)
    ex = encode_row({"prompt": "What colour is the sky?", "completion": " Blue."}, tok, 64)
    n_prompt = len(tok("What colour is the sky?")["input_ids"])
    assert ex.labels[:n_prompt] == [IGNORE_INDEX] * n_prompt
    assert ex.labels[n_prompt:] == ex.input_ids[n_prompt:] and ex.input_ids[-1] == tok.eos_token_id
    chat = {"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}
    ex = encode_row(chat, tok, 64)
    answer = [i for i, label in zip(ex.input_ids, ex.labels, strict=True) if label != IGNORE_INDEX]
    assert tok.decode(answer).startswith("hello")
    text = encode_row({"text": "The cat reads."}, tok, 64, completion_only=True)
    assert text.labels == text.input_ids
    assert encode_row({"text": "x"}, tok, 64) is not None  # text + EOS is learnable
    assert len(encode_row({"text": "The cat reads a book " * 20}, tok, 16).input_ids) == 16
