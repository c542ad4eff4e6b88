#!/bin/bash
# attempt 23 (f): the candidate's continued-SFT control on seeds 1 and 3: `psr run --methods continued-sft` into a new
# directory, stopped as soon as it has written its configuration, the process run's IFT, EFT, Init and M1 evaluation
# copied in (accepted on resume by their hashes), then resumed
cd /work/main
bin=/work/exp/bin35
for s in 1 3; do
  dst=/work/exp/hw/f5k$s; rm -rf $dst
  args="--seeds $s --methods continued-sft --set data.eftPairs=4000 --set sft.iftRepeat=2"
  dotnet $bin/psr.dll run $args --out $dst > $dst.log 2>&1 &
  while [ ! -f $dst/continued-sft-seed$s/config.json ]; do sleep 0.5; done
  pkill -f "psr.dll run $args --out $dst"; sleep 2
  rm -rf $dst/continued-sft-seed$s/stages; mkdir -p $dst/continued-sft-seed$s/stages
  for st in 00-ift 00-eft 01-init 01-evaluate; do cp -r /work/exp/hw/f5b$s/process-seed$s/stages/$st $dst/continued-sft-seed$s/stages/; done
  start=$(date +%s)
  dotnet $bin/psr.dll run --resume $dst >> $dst.log 2>&1 || echo "rc=$?" >> $dst.log
  echo "f5k$s wall=$(( $(date +%s) - start ))s" >> $dst.log
done
