#!/usr/bin/env bash
# Builds the llmworks web UI: the shell into kernel/src/llmworks/static/shell/ and each plugin
# remote into its Python package (plugins/<name>/src/llmworks_<name>/ui/, the hello example into
# contrib/). Idempotent: does nothing when every output is newer than the sources.
# Usage: scripts/build.sh [--force] [project...]   (projects default to all)
# The first project builds alone, then the others run UI_BUILD_JOBS at a time (default: the
# number of CPUs, at most 4); each build's log is printed whole when it ends.
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
jobs="${UI_BUILD_JOBS:-$(nproc 2>/dev/null || echo 1)}"
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || { echo "frontend: UI_BUILD_JOBS must be a positive number, not '$jobs'" >&2; exit 1; }
[ -n "${UI_BUILD_JOBS:-}" ] || [ "$jobs" -le 4 ] || jobs=4

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

# The federation builder bundles the shared npm packages (Angular, RxJS, ECharts: about 15 s of
# CPU) into a cache folder per project, node_modules/.cache/native-federation/<name>/, and reuses
# a bundle there only when its checksum (packages, installed versions, share settings, builder
# version) matches. Every project here shares the same packages the same way, so a project's
# folder starts as a copy of the shell's (or of the first project's): a bundle whose checksum
# matches is copied to the output as it is, byte for byte what bundling it again writes; one that
# does not match is bundled again. Should the builder move its cache, the copy is merely unused.
NF_CACHE="$FRONTEND_DIR/node_modules/.cache/native-federation"
nf_cache_dir() { local n="${1//[^A-Za-z0-9]/_}"; echo "$NF_CACHE/${n#_}"; }
seed_from=shell
[ -d "$(nf_cache_dir shell)" ] || seed_from="${projects[0]}"
seed_federation_cache() {
  local from to
  from="$(nf_cache_dir "$seed_from")"; to="$(nf_cache_dir "$1")"
  [ "$1" != "$seed_from" ] && [ -d "$from" ] && [ ! -e "$to" ] || return 0
  cp -r "$from" "$to.seed.$$" && mv "$to.seed.$$" "$to"
}

# Stamp the time the inputs were read: a file saved during the run makes the next run work again.
started="$(mktemp "${TMPDIR:-/tmp}/llmworks-frontend-stamp.XXXXXX")"
logs="$(mktemp -d "${TMPDIR:-/tmp}/llmworks-frontend-build.XXXXXX")"
trap 'rm -rf "$started" "$logs"' EXIT

# One project's build in the background: its output goes to $logs/<p>.log, its exit status to
# $logs/<p>.rc; no remoteEntry.json is a failure.
declare -A running=()   # project → pid
start_build() {
  local p="$1"
  echo "frontend: building $p → $(output_dir "$p")"
  (
    rc=0
    { seed_federation_cache "$p" && npx ng build "$p" --configuration production; } >"$logs/$p.log" 2>&1 || rc=$?
    if [ "$rc" = 0 ] && [ ! -f "$(output_dir "$p")/remoteEntry.json" ]; then
      echo "frontend: $p produced no remoteEntry.json" >>"$logs/$p.log"; rc=1
    fi
    echo "$rc" >"$logs/$p.rc"
  ) &
  running[$p]=$!
}

failed=()
# Waits until at most $1 builds are running; prints each finished build's log.
wait_for() {
  local p rc
  while [ ${#running[@]} -gt "$1" ]; do
    for p in "${!running[@]}"; do
      if [ -f "$logs/$p.rc" ]; then
        rc="$(cat "$logs/$p.rc")"
      elif ! kill -0 "${running[$p]}" 2>/dev/null; then
        rc=1; echo "frontend: the build of $p ended without a status" >>"$logs/$p.log"
      else
        continue
      fi
      wait "${running[$p]}" 2>/dev/null || true
      unset "running[$p]"
      cat "$logs/$p.log"
      if [ "$rc" != 0 ]; then echo "frontend: building $p failed" >&2; failed+=("$p"); fi
    done
    [ ${#running[@]} -le "$1" ] || sleep 0.2
  done
}

# The first project alone (it fills the federation cache the others start from), then the rest;
# no new build starts after one has failed.
start_build "${projects[0]}"
wait_for 0
for p in "${projects[@]:1}"; do
  [ ${#failed[@]} -eq 0 ] || break
  wait_for $((jobs - 1))
  [ ${#failed[@]} -eq 0 ] || break
  start_build "$p"
done
wait_for 0
if [ ${#failed[@]} -gt 0 ]; then
  echo "frontend: build failed: ${failed[*]}" >&2
  exit 1
fi
if [ "$all" = 1 ]; then mv "$started" "$stamp"; else rm -f "$started"; fi
echo "frontend: build done"
