#!/bin/bash
# attempt 30 (b): after oracle_round.sh j38, three first-round updates from filtered copies of a round-2 search
here=/work/main/docs/experiments/attempt-30
while ! grep -q "^j38 wall=" /work/exp/hw/j38.log; do sleep 20; done
for spec in "def38 p38 pure" "j38 h38 nohard" "j38 e38 noeasy"; do $here/update.sh $spec; done
