#!/bin/bash
# attempt 32, fifth queue: queue-2.sh's work, restartable after a session ends mid-run. Each run is skipped when its
# log says M4 was evaluated, resumed (`psr run --resume`, Init from its checkpoints) when its folder holds a started
# run, and started otherwise; the same commands and binary as queue-2.sh.
cd /work/main
bin=/work/exp/bin48; hw=/work/exp/hw
init="--set sft.steps=1500 --set sft.decaySteps=1200 --set sft.devProblems=1000"
wall() { echo "$1 wall=$(( $(date +%s) - $2 ))s" >> $hw/$1.log; }
done_() { grep -q "04-evaluate: done" $hw/$1.log 2>/dev/null; }
resume() { start=$(date +%s); dotnet $bin/psr.dll run --resume $hw/$1 >> $hw/$1.log 2>&1 || echo "rc=$?" >> $hw/$1.log; wall $1 $start; }

if ! done_ h1; then
  if [ -d $hw/h1/process-seed1 ]; then resume h1
  else start=$(date +%s); dotnet $bin/psr.dll run --seeds 1 --methods process $init --out $hw/h1 > $hw/h1.log 2>&1; wall h1 $start; fi
fi
src=(x $hw/h1/process-seed1 $hw/dh2 $hw/dh3)

for s in 1 2 3; do
  n=hk$s; dst=$hw/$n; done_ $n && continue
  if [ -f $dst/continued-sft-seed$s/stages/01-init/manifest.json ]; then resume $n; continue; fi
  rm -rf $dst
  args="--seeds $s --methods continued-sft $init"
  dotnet $bin/psr.dll run $args --out $dst > $dst.log 2>&1 &
  while [ ! -f $dst/continued-sft-seed$s/config.json ]; do sleep 0.5; done
  pkill -f "psr.dll run $args --out $dst"; sleep 2
  rm -rf $dst/continued-sft-seed$s/stages; mkdir -p $dst/continued-sft-seed$s/stages
  for st in 00-ift 00-eft 01-init 01-evaluate; do cp -r ${src[$s]}/stages/$st $dst/continued-sft-seed$s/stages/; done
  resume $n
done

for s in 1 2 3; do
  n=ho$s; dst=$hw/$n; done_ $n && continue
  if [ -d $dst/outcome-seed$s ]; then resume $n; continue; fi
  rm -rf $dst; start=$(date +%s)
  dotnet $bin/psr.dll run --seeds $s --methods outcome $init --out $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
  wall $n $start
done

for s in 1 2 3; do
  n=hj$s; dst=$hw/$n; done_ $n && continue
  if [ -f $dst/config.json ]; then resume $n; continue; fi
  rm -rf $dst; mkdir -p $dst/stages
  /usr/bin/python3 - ${src[$s]}/config.json $dst/config.json <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['experiment']['method']='OracleJudge'
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
  for st in 00-ift 00-eft 01-init 01-evaluate; do cp -r ${src[$s]}/stages/$st $dst/stages/; done
  resume $n
done
