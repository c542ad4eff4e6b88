#!/bin/bash
# attempt 24 (e), after queue-2.sh: an M1 probe for item 4 at the default's settings, seed 2, with the seed training
# data's corruption mix tilted towards the kinds the judge misses (data.eftCorruptions: wrong operand 10 -> 30, wrong
# operation 8 -> 24, not yet available 10 -> 20, step number 2 -> 6; the test pairs keep the world's mix); bin36 has the key
cd /work/main
while pgrep -f "attempt-24/queue-2.sh" >/dev/null; do sleep 10; done
BIN=/work/exp/bin36 bash docs/experiments/attempt-23/m1probe.sh f6e2 2 "c['data']['eftPairs']=4000; c['sft']['iftRepeat']=2; c['data']['eftCorruptions']={'offBySmall':25,'changedDigit':20,'droppedCarry':20,'wrongOperand':30,'wrongOperation':24,'notYetAvailable':20,'earlyAnswer':5,'stepNumber':6}"
