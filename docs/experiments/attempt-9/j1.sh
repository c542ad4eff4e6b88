#!/bin/bash
# j1: attempt 6's default run (seed 1, dev curve every 100) with judge.check=StateFirst
"$(dirname "$0")/run_to_m1.sh" j1 /work/exp/bin4 --set sft.devEvery=100 --set judge.check=StateFirst
