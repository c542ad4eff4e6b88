#!/bin/bash
# attempt 25: the outcome baseline with one recipe change through M4 (the default's three rounds of 3,000 questions)
# from attempt 24's default-settings outcome run of seed SEED (f6oSEED: IFT, EFT, scoring EFT, Init and M1 evaluation
# copied in and accepted by their hashes); ROUND2: a one-round variant (outcome-study.sh) whose round-2 stages are
# copied in too (accepted by hash, so only M3 and M4 run).  usage: outcome-m4.sh NAME SEED 'python on o' [ROUND2]
name=$1; seed=$2; py=$3; r2=$4
src=/work/exp/hw/f6o$seed/outcome-seed$seed; dst=/work/exp/hw/$name; bin=${BIN:-/work/exp/bin37}
rm -rf $dst; mkdir -p $dst/stages
/usr/bin/python3 - $src/config.json $dst/config.json "$py" <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); o=c['outcome']; exec(sys.argv[3])
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
for s in 00-ift 00-eft 00-score-eft 01-init 01-evaluate; do cp -r $src/stages/$s $dst/stages/; done
[ -n "$r2" ] && for s in 02-score 02-dpo 02-evaluate; do cp -r /work/exp/hw/$r2/stages/$s $dst/stages/; done
cd /work/main
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "$name wall=$(( $(date +%s) - start ))s" >> $dst.log
