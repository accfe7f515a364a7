"""Jinja2 templates that users write, rendered in a sandbox bounded in time and memory.

    from llmworks_sdk.templating import bounded_environment, render_bounded

    env = bounded_environment()                       # ImmutableSandboxedEnvironment + bounds
    text = render_bounded(env.from_string(source), {"thing": "sky"})

On top of Jinja's immutable sandbox (no Python internals, no mutating methods) this adds:

- arithmetic: ``**`` with a result over ``LLMWORKS_TEMPLATE_MAX_INT_BITS`` (4096) bits, ``*``
  of integers past that size and ``*``/``+`` of strings or lists past the output cap are
  refused before they are computed (no constant folding of them at compile time either,
  so a literal ``{{ 9**9**9 }}`` is a clean error);
- sizes: integer arguments of filters and method calls (widths, counts) are capped at
  ``LLMWORKS_TEMPLATE_MAX_WIDTH`` (100000), ``%``/``format`` specs with wider fields are
  refused, ``replace``/``join``/``indent`` are checked for the size they would produce,
  ``range`` is capped by the sandbox (100000), ``lipsum`` is removed;
- output: rendering is streamed and stops at ``LLMWORKS_TEMPLATE_MAX_CHARS`` (1000000);
- CPU: the template's own code is traced and stops after ``LLMWORKS_TEMPLATE_TIMEOUT_SECONDS``
  (2 s); runaway recursion of macros stops at Python's recursion limit.

Every violation raises :class:`TemplateLimitError` (a ``jinja2.sandbox.SecurityError``), which
callers turn into a 422.
"""

from __future__ import annotations

import math
import re
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from jinja2 import Template, runtime
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from llmworks_sdk.expressions import DEFAULTS, limit, limit_int

DEFAULTS.update({"TEMPLATE_MAX_CHARS": 1_000_000, "TEMPLATE_TIMEOUT_SECONDS": 2.0, "TEMPLATE_MAX_WIDTH": 100_000,
                 "TEMPLATE_MAX_INT_BITS": 4096})
_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?")
_BRACE_SPEC = re.compile(r"\{[^{}]*\}")
_DIGITS = re.compile(r"\d+")
_NESTED_SPEC = re.compile(r"\{[^{}]*\{")


class TemplateLimitError(SecurityError):
    """A template went past one of the bounds; the message names the bound and how to stay within it."""


def _sized(value: Any) -> int | None:
    return len(value) if isinstance(value, str | list | tuple | bytes) else None


def _check_len(n: int, what: str) -> None:
    cap = limit_int("TEMPLATE_MAX_CHARS")
    if n > cap:
        raise TemplateLimitError(f"{what} would have {n} items/characters; templates are limited to {cap}")


def _check_int(value: Any, what: str) -> None:
    if isinstance(value, int) and not isinstance(value, bool):
        bits = limit_int("TEMPLATE_MAX_INT_BITS")
        if value.bit_length() > bits:
            raise TemplateLimitError(f"{what}: integers in templates are limited to {bits} bits")


def _check_width(value: Any, what: str) -> None:
    if isinstance(value, int) and not isinstance(value, bool):
        cap = limit_int("TEMPLATE_MAX_WIDTH")
        if abs(value) > cap:
            raise TemplateLimitError(f"{what}: the number {value} is larger than the limit of {cap} for widths and counts")


def _check_format(fmt: Any) -> None:
    if not isinstance(fmt, str):
        return
    cap = limit_int("TEMPLATE_MAX_WIDTH")
    for m in _PERCENT_SPEC.finditer(fmt):
        for g in m.groups():
            if g == "*":
                raise TemplateLimitError("'*' widths in format strings are not allowed in templates")
            if g is not None and int(g) > cap:
                raise TemplateLimitError(f"a format width or precision of {g} is larger than the limit of {cap}")
    if _NESTED_SPEC.search(fmt):
        raise TemplateLimitError("nested replacement fields ('{:{width}}') are not allowed in templates")
    for m in _BRACE_SPEC.finditer(fmt):
        spec = m.group(0).partition(":")[2]
        for d in _DIGITS.findall(spec):
            if len(d) > 6 or int(d) > cap:
                raise TemplateLimitError(f"a format width or precision of {d} is larger than the limit of {cap}")


def _check_binop(op: str, left: Any, right: Any) -> None:
    if op == "**":
        if isinstance(left, int | float) and isinstance(right, int | float):
            base = abs(float(left)) if abs(left) < 2**1000 else math.inf
            if isinstance(left, int) and isinstance(right, int) and right > 0 and base > 1:
                bits = right * math.log2(abs(left)) if base != math.inf else math.inf
                cap = limit_int("TEMPLATE_MAX_INT_BITS")
                if bits > cap:
                    raise TemplateLimitError(f"{left!r:.40} ** {right!r:.40} would have about {bits:.3g} bits; "
                                             f"integers in templates are limited to {cap} bits")
        return
    if op == "*":
        ls, rs = _sized(left), _sized(right)
        if ls is not None and isinstance(right, int):
            _check_len(ls * max(right, 0), "a repeated string or list")
        elif rs is not None and isinstance(left, int):
            _check_len(rs * max(left, 0), "a repeated string or list")
        elif isinstance(left, int) and isinstance(right, int):
            cap = limit_int("TEMPLATE_MAX_INT_BITS")
            if left.bit_length() + right.bit_length() > cap + 1:
                raise TemplateLimitError(f"a product of integers would exceed {cap} bits")
        return
    if op == "+":
        ls, rs = _sized(left), _sized(right)
        if ls is not None and rs is not None:
            _check_len(ls + rs, "a concatenation")
        return
    if op == "%" and isinstance(left, str):
        _check_format(left)


def _bounded_concat(parts: Iterable[Any]) -> str:
    out = runtime.str_join(parts)
    _check_len(len(out), "a '~' concatenation")
    return out


def _bounded_markup_join(parts: Iterable[Any]) -> Any:
    out = runtime.markup_join(parts)
    _check_len(len(out), "a '~' concatenation")
    return out


WIDTH_FILTERS = frozenset({"center", "indent", "wordwrap", "truncate", "batch", "slice"})
WIDTH_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})


def _wrap_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    passes_context = hasattr(func, "jinja_pass_arg")

    def bounded(*args: Any, **kwargs: Any) -> Any:
        values = args[1:] if passes_context else args
        if name in WIDTH_FILTERS:
            for a in (*values[1:], *kwargs.values()):
                _check_width(a, f"filter '{name}'")
        _precheck_filter(name, list(values), kwargs)
        result = func(*args, **kwargs)
        n = _sized(result)
        if n is not None:
            _check_len(n, f"the result of filter '{name}'")
        return result

    if passes_context:
        bounded.jinja_pass_arg = func.jinja_pass_arg  # type: ignore[attr-defined]
    bounded.__name__ = getattr(func, "__name__", name)
    return bounded


def _precheck_filter(name: str, args: list[Any], kwargs: Mapping[str, Any]) -> None:
    """Refuse a filter call whose result would exceed the output cap, before it is computed."""
    value = args[0] if args else None
    rest = args[1:]
    if name == "format":
        _check_format(value)
    elif name == "replace" and isinstance(value, str) and len(rest) >= 2:
        old, new = str(rest[0]), str(rest[1])
        count = value.count(old) if old else len(value) + 1
        _check_len(len(value) + count * max(len(new) - len(old), 0), f"the result of '{name}'")
    elif name == "join" and isinstance(value, list | tuple | str):
        sep = rest[0] if rest else kwargs.get("d", "")
        _check_len(len(value) * len(str(sep)), f"the result of '{name}'")
    elif name == "indent" and isinstance(value, str):
        width = rest[0] if rest else kwargs.get("width", 4)
        width_len = len(width) if isinstance(width, str) else int(width) if isinstance(width, int) else 4
        _check_len(len(value) + (value.count("\n") + 1) * width_len, f"the result of '{name}'")


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with bounded arithmetic, sizes and calls (see the module doc)."""

    intercepted_binops = frozenset({"**", "*", "+", "%", "//", "/"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals.pop("lipsum", None)
        self.filters = {name: _wrap_filter(name, f) for name, f in self.filters.items()}

    def call_binop(self, context: Any, operator_: str, left: Any, right: Any) -> Any:
        _check_binop(operator_, left, right)
        return self.binop_table[operator_](left, right)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        fmt = value.__self__

        def checked(*args: Any, **kwargs: Any) -> str:
            _check_format(fmt)
            return wrapped(*args, **kwargs)

        return checked

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's signature
        owner = getattr(__obj, "__self__", None)
        name = getattr(__obj, "__name__", "")
        if isinstance(owner, str):
            if name in WIDTH_METHODS:
                for a in (*args, *kwargs.values()):
                    _check_width(a, f"str.{name}()")
            elif name == "replace" and len(args) >= 2:
                _precheck_filter("replace", [owner, *args], kwargs)
            elif name == "join" and args:
                items = args[0]
                if isinstance(items, list | tuple | str):
                    _check_len(sum(len(str(x)) for x in items) + len(items) * len(owner), "the result of join()")
        result = super().call(__context, __obj, *args, **kwargs)
        n = _sized(result)
        if n is not None:
            _check_len(n, f"the result of {name or 'a call'}()")
        _check_int(result, f"the result of {name or 'a call'}()")
        return result


def bounded_environment(**options: Any) -> BoundedSandbox:
    """A :class:`BoundedSandbox` with Jinja ``options`` (``undefined``, ``trim_blocks``, ...)."""
    return BoundedSandbox(**options)


def _bound_template(template: Template) -> None:
    g = template.root_render_func.__globals__  # the module namespace of the compiled template
    g["str_join"] = _bounded_concat
    g["markup_join"] = _bounded_markup_join


def render_bounded(template: Template, variables: Mapping[str, Any], *, max_chars: int | None = None,
                   timeout: float | None = None) -> str:
    """Render ``template`` (made by a :class:`BoundedSandbox`) streaming, within the output and time caps.

    Raises :class:`TemplateLimitError` when a bound is crossed; other Jinja errors pass through."""
    max_chars = max_chars or limit_int("TEMPLATE_MAX_CHARS")
    timeout = timeout or limit("TEMPLATE_TIMEOUT_SECONDS")
    _bound_template(template)
    deadline = time.monotonic() + timeout
    filename = template.root_render_func.__code__.co_filename

    def timed_out() -> TemplateLimitError:
        return TemplateLimitError(f"the template ran longer than {timeout:g} s; simplify its loops")

    def local(frame: Any, event: str, arg: Any) -> Any:
        if time.monotonic() > deadline:
            raise timed_out()
        return local

    def tracer(frame: Any, event: str, arg: Any) -> Any:
        if frame.f_code.co_filename == filename:
            if time.monotonic() > deadline:
                raise timed_out()
            return local
        return None

    previous = sys.gettrace()
    parts: list[str] = []
    size = 0
    sys.settrace(tracer)
    gen = template.generate(**dict(variables))
    try:
        for chunk in gen:
            size += len(chunk)
            if size > max_chars:
                raise TemplateLimitError(f"the rendered template exceeds {max_chars} characters")
            if time.monotonic() > deadline:
                raise timed_out()
            parts.append(chunk)
    except RecursionError:
        raise TemplateLimitError("the template recurses too deeply (a macro calling itself?)") from None
    except MemoryError:
        raise TemplateLimitError("the template needs too much memory") from None
    finally:
        sys.settrace(previous)
        gen.close()
    return "".join(parts)


__all__ = ["BoundedSandbox", "TemplateLimitError", "bounded_environment", "render_bounded"]
