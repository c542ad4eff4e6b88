#!/bin/bash
# a2: a1 again with the padded bfloat16 micro-batches (Release build of main with the padding, /work/exp/bin10):
# the default run with model.trainingPrecision=BFloat16Autocast, seed 1, dev curve every 100, stopped after M1
"$(dirname "$0")/../attempt-9/run_to_m1.sh" a2 /work/exp/bin10 --set sft.devEvery=100 --set model.trainingPrecision=BFloat16Autocast
