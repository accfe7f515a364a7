"""Prompt templates: Jinja2 in the SDK's bounded immutable sandbox with strict undefined variables.

Every failure is a 422 that says what to fix: a syntax error with its line, a missing
variable by name, any reach into Python internals (``{{ ''.__class__.__mro__ }}``,
``{{ items.append(1) }}``) as a template security error, and a template that goes past a
bound (huge ``**``, output size, CPU time: see ``llmworks_sdk.templating``) as a template
limit error. Templates are compiled when saved (:func:`template_variables`), so a bad one
never reaches storage.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError, meta
from jinja2.sandbox import SecurityError
from llmworks_sdk import Invalid
from llmworks_sdk.templating import TemplateLimitError, bounded_environment, render_bounded

_ENV = bounded_environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)
_UNDEFINED = re.compile(r"^'([^']+)' is undefined$")


def template_variables(source: str, *, field: Sequence[str | int] = ("body", "template")) -> list[str]:
    """Names the template reads from its variables (syntax-checked; 422 on a syntax error)."""
    try:
        ast = _ENV.parse(source)
        _ENV.compile(ast)
    except TemplateSyntaxError as exc:
        raise Invalid(f"template syntax error on line {exc.lineno}: {exc.message}", field=field) from exc
    except (TemplateError, ArithmeticError, TypeError, ValueError, RecursionError) as exc:
        raise Invalid(f"the template does not compile: {type(exc).__name__}: {str(exc)[:300]}", field=field) from exc
    return sorted(meta.find_undeclared_variables(ast))


def trial_render(source: str, variables: Mapping[str, Any], *, field: Sequence[str | int] = ("body", "template")) -> None:
    """Render with the saved defaults when saving: a template that breaks a bound (time, size,
    arithmetic) or the sandbox is refused now, not at its first use. A missing variable is fine
    here (callers pass it later)."""
    try:
        render(source, variables, field=field)
    except Invalid as exc:
        if exc.extra.get("error") != "template_variable_missing":
            raise


def render(source: str, variables: Mapping[str, Any], *, field: Sequence[str | int] = ("body", "template")) -> str:
    """Render ``source`` with ``variables``; every failure is an :class:`Invalid` (422)."""
    try:
        template = _ENV.from_string(source)
    except TemplateSyntaxError as exc:
        raise Invalid(f"template syntax error on line {exc.lineno}: {exc.message}", field=field) from exc
    try:
        text = render_bounded(template, variables)
    except TemplateLimitError as exc:
        raise Invalid(f"template limit: {exc}", field=field, error="template_limit") from exc
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
        raise Invalid(f"template failed while rendering: {type(exc).__name__}: {str(exc)[:300]}", field=field) from exc
    return text
