#!/bin/bash
# round.sh NAME METHOD DPO_JSON: one 2,000-question round (attempts 7-8's dose: 1 epoch, batch 16, lr 1e-5 unless
# DPO_JSON overrides; QUESTIONS: another round size) from attempt 10's mixed-batch M1 (m2, seed 1; its IFT, EFT, Init and M1 evaluation copied in,
# every hash checked on resume; SRC: another M1 run; SEARCH: a JSON object merged into the search section). METHOD: Process (self-judged search) or OracleJudge (the perfect-judge control).
set -e
name=$1; method=${2:-Process}; dpo=${3:-'{}'}; search=${SEARCH:-'{}'}
src=${SRC:-/work/exp/hw/m2/process-seed1}; dst=/work/exp/hw/$name; bin=${BIN:-/work/exp/bin7}
rm -rf $dst; mkdir -p $dst/stages
python3 - $src/config.json $dst/config.json "$method" "$dpo" "$search" "${QUESTIONS:-2000}" <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['rounds']=[{'name':'M2','questions':int(sys.argv[6])}]; c['dpo'].update({'epochs':1})
c['dpo'].update(json.loads(sys.argv[4])); c['search'].update(json.loads(sys.argv[5])); c['experiment']['method']=sys.argv[3]
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
for s in 00-ift 00-eft 01-init 01-evaluate; do cp -r $src/stages/$s $dst/stages/; done
cd /work/main  # M0 resolves against the working directory; the copied stages name /work/main/models
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "$name wall=$(( $(date +%s) - start ))s" >> $dst.log
