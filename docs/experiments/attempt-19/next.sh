#!/bin/bash
# next.sh SRC DST: the process run /work/exp/hw/SRC (a round.sh run) resumed with one more round of QUESTIONS (default
# 6,000) fresh questions and the same update, into /work/exp/hw/DST
set -e
hw=/work/exp/hw; bin=${BIN:-/work/exp/bin28}
rm -rf $hw/$2; mkdir -p $hw/$2; cp -r $hw/$1/stages $hw/$2/
/usr/bin/python3 - $hw/$1/config.json $hw/$2/config.json ${QUESTIONS:-6000} <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); k=len(c['rounds'])+2
c['rounds'].append({'name':f'M{k}','questions':int(sys.argv[3])})
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
cd /work/main
start=$(date +%s)
dotnet $bin/psr.dll run --resume $hw/$2 > $hw/$2.log 2>&1 || echo "rc=$?" >> $hw/$2.log
echo "$2 wall=$(( $(date +%s) - start ))s" >> $hw/$2.log
