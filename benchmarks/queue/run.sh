#!/usr/bin/env bash
# Job queue benchmark: 1,000 no-op jobs on the embedded worker and on Celery (Redis), with a
# plain Celery task loop beside them. Needs Redis at 127.0.0.1:6379 (and PostgreSQL at
# 127.0.0.1:5432 for DATABASE=postgres). Results: the table on stdout, JSON in out/.
#   benchmarks/queue/run.sh                      # SQLite, all installed plugins
#   DATABASE=postgres benchmarks/queue/run.sh
#   BEFORE=<git rev> benchmarks/queue/run.sh     # also the child-per-job rows at that revision
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
OUT=benchmarks/queue/out
mkdir -p "$OUT"
DATABASE=${DATABASE:-sqlite}
JOBS=${JOBS:-1000}
CONCURRENCY=${CONCURRENCY:-4}
stamp=$(date -u +%Y%m%dT%H%M%SZ)

"$PY" benchmarks/queue/bench.py --database "$DATABASE" --jobs "$JOBS" --concurrency "$CONCURRENCY" \
  --out "$OUT/queue-$DATABASE-$stamp.json" "$@"

if [ -n "${BEFORE:-}" ]; then
  src=$(mktemp -d)
  trap 'rm -rf "$src"' EXIT
  git archive "$BEFORE" kernel/src | tar -x -C "$src"
  "$PY" benchmarks/queue/bench.py --database "$DATABASE" --jobs "${BEFORE_JOBS:-100}" --idle 20 \
    --concurrency "$CONCURRENCY" --src "$src/kernel/src" --label "before: $BEFORE" \
    --only embedded/noop --only celery/noop --out "$OUT/queue-$DATABASE-before-$stamp.json"
fi
