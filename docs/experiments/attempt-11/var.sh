#!/bin/bash
# var.sh NAME 'dpo overrides as JSON': a step-DPO variant on n1's 2,000-question pairs (n1's stages up to 02-search
# copied in, every hash checked on resume), then M2's greedy and judge evaluation (no test-time search)
set -e
name=$1; dpo=$2
src=${SRC:-/work/exp/hw/n1}; dst=/work/exp/hw/$name; bin=${BIN:-/work/exp/bin7}
rm -rf $dst; mkdir -p $dst/stages
cp $src/config.json $dst/
for s in 00-ift 00-eft 01-init 01-evaluate 02-search; do cp -r $src/stages/$s $dst/stages/; done
python3 - "$dst/config.json" "$dpo" <<'PY'
import json,sys
p=sys.argv[1]; c=json.load(open(p)); c['dpo'].update(json.loads(sys.argv[2])); c['evaluation']['testTimeProblems']=0
json.dump(c,open(p,'w'),indent=2)
PY
cd /work/main
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "$name wall=$(( $(date +%s) - start ))s" >> $dst.log
