#!/usr/bin/env bash
# Client SDKs and e-mail notifications, side by side with what a user would write instead:
#   - the generated Python SDK vs hand-written httpx calls (same server, same requests);
#   - the generated .NET SDK (Mono) vs hand-written HttpClient calls;
#   - the e-mail notifier vs a hand-written smtplib loop, into the same local SMTP server.
# Also times generating the three SDKs. Results: the table on stdout, JSON in out/.
#   bash benchmarks/sdks/run.sh [--calls 300] [--notifications 40]
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
mkdir -p benchmarks/sdks/out
"$PY" benchmarks/sdks/bench.py --out "benchmarks/sdks/out/sdks-$(date -u +%Y%m%dT%H%M%SZ).json" "$@"
