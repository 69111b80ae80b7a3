#!/usr/bin/env bash
# Build the standalone one-folder Clipper for Linux, smoke-test it, pack it.
#
#   bash packaging/build-linux.sh            # build into build/linux/
#   PYTHON=python3.12 bash packaging/build-linux.sh
#   BUILD_DIR=/tmp/clipper-build bash packaging/build-linux.sh
#
# 1. builds the wheel (and sdist) with `python -m build`;
# 2. installs that wheel with the `packaging` extra (PyInstaller, Pillow) into a
#    fresh virtual environment, so the build holds exactly what the wheel holds;
# 3. runs PyInstaller on packaging/clipper.spec from that environment;
# 4. smoke-tests the built programs offscreen from an empty folder
#    (packaging/smoke_test.py: version, clean, add, search, window start-up)
#    and checks every shared library in the folder finds the Qt it needs;
# 5. packs BUILD_DIR/clipper-VERSION-linux-ARCH.tar.gz with the install
#    script for the applications menu beside the programs.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$(mkdir -p "${BUILD_DIR:-$root/build/linux}" && cd "${BUILD_DIR:-$root/build/linux}" && pwd)
PYTHON=${PYTHON:-python3}

step_start=0
step() { step_start=$EPOCHREALTIME; echo "==> $*"; }
# Run a noisy command with its output in build/linux/build.log, shown only if it fails.
quiet() { "$@" >>"$out/build.log" 2>&1 || { tail -n 60 "$out/build.log"; exit 1; }; }
step_done() { awk -v a="$step_start" -v b="$EPOCHREALTIME" 'BEGIN { printf "    done in %.1f s\n", b - a }'; }

rm -rf "$out/dist" "$out/work" "$out/wheel"
mkdir -p "$out"
: >"$out/build.log"

step "Virtual environment for the build ($out/venv)"
if [[ ! -x $out/venv/bin/python ]]; then
  quiet "$PYTHON" -m venv "$out/venv"
  quiet "$out/venv/bin/python" -m pip install --upgrade pip
fi
quiet "$out/venv/bin/python" -m pip install "build>=1.2"
step_done

step "Wheel and sdist"
quiet "$out/venv/bin/python" -m build --outdir "$out/wheel" .
wheel=$(ls "$out"/wheel/clipper_news-*.whl)
ls -l "$out"/wheel/
step_done

step "Install the wheel with the packaging extra"
"$out/venv/bin/python" -m pip uninstall -q -y clipper-news >/dev/null 2>&1 || true
quiet "$out/venv/bin/python" -m pip install "$wheel[packaging]"
version=$("$out/venv/bin/python" -c 'import clipper; print(clipper.__version__)')
echo "    Clipper $version"
step_done

step "PyInstaller (packaging/clipper.spec)"
(cd "$out" && quiet "$out/venv/bin/python" -m PyInstaller --noconfirm --clean \
  --distpath "$out/dist" --workpath "$out/work" "$root/packaging/clipper.spec")
grep -E '^[0-9]+ (WARNING|ERROR)' "$out/build.log" | grep -v 'required via ctypes not found' | sed 's/^/    /' || true
app=$out/dist/clipper
cp "$root/packaging/install-desktop.sh" "$app/"
step_done

step "Shared libraries: every Qt library a module or plug-in needs is in the folder"
missing=$(find "$app" -type f \( -name '*.so' -o -name '*.so.*' \) -print0 \
  | xargs -0 -n 50 ldd 2>/dev/null | grep 'not found' | grep -i 'qt\|shiboken\|pyside' | sort -u || true)
if [[ -n $missing ]]; then
  echo "Libraries missing from the build:" >&2
  echo "$missing" >&2
  exit 1
fi
step_done

step "Smoke test, offscreen, from an empty folder"
"$PYTHON" "$root/packaging/smoke_test.py" "$app" --version "$version" \
  --resources "$app/_internal/clipper/resources"
step_done

step "Pack"
tarball=$out/clipper-$version-linux-$(uname -m).tar.gz
tar -C "$out/dist" -czf "$tarball" clipper
step_done

echo
echo "Folder:  $app ($(du -sh "$app" | cut -f1), $(find "$app" -type f | wc -l) files)"
echo "Archive: $tarball ($(du -h "$tarball" | cut -f1))"
echo "Wheel:   $wheel ($(du -h "$wheel" | cut -f1))"
echo "Menu entry: $app/install-desktop.sh"
