#!/usr/bin/env bash
# Resources benchmark: the collector's CPU overhead at 1 s sampling against a do-it-yourself
# psutil + prometheus_client exporter, and the chart of 24 h of 1 s samples for 16 series
# (1.4M points) through the API against loading the same points with numpy + pandas resampling.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
exec "$root/.venv/bin/python" "$here/bench.py" --json "$here/out/results.json" "$@"
