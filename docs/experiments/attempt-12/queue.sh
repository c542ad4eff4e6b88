#!/bin/bash
# queue.sh: attempt 12 in the order it ran (one CPU-heavy job at a time); logs in /work/exp/hw/NAME.log
cd "$(dirname "$0")/../attempt-11"
export BIN=/work/exp/bin11 U='{"unanimousLabels":true}'
while ! grep -q "n1u wall=" /work/exp/hw/n1u.log 2>/dev/null; do sleep 20; done  # SEARCH=$U ./round.sh n1u, started by hand
SRC=/work/exp/hw/n1u ./var.sh n1u-2ep '{"epochs":2}'                             # the same pairs, twice the dose
SRC=/work/exp/hw/mixed-s2/process-seed2 SEARCH=$U ./round.sh n2u                 # seed 2 (control n2c exists)
# a data-limited M1 (attempt 9's d1 recipe, now with mixed batches): 2,000 IFT + 2,000 EFT, Init 1,600 steps
../attempt-9/run_to_m1.sh l1 $BIN --set data.iftProblems=2000 --set data.eftPairs=2000 --set data.mineProblems=2000 \
  --set sft.steps=1600 --set sft.devEvery=200 --set evaluation.testTimeProblems=0
export SRC=/work/exp/hw/l1/process-seed1
SEARCH=$U ./round.sh l1u            # one filtered round from it
./csft.sh l1c l1u                   # its continued-SFT control
./round.sh l1n                      # the same round without the filter
