#!/bin/bash
# parity.sh BIN: issue 13's bfloat16-products parity on three seeds with one binary. For each seed, the default run
# stopped after M1's evaluation (greedy on 2,000 test problems, judge on the EFT test pairs; test-time search off, it
# does not touch Init), once in float32 and once with model.trainingPrecision=BFloat16Autocast. Seed 1's float32 M1
# is the default run itself (def16 / the fresh clone of session 15: same Init, byte-identical), so it is not rerun
# unless ALL=1. Runs land in /work/exp/hw/p17-{f32,bf16}-sSEED.
bin=${1:-/work/exp/bin20}
here="$(cd "$(dirname "$0")" && pwd)"
run() { SEED=$2 "$here/../attempt-9/run_to_m1.sh" "p17-$1-s$2" "$bin" --set evaluation.testTimeProblems=0 "${@:3}"; }
run bf16 1 --set model.trainingPrecision=BFloat16Autocast
[ "${ALL:-0}" = 1 ] && run f32 1
for seed in 2 3; do
  run bf16 $seed --set model.trainingPrecision=BFloat16Autocast
  run f32 $seed
done
