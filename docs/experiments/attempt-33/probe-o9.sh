#!/bin/bash
# attempt 33 (session 34): the own-step judge with the carry split off and 1,800 Init steps whose last fifth holds the
# final rate, the default's seed 1234, through M4 (item 4: does a longer Init give the own-step judge its policy and
# arithmetic back? attempt 27 (d) and 28 (c): at 1,200 steps it cost 4.35-4.6 points of M1's greedy accuracy).
# Compare with def38, c1, o4 and dh38 (world.md attempts 26-31, same seed, same kind of host). Restartable: resumes.
cd /work/main
bin=${BIN:-/work/exp/bin51}; dst=/work/exp/hw/o9
if [ -f $dst/config.json ]; then dotnet $bin/psr.dll run --resume $dst >> $dst.log 2>&1; exit; fi
start=$(date +%s)
dotnet $bin/psr.dll run --set judge.check=OwnStep --set judge.maxNewTokens=256 --set judge.carry=Split \
  --set sft.steps=1800 --set sft.decaySteps=1440 --set sft.devProblems=1000 --out $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "o9 wall=$(( $(date +%s) - start ))s" >> $dst.log
