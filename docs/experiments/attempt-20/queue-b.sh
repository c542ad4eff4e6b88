#!/bin/bash
# attempt 20 (b): seed 1's verified round again with search.judgeIdentical (bin30): the same search, whose expansions
# of six identical candidates are now judged once for their label, so a self-verified path vouches only for checked steps
cd /work/main
while pgrep -f attempt-20/queue.sh > /dev/null; do sleep 30; done
export BIN=/work/exp/bin30 SRC=/work/exp/hw/p1/process-seed1 QUESTIONS=6000
SEARCH='{"judgeIdentical":true}' bash docs/experiments/attempt-18/round.sh pqj0 '{"replay":16,"replaySource":"OwnPaths","learningRate":1e-4,"loss":"None"}'
