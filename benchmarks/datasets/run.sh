#!/usr/bin/env bash
# Datasets benchmark: upload + versioning of a ~50 MB jsonl through the llmworks API vs `dvc add`.
# dvc lives in its own virtualenv (benchmarks/datasets/.venv-dvc), installed here on first use.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
py="$root/.venv/bin/python"
venv="$here/.venv-dvc"
DVC_VERSION=3.67.1
if [ ! -x "$venv/bin/dvc" ] || ! "$venv/bin/dvc" --version 2>/dev/null | grep -qx "$DVC_VERSION"; then
  "$py" -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "dvc==$DVC_VERSION"
fi
exec "$py" "$here/bench.py" --dvc "$venv/bin/dvc" --json "$here/out/results.json" "$@"
