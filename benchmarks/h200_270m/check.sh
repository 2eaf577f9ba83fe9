#!/bin/bash
# On the H200, after the GGUF pieces arrived in /tmp/w/g: assemble, convert with OUR code under the
# carried transformers 5.24, then check the conversion before any training: one known greedy reply and
# the old adapter's held-out loss (~1.6 on the CPU; a broken conversion gave 5.7).
source "$(dirname "$0")/setup.sh"
set -o pipefail
cat /tmp/w/g/piece* > /tmp/w/base.gguf && sha256sum /tmp/w/base.gguf
$PY - <<'PYEOF' || exit 1
import time, transformers
from pathlib import Path
from trainer.common.catalog import embedded_dir
from trainer.common.dirs import app_dirs
from trainer.common.gguf_import import convert_gguf, is_converted
print("transformers", transformers.__version__)
out = embedded_dir(app_dirs())
t = time.time()
if not is_converted(out):
    convert_gguf(Path("/tmp/w/base.gguf"), out)
print("converted", out, round(time.time() - t, 1), "s")
PYEOF
$PY -m trainer eval --model lumichats-270m --languages en,fr --per-language 2 --heldout-rows 60 \
  --train-data resources/sample_data/sample-conversations.jsonl --output $OUT/check.json 2>&1 | tail -25
$PY -c "import json; r=json.load(open('$OUT/check.json')); [print(i['id'], repr(i['reply'][:150])) for i in r['suite']['greedy']['items']]"
nvidia-smi --query-gpu=name,memory.used --format=csv
