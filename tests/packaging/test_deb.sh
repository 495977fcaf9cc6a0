#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# `cpack -G DEB` on this build, then the package checked: its contents (`dpkg -c`) hold both
# programs and every file of the desktop integration, and its Depends name the Qt 6 runtime
# libraries the binaries link (dpkg-shlibdeps reads them from the binaries).
# Translations are not checked here: they are embedded in the vmviz binary as Qt resources, so
# the package carries no .qm file of its own.
# usage: test_deb.sh BUILD_DIR
set -uo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

"${CPACK:-cpack}" --config "$build/CPackConfig.cmake" -G DEB -B "$work" > "$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; exit 1; }
debs=("$work"/vmviz_*.deb)
[[ -f ${debs[0]} && ${#debs[@]} -eq 1 ]] || { ls "$work"; echo "FAIL: no single vmviz_*.deb"; exit 1; }
deb=${debs[0]}
dpkg -c "$deb" > "$work/listing"
awk '{print $NF}' "$work/listing" | sed 's|^\./|/|' > "$work/contents"

id=io.github.vmviz.Vmviz
expected=(
  /usr/bin/vmviz
  /usr/bin/vmviz-cli
  /usr/share/applications/$id.desktop
  /usr/share/icons/hicolor/scalable/apps/$id.svg
  /usr/share/icons/hicolor/48x48/apps/$id.png
  /usr/share/icons/hicolor/256x256/apps/$id.png
  /usr/share/metainfo/$id.metainfo.xml
  /usr/share/mime/packages/$id.xml
  /usr/share/man/man1/vmviz.1.gz
  /usr/share/man/man1/vmviz-cli.1.gz
  /usr/share/bash-completion/completions/vmviz-cli
  /usr/share/doc/vmviz/copyright
)
for path in "${expected[@]}"; do
  grep -qxF "$path" "$work/contents" || fail "the package lacks $path"
done
# Both programs are executable in the package.
for program in vmviz vmviz-cli; do
  grep -qE "^-rwxr-xr-x .* \./usr/bin/$program\$" "$work/listing" || fail "/usr/bin/$program is not 0755"
done

# The control fields: the name, and a Depends on each Qt 6 runtime library the GUI links.
[[ $(dpkg-deb -f "$deb" Package) == vmviz ]] || fail "Package: $(dpkg-deb -f "$deb" Package)"
depends=$(dpkg-deb -f "$deb" Depends)
# The package names alone, one a line ("libqt6gui6 (>= 6.1.2)" gives libqt6gui6).
depends_names=$(tr ',' '\n' <<< "$depends" | awk '{print $1}')
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libstdc++6 libc6; do
  grep -qxF "$lib" <<< "$depends_names" || fail "Depends lacks $lib: $depends"
done
[[ -n $(dpkg-deb -f "$deb" Description) ]] || fail "no Description"

if ((failures > 0)); then
  echo "$failures failure(s)"
  exit 1
fi
echo "$(basename "$deb"): ${#expected[@]} files and 6 dependencies checked; Depends: $depends"
