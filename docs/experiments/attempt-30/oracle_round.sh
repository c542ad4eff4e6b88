#!/bin/bash
# attempt 30 (a): the perfect judge's first round on this host, from def38's M1 (seed 1234): def38's configuration
# with experiment.method = OracleJudge and its first round only (3,000 questions), its IFT, EFT, Init and M1
# evaluation copied in (the oracle changes only the rounds' search hashes). usage: oracle_round.sh NAME (BIN env)
cd /work/main
name=${1:-j38}; src=/work/exp/hw/def38; dst=/work/exp/hw/$name; bin=${BIN:-/work/exp/bin38}
rm -rf $dst; mkdir -p $dst/stages
/usr/bin/python3 - $src/config.json $dst/config.json <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['experiment']['method']='OracleJudge'; c['rounds']=c['rounds'][:1]
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
for s in 00-ift 00-eft 01-init 01-evaluate; do cp -r $src/stages/$s $dst/stages/; done
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "$name wall=$(( $(date +%s) - start ))s" >> $dst.log
