#!/bin/bash
# attempt 24: what the candidate (data.eftPairs = 4000, sft.iftRepeat = 2) still lacked before it can become the
# default: seed 2's continued-SFT control (f6k2). Its perfect-judge and outcome sections were stopped before they
# started and moved to queue-2.sh, behind a control at the candidate's own dose
cd /work/main
bin=/work/exp/bin35; hw=/work/exp/hw
src=(x $hw/f5b1/process-seed1 $hw/f5b2 $hw/f5b3/process-seed3)

# seed 2's continued-SFT control: as attempt-23/controls.sh, from f5b2 (a single run, stages at its top level)
dst=$hw/f6k2; rm -rf $dst
args="--seeds 2 --methods continued-sft --set data.eftPairs=4000 --set sft.iftRepeat=2"
dotnet $bin/psr.dll run $args --out $dst > $dst.log 2>&1 &
while [ ! -f $dst/continued-sft-seed2/config.json ]; do sleep 0.5; done
pkill -f "psr.dll run $args --out $dst"; sleep 2
rm -rf $dst/continued-sft-seed2/stages; mkdir -p $dst/continued-sft-seed2/stages
for st in 00-ift 00-eft 01-init 01-evaluate; do cp -r ${src[2]}/stages/$st $dst/continued-sft-seed2/stages/; done
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst >> $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "f6k2 wall=$(( $(date +%s) - start ))s" >> $dst.log
