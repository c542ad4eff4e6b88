#!/bin/bash
# o0: like ds0 but the search judged by the exact oracle (issue 12's perfect-judge control), then DPO variants on its pairs
set -e
src=/work/exp/ds/ds0; dst=/work/exp/ds/o0
rm -rf $dst; mkdir -p $dst/stages
cp $src/config.json $dst/
for s in 00-ift 00-eft 01-init 01-evaluate; do cp -r $src/stages/$s $dst/stages/; done
python3 - "$dst/config.json" <<'PY'
import json,sys
p=sys.argv[1]; c=json.load(open(p)); c['experiment']['method']='OracleJudge'; json.dump(c,open(p,'w'),indent=2)
PY
cd /work/main
start=$(date +%s)
dotnet /work/exp/bin1/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "o0 wall=$(( $(date +%s) - start ))s" >> $dst.log
cd /work/exp/ds
python3 -c "
import json;e=json.load(open('o0/stages/02-evaluate/evaluation.json'));print('o0 lr1e-5', e['greedy']['accuracy'], e['greedy']['interval'], e.get('pairs'))"
sed -i 's|src=/work/exp/ds/ds0|src=${SRC:-/work/exp/ds/ds0}|' var.sh
SRC=/work/exp/ds/o0 ./var.sh o1-lr3e5 '{"learningRate":3e-5}'
SRC=/work/exp/ds/o0 ./var.sh o2-lr1e4 '{"learningRate":1e-4}'
SRC=/work/exp/ds/o0 ./var.sh o4-lr1e4-sftonly '{"learningRate":1e-4,"beta":1e-6}'
SRC=/work/exp/ds/o0 ./var.sh o3-lr3e5-nonll '{"learningRate":3e-5,"nllWeight":0}'
