#!/usr/bin/env bash
# Inference benchmarks: generation through the HTTP API vs model.generate in-process
# (api_latency.py), and ONNX Runtime vs PyTorch (onnx_vs_torch.py, when present).
# Results: benchmarks/inference/out/*.json; figures in benchmarks/README.md "## inference".
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
py="$root/.venv/bin/python"
"$py" "$here/api_latency.py" "$@"
if [ -f "$here/onnx_vs_torch.py" ]; then
  "$py" "$here/onnx_vs_torch.py"
fi
