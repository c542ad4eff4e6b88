#!/bin/bash
# attempt 25: the outcome baseline's recipe study (issue 12 item 2), one round (M2, 3,000 questions) from the
# default-settings outcome run of seed 2 (attempt 24's f6o2: its IFT, EFT, scoring EFT, Init and M1 evaluation
# copied in and accepted by their hashes), one outcome key changed per variant.
# usage: outcome-study.sh NAME 'python statements editing o (the outcome section)'
name=$1; py=$2
src=/work/exp/hw/f6o2/outcome-seed2; dst=/work/exp/hw/$name; bin=${BIN:-/work/exp/bin37}
rm -rf $dst; mkdir -p $dst/stages
/usr/bin/python3 - $src/config.json $dst/config.json "$py" <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); o=c['outcome']; exec(sys.argv[3]); c['rounds']=c['rounds'][:1]
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
for s in 00-ift 00-eft 00-score-eft 01-init 01-evaluate; do cp -r $src/stages/$s $dst/stages/; done
cd /work/main
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "$name wall=$(( $(date +%s) - start ))s" >> $dst.log
