#!/usr/bin/env bash
# Serve the app with live rebuilds at http://127.0.0.1:8080/
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/env.sh
exec trunk serve "$@"
