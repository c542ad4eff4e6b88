#!/bin/bash
# candidate-from.sh NAME SEED SRC [--set ...]: candidate.sh's run with extra settings, its IFT, EFT, Init and M1
# evaluation copied from /work/exp/hw/SRC/process-seedSEED (a candidate.sh run with the same seed data and Init: the
# stage runner checks every copied stage's hash, so a mismatch re-runs it). BIN: the build (default /work/exp/bin31).
set -e
name=$1; seed=$2; src=/work/exp/hw/$3/process-seed$2; shift 3
bin=${BIN:-/work/exp/bin31}; dst=/work/exp/hw/$name
cd /work/main && rm -rf $dst
args=(--preset verified --seeds $seed --methods process,continued-sft --out $dst
  --set model.trainingPrecision=Auto --set sft.steps=1200 --set sft.devEvery=120 --set search.judgeIdentical=true
  --set dpo.replaySource=OwnPathsAndEft --set 'rounds[0].questions=5000' --set 'rounds[1].questions=5000'
  --set 'rounds[2].questions=5000' "$@")
dotnet $bin/psr.dll run "${args[@]}" > $dst.log 2>&1 &
pid=$!
while [ ! -f $dst/process-seed$seed/config.json ]; do sleep 1; done
kill $pid; wait $pid || true
rm -rf $dst/process-seed$seed/stages; mkdir -p $dst/process-seed$seed/stages
for s in 00-ift 00-eft 01-init 01-evaluate; do cp -r $src/stages/$s $dst/process-seed$seed/stages/; done
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst >> $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "$name wall=$(( $(date +%s) - start ))s" >> $dst.log
