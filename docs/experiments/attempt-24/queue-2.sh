#!/bin/bash
# attempt 24, second queue (after queue.sh's f6k2): what the candidate (data.eftPairs = 4000, sft.iftRepeat = 2) still lacked before it can become the
# default: the continued-SFT control at the candidate's own dose (continuedSft.pairsPerQuestion = 0.57: its rounds kept
# 1,603-1,796 pairs of 3,000 questions, 303-339 update steps, where 0.5 gives the control 282; f6m1..3), the perfect-judge control on seeds 1-3 (f6j1..3) and the outcome
# baseline on seeds 1-3 (f6o1..3); one job at a time
cd /work/main
while pgrep -f 'psr.dll run --resume /work/exp/hw/f6k2' >/dev/null; do sleep 5; done
bin=/work/exp/bin35; hw=/work/exp/hw
src=(x $hw/f5b1/process-seed1 $hw/f5b2 $hw/f5b3/process-seed3)

# the continued-SFT control at the candidate's dose: as attempt-23/controls.sh
for s in 1 2 3; do
  dst=$hw/f6m$s; rm -rf $dst
  args="--seeds $s --methods continued-sft --set data.eftPairs=4000 --set sft.iftRepeat=2 --set continuedSft.pairsPerQuestion=0.57"
  dotnet $bin/psr.dll run $args --out $dst > $dst.log 2>&1 &
  while [ ! -f $dst/continued-sft-seed$s/config.json ]; do sleep 0.5; done
  pkill -f "psr.dll run $args --out $dst"; sleep 2
  rm -rf $dst/continued-sft-seed$s/stages; mkdir -p $dst/continued-sft-seed$s/stages
  for st in 00-ift 00-eft 01-init 01-evaluate; do cp -r ${src[$s]}/stages/$st $dst/continued-sft-seed$s/stages/; done
  start=$(date +%s)
  dotnet $bin/psr.dll run --resume $dst >> $dst.log 2>&1 || echo "rc=$?" >> $dst.log
  echo "f6m$s wall=$(( $(date +%s) - start ))s" >> $dst.log
done

# the perfect-judge control: as attempt-22/oracle.sh, from the candidate's process runs
for s in 1 2 3; do
  dst=$hw/f6j$s; rm -rf $dst; mkdir -p $dst/stages
  /usr/bin/python3 - ${src[$s]}/config.json $dst/config.json <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['experiment']['method']='OracleJudge'
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
  for st in 00-ift 00-eft 01-init 01-evaluate; do cp -r ${src[$s]}/stages/$st $dst/stages/; done
  start=$(date +%s)
  dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
  echo "f6j$s wall=$(( $(date +%s) - start ))s" >> $dst.log
done

# the outcome baseline at the candidate's settings, from scratch
for s in 1 2 3; do
  dst=$hw/f6o$s; rm -rf $dst
  start=$(date +%s)
  dotnet $bin/psr.dll run --seeds $s --methods outcome --set data.eftPairs=4000 --set sft.iftRepeat=2 --out $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
  echo "f6o$s wall=$(( $(date +%s) - start ))s" >> $dst.log
done
