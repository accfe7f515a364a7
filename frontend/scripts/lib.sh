# Shared by build.sh and test.sh: Node 22 on PATH, dependencies installed from the lock file,
# and an mtime stamp check so repeated calls do nothing when no source changed.
FRONTEND_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$FRONTEND_DIR"
NODE_SH_ENV_ONLY=1 . "$FRONTEND_DIR/scripts/node.sh"

# Every application project in angular.json (the shell and one remote per UI plugin), shell first.
mapfile -t APPS < <(node -e 'const a=require("./angular.json");const apps=Object.entries(a.projects).filter(([,p])=>p.projectType==="application").map(([n])=>n);console.log(["shell",...apps.filter(n=>n!=="shell")].join("\n"))')

ensure_deps() {
  # npm ci writes node_modules/.package-lock.json; reinstall when the lock file is newer.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "frontend: npm ci" >&2
    if ! npm ci --no-audit --no-fund --loglevel=error 2>/dev/null; then
      # npm writes no lock entries for other platforms' optional native packages (rolldown,
      # msgpackr bindings; npm/cli#4828, #8320), and then `npm ci` refuses its own lock file.
      # `npm install` installs the same locked versions for this platform.
      echo "frontend: npm ci refused the lock file; installing the locked versions with npm install" >&2
      npm install --no-audit --no-fund --loglevel=error
    fi
    touch node_modules/.package-lock.json
  fi
}

# True when the stamp file exists and no input is newer than it.
up_to_date() {
  local stamp="$1"
  [ -f "$stamp" ] || return 1
  local newer
  newer=$(find projects angular.json tsconfig.json package.json package-lock.json scripts \
    -newer "$stamp" -type f -print -quit 2>/dev/null)
  [ -z "$newer" ]
}

# Output folder of an application, from angular.json (relative to frontend/).
output_dir() {
  node -e 'const a=require("./angular.json");const o=a.projects[process.argv[1]].architect.esbuild.options.outputPath;console.log(typeof o==="string"?o:o.base)' "$1"
}
