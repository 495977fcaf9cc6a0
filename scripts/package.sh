#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Builds the release preset and makes the Debian package, build/release/vmviz_VERSION_ARCH.deb
# (docs/packaging.md). Install it with: sudo apt-get install ./build/release/vmviz_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
cmake --preset release > /dev/null
# Only what the package holds: the two programs and the rendered icons.
cmake --build --preset release -j "$(nproc 2>/dev/null || echo 2)" --target vmviz vmviz-cli vmviz_icons
(cd build/release && cpack -G DEB)
ls build/release/vmviz_*.deb
