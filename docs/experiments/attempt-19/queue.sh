#!/bin/bash
# attempt 19, in the order things ran (one job at a time; from /work/main)
d=docs/experiments/attempt-19
# the Small model's M0 (stopped after its step-1000 snapshot), its snapshots' greedy accuracy, the plateau chain
#   dotnet /work/exp/bin28/psr.dll world pretrain --preset default --size Small --out /work/exp/hw/m0s --steps 2000 \
#     --warmup 100 --ift 100000 --seed 1 --snapshot-every 100
#   bash $d/snapshots.sh /work/exp/hw/m0s 400 1500
#   bash $d/small.sh 1
while ! grep -q 'ps1 wall=' /work/exp/hw/ps1.log 2>/dev/null; do sleep 30; done
# three rounds' questions in one round from the tiny plateau M1 (p1, attempt 18), imitation of its own self-verified
# paths without a preference term; then the recipe's step-DPO on the very same search
export BIN=/work/exp/bin28 SRC=/work/exp/hw/p1/process-seed1 QUESTIONS=6000
bash docs/experiments/attempt-18/round.sh pq0 '{"replay":16,"replaySource":"OwnPaths","learningRate":1e-4,"loss":"None"}'
export SEARCH_FROM=pq0
bash docs/experiments/attempt-18/round.sh pq1 '{}'
bash docs/experiments/attempt-18/round.sh pq2 '{"replay":16,"learningRate":1e-4,"loss":"None","nllWeight":0}'
