"""Chat messages to a prompt string with the model's own chat template.

The template is the one ``transformers`` saves with the tokenizer (``chat_template.jinja``,
or ``chat_template`` in ``tokenizer_config.json``), rendered the way ``apply_chat_template``
renders it (sandboxed Jinja2, ``trim_blocks``/``lstrip_blocks``, ``raise_exception``,
``bos_token``/``eos_token``, ``add_generation_prompt=True``), so no backend needs
transformers to serve chat requests. A model without a template gets ``role: content`` lines
and an open ``assistant:`` turn.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import Template, TemplateError
from llmworks_sdk import Invalid
from llmworks_sdk.templating import TemplateLimitError, bounded_environment, render_bounded


def _raise(message: str) -> None:
    raise TemplateError(message)


def _tojson(x: Any, ensure_ascii: bool = False, indent: int | None = None, separators: Any = None,
            sort_keys: bool = False) -> str:
    return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)


# a model's chat template comes with its files (an uploaded model is user input): same bounds as prompt templates
_ENV = bounded_environment(trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.loopcontrols"])
_ENV.filters["tojson"] = _tojson
_ENV.globals["raise_exception"] = _raise
_ENV.globals["strftime_now"] = lambda fmt: datetime.now().strftime(fmt)

_cache: dict[tuple[str, float], tuple[Template | None, dict[str, Any]]] = {}
_cache_lock = threading.Lock()


def _token_text(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("content") or "")
    return str(value or "")


def _load(folder: Path) -> tuple[Template | None, dict[str, Any]]:
    config_path = folder / "tokenizer_config.json"
    config: dict[str, Any] = {}
    if config_path.is_file():
        config = json.loads(config_path.read_text(encoding="utf-8"))
    source: str | None = None
    if (folder / "chat_template.jinja").is_file():
        source = (folder / "chat_template.jinja").read_text(encoding="utf-8")
    elif isinstance(config.get("chat_template"), str):
        source = config["chat_template"]
    elif isinstance(config.get("chat_template"), list):  # named templates: use "default"
        named = {t.get("name"): t.get("template") for t in config["chat_template"] if isinstance(t, dict)}
        source = named.get("default") or next(iter(named.values()), None)
    specials = {"bos_token": _token_text(config.get("bos_token")), "eos_token": _token_text(config.get("eos_token"))}
    return (_ENV.from_string(source) if source else None), specials


def _template(folder: Path) -> tuple[Template | None, dict[str, Any]]:
    marker = folder / "chat_template.jinja"
    stamp = max((p.stat().st_mtime for p in (marker, folder / "tokenizer_config.json") if p.is_file()), default=0.0)
    key = (str(folder.resolve()), stamp)
    with _cache_lock:
        hit = _cache.get(key)
    if hit is None:
        hit = _load(folder)
        with _cache_lock:
            _cache[key] = hit
    return hit


def has_chat_template(model_folder: str | Path) -> bool:
    return _template(Path(model_folder))[0] is not None


def chat_prompt(model_folder: str | Path, messages: Sequence[dict[str, Any]]) -> str:
    """The prompt text for ``messages`` (``[{"role", "content"}, ...]``), ending with an open assistant turn."""
    try:
        template, specials = _template(Path(model_folder))
    except TemplateError as exc:  # the model came with a broken template: a 422, not a 500
        raise Invalid(f"the model's chat template does not compile: {str(exc)[:300]}", field=("body", "messages")) from exc
    if template is None:
        lines = [f"{m['role']}: {m['content']}" for m in messages]
        return "\n".join([*lines, "assistant:"])
    try:
        return render_bounded(template, {"messages": list(messages), "add_generation_prompt": True, **specials})
    except TemplateLimitError as exc:
        raise Invalid(f"the model's chat template went past a limit: {exc}", field=("body", "messages")) from exc
    except TemplateError as exc:
        raise Invalid(f"the model's chat template rejected these messages: {exc}", field=("body", "messages")) from exc
