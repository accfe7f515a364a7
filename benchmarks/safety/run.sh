#!/usr/bin/env bash
# Safety filter benchmark: the full default policy through llmworks' pipeline vs raw Presidio
# AnalyzerEngine.analyze + raw profanity_check.predict_prob on the same ~1 KB texts (same run),
# and RSS with 50 concurrent output streams. Results: the table on stdout, JSON in out/.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
OUT=benchmarks/safety/out
mkdir -p "$OUT"
"$PY" benchmarks/safety/bench.py --texts "${TEXTS:-200}" --rounds "${ROUNDS:-3}" --streams "${STREAMS:-50}" \
  --out "$OUT/safety-$(date -u +%Y%m%dT%H%M%SZ).json" "$@"
