#!/bin/bash
# attempt 29: M1 probes of Init's objective (def38's configuration, seed 1234), one at a time, after o5
# (o5 = OwnStep + carry split + 3 IFT copies, started by hand:
#  BIN=/work/exp/bin43 attempt-27/m1probe.sh o5 1234 "c['judge']['check']='OwnStep'; c['judge']['carry']='Split'; c['judge']['maxNewTokens']=256; c['sft']['iftRepeat']=3").
cd /work/main
p=docs/experiments/attempt-27/m1probe.sh
while pgrep -f "psr.dll run --resume /work/exp/hw/o5" >/dev/null; do sleep 10; done
# (devProblems 1000: the dev curve's last fifth measured on five times as many problems; it does not change training)
# o6: the own step + carry split with Init's loss averaged per sequence (bin44 has sft.lossNormalization)
BIN=/work/exp/bin44 bash $p o6 1234 "c['judge']['check']='OwnStep'; c['judge']['carry']='Split'; c['judge']['maxNewTokens']=256; c['sft']['lossNormalization']='Sequences'; c['sft']['devProblems']=1000"
# s1: the default with Init's loss averaged per sequence
BIN=/work/exp/bin44 bash $p s1 1234 "c['sft']['lossNormalization']='Sequences'; c['sft']['devProblems']=1000"
