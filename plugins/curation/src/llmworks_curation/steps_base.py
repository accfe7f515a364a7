"""Shared pieces of the built-in steps: parameter models and service access."""

from __future__ import annotations

from typing import Any

from llmworks_sdk import Invalid, Unavailable
from pydantic import BaseModel, ConfigDict


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NoParams(Params):
    pass


class Plain:
    """A normalised-text view for safety filters: the text itself, offsets unchanged."""

    def __init__(self, text: str) -> None:
        self.original = self.text = text

    def span(self, start: int, end: int) -> tuple[int, int]:
        return start, end


def safety_filter(kernel: Any, name: str, step: str) -> Any:
    """The safety plugin's filter ``name`` from the registry (503 naming llmworks-safety)."""
    f = kernel.registry.get("safety_filters", name)
    if f is None:
        raise Unavailable(f"step '{step}' uses the safety filter '{name}': install llmworks-safety")
    ok, why = f.available()
    if not ok:
        raise Unavailable(f"step '{step}': the safety filter '{name}' cannot run here: {why}")
    return f


def load_tokenizer(kernel: Any, session: Any, model: str, project_id: int, loc: tuple[str | int, ...]) -> Any:
    """The ``transformers`` tokenizer of a model name (``base:<name>``, ``custom:<id>``)."""
    from llmworks_sdk.services import ModelRegistry, require_service

    registry = require_service(kernel, ModelRegistry)
    try:
        ref, _owner = registry.resolve(session, model, project_id=project_id)
    except (LookupError, FileNotFoundError, ValueError) as exc:
        raise Invalid(f"model '{model}' cannot be resolved: {exc}", field=loc) from None
    return _tokenizer(str(ref.path))


_TOKENIZERS: dict[str, Any] = {}


def _tokenizer(path: str) -> Any:
    if path not in _TOKENIZERS:
        try:
            from transformers import AutoTokenizer
        except ImportError:
            raise Unavailable("counting tokens needs transformers: pip install 'llmworks-curation[tokens]'") from None
        if len(_TOKENIZERS) > 4:
            _TOKENIZERS.clear()
        _TOKENIZERS[path] = AutoTokenizer.from_pretrained(path)
    return _TOKENIZERS[path]
