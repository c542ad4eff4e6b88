#!/bin/bash
# attempt 23: continue an M1 probe (m1probe.sh) into the default's three rounds of 3,000 questions, by resuming with
# the rounds restored (IFT, EFT, Init and M1's evaluation are kept by their hashes; the probe's 50-question M2 reruns)
cd /work/main
name=$1; bin=${BIN:-/work/exp/bin34}; dst=/work/exp/hw/$name
/usr/bin/python3 - $dst/config.json <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['rounds']=[{'name':f'M{i}','questions':3000} for i in (2,3,4)]
json.dump(c,open(sys.argv[1],'w'),indent=2)
PY
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst >> $dst.log 2>&1
echo "$name rounds wall=$(( $(date +%s) - start ))s" >> $dst.log
