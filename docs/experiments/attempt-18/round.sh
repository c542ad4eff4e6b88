#!/bin/bash
# round.sh NAME DPO_JSON: one round of QUESTIONS (default 2,000) fresh questions from the M1 of SRC (default: the default
# preset's M1, seed 1, /work/exp/hw/d1/process-seed1; its IFT, EFT, Init and M1 evaluation copied in, every hash checked
# on resume) with the plateau preset's round recipe (T = 1.0, unanimous labels, step-DPO + NLL at lr 1e-5 x 3 epochs,
# batch 16) unless DPO_JSON / SEARCH (JSON objects merged into the dpo / search sections) override it.
# SEARCH_FROM: a run whose 02-search stage is copied in (same search settings: its hash is checked), so that variants of
# the update train on the very same pairs and paths. BIN: the build (default /work/exp/bin24).
set -e
name=$1; dpo=${2:-'{}'}; search=${SEARCH:-'{}'}
src=${SRC:-/work/exp/hw/d1/process-seed1}; dst=/work/exp/hw/$name; bin=${BIN:-/work/exp/bin24}
rm -rf $dst; mkdir -p $dst/stages
/usr/bin/python3 - $src/config.json $dst/config.json "$dpo" "$search" "${QUESTIONS:-2000}" "${METHOD:-Process}" <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['rounds']=[{'name':'M2','questions':int(sys.argv[5])}]
c['search'].update({'temperature':1.0,'unanimousLabels':True}); c['dpo'].update({'epochs':3})
c['dpo'].update(json.loads(sys.argv[3])); c['search'].update(json.loads(sys.argv[4])); c['experiment']['method']=sys.argv[6]
c['evaluation']['testTimeProblems']=0
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
for s in 00-ift 00-eft 01-init 01-evaluate; do cp -r $src/stages/$s $dst/stages/; done
[ -n "$SEARCH_FROM" ] && cp -r /work/exp/hw/$SEARCH_FROM/stages/02-search $dst/stages/
cd /work/main  # M0 resolves against the working directory; the copied stages name /work/main/models
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "$name wall=$(( $(date +%s) - start ))s" >> $dst.log
