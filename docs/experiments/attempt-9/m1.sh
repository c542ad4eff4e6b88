#!/bin/bash
# m1: attempt 6's default run (seed 1, dev curve every 100) with sft.mixedBatches=true (no length bucketing in Init);
# greedy + judge evaluation only
"$(dirname "$0")/run_to_m1.sh" m1 /work/exp/bin5 --set sft.devEvery=100 --set sft.mixedBatches=true --set evaluation.testTimeProblems=0
