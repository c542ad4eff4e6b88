#!/bin/bash
# attempt 25 (h): the best matched-check M1 (f7w2, judge 83.1 %) through one round of 3,000 questions (the probe's
# 50-question round replaced; IFT, EFT, Init and M1's evaluation kept by their hashes)
cd /work/main
dst=/work/exp/hw/f7w2
/usr/bin/python3 - $dst/config.json <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['rounds']=[{'name':'M2','questions':3000}]
json.dump(c,open(sys.argv[1],'w'),indent=2)
PY
start=$(date +%s)
dotnet /work/exp/bin37/psr.dll run --resume $dst >> $dst.log 2>&1
echo "f7w2 round wall=$(( $(date +%s) - start ))s" >> $dst.log
