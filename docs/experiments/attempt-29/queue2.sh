#!/bin/bash
# attempt 29: after o5's first round (round2.sh o5), k1 = c1 (the default with the carry split) with high-digit slips
# in the seed EFT in place of some off-by-small and changed digits (the world's other weights), through its round-2
# search (round2probe.sh; stopped by hand after the search if the session's time runs out)
cd /work/main
while pgrep -f "round2.sh o5" >/dev/null; do sleep 10; done
BIN=/work/exp/bin45 bash docs/experiments/attempt-29/round2probe.sh k1 1234 "c['judge']['carry']='Split'; c['data']['eftCorruptions']={'offBySmall':10,'changedDigit':15,'droppedCarry':20,'wrongOperand':10,'wrongOperation':8,'notYetAvailable':10,'earlyAnswer':5,'stepNumber':2,'highDigit':25}; c['sft']['devProblems']=1000"
