"""The built-in augmenters. Every row they add is marked ``synthetic`` with its generator and prompt."""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable, Sequence
from typing import Any

from llmworks_sdk import Forbidden, GenerationParams, Invalid
from llmworks_sdk.curation import StepContext, map_text, mark_synthetic, text_fields, text_of
from llmworks_sdk.services import ModelRegistry, require_service
from llmworks_sdk.templating import TemplateLimitError, bounded_environment, render_bounded
from pydantic import Field, field_validator

from llmworks_curation import minhash
from llmworks_curation.steps_base import Params
from llmworks_curation.text import dedupe_hash

SELF_INSTRUCT = ("Here are some examples of tasks:\n{% for s in seeds %}{{ loop.index }}. {{ s }}\n{% endfor %}"
                 "{{ seeds | length + 1 }}. Write")
ANSWER = "{{ instruction }}\n"
PARAPHRASE = "Paraphrase the following text.\nText: {{ text }}\nParaphrase:"


def _template(source: str, field: str) -> Any:
    try:
        return bounded_environment().from_string(source)
    except Exception as exc:  # noqa: BLE001 - jinja syntax errors carry the line
        raise ValueError(f"bad template in '{field}': {exc}") from None


def render(template_source: str, variables: dict[str, Any], loc: tuple[str | int, ...]) -> str:
    try:
        return render_bounded(bounded_environment().from_string(template_source), variables)
    except TemplateLimitError as exc:
        raise Invalid(f"the template went over a limit: {exc}", field=loc) from None
    except Exception as exc:  # noqa: BLE001 - undefined variables and the like: the user's template
        raise Invalid(f"the template failed: {exc}", field=loc) from None


class _Aug:
    name = ""
    description = ""
    params_model: Any = Params

    def available(self) -> tuple[bool, str]:
        return True, ""

    def check(self, params: Any, kernel: Any, loc: tuple[str | int, ...], project_id: int | None = None) -> None:
        pass


# ------------------------------------------------------------------ generation through the inference backends
class Generator:
    """A model version loaded through a registered inference backend."""

    def __init__(self, ctx: StepContext, model: str, backend: str, loc: tuple[str | int, ...] = ("params", "model")) -> None:
        registry = require_service(ctx.kernel, ModelRegistry)
        with ctx.session() as s:
            try:
                ref, owner = registry.resolve(s, model, project_id=ctx.project_id)
            except (LookupError, FileNotFoundError, ValueError) as exc:
                raise Invalid(f"model '{model}' cannot be resolved: {exc}", field=loc) from None
        if owner is not None and owner != ctx.project_id:
            raise Forbidden(f"model '{model}' belongs to another project", field=loc)
        be = ctx.kernel.registry.inference_backends.get(backend)
        if be is None:
            names = ", ".join(sorted(ctx.kernel.registry.inference_backends)) or "none"
            raise Invalid(f"unknown backend '{backend}'; installed: {names}", field=(*loc[:-1], "backend"))
        self.model_name = model
        self.loaded = be.load(ref)
        self.adapter = next(iter(ref.adapters)) if len(ref.adapters) == 1 else None

    def __call__(self, prompt: str, params: GenerationParams) -> str:
        room = self.loaded.context_length - params.max_new_tokens
        if self.loaded.count_tokens(prompt) >= room:  # keep the end of the prompt (where the answer starts)
            while prompt and self.loaded.count_tokens(prompt) >= room:
                prompt = prompt[len(prompt) // 4 + 1 :]
        stream = self.loaded.stream(prompt, params, adapter=self.adapter)
        return "".join(t.token for t in stream).strip()

    def close(self) -> None:
        close = getattr(self.loaded, "close", None)
        if close is not None:
            close()


class GenParams(Params):
    model: str = Field(..., min_length=1, max_length=255, description="base:<name> or custom:<model version id>")
    backend: str = Field("pytorch", min_length=1, max_length=64)
    max_new_tokens: int = Field(48, ge=1, le=2048)
    temperature: float = Field(0.8, ge=0, le=5)
    top_p: float = Field(0.95, gt=0, le=1)
    seed: int = Field(0, ge=0, le=2**31 - 1)


def _gen_params(p: GenParams, seed: int) -> GenerationParams:
    return GenerationParams(max_new_tokens=p.max_new_tokens, temperature=p.temperature, top_p=p.top_p, seed=seed,
                            logprobs=False, top_logprobs=0)


def _check_model(params: GenParams, kernel: Any, loc: tuple[str | int, ...], project_id: int | None) -> None:
    if params.backend not in kernel.registry.inference_backends:
        names = ", ".join(sorted(kernel.registry.inference_backends)) or "none"
        raise Invalid(f"unknown backend '{params.backend}'; installed: {names}", field=(*loc, "backend"))
    registry = require_service(kernel, ModelRegistry)
    with kernel.session() as s:
        try:
            _ref, owner = registry.resolve(s, params.model, project_id=project_id)
        except (LookupError, FileNotFoundError, ValueError) as exc:
            raise Invalid(f"model '{params.model}' cannot be resolved: {exc}", field=(*loc, "model")) from None
    if owner is not None and project_id is not None and owner != project_id:
        raise Forbidden(f"model '{params.model}' belongs to another project", field=(*loc, "model"))


class _Dedupe:
    """Exact and near-duplicate checks of generated texts against the source and each other."""

    def __init__(self, source: Sequence[str], threshold: float | None) -> None:
        self.keys = {dedupe_hash(t) for t in source}
        self.threshold = threshold
        self.texts = list(source)
        self.dropped_exact = self.dropped_near = 0

    def accept(self, text: str) -> bool:
        key = dedupe_hash(text)
        if not text.strip() or key in self.keys:
            self.dropped_exact += 1
            return False
        if self.threshold is not None and self.texts:
            sigs = minhash.signatures([*self.texts, text], ngram=3)
            if any(d.row == len(self.texts) for d in minhash.near_duplicates(sigs, self.threshold, verify=True)):
                self.dropped_near += 1
                return False
        self.keys.add(key)
        self.texts.append(text)
        return True


# ------------------------------------------------------------------ self-instruct
class SyntheticParams(GenParams):
    count: int = Field(10, ge=1, le=100_000, description="Rows to add")
    seeds_per_prompt: int = Field(3, ge=1, le=20, description="Seed examples shown in each prompt")
    prompt: str = Field(SELF_INSTRUCT, min_length=1, max_length=20_000,
                        description="Jinja template of the generation prompt; 'seeds' is the list of seed texts")
    answer_prompt: str = Field(ANSWER, min_length=1, max_length=20_000,
                               description="For prompt/completion and chat datasets: the template that asks for the answer ('instruction')")
    dedupe_threshold: float | None = Field(0.8, ge=0.3, le=0.99, description="Drop rows near-duplicate to a source or generated row (None: exact only)")
    max_attempts_factor: int = Field(3, ge=1, le=20, description="Stop after count × this many generations")

    @field_validator("prompt", "answer_prompt")
    @classmethod
    def _parse(cls, v: str, info: Any) -> str:
        _template(v, info.field_name)
        return v


class Synthetic(_Aug):
    name = "synthetic"
    description = ("Self-instruct generation with a registered model through the inference backends: prompts built from "
                   "seed rows, new rows deduplicated against the source and each other, marked synthetic")
    params_model = SyntheticParams

    def check(self, params: SyntheticParams, kernel: Any, loc: tuple[str | int, ...], project_id: int | None = None) -> None:
        _check_model(params, kernel, loc, project_id)

    def augment(self, rows: Sequence[dict[str, Any]], params: SyntheticParams, ctx: StepContext) -> list[dict[str, Any]]:
        if not rows:
            return []
        gen = Generator(ctx, params.model, params.backend)
        rng = random.Random(params.seed)
        kind = _kind(rows[0])
        seeds_text = [_instruction(r) for r in rows]
        dedupe = _Dedupe(seeds_text, params.dedupe_threshold)
        count = min(params.count, 3) if ctx.preview else params.count
        out: list[dict[str, Any]] = []
        attempts = 0
        try:
            while len(out) < count and attempts < count * params.max_attempts_factor and not ctx.cancelled():
                attempts += 1
                seeds = rng.sample(seeds_text, min(params.seeds_per_prompt, len(seeds_text)))
                prompt = render(params.prompt, {"seeds": seeds}, ("params", "prompt"))
                # the first non-empty line: a model that has learned line structure often opens with a newline
                text = next((line.strip() for line in gen(prompt, _gen_params(params, params.seed + attempts)).split("\n")
                             if line.strip()), "")
                # the prompt's unfinished last line (the default ends "7. Write") is the start of the new row
                lead = prompt.rsplit("\n", 1)[-1].split(". ", 1)[-1].strip() if "\n" in prompt else ""
                if text and lead and not prompt.endswith((".", "\n")):
                    text = f"{lead} {text}".strip()
                if not dedupe.accept(text):
                    continue
                generator = f"synthetic:{params.model}"
                if kind == "text":
                    row: dict[str, Any] = {"text": text}
                else:
                    answer_prompt = render(params.answer_prompt, {"instruction": text}, ("params", "answer_prompt"))
                    answer = gen(answer_prompt, _gen_params(params, params.seed + attempts)) or "…"
                    row = ({"prompt": text, "completion": answer} if kind == "prompt-completion" else
                           {"messages": [{"role": "user", "content": text}, {"role": "assistant", "content": answer}]})
                out.append(mark_synthetic(row, generator=generator, prompt=prompt, seeds=len(seeds)))
                ctx.progress(len(out), count, "generating rows")
        finally:
            gen.close()
        _note(ctx, generated=attempts, kept=len(out), dropped_exact_duplicates=dedupe.dropped_exact,
              dropped_near_duplicates=dedupe.dropped_near)
        return out


def _kind(row: dict[str, Any]) -> str:
    if "messages" in row:
        return "chat"
    if "prompt" in row:
        return "prompt-completion"
    return "text"


def _instruction(row: dict[str, Any]) -> str:
    if "messages" in row:
        users = [m.get("content", "") for m in row["messages"] if isinstance(m, dict) and m.get("role") == "user"]
        return str(users[0]) if users else text_of(row)
    if "prompt" in row:
        return str(row["prompt"])
    return text_of(row)


def _note(ctx: StepContext, **figures: Any) -> None:
    note = getattr(ctx, "note", None)
    if note is not None:
        note(**figures)


# ------------------------------------------------------------------ paraphrase
class ParaphraseParams(GenParams):
    prompt: str = Field(PARAPHRASE, min_length=1, max_length=20_000, description="Jinja template; 'text' is the text to paraphrase")
    field: str | None = Field(None, max_length=64, description="Column to paraphrase (default: text, or prompt)")
    max_rows: int = Field(100, ge=1, le=100_000, description="Source rows to paraphrase at most (a random sample)")

    @field_validator("prompt")
    @classmethod
    def _parse(cls, v: str) -> str:
        _template(v, "prompt")
        return v


class Paraphrase(_Aug):
    name = "paraphrase"
    description = "Paraphrase rows with a chosen model and prompt (through the inference backends); adds the paraphrases"
    params_model = ParaphraseParams

    def check(self, params: ParaphraseParams, kernel: Any, loc: tuple[str | int, ...], project_id: int | None = None) -> None:
        _check_model(params, kernel, loc, project_id)

    def augment(self, rows: Sequence[dict[str, Any]], params: ParaphraseParams, ctx: StepContext) -> list[dict[str, Any]]:
        if not rows:
            return []
        field = params.field or ("text" if "text" in rows[0] else "prompt")
        if not isinstance(rows[0].get(field), str):
            raise Invalid(f"the rows have no text column '{field}' to paraphrase", field=("params", "field"))
        gen = Generator(ctx, params.model, params.backend)
        rng = random.Random(params.seed)
        picks = sorted(rng.sample(range(len(rows)), min(params.max_rows, 3 if ctx.preview else params.max_rows, len(rows))))
        dedupe = _Dedupe([str(r.get(field, "")) for r in rows], None)
        out = []
        try:
            for n, i in enumerate(picks):
                if ctx.cancelled():
                    break
                prompt = render(params.prompt, {"text": rows[i][field]}, ("params", "prompt"))
                text = gen(prompt, _gen_params(params, params.seed + i))
                if dedupe.accept(text):
                    out.append(mark_synthetic({**rows[i], field: text}, generator=f"paraphrase:{params.model}",
                                              prompt=prompt, source_row=i))
                ctx.progress(n + 1, len(picks), "paraphrasing")
        finally:
            gen.close()
        _note(ctx, paraphrased=len(picks), kept=len(out), dropped_duplicates=dedupe.dropped_exact)
        return out


# ------------------------------------------------------------------ template expansion
class TemplateParams(Params):
    template: dict[str, str] = Field(..., min_length=1, max_length=20,
                                     description="Column → Jinja template, e.g. {'prompt': 'Weather in {{ city }}?'}")
    slots: dict[str, list[str]] = Field(..., min_length=1, max_length=20, description="Slot name → its values")
    max_rows: int = Field(1000, ge=1, le=100_000, description="Refuse expansions larger than this")

    @field_validator("template")
    @classmethod
    def _parse(cls, v: dict[str, str]) -> dict[str, str]:
        for col, src in v.items():
            _template(src, f"template.{col}")
        return v

    @field_validator("slots")
    @classmethod
    def _slots(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for k, values in v.items():
            if not values:
                raise ValueError(f"slot '{k}' has no values")
            if len(values) > 10_000:
                raise ValueError(f"slot '{k}' has more than 10000 values")
        size = math.prod(len(x) for x in v.values())
        if size > 1_000_000:
            raise ValueError(f"the slots make {size} combinations; at most 1000000")
        return v


class TemplateExpansion(_Aug):
    name = "template_expansion"
    description = "Expand templates over every combination of slot values (lists), one row per combination"
    params_model = TemplateParams

    def check(self, params: TemplateParams, kernel: Any, loc: tuple[str | int, ...], project_id: int | None = None) -> None:
        size = math.prod(len(x) for x in params.slots.values())
        if size > params.max_rows:
            raise Invalid(f"the slots make {size} rows, more than max_rows={params.max_rows}: raise max_rows or shorten "
                          "the slot lists", field=(*loc, "max_rows"))

    def augment(self, rows: Sequence[dict[str, Any]], params: TemplateParams, ctx: StepContext) -> list[dict[str, Any]]:
        self.check(params, ctx.kernel, ("params",))
        names = list(params.slots)
        combos = itertools.product(*(params.slots[n] for n in names))
        out = []
        env = bounded_environment()
        templates = {col: env.from_string(src) for col, src in params.template.items()}
        for values in itertools.islice(combos, 3 if ctx.preview else None):
            variables = dict(zip(names, values, strict=True))
            try:
                row = {col: render_bounded(t, variables) for col, t in templates.items()}
            except Exception as exc:  # noqa: BLE001 - the user's template
                raise Invalid(f"the template failed for {variables}: {exc}", field=("params", "template")) from None
            out.append(mark_synthetic(row, generator="template_expansion", prompt=None, template=params.template,
                                      slots=variables))
        return out


# ------------------------------------------------------------------ noise
class NoiseParams(Params):
    char_rate: float = Field(0.05, ge=0, le=0.5, description="Share of characters perturbed (swap, drop, insert, substitute)")
    word_rate: float = Field(0.0, ge=0, le=0.5, description="Share of words perturbed (drop, swap, repeat)")
    copies: int = Field(1, ge=1, le=10, description="Noisy copies per row picked")
    fraction: float = Field(1.0, gt=0, le=1, description="Share of rows to make noisy copies of")
    fields: list[str] | None = Field(None, max_length=10, description="Columns to perturb (default: the input side: text, prompt, user messages)")
    seed: int = Field(0, ge=0, le=2**31 - 1)


def char_noise(text: str, rate: float, rng: random.Random) -> str:
    chars = list(text)
    i = 0
    out: list[str] = []
    while i < len(chars):
        c = chars[i]
        if c.isalpha() and rng.random() < rate:
            op = rng.randrange(4)
            if op == 0 and i + 1 < len(chars):  # swap with the next
                out += [chars[i + 1], c]
                i += 2
                continue
            if op == 1:  # drop
                i += 1
                continue
            if op == 2:  # insert a copy
                out += [c, c]
                i += 1
                continue
            out.append(rng.choice("abcdefghijklmnopqrstuvwxyz") if c.isascii() else c)  # substitute (ASCII letters)
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def word_noise(text: str, rate: float, rng: random.Random) -> str:
    ws = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(ws):
        w = ws[i]
        if rng.random() < rate:
            op = rng.randrange(3)
            if op == 0:
                i += 1
                continue
            if op == 1 and i + 1 < len(ws):
                out += [ws[i + 1], w]
                i += 2
                continue
            out += [w, w]
            i += 1
            continue
        out.append(w)
        i += 1
    return " ".join(out)


class Noise(_Aug):
    name = "noise"
    description = "Robustness data: noisy copies of rows with character and word perturbations (input side only by default)"
    params_model = NoiseParams

    def augment(self, rows: Sequence[dict[str, Any]], params: NoiseParams, ctx: StepContext) -> list[dict[str, Any]]:
        rng = random.Random(params.seed)
        wanted = set(params.fields) if params.fields else None
        out = []
        for i, row in enumerate(rows):
            if rng.random() >= params.fraction:
                continue
            for c in range(params.copies):
                def perturb(t: str) -> str:
                    t = char_noise(t, params.char_rate, rng) if params.char_rate else t
                    return word_noise(t, params.word_rate, rng) if params.word_rate else t

                new = _map_fields(row, perturb, wanted)
                if new is not row:
                    out.append(mark_synthetic(new, generator="noise", prompt=None, source_row=i, copy=c,
                                              char_rate=params.char_rate, word_rate=params.word_rate))
        return out


def _map_fields(row: dict[str, Any], fn: Callable[[str], str], wanted: set[str] | None) -> dict[str, Any]:
    def pick(path: tuple[str | int, ...]) -> bool:
        if wanted is not None:
            return str(path[0]) in wanted
        if path[0] == "messages":
            return row["messages"][path[1]].get("role") == "user"
        return path[0] in ("text", "prompt")

    chosen = {p for p, _t in text_fields(row) if pick(p)}
    out = row
    for path, value in list(text_fields(row)):
        if path not in chosen:
            continue
        new = fn(value)
        if new != value:
            if out is row:
                import copy

                out = copy.deepcopy(row)
            target: Any = out
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = new
    return out


def builtin_augmenters() -> list[Any]:
    return [Synthetic(), Paraphrase(), TemplateExpansion(), Noise()]


__all__ = ["builtin_augmenters", "char_noise", "map_text", "word_noise"]
