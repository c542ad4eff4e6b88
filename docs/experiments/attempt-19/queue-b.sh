#!/bin/bash
# attempt 19, after queue.sh, in the order things ran: seed 2's plateau M1, its 6,000-question imitation round and the
# continued-SFT control at the same steps; the outcome baseline's round with the same update from its seed-2 M1 (po2,
# attempt 18 (e)); a second 6,000-question round from seed 1's; the same first round judged by the oracle
d=docs/experiments/attempt-19
SEED=2 bash docs/experiments/attempt-9/run_to_m1.sh p2 /work/exp/bin28 --preset plateau
export BIN=/work/exp/bin28 SRC=/work/exp/hw/p2/process-seed2 QUESTIONS=6000
bash docs/experiments/attempt-18/round.sh pq20 '{"replay":16,"replaySource":"OwnPaths","learningRate":1e-4,"loss":"None"}'
SEARCH_FROM=pq20 bash docs/experiments/attempt-18/round.sh pq22 '{"replay":16,"learningRate":1e-4,"loss":"None","nllWeight":0}'
SRC=/work/exp/hw/po2/outcome-seed2 bash docs/experiments/attempt-15/outround.sh pqo2 '{"replay":16,"replaySource":"OwnPaths","learningRate":1e-4,"loss":"None","epochs":3}'
bash $d/next.sh pq0 pq0-m3
export SRC=/work/exp/hw/p1/process-seed1
METHOD=OracleJudge bash docs/experiments/attempt-18/round.sh pq3 '{"replay":16,"replaySource":"OwnPaths","learningRate":1e-4,"loss":"None"}'
