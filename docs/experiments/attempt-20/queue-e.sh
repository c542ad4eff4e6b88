#!/bin/bash
# attempt 20 (e): f1's first round again with at most 12 judge calls an expansion (round-robin, both orders), to see
# what the search's judge calls buy: the same M1, questions, update and settings otherwise
cd /work/main
export BIN=/work/exp/bin31 SRC=/work/exp/hw/f1/process-seed1 QUESTIONS=5000
SEARCH='{"judgeCallBudget":12}' bash docs/experiments/attempt-18/round.sh f1b12 '{}'
