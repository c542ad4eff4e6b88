#!/bin/bash
# attempt 35 (b): o11's recipe (attempt 34 (d): own step, carry split, comparisons from the left, five times the
# step-number seed pairs, 1,800 Init steps with a held last fifth, 3,000 seed problems, 6,000 EFT pairs) with every
# numbered step's number checked first (judge.stepNumbers=Always): o11's M1 judge missed 14 of its 16 step-number
# verdicts. Seed 1234, through M4; M1 alone answers the step-number question (stop after 01-evaluate if time is short).
# Restartable: resumes. Needs a build with judge.stepNumbers (main 08fe2f1 or later).
cd /work/main
bin=${BIN:-/work/exp/bin53}; dst=/work/exp/hw/o12
if [ -f $dst/config.json ]; then dotnet $bin/psr.dll run --resume $dst >> $dst.log 2>&1; exit; fi
start=$(date +%s)
dotnet $bin/psr.dll run --set judge.check=OwnStep --set judge.maxNewTokens=256 --set judge.carry=Split \
  --set sft.steps=1800 --set sft.decaySteps=1440 --set sft.devProblems=1000 \
  --set data.iftProblems=3000 --set data.mineProblems=3000 --set data.eftPairs=6000 \
  --set data.eftCorruptions.stepNumber=10 --set judge.digitOrder=FromLeft --set judge.stepNumbers=Always \
  --out $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "o12 wall=$(( $(date +%s) - start ))s" >> $dst.log
