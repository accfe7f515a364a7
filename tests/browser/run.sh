#!/usr/bin/env bash
# Browser tests of the web UI against a real llmworks server: builds the UI, starts
# `llmworks serve` on a free port with a temporary data folder and a first administrator,
# adds one deliberately broken UI remote (to check the error card), runs ui.test.mjs
# (playwright-core + the Debian chromium) and stops the server.
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
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

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

port="${PORT:-$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
export LLMWORKS_HOME="$tmp/home"
export LLMWORKS_ADMIN_USERNAME="${LLMWORKS_ADMIN_USERNAME:-admin}"
export LLMWORKS_ADMIN_PASSWORD="${LLMWORKS_ADMIN_PASSWORD:-browser-test-Pass-1}"
export LLMWORKS_URL="http://127.0.0.1:$port"
export LLMWORKS_BROKEN_REMOTE="uitest-broken"
PYTHONPATH="$tmp/pyplugins${PYTHONPATH:+:$PYTHONPATH}" LLMWORKS_EXTRA_PLUGINS="uitest-broken=llmworks_uitest_broken" \
  "$llmworks" serve --host 127.0.0.1 --port "$port" > "$tmp/server.log" 2>&1 &
server_pid=$!

for _ in $(seq 1 360); do
  if curl -fsS "$LLMWORKS_URL/api/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$tmp/server.log" >&2; echo "browser tests: the server did not start" >&2; exit 1; fi
  sleep 0.5
done
curl -fsS "$LLMWORKS_URL/api/health" >/dev/null || { cat "$tmp/server.log" >&2; exit 1; }

status=0
"$repo/frontend/scripts/node.sh" "$here/ui.test.mjs" || status=$?
if [ "$status" != 0 ]; then echo "--- server log (tail) ---"; tail -n 40 "$tmp/server.log"; fi
exit "$status"
