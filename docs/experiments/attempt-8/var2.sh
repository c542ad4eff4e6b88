#!/bin/bash
# var.sh NAME 'json dpo overrides'  — copy ds0 up to 02-search, edit dpo, resume (DPO on the same 2,000-question pairs + greedy eval)
set -e
name=$1; dpo=$2
src=${SRC:-/work/exp/ds/ds0}; dst=/work/exp/ds/$name
rm -rf $dst; mkdir -p $dst/stages
cp $src/config.json $dst/
for s in 00-ift 00-eft 01-init 01-evaluate 02-search; do cp -r $src/stages/$s $dst/stages/; done
python3 - "$dst/config.json" "$dpo" <<'PY'
import json,sys
p,d=sys.argv[1],sys.argv[2]
c=json.load(open(p)); c['dpo'].update(json.loads(d))
json.dump(c,open(p,'w'),indent=2)
PY
cd /work/main
start=$(date +%s)
dotnet ${BIN:-/work/exp/bin2}/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "$name wall=$(( $(date +%s) - start ))s" >> $dst.log
python3 - $dst <<'PY'
import json,sys
d=sys.argv[1]
e=json.load(open(d+'/stages/02-evaluate/evaluation.json'))['greedy']
print(d.split('/')[-1], 'M2 greedy', e['accuracy'], e['interval']['low'], e['interval']['high'])
PY
