#!/bin/bash
# run_to_m1.sh NAME BIN [psr run options...]: `psr run --out /work/exp/hw/NAME --seeds 1 OPTIONS` with the build in BIN
# (SEED: another seed), stopped when the first search stage appears (after M1's evaluation); log in /work/exp/hw/NAME.log
name=$1; bin=$2; shift 2
dst=/work/exp/hw/$name
cd /work/main
start=$(date +%s)
dotnet $bin/psr.dll run --out $dst --seeds ${SEED:-1} "$@" > $dst.log 2>&1 &
pid=$!
while kill -0 $pid 2>/dev/null; do
  if ls -d $dst/*/stages/02-search >/dev/null 2>&1; then kill $pid; echo "stopped at 02-search" >> $dst.log; break; fi
  sleep 20
done
echo "$name wall=$(( $(date +%s) - start ))s" >> $dst.log
