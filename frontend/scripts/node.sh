#!/usr/bin/env bash
# Runs the project's Node 22 (installed from the npm registry into frontend/.tools on first use).
# Usage: scripts/node.sh <node args...>   e.g. scripts/node.sh --version
# Other scripts source this file with NODE_SH_ENV_ONLY=1 to get PATH set up without exec'ing node.
set -euo pipefail
NODE_VERSION="22.23.3"
FRONTEND_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="$FRONTEND_DIR/.tools"
NODE_BIN_DIR="$TOOLS_DIR/node_modules/node/bin"

if [ ! -x "$NODE_BIN_DIR/node" ] || [ "$("$NODE_BIN_DIR/node" --version 2>/dev/null)" != "v$NODE_VERSION" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "node.sh: a bootstrap npm (any version) is needed on PATH to fetch node@$NODE_VERSION" >&2
    exit 1
  fi
  mkdir -p "$TOOLS_DIR"
  [ -f "$TOOLS_DIR/package.json" ] || echo '{"name":"llmworks-frontend-tools","private":true}' > "$TOOLS_DIR/package.json"
  echo "node.sh: installing node@$NODE_VERSION into $TOOLS_DIR" >&2
  (cd "$TOOLS_DIR" && npm install --no-audit --no-fund --loglevel=error "node@$NODE_VERSION" >&2)
fi

# npm bundled with the node package lives beside it; put both first on PATH.
export PATH="$NODE_BIN_DIR:$TOOLS_DIR/node_modules/.bin:$PATH"
export NG_CLI_ANALYTICS=false
export NG_FORCE_TTY=false

if [ "${NODE_SH_ENV_ONLY:-0}" = "1" ]; then
  return 0 2>/dev/null || exit 0
fi
exec "$NODE_BIN_DIR/node" "$@"
