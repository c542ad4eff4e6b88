#!/bin/bash
# p1: p0 (1,600-step Init M1, one 2,000-question round at dpo lr 1e-5) continued by rounds M3, M4 of 2,000 questions each
set -e
cd /work/exp/ds
src=/work/exp/ds/p0; dst=/work/exp/ds/p1
rm -rf $dst; cp -r $src $dst; rm -f $dst/report.* $dst/summary.*
python3 - "$dst/config.json" <<'PY'
import json,sys
p=sys.argv[1]; c=json.load(open(p)); c['rounds']=[{"name":"M2","questions":2000},{"name":"M3","questions":2000},{"name":"M4","questions":2000}]; json.dump(c,open(p,'w'),indent=2)
PY
cd /work/main
start=$(date +%s)
dotnet /work/exp/bin2/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "p1 wall=$(( $(date +%s) - start ))s" >> $dst.log
