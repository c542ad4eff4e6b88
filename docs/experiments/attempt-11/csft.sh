#!/bin/bash
# csft.sh NAME ROUND: the continued-SFT control from m2's M1 for the same optimizer steps as ROUND's DPO stage
# (32 seed sequences a step, lr 1e-5 or LR); SRC: another M1 run (default attempt 10's m2)
set -e
name=$1; round=/work/exp/hw/$2; src=${SRC:-/work/exp/hw/m2/process-seed1}; dst=/work/exp/hw/$name; bin=${BIN:-/work/exp/bin7}
steps=$(python3 -c "import json;m=json.load(open('$round/stages/02-step-dpo/manifest.json'));print(m['counts'].get('steps', m['counts'].get('optimizerSteps')))")
rm -rf $dst; mkdir -p $dst/stages
cp $round/config.json $dst/
for s in 00-ift 00-eft 01-init 01-evaluate; do cp -r $src/stages/$s $dst/stages/; done
python3 - "$dst/config.json" "$steps" "${LR:-1e-5}" <<'PY'
import json,sys
p=sys.argv[1]; c=json.load(open(p)); c['experiment']['method']='ContinuedSft'
c['continuedSft'].update({"steps":[int(sys.argv[2])],"learningRate":float(sys.argv[3])}); json.dump(c,open(p,'w'),indent=2)
PY
cd /work/main
dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "$name steps=$steps" >> $dst.log
