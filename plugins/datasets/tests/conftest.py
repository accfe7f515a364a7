"""Builders of dataset files (every format, broken ones, zip bombs) and a tiny tokenizer."""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

#: plugins the tests load: the kernel's own, and this one (not the other engineers' plugins)
PLUGINS = "kernel,inapp,datasets"


def jsonl(rows: list[Any]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in rows).encode()


def csv_bytes(header: list[str], rows: list[list[Any]], delimiter: str = ",") -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode()


def parquet_bytes(rows: list[dict[str, Any]]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows), buf)
    return buf.getvalue()


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def qa_rows(n: int, start: int = 0) -> list[dict[str, str]]:
    return [{"prompt": f"question {i}?", "completion": f"answer number {i}"} for i in range(start, start + n)]


def chat_rows(n: int) -> list[dict[str, Any]]:
    return [{"messages": [{"role": "user", "content": f"hello {i}"}, {"role": "assistant", "content": f"hi there {i}"}]}
            for i in range(n)]


@pytest.fixture(scope="session")
def build() -> SimpleNamespace:
    """The builders above, for test modules (conftest is not importable under importlib mode)."""
    return SimpleNamespace(jsonl=jsonl, csv=csv_bytes, parquet=parquet_bytes, zip=zip_bytes, qa_rows=qa_rows,
                           chat_rows=chat_rows, plugins=PLUGINS,
                           database_url=os.environ.get("LLMWORKS_TEST_DATABASE_URL"))  # set for the PostgreSQL run


@pytest.fixture(scope="session")
def zip_bomb(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """200 MB of zeros in one deflated member: about 200 KB on the wire."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.zip"
    block = bytes(1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("data.jsonl", "w", force_zip64=True) as fh:
        for _ in range(200):
            fh.write(block)
    return path.read_bytes()


@pytest.fixture(scope="session")
def tokenizer_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A byte-level BPE tokenizer trained here (no download), saved with save_pretrained."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    corpus = [f"question {i}? answer number {i}. hello there, the cat reads a book" for i in range(200)]
    tok.train_from_iterator(corpus, trainers.BpeTrainer(vocab_size=300, special_tokens=["<|endoftext|>"],
                                                       initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|endoftext|>", model_input_names=["input_ids", "attention_mask"])
    fast.model_max_length = 8
    out = tmp_path_factory.mktemp("tok") / "tiny-tokenizer"
    fast.save_pretrained(out)
    return out


@pytest.fixture
def upload() -> Callable[..., Any]:
    """``upload(client, project_id, name, filename, data, **fields)`` -> response."""

    def _upload(client: Any, project_id: int, name: str, filename: str, data: bytes, **fields: Any) -> Any:
        form = {"name": name, "project_id": str(project_id), **{k: str(v) for k, v in fields.items()}}
        return client.post("/api/datasets/upload", data=form, files={"file": (filename, data)})

    return _upload
