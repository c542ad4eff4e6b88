#!/bin/bash
# p0: Init for 1,600 steps instead of 800 (dev curve every 200), then one 2,000-question round; greedy-only evaluation
set -e
cd /work/exp/ds
src=/work/exp/ds/ds0; dst=/work/exp/ds/p2
rm -rf $dst; mkdir -p $dst/stages
cp $src/config.json $dst/
for s in 00-ift 00-eft; do cp -r $src/stages/$s $dst/stages/; done
python3 - "$dst/config.json" <<'PY'
import json,sys
p=sys.argv[1]; c=json.load(open(p)); c['sft'].update({"steps":3200,"devEvery":400}); json.dump(c,open(p,'w'),indent=2)
PY
cd /work/main
start=$(date +%s)
dotnet /work/exp/bin2/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "p2 wall=$(( $(date +%s) - start ))s" >> $dst.log
