#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Puts an SPDX-License-Identifier line at the top of every source file of vmviz, in the comment
# syntax of its kind (after a #! line or an <?xml?> declaration). Idempotent: a file that has the
# line already is left alone. With --check, changes nothing, lists the files without the line and
# fails if there are any (the `spdx` test).
#
# Source files (what is written by hand and built, installed or run):
#   C++ (*.cpp, *.h)                               // SPDX-License-Identifier: GPL-2.0-only
#   CMake (CMakeLists.txt, *.cmake), shell (*.sh, .ci/run, the bash completion), the .desktop file
#                                                  # SPDX-License-Identifier: GPL-2.0-only
#   man pages (*.1)                                .\" SPDX-License-Identifier: GPL-2.0-only
#   XML: Qt resource lists (*.qrc), MIME types, the icon (*.svg)
#                                                  <!-- SPDX-License-Identifier: GPL-2.0-only -->
#   the AppStream metainfo                         <!-- SPDX-License-Identifier: FSFAP --> (its
#                                                  metadata licence, as AppStream asks)
# Not source files, and why:
#   tests/golden/, tests/data/, tests/fuzz/corpus/  expected outputs and inputs, compared byte for byte
#   resources/scenarios/*.vmviz                    the scenario catalogue is content the window shows
#                                                  and narrates by line number ("line 7: buf = vmalloc
#                                                  100"); tests/golden keeps byte copies of the lessons
#   resources/seed/*.c                             a verbatim quotation of Linux 2.6.36 shown as the
#                                                  walkthrough prints it (GPL-2.0-only, said in its
#                                                  own header and in packaging/copyright)
#   *.md, *.png, *.json, *.txt, LICENSE, packaging/copyright, .gitignore, .clang-format,
#   .clang-tidy, CMakePresets.json                 documentation, images, data and tool settings
# The whole tree is GPL-2.0-only either way: LICENSE, and packaging/copyright (DEP-5) for the
# files that carry no line.
set -euo pipefail
cd "$(dirname "$0")/.."

# Everything runs from main, read whole before it starts: the script edits itself too, and bash
# reads a script as it goes.
main() {
  check=false
  [[ ${1:-} == --check ]] && check=true

  if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    mapfile -t all < <(git ls-files --cached --others --exclude-standard)
  else
    mapfile -t all < <(find . -path ./build -prune -o -type f -print | sed 's|^\./||' | sort)
  fi

  # Sets `line` to the line FILE needs, or to nothing when FILE is not a source file. (Plain
  # variables, no $(…): a fork per file made the check slow.)
  spdx_line() {
    local f=$1 id=GPL-2.0-only
    line=
    case $f in
    tests/golden/* | tests/data/* | tests/fuzz/corpus/* | build/*) return ;;
    esac
    case $f in
    *.metainfo.xml) line="<!-- SPDX-License-Identifier: FSFAP -->" ;;
    *.cpp | *.h) line="// SPDX-License-Identifier: $id" ;;
    CMakeLists.txt | */CMakeLists.txt | *.cmake | *.sh | .ci/run | *.bash | *.desktop)
      line="# SPDX-License-Identifier: $id" ;;
    *.1) line=".\\\" SPDX-License-Identifier: $id" ;;
    *.qrc | *.xml | *.svg) line="<!-- SPDX-License-Identifier: $id -->" ;;
    esac
  }

  missing=()
  changed=0
  for f in "${all[@]}"; do
    spdx_line "$f"
    [[ -n $line && -f $f ]] || continue
    # A #! line or an <?xml ...?> declaration stays above the SPDX line.
    first= second=
    { IFS= read -r first || true; IFS= read -r second || true; } < "$f"
    above=0 present=$first
    case $first in
    '#!'* | '<?xml'*) above=1 present=$second ;;
    esac
    [[ $present == "$line" ]] && continue
    if $check; then
      missing+=("$f")
      continue
    fi
    # A new file renamed over the old one: a build or clang-tidy reading it meanwhile sees the
    # old or the new text, never a truncated one. The mode is kept (scripts stay executable).
    tmp="$f.spdx-tmp"
    { head -n "$above" "$f"; printf '%s\n' "$line"; tail -n "+$((above + 1))" "$f"; } > "$tmp"
    chmod --reference="$f" "$tmp"
    mv -f "$tmp" "$f"
    changed=$((changed + 1))
  done

  if $check; then
    if [[ ${#missing[@]} -gt 0 ]]; then
      echo "spdx: ${#missing[@]} source files lack their SPDX-License-Identifier line (run scripts/add-spdx.sh):"
      printf '  %s\n' "${missing[@]}"
      exit 1
    fi
    exit 0
  fi
  echo "spdx: added the line to $changed files"
}
main "$@"; exit $?
