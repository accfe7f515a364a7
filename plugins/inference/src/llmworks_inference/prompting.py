"""Prompts: their content, rendering to chat messages or a completion prompt, and the
JSON/YAML export format (with a ready request body for an OpenAI-style API).

Rendering (``variables`` = the saved defaults overlaid with the caller's values):

- chat mode: ``[system] + [user: example input, assistant: example output]... + history +
  [user: rendered template]``; the route's model turns them into text with its chat template;
- completion mode: the rendered system prompt, each example (its input, a line break, its
  output), each history message's content and the rendered template, joined by blank lines.

A new version saved with only some fields keeps the others from the version before it
(:func:`inherit`): a new template keeps the system prompt, variables, examples, history, routes
and parameters; ``params`` given are merged over the previous ones field by field.
"""

from __future__ import annotations

import json
from typing import Any, Literal

import yaml
from llmworks_sdk import GenerationParams, Invalid
from llmworks_sdk.expressions import load_yaml
from pydantic import BaseModel, Field, ValidationError

from llmworks_inference import openai_shapes, templates
from llmworks_inference.schemas import ChatMessage

EXPORT_FORMAT = "llmworks-prompt/v1"


class Example(BaseModel):
    input: str = Field(..., max_length=100_000)
    output: str = Field(..., max_length=100_000)


class PromptContent(BaseModel):
    """What each saved version of a prompt holds."""

    mode: Literal["chat", "completion"] = Field("chat", description="'chat' (messages) or 'completion' (one text).")
    template: str = Field(..., max_length=200_000, description="Jinja2 template of the user message.",
                          examples=["What colour is the {{ thing }}?"])
    system_prompt: str = Field("", max_length=200_000, description="System prompt (a template too).")
    variables: dict[str, Any] = Field(default_factory=dict, description="Variable defaults.", examples=[{"thing": "sky"}])
    examples: list[Example] = Field(default_factory=list, max_length=200, description="Few-shot examples.")
    history: list[ChatMessage] = Field(default_factory=list, max_length=500, description="Chat history before the template.")
    params: GenerationParams = Field(default_factory=GenerationParams, description="Saved parameters (the fields given).")
    routes: list[str] = Field(default_factory=list, max_length=20, description="Routes to run on by default.")

    def check(self) -> list[str]:
        """Syntax-check both templates; the variables they read."""
        names = set(templates.template_variables(self.template, field=("body", "template")))
        names |= set(templates.template_variables(self.system_prompt, field=("body", "system_prompt")))
        return sorted(names)

    def check_on_save(self) -> list[str]:
        """:meth:`check` plus a trial render with the saved defaults (a template that breaks a
        time, size or sandbox bound is refused when saved, not at its first use)."""
        names = self.check()
        templates.trial_render(self.template, self.variables, field=("body", "template"))
        if self.system_prompt:
            templates.trial_render(self.system_prompt, self.variables, field=("body", "system_prompt"))
        return names

    def stored(self) -> dict[str, Any]:
        """Column values of a version (params: only the fields that were given)."""
        data = self.model_dump(exclude={"params"})
        data["params"] = self.params.model_dump(exclude_unset=True)
        return data

    @classmethod
    def of_version(cls, v: Any) -> PromptContent:
        return cls(mode=v.mode, template=v.template, system_prompt=v.system_prompt, variables=v.variables,
                   examples=v.examples, history=v.history, params=GenerationParams.model_validate(v.params or {}),
                   routes=v.routes)


def inherit(previous: PromptContent, given: dict[str, Any]) -> PromptContent:
    """The content of a new version: ``given`` (the fields the request set) over ``previous``;
    ``params`` are merged field by field (give a field to change it)."""
    data = previous.model_dump(exclude={"params"})
    params = previous.params.model_dump(exclude_unset=True)
    for key, value in given.items():
        if key == "params":
            params.update(value or {})
        else:
            data[key] = value
    try:
        return PromptContent.model_validate({**data, "params": params})
    except ValidationError as exc:
        raise Invalid("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()),
                      errors=[{"loc": ["body", *e["loc"]], "msg": e["msg"], "type": e["type"]} for e in exc.errors()]) from exc


def render(content: PromptContent, variables: dict[str, Any] | None = None) -> dict[str, Any]:
    """``{"messages": [...], "prompt": str, "variables": {...}}`` (422 on a template error)."""
    values = {**content.variables, **(variables or {})}
    system = templates.render(content.system_prompt, values, field=("body", "system_prompt")) if content.system_prompt else ""
    user = templates.render(content.template, values, field=("body", "template"))
    messages: list[dict[str, str]] = [{"role": "system", "content": system}] if system else []
    for ex in content.examples:
        messages += [{"role": "user", "content": ex.input}, {"role": "assistant", "content": ex.output}]
    messages += [m.model_dump() for m in content.history]
    messages.append({"role": "user", "content": user})
    parts = ([system] if system else []) + [f"{ex.input}\n{ex.output.lstrip(chr(10))}" for ex in content.examples]
    parts += [m.content for m in content.history] + [user]
    return {"messages": messages, "prompt": "\n\n".join(parts), "variables": values}


def export_doc(name: str, description: str, version: int, content: PromptContent) -> dict[str, Any]:
    """The portable form of one prompt version, with an OpenAI-style request body."""
    model = content.routes[0] if content.routes else "<route name>"
    request: dict[str, Any]
    try:
        rendered = render(content)
        body = {"messages": rendered["messages"]} if content.mode == "chat" else {"prompt": rendered["prompt"]}
        note = None
    except Invalid as exc:
        body = {"messages": [{"role": "user", "content": content.template}]} if content.mode == "chat" else {"prompt": content.template}
        note = f"not rendered: {exc.detail}"
    request = {"model": model, **body, **openai_shapes.params_to_openai(content.params, chat=content.mode == "chat")}
    doc = {"format": EXPORT_FORMAT, "name": name, "description": description, "version": version,
           **content.model_dump(exclude={"params"}), "params": content.params.model_dump(exclude_unset=True),
           "openai_request": {"endpoint": "/v1/chat/completions" if content.mode == "chat" else "/v1/completions",
                              "body": request}}
    if note:
        doc["openai_request"]["note"] = note
    return doc


def dump(doc: dict[str, Any], fmt: Literal["json", "yaml"]) -> str:
    if fmt == "yaml":
        return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120)
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def parse_import(raw: bytes, fmt: Literal["json", "yaml"]) -> tuple[str, str, PromptContent]:
    """(name, description, content) of an exported document; 422 with the field on a bad document."""
    try:
        text = raw.decode("utf-8")
        doc = json.loads(text) if fmt == "json" else load_yaml(text, field=("body",), max_bytes=len(raw) + 1)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Invalid(f"the document is not valid {fmt.upper()}: {exc}", field=("body",)) from exc
    if not isinstance(doc, dict):
        raise Invalid(f"the document must be a {fmt.upper()} mapping (an exported prompt)", field=("body",))
    if doc.get("format") != EXPORT_FORMAT:
        raise Invalid(f"'format' must be '{EXPORT_FORMAT}'; got {doc.get('format')!r}", field=("body", "format"))
    name = doc.get("name")
    if not isinstance(name, str) or not name.strip() or len(name) > 128:
        raise Invalid("'name' must be a non-empty string of at most 128 characters", field=("body", "name"))
    fields = {k: v for k, v in doc.items() if k in PromptContent.model_fields}
    try:
        content = PromptContent.model_validate(fields)
    except ValidationError as exc:
        errors = [{"loc": ["body", *e["loc"]], "msg": e["msg"]} for e in exc.errors()]
        where = ".".join(str(p) for p in errors[0]["loc"][1:])
        raise Invalid(f"{where}: {errors[0]['msg']}", errors=errors) from exc
    content.check_on_save()
    return name, str(doc.get("description") or ""), content
