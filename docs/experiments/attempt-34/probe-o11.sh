#!/bin/bash
# attempt 34 (c): o10's recipe (own step + carry split + 1,800 Init steps with a held last fifth, 3,000 IFT problems,
# EFT mined on the same 3,000, 6,000 EFT pairs) with (i) five times the step-number pairs in the seed mix
# (data.eftCorruptions.stepNumber 2 -> 10; the test pairs keep the world's mix): o10's judge missed all 16 step-number
# verdicts, 1.6 of its 1.6 points short of 90 %; and (ii) every comparison from the left (judge.digitOrder=FromLeft,
# attempt 34 (b)). The two touch different kinds (step number; the digit and operation comparisons), read apart in the
# per-kind table and first_error.py. Seed 1234, through M4. Restartable: resumes. Needs a build with judge.digitOrder.
cd /work/main
bin=${BIN:-/work/exp/bin52}; dst=/work/exp/hw/o11
if [ -f $dst/config.json ]; then dotnet $bin/psr.dll run --resume $dst >> $dst.log 2>&1; exit; fi
start=$(date +%s)
dotnet $bin/psr.dll run --set judge.check=OwnStep --set judge.maxNewTokens=256 --set judge.carry=Split \
  --set sft.steps=1800 --set sft.decaySteps=1440 --set sft.devProblems=1000 \
  --set data.iftProblems=3000 --set data.mineProblems=3000 --set data.eftPairs=6000 \
  --set data.eftCorruptions.stepNumber=10 --set judge.digitOrder=FromLeft --out $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "o11 wall=$(( $(date +%s) - start ))s" >> $dst.log
