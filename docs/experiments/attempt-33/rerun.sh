#!/bin/bash
# attempt 33: everything the README's tables need for a candidate default, one job at a time, restartable (each run
# is skipped when its log says M4 was evaluated, resumed when its folder holds a started run):
#   process seeds 1-3 from scratch (${P}p1..3), the perfect-judge control (${P}j1..3) and the continued-SFT control
#   (${P}k1..3) from those M1s, the outcome baseline from scratch (${P}o1..3).
# After every finished run the finished runs are exported to docs/results/pending-$P.json (uncommitted; commit it at a
# session's end), so a lost host loses at most the run in progress (world.md §9 attempt 33).
# usage: P=n OV="--set sft.steps=1500 --set sft.decaySteps=1200 --set sft.devProblems=1000" BIN=/work/exp/bin51 rerun.sh
cd /work/main
bin=${BIN:-/work/exp/bin51}; hw=/work/exp/hw; P=${P:?prefix}; OV=${OV:-}
wall() { echo "$1 wall=$(( $(date +%s) - $2 ))s" >> $hw/$1.log; }
done_() { grep -q "04-evaluate: done" $hw/$1.log 2>/dev/null; }
resume() { local start=$(date +%s); dotnet $bin/psr.dll run --resume $hw/$1 >> $hw/$1.log 2>&1 || echo "rc=$?" >> $hw/$1.log; wall $1 $start; }
fresh() { local n=$1; shift; local start=$(date +%s); rm -rf $hw/$n
  dotnet $bin/psr.dll run "$@" $OV --out $hw/$n > $hw/$n.log 2>&1 || echo "rc=$?" >> $hw/$n.log; wall $n $start; }
export_() {
  local specs=()
  for s in 1 2 3; do
    done_ ${P}p$s && specs+=(process-$s=$hw/${P}p$s/process-seed$s)
    done_ ${P}k$s && specs+=(control-$s=$hw/${P}k$s/continued-sft-seed$s)
    done_ ${P}o$s && specs+=(outcome-$s=$hw/${P}o$s/outcome-seed$s)
    done_ ${P}j$s && specs+=(oracle-$s=$hw/${P}j$s)
  done
  [ ${#specs[@]} -gt 0 ] && /usr/bin/python3 docs/experiments/attempt-33/export_results.py docs/results/pending-$P.json "${specs[@]}"
}
# a sub-run folder copied from process seed S's M1 with the method changed (the configuration `psr run` writes for it)
from_m1() { local n=$1 s=$2 method=$3 dir=$4; rm -rf $hw/$n
  dotnet $bin/psr.dll run --seeds $s --methods $method $OV --out $hw/$n > $hw/$n.log 2>&1 &
  while [ ! -f $dir/config.json ]; do sleep 0.5; done
  pkill -f "psr.dll run --seeds $s --methods $method .*--out $hw/$n"; sleep 2
  rm -rf $dir/stages; mkdir -p $dir/stages
  for st in 00-ift 00-eft 01-init 01-evaluate; do cp -r $hw/${P}p$s/process-seed$s/stages/$st $dir/stages/; done
  resume $n; }

for s in 1 2 3; do
  n=${P}p$s; done_ $n && continue
  if [ -d $hw/$n/process-seed$s ]; then resume $n; else fresh $n --seeds $s --methods process; fi; export_
done
for s in 1 2 3; do
  n=${P}j$s; done_ $n && continue; done_ ${P}p$s || continue
  if [ -f $hw/$n/config.json ]; then resume $n; else
    rm -rf $hw/$n; mkdir -p $hw/$n/stages
    /usr/bin/python3 -c "import json,sys; c=json.load(open(sys.argv[1])); c['experiment']['method']='OracleJudge'; json.dump(c,open(sys.argv[2],'w'),indent=2)" \
      $hw/${P}p$s/process-seed$s/config.json $hw/$n/config.json
    for st in 00-ift 00-eft 01-init 01-evaluate; do cp -r $hw/${P}p$s/process-seed$s/stages/$st $hw/$n/stages/; done
    resume $n
  fi; export_
done
for s in 1 2 3; do
  n=${P}k$s; done_ $n && continue; done_ ${P}p$s || continue
  if [ -f $hw/$n/continued-sft-seed$s/stages/01-init/manifest.json ]; then resume $n; else from_m1 $n $s continued-sft $hw/$n/continued-sft-seed$s; fi; export_
done
for s in 1 2 3; do
  n=${P}o$s; done_ $n && continue
  if [ -d $hw/$n/outcome-seed$s ]; then resume $n; else fresh $n --seeds $s --methods outcome; fi; export_
done
