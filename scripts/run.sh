#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Command (1) of the README: install what is missing, build, and start vmviz on its built-in
# seed walkthrough (the window when there is a display, the headless trace otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
cmake --preset release > /dev/null
cmake --build --preset release -j "$(nproc 2>/dev/null || echo 2)"

if [ -x build/release/app/vmviz ]; then
  exec build/release/app/vmviz "$@"
fi
exec build/release/app/vmviz-cli trace seed-walkthrough "$@"
