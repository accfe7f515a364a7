#!/usr/bin/env bash
# Deploy benchmark: a local deployment (`llmworks serve-model`, its own process) answering
# /v1/completions over HTTP against in-process generate on the same LoRA model, and the time
# from POST /deployments to a healthy serving process.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
exec "$root/.venv/bin/python" "$here/bench.py" --json "$here/out/results.json" "$@"
