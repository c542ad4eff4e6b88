#!/bin/bash
# attempt 32, third queue (replaces queue-2.sh's wait, which was stopped before it started anything): after queue.sh,
# the M1 probe of judge.check = OwnStepLast (o7: attempt 28 (c)'s o4, the own step with the carry split, with only the
# check changed; bin50 = main at 9814964), then queue-2.sh (seed 1's process run, the controls, the outcome baseline).
cd /work/main
while pgrep -f 'attempt-32/queue.sh' >/dev/null; do sleep 20; done
BIN=/work/exp/bin50 docs/experiments/attempt-27/m1probe.sh o7 1234 \
  "c['judge']['check']='OwnStepLast'; c['judge']['maxNewTokens']=256; c['judge']['carry']='Split'"
exec docs/experiments/attempt-32/queue-2.sh
