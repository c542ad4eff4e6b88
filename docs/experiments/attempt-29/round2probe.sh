#!/bin/bash
# attempt 29: a probe of def38's configuration (seed 1234's data) with overrides through its first round (M1, the
# round-2 search of 3,000 questions, the update, M2's evaluation); attempt-23/m1probe.sh with one round kept.
# usage: round2probe.sh NAME SEED 'python statements editing c (the config dict)'   (BIN env: the binary folder)
cd /work/main
name=$1; seed=$2; py=$3
src=/work/exp/hw/def38; dst=/work/exp/hw/$name; bin=${BIN:-/work/exp/bin45}
rm -rf $dst; mkdir -p $dst
/usr/bin/python3 - $src/config.json $dst/config.json "$py" "$seed" <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['seeds']['run']=int(sys.argv[4]); exec(sys.argv[3]); c['rounds']=c['rounds'][:1]
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1
echo "$name rc=$? wall=$(( $(date +%s) - start ))s" >> $dst.log
