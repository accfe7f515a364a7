#!/usr/bin/env bash
# Slurm submission overhead: llmworks (queue a job, check the request with sbatch --test-only,
# submit with sbatch) against raw `sbatch --parsable --wrap true`, on a real single-node Slurm
# started here (installs slurm-wlm and munge when missing: root). Results: stdout, JSON in out/.
#   benchmarks/clusters/run.sh [--submissions 20] [--runs 3]
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
mkdir -p benchmarks/clusters/out
"$PY" benchmarks/clusters/bench.py --out "benchmarks/clusters/out/clusters-$(date -u +%Y%m%dT%H%M%SZ).json" "$@"
