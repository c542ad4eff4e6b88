#!/bin/bash
# candidate.sh NAME SEED [--set ...]: a candidate for the default preset, from scratch: the verified preset with Init's
# products in bfloat16 where the CPU has them (Auto), Init 1,200 steps (dev every 120), the identical expansions judged,
# the seed EFT replayed beside the own paths (the judge's drift), rounds of 5,000 questions; process and continued SFT.
# Extra --set options override these. BIN: the build (default /work/exp/bin31).
name=$1; seed=$2; shift 2
bin=${BIN:-/work/exp/bin31}; dst=/work/exp/hw/$name
cd /work/main && rm -rf $dst
start=$(date +%s)
dotnet $bin/psr.dll run --preset verified --seeds $seed --methods process,continued-sft --out $dst \
  --set model.trainingPrecision=Auto --set sft.steps=1200 --set sft.devEvery=120 --set search.judgeIdentical=true \
  --set dpo.replaySource=OwnPathsAndEft --set 'rounds[0].questions=5000' --set 'rounds[1].questions=5000' \
  --set 'rounds[2].questions=5000' "$@" > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "$name wall=$(( $(date +%s) - start ))s" >> $dst.log
