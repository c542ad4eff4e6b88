#!/bin/bash
# attempt 33, next (not run in session 34): o9's recipe (own step + carry split + 1,800 Init steps, the last fifth at the
# held final rate) on a seed set 1.5 times larger (3,000 IFT problems, EFT mined from M0 on the same 3,000, 6,000 EFT
# pairs). o9's Init memorised its 2,000 + 4,000 examples (training loss 0.002) with its policy 2.8 points below the
# default's M1; does more distinct seed data give both the policy and the judge (87.0 %) more? Seed 1234, through M4
# (stop it after M1's evaluation for the M1 probe alone: ~55 min of Init on the EPYC host). Restartable: resumes.
cd /work/main
bin=${BIN:-/work/exp/bin51}; dst=/work/exp/hw/o10
if [ -f $dst/config.json ]; then dotnet $bin/psr.dll run --resume $dst >> $dst.log 2>&1; exit; fi
start=$(date +%s)
dotnet $bin/psr.dll run --set judge.check=OwnStep --set judge.maxNewTokens=256 --set judge.carry=Split \
  --set sft.steps=1800 --set sft.decaySteps=1440 --set sft.devProblems=1000 \
  --set data.iftProblems=3000 --set data.mineProblems=3000 --set data.eftPairs=6000 --out $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "o10 wall=$(( $(date +%s) - start ))s" >> $dst.log
