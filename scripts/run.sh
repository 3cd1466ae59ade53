#!/usr/bin/env bash
# Installs what is missing, builds Switchboard and starts it (arguments are passed on).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
exec build/app/switchboard "$@"
