#!/bin/bash
# attempt 31 (c): queue2.sh stopped after dh2 (the machine ran slower; dh38's rounds did not fit the session): dh3 only
hw=/work/exp/hw; probe=/work/main/docs/experiments/attempt-27/m1probe.sh
while ! grep -q "^dh2 wall=" $hw/dh2.log 2>/dev/null; do sleep 10; done
BIN=/work/exp/bin48 $probe dh3 3 "c['sft']['devProblems']=1000; c['sft']['steps']=1500; c['sft']['decaySteps']=1200"
