#!/usr/bin/env bash
# Builds the llmworks web UI: the shell into kernel/src/llmworks/static/shell/ and each plugin
# remote into its Python package (plugins/<name>/src/llmworks_<name>/ui/, the hello example into
# contrib/). Idempotent: does nothing when every output is newer than the sources.
# Usage: scripts/build.sh [--force] [project...]   (projects default to all)
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
stamp=.build-stamp
all=0
if [ ${#projects[@]} -eq 0 ]; then projects=("${APPS[@]}"); all=1; fi

outputs_present() {
  for p in "${projects[@]}"; do
    [ -f "$(output_dir "$p")/remoteEntry.json" ] || return 1
  done
}

# Regenerated first: a changed Python route makes the UI out of date.
ensure_api_client

if [ "$force" = 0 ] && [ "$all" = 1 ] && up_to_date "$stamp" && outputs_present; then
  echo "frontend: build up to date (delete frontend/$stamp or pass --force to rebuild)"
  exit 0
fi

ensure_deps
# Stamp the time the inputs were read: a file saved during the run makes the next run work again.
started="$(mktemp "${TMPDIR:-/tmp}/llmworks-frontend-stamp.XXXXXX")"
trap 'rm -f "$started"' EXIT
for p in "${projects[@]}"; do
  echo "frontend: building $p → $(output_dir "$p")"
  npx ng build "$p" --configuration production
  [ -f "$(output_dir "$p")/remoteEntry.json" ] || { echo "frontend: $p produced no remoteEntry.json" >&2; exit 1; }
done
if [ "$all" = 1 ]; then mv "$started" "$stamp"; else rm -f "$started"; fi
echo "frontend: build done"
