#!/bin/bash
# attempt 21 (b): the default candidate of attempt 20 (d) (rounds of 3,000 questions) from scratch on seeds 2 and 3,
# so that it has three seeds (seed 1 is f1q3, whose copied stages hash as a from-scratch run's)
cd /work/main
for seed in 2 3; do
  bash docs/experiments/attempt-20/candidate.sh f3s$seed $seed --set 'rounds[0].questions=3000' \
    --set 'rounds[1].questions=3000' --set 'rounds[2].questions=3000' --set continuedSft.pairsPerQuestion=0.5
done
