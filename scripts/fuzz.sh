#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# libFuzzer targets of tests/fuzz (docs/reliability.md). Needs clang++ with libFuzzer
# (Debian: clang, libclang-rt-14-dev).
#
#   scripts/fuzz.sh build                  configure and build into build/fuzz
#   scripts/fuzz.sh smoke [SECONDS]        build, then run every target SECONDS (default 5) each
#   scripts/fuzz.sh run TARGET SECONDS     build, then fuzz one target (scenario_parser, scenario_run,
#                                          snapshot_load, session_load, vmallocinfo_import)
#
# Runs start from the seed corpus in tests/fuzz/corpus/TARGET (read only) and keep what they find
# in build/fuzz/corpus/TARGET; crashes land in build/fuzz/artifacts/TARGET/. Exit status is
# libFuzzer's: non-zero when a target crashed, leaked or timed out.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${VMVIZ_FUZZ_BUILD_DIR:-$root/build/fuzz}"
cxx="${VMVIZ_FUZZ_CXX:-$(command -v clang++ || command -v clang++-14 || true)}"
targets=(scenario_parser scenario_run snapshot_load session_load vmallocinfo_import)

die() { echo "fuzz.sh: $*" >&2; exit 2; }

build() {
  [ -n "$cxx" ] || die "no clang++ found (set VMVIZ_FUZZ_CXX)"
  if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root/tests/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Debug \
      > "$build.configure.log" 2>&1 || { cat "$build.configure.log" >&2; die "configure failed"; }
  fi
  cmake --build "$build" -j "${VMVIZ_FUZZ_JOBS:-2}" >&2
}

run() {
  local target="$1" seconds="$2"
  local bin="$build/fuzz_$target"
  [ -x "$bin" ] || die "unknown target '$target' (${targets[*]})"
  mkdir -p "$build/corpus/$target" "$build/artifacts/$target"
  # -timeout: one input may take at most 10 s; -rss_limit_mb keeps a hostile input from eating RAM.
  # A snapshot of even the smallest machine is tens of KB (its frame columns), so the loader gets
  # longer inputs than the scenario targets.
  local max_len=4096
  [ "$target" = snapshot_load ] && max_len=131072
  ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}" \
    "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$target/" "$build/corpus/$target" "$root/tests/fuzz/corpus/$target"
}

case "${1:-}" in
  build) build ;;
  smoke)
    build
    for t in "${targets[@]}"; do
      echo "== fuzz smoke: $t (${2:-5} s)"
      run "$t" "${2:-5}"
    done ;;
  run)
    [ $# -eq 3 ] || die "usage: fuzz.sh run TARGET SECONDS"
    build
    run "$2" "$3" ;;
  *) die "usage: fuzz.sh build | smoke [SECONDS] | run TARGET SECONDS" ;;
esac
