#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Regenerates the classroom screenshot set in docs/screenshots/ (listed in
# docs/screenshots/README.md) with the app's own options: four moments of a lecture, each at
# 1280x720 and 1920x1080, in the Lecture layout at normal size and in presentation mode.
#   scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]   (defaults: build/dev, docs/screenshots)
# Needs a built vmviz; draws offscreen, so no display is needed.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build/dev}
out=${2:-docs/screenshots}
vmviz="$build/app/vmviz"
if [[ ! -x "$vmviz" ]]; then
  echo "screenshots: $vmviz is not built (cmake --build --preset dev --target vmviz)" >&2
  exit 1
fi
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen

# name, scenario, step: the steps come from `vmviz-cli trace SCENARIO`.
moments=(
  "pte-write seed-walkthrough 112"                   # PTE[0] = 0x8000000007803163 (P RW A D G NX)
  "buddy-split seed-walkthrough 11"                  # expand: split off the upper half onto free_area[9]
  "area-pages recursion-513-pages 1650"              # area->pages[200] = page of pfn 0x78d0
  "failed-alloc-page lesson-08-failed-allocation 95" # alloc_page returns NULL
)
sizes=(1280x720 1920x1080)

for moment in "${moments[@]}"; do
  read -r name scenario step <<< "$moment"
  for size in "${sizes[@]}"; do
    for mode in normal presentation; do
      file="$out/$name-$size-$mode.png"
      args=(--scenario "$scenario" --at "$step" --size "$size" --screenshot "$file")
      # Both in the Lecture layout: the normal one at the text size of a desk, the other enlarged.
      if [[ $mode == presentation ]]; then args+=(--presentation); else args+=(--layout lecture); fi
      "$vmviz" "${args[@]}" 2> /dev/null
      echo "$file"
    done
  done
done
