#!/bin/bash
# attempt 23, after seeds 1 and 3: the state-first check (judge.check = StateFirst, docs/world.md §3) at f5b2's seed
# data, M1 only
cd /work/main
while pgrep -f "queue-3.sh" >/dev/null; do sleep 10; done
BIN=/work/exp/bin35 bash docs/experiments/attempt-23/m1probe.sh f5d2 2 "c['data']['eftPairs']=4000; c['sft']['iftRepeat']=2; c['judge']['check']='StateFirst'"
