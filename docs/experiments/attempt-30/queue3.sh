#!/bin/bash
# attempt 30 (d): after queue2.sh (r38), the update's dose: the same searches, more epochs
here=/work/main/docs/experiments/attempt-30
while ! grep -q "^r38 wall=" /work/exp/hw/r38.log 2>/dev/null; do sleep 20; done
for spec in "def38 d38e5 all 5" "p38 p38e4 pure 4" "def38 d38e4 all 4"; do
  set -- $spec; $here/update.sh $1 $2 $3 "c['dpo']['epochs']=$4"
done
