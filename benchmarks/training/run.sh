#!/usr/bin/env bash
# Training benchmark: a LoRA fine-tune through the llmworks API (real `llmworks serve`) against
# the same training as a plain peft + transformers script. Run from the repository root.
# Results: the table on stdout, JSON in benchmarks/training/out/; figures in benchmarks/README.md
# "## training".
#   bash benchmarks/training/run.sh [--steps 200] [--rounds 4] [--threads 1]
#   BEFORE=<git rev> bash benchmarks/training/run.sh   # also a server running that revision's sources
#   bash benchmarks/training/run.sh --dpo [--steps 60] [--rounds 3]   # the DPO row: a DPO job vs plain trl DPOTrainer
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
OUT=benchmarks/training/out
mkdir -p "$OUT"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
echo "machine load: $(uptime)"
extra=()
if [ -n "${BEFORE:-}" ]; then
  src="$OUT/src-$stamp"  # not under /tmp: tmp cleaners on a shared machine have removed it mid-run
  mkdir -p "$src"
  trap 'rm -rf "$src"' EXIT
  git archive "$BEFORE" kernel/src plugin_sdk/src plugins | tar -x -C "$src"
  for d in "$src"/kernel/src "$src"/plugin_sdk/src "$src"/plugins/*/src; do extra+=(--before-src "$d"); done
  extra+=(--before-label "at $(git rev-parse --short "$BEFORE")")
fi
if [ "${1:-}" = --dpo ]; then
  shift
  "$PY" benchmarks/training/bench_dpo.py --out "$OUT/dpo-results-$stamp.json" "$@"
  echo "machine load: $(uptime)"
  exit 0
fi
"$PY" benchmarks/training/bench.py --out "$OUT/results-$stamp.json" "${extra[@]}" "$@"
echo "machine load: $(uptime)"
