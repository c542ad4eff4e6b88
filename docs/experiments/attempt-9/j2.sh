#!/bin/bash
# j2: attempt 7's single round (ds0: 2,000 questions, step-DPO + NLL lr 1e-5 x 1 epoch, greedy-only evaluation)
# from the state-first M1 of j1 (its IFT, EFT and Init stages copied in, every hash checked on resume)
set -e
src=/work/exp/hw/j1/process-seed1; dst=/work/exp/hw/j2
rm -rf $dst; mkdir -p $dst/stages
python3 - /work/exp/ds/ds0/config.json $dst/config.json <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['judge']['check']='StateFirst'; json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
for s in 00-ift 00-eft 01-init; do cp -r $src/stages/$s $dst/stages/; done
cd /work/main
start=$(date +%s)
dotnet /work/exp/bin4/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "j2 wall=$(( $(date +%s) - start ))s" >> $dst.log
