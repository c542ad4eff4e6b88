#!/bin/bash
# ds0: e2/process-seed1's IFT/EFT/Init, one round of 2,000 questions, greedy-only evaluation; first DPO recipe = attempt 4's
set -e
src=/work/exp/e2/process-seed1; dst=/work/exp/ds/ds0
rm -rf $dst; mkdir -p $dst/stages
cp $src/config.json $dst/
for s in 00-ift 00-eft 01-init; do cp -r $src/stages/$s $dst/stages/; done
python3 - "$dst/config.json" <<'PY'
import json,sys
p=sys.argv[1]; c=json.load(open(p))
c['dpo'].update({"learningRate":1e-5,"epochs":1})
c['rounds']=[{"name":"M2","questions":2000}]
c['evaluation'].update({"judgeAccuracy":False,"testTimeProblems":0,"oracleJudgeSearch":False})
json.dump(c,open(p,'w'),indent=2)
PY
cd /work/main
start=$(date +%s)
dotnet /work/exp/bin1/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "ds0 wall=$(( $(date +%s) - start ))s" >> $dst.log
