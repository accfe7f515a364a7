"""Bounded user expressions: regular expressions, YAML documents and time budgets.

Every expression a user supplies (a metric's pattern, a filter's YAML, a curator's rule)
goes through these helpers, at save time and at use time, so no request can take the
server down:

    from llmworks_sdk.expressions import Deadline, compile_regex, load_yaml

    pattern = compile_regex(spec["pattern"], ignore_case=True, field=("body", "pattern"))  # 422 if bad
    doc = load_yaml(text, field=("body", "yaml"))          # 422 on aliases, too many nodes, bad YAML
    deadline = Deadline(limit_seconds("metric"), "the metric computation")
    for text in predictions:
        deadline.check()                                   # 422 once the budget is spent
        pattern.search(text)

Regexes run on RE2 (``google-re2``): matching is linear in the text, there is no
backtracking, and compiling is capped by ``max_mem`` so a pattern such as
``(?:(?:(?:a{1000}){1000}){1000})`` is refused instead of exhausting memory. Look-around
and back-references are not supported (the 422 says so).

YAML is parsed by PyYAML's safe loader with aliases refused (an alias bomb of a few hundred
bytes expands to hundreds of MB) and caps on bytes, nodes and nesting depth.

Limits are read from the environment at call time (see docs/security-limits.md):
``LLMWORKS_REGEX_MAX_CHARS`` (1000), ``LLMWORKS_REGEX_MAX_MEM_BYTES`` (8 MiB),
``LLMWORKS_YAML_MAX_BYTES`` (256 KiB), ``LLMWORKS_YAML_MAX_NODES`` (10000),
``LLMWORKS_YAML_MAX_DEPTH`` (64), ``LLMWORKS_METRIC_TIMEOUT_SECONDS`` (30).
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from typing import Any

from llmworks_sdk.errors import Invalid

DEFAULTS: dict[str, float] = {
    "REGEX_MAX_CHARS": 1000,
    "REGEX_MAX_MEM_BYTES": 8 * 1024 * 1024,
    "YAML_MAX_BYTES": 256 * 1024,
    "YAML_MAX_NODES": 10_000,
    "YAML_MAX_DEPTH": 64,
    "METRIC_TIMEOUT_SECONDS": 30.0,
    "MAX_PROMPT_CHARS": 1_000_000,
    "PROMPT_CHARS_PER_TOKEN": 16,
}


def limit(name: str, default: float | None = None) -> float:
    """The limit ``LLMWORKS_<name>`` from the environment, else its default (a number)."""
    raw = os.environ.get(f"LLMWORKS_{name}")
    fallback = DEFAULTS.get(name, default)
    if fallback is None:
        raise KeyError(f"no default for limit {name}")
    if raw is None or not raw.strip():
        return fallback
    try:
        value = float(raw)
    except ValueError:
        return fallback
    return value if value > 0 else fallback


def limit_int(name: str, default: int | None = None) -> int:
    return int(limit(name, default))


# ------------------------------------------------------------------------------ regex
def compile_regex(pattern: str, *, ignore_case: bool = False, field: Sequence[str | int] = ("body", "pattern")) -> Any:
    """Compile ``pattern`` with RE2 under a memory cap; raise ``Invalid`` (422) saying what to fix.

    The result has ``search``, ``match``, ``fullmatch``, ``finditer``, ``sub`` like a
    :mod:`re` pattern, and runs in time linear in the text."""
    import re2

    if not isinstance(pattern, str):
        raise Invalid("the pattern must be a string", field=field)
    max_chars = limit_int("REGEX_MAX_CHARS")
    if len(pattern) > max_chars:
        raise Invalid(f"the pattern has {len(pattern)} characters; at most {max_chars} are allowed", field=field)
    options = re2.Options()
    options.max_mem = limit_int("REGEX_MAX_MEM_BYTES")
    options.log_errors = False
    options.case_sensitive = not ignore_case
    try:
        return re2.compile(pattern, options)
    except re2.error as exc:
        raise Invalid(f"bad regular expression: {_re2_message(exc)}. Patterns use RE2 syntax: no look-around or "
                      "back-references, repetition counts up to 1000, and a compiled size under "
                      f"{options.max_mem // (1024 * 1024)} MiB", field=field, error="bad_pattern") from None


def _re2_message(exc: Exception) -> str:
    arg = exc.args[0] if exc.args else exc
    text = arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg)
    return text[:300]


# ------------------------------------------------------------------------------ YAML
def load_yaml(text: str | bytes, *, field: Sequence[str | int] = ("body",), max_bytes: int | None = None,
              max_nodes: int | None = None, max_depth: int | None = None) -> Any:
    """``yaml.safe_load`` with aliases refused and caps on size, node count and depth.

    Raises ``Invalid`` (422) at ``field`` with the line and column of the problem."""
    import yaml

    max_bytes = max_bytes or limit_int("YAML_MAX_BYTES")
    max_nodes = max_nodes or limit_int("YAML_MAX_NODES")
    max_depth = max_depth or limit_int("YAML_MAX_DEPTH")
    size = len(text) if isinstance(text, bytes) else len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise Invalid(f"the YAML document has {size} bytes; at most {max_bytes} are allowed: split it", field=field)
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise Invalid(f"the YAML document is not UTF-8 (byte {exc.start})", field=field) from None

    class _Loader(yaml.SafeLoader):
        nodes = 0
        depth = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise _Refused(f"YAML aliases (*{event.anchor}) are not allowed: write the value out", event.start_mark)
            self.nodes += 1
            if self.nodes > max_nodes:
                raise _Refused(f"the YAML document has more than {max_nodes} nodes", self.peek_event().start_mark)
            self.depth += 1
            try:
                if self.depth > max_depth:
                    raise _Refused(f"the YAML document nests deeper than {max_depth} levels", self.peek_event().start_mark)
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

    try:
        loader = _Loader(text)  # the reader refuses control characters here, before parsing
    except yaml.YAMLError as exc:
        raise Invalid(f"the document is not valid YAML: {str(exc).splitlines()[0][:200]}", field=field) from None
    try:
        return loader.get_single_data()
    except _Refused as exc:
        raise Invalid(f"{exc.message}{_where(exc.mark)}", field=field, error="yaml_refused") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise Invalid(f"the document is not valid YAML: it does not parse{_where(mark)}: {problem}", field=field) from None
    except (ValueError, OverflowError, RecursionError) as exc:  # e.g. an integer with 5000 digits
        raise Invalid(f"the YAML holds a value that cannot be read: {str(exc)[:200]}", field=field) from None
    finally:
        loader.dispose()


class _Refused(Exception):
    def __init__(self, message: str, mark: Any) -> None:
        super().__init__(message)
        self.message, self.mark = message, mark


def _where(mark: Any) -> str:
    return f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""


# ------------------------------------------------------------------------------ time budgets
class Deadline:
    """One time budget for a whole computation; ``check()`` raises ``Invalid`` once it is spent.

    ``seconds=None`` reads ``LLMWORKS_METRIC_TIMEOUT_SECONDS``."""

    def __init__(self, seconds: float | None = None, what: str = "the computation") -> None:
        self.seconds = float(seconds if seconds is not None else limit("METRIC_TIMEOUT_SECONDS"))
        self.what = what
        self.end = time.monotonic() + self.seconds

    @property
    def remaining(self) -> float:
        return max(0.0, self.end - time.monotonic())

    def expired(self) -> bool:
        return time.monotonic() > self.end

    def check(self, hint: str = "use fewer or shorter examples, or a simpler expression") -> None:
        if time.monotonic() > self.end:
            raise Invalid(f"{self.what} took longer than its budget of {self.seconds:g} s; {hint}", error="time_budget")
