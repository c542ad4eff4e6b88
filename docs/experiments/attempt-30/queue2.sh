#!/bin/bash
# attempt 30 (c): after queue.sh, def38's first round with search.retrySelfWrong (bin46 = main with the new key)
cd /work/main; hw=/work/exp/hw; here=docs/experiments/attempt-30
while ! grep -q "^e38 wall=" $hw/e38.log 2>/dev/null; do sleep 20; done
BIN=/work/exp/bin46 $here/round2from.sh r38 "c['search']['retrySelfWrong']=True"
