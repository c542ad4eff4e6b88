#!/bin/bash
# attempt 30 (f): after queue4.sh, the default's Init (def38's configuration, seed 1234) with its dev curve on 1,000
# problems, so the report gives the last fifth's gain with a paired interval (bin46 has DevPoint.Solved)
cd /work/main
hw=/work/exp/hw
while ! grep -q "^u38r wall=" $hw/u38r.log 2>/dev/null; do sleep 10; done
BIN=/work/exp/bin46 docs/experiments/attempt-27/m1probe.sh dv38 1234 "c['sft']['devProblems']=1000"
