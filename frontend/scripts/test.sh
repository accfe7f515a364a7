#!/usr/bin/env bash
# Runs the front end's unit tests (Vitest + jsdom through `ng test`), one project after the
# other. Idempotent: skips when nothing changed since the last passing run.
# Usage: scripts/test.sh [--force] [project...]
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

force=0
projects=()
for arg in "$@"; do
  case "$arg" in
    --force|-f) force=1 ;;
    *) projects+=("$arg") ;;
  esac
done
stamp=.test-stamp
all=0
if [ ${#projects[@]} -eq 0 ]; then projects=(ui-kit "${APPS[@]}"); all=1; fi

# Regenerated first: a changed Python route makes the UI out of date.
ensure_api_client

if [ "$force" = 0 ] && [ "$all" = 1 ] && up_to_date "$stamp"; then
  echo "frontend: unit tests up to date (pass --force to run again)"
  exit 0
fi

ensure_deps
passed=0
failed=0
# Stamp the time the inputs were read: a file saved during the run makes the next run work again.
started="$(mktemp "${TMPDIR:-/tmp}/llmworks-frontend-stamp.XXXXXX")"
trap 'rm -f "$started"' EXIT
for p in "${projects[@]}"; do
  root="projects/$p"
  if [ -z "$(find "$root" -name '*.spec.ts' -print -quit)" ]; then
    echo "frontend: $p has no unit tests"
    continue
  fi
  echo "frontend: testing $p"
  log="$(mktemp)"
  set +e
  npx ng test "$p" --watch=false 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  set -e
  # Vitest's "Tests  N passed (N)" line, without colours.
  counts="$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ *Tests ' | tail -n 1)"
  rm -f "$log"
  n_pass=$(grep -oE '[0-9]+ passed' <<<"$counts" | grep -oE '[0-9]+' || echo 0)
  n_fail=$(grep -oE '[0-9]+ failed' <<<"$counts" | grep -oE '[0-9]+' || echo 0)
  passed=$((passed + ${n_pass:-0}))
  failed=$((failed + ${n_fail:-0}))
  if [ "$rc" != 0 ]; then
    echo "frontend: $passed passed, $((failed > 0 ? failed : 1)) failed"
    exit "$rc"
  fi
done
if [ "$all" = 1 ]; then mv "$started" "$stamp"; else rm -f "$started"; fi
echo "frontend: $passed passed, $failed failed"
