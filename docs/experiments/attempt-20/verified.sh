#!/bin/bash
# verified.sh SEED SRC: `psr run --preset verified --seeds SEED --methods process,continued-sft --out /work/exp/hw/vSEED`,
# with the process run's stages so far taken from /work/exp/hw/SRC (attempt 19's rounds, made before the preset existed;
# the stage runner checks every copied stage's hash against the preset's configuration, so a mismatch re-runs it).
# The control's M1 is copied from the process run's by psr itself. BIN: the build (default /work/exp/bin29).
set -e
seed=$1; src=/work/exp/hw/$2; dst=/work/exp/hw/v$seed; bin=${BIN:-/work/exp/bin29}
cd /work/main  # M0 resolves against the working directory
rm -rf $dst
# Create the run directory (configuration saved), then stop before its first stage finishes.
dotnet $bin/psr.dll run --preset verified --seeds $seed --methods process,continued-sft --out $dst > $dst.log 2>&1 &
pid=$!
while [ ! -f $dst/process-seed$seed/config.json ]; do sleep 1; done
kill $pid; wait $pid || true
rm -rf $dst/process-seed$seed/stages; mkdir -p $dst/process-seed$seed/stages
cp -r $src/stages/* $dst/process-seed$seed/stages/
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst >> $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "v$seed wall=$(( $(date +%s) - start ))s" >> $dst.log
