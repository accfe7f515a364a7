#!/usr/bin/env bash
# Stereotype-pairs benchmark: the suite scored through llmworks (the scorecard job's scoring on the
# PyTorch backend) vs the same scoring as a plain transformers loop, batched the same way, on the
# same model and items. Results: the table on stdout, JSON in out/.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
OUT=benchmarks/responsible/out
mkdir -p "$OUT"
"$PY" benchmarks/responsible/bench.py --repeat "${REPEAT:-8}" --rounds "${ROUNDS:-3}" --batch-size "${BATCH:-16}" \
  --out "$OUT/responsible-$(date -u +%Y%m%dT%H%M%SZ).json" "$@"
