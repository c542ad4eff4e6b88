#!/bin/bash
# d1: a data-limited seed set (2,000 IFT + 2,000 EFT, the paper's situation: few labels, many questions), Init 1,600 steps
# with the dev curve every 200, from the shipped M0. CHECK=Arithmetic|StateFirst
"$(dirname "$0")/run_to_m1.sh" d1 /work/exp/bin4 --set data.iftProblems=2000 --set data.eftPairs=2000 --set data.mineProblems=2000 \
  --set sft.steps=1600 --set sft.devEvery=200 --set judge.check=${CHECK:-Arithmetic}
