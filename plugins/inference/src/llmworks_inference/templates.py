"""Prompt templates: Jinja2 in an immutable sandbox with strict undefined variables.

Every failure is a 422 that says what to fix: a syntax error with its line, a missing
variable by name, and any reach into Python internals (``{{ ''.__class__.__mro__ }}``,
``{{ items.append(1) }}``) as a template security error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError, meta
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from llmworks_sdk import Invalid

MAX_RENDERED_CHARS = 1_000_000
_ENV = ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)
_UNDEFINED = re.compile(r"^'([^']+)' is undefined$")


def template_variables(source: str, *, field: Sequence[str | int] = ("body", "template")) -> list[str]:
    """Names the template reads from its variables (syntax-checked; 422 on a syntax error)."""
    try:
        ast = _ENV.parse(source)
    except TemplateSyntaxError as exc:
        raise Invalid(f"template syntax error on line {exc.lineno}: {exc.message}", field=field) from exc
    return sorted(meta.find_undeclared_variables(ast))


def render(source: str, variables: Mapping[str, Any], *, field: Sequence[str | int] = ("body", "template")) -> str:
    """Render ``source`` with ``variables``; every failure is an :class:`Invalid` (422)."""
    try:
        template = _ENV.from_string(source)
    except TemplateSyntaxError as exc:
        raise Invalid(f"template syntax error on line {exc.lineno}: {exc.message}", field=field) from exc
    try:
        text = template.render(**dict(variables))
    except SecurityError as exc:
        raise Invalid(
            f"template security error: {exc} Templates run in a sandbox and may not reach Python internals "
            "(attributes starting with '_') or call methods that change values.",
            field=field, error="template_security",
        ) from exc
    except UndefinedError as exc:
        message = str(exc)
        match = _UNDEFINED.match(message)
        if match:
            name = match.group(1)
            raise Invalid(
                f"template variable '{name}' is missing: pass it in 'variables' or give it a default in the prompt",
                field=("body", "variables", name), error="template_variable_missing", variable=name,
            ) from exc
        raise Invalid(f"template error: {message}", field=field, error="template_variable_missing") from exc
    except (TemplateError, ArithmeticError, TypeError, ValueError, LookupError) as exc:
        raise Invalid(f"template failed while rendering: {type(exc).__name__}: {exc}", field=field) from exc
    if len(text) > MAX_RENDERED_CHARS:
        raise Invalid(f"the rendered template has {len(text)} characters; the limit is {MAX_RENDERED_CHARS}", field=field)
    return text
