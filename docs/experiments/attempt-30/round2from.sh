#!/bin/bash
# attempt 30: def38's first round (3,000 questions) from its own M1 (seed 1234), with configuration overrides:
# its IFT, EFT, Init and M1 evaluation copied in (every hash checked on resume), then the round-2 search, the update
# and M2's evaluation. usage: round2from.sh NAME 'python statements editing c (the config dict)'   (BIN env)
cd /work/main
name=$1; py=$2; src=/work/exp/hw/def38; dst=/work/exp/hw/$name; bin=${BIN:-/work/exp/bin46}
rm -rf $dst; mkdir -p $dst/stages
/usr/bin/python3 - $src/config.json $dst/config.json "$py" <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); exec(sys.argv[3]); c['rounds']=c['rounds'][:1]
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
for s in 00-ift 00-eft 01-init 01-evaluate; do cp -r $src/stages/$s $dst/stages/; done
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "$name wall=$(( $(date +%s) - start ))s" >> $dst.log
