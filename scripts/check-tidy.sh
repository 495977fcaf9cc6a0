#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Runs clang-tidy over the engine (core/*.cpp, and through them core's headers) with the checks of
# core/.clang-tidy, two files at a time; fails on any warning. Registered as the `clang_tidy` test.
#
#   scripts/check-tidy.sh [BUILD_DIR]     BUILD_DIR holds compile_commands.json (default build/dev)
#
# A full run costs about 2 to 3 CPU-minutes (each file is parsed again, nlohmann/json above all),
# so files already found clean, unchanged since, are skipped (see the cache below). Set
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

tidy=clang-tidy
command -v "$tidy" > /dev/null || tidy=clang-tidy-14

# A clean result is remembered per file, keyed by the file, every core header, the config, the
# compile flags and the clang-tidy version: a run after editing one .cpp checks that file only; a
# header or flag change checks everything again.
cache="$build/clang-tidy.clean"
common=$({ cat core/.clang-tidy; "$tidy" --version; find core -name '*.h' | sort | xargs cat;
           cat "$build/compile_commands.json"; } | sha1sum | cut -d' ' -f1)
mapfile -t everything < <(find core -name '*.cpp' | sort)
mapfile -t files < <(printf '%s\n' "${everything[@]}" | grep -E "^core/${VMVIZ_TIDY_FILES:-}" || true)
declare -A keyOf
for f in "${everything[@]}"; do keyOf[$f]=$({ echo "$common"; cat "$f"; } | sha1sum | cut -d' ' -f1); done
todo=()
for f in "${files[@]}"; do
  grep -qxF "$f ${keyOf[$f]}" "$cache" 2> /dev/null || todo+=("$f")
done
if [[ ${#todo[@]} -eq 0 ]]; then
  echo "check-tidy: core is clean (${#files[@]} files unchanged since their last clean run)"
  exit 0
fi

regexes=()
for f in "${todo[@]}"; do regexes+=("^$(printf '%s' "$root/$f" | sed 's/[.+]/\\&/g')\$"); done
start=$SECONDS
if "$runner" -p "$build" -j "${JOBS:-2}" -quiet "${regexes[@]}" > "$build/clang-tidy.log" 2>&1; then
  for f in "${everything[@]}"; do echo "$f ${keyOf[$f]}"; done |
    grep -xF -f <({ cat "$cache" 2> /dev/null; for f in "${todo[@]}"; do echo "$f ${keyOf[$f]}"; done; }) > "$cache.new" || true
  mv "$cache.new" "$cache"
  echo "check-tidy: core is clean (${#todo[@]} of ${#files[@]} files checked in $((SECONDS - start)) s; log: $build/clang-tidy.log)"
else
  # The findings, without clang-tidy's "N warnings generated" chatter.
  sed 's/\x1b\[[0-9;]*m//g' "$build/clang-tidy.log" | grep -E '(warning|error):' | sort -u
  echo "check-tidy: clang-tidy found the problems above (full log: $build/clang-tidy.log)"
  exit 1
fi
