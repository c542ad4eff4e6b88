#!/bin/bash
# c1: continued-SFT control on seed IFT+EFT from the same M1, 115 steps x 32 sequences at lr 1e-4 (the dose of v5/o4)
set -e
src=${SRC:-/work/exp/ds/ds0}; dst=/work/exp/ds/${NAME:-c1-lr1e4}
rm -rf $dst; mkdir -p $dst/stages
cp $src/config.json $dst/
for s in 00-ift 00-eft 01-init 01-evaluate; do cp -r $src/stages/$s $dst/stages/; done
python3 - "$dst/config.json" "${LR:-1e-4}" "${STEPS:-115}" <<'PY'
import json,sys
p=sys.argv[1]; c=json.load(open(p)); c['experiment']['method']='ContinuedSft'
c['continuedSft'].update({"steps":[int(sys.argv[3])],"learningRate":float(sys.argv[2])}); json.dump(c,open(p,'w'),indent=2)
PY
cd /work/main
dotnet /work/exp/bin2/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
python3 -c "
import json,glob;f=sorted(glob.glob('$dst/stages/02-*/evaluation.json'))[0];e=json.load(open(f));print('$dst', e['greedy']['accuracy'], e['greedy']['interval'])"
