#!/bin/bash
# small.sh SEED: the plateau preset with the Small model (d = 256, 4 layers, 8 heads, 3.2 M parameters) from its own M0
# (m0s: `psr world pretrain --preset default --size Small --out /work/exp/hw/m0s --steps 2000 --warmup 100 --ift 100000
# --seed 1 --snapshot-every 100`, its step-1000 snapshot, chosen by snapshots.sh as the tiny M0's was), Init with
# bfloat16 products, the process method and its continued-SFT control
seed=${1:-1}; bin=${BIN:-/work/exp/bin28}; out=/work/exp/hw/ps$seed
cd /work/main
start=$(date +%s)
dotnet $bin/psr.dll run --preset plateau --methods process,continued-sft --seeds $seed --out $out \
  --set model.checkpoint=/work/exp/hw/m0s/snapshots/step-01000 --set model.trainingPrecision=Auto > $out.log 2>&1 || echo "rc=$?" >> $out.log
echo "ps$seed wall=$(( $(date +%s) - start ))s" >> $out.log
