#!/bin/bash
# attempt 32, second queue (after queue.sh): the rest of what a default with the held-rate Init needs before it can
# replace the 1,200-step one: seed 1's process run from scratch (h1), the continued-SFT controls from the three M1s
# (h1, dh2, dh3; hk1..3), the outcome baseline from scratch (ho1..3) and the perfect-judge control (hj1..3); one job
# at a time, bin48 with the Init's three overrides (the configuration `psr run` writes then equals dh2's and dh3's but
# for the run seed). Init keeps checkpoints, so an interrupted run resumes with `psr run --resume DIR`.
cd /work/main
while pgrep -f 'attempt-32/queue.sh' >/dev/null; do sleep 20; done
bin=/work/exp/bin48; hw=/work/exp/hw
init="--set sft.steps=1500 --set sft.decaySteps=1200 --set sft.devProblems=1000"
wall() { echo "$1 wall=$(( $(date +%s) - $2 ))s" >> $hw/$1.log; }

# seed 1's process run, from scratch
if ! grep -q "04-evaluate: done" $hw/h1.log 2>/dev/null; then
  start=$(date +%s)
  if [ -d $hw/h1/process-seed1 ]; then dotnet $bin/psr.dll run --resume $hw/h1 >> $hw/h1.log 2>&1
  else dotnet $bin/psr.dll run --seeds 1 --methods process $init --out $hw/h1 > $hw/h1.log 2>&1; fi || echo "rc=$?" >> $hw/h1.log
  wall h1 $start
fi
src=(x $hw/h1/process-seed1 $hw/dh2 $hw/dh3)

# the continued-SFT control from each process run's M1 (as attempt-24/queue-2.sh)
for s in 1 2 3; do
  dst=$hw/hk$s; rm -rf $dst
  args="--seeds $s --methods continued-sft $init"
  dotnet $bin/psr.dll run $args --out $dst > $dst.log 2>&1 &
  while [ ! -f $dst/continued-sft-seed$s/config.json ]; do sleep 0.5; done
  pkill -f "psr.dll run $args --out $dst"; sleep 2
  rm -rf $dst/continued-sft-seed$s/stages; mkdir -p $dst/continued-sft-seed$s/stages
  for st in 00-ift 00-eft 01-init 01-evaluate; do cp -r ${src[$s]}/stages/$st $dst/continued-sft-seed$s/stages/; done
  start=$(date +%s)
  dotnet $bin/psr.dll run --resume $dst >> $dst.log 2>&1 || echo "rc=$?" >> $dst.log
  wall hk$s $start
done

# the outcome baseline, from scratch
for s in 1 2 3; do
  dst=$hw/ho$s; rm -rf $dst; start=$(date +%s)
  dotnet $bin/psr.dll run --seeds $s --methods outcome $init --out $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
  wall ho$s $start
done

# the perfect-judge control (as attempt-22/oracle.sh)
for s in 1 2 3; do
  dst=$hw/hj$s; rm -rf $dst; mkdir -p $dst/stages
  /usr/bin/python3 - ${src[$s]}/config.json $dst/config.json <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['experiment']['method']='OracleJudge'
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
  for st in 00-ift 00-eft 01-init 01-evaluate; do cp -r ${src[$s]}/stages/$st $dst/stages/; done
  start=$(date +%s)
  dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
  wall hj$s $start
done
