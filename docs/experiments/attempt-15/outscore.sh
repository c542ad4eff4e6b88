#!/bin/bash
# outscore.sh TAG BIN: the outcome baseline's scoring stage on 400 questions from po1's M1 (attempt 14 (b)), to time the
# scorer with (bin17, main at 29ba511: LengthBuckets in GeneratorSolutionScorer) and without length buckets; the pairs must match
set -e
tag=$1; bin=$2; src=/work/exp/hw/po1/outcome-seed1; dst=/work/exp/hw/os-$tag
rm -rf $dst; mkdir -p $dst/stages
python3 - $src/config.json $dst/config.json <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['rounds']=[{'name':'M2','questions':400}]; json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
for s in 00-ift 00-eft 00-score-eft 01-init 01-evaluate; do cp -r $src/stages/$s $dst/stages/; done
cd /work/main
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "os-$tag wall=$(( $(date +%s) - start ))s" >> $dst.log
