#!/bin/bash
# scaling.sh: issue 13 item 4, cost per item at 200, 800 and 2,000 items: greedy decoding and the self-judged search
# (the loop's search, test-time mode, w = 6, T = 0.5, both orders) on the first N test problems, with l1's M1
bin=${BIN:-/work/exp/bin12}; model=/work/exp/hw/l1/process-seed1/stages/01-init/model
cd /work/main
for n in 200 800 2000; do
  dotnet $bin/psr.dll world measure --model $model -n $n --step-problems 0 --judge-pairs 0 --no-oracle-search \
    --out /work/exp/hw/scaling-$n.json > /work/exp/hw/scaling-$n.log 2>&1 || echo "rc=$?" >> /work/exp/hw/scaling-$n.log
done
