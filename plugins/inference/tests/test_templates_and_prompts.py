"""Prompt templates in the sandbox, rendering, the export format and chat templates (no server)."""

from __future__ import annotations

import json

import pytest
import yaml
from llmworks_inference import prompting, templates
from llmworks_inference.chat import chat_prompt
from llmworks_inference.prompting import PromptContent
from llmworks_sdk import GenerationParams, Invalid


def test_render_and_variables():
    assert templates.render("What colour is the {{ thing }}?", {"thing": "sky"}) == "What colour is the sky?"
    assert templates.template_variables("{{ a }} {% for x in items %}{{ x }}{% endfor %}") == ["a", "items"]


def test_missing_variable_is_named():
    with pytest.raises(Invalid) as e:
        templates.render("Hello {{ name }}", {})
    assert e.value.status == 422
    assert "'name'" in e.value.detail and e.value.extra["variable"] == "name"
    assert e.value.errors[0]["loc"] == ["body", "variables", "name"]


@pytest.mark.parametrize("source", [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ items.append(1) }}",
])
def test_python_internals_are_a_security_error(source):
    with pytest.raises(Invalid) as e:
        templates.render(source, {"items": []})
    assert e.value.status == 422 and e.value.extra["error"] == "template_security"
    assert "security" in e.value.detail


def test_syntax_errors_and_runaway_templates():
    with pytest.raises(Invalid, match="line 1"):
        templates.template_variables("{% for x in %}")
    with pytest.raises(Invalid, match="MAX_RANGE"):
        templates.render("{% for i in range(10**9) %}{% endfor %}", {})


def content() -> PromptContent:
    return PromptContent(
        template="What colour is the {{ thing }}?",
        system_prompt="Answer {{ style }}.",
        variables={"thing": "sky", "style": "briefly"},
        examples=[{"input": "What colour is snow?", "output": "White."}],
        history=[{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}],
        params=GenerationParams(temperature=0, max_new_tokens=12, stop=["\n"]),
        routes=["bot-v1"],
    )


def test_render_chat_and_completion():
    r = prompting.render(content(), {"thing": "grass"})
    assert [m["role"] for m in r["messages"]] == ["system", "user", "assistant", "user", "assistant", "user"]
    assert r["messages"][0]["content"] == "Answer briefly." and r["messages"][-1]["content"] == "What colour is the grass?"
    assert r["prompt"] == "Answer briefly.\n\nWhat colour is snow?\nWhite.\n\nHi\n\nHello!\n\nWhat colour is the grass?"


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_export_then_import_gives_the_same_prompt(fmt):
    original = content()
    doc = prompting.export_doc("colours", "colour questions", 3, original)
    body = doc["openai_request"]["body"]
    assert doc["openai_request"]["endpoint"] == "/v1/chat/completions"
    assert body["model"] == "bot-v1" and body["max_tokens"] == 12 and body["temperature"] == 0 and body["stop"] == ["\n"]
    assert body["messages"][-1] == {"role": "user", "content": "What colour is the sky?"}
    text = prompting.dump(doc, fmt)
    (json.loads if fmt == "json" else yaml.safe_load)(text)
    name, description, back = prompting.parse_import(text.encode(), fmt)
    assert (name, description) == ("colours", "colour questions")
    assert back.stored() == original.stored()
    assert back.params.model_dump(exclude_unset=True) == {"temperature": 0, "max_new_tokens": 12, "stop": ["\n"]}


def test_export_keeps_an_unrenderable_template_and_says_why():
    c = PromptContent(template="Hi {{ who }}", mode="completion")
    doc = prompting.export_doc("p", "", 1, c)
    assert doc["openai_request"]["endpoint"] == "/v1/completions"
    assert doc["openai_request"]["body"]["prompt"] == "Hi {{ who }}" and "who" in doc["openai_request"]["note"]


def test_bad_import_documents_are_422_with_the_field():
    with pytest.raises(Invalid, match="not valid YAML"):
        prompting.parse_import(b"a: [b", "yaml")
    with pytest.raises(Invalid, match="format"):
        prompting.parse_import(b'{"name": "x", "template": "t"}', "json")
    with pytest.raises(Invalid) as e:
        prompting.parse_import(b'{"format": "llmworks-prompt/v1", "name": "x", "template": "t", "params": {"top_p": 2}}', "json")
    assert e.value.errors[0]["loc"] == ["body", "params", "top_p"]
    with pytest.raises(Invalid, match="line"):
        prompting.parse_import(b'{"format": "llmworks-prompt/v1", "name": "x", "template": "{% if %}"}', "json")


def test_yaml_import_does_not_construct_python_objects():
    evil = b"format: llmworks-prompt/v1\nname: !!python/object/apply:os.system ['echo pwned']\ntemplate: t\n"
    with pytest.raises(Invalid, match="not valid YAML"):
        prompting.parse_import(evil, "yaml")


def test_chat_template_matches_transformers(demo_model):
    from transformers import AutoTokenizer

    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "What colour is the sky?"}]
    expected = AutoTokenizer.from_pretrained(demo_model).apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    assert chat_prompt(demo_model, messages) == expected


def test_chat_without_a_template(tmp_path):
    assert chat_prompt(tmp_path, [{"role": "user", "content": "Hi"}]) == "user: Hi\nassistant:"
