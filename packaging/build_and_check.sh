#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller, then run its self-test from an empty directory with a
# bare environment (no virtual environment, no project on PATH or PYTHONPATH), then one training step of
# the trainer on a Parquet file (the spec trims pyarrow and bitsandbytes: check what the trainer uses).
# Prints size and build time.
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
# awk reads to the end: `head` would close the pipe early, and sort's SIGPIPE fails the script under pipefail
du -s "$bundle"/_internal/* | sort -rn | awk 'NR <= 8 {printf "  %5.0f MB  %s\n", $1 / 1024, $2}'
dangling=$(find "$bundle" -xtype l)
if [ -n "$dangling" ]; then
  echo "links to files left out of the bundle:"; echo "$dangling"; exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# One cache for both runs: the training run reuses the model the self-test converted instead of converting it.
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
# One optimizer step on the embedded model (about a minute): reads Parquet through the trimmed pyarrow, trains
# through bitsandbytes' CPU library and writes the adapter as the wizard's run would.
printf 'max_steps = 1\nper_device_batch_size = 1\ngradient_accumulation_steps = 1\nwarmup_steps = 0\nmax_length = 128\nmax_eval_rows = 1\n' \
  > "$scratch/quick.toml"
(cd "$scratch" && "${bare[@]}" LUMICHATS_HOME="$scratch/home" "$bundle/lumichats-train" --config quick.toml \
  --dataset chats.parquet --model lumichats-270m --output adapter --progress-format jsonl \
  2>"$scratch/train.err" >"$scratch/train.jsonl") || {
  echo "FAIL train: lumichats-train on a Parquet file"; tail -20 "$scratch/train.err" "$scratch/train.jsonl"; exit 1
}
if grep -q '"event": "data".*"rows": 12' "$scratch/train.jsonl" && grep -q '"status": "finished"' "$scratch/train.jsonl" \
  && [ -s "$scratch/adapter/adapter_model.safetensors" ]; then
  echo "PASS train: lumichats-train read all 12 rows of a Parquet file, trained 1 step and saved the adapter"
else
  echo "FAIL train: no 12-row data event, finished run or adapter"; tail -20 "$scratch/train.jsonl" "$scratch/train.err"
  exit 1
fi
