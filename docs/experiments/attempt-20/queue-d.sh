#!/bin/bash
# attempt 20 (d): the candidate with rounds of 3,000 questions (the 30-minute budget), seed 1, from f1's M1, after queue-c
cd /work/main
while pgrep -f "attempt-20/queue-c.sh" > /dev/null; do sleep 30; done
bash docs/experiments/attempt-20/candidate-from.sh f1q3 1 f1 --set 'rounds[0].questions=3000' \
  --set 'rounds[1].questions=3000' --set 'rounds[2].questions=3000' --set continuedSft.pairsPerQuestion=0.5
