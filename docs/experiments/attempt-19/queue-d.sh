#!/bin/bash
# attempt 19, last: seed 3's plateau M1, its 6,000-question imitation round and the continued-SFT control
SEED=3 bash docs/experiments/attempt-9/run_to_m1.sh p3 /work/exp/bin28 --preset plateau
export BIN=/work/exp/bin28 SRC=/work/exp/hw/p3/process-seed3 QUESTIONS=6000
bash docs/experiments/attempt-18/round.sh pq30 '{"replay":16,"replaySource":"OwnPaths","learningRate":1e-4,"loss":"None"}'
SEARCH_FROM=pq30 bash docs/experiments/attempt-18/round.sh pq32 '{"replay":16,"learningRate":1e-4,"loss":"None","nllWeight":0}'
