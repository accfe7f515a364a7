"""The built-in curators. Each returns one decision per row with the rule and the reason."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import Any, Literal

from llmworks_sdk import Invalid
from llmworks_sdk.curation import Decision, StepContext, map_text, text_of
from llmworks_sdk.expressions import compile_regex
from llmworks_sdk.safety import FilterContext
from pydantic import Field, field_validator, model_validator

from llmworks_curation import minhash
from llmworks_curation.languages import STOP_WORDS, check_codes, detector
from llmworks_curation.steps_base import NoParams, Params, Plain, load_tokenizer, safety_filter
from llmworks_curation.text import dedupe_hash, normalize_unicode, script_of, words


class _Step:
    name = ""
    description = ""
    params_model: Any = NoParams

    def available(self) -> tuple[bool, str]:
        return True, ""

    def check(self, params: Any, kernel: Any, loc: tuple[str | int, ...], project_id: int | None = None) -> None:
        """Validation that needs the server (installed filters, models); raise a 4xx."""


# ------------------------------------------------------------------ exact dedupe
class ExactDedupe(_Step):
    name = "exact_dedupe"
    description = ("Remove rows whose normalised text (NFKC, case-folded, punctuation and spaces collapsed) equals an "
                   "earlier row's; the first one stays")

    def curate(self, rows: Sequence[dict[str, Any]], params: Any, ctx: StepContext) -> list[Decision]:
        seen: dict[bytes, int] = {}
        out = []
        for i, row in enumerate(rows):
            key = dedupe_hash(text_of(row))
            first = seen.setdefault(key, i)
            out.append(Decision.keep() if first == i else
                       Decision.remove(f"exact duplicate of row {first} (same normalised text)", "exact_duplicate",
                                       duplicate_of=first))
        return out


# ------------------------------------------------------------------ near dedupe
class NearDedupeParams(Params):
    threshold: float = Field(0.8, ge=0.3, le=0.98, description="Jaccard similarity of word n-grams above which rows are near-duplicates")
    num_perm: int = Field(128, ge=16, le=512, description="MinHash permutations")
    ngram: int = Field(5, ge=1, le=16, description="Words per shingle")
    seed: int = Field(1, ge=0, le=2**31 - 1)
    verify: bool = Field(False, description="Also require the estimated Jaccard similarity to reach the threshold")

    @model_validator(mode="after")
    def _bands(self) -> NearDedupeParams:
        try:
            minhash.bands(self.threshold, self.num_perm)
        except ValueError as exc:
            raise ValueError(f"threshold {self.threshold} with num_perm {self.num_perm} leaves no LSH bands ({exc}): "
                             "lower the threshold or raise num_perm") from None
        return self


class NearDedupe(_Step):
    name = "near_dedupe"
    description = ("Remove near-duplicates: MinHash LSH (datasketch signatures and bands) over word n-grams; the first "
                   "row of each cluster stays")
    params_model = NearDedupeParams

    def curate(self, rows: Sequence[dict[str, Any]], params: NearDedupeParams, ctx: StepContext) -> list[Decision]:
        n = len(rows)
        sigs = minhash.signatures([text_of(r) for r in rows], num_perm=params.num_perm, ngram=params.ngram,
                                  seed=params.seed, progress=lambda done: ctx.progress(done, n, "MinHash signatures"))
        out = [Decision.keep()] * n
        for d in minhash.near_duplicates(sigs, params.threshold, verify=params.verify):
            out[d.row] = Decision.remove(
                f"near-duplicate of row {d.of} (estimated Jaccard {d.similarity:.2f}, threshold {params.threshold})",
                "near_duplicate", duplicate_of=d.of, similarity=d.similarity)
        return out


# ------------------------------------------------------------------ language
class LanguageParams(Params):
    keep: list[str] = Field(..., min_length=1, max_length=50, description="ISO 639-1 codes of the languages to keep")
    min_confidence: float = Field(0.0, ge=0, le=1, description="Remove rows detected with a lower confidence")
    languages: list[str] | None = Field(None, max_length=75, description="Languages the detector tells apart (default: a common set)")
    tag: bool = Field(False, description="Also write the detected language into a 'language' column of the rows kept")


class LanguageFilter(_Step):
    name = "language_filter"
    description = "Identify each row's language (lingua, offline) and keep only the languages listed"
    params_model = LanguageParams

    def check(self, params: LanguageParams, kernel: Any, loc: tuple[str | int, ...], project_id: int | None = None) -> None:
        if params.languages is not None:
            check_codes(params.languages, (*loc, "languages"))
        check_codes(params.keep, (*loc, "keep"), min_count=1)

    def curate(self, rows: Sequence[dict[str, Any]], params: LanguageParams, ctx: StepContext) -> list[Decision]:
        det = detector(params.languages)
        keep = {c.lower() for c in params.keep}
        out = []
        for start in range(0, len(rows), 512):
            chunk = rows[start : start + 512]
            for row, g in zip(chunk, det.detect([text_of(r, " ") for r in chunk]), strict=True):
                if g.language not in keep:
                    out.append(Decision.remove(f"language {g.language} ({g.name}, {g.script} script, confidence "
                                               f"{g.confidence:.2f}) is not one of {', '.join(sorted(keep))}",
                                               "language", language=g.language, confidence=g.confidence))
                elif g.confidence < params.min_confidence:
                    out.append(Decision.remove(f"language {g.language} detected with confidence {g.confidence:.2f} < "
                                               f"{params.min_confidence}", "language_confidence", language=g.language))
                elif params.tag and row.get("language") != g.language:
                    out.append(Decision.change({**row, "language": g.language}, f"tagged language {g.language}",
                                               "language_tag"))
                else:
                    out.append(Decision.keep())
            ctx.progress(min(start + 512, len(rows)), len(rows), "detecting languages")
        return out


# ------------------------------------------------------------------ Gopher-style quality rules
class QualityParams(Params):
    min_words: int = Field(3, ge=0, le=100_000)
    max_words: int = Field(100_000, ge=1, le=10_000_000)
    min_mean_word_length: float = Field(2.0, ge=0, le=100)
    max_mean_word_length: float = Field(12.0, ge=1, le=1000)
    max_symbol_ratio: float = Field(0.1, ge=0, le=10, description="'#' and '...' per word (Gopher)")
    max_digit_ratio: float = Field(0.3, ge=0, le=1, description="Digits among non-space characters")
    min_alpha_word_ratio: float = Field(0.6, ge=0, le=1, description="Words with at least one letter")
    max_duplicate_line_fraction: float = Field(0.3, ge=0, le=1, description="Lines that repeat an earlier line")
    max_top_ngram_fraction: float = Field(0.25, ge=0, le=1, description="Characters covered by the most frequent word 2-gram")
    ngram_min_words: int = Field(20, ge=2, le=100_000, description="Apply the n-gram rule to rows with at least this many words")
    min_stop_words: int = Field(1, ge=0, le=100, description="Stop words of the row's language (rows with known lists)")
    stop_words_min_row_words: int = Field(8, ge=1, le=100_000, description="Apply the stop-word rule from this many words on")

    @model_validator(mode="after")
    def _order(self) -> QualityParams:
        if self.min_words > self.max_words:
            raise ValueError("min_words must not exceed max_words")
        if self.min_mean_word_length > self.max_mean_word_length:
            raise ValueError("min_mean_word_length must not exceed max_mean_word_length")
        return self


class Quality(_Step):
    name = "quality"
    description = ("Gopher-style quality rules: word count, mean word length, symbol and digit ratios, words with "
                   "letters, repeated lines, repeated 2-grams, stop words per language (Devanagari-aware words)")
    params_model = QualityParams

    def curate(self, rows: Sequence[dict[str, Any]], params: QualityParams, ctx: StepContext) -> list[Decision]:
        return [self.judge(text_of(r), params) for r in rows]

    @staticmethod
    def judge(text: str, p: QualityParams) -> Decision:
        ws = words(text)
        n = len(ws)
        if n < p.min_words:
            return Decision.remove(f"{n} words, fewer than min_words={p.min_words}", "min_words", words=n)
        if n > p.max_words:
            return Decision.remove(f"{n} words, more than max_words={p.max_words}", "max_words", words=n)
        mean = sum(len(w) for w in ws) / n if n else 0.0
        if n and not p.min_mean_word_length <= mean <= p.max_mean_word_length:
            return Decision.remove(f"mean word length {mean:.1f} outside [{p.min_mean_word_length}, "
                                   f"{p.max_mean_word_length}]", "mean_word_length")
        if n:
            symbols = text.count("#") + text.count("...") + text.count("…")
            if symbols / n > p.max_symbol_ratio:
                return Decision.remove(f"symbol-to-word ratio {symbols / n:.2f} > {p.max_symbol_ratio}", "symbol_ratio")
        chars = [c for c in text if not c.isspace()]
        digits = sum(1 for c in chars if unicodedata.category(c) == "Nd")
        if chars and digits / len(chars) > p.max_digit_ratio:
            return Decision.remove(f"digit ratio {digits / len(chars):.2f} > {p.max_digit_ratio}", "digit_ratio")
        alpha = sum(1 for w in ws if any(c.isalpha() for c in w))
        if n and alpha / n < p.min_alpha_word_ratio:
            return Decision.remove(f"only {alpha}/{n} words have letters (< {p.min_alpha_word_ratio})", "alpha_words")
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        if len(lines) > 1:
            dup = len(lines) - len(set(lines))
            if dup / len(lines) > p.max_duplicate_line_fraction:
                return Decision.remove(f"{dup} of {len(lines)} lines repeat an earlier line", "duplicate_lines")
        if n >= p.ngram_min_words:
            grams = Counter(zip(ws, ws[1:], strict=False))
            (top, count), = grams.most_common(1)
            covered = count * (len(top[0]) + len(top[1]))
            total = sum(len(w) for w in ws)
            if total and covered / total > p.max_top_ngram_fraction:
                return Decision.remove(f"the 2-gram '{' '.join(top)}' covers {covered / total:.0%} of the characters",
                                       "repeated_ngram")
        if p.min_stop_words and n >= p.stop_words_min_row_words:
            lang = _stop_word_language(text)
            if lang is not None:
                found = sum(1 for w in ws if w.casefold() in STOP_WORDS[lang])
                if found < p.min_stop_words:
                    return Decision.remove(f"{found} {lang} stop words (< {p.min_stop_words}): not running text",
                                           "stop_words", language=lang)
        return Decision.keep()


def _stop_word_language(text: str) -> str | None:
    script = script_of(text)
    if script == "Devanagari":
        return "hi"
    if script != "Latin":
        return None
    g = detector().detect([text])[0]
    return g.language if g.language in STOP_WORDS else None


# ------------------------------------------------------------------ C4-style boilerplate lines
C4_PHRASES = ("javascript", "cookie policy", "use cookies", "terms of use", "privacy policy", "all rights reserved",
              "click here", "subscribe to our newsletter", "enable cookies")


class BoilerplateParams(Params):
    phrases: list[str] = Field(default_factory=lambda: list(C4_PHRASES), max_length=500,
                               description="A line containing one of these (case-insensitive) is removed")
    remove_lorem_ipsum: bool = Field(True, description="Remove rows with 'lorem ipsum' (C4)")
    remove_curly_brace: bool = Field(False, description="Remove rows with '{' (C4: code)")
    min_line_words: int = Field(0, ge=0, le=1000, description="Remove lines with fewer words (C4 uses 3 for web text)")


class Boilerplate(_Step):
    name = "boilerplate"
    description = ("C4-style boilerplate rules: drop lines with boilerplate phrases (cookies, javascript, terms of use, "
                   "...) or too few words; remove rows with 'lorem ipsum'; a row left with no line is removed")
    params_model = BoilerplateParams

    def curate(self, rows: Sequence[dict[str, Any]], params: BoilerplateParams, ctx: StepContext) -> list[Decision]:
        phrases = [p.casefold() for p in params.phrases if p.strip()]
        out = []
        for row in rows:
            text = text_of(row).casefold()
            if params.remove_lorem_ipsum and "lorem ipsum" in text:
                out.append(Decision.remove("contains 'lorem ipsum' (placeholder text)", "lorem_ipsum"))
                continue
            if params.remove_curly_brace and "{" in text:
                out.append(Decision.remove("contains '{' (code)", "curly_brace"))
                continue
            dropped: list[str] = []

            def strip_lines(value: str, dropped: list[str] = dropped) -> str:
                kept = []
                for line in value.split("\n"):
                    low = line.casefold()
                    hit = next((p for p in phrases if p in low), None)
                    if hit is not None or (params.min_line_words and line.strip() and len(words(line)) < params.min_line_words):
                        dropped.append(f"'{line.strip()[:60]}' ({'boilerplate: ' + hit if hit else 'too few words'})")
                        continue
                    kept.append(line)
                return "\n".join(kept).strip()

            new = map_text(row, strip_lines)
            if not dropped:
                out.append(Decision.keep())
            elif not text_of(new).strip():
                out.append(Decision.remove(f"every line is boilerplate: {'; '.join(dropped[:3])}", "boilerplate"))
            else:
                out.append(Decision.change(new, f"removed {len(dropped)} boilerplate line(s): {'; '.join(dropped[:3])}",
                                           "boilerplate_lines"))
        return out


# ------------------------------------------------------------------ length
class LengthParams(Params):
    unit: Literal["tokens", "words", "chars"] = "tokens"
    model: str | None = Field(None, max_length=255, description="With unit=tokens: the model whose tokenizer counts (base:<name>, custom:<id>)")
    min: int = Field(1, ge=0, le=10_000_000)
    max: int | None = Field(None, ge=1, le=100_000_000)

    @model_validator(mode="after")
    def _check(self) -> LengthParams:
        if self.unit == "tokens" and not self.model:
            raise ValueError("unit 'tokens' needs 'model' (the tokenizer to count with, e.g. base:llmworks-demo-tiny)")
        if self.max is not None and self.min > self.max:
            raise ValueError("min must not exceed max")
        return self


class Length(_Step):
    name = "length"
    description = "Remove rows shorter than min or longer than max, in tokens of a chosen tokenizer, words or characters"
    params_model = LengthParams

    def check(self, params: LengthParams, kernel: Any, loc: tuple[str | int, ...], project_id: int | None = None) -> None:
        if params.unit == "tokens" and project_id is not None:
            with kernel.session() as s:
                load_tokenizer(kernel, s, params.model or "", project_id, (*loc, "model"))

    def curate(self, rows: Sequence[dict[str, Any]], params: LengthParams, ctx: StepContext) -> list[Decision]:
        texts = [text_of(r) for r in rows]
        if params.unit == "tokens":
            with ctx.session() as s:
                tok = load_tokenizer(ctx.kernel, s, params.model or "", ctx.project_id, ("params", "model"))
            counts: list[int] = []
            for start in range(0, len(texts), 256):
                enc = tok(texts[start : start + 256], add_special_tokens=False)["input_ids"]
                counts += [len(e) for e in enc]
                ctx.progress(min(start + 256, len(texts)), len(texts), "counting tokens")
        elif params.unit == "words":
            counts = [len(words(t)) for t in texts]
        else:
            counts = [len(t) for t in texts]
        out = []
        for c in counts:
            if c < params.min:
                out.append(Decision.remove(f"{c} {params.unit} < min {params.min}", "too_short", length=c))
            elif params.max is not None and c > params.max:
                out.append(Decision.remove(f"{c} {params.unit} > max {params.max}", "too_long", length=c))
            else:
                out.append(Decision.keep())
        return out


# ------------------------------------------------------------------ PII and toxicity (safety plugin's filters)
PII_TYPES = ("EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "IP", "AADHAAR", "PAN")


class PiiParams(Params):
    action: Literal["redact", "remove"] = "redact"
    types: list[str] = Field(default_factory=lambda: list(PII_TYPES), min_length=1, max_length=50,
                             description="Finding types to act on. PERSON is left out by default: the offline NER model "
                                         "tags capitalised words at the start of sentences as names; add it when names matter")
    min_score: float = Field(0.5, ge=0, le=1)


class Pii(_Step):
    name = "pii"
    description = "Redact or remove personal data (e-mail, phone, card numbers, names) with the safety plugin's PII filter"
    params_model = PiiParams

    def check(self, params: PiiParams, kernel: Any, loc: tuple[str | int, ...], project_id: int | None = None) -> None:
        safety_filter(kernel, "pii", self.name)

    def curate(self, rows: Sequence[dict[str, Any]], params: PiiParams, ctx: StepContext) -> list[Decision]:
        f = safety_filter(ctx.kernel, "pii", self.name)
        types = {t.upper() for t in params.types}
        options = {"entities": sorted(types), "threshold": params.min_score}
        out = []
        for i, row in enumerate(rows):
            found: list[str] = []

            def redact(text: str, found: list[str] = found) -> str:
                hits = [h for h in f.check(text, FilterContext(stage="input", normalized=Plain(text), options=options))
                        if h.score >= params.min_score and h.type in types]
                for h in sorted(hits, key=lambda h: h.start, reverse=True):
                    text = text[: h.start] + h.replacement + text[h.end :]
                found.extend(h.type for h in hits)
                return text

            new = map_text(row, redact)
            if not found:
                out.append(Decision.keep())
            elif params.action == "remove":
                out.append(Decision.remove(f"personal data: {', '.join(sorted(set(found)))}", "pii", types=sorted(set(found))))
            else:
                out.append(Decision.change(new, f"redacted {len(found)} personal data span(s): {', '.join(sorted(set(found)))}",
                                           "pii", types=sorted(set(found))))
            if i % 64 == 63:
                ctx.progress(i + 1, len(rows), "finding personal data")
        return out


class ToxicityParams(Params):
    filters: list[str] = Field(default_factory=lambda: ["offensive"], min_length=1, max_length=10,
                               description="Safety filters that score toxicity ('offensive', 'toxicity')")
    threshold: float = Field(0.5, ge=0, le=1)


class Toxicity(_Step):
    name = "toxicity"
    description = "Remove toxic rows: the safety plugin's offensive-language (and, where its weights exist, Detoxify) filters"
    params_model = ToxicityParams

    def check(self, params: ToxicityParams, kernel: Any, loc: tuple[str | int, ...], project_id: int | None = None) -> None:
        for name in params.filters:
            safety_filter(kernel, name, self.name)

    def curate(self, rows: Sequence[dict[str, Any]], params: ToxicityParams, ctx: StepContext) -> list[Decision]:
        filters = [safety_filter(ctx.kernel, n, self.name) for n in params.filters]
        out = []
        for row in rows:
            text = text_of(row)
            hits = [h for f in filters for h in f.check(text, FilterContext(stage="input", normalized=Plain(text)))
                    if h.score >= params.threshold]
            if hits:
                top = max(hits, key=lambda h: h.score)
                out.append(Decision.remove(f"toxic: {top.filter} {top.type} score {top.score:.2f} >= {params.threshold}"
                                           + (f" ({top.rule})" if top.rule else ""), "toxicity", score=round(top.score, 3)))
            else:
                out.append(Decision.keep())
        return out


# ------------------------------------------------------------------ normalisation
class NormalizeParams(Params):
    form: Literal["NFC", "NFKC", "NFD", "NFKD"] = "NFC"
    collapse_spaces: bool = True
    strip_controls: bool = Field(True, description="Remove zero-width, bidi and other invisible format characters")


class Normalize(_Step):
    name = "normalize"
    description = "Unicode normalisation (NFC by default, keeps Devanagari intact), invisible characters and whitespace cleaned"
    params_model = NormalizeParams

    def curate(self, rows: Sequence[dict[str, Any]], params: NormalizeParams, ctx: StepContext) -> list[Decision]:
        out = []
        for row in rows:
            new = map_text(row, lambda t: normalize_unicode(t, params.form, collapse_spaces=params.collapse_spaces,
                                                            strip_controls=params.strip_controls))
            out.append(Decision.keep() if new is row else
                       Decision.change(new, f"Unicode {params.form}, whitespace and invisible characters normalised", "normalize"))
        return out


# ------------------------------------------------------------------ regex
class RegexParams(Params):
    pattern: str = Field(..., min_length=1, max_length=1000, description="RE2 syntax")
    action: Literal["remove_matching", "keep_matching", "replace"] = "remove_matching"
    replacement: str = Field("", max_length=1000)
    ignore_case: bool = False

    @field_validator("pattern")
    @classmethod
    def _compile(cls, v: str) -> str:
        try:
            compile_regex(v, field=("pattern",))
        except Invalid as exc:
            raise ValueError(exc.detail) from None
        return v


class RegexFilter(_Step):
    name = "regex"
    description = "Remove rows that match (or do not match) an RE2 pattern, or replace its matches"
    params_model = RegexParams

    def curate(self, rows: Sequence[dict[str, Any]], params: RegexParams, ctx: StepContext) -> list[Decision]:
        pat = compile_regex(params.pattern, ignore_case=params.ignore_case, field=("params", "pattern"))
        out = []
        for row in rows:
            if params.action == "replace":
                new = map_text(row, lambda t: pat.sub(params.replacement, t))
                out.append(Decision.keep() if new is row else
                           Decision.change(new, f"replaced matches of /{params.pattern}/", "regex_replace"))
                continue
            hit = pat.search(text_of(row))
            if params.action == "remove_matching" and hit:
                out.append(Decision.remove(f"matches /{params.pattern}/ at '{hit.group(0)[:40]}'", "regex"))
            elif params.action == "keep_matching" and not hit:
                out.append(Decision.remove(f"does not match /{params.pattern}/", "regex"))
            else:
                out.append(Decision.keep())
        return out


def builtin_curators() -> list[Any]:
    return [ExactDedupe(), NearDedupe(), LanguageFilter(), Quality(), Boilerplate(), Length(), Pii(), Toxicity(),
            Normalize(), RegexFilter()]
