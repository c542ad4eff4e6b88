#!/bin/bash
# a1: the default run (mixed Init batches now default) with Init's products in bfloat16 (model.trainingPrecision =
# BFloat16Autocast), seed 1, dev curve every 100, stopped after M1's evaluation: issue 13's parity check against m2
# (attempt 10, identical but float32)
"$(dirname "$0")/../attempt-9/run_to_m1.sh" a1 /work/exp/bin8 --set sft.devEvery=100 --set model.trainingPrecision=BFloat16Autocast
