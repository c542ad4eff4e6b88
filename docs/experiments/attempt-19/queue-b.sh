#!/bin/bash
# attempt 19, after queue.sh (same order as run): seed 2's plateau M1, its 6,000-question imitation round and the
# continued-SFT control at the same steps; a second 6,000-question round from seed 1's; the same round judged by the oracle
d=docs/experiments/attempt-19
while ! grep -q 'pq2 wall=' /work/exp/hw/pq2.log 2>/dev/null; do sleep 20; done
SEED=2 bash docs/experiments/attempt-9/run_to_m1.sh p2 /work/exp/bin28 --preset plateau
export BIN=/work/exp/bin28 SRC=/work/exp/hw/p2/process-seed2 QUESTIONS=6000
bash docs/experiments/attempt-18/round.sh pq20 '{"replay":16,"replaySource":"OwnPaths","learningRate":1e-4,"loss":"None"}'
SEARCH_FROM=pq20 bash docs/experiments/attempt-18/round.sh pq22 '{"replay":16,"learningRate":1e-4,"loss":"None","nllWeight":0}'
bash $d/next.sh pq0 pq0-m3
export SRC=/work/exp/hw/p1/process-seed1
METHOD=OracleJudge bash docs/experiments/attempt-18/round.sh pq3 '{"replay":16,"replaySource":"OwnPaths","learningRate":1e-4,"loss":"None"}'
