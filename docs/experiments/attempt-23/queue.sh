#!/bin/bash
# attempt 23, in the order things ran (after f5a2, started alone: m1probe.sh f5a2 2 "eftPairs 4000, sft.steps 1800")
cd /work/main
while pgrep -f "m1probe.sh f5a2" >/dev/null; do sleep 10; done
BIN=/work/exp/bin34 bash docs/experiments/attempt-23/m1probe.sh f5b2 2 "c['data']['eftPairs']=4000; c['sft']['iftRepeat']=2"
# then (started by hand at 04:12): continue.sh f5b2 (the three rounds of 3,000 questions from f5b2's M1)
# queue-2.sh: f5a2's three rounds after f5b2's
