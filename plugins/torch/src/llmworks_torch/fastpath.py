"""The GPU fast path of the training loop: what it switches on, and the call sites it serves.

``plan_fast_path`` decides, once per run, each switch of :class:`FastPath` from the training
config, the device and the model, and records why a switch is off where it does not apply:

- ``precision`` "auto": bf16 autocast where the GPU supports bf16 (fp32 elsewhere); a LoRA
  base is then loaded in bf16 too (its adapters stay fp32).
- ``packing``: each micro-batch is one row of its examples back to back, with position ids
  restarting at 0 for every example and no label across a boundary, so no token attends to
  or predicts another example (same loss as padded rows, no padding compute). On CUDA the
  packed row runs through PyTorch's flash varlen attention (``torch.nn.attention.varlen``);
  elsewhere transformers builds the block-diagonal causal mask from the position ids.
- ``fused_kernels``: Liger kernels (RMSNorm, RoPE, SwiGLU) patched into the model, and the
  loss computed by Liger's fused linear cross-entropy (no logits tensor); CUDA only.
- ``gradient_checkpointing`` "auto": on only when the estimated activations would not fit
  in the memory that is free.
- ``prefetch_batches``: a background thread collates the next micro-batches into pinned
  memory while the GPU works, and the step synchronises with the GPU once, at its end.

The trainer calls :func:`plan_fast_path` before loading the model,
:meth:`FastPath.load_kwargs` and :meth:`FastPath.patch_model` around the load,
:meth:`FastPath.collate` for every micro-batch and :meth:`FastPath.nll_sum` for the loss.
"""

from __future__ import annotations

import contextvars
import inspect
import logging
import queue
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import torch

from llmworks_torch.formatting import IGNORE_INDEX, Example, pad_batch
from llmworks_torch.model_info import read_json

log = logging.getLogger(__name__)

#: the attention implementation registered with transformers for packed rows on CUDA
VARLEN_ATTENTION = "llmworks_varlen"
#: architectures whose attention takes packed position ids and forwards attention kwargs
_VARLEN_MODELS = {"llama", "mistral", "qwen2", "qwen3"}
#: architectures whose causal mask is built from position ids (packed rows stay separate)
_PACKABLE_MODELS = _VARLEN_MODELS | {"gpt2"}
#: architectures whose logits are exactly ``lm_head(decoder(...).last_hidden_state)``
_PLAIN_HEAD_MODELS = {"llama", "mistral", "qwen2", "qwen3"}


@dataclass
class FastPath:
    """The switches of one training run, each resolved to what applies here."""

    device: str
    precision: str  # "fp32" | "bf16" | "fp16"
    base_dtype: torch.dtype  # dtype the (non-quantised) base weights are loaded in
    packing: bool = False
    varlen_attention: bool = False
    fused_kernels: bool = False
    fused_cross_entropy: bool = False
    gradient_checkpointing: bool = False
    prefetch_batches: int = 0
    reasons: dict[str, str] = field(default_factory=dict)  # switch -> why it is off (or how it was chosen)
    #: the model's width; with it (and without varlen attention) a batch is packed only when that costs
    #: fewer FLOPs than padding it (0: always pack)
    hidden_size: int = 0

    def summary(self) -> dict[str, Any]:
        """What the run uses, for logs and the model card."""
        return {
            "precision": self.precision,
            "base_dtype": str(self.base_dtype).removeprefix("torch."),
            "packing": self.packing,
            "varlen_attention": self.varlen_attention,
            "fused_kernels": self.fused_kernels,
            "fused_cross_entropy": self.fused_cross_entropy,
            "gradient_checkpointing": self.gradient_checkpointing,
            "prefetch_batches": self.prefetch_batches,
            "reasons": dict(self.reasons),
        }

    # -- model load ------------------------------------------------------------------------------

    def load_kwargs(self) -> dict[str, Any]:
        """Extra ``from_pretrained`` arguments (the attention implementation)."""
        return {"attn_implementation": VARLEN_ATTENTION} if self.varlen_attention else {}

    def patch_model(self, model) -> None:
        """Liger kernels into a loaded transformers model (before or after peft wraps it)."""
        if not self.fused_kernels:
            return
        from liger_kernel.transformers import _apply_liger_kernel_to_instance

        _apply_liger_kernel_to_instance(
            model=_unwrap(model), rope=True, rms_norm=True, swiglu=True, cross_entropy=False, fused_linear_cross_entropy=False
        )

    def finish(self, model) -> None:
        """Back to the standard attention before the model is saved or used for anything else."""
        if self.varlen_attention:
            _unwrap(model).set_attn_implementation("sdpa")

    # -- batches ---------------------------------------------------------------------------------

    def collate(self, examples: Sequence[Example], pad_token_id: int) -> dict[str, torch.Tensor]:
        """The model inputs of one micro-batch: one packed row, or right-padded rows."""
        if not self.packing or len(examples) < 2 or not self.packing_pays([len(e.input_ids) for e in examples]):
            return pad_batch(list(examples), pad_token_id)
        return pack_batch(examples, with_cu_seqlens=self.varlen_attention)

    def packing_pays(self, lengths: Sequence[int]) -> bool:
        """Whether one packed row costs fewer FLOPs than the padded batch. With varlen attention a
        packed row attends within each example (always cheaper); without it the row's attention is
        masked but computed over the whole row, (sum of lengths)^2, against rows x longest^2 padded:
        rows that already fill the batch would triple the attention work for no padding saved."""
        if self.varlen_attention or self.hidden_size <= 0:
            return True
        d, total, width = self.hidden_size, sum(lengths), max(lengths)
        packed = 12 * d * d * total + 4 * d * total * total  # projections + MLP per token, then attention
        padded = 12 * d * d * width * len(lengths) + 4 * d * width * width * len(lengths)
        return packed < padded

    def to_device(self, batch: dict[str, Any]) -> dict[str, Any]:
        """Tensors to the device (asynchronously from pinned memory); plain values as they are."""
        if self.device == "cpu":
            return batch
        return {k: v.to(self.device, non_blocking=True) if isinstance(v, torch.Tensor) else v for k, v in batch.items()}

    def batches(
        self, plans: Iterable[list[int]], examples: Sequence[Example], pad_token_id: int
    ) -> Iterator[tuple[list[int], dict[str, Any]]]:
        """``(indices, collated micro-batch)`` for each list of example indices in ``plans``, in order.

        On a GPU with ``prefetch_batches`` > 0 the batches are collated into pinned memory by a
        thread, that many ahead, while the GPU works on the current one. Close the iterator
        when done with it.
        """

        def make(idx: list[int]) -> tuple[list[int], dict[str, Any]]:
            batch = self.collate([examples[i] for i in idx], pad_token_id)
            return idx, _pin(batch) if self.device != "cpu" else batch

        if self.prefetch_batches <= 0 or self.device == "cpu":
            return (make(idx) for idx in plans)
        return _prefetched(plans, make, self.prefetch_batches)

    # -- loss ------------------------------------------------------------------------------------

    def nll_sum(self, model, batch: dict[str, Any]) -> torch.Tensor:
        """Summed next-token NLL over the label tokens of a (device) batch."""
        inputs = {k: v for k, v in batch.items() if k != "labels"}
        labels = batch["labels"][:, 1:]
        token = _PACKED_ROW.set("cu_seq_lens_q" in inputs)
        try:
            return self._nll_sum(model, inputs, labels)
        finally:
            _PACKED_ROW.reset(token)

    def _nll_sum(self, model, inputs: dict[str, Any], labels: torch.Tensor) -> torch.Tensor:
        if self.fused_cross_entropy:
            hf = _unwrap(model)
            head = hf.get_output_embeddings()
            decoder = getattr(hf, hf.base_model_prefix)
            hidden = decoder(**inputs, use_cache=False).last_hidden_state[:, :-1]
            from liger_kernel.transformers import LigerFusedLinearCrossEntropyLoss

            loss = LigerFusedLinearCrossEntropyLoss(ignore_index=IGNORE_INDEX, reduction="sum")
            weight = head.weight
            return loss(weight, hidden.reshape(-1, hidden.size(-1)), labels.reshape(-1), getattr(head, "bias", None))
        logits = model(**inputs, use_cache=False).logits[:, :-1].float()
        return torch.nn.functional.cross_entropy(
            logits.reshape(-1, logits.size(-1)), labels.reshape(-1), ignore_index=IGNORE_INDEX, reduction="sum"
        )


# -- packing -------------------------------------------------------------------------------------


def pack_batch(examples: Sequence[Example], *, with_cu_seqlens: bool = False) -> dict[str, Any]:
    """Examples back to back in one row: position ids restart per example, no label crosses a boundary.

    The label of each example's first token is ignored, so the token before it (the previous
    example's last) predicts nothing: the labelled (position, next token) pairs are exactly
    those of the padded batch. With ``with_cu_seqlens`` the row also carries the cumulative
    lengths (``cu_seq_lens_q/k``, ``max_length_q/k``) that varlen attention reads.
    """
    ids: list[int] = []
    labels: list[int] = []
    positions: list[int] = []
    lengths = []
    for e in examples:
        n = len(e.input_ids)
        ids.extend(e.input_ids)
        labels.append(IGNORE_INDEX)
        labels.extend(e.labels[1:n])
        positions.extend(range(n))
        lengths.append(n)
    batch: dict[str, Any] = {
        "input_ids": torch.tensor([ids], dtype=torch.long),
        "position_ids": torch.tensor([positions], dtype=torch.long),
        "labels": torch.tensor([labels], dtype=torch.long),
    }
    if with_cu_seqlens:
        cu = torch.zeros(len(lengths) + 1, dtype=torch.int32)
        cu[1:] = torch.tensor(lengths, dtype=torch.int32).cumsum(0)
        batch.update(cu_seq_lens_q=cu, cu_seq_lens_k=cu, max_length_q=max(lengths), max_length_k=max(lengths))
    return batch


def _pin(batch: dict[str, Any]) -> dict[str, Any]:
    return {k: v.pin_memory() if isinstance(v, torch.Tensor) else v for k, v in batch.items()}


_DONE = object()


def _prefetched(items: Iterable[Any], make: Callable[[Any], Any], depth: int) -> Iterator[Any]:
    """``make(item)`` for each item, computed up to ``depth`` ahead in a daemon thread, in order."""
    out: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def work() -> None:
        try:
            for item in items:
                if stop.is_set():
                    return
                out.put((True, make(item)))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the consumer
            out.put((False, exc))
        out.put((True, _DONE))

    thread = threading.Thread(target=work, name="llmworks-prefetch", daemon=True)
    thread.start()
    try:
        while True:
            ok, value = out.get()
            if not ok:
                raise value
            if value is _DONE:
                return
            yield value
    finally:
        stop.set()
        while thread.is_alive():  # let a blocked producer finish its put
            try:
                out.get_nowait()
            except queue.Empty:
                thread.join(0.01)


# -- varlen attention ----------------------------------------------------------------------------


def _varlen_fn():
    from torch.nn.attention.varlen import varlen_attn

    return varlen_attn


def varlen_attention_forward(module, query, key, value, attention_mask, dropout: float = 0.0, scaling=None, **kwargs):
    """transformers attention function: flash varlen for one packed CUDA row, else SDPA.

    ``query``/``key``/``value`` are ``[batch, heads, tokens, head_dim]``; a packed row carries
    ``cu_seq_lens_q`` (cumulative example lengths) and ``max_length_q`` in ``kwargs``.
    """
    from transformers.integrations.sdpa_attention import sdpa_attention_forward

    cu = kwargs.pop("cu_seq_lens_q", None)
    max_len = kwargs.pop("max_length_q", None)
    for extra in ("cu_seq_lens_k", "max_length_k"):
        kwargs.pop(extra, None)
    if cu is None or query.shape[0] != 1:
        return sdpa_attention_forward(module, query, key, value, attention_mask, dropout=dropout, scaling=scaling, **kwargs)
    dtype = _half_dtype(query)
    if not query.is_cuda or dropout > 0 or dtype is None:  # no kernel here: SDPA example by example
        bounds = cu.tolist()
        parts = [
            sdpa_attention_forward(
                module, *(t[:, :, a:b] for t in (query, key, value)), None, dropout=dropout, scaling=scaling, **kwargs
            )[0]
            for a, b in zip(bounds[:-1], bounds[1:], strict=True)
        ]
        return torch.cat(parts, dim=1), None
    q, k, v = (t[0].transpose(0, 1).to(dtype).contiguous() for t in (query, key, value))  # [tokens, heads, head_dim]
    max_len = int((cu[1:] - cu[:-1]).max()) if max_len is None else int(max_len)
    out = _call_varlen(q, k, v, cu.to(q.device), max_len, scaling)
    return out.unsqueeze(0), None


def _half_dtype(t: torch.Tensor) -> torch.dtype | None:
    if t.dtype in (torch.bfloat16, torch.float16):
        return t.dtype
    if t.is_cuda and torch.is_autocast_enabled("cuda"):
        return torch.get_autocast_dtype("cuda")
    return None


def _call_varlen(q, k, v, cu, max_len: int, scale) -> torch.Tensor:
    fn = _varlen_fn()
    params = _varlen_params()
    kw: dict[str, Any] = {"scale": scale}
    if k.shape[1] != q.shape[1]:
        if "enable_gqa" in params:
            kw["enable_gqa"] = True
        else:
            rep = q.shape[1] // k.shape[1]
            k, v = k.repeat_interleave(rep, dim=1), v.repeat_interleave(rep, dim=1)
    if "window_size" in params:
        kw["window_size"] = (-1, 0)
    else:
        kw["is_causal"] = True
    return fn(q, k, v, cu, cu, max_len, max_len, **kw)


@lru_cache(maxsize=1)
def _varlen_params() -> frozenset[str]:
    return frozenset(inspect.signature(_varlen_fn()).parameters)


#: set while a packed row with its lengths runs through the model: varlen attention needs no mask
_PACKED_ROW: contextvars.ContextVar[bool] = contextvars.ContextVar("llmworks_packed_row", default=False)


def _mask_for_varlen(*args, **kwargs):
    """Packed rows need no mask (the kernel reads the lengths); anything else gets SDPA's."""
    if _PACKED_ROW.get():
        return None
    from transformers.masking_utils import sdpa_mask

    return sdpa_mask(*args, **kwargs)


@lru_cache(maxsize=1)
def register_varlen_attention() -> None:
    from transformers import AttentionInterface
    from transformers.masking_utils import AttentionMaskInterface

    AttentionInterface.register(VARLEN_ATTENTION, varlen_attention_forward)
    AttentionMaskInterface.register(VARLEN_ATTENTION, _mask_for_varlen)


@lru_cache(maxsize=4)
def varlen_works(device: str) -> tuple[bool, str]:
    """Probe torch's varlen flash attention on ``device`` against SDPA per example (forward and backward)."""
    if not device.startswith("cuda") or not torch.cuda.is_available():
        return False, "varlen flash attention needs a CUDA GPU"
    try:
        _varlen_fn()
    except Exception as exc:  # noqa: BLE001 - older torch, or a build without it
        return False, f"torch {torch.__version__} has no torch.nn.attention.varlen ({exc})"
    try:
        gen = torch.Generator(device=device).manual_seed(0)
        lengths = [37, 64, 5]
        q = torch.randn(sum(lengths), 4, 64, device=device, dtype=torch.bfloat16, generator=gen, requires_grad=True)
        k = torch.randn(sum(lengths), 2, 64, device=device, dtype=torch.bfloat16, generator=gen)
        v = torch.randn(sum(lengths), 2, 64, device=device, dtype=torch.bfloat16, generator=gen)
        cu = torch.tensor([0, 37, 101, 106], device=device, dtype=torch.int32)
        out = _call_varlen(q, k, v, cu, max(lengths), 0.125)
        out.float().sum().backward()
        refs = []
        for a, b in zip(cu[:-1].tolist(), cu[1:].tolist(), strict=True):
            qs, ks, vs = (t[a:b].transpose(0, 1).float() for t in (q.detach(), k, v))
            ks, vs = ks.repeat_interleave(2, dim=0), vs.repeat_interleave(2, dim=0)
            refs.append(torch.nn.functional.scaled_dot_product_attention(qs, ks, vs, is_causal=True, scale=0.125).transpose(0, 1))
        err = float((out.detach().float() - torch.cat(refs)).abs().max())
        if not err < 5e-2 or q.grad is None or not torch.isfinite(q.grad).all():
            return False, f"varlen attention disagrees with SDPA here (max error {err:.3g})"
    except Exception as exc:  # noqa: BLE001 - unsupported GPU, kernel missing in this build...
        return False, f"varlen attention failed its probe: {exc}"
    return True, ""


# -- availability ----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def liger_status() -> tuple[bool, str]:
    """(True, "") when Liger kernels can be imported and a CUDA GPU is there."""
    if not torch.cuda.is_available():
        return False, "Liger kernels need a CUDA GPU"
    try:
        import liger_kernel.transformers  # noqa: F401
    except Exception as exc:  # noqa: BLE001 - missing, or triton missing/broken
        return False, f"liger-kernel cannot be imported ({exc}); install llmworks-torch[gpu]"
    return True, ""


def _liger_supports(model_type: str) -> bool:
    from liger_kernel.transformers.monkey_patch import MODEL_TYPE_TO_APPLY_LIGER_FN

    return model_type in MODEL_TYPE_TO_APPLY_LIGER_FN


def _unwrap(model):
    """The transformers model inside a peft wrapper (or the model itself)."""
    get_base = getattr(model, "get_base_model", None)
    return get_base() if callable(get_base) else model


# -- memory ----------------------------------------------------------------------------------------


def activation_bytes(model_config: dict[str, Any], tokens: int, *, bytes_per_value: int, logits: bool) -> int:
    """A deliberately generous estimate of one micro-batch's saved activations (no checkpointing).

    Per token and layer: about 18 hidden-size and 6 intermediate-size values (attention inputs
    and outputs, norms, residuals, the MLP's gate/up/product, LoRA inputs); plus the logits
    in fp32 with their gradient unless the loss is fused.
    """
    hidden = int(model_config.get("hidden_size") or model_config.get("n_embd") or 0)
    inter = int(model_config.get("intermediate_size") or model_config.get("n_inner") or 4 * hidden)
    layers = int(model_config.get("num_hidden_layers") or model_config.get("n_layer") or 0)
    vocab = int(model_config.get("vocab_size") or 0)
    per_token = layers * (18 * hidden + 6 * inter) * bytes_per_value
    if logits:
        per_token += vocab * 12
    return tokens * per_token


def weight_bytes(model_folder: Path) -> int:
    """Bytes of the weights on disk (what loading costs, roughly, before any quantisation)."""
    return sum(p.stat().st_size for p in Path(model_folder).glob("*.safetensors")) or sum(
        p.stat().st_size for p in Path(model_folder).glob("*.bin")
    )


def free_memory_bytes(device: str) -> int:
    if device.startswith("cuda"):
        free, _ = torch.cuda.mem_get_info()
        return int(free)
    import psutil

    return int(psutil.virtual_memory().available)


# -- the plan --------------------------------------------------------------------------------------


def plan_fast_path(config, model_folder: str | Path, device: str, examples: Sequence[Example]) -> FastPath:
    """Resolve every fast-path switch of ``config`` (a ``TrainingConfig``) for this device and model."""
    model_folder = Path(model_folder)
    model_config = read_json(model_folder / "config.json")
    model_type = str(model_config.get("model_type", ""))
    cuda = device.startswith("cuda")
    reasons: dict[str, str] = {}

    precision = config.precision
    if precision == "auto":
        if cuda and torch.cuda.is_bf16_supported():
            precision = "bf16"
        else:
            precision = "fp32"
            reasons["precision"] = "fp32: no GPU with bf16 here" if not cuda else "fp32: this GPU has no bf16"
    base_dtype = torch.bfloat16 if (cuda and precision == "bf16" and config.method == "lora") else torch.float32
    fast = FastPath(device=device, precision=precision, base_dtype=base_dtype, reasons=reasons)
    if cuda and precision != "fp32":
        torch.backends.cuda.matmul.allow_tf32 = True  # the few fp32 matmuls left (adapters' optimizer math)

    if not config.packing:
        reasons["packing"] = "off in the config"
    elif model_type not in _PACKABLE_MODELS:
        reasons["packing"] = f"not known to keep packed examples apart for model type {model_type!r}"
    elif config.batch_size < 2:
        reasons["packing"] = "batch_size 1: nothing to pack"
    else:
        fast.packing = True
        fast.hidden_size = int(model_config.get("hidden_size") or model_config.get("n_embd") or 0)
        if model_type in _VARLEN_MODELS and precision in ("bf16", "fp16") and _sliding_window(model_config):
            reasons["varlen_attention"] = "the model uses sliding-window attention; packed rows use SDPA with its mask"
        elif model_type in _VARLEN_MODELS and precision in ("bf16", "fp16"):
            ok, why = varlen_works(device)
            fast.varlen_attention = ok
            if ok:
                register_varlen_attention()
            else:
                reasons["varlen_attention"] = why + "; packed rows use SDPA with a block-diagonal mask"
        else:
            reasons["varlen_attention"] = "needs CUDA, bf16/fp16 and a Llama-family model; SDPA with a block mask instead"
        if not fast.varlen_attention:
            reasons["packing"] = "per batch, only when one masked row costs fewer FLOPs than the padded rows"

    if not config.fused_kernels:
        reasons["fused_kernels"] = "off in the config"
    else:
        ok, why = liger_status()
        if not ok:
            reasons["fused_kernels"] = why
        elif not _liger_supports(model_type):
            reasons["fused_kernels"] = f"Liger has no kernels for model type {model_type!r}"
        else:
            fast.fused_kernels = True
            fast.fused_cross_entropy = model_type in _PLAIN_HEAD_MODELS
            if not fast.fused_cross_entropy:
                reasons["fused_cross_entropy"] = f"logits of {model_type!r} are not a plain linear head"

    if config.gradient_checkpointing == "auto":
        fast.gradient_checkpointing, reasons["gradient_checkpointing"] = _checkpointing_by_memory(
            config, model_config, model_folder, device, examples, fast
        )
    else:
        fast.gradient_checkpointing = bool(config.gradient_checkpointing)

    if not cuda:
        reasons["prefetch_batches"] = "no GPU to keep busy: batches are made in the loop"
    else:
        fast.prefetch_batches = config.prefetch_batches
    log.info("training fast path: %s", fast.summary())
    return fast


def _sliding_window(model_config: dict[str, Any]) -> bool:
    """Whether some layer attends to a window only (the varlen call here is plain causal)."""
    if not model_config.get("sliding_window"):
        return False
    return model_config.get("model_type") == "mistral" or bool(model_config.get("use_sliding_window"))


def _checkpointing_by_memory(config, model_config, model_folder, device, examples, fast: FastPath) -> tuple[bool, str]:
    longest = sorted((len(e.input_ids) for e in examples), reverse=True)[: config.batch_size]
    width = longest[0] if longest else config.max_seq_length
    tokens = sum(longest) if fast.packing else width * len(longest)
    bpv = 4 if fast.precision == "fp32" else 2
    need = activation_bytes(model_config, tokens, bytes_per_value=bpv, logits=not fast.fused_cross_entropy)
    if config.method == "qlora":
        weights = weight_bytes(model_folder) // 3  # 4-bit of a 16-bit checkpoint, with headroom
    elif fast.base_dtype == torch.float32:
        weights = weight_bytes(model_folder) * 2 if config.method == "full" else weight_bytes(model_folder)
    else:
        weights = weight_bytes(model_folder)
    if config.method == "full":
        weights *= 4  # gradients and two Adam moments
    free = free_memory_bytes(device)
    on = weights + need > 0.8 * free
    gib = 1 << 30
    why = (
        f"{'on' if on else 'off'}: ~{need / gib:.1f} GiB of activations + ~{weights / gib:.1f} GiB of weights "
        f"vs {free / gib:.1f} GiB free"
    )
    return on, why
