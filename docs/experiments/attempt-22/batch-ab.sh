#!/bin/bash
# attempt 22 (d): search.judgeBatchSize 64 against the default's 256 on one 600-question round from the default's seed-2
# M1 (f3s2), A/B/A/B, the outcome queue paused meanwhile (SIGSTOP)
cd /work/main
pids=$(pgrep -f "psr.dll run --seeds"); kill -STOP $pids
export SRC=/work/exp/hw/f3s2/process-seed2 BIN=/work/exp/bin32
for k in 1 2; do
  bash docs/experiments/attempt-21/tweak.sh jb64-$k 600 "c['search']['judgeBatchSize']=64"
  bash docs/experiments/attempt-21/tweak.sh jb256-$k 600 "pass"
done
kill -CONT $pids
