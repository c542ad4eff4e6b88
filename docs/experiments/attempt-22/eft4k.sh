#!/bin/bash
# attempt 22 (f): a probe for item 4 (the judge): the default's seed-2 M1 with 4,000 seed EFT pairs instead of 2,000
# (same 1,200 Init steps), up to its M1 evaluation
cd /work/main
src=/work/exp/hw/f3s2/process-seed2; dst=/work/exp/hw/f4e2; bin=/work/exp/bin32
rm -rf $dst; mkdir -p $dst  # IFT and EFT are rebuilt (seconds; the same IFT and test pairs as f3s2's)
/usr/bin/python3 - $src/config.json $dst/config.json <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['data']['eftPairs']=4000; c['rounds']=[{'name':'M2','questions':50}]
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 &
while ! grep -q "01-evaluate: done" $dst.log; do sleep 5; done
pkill -f "psr.dll run --resume $dst"
echo "f4e2 wall=$(( $(date +%s) - start ))s" >> $dst.log
