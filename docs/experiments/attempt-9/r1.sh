#!/bin/bash
# r1: one 2,000-question round (step-DPO + NLL, lr 1e-5 x 1 epoch, batch 16: attempts 7-8's dose) from d1's
# data-limited M1 (its IFT, EFT, Init and M1 evaluation copied in; every hash checked on resume)
set -e
src=/work/exp/hw/d1/process-seed1; dst=/work/exp/hw/r1
rm -rf $dst; mkdir -p $dst/stages
python3 - $src/config.json $dst/config.json <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['rounds']=[{'name':'M2','questions':2000}]; c['dpo'].update({'epochs':1})
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
for s in 00-ift 00-eft 01-init 01-evaluate; do cp -r $src/stages/$s $dst/stages/; done
cd /work/main
start=$(date +%s)
dotnet /work/exp/bin5/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "r1 wall=$(( $(date +%s) - start ))s" >> $dst.log
