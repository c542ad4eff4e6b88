#!/bin/bash
# attempt 29: continue an M1 probe (attempt-23/m1probe.sh) into the default's first round only (3,000 questions: the
# round-2 search, its update, M2's evaluation), by resuming with that round restored. usage: round2.sh NAME (BIN env)
cd /work/main
name=$1; bin=${BIN:-/work/exp/bin45}; dst=/work/exp/hw/$name
/usr/bin/python3 - $dst/config.json <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['rounds']=[{'name':'M2','questions':3000}]
json.dump(c,open(sys.argv[1],'w'),indent=2)
PY
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst >> $dst.log 2>&1
echo "$name round 2 rc=$? wall=$(( $(date +%s) - start ))s" >> $dst.log
