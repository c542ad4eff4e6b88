#!/bin/bash
# queue2.sh: after queue.sh, from the same data-limited M1 (l1): more pairs from a hotter search (T = 1.0 instead of
# 0.5), with and without the unanimous-label rule, and the continued-SFT control for each round's steps
cd "$(dirname "$0")/../attempt-11"
export BIN=/work/exp/bin11 SRC=/work/exp/hw/l1/process-seed1
while ! grep -q "l1n wall=" /work/exp/hw/l1n.log 2>/dev/null; do sleep 20; done
SEARCH='{"temperature":1.0}' ./round.sh l1t
SEARCH='{"temperature":1.0,"unanimousLabels":true}' ./round.sh l1tu
./csft.sh l1tc l1t
