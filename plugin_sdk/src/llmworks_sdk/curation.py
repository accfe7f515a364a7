"""Curators and augmenters: the steps of a data recipe (hooks ``register_curators`` and
``register_augmenters``).

A recipe is an ordered list of steps run on the rows of a dataset version; the result is a
new dataset version with lineage. Each step is a registered object:

- a **curator** looks at every row and decides, row by row, to keep it, remove it or change
  it, and says why (:class:`Decision`);
- an **augmenter** adds rows (marked synthetic with their generator and prompt).

    from llmworks_sdk.curation import Decision, StepContext, text_of
    from pydantic import BaseModel, Field

    class MinWords(BaseModel, extra="forbid"):
        min_words: int = Field(3, ge=1, le=10_000)

    class ShortRows:
        name = "short_rows"
        description = "Remove rows with fewer than min_words words"
        params_model = MinWords

        def available(self):
            return True, ""

        def curate(self, rows, params, ctx):
            return [Decision.remove(f"{n} words < {params.min_words}") if (n := len(text_of(r).split())) < params.min_words
                    else Decision.keep() for r in rows]

    @hookimpl
    def register_curators(register):
        register(ShortRows())

Rows are the dataset's row dicts (``{"text": ...}``, ``{"prompt", "completion"}``,
``{"prompt", "chosen", "rejected"}`` or ``{"messages": [...]}``, plus any other columns).
:func:`text_fields` lists the text a step reads or rewrites in each shape; a curator that
changes text returns the whole new row in :meth:`Decision.change`.

Steps see all rows of the version at once (deduplication needs them) and must run in time
linear (or n log n) in the rows; user patterns go through :mod:`llmworks_sdk.expressions`.
A preview runs the same steps on a sample: its decisions on the sample equal the full run's
for row-local steps; dedupe steps compare within what they are given.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

Action = Literal["keep", "remove", "change"]
#: columns that carry text, per row shape (the chat shape's text is each message's content)
TEXT_COLUMNS: tuple[str, ...] = ("text", "prompt", "completion", "chosen", "rejected")
#: the column that marks generated rows: ``{"generator": ..., "prompt": ..., "source_row": ...}``
SYNTHETIC_COLUMN = "synthetic"


@dataclass(frozen=True)
class Decision:
    """What a curator does with one row: ``keep`` it, ``remove`` it (``reason`` says why) or
    ``change`` it (``row`` is the new row, ``reason`` what changed). ``rule`` names the rule
    that fired (``"word_count"``, ``"near_duplicate"``, ...) for statistics; ``details`` is
    JSON (a duplicate's original row, a score)."""

    action: Action = "keep"
    reason: str = ""
    rule: str = ""
    row: dict[str, Any] | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def keep() -> Decision:
        return _KEEP

    @staticmethod
    def remove(reason: str, rule: str = "", **details: Any) -> Decision:
        return Decision("remove", reason, rule, None, details)

    @staticmethod
    def change(row: dict[str, Any], reason: str, rule: str = "", **details: Any) -> Decision:
        return Decision("change", reason, rule, row, details)


_KEEP = Decision()


@runtime_checkable
class StepContext(Protocol):
    """What a step gets besides its rows and parameters.

    - ``kernel``: the :class:`llmworks_sdk.kernel.Kernel` (registry, services, artifacts);
    - ``project_id``: the project the recipe runs in; ``user_id``: who started it;
    - ``log``: a logger (the job's log during a run);
    - ``progress(done, total, message)``: progress within the step;
    - ``cancelled()``: True once the run was cancelled (stop early: return what you have);
    - ``preview``: True in a preview (augmenters may make fewer rows; nothing is stored);
    - ``session()``: a database session (a context manager) for service lookups;
    - ``note(**figures)``: add figures to the step's statistics (e.g. ``dropped_duplicates=3``)."""

    kernel: Any
    project_id: int
    user_id: int | None
    log: Any
    preview: bool

    def progress(self, done: int, total: int | None, message: str = "") -> None: ...

    def cancelled(self) -> bool: ...

    def session(self) -> Any: ...

    def note(self, **figures: Any) -> None: ...


@runtime_checkable
class Curator(Protocol):
    """A curation step. ``name`` is unique among steps (curators and augmenters); ``params_model``
    a pydantic model (``extra="forbid"``) that validates the step's parameters: a recipe with a
    bad parameter is refused with a 422 at the step's location. ``curate`` returns exactly one
    :class:`Decision` per input row, in order. An optional ``check(params, kernel, loc,
    project_id)`` raises a 4xx for what only the server can tell (a model that does not
    resolve, a safety filter that is not installed) before a recipe is saved or run."""

    name: str
    description: str
    params_model: Any

    def available(self) -> tuple[bool, str]: ...

    def curate(self, rows: Sequence[dict[str, Any]], params: Any, ctx: StepContext) -> list[Decision]: ...


@runtime_checkable
class Augmenter(Protocol):
    """An augmentation step: ``augment`` returns the rows to add (the input rows stay). Every
    added row carries ``row["synthetic"] = {"generator": ..., "prompt": ..., ...}``
    (:func:`mark_synthetic`). ``name`` and ``params_model`` as for :class:`Curator`."""

    name: str
    description: str
    params_model: Any

    def available(self) -> tuple[bool, str]: ...

    def augment(self, rows: Sequence[dict[str, Any]], params: Any, ctx: StepContext) -> list[dict[str, Any]]: ...


# ------------------------------------------------------------------ row text helpers
def text_fields(row: dict[str, Any]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """``(path, text)`` of every text the row carries: ``("text",)``, ``("prompt",)``, ...,
    ``("messages", i, "content")`` for chat rows."""
    for col in TEXT_COLUMNS:
        value = row.get(col)
        if isinstance(value, str):
            yield (col,), value
    messages = row.get("messages")
    if isinstance(messages, list):
        for i, m in enumerate(messages):
            if isinstance(m, dict) and isinstance(m.get("content"), str):
                yield ("messages", i, "content"), m["content"]


def text_of(row: dict[str, Any], sep: str = "\n") -> str:
    """All the row's text joined by ``sep`` (what row-level rules such as dedupe judge)."""
    return sep.join(t for _p, t in text_fields(row))


def map_text(row: dict[str, Any], fn: Callable[[str], str]) -> dict[str, Any]:
    """A copy of ``row`` with ``fn`` applied to each text (the same object when nothing changed)."""
    out: dict[str, Any] | None = None
    for path, value in list(text_fields(row)):
        new = fn(value)
        if new != value:
            if out is None:
                out = copy.deepcopy(row)
            target: Any = out
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = new
    return row if out is None else out


def mark_synthetic(row: dict[str, Any], *, generator: str, prompt: str | None = None, **extra: Any) -> dict[str, Any]:
    """``row`` marked as generated: ``row["synthetic"] = {"generator", "prompt", **extra}``."""
    return {**row, SYNTHETIC_COLUMN: {"generator": generator, "prompt": prompt, **extra}}


__all__ = ["SYNTHETIC_COLUMN", "TEXT_COLUMNS", "Action", "Augmenter", "Curator", "Decision", "StepContext",
           "map_text", "mark_synthetic", "text_fields", "text_of"]
