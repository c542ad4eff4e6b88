#!/bin/bash
# snapshots.sh DIR FROM TO: greedy accuracy of M0 snapshots DIR/snapshots/step-N (N = FROM..TO by 100) on 300 test
# problems, each measured as soon as the pretraining writes it; one line per snapshot in DIR/snapshots.txt
dir=$1; bin=${BIN:-/work/exp/bin28}
for n in $(seq $2 100 $3); do
  snap=$(printf "%s/snapshots/step-%05d" $dir $n)
  while [ ! -f $snap/model.safetensors ]; do sleep 15; done
  sleep 5
  dotnet $bin/psr.dll world measure --model $snap -n 300 --step-problems 100 --judge-pairs 0 --no-search --out $dir/measure-$n.json > $dir/measure-$n.log 2>&1
  echo "step $n: $(grep -i -m1 'greedy' $dir/measure-$n.log)" >> $dir/snapshots.txt
done
