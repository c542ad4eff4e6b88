#!/bin/bash
# evals.sh NAME BIN: M1's evaluation of the README's default run again (fresh18: its IFT, EFT and Init copied in, every
# hash checked on resume) with binary BIN, stopped when the first search starts; the stage time, the test-time shared
# expansions, and every output compared with fresh18's (cmp)
src=$(ls -d /work/fresh18/runs/*-default); dst=/work/exp/hw/$1
rm -rf $dst; mkdir -p $dst/stages
cp $src/config.json $dst/
for s in 00-ift 00-eft 01-init; do cp -r $src/stages/$s $dst/stages/; done
cd $(dirname $(dirname $src))  # the run resolves M0 (models/m0-default) against the directory it was made in
start=$(date +%s)
dotnet $2/psr.dll run --resume $dst > $dst.log 2>&1 &
pid=$!
while kill -0 $pid 2>/dev/null; do
  if [ -d $dst/stages/02-search ]; then kill $pid; echo "stopped at 02-search" >> $dst.log; break; fi
  sleep 2
done
wait $pid 2>/dev/null
echo "$1 wall=$(( $(date +%s) - start ))s" >> $dst.log
python3 -c "import json;m=json.load(open('$dst/stages/01-evaluate/manifest.json'));print('$1 01-evaluate',m['status'],round(m['seconds'],1),m['counts'].get('testTimeSharedExpansions'))"
for f in greedy.jsonl judge.jsonl tts.jsonl tts-oracle.jsonl evaluation.json greedy.progress.jsonl judge.progress.jsonl tts.progress.jsonl tts-oracle.progress.jsonl; do
  cmp -s $src/stages/01-evaluate/$f $dst/stages/01-evaluate/$f && echo "same $f" || echo "DIFFERENT $f"
done
