"""``offensive``: English offensive language (alt-profanity-check, a linear SVM whose model ships
in the wheel) plus per-language word lists (:mod:`.wordlists`; Hindi in Devanagari and
romanised among them).

The model scores the whole normalised text; when that score reaches the threshold the words
that score above it on their own are reported (so redaction removes the words, not the whole
answer), or the whole text when no single word does. Word-list hits are certain (score 1).
"""

from __future__ import annotations

import threading
from typing import Any

from llmworks_sdk.safety import FilterContext, Finding

from llmworks_safety.filters.wordlists import WordMatcher, builtin_packs, words_of

_lock = threading.Lock()
_model: Any = None


class FastProfanity:
    """``profanity_check.predict_prob`` without scikit-learn's per-call checks: the model is a
    ``CalibratedClassifierCV`` (sigmoid) over 5 linear SVMs, i.e. the mean over the 5 of
    ``expit(-(a * (x . w + c) + b))`` on the TF-IDF vector ``x``; stacked into one matrix product
    it gives the same probabilities (to float rounding; checked against the library at load) in a
    fraction of the time on short texts, where the library's overhead dominates."""

    def __init__(self, lib: Any) -> None:
        import numpy as np

        impl = getattr(lib, "profanity_check", lib)   # the package re-exports the functions of its module
        model = impl.model
        ccs = model.calibrated_classifiers_
        if (getattr(model, "method", None) != "sigmoid" or list(model.classes_) != [0, 1]
                or any(len(cc.calibrators) != 1 for cc in ccs)):
            raise ValueError("unexpected profanity_check model layout")
        self.lib = lib
        self.vectorizer = impl.vectorizer
        self.w = np.vstack([np.ravel(cc.estimator.coef_) for cc in ccs]).T          # features x 5
        self.c = np.array([float(np.ravel(cc.estimator.intercept_)[0]) for cc in ccs])
        self.a = np.array([float(cc.calibrators[0].a_) for cc in ccs])
        self.b = np.array([float(cc.calibrators[0].b_) for cc in ccs])
        probe = ["warm up", "you are a fucking idiot", "have a nice day", "shit happens, sorry"]
        if not np.allclose(self.predict_prob(probe), lib.predict_prob(probe), atol=1e-9):
            raise ValueError("the fast path disagrees with profanity_check")

    def predict_prob(self, texts: list[str]) -> Any:
        import numpy as np
        from scipy.special import expit

        d = np.asarray(self.vectorizer.transform(texts) @ self.w) + self.c
        return expit(-(self.a * d + self.b)).mean(axis=1)


def profanity_model() -> Any:
    """An object with ``predict_prob(texts)`` scoring like ``profanity_check`` (imported once per
    process: its model is a ~1 MB joblib file): :class:`FastProfanity`, or the library itself if
    its model is not laid out as expected."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                import profanity_check

                profanity_check.predict_prob(["warm up"])
                try:
                    _model = FastProfanity(profanity_check)
                except (ValueError, AttributeError, ImportError):
                    _model = profanity_check
    return _model


_word_cache: dict[str, float] = {}
WORD_CACHE_SIZE = 50_000


def word_scores(model: Any, words: list[str]) -> list[float]:
    """The model's score of each word, each distinct word scored once (and cached per process:
    the same few thousand words make up most texts)."""
    known = {w: _word_cache[w] for w in set(words) if w in _word_cache}
    todo = sorted(set(words) - set(known))
    if todo:
        fresh = dict(zip(todo, (float(x) for x in model.predict_prob(todo)), strict=True))
        known.update(fresh)
        if len(_word_cache) + len(todo) > WORD_CACHE_SIZE:
            _word_cache.clear()
        _word_cache.update(fresh)
    return [known[w] for w in words]


class OffensiveFilter:
    name = "offensive"
    description = ("Offensive language: the alt-profanity-check model (English) and word lists "
                   "(English, Hindi in Devanagari and romanised), after normalisation")
    stages = ("input", "output")
    default_action = "block"
    default_threshold: float | None = 0.8
    cost = 2
    options_schema = {"threshold": "minimum model score (0-1) for the English model, default 0.8",
                      "model": "false to use only the word lists"}

    def __init__(self) -> None:
        self._matcher: WordMatcher | None = None

    @property
    def matcher(self) -> WordMatcher:
        if self._matcher is None:
            self._matcher = WordMatcher(builtin_packs())
        return self._matcher

    def available(self) -> tuple[bool, str]:
        try:
            import profanity_check  # noqa: F401
        except ImportError:
            return True, "alt-profanity-check is not installed: only the word lists run"
        return True, ""

    def warm(self) -> None:
        _ = self.matcher
        words_of("warm up")
        try:
            profanity_model()
        except ImportError:
            pass

    def check(self, text: str, ctx: FilterContext) -> list[Finding]:
        norm = ctx.normalized
        findings = self.matcher.findings(norm, self.name)
        if ctx.options.get("model", True) is False or not norm.text.strip():
            return findings
        try:
            model = profanity_model()
        except ImportError:
            return findings
        threshold = float(ctx.options.get("threshold", self.default_threshold))
        score = float(model.predict_prob([norm.text])[0])
        if score < threshold:
            return findings
        covered = [(f.start, f.end) for f in findings]
        spans = [s for s in words_of(norm.text) if s[1] - s[0] > 2]  # 'ho', 'ki': not English
        words = [norm.text[a:b].lower() for a, b in spans]
        scores = word_scores(model, words)
        hits = 0
        for (a, b), s in zip(spans, scores, strict=False):
            if s >= threshold:
                start, end = norm.span(a, b)
                hits += 1
                if not any(cs <= start and end <= ce for cs, ce in covered):
                    findings.append(Finding(self.name, "PROFANITY", start, end, float(s), "profanity-check",
                                            "offensive language (English model)"))
        if hits == 0 and not findings:
            findings.append(Finding(self.name, "PROFANITY", 0, len(text), score, "profanity-check",
                                    "offensive language (English model, whole text)"))
        return findings
