#!/usr/bin/env bash
# Tracking benchmark: 1,000,000 metric points through the llmworks batch endpoint (real server
# over HTTP) against MLflow's log_batch into local stores, and the time to serve the chart.
# MLflow lives in its own virtualenv (benchmarks/tracking/.venv-mlflow), installed on first use.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
py="$root/.venv/bin/python"
venv="$here/.venv-mlflow"
MLFLOW_VERSION=3.17.2
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import mlflow, sys; sys.exit(mlflow.__version__ != '$MLFLOW_VERSION')" 2>/dev/null; then
  "$py" -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "mlflow==$MLFLOW_VERSION"
fi
exec "$py" "$here/bench.py" --mlflow-python "$venv/bin/python" --json "$here/out/results.json" "$@"
