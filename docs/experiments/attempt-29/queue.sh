#!/bin/bash
# attempt 29: probes one at a time, after o5
# (o5 = OwnStep + carry split + 3 IFT copies, started by hand:
#  BIN=/work/exp/bin43 attempt-27/m1probe.sh o5 1234 "c['judge']['check']='OwnStep'; c['judge']['carry']='Split'; c['judge']['maxNewTokens']=256; c['sft']['iftRepeat']=3").
# (devProblems 1000: the dev curve's last fifth measured on five times as many problems; it does not change training)
cd /work/main
p=docs/experiments/attempt-27/m1probe.sh
while pgrep -f "psr.dll run --resume /work/exp/hw/o5" >/dev/null; do sleep 10; done
# o6: the own step + carry split with Init's loss averaged per sequence (bin44 has sft.lossNormalization)
BIN=/work/exp/bin44 bash $p o6 1234 "c['judge']['check']='OwnStep'; c['judge']['carry']='Split'; c['judge']['maxNewTokens']=256; c['sft']['lossNormalization']='Sequences'; c['sft']['devProblems']=1000"
# (k1 below was stopped at its start to give o6's rounds the time (`BIN=/work/exp/bin44 attempt-23/continue.sh o6`,
#  stopped in round 3 for o5's first round, `round2.sh o5`); it ran later from queue2.sh)
# k1: c1 (the carry split) with high-digit slips in the seed EFT in place of some off-by-small and changed digits, through M2
BIN=/work/exp/bin45 bash docs/experiments/attempt-29/round2probe.sh k1 1234 "c['judge']['carry']='Split'; c['data']['eftCorruptions']={'offBySmall':10,'changedDigit':15,'droppedCarry':20,'wrongOperand':10,'wrongOperation':8,'notYetAvailable':10,'earlyAnswer':5,'stepNumber':2,'highDigit':25}; c['sft']['devProblems']=1000"
