#!/bin/bash
# evals.sh NAME BIN: the default run's EFT stage and M1's evaluation again with binary BIN, from def16's own IFT and Init
# (copied; EFT is rerun, so Init is reused only if EFT's outputs hash as before), stopped when the first search starts:
# the stage times with and without lanes for the greedy and judge passes and mining; outputs compared with def16's by
# the caller (cmp of every JSONL)
src=/work/exp/hw/def16; dst=/work/exp/hw/$1
rm -rf $dst; mkdir -p $dst/stages
cp $src/config.json $dst/
for s in 00-ift 01-init; do cp -r $src/stages/$s $dst/stages/; done
cd /work/main
start=$(date +%s)
dotnet $2/psr.dll run --resume $dst > $dst.log 2>&1 &
pid=$!
while kill -0 $pid 2>/dev/null; do
  if [ -d $dst/stages/02-search ]; then kill $pid; echo "stopped at 02-search" >> $dst.log; break; fi
  sleep 2
done
wait $pid 2>/dev/null
echo "$1 wall=$(( $(date +%s) - start ))s" >> $dst.log
for s in 00-eft 01-init 01-evaluate; do python3 -c "import json;m=json.load(open('$dst/stages/$s/manifest.json'));print('$1 $s',m['status'],round(m['seconds'],1),m.get('attempts'))"; done
for f in 00-eft/eft-train.jsonl 00-eft/eft-test.jsonl 01-evaluate/greedy.jsonl 01-evaluate/judge.jsonl 01-evaluate/tts.jsonl 01-evaluate/tts-oracle.jsonl 01-evaluate/evaluation.json; do
  cmp -s $src/stages/$f $dst/stages/$f && echo "same $f" || echo "DIFFERENT $f"
done
