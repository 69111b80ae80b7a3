#!/usr/bin/env bash
# Put Clipper in this user's applications menu and make it open .clipbundle
# files: installs the desktop entry, the icons, the AppStream metainfo and the
# MIME type into ~/.local/share (or $XDG_DATA_HOME, or --prefix), then
# refreshes the desktop, MIME and icon caches when their tools are present.
#
# It works for each way Clipper is installed, and finds the files itself:
#   - the standalone folder (this script sits beside clipper-gui there);
#   - a pip install: the clipper-gui found on PATH, and the resources of the
#     Python behind it;
#   - a source checkout (packaging/ beside resources/), with --exec.
#
# Usage: install-desktop.sh [--exec PATH] [--prefix DIR] [--no-default] [--uninstall]
set -euo pipefail

APP_ID=io.github.clipper.Clipper
MIME_TYPE=application/x-clipbundle
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

usage() {
  sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  cat <<EOF

Options:
  --exec PATH    the clipper-gui program the menu entry starts
                 (default: the one beside this script, else clipper-gui on PATH)
  --prefix DIR   the data folder to install into
                 (default: \${XDG_DATA_HOME:-\$HOME/.local/share})
  --no-default   do not make Clipper the default program for .clipbundle files
  --uninstall    remove what an earlier run installed
EOF
}

exec_path=""
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
set_default=1
uninstall=0
while (($#)); do
  case "$1" in
    --exec) exec_path=${2:?--exec needs a path}; shift 2 ;;
    --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
    --no-default) set_default=0; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install-desktop.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

die() { echo "install-desktop.sh: $*" >&2; exit 1; }

# The program and the folder holding Clipper's resources (desktop/, icons/).
find_resources() {
  if [[ -z $exec_path && -x $here/clipper-gui && -d $here/_internal/clipper/resources ]]; then
    exec_path=$here/clipper-gui
    resources=$here/_internal/clipper/resources
    return
  fi
  if [[ -z $exec_path ]]; then
    exec_path=$(command -v clipper-gui) \
      || die "no clipper-gui on PATH: install Clipper first, or give --exec PATH"
  fi
  [[ -x $exec_path ]] || die "$exec_path is not an executable program"
  exec_path=$(cd "$(dirname "$exec_path")" && pwd)/$(basename "$exec_path")
  if [[ -d $here/../resources/desktop ]]; then
    resources=$(cd "$here/../resources" && pwd)
    return
  fi
  # A pip install: ask the Python named on clipper-gui's first line.
  local python
  python=$(head -n 1 "$exec_path" | sed -n 's/^#![[:space:]]*//p' | awk '{print $1}')
  [[ -n $python && -x $python ]] || die "cannot tell which Python runs $exec_path"
  resources=$("$python" -I -c 'import clipper.resources as r, os; print(os.path.dirname(r.__file__))') \
    || die "the Python behind $exec_path cannot import clipper.resources"
}

# Quote a path for a desktop file's Exec key (freedesktop "Exec key" rules).
desktop_quote() {
  local value=$1
  if [[ $value =~ [[:space:]\"\'\\\$\`\<\>\~\|\&\;\*\?\#\(\)] ]]; then
    value=${value//\\/\\\\\\\\}
    value=${value//\"/\\\\\"}
    value=${value//\$/\\\\\$}
    value=${value//\`/\\\\\`}
    value="\"$value\""
  fi
  printf '%s' "$value"
}

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$prefix/applications" || true
  fi
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$prefix/mime" >/dev/null
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [[ -f $prefix/icons/hicolor/index.theme ]]; then
    gtk-update-icon-cache -q -t -f "$prefix/icons/hicolor" || true
  fi
}

installed_files() {
  echo "$prefix/applications/$APP_ID.desktop"
  echo "$prefix/metainfo/$APP_ID.metainfo.xml"
  echo "$prefix/mime/packages/$APP_ID.xml"
  echo "$prefix/icons/hicolor/scalable/apps/$APP_ID.svg"
  echo "$prefix/icons/hicolor/scalable/mimetypes/${MIME_TYPE//\//-}.svg"
  local size
  for size in 16 24 32 48 64 128 256 512; do
    echo "$prefix/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    echo "$prefix/icons/hicolor/${size}x${size}/mimetypes/${MIME_TYPE//\//-}.png"
  done
}

if ((uninstall)); then
  removed=0
  while read -r file; do
    if [[ -f $file ]]; then rm -f "$file"; removed=$((removed + 1)); fi
  done < <(installed_files)
  mkdir -p "$prefix/applications" "$prefix/mime/packages"
  refresh_caches
  echo "Removed $removed Clipper desktop files from $prefix"
  exit 0
fi

find_resources
[[ -f $resources/desktop/$APP_ID.desktop ]] || die "$resources/desktop/$APP_ID.desktop is missing"

mkdir -p "$prefix/applications" "$prefix/metainfo" "$prefix/mime/packages"
quoted=$(desktop_quote "$exec_path")
# Exec and TryExec name this install's program by its full path, because a
# virtual environment's bin folder is rarely on the desktop session's PATH.
while IFS= read -r line; do
  case "$line" in
    Exec=*) printf 'Exec=%s %%F\n' "$quoted" ;;
    TryExec=*) printf 'TryExec=%s\n' "$exec_path" ;;
    *) printf '%s\n' "$line" ;;
  esac
done <"$resources/desktop/$APP_ID.desktop" >"$prefix/applications/$APP_ID.desktop"
cp "$resources/desktop/$APP_ID.metainfo.xml" "$prefix/metainfo/"
cp "$resources/desktop/$APP_ID.xml" "$prefix/mime/packages/"

# The app icon, and the same mark for bundle files in the file manager.
icons=$resources/icons/hicolor
for dir in "$icons"/*/apps; do
  size=$(basename "$(dirname "$dir")")
  mkdir -p "$prefix/icons/hicolor/$size/apps" "$prefix/icons/hicolor/$size/mimetypes"
  for file in "$dir"/"$APP_ID".*; do
    ext=${file##*.}
    cp "$file" "$prefix/icons/hicolor/$size/apps/"
    cp "$file" "$prefix/icons/hicolor/$size/mimetypes/${MIME_TYPE//\//-}.$ext"
  done
done

refresh_caches
if ((set_default)) && command -v xdg-mime >/dev/null 2>&1; then
  xdg-mime default "$APP_ID.desktop" "$MIME_TYPE" 2>/dev/null || true
fi
# Let the desktop notice the new icon without a log-out.
touch "$prefix/icons/hicolor" 2>/dev/null || true

echo "Installed Clipper's menu entry, icons and .clipbundle type into $prefix"
echo "  starts: $exec_path"
