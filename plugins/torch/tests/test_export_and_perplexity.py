from __future__ import annotations

import io
import math
import tarfile
import zipfile

import pytest
import torch
from llmworks_sdk.demo import demo_corpus
from llmworks_torch.export import ExportError, export_archive, export_folder, stream_archive
from llmworks_torch.loading import load_causal_lm
from llmworks_torch.perplexity import perplexity, perplexity_of
from transformers import AutoModelForCausalLM, AutoTokenizer

TEXTS = demo_corpus(12, seed=4)


def _extract(data: bytes, archive: str, dest):
    if archive == "zip":
        zipfile.ZipFile(io.BytesIO(data)).extractall(dest)
    else:
        tarfile.open(fileobj=io.BytesIO(data), mode="r:gz").extractall(dest, filter="data")
    (root,) = list(dest.iterdir())
    return root


def _logits(folder_or_model, ids):
    model = folder_or_model
    if not isinstance(model, torch.nn.Module):
        model = AutoModelForCausalLM.from_pretrained(folder_or_model).eval()
    with torch.no_grad():
        return model(input_ids=torch.tensor([ids])).logits[0]


@pytest.mark.parametrize(("fmt", "archive"), [("adapter", "tar.gz"), ("merged", "zip"), ("safetensors", "tar.gz")])
def test_lora_exports_load_back(fmt, archive, lora_run, demo_model, tmp_path):
    adapter_dir = lora_run[0].output_dir
    data = b"".join(export_archive(adapter_dir, fmt, archive, name="qa", chunk_size=8192))
    root = _extract(data, archive, tmp_path)
    assert root.name == "qa" and (root / "tokenizer.json").is_file()
    reference, tokenizer = load_causal_lm(adapter_dir)
    ids = tokenizer("What colour is the sky?")["input_ids"]
    if fmt == "adapter":
        assert (root / "adapter_config.json").is_file()
        loaded, _ = load_causal_lm(root, base_model=demo_model)
    else:
        assert (root / "model.safetensors").is_file() and not (root / "adapter_config.json").exists()
        loaded = AutoModelForCausalLM.from_pretrained(root).eval()
        AutoTokenizer.from_pretrained(root)
    assert torch.allclose(_logits(loaded, ids), _logits(reference, ids), atol=1e-4)


def test_full_model_exports_and_errors(full_model, tmp_path):
    out = export_folder(full_model, "safetensors", tmp_path / "st", dtype="float16")
    model = AutoModelForCausalLM.from_pretrained(out)
    assert next(model.parameters()).dtype == torch.float16
    with pytest.raises(ExportError, match="not an adapter"):
        export_folder(full_model, "adapter", tmp_path / "a")
    with pytest.raises(ExportError, match="unknown export format"):
        export_folder(full_model, "gguf", tmp_path / "g")


def test_stream_archive_chunks_and_early_close(full_model):
    chunks = list(stream_archive(full_model, "zip", chunk_size=4096))
    assert len(chunks) > 10 and all(len(c) == 4096 for c in chunks[:-1])
    names = zipfile.ZipFile(io.BytesIO(b"".join(chunks))).namelist()
    assert f"{full_model.name}/model.safetensors" in names
    it = stream_archive(full_model, "tar.gz", chunk_size=1024)
    next(it)
    it.close()  # the producer thread stops; nothing hangs


def test_perplexity_matches_mean_token_nll(demo_model, lora_run):
    result = perplexity(demo_model, TEXTS, batch_size=5)
    model, tok = load_causal_lm(demo_model)
    nll, count = 0.0, 0
    for i, text in enumerate(TEXTS):  # unbatched reference
        ids = torch.tensor([tok(text)["input_ids"]])
        with torch.no_grad():
            loss = model(input_ids=ids, labels=ids).loss.item()
        n = ids.shape[1] - 1
        assert result.examples[i].nll == pytest.approx(loss, abs=1e-4) and result.examples[i].tokens == n
        nll += loss * n
        count += n
    assert result.tokens == count
    assert result.perplexity == pytest.approx(math.exp(nll / count), rel=1e-4)
    adapted = perplexity(demo_model, TEXTS, adapter=lora_run[0].output_dir)
    assert adapted.perplexity != pytest.approx(result.perplexity)
    assert perplexity_of(model, tok, ["x", ""]).examples[1].tokens == 0
