#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Checks that every C++ file in the repository is formatted as .clang-format says, without
# changing anything: prints the files that differ (and how to fix them) and fails if there are any.
# Registered as the `format` test (tests/CMakeLists.txt); run `scripts/check-format.sh --fix` to
# rewrite the files instead.
set -euo pipefail
cd "$(dirname "$0")/.."

clang_format=${CLANG_FORMAT:-}
if [[ -z "$clang_format" ]]; then
  for candidate in clang-format clang-format-14; do
    if command -v "$candidate" > /dev/null; then clang_format=$candidate; break; fi
  done
fi
if [[ -z "$clang_format" ]]; then
  echo "check-format: clang-format is not installed (scripts/setup.sh installs it)" >&2
  exit 1
fi

if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
  mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
  mapfile -t files < <(find app core ui tests -name '*.cpp' -o -name '*.h' | sort)
fi

if [[ "${1:-}" == "--fix" ]]; then
  printf '%s\0' "${files[@]}" | xargs -0 -P2 -n 16 "$clang_format" -i
  exit 0
fi

differ=()
for f in "${files[@]}"; do
  "$clang_format" --dry-run -Werror "$f" > /dev/null 2>&1 || differ+=("$f")
done

if [[ ${#differ[@]} -gt 0 ]]; then
  echo "check-format: ${#differ[@]} of ${#files[@]} files differ from .clang-format:"
  printf '  %s\n' "${differ[@]}"
  echo "run: scripts/check-format.sh --fix (or $clang_format -i FILE)"
  exit 1
fi
echo "check-format: ${#files[@]} files match .clang-format"
