#!/bin/bash
# queue-b.sh from its second line on, started once seed 2's M1 (already running) was done
while ! grep -q 'p2 wall=' /work/exp/hw/p2.log 2>/dev/null; do sleep 20; done
d=docs/experiments/attempt-19
export BIN=/work/exp/bin28 SRC=/work/exp/hw/p2/process-seed2 QUESTIONS=6000
bash docs/experiments/attempt-18/round.sh pq20 '{"replay":16,"replaySource":"OwnPaths","learningRate":1e-4,"loss":"None"}'
SEARCH_FROM=pq20 bash docs/experiments/attempt-18/round.sh pq22 '{"replay":16,"learningRate":1e-4,"loss":"None","nllWeight":0}'
SRC=/work/exp/hw/po2/outcome-seed2 bash docs/experiments/attempt-15/outround.sh pqo2 '{"replay":16,"replaySource":"OwnPaths","learningRate":1e-4,"loss":"None","epochs":3}'
bash $d/next.sh pq0 pq0-m3
export SRC=/work/exp/hw/p1/process-seed1
METHOD=OracleJudge bash docs/experiments/attempt-18/round.sh pq3 '{"replay":16,"replaySource":"OwnPaths","learningRate":1e-4,"loss":"None"}'
