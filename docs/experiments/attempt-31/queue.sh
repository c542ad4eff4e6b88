#!/bin/bash
# attempt 31, after dl38's rounds (attempt-23/continue.sh dl38: the 1,500-step Init through M4), two Init probes of the
# default (seed 1234, dev curve on 1,000 problems): is the last fifth flat to <= 1 point (issue 12 item 3's letter)?
#  dh38: 1,500 steps whose cosine ends at step 1,200 (sft.decaySteps, bin47) and then holds the final rate: its first
#        1,200 steps are the default's Init, the last fifth is more of the same training at the final rate
#  dk38: a 2,000-step cosine
hw=/work/exp/hw; probe=/work/main/docs/experiments/attempt-27/m1probe.sh
while ! grep -q "^dl38 rounds wall=" $hw/dl38.log 2>/dev/null; do sleep 10; done
BIN=/work/exp/bin47 $probe dh38 1234 "c['sft']['devProblems']=1000; c['sft']['steps']=1500; c['sft']['decaySteps']=1200"
BIN=/work/exp/bin47 $probe dk38 1234 "c['sft']['devProblems']=1000; c['sft']['steps']=2000"
