#!/usr/bin/env bash
# Browser tests of the web UI against a real llmworks server: builds the UI, starts
# `llmworks serve` on a free port with a temporary data folder and a first administrator,
# adds one deliberately broken UI remote (to check the error card), runs ui.test.mjs
# (playwright-core + the Debian chromium) and stops the server. Then the plugin acceptance
# phase: builds the hello remote out of tree (frontend/scripts/out-of-tree-remote.sh: a fresh
# workspace against the packed UI kit), pip-installs contrib/llmworks-hello-ui (a real, non-editable install into a separate
# folder on PYTHONPATH), restarts the server with no rebuild of the shell (checked by hashing its
# files) and runs hello.test.mjs (the Hello page is in the navigation and renders).
# The hello plugin must not be installed during the first phase: an editable install in the
# virtualenv is removed for the run and put back at the end.
# Screenshots go to docs/screenshots/ (SCREENSHOT_DIR to change).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
py="${PYTHON:-$repo/.venv/bin/python}"
llmworks="$(dirname "$py")/llmworks"

if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "browser tests: installing chromium (apt)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "browser tests: /usr/bin/chromium is missing (apt-get install chromium)" >&2
    exit 1
  fi
fi

"$repo/frontend/scripts/build.sh"

tmp="$(mktemp -d)"
server_pid=""
hello_reinstall=""
stop_server() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  server_pid=""
}
cleanup() {
  stop_server
  if [ -n "$hello_reinstall" ]; then
    echo "browser tests: reinstalling llmworks-hello-ui ($hello_reinstall) as it was"
    if [ "$hello_reinstall" = editable ]; then "$py" -m pip install -q --no-deps -e "$repo/contrib/llmworks-hello-ui" || true
    else "$py" -m pip install -q --no-deps "$repo/contrib/llmworks-hello-ui" || true; fi
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# The first phase runs without the hello plugin (the acceptance phase installs it).
if "$py" -m pip show llmworks-hello-ui >/dev/null 2>&1; then
  if "$py" -m pip show llmworks-hello-ui 2>/dev/null | grep -q '^Editable project location:'; then hello_reinstall=editable; else hello_reinstall=regular; fi
  echo "browser tests: uninstalling llmworks-hello-ui for the run (put back at the end)"
  "$py" -m pip uninstall -q -y llmworks-hello-ui
fi

# A plugin whose remote cannot load: its routes must show the error card, the rest must work.
mkdir -p "$tmp/pyplugins" "$tmp/brokenui"
cat > "$tmp/brokenui/remoteEntry.json" <<'JSON'
{"name": "uitest-broken", "shared": [], "exposes": [{"key": "./routes", "outFileName": "this-file-does-not-exist.js"}]}
JSON
cat > "$tmp/pyplugins/llmworks_uitest_broken.py" <<PY
from pathlib import Path
from llmworks_sdk import UIRemote, UIRoute, hookimpl

@hookimpl
def register_ui(register):
    register(UIRemote("uitest-broken", Path("$tmp/brokenui"), routes=[UIRoute("broken-plugin", "Broken plugin", icon="bug_report", order=990)]))
PY

# A plugin whose remote bundle is missing on the server (not built, or a wheel without it): its
# navigation entry stays and shows the error card with the "fix or uninstall" hint.
cat > "$tmp/pyplugins/llmworks_uitest_nobundle.py" <<PY
from pathlib import Path
from llmworks_sdk import UIRemote, UIRoute, hookimpl

@hookimpl
def register_ui(register):
    register(UIRemote("uitest-nobundle", Path("$tmp/nobundle/ui"), routes=[UIRoute("missing-bundle", "Missing bundle", icon="bug_report", order=991)]))
PY

port="${PORT:-$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
export LLMWORKS_HOME="$tmp/home"
export LLMWORKS_ADMIN_USERNAME="${LLMWORKS_ADMIN_USERNAME:-admin}"
export LLMWORKS_ADMIN_PASSWORD="${LLMWORKS_ADMIN_PASSWORD:-browser-test-Pass-1}"
export LLMWORKS_URL="http://127.0.0.1:$port"
export LLMWORKS_BROKEN_REMOTE="uitest-broken"
export LLMWORKS_NOBUNDLE_REMOTE="uitest-nobundle"
export LLMWORKS_HELLO=absent

# start_server LOG [ENV=VALUE...]: starts `llmworks serve` and waits for /api/health.
start_server() {
  local log="$1"; shift
  env "$@" "$llmworks" serve --host 127.0.0.1 --port "$port" > "$log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 360); do
    if curl -fsS "$LLMWORKS_URL/api/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then cat "$log" >&2; echo "browser tests: the server did not start" >&2; exit 1; fi
    sleep 0.5
  done
  curl -fsS "$LLMWORKS_URL/api/health" >/dev/null || { cat "$log" >&2; exit 1; }
}

shell_dir="$repo/kernel/src/llmworks/static/shell"
shell_hash() { (cd "$shell_dir" && find . -type f -print0 | sort -z | xargs -0 stat -c '%n %Y %s' | sha256sum; find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum) | tr -d '\n'; }

# The safety pages' test adds a scripted backend (tests/browser/pyplugins/llmworks_uitest_echo.py).
start_server "$tmp/server.log" PYTHONPATH="$tmp/pyplugins:$here/pyplugins${PYTHONPATH:+:$PYTHONPATH}" \
  LLMWORKS_EXTRA_PLUGINS="uitest-broken=llmworks_uitest_broken,uitest-nobundle=llmworks_uitest_nobundle,uitest-echo=llmworks_uitest_echo"
shell_before="$(shell_hash)"

status=0
# BROWSER_SUITES="ui responsible" runs only those suites (and "hello" the plugin-install phase); unset: all.
wanted() { [ -z "${BROWSER_SUITES:-}" ] || [[ " $BROWSER_SUITES " == *" $1 "* ]]; }
suite() { if wanted "$1"; then "$repo/frontend/scripts/node.sh" "$here/$1.test.mjs" || status=$?; fi; }
suite ui
suite csp  # the security headers keep the UI working
suite feedback  # the annotation page, keyboard only, as a labeler
suite resources  # resources, schedule, lineage, disk, costs
suite safety  # the safety pages and the playground's toggles
suite curation  # the recipe builder, preview, run, languages
suite deploy  # the deployment hub, adapter manager, export dialog
suite responsible  # bias & toxicity: dashboard, scorecard drill-down, review
suite email  # the e-mail page: SMTP server (administrators), opt-ins per kind, a user's view
# Last: these switch the administrator's project, which the server remembers as the one to open on; the suites
# above expect the project they seed to be the one shown.
suite projects  # project switching on every page (issue 11)
suite firsthour  # the demo-model flow and the pages of API features (issue 11)
if [ "$status" != 0 ]; then echo "--- server log (tail) ---"; tail -n 40 "$tmp/server.log"; fi
stop_server

if ! wanted hello; then exit "$status"; fi

# Acceptance: a contrib plugin distribution with its own remote, installed with pip, appears in
# the navigation after a server restart with no rebuild of the shell.
# Its remote is built the way a third-party author builds one: outside this repository, in a
# fresh workspace, against the UI kit package (frontend/scripts/out-of-tree-remote.sh).
echo "browser tests: building the hello remote out of tree, pip-installing contrib/llmworks-hello-ui into $tmp/site and restarting the server"
rm -rf "$tmp/hello-src" && cp -r "$repo/contrib/llmworks-hello-ui" "$tmp/hello-src" && rm -rf "$tmp/hello-src/build" "$tmp/hello-src"/src/*.egg-info
rm -rf "$tmp/hello-src/src/llmworks_hello_ui/ui"
"$repo/frontend/scripts/out-of-tree-remote.sh" hello "$tmp/hello-src/src/llmworks_hello_ui/ui" "$repo/frontend/projects/hello/src/app"
"$py" -m pip install -q --no-deps --no-build-isolation --target "$tmp/site" "$tmp/hello-src"
[ -f "$tmp/site/llmworks_hello_ui/ui/remoteEntry.json" ] || { echo "browser tests: the installed package has no ui/remoteEntry.json" >&2; exit 1; }
start_server "$tmp/server-hello.log" PYTHONPATH="$tmp/site${PYTHONPATH:+:$PYTHONPATH}"
hello_status=0
"$repo/frontend/scripts/node.sh" "$here/hello.test.mjs" || hello_status=$?
if [ "$hello_status" != 0 ]; then echo "--- server log (tail) ---"; tail -n 40 "$tmp/server-hello.log"; fi
if [ "$(shell_hash)" != "$shell_before" ]; then
  echo "  FAIL the shell under kernel/src/llmworks/static/shell changed during the plugin install/restart"; hello_status=1
else
  echo "  ok   the shell was not rebuilt or modified (same file hashes and mtimes)"
fi
[ "$status" = 0 ] && status="$hello_status"
# The screenshots' gallery page (docs/screenshots/README.md) lists what was just taken.
"$repo/frontend/scripts/node.sh" "$here/gallery.mjs" || status=1
exit "$status"
