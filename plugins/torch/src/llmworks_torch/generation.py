"""The PyTorch inference backend: a token-by-token decoding loop over a KV cache.

Implements ``llmworks_sdk.backends.InferenceBackend``/``LoadedModel``. This module only runs
the model (a forward pass per step over the KV cache); the token pipeline — sampling,
log-probs, text, EOS, stop sequences — is :func:`llmworks_sdk.decoding.generate_tokens`, shared
with the ONNX Runtime and Triton backends. The prompt is encoded with
``tokenizer(prompt)["input_ids"]`` (the tokenizer's own special tokens), and an empty prompt
starts from BOS (or EOS when there is no BOS). Several LoRA adapters can sit on one loaded
base and be chosen per request; ``adapter=None`` runs the base with adapters disabled.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Generator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from llmworks_sdk.backends import ModelRef
from llmworks_sdk.decoding import TokenBytes, generate_tokens
from llmworks_sdk.generation import FinishReason, GeneratedToken, GenerationParams, GenerationResult, TokenAlternative
from llmworks_sdk.sampling import score_token

from llmworks_torch.model_info import context_length_of

BACKEND_NAME = "pytorch"
_DTYPES = {
    "float32": torch.float32,
    "fp32": torch.float32,
    "bfloat16": torch.bfloat16,
    "bf16": torch.bfloat16,
    "float16": torch.float16,
    "fp16": torch.float16,
}


def estimate_memory_bytes(model_folder: str | Path, dtype: str = "float32", context_length: int | None = None) -> int:
    """Resident size of a model before loading it: weights in ``dtype`` plus one full KV cache."""
    from transformers import AutoConfig

    from llmworks_torch.model_info import parameter_count

    folder = Path(model_folder)
    n_params, _ = parameter_count(folder)
    width = torch.empty((), dtype=_DTYPES[dtype]).element_size()
    config = AutoConfig.from_pretrained(folder)
    context = context_length or context_length_of(config.to_dict()) or 2048
    return int((n_params or 0) * width + kv_cache_bytes(config, context, width))


def kv_cache_bytes(config, context: int, dtype_bytes: int) -> int:
    """Bytes of one full key/value cache of ``context`` tokens (grouped-query attention aware)."""
    layers = getattr(config, "num_hidden_layers", 0) or 0
    heads = getattr(config, "num_attention_heads", 0) or 1
    kv_heads = getattr(config, "num_key_value_heads", None) or heads
    head_dim = getattr(config, "head_dim", None) or (getattr(config, "hidden_size", 0) // heads)
    return 2 * layers * kv_heads * head_dim * context * dtype_bytes


def _module_bytes(model: torch.nn.Module) -> int:
    seen: set[int] = set()
    total = 0
    for t in [*model.parameters(), *model.buffers()]:
        if t.data_ptr() in seen or t.device.type == "meta":
            continue
        seen.add(t.data_ptr())
        total += t.numel() * t.element_size()
    return total


@dataclass
class AttentionResult:
    """Attention of every layer and head over one text.

    ``maps``: float16 array ``[layers, heads, seq, seq]`` (row = query position).
    ``summary``: one dict per (layer, head): ``most_attended`` (for each position > 0 the
    earlier position it attends to most; None for position 0) and ``mean_entropy`` (nats,
    averaged over positions).
    """

    token_ids: list[int]
    tokens: list[str]
    maps: np.ndarray
    summary: list[dict[str, Any]]
    truncated: bool


def summarize_attention(maps: np.ndarray) -> list[dict[str, Any]]:
    """Per-head summary of ``[layers, heads, seq, seq]`` attention maps."""
    a = maps.astype(np.float32)
    layers, heads, seq, _ = a.shape
    entropy = -(a * np.log(np.clip(a, 1e-12, None))).sum(-1)  # [L, H, S]
    earlier = np.tril(a, k=-1)  # strictly earlier keys only
    out = []
    for layer in range(layers):
        for head in range(heads):
            most = [None] + [int(np.argmax(earlier[layer, head, i, :i])) for i in range(1, seq)]
            out.append(
                {
                    "layer": layer,
                    "head": head,
                    "most_attended": most,
                    "mean_entropy": float(entropy[layer, head].mean()) if seq else 0.0,
                }
            )
    return out


class HfCodec:
    """A transformers tokenizer as the :class:`llmworks_sdk.decoding.Detokenizer` of the token pipeline."""

    def __init__(self, tokenizer: Any, eos_token_ids: set[int]):
        self.tokenizer = tokenizer
        self.eos_token_ids = frozenset(eos_token_ids)
        backend = getattr(tokenizer, "backend_tokenizer", None)  # a fast tokenizer's tokenizers.Tokenizer
        self.token_bytes = TokenBytes(backend) if backend is not None else self._slow_bytes

    def _slow_bytes(self, token_id: int) -> list[int]:
        return list(self.tokenizer.convert_tokens_to_string([self.tokenizer.convert_ids_to_tokens(int(token_id))]).encode())

    def decode(self, ids: Sequence[int]) -> str:
        return self.tokenizer.decode(list(ids), skip_special_tokens=False, clean_up_tokenization_spaces=False)


class TorchLoadedModel:
    """One base model (with optional LoRA adapters) in memory; safe to share between threads."""

    def __init__(self, ref: ModelRef):
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.ref = ref
        opts = ref.options
        self.device = torch.device(opts.get("device") or ("cuda" if torch.cuda.is_available() else "cpu"))
        dtype = _DTYPES[opts.get("dtype", "float32")]
        self._lock = threading.RLock()
        self.tokenizer = AutoTokenizer.from_pretrained(ref.path)
        base = AutoModelForCausalLM.from_pretrained(
            ref.path, dtype=dtype, attn_implementation=opts.get("attn_implementation", "eager")
        )
        self.adapters: list[str] = []
        model: Any = base
        for name, path in ref.adapters.items():
            model = self._add_adapter(model, name, Path(path))
        self.model = model.to(self.device).eval()
        self.context_length = int(context_length_of(base.config.to_dict()) or getattr(self.tokenizer, "model_max_length", 2048))
        eos = base.generation_config.eos_token_id if base.generation_config is not None else None
        eos_ids = set(eos if isinstance(eos, list) else [eos] if eos is not None else [])
        if self.tokenizer.eos_token_id is not None:
            eos_ids.add(self.tokenizer.eos_token_id)
        self.eos_ids = eos_ids
        self.codec = HfCodec(self.tokenizer, eos_ids)
        self.memory_bytes = self._estimate_memory()

    # -- adapters ---------------------------------------------------------------------------
    def _add_adapter(self, model, name: str, path: Path):
        from peft import PeftModel

        if isinstance(model, PeftModel):
            model.load_adapter(str(path), adapter_name=name)
        else:
            model = PeftModel.from_pretrained(model, str(path), adapter_name=name)
        self.adapters.append(name)
        return model

    def add_adapter(self, name: str, path: str | Path) -> None:
        """Load one more adapter onto this base (e.g. a newly trained model version)."""
        with self._lock:
            if name in self.adapters:
                return
            self.model = self._add_adapter(self.model, name, Path(path)).to(self.device).eval()
            self.memory_bytes = self._estimate_memory()

    @contextmanager
    def _using(self, adapter: str | None):
        """Select ``adapter`` (None: base model) for the forward passes inside the block; holds the lock."""
        with self._lock:
            if adapter is not None and adapter not in self.adapters:
                raise KeyError(f"adapter {adapter!r} is not loaded; loaded: {self.adapters}")
            if not self.adapters:
                yield self.model
            elif adapter is None:
                with self.model.disable_adapter():
                    yield self.model
            else:
                self.model.set_adapter(adapter)
                yield self.model

    def _estimate_memory(self) -> int:
        """Weights and buffers actually resident, plus one KV cache of the full context."""
        dtype_bytes = next(self.model.parameters()).element_size()
        return int(_module_bytes(self.model) + kv_cache_bytes(self.model.config, self.context_length, dtype_bytes))

    # -- LoadedModel protocol ------------------------------------------------------------------
    def encode(self, text: str) -> list[int]:
        ids = self.tokenizer(text)["input_ids"]
        if not ids:
            start = self.tokenizer.bos_token_id
            ids = [start if start is not None else self.tokenizer.eos_token_id]
        return ids

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text)["input_ids"])

    def _forward_last(self, input_ids: torch.Tensor, past, adapter: str | None):
        with torch.inference_mode(), self._using(adapter) as model:
            out = model(input_ids=input_ids.to(self.device), past_key_values=past, use_cache=True)
        return out.logits[0, -1].float().cpu(), out.past_key_values

    def _feed(self, adapter: str | None) -> Callable[[Sequence[int]], np.ndarray]:
        """The ``feed`` of the token pipeline: append ids to this request's KV cache, return the last logits."""
        past = None

        def feed(token_ids: Sequence[int]) -> np.ndarray:
            nonlocal past
            logits, past = self._forward_last(torch.tensor([list(token_ids)], dtype=torch.long), past, adapter)
            return logits.numpy()

        return feed

    def stream(
        self, prompt: str, params: GenerationParams, *, adapter: str | None = None
    ) -> Generator[GeneratedToken, None, FinishReason]:
        """Yield generated tokens; the generator's return value is the finish reason."""
        return generate_tokens(self._feed(adapter), self.codec, self.encode(prompt), params, context_length=self.context_length)

    def generate(self, prompt: str, params: GenerationParams, *, adapter: str | None = None) -> GenerationResult:
        """The whole generation at once, with timings."""
        start = time.perf_counter()
        first: float | None = None
        tokens: list[GeneratedToken] = []
        it = self.stream(prompt, params, adapter=adapter)
        while True:
            try:
                tok = next(it)
            except StopIteration as done:
                finish = done.value or "length"
                break
            if first is None:
                first = time.perf_counter()
            tokens.append(tok)
        end = time.perf_counter()
        return GenerationResult(
            text="".join(t.token for t in tokens),
            tokens=tokens,
            prompt_tokens=self.count_tokens(prompt) or 1,
            finish_reason=finish,
            backend=BACKEND_NAME,
            latency_ms=(end - start) * 1000,
            time_to_first_token_ms=((first - start) * 1000) if first is not None else None,
        )

    # -- inspection ----------------------------------------------------------------------------
    def _ids(self, text_or_ids: str | list[int], limit: int) -> tuple[list[int], bool]:
        ids = self.encode(text_or_ids) if isinstance(text_or_ids, str) else list(text_or_ids)
        limit = min(limit, self.context_length)
        return ids[:limit], len(ids) > limit

    def token_logprobs(
        self, text_or_ids: str | list[int], *, adapter: str | None = None, top_n: int = 5, max_tokens: int = 4096
    ) -> list[GeneratedToken]:
        """Log-prob, rank, entropy and alternatives of every token after the first, from one forward pass."""
        ids, _ = self._ids(text_or_ids, max_tokens)
        with torch.inference_mode(), self._using(adapter) as model:
            logits = model(input_ids=torch.tensor([ids], device=self.device)).logits[0].float().cpu()
        rows = logits.numpy()
        out = []
        for pos in range(1, len(ids)):
            stats = score_token(rows[pos - 1], ids[pos], top_n)
            out.append(
                GeneratedToken(
                    index=pos,
                    token_id=ids[pos],
                    token=self.tokenizer.decode([ids[pos]]),
                    logprob=stats.logprob,
                    rank=stats.rank,
                    entropy=stats.entropy,
                    top=[TokenAlternative(token_id=i, token=self.tokenizer.decode([i]), logprob=lp,
                                          bytes=self.codec.token_bytes(i)) for i, lp in stats.top],
                    bytes=self.codec.token_bytes(ids[pos]),
                )
            )
        return out

    def token_scores(self, texts: Sequence[str], *, adapter: str | None = None, batch_size: int = 16
                     ) -> list[tuple[list[int], list[float]]]:
        """For each text, its token ids and the log-probability of every token after the first,
        from batched forward passes (right padding, ``batch_size`` texts at a time). Texts are
        cut at the context length."""
        out: list[tuple[list[int], list[float]]] = []
        pad = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0
        for start in range(0, len(texts), max(1, batch_size)):
            chunk = [self._ids(t, self.context_length)[0] for t in texts[start:start + max(1, batch_size)]]
            width = max(len(ids) for ids in chunk)
            input_ids = torch.full((len(chunk), width), pad, dtype=torch.long)
            mask = torch.zeros((len(chunk), width), dtype=torch.long)
            for i, ids in enumerate(chunk):
                input_ids[i, :len(ids)] = torch.tensor(ids, dtype=torch.long)
                mask[i, :len(ids)] = 1
            with torch.inference_mode(), self._using(adapter) as model:
                logits = model(input_ids=input_ids.to(self.device), attention_mask=mask.to(self.device)).logits.float()
                logp = torch.log_softmax(logits[:, :-1], dim=-1)
                picked = logp.gather(-1, input_ids[:, 1:].unsqueeze(-1).to(self.device)).squeeze(-1).cpu()
            for i, ids in enumerate(chunk):
                out.append((ids, picked[i, :len(ids) - 1].tolist()))
        return out

    def attentions(self, text_or_ids: str | list[int], *, adapter: str | None = None, max_tokens: int = 256) -> AttentionResult:
        """Attention maps of all layers and heads (float16 ``[layers, heads, seq, seq]``) and a per-head summary."""
        ids, truncated = self._ids(text_or_ids, max_tokens)
        with torch.inference_mode(), self._using(adapter) as model:
            base = model.get_base_model() if hasattr(model, "get_base_model") else model
            previous = base.config._attn_implementation
            if previous != "eager":
                base.set_attn_implementation("eager")
            try:
                out = model(input_ids=torch.tensor([ids], device=self.device), output_attentions=True)
            finally:
                if previous != "eager":
                    base.set_attn_implementation(previous)
        if not out.attentions or out.attentions[0] is None:
            raise RuntimeError("this model returned no attention weights")
        maps = torch.stack([a[0].float().cpu() for a in out.attentions]).numpy().astype(np.float16)
        return AttentionResult(
            token_ids=ids,
            tokens=[self.tokenizer.decode([i]) for i in ids],
            maps=maps,
            summary=summarize_attention(maps),
            truncated=truncated,
        )

    def close(self) -> None:
        with self._lock:
            self.model = None
            gc.collect()
            if torch.cuda.is_available():
                torch.cuda.empty_cache()
