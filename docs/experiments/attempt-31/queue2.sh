#!/bin/bash
# attempt 31 (c)-(d), after dh38 (queue.sh; its dk38, a 2,000-step cosine, was stopped at step ~150 to make room):
#  dh2, dh3: dh38's Init (1,200-step cosine, then 300 steps at the final rate) at run seeds 2 and 3 (data seed 1234)
#  dh38 through M4 (the default's three rounds of 3,000 questions)
hw=/work/exp/hw; probe=/work/main/docs/experiments/attempt-27/m1probe.sh
for s in 2 3; do
  BIN=/work/exp/bin48 $probe dh$s $s "c['sft']['devProblems']=1000; c['sft']['steps']=1500; c['sft']['decaySteps']=1200"
done
BIN=/work/exp/bin48 /work/main/docs/experiments/attempt-23/continue.sh dh38
