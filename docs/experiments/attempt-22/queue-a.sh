#!/bin/bash
# attempt 22 (a): the outcome baseline on the default preset (main 1a4b2f7), seeds 2 and 3; seed 1 is attempt 21 (c)
cd /work/main
bin=/work/exp/bin32
for s in 2 3; do
  dst=/work/exp/hw/f4o$s; rm -rf $dst
  start=$(date +%s)
  dotnet $bin/psr.dll run --seeds $s --methods outcome --out $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
  echo "f4o$s wall=$(( $(date +%s) - start ))s" >> $dst.log
done
