#!/bin/bash
# m2: the default run (seed 1, Init dev curve every 100) with sft.mixedBatches=true (every Init batch mixes IFT and EFT,
# computed as four length-sorted micro-batches), beside its continued-SFT control; the counterpart of attempt 6's e2
dst=/work/exp/hw/m2; bin=${BIN:-/work/exp/bin6}
cd /work/main
start=$(date +%s)
dotnet $bin/psr.dll run --methods process,continued-sft --seeds 1 --set sft.devEvery=100 --set sft.mixedBatches=true \
  --out $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "m2 wall=$(( $(date +%s) - start ))s" >> $dst.log
