#!/bin/bash
# attempt 25 queue 4 (replaces queue-3.sh before it started): after queue.sh, (f) the outcome baseline's best
# one-round change (outcome.temperature = 1.0) through M4 on seeds 2 (from f7ot2's round), 1 and 3; then (e) the
# matched-check M1 probe with three IFT copies and attempt 24 (e)'s tilted corruption mix.
cd /work/main/docs/experiments/attempt-25
while pgrep -f "\./queue\.sh|outcome-study\.sh" > /dev/null; do sleep 10; done
./outcome-m4.sh f7ox2 2 "o['temperature']=1.0" f7ot2
./outcome-m4.sh f7ox1 1 "o['temperature']=1.0"
./outcome-m4.sh f7ox3 3 "o['temperature']=1.0"
BIN=/work/exp/bin37 ./m1probe.sh f7w2 2 "c['judge']['check']='Matched'; c['judge']['maxNewTokens']=256; c['sft']['iftRepeat']=3; c['data']['eftCorruptions']={'offBySmall':25,'changedDigit':20,'droppedCarry':20,'wrongOperand':30,'wrongOperation':24,'notYetAvailable':20,'earlyAnswer':5,'stepNumber':6}"
