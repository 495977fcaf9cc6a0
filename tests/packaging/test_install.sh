#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# `cmake --install` into a temporary prefix, then the installed tree checked file by file: every
# file a desktop needs is there (and nothing else), the desktop entry, the AppStream metadata and
# the MIME types validate, the installed programs run from PATH, the man pages name every command,
# option and view the programs' own help lists, and the bash completion offers them.
# usage: test_install.sh BUILD_DIR
set -uo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

id=io.github.vmviz.Vmviz
"${CMAKE:-cmake}" --install "$build" --prefix "$prefix" > "$work/install.log" || { cat "$work/install.log"; exit 1; }

# --- the tree, file by file: PATH [MODE], MODE x = executable ------------------------------------
expected=(
  "bin/vmviz x"
  "bin/vmviz-cli x"
  "share/applications/$id.desktop"
  "share/metainfo/$id.metainfo.xml"
  "share/mime/packages/$id.xml"
  "share/icons/hicolor/scalable/apps/$id.svg"
  "share/man/man1/vmviz.1.gz"
  "share/man/man1/vmviz-cli.1.gz"
  "share/bash-completion/completions/vmviz-cli"
  "share/doc/vmviz/copyright"
  "share/doc/vmviz/README.md"
)
for size in 16 32 48 64 128 256; do
  expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for entry in "${expected[@]}"; do
  read -r path mode <<< "$entry"
  if [[ ! -f $prefix/$path ]]; then fail "not installed: $path"; continue; fi
  [[ $mode != x || -x $prefix/$path ]] || fail "not executable: $path"
done
# Nothing else, apart from the documentation (docs/*.md). (No `… | grep -q` anywhere here: grep
# stops reading at the first match, and under pipefail the writer's SIGPIPE would fail the check.)
expected_paths=$(printf '%s\n' "${expected[@]}" | cut -d' ' -f1)
while IFS= read -r path; do
  path=${path#"$prefix"/}
  [[ $path == share/doc/vmviz/*.md ]] && continue
  grep -qxF "$path" <<< "$expected_paths" || fail "installed but not expected: $path"
done < <(find "$prefix" -type f)

# Each PNG is a PNG of its size.
for size in 16 32 48 64 128 256; do
  png=$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png
  [[ -f $png ]] && { [[ $(file -b "$png") == "PNG image data, $size x $size,"* ]] || fail "$png: $(file -b "$png")"; }
done

# --- validators --------------------------------------------------------------------------------
desktop=$prefix/share/applications/$id.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
appstreamcli validate --no-net --no-color "$prefix/share/metainfo/$id.metainfo.xml" > "$work/as.log" 2>&1 ||
  { cat "$work/as.log"; fail "appstreamcli validate --no-net"; }
# The online places come from the build's VMVIZ_HOMEPAGE / VMVIZ_SCREENSHOT_URL, none left as a
# placeholder, in the metainfo and the copyright file.
metainfo=$prefix/share/metainfo/$id.metainfo.xml
for file in "$metainfo" "$prefix/share/doc/vmviz/copyright"; do
  ! grep -n '@[A-Z_]*@' "$file" || fail "$file keeps a configure placeholder"
done
if [[ -n ${VMVIZ_HOMEPAGE:-} ]]; then
  grep -qF "<url type=\"homepage\">$VMVIZ_HOMEPAGE</url>" "$metainfo" || fail "the metainfo's homepage is not $VMVIZ_HOMEPAGE"
  grep -qxF "Source: $VMVIZ_HOMEPAGE" "$prefix/share/doc/vmviz/copyright" || fail "the copyright's Source is not $VMVIZ_HOMEPAGE"
  shots=$(grep -c "<image type=\"source\"[^>]*>$VMVIZ_SCREENSHOT_URL/[a-z0-9-]*\.png</image>" "$metainfo")
  [[ $shots -ge 3 ]] || fail "only $shots metainfo screenshots under $VMVIZ_SCREENSHOT_URL"
fi
# update-mime-database compiles the XML (and refuses a broken one); the globs then name both types.
cp -r "$prefix/share/mime" "$work/mime"
update-mime-database "$work/mime" > /dev/null 2>&1 || fail "update-mime-database rejects $id.xml"
for glob in "text/x-vmviz-scenario:\*.vmviz" "application/x-vmviz-session:\*.vmvizsession"; do
  grep -q ":${glob}\$" "$work/mime/globs2" 2> /dev/null || fail "no MIME glob $glob"
done
# The desktop entry, the metainfo and the MIME types name each other.
grep -qx "Icon=$id" "$desktop" || fail "Icon= is not $id"
grep -qx "Exec=vmviz %f" "$desktop" || fail "Exec= does not start vmviz on the file"
for type in text/x-vmviz-scenario application/x-vmviz-session; do
  grep -q "^MimeType=.*$type;" "$desktop" || fail "MimeType= lacks $type"
  grep -q "<mediatype>$type</mediatype>" "$prefix/share/metainfo/$id.metainfo.xml" || fail "metainfo lacks $type"
done
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$prefix/share/metainfo/$id.metainfo.xml" ||
  fail "metainfo launchable is not $id.desktop"

# --- the installed programs, found on PATH as a user's shell finds them; vmviz FILE ------------
export PATH="$prefix/bin:$PATH"
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen
version=$(sed -n 's/^project(vmviz VERSION \([0-9.]*\).*/\1/p' "$(dirname "$0")/../../CMakeLists.txt")
[[ $(vmviz-cli --version) == "vmviz-cli $version" ]] || fail "vmviz-cli --version: $(vmviz-cli --version 2>&1)"
[[ $(vmviz --version 2> /dev/null) == "vmviz $version" ]] || fail "vmviz --version: $(vmviz --version 2>&1)"
# render hands over to the GUI beside vmviz-cli, though argv[0] is a bare "vmviz-cli".
(cd "$work" && vmviz-cli render seed --view pagewalk --at 112 -o walk.png 2> render.log) ||
  { cat "$work/render.log"; fail "installed vmviz-cli render cannot start the installed vmviz"; }
[[ -s $work/walk.png ]] || fail "installed render wrote no PNG"
# `vmviz FILE`, as the desktop entry runs it: a scenario, a session (read as one: a broken session
# fails), never two files. FILE -> the exit status expected.
printf 'buf = vmalloc 100\nvfree buf\n' > "$work/two.vmviz"
vmviz-cli session "$work/two.vmviz" --at 3 -o "$work/two.vmvizsession" || fail "vmviz-cli session"
echo '{"format": "vmviz-session", "version": 1}' > "$work/broken.vmvizsession"
for entry in "two.vmviz 0" "two.vmvizsession 0" "broken.vmvizsession 2" "two.vmviz two.vmvizsession 2"; do
  read -r -a args <<< "${entry% *}"
  (cd "$work" && vmviz "${args[@]}" --screenshot open.png > /dev/null 2>&1)
  status=$?
  [[ $status == "${entry##* }" ]] || fail "vmviz ${args[*]} exits $status, not ${entry##* }"
done

# --- the man pages against the help ------------------------------------------------------------
# The pages are gzipped as Debian policy wants (gzip -9n: no name, no timestamp, so the package is
# reproducible). The roff with escapes undone: \- is -, font switches go, requests keep their words.
for page in vmviz.1 vmviz-cli.1; do
  [[ $(file -b "$prefix/share/man/man1/$page.gz") == "gzip compressed data, max compression"* ]] ||
    fail "$page.gz: $(file -b "$prefix/share/man/man1/$page.gz")"
  gzip -dc "$prefix/share/man/man1/$page.gz" > "$work/$page"
done
plain() { sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\&//g' "$1"; }
plain "$work/vmviz-cli.1" > "$work/cli.man"
plain "$work/vmviz.1" > "$work/gui.man"
if command -v groff > /dev/null; then
  for page in vmviz.1 vmviz-cli.1; do
    warnings=$(groff -man -Tutf8 -ww -z "$work/$page" 2>&1)
    [[ -z $warnings ]] || fail "groff warns on $page: $warnings"
  done
fi
vmviz-cli help > "$work/cli.help"
QT_QPA_PLATFORM=offscreen vmviz --help > "$work/gui.help" 2> /dev/null
# Commands: the indented first words of the commands section. A command is the word that opens a
# tag line of the man page (".TP" then "trace SCENARIO …" or ".B list").
mapfile -t commands < <(sed -n '/^commands:/,/^$/p' "$work/cli.help" | sed -n 's/^  \([a-z]\+\)\( .*\)\?$/\1/p' | sort -u)
[[ ${#commands[@]} -ge 10 ]] || fail "found only ${#commands[@]} commands in vmviz-cli help"
for c in "${commands[@]}"; do
  grep -Eq "^(\.B )?$c( |$)" "$work/cli.man" || fail "vmviz-cli.1 has no entry for the command $c"
done
# Options: every -o / --word the help text names.
mapfile -t cli_options < <(grep -oE '(^|[ [(|])(--[a-z][a-z-]*|-o)\b' "$work/cli.help" | sed 's/^[ [(|]//' | sort -u)
mapfile -t gui_options < <(grep -oE '^ +(-[a-z?], )?--[a-z][a-z-]*' "$work/gui.help" | grep -oE -- '-[a-z?]$|--[a-z][a-z-]*' | sort -u)
mapfile -t gui_short < <(grep -oE '^ +-[a-z?],' "$work/gui.help" | tr -d ' ,' | sort -u)
[[ ${#cli_options[@]} -ge 15 && ${#gui_options[@]} -ge 20 ]] || fail "too few options parsed from the help"
for o in "${cli_options[@]}"; do
  grep -Eq -- "(^|[^a-z-])$o([^a-z-]|$)" "$work/cli.man" || fail "vmviz-cli.1 does not mention $o"
done
for o in "${gui_options[@]}" "${gui_short[@]}"; do
  grep -Eq -- "(^|[^a-z-])$o([^a-z-]|$)" "$work/gui.man" || fail "vmviz.1 does not mention $o"
done
# Views: the last line of `vmviz-cli help`; both pages list them (render --view, --panel).
IFS=', ' read -r -a views <<< "$(tail -n 1 "$work/cli.help")"
[[ ${#views[@]} -ge 10 ]] || fail "found only ${#views[@]} views in vmviz-cli help"
for v in "${views[@]}"; do
  [[ -z $v ]] && continue
  grep -Eq "^\.BR? $v( |$)" "$work/cli.man" || fail "vmviz-cli.1 does not list the view $v"
  grep -Eq "^\.BR? $v( |$)" "$work/gui.man" || fail "vmviz.1 does not list the panel $v"
done

# --- bash completion: WORDS... -> a word it must offer -----------------------------------------
source "$prefix/share/bash-completion/completions/vmviz-cli"
complete -p vmviz-cli > /dev/null || fail "the completion does not register for vmviz-cli"
cases=(
  "|trace"
  "|compare"
  "|version"
  "snapshot seed --format |ptdump"
  "snapshot seed --format |buddyinfo"
  "trace seed --format |explain"
  "diff seed --format |json"
  "render seed --view |pagewalk"
  "render seed --view |window"
  "trace |seed-walkthrough"
  "trace |lesson-13-what-changed-in-6-18"
  "quiz seed --|--answers"
  "trace seed --level |overview"
  "compare seed --kernels |2.6.36,6.18"
)
for c in "${commands[@]}"; do cases+=("|$c"); done
for v in "${views[@]}"; do [[ -n $v ]] && cases+=("render seed --view |$v"); done
while read -r name _; do cases+=("trace |$name"); done < <(vmviz-cli list)
for entry in "${cases[@]}"; do
  words=${entry%%|*}
  want=${entry#*|}
  read -r -a COMP_WORDS <<< "vmviz-cli $words"
  [[ $words == *" " || -z $words ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _vmviz_cli
  grep -qxF -- "$want" <<< "$(printf '%s\n' "${COMPREPLY[@]}")" || fail "completing 'vmviz-cli $words' does not offer $want"
done

if ((failures > 0)); then
  echo "$failures failure(s)"
  exit 1
fi
echo "installed tree: ${#expected[@]} files, ${#commands[@]} commands, $((${#cli_options[@]} + ${#gui_options[@]})) options, ${#views[@]} views, ${#cases[@]} completions checked"
