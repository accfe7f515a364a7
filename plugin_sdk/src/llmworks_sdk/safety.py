"""Safety filters (``register_safety_filters``) and the safety service the inference plugin calls.

A filter inspects the input (the prompt, each chat message) and/or the output of a generation
and returns :class:`Finding` objects; the policy that runs it decides the :data:`Action`
(allow, warn, redact, block) and the score threshold. Filters see the original text and a
normalised view of it (NFKC, zero-width and bidi controls stripped, homoglyphs folded); they
report offsets into the **original** text (``ctx.normalized.span(a, b)`` maps a span of the
normalised text back)::

    from llmworks_sdk import hookimpl
    from llmworks_sdk.safety import Finding, FilterContext

    class NoTicketIds:
        name = "ticket_ids"
        description = "Internal ticket ids (TCK-123456)"
        stages = ("input", "output")
        default_action = "redact"
        default_threshold = None

        def available(self):
            return True, ""

        def check(self, text, ctx: FilterContext):
            norm = ctx.normalized
            return [Finding(self.name, "TICKET", *norm.span(m.start(), m.end()), rule="tck")
                    for m in TICKET.finditer(norm.text)]

    @hookimpl
    def register_safety_filters(register):
        register(NoTicketIds())

The enforcement (policies, per-request toggles, the decision log, the streaming hold-back
window) is a :class:`SafetyService` provided by the safety plugin; model-serving plugins reach
it with :func:`safety_service` and never import the safety plugin.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

from llmworks_sdk.generation import GeneratedToken

Action = Literal["allow", "warn", "redact", "block"]
Stage = Literal["input", "output"]
#: severity order: the strongest action of a text's findings wins
ACTIONS: tuple[str, ...] = ("allow", "warn", "redact", "block")
STAGES: tuple[str, ...] = ("input", "output")


def stronger(a: str, b: str) -> str:
    """The stronger of two actions (``block`` > ``redact`` > ``warn`` > ``allow``)."""
    return a if ACTIONS.index(a) >= ACTIONS.index(b) else b


@dataclass(frozen=True)
class Finding:
    """Something a filter found: ``type`` (``EMAIL``, ``PROFANITY``, ``LENGTH``, ...), the span
    ``[start, end)`` in the original text, a ``score`` in [0, 1], the ``rule`` that matched
    (a word list, a pattern name, a recogniser) and an optional ``message`` for users.
    ``label`` replaces the span when redacted (default ``<TYPE>``)."""

    filter: str
    type: str
    start: int
    end: int
    score: float = 1.0
    rule: str = ""
    message: str = ""
    label: str | None = None

    @property
    def replacement(self) -> str:
        return self.label if self.label is not None else f"<{self.type}>"


@runtime_checkable
class NormalizedText(Protocol):
    """The normalised view of a text: ``text`` for matching, ``span(a, b)`` back to the original."""

    original: str
    text: str

    def span(self, start: int, end: int) -> tuple[int, int]: ...


@dataclass
class FilterContext:
    """What a filter gets besides the text.

    ``stage`` is "input" or "output"; ``options`` the filter's settings in the policy (e.g.
    ``{"max_chars": 4000}``); ``normalized`` the normalised view of the text;
    ``count_tokens`` counts tokens with the served model's tokenizer when one is known
    (None in the test box); ``project_id`` the project of the request."""

    stage: str
    normalized: NormalizedText
    options: Mapping[str, Any] = field(default_factory=dict)
    count_tokens: Callable[[str], int] | None = None
    project_id: int | None = None


@runtime_checkable
class SafetyFilter(Protocol):
    """A filter. ``name`` is unique (it is the key of per-request toggles, ``safety: {name: false}``);
    ``stages`` where it may run; ``default_action`` and ``default_threshold`` (minimum score,
    None for filters whose findings are certain) apply when a policy does not set them;
    ``available()`` is ``(False, reason)`` when it cannot run here (e.g. model weights absent).
    ``check`` must be bounded in time for any input; it runs in the request's thread."""

    name: str
    description: str
    stages: tuple[str, ...]
    default_action: str
    default_threshold: float | None

    def available(self) -> tuple[bool, str]: ...

    def check(self, text: str, ctx: FilterContext) -> list[Finding]: ...


# ------------------------------------------------------------------ enforcement service
@dataclass
class SafetyRequest:
    """Where a generation runs, as the safety service needs it to pick a policy.

    ``route``/``route_id``: the route actually served (for an A/B test, the chosen variant's
    route); ``ab_test``: the A/B test's name, if any; ``source``: "generate", "v1", "prompt_run",
    "evaluation"; ``toggles``: the request's ``safety`` object (``{"pii": false}``);
    ``toggles_loc``: where that object is in the request, for error messages."""

    project_id: int | None
    route: str | None = None
    route_id: int | None = None
    ab_test: str | None = None
    source: str = "generate"
    toggles: Mapping[str, bool] | None = None
    toggles_loc: Sequence[str | int] = ("body", "safety")
    generation_id: str | None = None
    count_tokens: Callable[[str], int] | None = None


@runtime_checkable
class OutputGuard(Protocol):
    """Filters a token stream with a hold-back window: feed tokens as the backend yields them and
    send what comes back; nothing is released before the filters have seen it with enough
    context to the right. ``blocked`` becomes True when a blocking rule fires: stop generating
    and finish with ``finish_reason="content_filter"``."""

    blocked: bool

    def feed(self, token: GeneratedToken) -> list[GeneratedToken]: ...

    def finish(self) -> list[GeneratedToken]: ...


@runtime_checkable
class SafetySession(Protocol):
    """The filters of one generation under its policy."""

    def check_input(self, texts: Sequence[str], loc: Sequence[str | int]) -> list[str]:
        """Texts with redactions applied; raises a 400 ``BadRequest`` naming the rule when an
        input rule blocks. ``loc`` is where the texts are in the request."""
        ...

    def output_guard(self) -> OutputGuard | None:
        """A guard for the output stream, or None when no output filter is active."""
        ...

    def record(self, summary: Mapping[str, Any] | None, error: str | None = None) -> None:
        """Store the decision (filters run, findings with redacted samples, action, latency)."""
        ...

    def report(self) -> dict[str, Any]:
        """What to show in the response: policy, filters, actions, findings (without the values)."""
        ...


@runtime_checkable
class SafetyService(Protocol):
    def begin(self, kernel: Any, db: Any, auth: Any, request: SafetyRequest) -> SafetySession | None:
        """The session for one generation, or None when no policy and no toggle applies.
        Raises 4xx for unknown filter names and for toggles of locked filters by callers below
        maintainer."""
        ...


def safety_service(kernel: Any) -> SafetyService | None:
    """The installed safety service (``register_services``, name ``"safety"``), or None when no
    safety plugin is installed."""
    registry = getattr(kernel, "registry", None)
    return registry.get("services", "safety") if registry is not None else None
