#!/bin/bash
# m1seeds: M1 only (Init with its dev curve every 100, then M1's greedy and judge evaluation; no test-time search),
# bucketed (the default) and mixed batches, for seeds 2 and 3 (SEEDS="3" for one); each run is stopped when its first search stage appears
bin=${BIN:-/work/exp/bin6}
cd /work/main
for seed in ${SEEDS:-2 3}; do
  for mode in bucketed mixed; do
    name=$mode-s$seed; dst=/work/exp/hw/$name
    extra=(); [ $mode = mixed ] && extra=(--set sft.mixedBatches=true)
    start=$(date +%s)
    dotnet $bin/psr.dll run --out $dst --seeds $seed --set sft.devEvery=100 --set evaluation.testTimeProblems=0 "${extra[@]}" > $dst.log 2>&1 &
    pid=$!
    while kill -0 $pid 2>/dev/null; do
      if ls -d $dst/*/stages/02-search >/dev/null 2>&1; then kill $pid; echo "stopped at 02-search" >> $dst.log; break; fi
      sleep 15
    done
    echo "$name wall=$(( $(date +%s) - start ))s" >> $dst.log
  done
done
