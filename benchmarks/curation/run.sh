#!/usr/bin/env bash
# Curation benchmark: exact + near-dedupe of 500,000 rows through llmworks (the recipe steps, and a
# recipe job through a real server) vs a plain datasketch script with the same MinHash settings,
# and datatrove's MinHash pipeline, installed on first use into its own virtualenv
# (benchmarks/curation/.venv-datatrove; skipped if it does not install).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
py="$root/.venv/bin/python"
venv="$here/.venv-datatrove"
DATATROVE_VERSION=0.10.1
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import datatrove, orjson, spacy" 2>/dev/null; then
  "$py" -m venv "$venv" && "$venv/bin/pip" install -q --disable-pip-version-check "datatrove[processing]==$DATATROVE_VERSION" orjson spacy \
    || echo "datatrove did not install: benchmarking without it"
fi
exec "$py" "$here/bench.py" --datatrove-python "$venv/bin/python" --json "$here/out/results.json" "$@"
