#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller, then run its self-test from an empty directory with a
# bare environment (no virtual environment, no project on PATH or PYTHONPATH), and a Parquet dry run of
# the trainer (the spec trims pyarrow, so check the part the trainer uses). Prints size and build time.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
"$python" -m pip install -q 'pyinstaller>=6.10,<7'
start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN packaging/lumichats.spec \
  --distpath build/dist --workpath build/work
built=$(( $(date +%s) - start ))
bundle="$PWD/build/dist/lumichats"
echo "bundle: $bundle, $(du -sh "$bundle" | cut -f1), built in ${built} s; largest parts:"
du -s "$bundle"/_internal/* | sort -rn | head -8 | awk '{printf "  %5.0f MB  %s\n", $1 / 1024, $2}'
dangling=$(find "$bundle" -xtype l)
if [ -n "$dangling" ]; then
  echo "links to files left out of the bundle:"; echo "$dangling"; exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# One cache for both runs: the dry run reuses the model the self-test converted instead of converting again.
bare=(env -i HOME="$scratch" PATH=/usr/bin:/bin LANG=C.UTF-8 LUMICHATS_CACHE_DIR="$scratch/cache")
(cd "$scratch" && "${bare[@]}" "$bundle/lumichats" --self-test)
"$python" - "$scratch/chats.parquet" <<'PY'
import sys

import pyarrow as pa
import pyarrow.parquet as pq

rows = [{"conversations": [{"from": "human", "value": f"Question {i}? ¿Qué tal? 你好"},
                           {"from": "gpt", "value": f"Answer {i}. مرحبا"}]} for i in range(12)]
pq.write_table(pa.Table.from_pylist(rows), sys.argv[1])
PY
(cd "$scratch" && "${bare[@]}" LUMICHATS_HOME="$scratch/home" "$bundle/lumichats-train" --dataset chats.parquet \
  --model lumichats-270m --dry-run --progress-format jsonl 2>"$scratch/dry-run.err" >"$scratch/dry-run.jsonl") || {
  echo "FAIL parquet: lumichats-train --dry-run on a Parquet file"; tail -20 "$scratch/dry-run.err"; exit 1
}
if grep -q '"event": "data".*"rows": 12' "$scratch/dry-run.jsonl" && grep -q '"event": "dry_run"' "$scratch/dry-run.jsonl"; then
  echo "PASS parquet: lumichats-train --dry-run read all 12 rows of a Parquet file"
else
  echo "FAIL parquet: no data/dry_run event for 12 rows"; cat "$scratch/dry-run.jsonl" "$scratch/dry-run.err"; exit 1
fi
