#!/usr/bin/env bash
# Builds everything and serves the page with the sample article ready:
#   tools/serve.sh            → http://127.0.0.1:8080/
#   PORT=9000 tools/serve.sh  → another port
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
tools/build.sh
exec node tools/serve.mjs --root dist/site --port "${PORT:-8080}" --host "${HOST:-127.0.0.1}"
