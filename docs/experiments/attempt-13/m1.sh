#!/bin/bash
# m1.sh NAME SEED [psr run options...]: attempt 12's data-limited M1 (2,000 IFT + 2,000 EFT, mixed batches, Init
# 1,600 steps unless overridden, dev curve every 200 steps, no test-time search) for one seed, stopped once M1 is
# evaluated (attempt 9's run_to_m1.sh); log in /work/exp/hw/NAME.log
name=$1; seed=$2; shift 2
SEED=$seed exec "$(dirname "$0")/../attempt-9/run_to_m1.sh" $name ${BIN:-/work/exp/bin11} --set data.iftProblems=2000 \
  --set data.eftPairs=2000 --set data.mineProblems=2000 --set sft.steps=1600 --set sft.devEvery=200 \
  --set evaluation.testTimeProblems=0 "$@"
