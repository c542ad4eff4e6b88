#!/bin/bash
# attempt 34, next: the default (arithmetic judge, 1,200 Init steps) on o10's seed set, 3,000 IFT problems, EFT mined
# on the same 3,000 and 6,000 EFT pairs: is o10's +7.1 points of M1 over the default the seed data's, at the default's
# cost (o10's own-step judge takes about twice the default's Init and search time)? Seed 1234, through M4; compare
# with o10 and the default's seed-1234 numbers (attempt 26). Restartable: resumes.
cd /work/main
bin=${BIN:-/work/exp/bin52}; dst=/work/exp/hw/d3k
if [ -f $dst/config.json ]; then dotnet $bin/psr.dll run --resume $dst >> $dst.log 2>&1; exit; fi
start=$(date +%s)
dotnet $bin/psr.dll run --set sft.devProblems=1000 \
  --set data.iftProblems=3000 --set data.mineProblems=3000 --set data.eftPairs=6000 --out $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "d3k wall=$(( $(date +%s) - start ))s" >> $dst.log
