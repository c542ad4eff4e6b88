#!/bin/bash
# attempt 22 (b): judge drafts (judge.drafts) A/B on one 600-question round from the default's seed-2 M1; the outcome
# queue (attempt 22 (a)) is paused (SIGSTOP) meanwhile so the timings are of a quiet machine
cd /work/main
pids=$(pgrep -f "psr.dll run --seeds"); kill -STOP $pids
export SRC=/work/exp/hw/f3s2/process-seed2 BIN=/work/exp/bin33
for k in 1 2; do
  bash docs/experiments/attempt-21/tweak.sh dr-off$k 600 "pass"
  bash docs/experiments/attempt-21/tweak.sh dr-on$k 600 "c['judge']['drafts']=True"
done
kill -CONT $pids
