#!/bin/bash
# attempt 30 (g): after queue6.sh, d38e5 (def38's search, five epochs) continued through M4 at five epochs a round
cd /work/main
hw=/work/exp/hw; bin=/work/exp/bin38
while ! grep -q "^s38 wall=" $hw/s38.log 2>/dev/null; do sleep 10; done
/usr/bin/python3 - $hw/def38/config.json $hw/d38e5/config.json <<'PY'
import json,sys
c=json.load(open(sys.argv[2])); c['rounds']=json.load(open(sys.argv[1]))['rounds']
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
start=$(date +%s)
dotnet $bin/psr.dll run --resume $hw/d38e5 >> $hw/d38e5.log 2>&1 || echo "rc=$?" >> $hw/d38e5.log
echo "d38e5 M4 wall=$(( $(date +%s) - start ))s" >> $hw/d38e5.log
