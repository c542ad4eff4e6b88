#!/bin/bash
# queue.sh: attempt 13 in the order it ran (one CPU-heavy job at a time). Seed 2 of attempt 12's three-round recipe;
# then from attempt 12's seed-1 M1 (l1) the recipe's first round with the exact oracle as the judge (l1o-e3) and with
# 16 candidates a step instead of 6 (l1w16-e3), each beside continued SFT for its steps; then seed 3
cd "$(dirname "$0")"
./chain.sh 2 > /work/exp/hw/chain2.out 2>&1
./firsts.sh
./chain.sh 3 > /work/exp/hw/chain3.out 2>&1
