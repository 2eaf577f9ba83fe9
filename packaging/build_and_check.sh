#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller, then run its self-test from an empty directory with a
# bare environment (no virtual environment, no project on PATH or PYTHONPATH). Prints size and build time.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
"$python" -m pip install -q 'pyinstaller>=6.10,<7'
start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN packaging/lumichats.spec \
  --distpath build/dist --workpath build/work
built=$(( $(date +%s) - start ))
bundle="$PWD/build/dist/lumichats"
echo "bundle: $bundle, $(du -sh "$bundle" | cut -f1), built in ${built} s"
scratch=$(mktemp -d)
(cd "$scratch" && env -i HOME="$scratch" PATH=/usr/bin:/bin LANG=C.UTF-8 "$bundle/lumichats" --self-test)
rm -rf "$scratch"
