#!/bin/bash
# c1: the continued-SFT control from d1's M1: the same optimizer steps as r1's DPO round, 32 seed sequences a step, lr 1e-5
set -e
src=/work/exp/hw/r1; dst=/work/exp/hw/c1
steps=$(python3 -c "import json;m=json.load(open('$src/stages/02-step-dpo/manifest.json'));print(m['counts'].get('steps', m['counts'].get('optimizerSteps')))")
rm -rf $dst; mkdir -p $dst/stages
cp $src/config.json $dst/
for s in 00-ift 00-eft 01-init 01-evaluate; do cp -r $src/stages/$s $dst/stages/; done
python3 - "$dst/config.json" "$steps" <<'PY'
import json,sys
p=sys.argv[1]; c=json.load(open(p)); c['experiment']['method']='ContinuedSft'
c['continuedSft'].update({"steps":[int(sys.argv[2])],"learningRate":1e-5}); json.dump(c,open(p,'w'),indent=2)
PY
cd /work/main
dotnet /work/exp/bin5/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "c1 steps=$steps" >> $dst.log
