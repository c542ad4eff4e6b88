#!/bin/bash
# pc3: continued-SFT control over three rounds from p0's M1 (1,600-step Init), the step counts of p1's three DPO rounds, lr 1e-5
set -e
src=/work/exp/ds/p0; dst=/work/exp/ds/pc3-csft3-lr1e5
rm -rf $dst; mkdir -p $dst/stages
cp $src/config.json $dst/
for s in 00-ift 00-eft 01-init 01-evaluate; do cp -r $src/stages/$s $dst/stages/; done
python3 - "$dst/config.json" <<'PY'
import json,sys
p=sys.argv[1]; c=json.load(open(p)); c['experiment']['method']='ContinuedSft'
c['rounds']=[{"name":"M2","questions":2000},{"name":"M3","questions":2000},{"name":"M4","questions":2000}]
c['continuedSft'].update({"steps":[49,50,51],"learningRate":1e-5}); json.dump(c,open(p,'w'),indent=2)
PY
cd /work/main
dotnet /work/exp/bin2/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
