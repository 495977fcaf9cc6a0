#!/usr/bin/env bash
# Runs clang-tidy over the engine (core/*.cpp, and through them core's headers) with the checks of
# core/.clang-tidy, two files at a time; fails on any warning. Registered as the `clang_tidy` test.
#
#   scripts/check-tidy.sh [BUILD_DIR]     BUILD_DIR holds compile_commands.json (default build/dev)
#
# It costs about 3 CPU-minutes (parsing each file again, nlohmann/json above all); set
# VMVIZ_TIDY_FILES to a regex (e.g. 'scenario/') to check part of core while iterating.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${1:-build/dev}

if [[ ! -f "$build/compile_commands.json" ]]; then
  echo "check-tidy: no $build/compile_commands.json (configure with: cmake --preset dev)" >&2
  exit 1
fi
runner=
for candidate in run-clang-tidy run-clang-tidy-14; do
  if command -v "$candidate" > /dev/null; then runner=$candidate; break; fi
done
if [[ -z "$runner" ]]; then
  echo "check-tidy: run-clang-tidy is not installed (scripts/setup.sh installs clang-tidy)" >&2
  exit 1
fi

files="^$root/core/${VMVIZ_TIDY_FILES:-}.*\\.cpp\$"
start=$SECONDS
if "$runner" -p "$build" -j "${JOBS:-2}" -quiet "$files" > "$build/clang-tidy.log" 2>&1; then
  echo "check-tidy: core is clean ($((SECONDS - start)) s; log: $build/clang-tidy.log)"
else
  # The findings, without clang-tidy's "N warnings generated" chatter.
  sed 's/\x1b\[[0-9;]*m//g' "$build/clang-tidy.log" | grep -E '(warning|error):' | sort -u
  echo "check-tidy: clang-tidy found the problems above (full log: $build/clang-tidy.log)"
  exit 1
fi
