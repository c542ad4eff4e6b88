#!/bin/bash
# outround.sh NAME [DPO_JSON] [OUTCOME_JSON]: one outcome-baseline round from po1's M1 (attempt 14 (b), the plateau
# preset's outcome M1, seed 1) for its recipe study; QUESTIONS (default 2,000) questions, DPO_JSON / OUTCOME_JSON merged
# into the dpo / outcome sections (po1's round: 3 epochs, lr 1e-5, N = 4 solutions x 3 scores, no margin)
set -e
name=$1; dpo=${2:-'{}'}; outcome=${3:-'{}'}; bin=${BIN:-/work/exp/bin17}
src=${SRC:-/work/exp/hw/po1/outcome-seed1}; dst=/work/exp/hw/$name  # SRC: another outcome M1 run (session 17: po1 did not carry over; po2/outcome-seed2)
rm -rf $dst; mkdir -p $dst/stages
python3 - $src/config.json $dst/config.json "$dpo" "$outcome" "${QUESTIONS:-2000}" <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['rounds']=[{'name':'M2','questions':int(sys.argv[5])}]
c['dpo'].update(json.loads(sys.argv[3])); c['outcome'].update(json.loads(sys.argv[4])); json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
for s in 00-ift 00-eft 00-score-eft 01-init 01-evaluate; do cp -r $src/stages/$s $dst/stages/; done
cd /work/main  # M0 resolves against the working directory
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "$name wall=$(( $(date +%s) - start ))s" >> $dst.log
