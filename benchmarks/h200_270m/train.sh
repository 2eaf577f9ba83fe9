#!/bin/bash
# On the H200, after check.sh: train LumiChats 270M v2 (STEPS steps of the v2 recipe), then score the new
# adapter and the shipped one side by side (greedy, batched, 96 new tokens, held-out loss deduplicated
# against the mix). Everything that comes back goes under $OUT.
source "$(dirname "$0")/setup.sh"
BUDGET=${1:-300}  # seconds of training steps wanted
LIMIT=${2:-420}   # hard limit of the whole training command (a stop keeps the last checkpoint)
mkdir -p /tmp/ev
[ -s /tmp/w/lumichats_mix.jsonl ] || gunzip -c /tmp/w/data/mix.jsonl.gz > /tmp/w/lumichats_mix.jsonl
wc -l /tmp/w/lumichats_mix.jsonl
# 30 steps first: the seconds per step on this data decide max_steps (the schedule needs it up front).
# Seen on 2026-11-29: on a GPU's first run these 30 steps took 29 s, on the next 12 s, while the full
# run did ~3 steps/s either way; the estimate is rough (floor 400 steps, and LIMIT stops a long run).
$PY -m trainer --config trainer/recipes/lumichats-270m-v2.toml --dataset /tmp/w/lumichats_mix.jsonl \
  --max-rows 3000 --max-steps 30 --output /tmp/smoke > /dev/null 2> /tmp/ev/smoke.log
STEPS=$($PY -c "import json; s=json.load(open('/tmp/smoke/summary.json')); print(max(400, min(4000, int($BUDGET * s['steps'] / s['train_seconds']))))") || exit 1
echo "smoke: $(grep -o '"train_seconds": [0-9.]*' /tmp/smoke/summary.json) for 30 steps -> $STEPS steps"
timeout -s TERM $LIMIT $PY -m trainer --config trainer/recipes/lumichats-270m-v2.toml \
  --dataset /tmp/w/lumichats_mix.jsonl --max-steps $STEPS --output /tmp/v2 > /tmp/ev/train.out 2> $OUT/train.log
echo "train exit $?"; grep -v '^{' $OUT/train.log | tail -8
if [ ! -f /tmp/v2/adapter_model.safetensors ]; then  # stopped by the time limit: the last checkpoint
  last=$(ls -d /tmp/v2/checkpoints/checkpoint-* | sort -t- -k2 -n | tail -1); echo "using $last"
  cp $last/adapter_model.safetensors $last/adapter_config.json /tmp/v2/
fi
for run in new old; do
  adapter=(); [ $run = new ] && adapter=(--adapter /tmp/v2)
  $PY -m trainer eval --model lumichats-270m "${adapter[@]}" --batch-size 32 --max-new-tokens 96 \
    --train-data /tmp/w/lumichats_mix.jsonl --output $OUT/eval_$run.json > /tmp/ev/$run.table 2> /tmp/ev/$run.log &
done
wait
rm -f $OUT/*.items.jsonl
cat /tmp/ev/new.table /tmp/ev/old.table; tail -3 /tmp/ev/new.log /tmp/ev/old.log
tar -C /tmp/v2 -cf $OUT/adapter.tar --exclude checkpoints .
ls -la $OUT
