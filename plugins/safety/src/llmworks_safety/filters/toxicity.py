"""``toxicity``: Detoxify, optional. Its checkpoint (and the tokenizer it wraps) are downloaded
at first use, which a machine without internet cannot do, so this filter is reported as
unavailable until they are present locally:

- ``pip install llmworks-safety[detoxify]`` (installs ``detoxify``), and
- ``LLMWORKS_DETOXIFY_CHECKPOINT=/path/to/toxic_original-c1212f89.ckpt`` (a Detoxify checkpoint
  file), with ``LLMWORKS_DETOXIFY_MODEL`` = ``original`` (default), ``unbiased`` or
  ``multilingual`` and the Hugging Face tokenizer it names in the local HF cache.

Where present it scores the whole text; each label whose score reaches the threshold is a
finding over the whole text (type ``TOXICITY``, rule ``detoxify:<label>``).
"""

from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path
from typing import Any

from llmworks_sdk.safety import FilterContext, Finding

_lock = threading.Lock()
_model: Any = None


def _checkpoint() -> Path | None:
    value = os.environ.get("LLMWORKS_DETOXIFY_CHECKPOINT")
    return Path(value) if value else None


class ToxicityFilter:
    name = "toxicity"
    description = "Toxicity scores from Detoxify (optional: needs its checkpoint on this machine)"
    stages = ("input", "output")
    default_action = "warn"
    default_threshold: float | None = 0.7
    cost = 5

    def available(self) -> tuple[bool, str]:
        if importlib.util.find_spec("detoxify") is None:
            return False, "detoxify is not installed: pip install 'llmworks-safety[detoxify]'"
        ckpt = _checkpoint()
        if ckpt is None:
            return False, ("Detoxify's weights are absent (they are downloaded at first use, which is not possible "
                           "offline): set LLMWORKS_DETOXIFY_CHECKPOINT to a local checkpoint file")
        if not ckpt.is_file():
            return False, f"LLMWORKS_DETOXIFY_CHECKPOINT names a file that does not exist ({ckpt.name})"
        return True, ""

    def model(self) -> Any:
        global _model
        if _model is None:
            with _lock:
                if _model is None:
                    from detoxify import Detoxify

                    _model = Detoxify(os.environ.get("LLMWORKS_DETOXIFY_MODEL", "original"),
                                      checkpoint=str(_checkpoint()), device="cpu")
        return _model

    def check(self, text: str, ctx: FilterContext) -> list[Finding]:
        ok, reason = self.available()
        if not ok:
            raise RuntimeError(reason)
        if not ctx.normalized.text.strip():
            return []
        threshold = float(ctx.options.get("threshold", self.default_threshold))
        scores = self.model().predict(ctx.normalized.text)
        return [Finding(self.name, "TOXICITY", 0, len(text), float(s), f"detoxify:{label}", f"{label} ({float(s):.2f})")
                for label, s in sorted(scores.items()) if float(s) >= threshold]
