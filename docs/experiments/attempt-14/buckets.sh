#!/bin/bash
# buckets.sh BIN TAG N...: scaling.sh's greedy + self-judged search on the first N test problems with another binary
# (bin13: every generation call length-bucketed; bin14: only the search's judge and step calls, as merged), to compare
# with scaling-N (bin12, one padded batch per call); the outcome run was paused (SIGSTOP) meanwhile
bin=$1; tag=$2; shift 2; model=/work/exp/hw/l1/process-seed1/stages/01-init/model
cd /work/main
for n in "$@"; do
  dotnet $bin/psr.dll world measure --model $model -n $n --step-problems 0 --judge-pairs 0 --no-oracle-search \
    --out /work/exp/hw/$tag-$n.json > /work/exp/hw/$tag-$n.log 2>&1 || echo "rc=$?" >> /work/exp/hw/$tag-$n.log
done
