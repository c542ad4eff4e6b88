#!/bin/bash
# attempt 33 (planned): does the held-rate Init's 300 more steps give the own-step judge (attempt 27's o1: judge 85.3 %,
# M1 greedy −4.35 points) its policy back? One M1 probe of the held-rate default (dh38's config.json, seed 1234) with
# only the judge's check and token cap changed; compare with dh38's M1 (54.00 %, judge 79.3 %) by
# attempt-23/m1table.py dh38 o8 and attempt-23/kinds.py dh38 o8. Waits for queue-5.sh, one job at a time.
cd /work/main
while pgrep -f 'attempt-32/queue-5.sh' >/dev/null; do sleep 30; done
SRC=/work/exp/hw/dh38 BIN=/work/exp/bin50 docs/experiments/attempt-23/m1probe.sh o8 1234 \
  "c['judge']['check']='OwnStep'; c['judge']['maxNewTokens']=256"
