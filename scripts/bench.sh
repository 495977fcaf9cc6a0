#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Builds the release preset and runs the full benchmark set (tests/bench/), then prints the
# figures of docs/performance.md as a table: figure, measured, goal, met?
#
#   scripts/bench.sh                      build, run everything, print the table
#   scripts/bench.sh --benchmark_filter=Seek   extra arguments go to vmviz_bench
#   scripts/bench.sh --table FILE.json    only print the table of an earlier run
#
# Every timing figure is a ratio to a baseline measured in the same run (see the benchmark
# sources), because the machines we run on are shared and noisy. The full run needs about 4 GiB of
# RAM (a 10 M-step trace, a 64 GiB model machine) and a few minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

out=build/release/bench.json
if [[ "${1:-}" == "--table" ]]; then
  out=$2
else
  jobs=${JOBS:-2}
  cmake --preset release -DVMVIZ_BUILD_GUI=OFF > /dev/null
  cmake --build build/release -j "$jobs" --target vmviz_bench
  unset VMVIZ_BENCH_SMOKE
  ./build/release/tests/vmviz_bench --benchmark_out="$out" --benchmark_out_format=json "$@"
  echo
fi

python3 - "$out" <<'PY'
import json, sys

with open(sys.argv[1]) as f:
    data = json.load(f)
runs = {}
for b in data["benchmarks"]:
    if b.get("run_type", "iteration") != "iteration" or b.get("error_occurred"):
        continue
    # "BM_Seek_Random/iterations:60/manual_time" -> "BM_Seek_Random"; keep numeric args ("/1000").
    parts = [p for p in b["name"].split("/") if ":" not in p and p != "manual_time"]
    runs["/".join(parts)] = b

def get(name, counter=None):
    b = runs.get(name)
    if b is None:
        return None
    return b if counter is None else b.get(counter)

rows = []
def row(figure, value, fmt, goal, ok, detail=""):
    if value is None:
        rows.append((figure, "not run", goal, "-", detail))
        return
    met = "-" if ok is None else ("yes" if ok(value) else "NO")
    rows.append((figure, fmt.format(value), goal, met, detail))

pm = "BM_PageMapping_Vmalloc64MiB"
row("1. engine / floor page-mapping throughput (vmalloc 64 MiB, 1 GiB, recording off)",
    get(pm, "engine_vs_floor"), "{:.3f}", ">= 0.25", lambda v: v >= 0.25,
    "" if get(pm) is None else "engine {:.1f} ns/page, floor {:.2f} ns/page".format(
        get(pm, "off_ns_per_page"), get(pm, "floor_ns_per_page")))
row("2. recording on / off (same vmalloc 64 MiB)",
    get(pm, "recording_overhead"), "{:.2f}x", "<= 3x", lambda v: v <= 3,
    "" if get(pm) is None else "on {:.1f} ns/page; {:.2f} steps, {:.1f} deltas per page".format(
        get(pm, "on_ns_per_page"), get(pm, "steps_per_page"), get(pm, "deltas_per_page")))

tm = "BM_TraceMemory_PerStep"
row("3. memory per recorded step (~1 M-step trace)",
    get(tm, "bytes_per_step"), "{:.1f} B", "<= 48 B", lambda v: v <= 48,
    "" if get(tm) is None else
    "{:.0f} steps; {:.2f} deltas/step; steps {:.1f} + deltas {:.1f} + checkpoints {:.1f} + other {:.2f} B/step; "
    "by size() {:.1f} B; model columns grew {:.1f} B/step".format(
        get(tm, "steps"), get(tm, "deltas_per_step"), get(tm, "step_bytes_per_step"),
        get(tm, "delta_bytes_per_step"), get(tm, "checkpoint_bytes_per_step") or 0, get(tm, "other_bytes_per_step"),
        get(tm, "used_bytes_per_step"),
        get(tm, "column_growth_bytes_per_step")))

sk = "BM_Seek_Random"
detail = "" if get(sk) is None else "{:.0f} steps, {:.0f} deltas, {:.0f} seeks; {:.1f} ns/delta; {:.2f}x the floor replay; {:.0f} checkpoints ({:.1f} MiB, built in {:.0f} ms), {:.0f} restores".format(
    get(sk, "steps"), get(sk, "deltas"), get(sk, "seeks"), get(sk, "ns_per_delta"), get(sk, "seek_vs_floor"),
    get(sk, "checkpoints") or 0, get(sk, "checkpoint_mib") or 0, get(sk, "checkpoint_build_ms") or 0, get(sk, "restores") or 0)
row("4a. random seek in a 10 M-step trace, median", get(sk, "median_ms"), "{:.1f} ms", "<= 100 ms",
    lambda v: v <= 100, detail)
row("4b. random seek in a 10 M-step trace, max", get(sk, "max_ms"), "{:.1f} ms", "<= 100 ms", lambda v: v <= 100)
fs = "BM_Seek_FullSweep"
row("4c. whole-trace seek (end->0, 0->end), worst case", None if get(fs) is None else
    max(get(fs, "back_ms"), get(fs, "forward_ms")), "{:.1f} ms", "<= 100 ms", lambda v: v <= 100,
    "" if get(fs) is None else "back {:.1f} ms, forward {:.1f} ms, floor {:.1f} ms ({:.1f}x)".format(
        get(fs, "back_ms"), get(fs, "forward_ms"), get(fs, "floor_ms"), get(fs, "sweep_vs_floor")))

sc = "BM_EngineVmallocVfree_Scaling"
# "~log n": within 2x of the log2 ratio (linear growth would be 10x and 100x).
if get(sc) is not None:
    row("5a. engine vmalloc+vfree, cost 10k live / 1k live", get(sc, "ratio_10k"), "{:.2f}x",
        "~log: <= 2 x {:.2f}".format(get(sc, "log_ratio_10k")), lambda v: v <= 2 * get(sc, "log_ratio_10k"),
        "{:.2f} / {:.2f} us per pair".format(get(sc, "ns_per_pair_10k") / 1e3, get(sc, "ns_per_pair_1k") / 1e3))
    row("5b. engine vmalloc+vfree, cost 100k live / 1k live", get(sc, "ratio_100k"), "{:.2f}x",
        "~log: <= 2 x {:.2f}".format(get(sc, "log_ratio_100k")), lambda v: v <= 2 * get(sc, "log_ratio_100k"),
        "{:.2f} / {:.2f} us per pair".format(get(sc, "ns_per_pair_100k") / 1e3, get(sc, "ns_per_pair_1k") / 1e3))
else:
    row("5. engine vmalloc+vfree scaling", None, "", "~log n", lambda v: True)
ix = {n: get("BM_VmapAreaIndex_FirstFitInsertErase/" + str(n)) for n in (1000, 10000, 100000)}
wk = {n: get("BM_KernelLinearWalk_FirstFitInsertErase/" + str(n)) for n in (1000, 10000)}
if ix[1000] and ix[100000]:
    row("5c. index first fit+insert+erase, 100k / 1k", ix[100000]["cpu_time"] / ix[1000]["cpu_time"], "{:.2f}x",
        "~log: <= 2 x 1.67", lambda v: v <= 2 * 5 / 3,
        "{:.0f} / {:.0f} ns (the kernel's linear walk: 10k / 1k = {})".format(
            ix[100000]["cpu_time"], ix[1000]["cpu_time"],
            "{:.1f}x".format(wk[10000]["cpu_time"] / wk[1000]["cpu_time"]) if wk[1000] and wk[10000] else "not run"))

ms = "BM_MachineSize_Boot64GiB_Vmalloc1GiB"
row("6a. 64 GiB machine: model state per frame after vmalloc 1 GiB", get(ms, "bytes_per_frame"), "{:.2f} B",
    "<= 16 B", lambda v: v <= 16,
    "" if get(ms) is None else "{:.2f} B at boot; frame.* columns {:.2f} B".format(
        get(ms, "bytes_per_frame_boot"), get(ms, "frame_columns_per_frame")))
row("6b. 64 GiB machine: boot", get(ms, "boot_ms"), "{:.0f} ms", "(no goal)", None,
    "" if get(ms) is None else "{:.1f}x the boot floor ({:.0f} ms)".format(get(ms, "boot_vs_floor"), get(ms, "boot_floor_ms")))
row("6c. 64 GiB machine: vmalloc 1 GiB, recording off", get(ms, "vmalloc_ms"), "{:.0f} ms", "(no goal)", None,
    "" if get(ms) is None else "engine/floor throughput {:.3f} (floor {:.1f} ms)".format(
        get(ms, "engine_vs_floor"), get(ms, "map_floor_ms")))

ctx = data.get("context", {})
print("host: {} CPUs at {} MHz, {}; library build: {}".format(
    ctx.get("num_cpus"), ctx.get("mhz_per_cpu"), ctx.get("date"), ctx.get("library_build_type")))
w = [max(len(r[i]) for r in rows + [("figure", "measured", "goal", "met?")]) for i in range(4)]
fmt = "| {:<%d} | {:>%d} | {:<%d} | {:<%d} |" % tuple(w)
print(fmt.format("figure", "measured", "goal", "met?"))
print("|" + "|".join("-" * (x + 2) for x in w) + "|")
for r in rows:
    print(fmt.format(*r[:4]))
print()
for r in rows:
    if r[4]:
        print("{}: {}".format(r[0].split(" ")[0], r[4]))
PY
