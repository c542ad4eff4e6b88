#!/bin/bash
# attempt 30 (g): after queue6.sh, the default's Init at 1,500 steps instead of 1,200 (seed 1234), its dev curve on
# 1,000 problems: does a longer Init flatten its last fifth (issue 12 item 3's letter)?
hw=/work/exp/hw
while ! grep -q "^s38 wall=" $hw/s38.log 2>/dev/null; do sleep 10; done
BIN=/work/exp/bin46 /work/main/docs/experiments/attempt-27/m1probe.sh dl38 1234 "c['sft']['devProblems']=1000; c['sft']['steps']=1500"
