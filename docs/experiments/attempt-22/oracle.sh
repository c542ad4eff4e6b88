#!/bin/bash
# attempt 22 (c): the perfect-judge control at the default's settings, three rounds, seed SEED (1, 2, 3: f1q3, f3s2,
# f3s3): the default run's process sub-run configuration with experiment.method = OracleJudge, its IFT, EFT, Init
# and M1 evaluation copied in (every hash checked on resume; the oracle changes only the rounds' search hashes)
set -e
seed=${1:-1}; runs=(x f1q3 f3s2 f3s3)
src=/work/exp/hw/${runs[$seed]}/process-seed$seed; dst=/work/exp/hw/f4j$seed; bin=/work/exp/bin32
rm -rf $dst; mkdir -p $dst/stages
/usr/bin/python3 - $src/config.json $dst/config.json <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['experiment']['method']='OracleJudge'
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
for s in 00-ift 00-eft 01-init 01-evaluate; do cp -r $src/stages/$s $dst/stages/; done
cd /work/main
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "f4j$seed wall=$(( $(date +%s) - start ))s" >> $dst.log
