#!/bin/bash
# attempt 23: fork.sh NAME SRC PY: SRC's run (under /work/exp/hw) with its config edited by the Python statement PY
# (dict c), its IFT, EFT, Init, M1 evaluation and round-2 search copied in (each accepted on resume only if its hash
# still matches, else rerun), then resumed through the three rounds. BIN: the build (default /work/exp/bin35).
name=$1; src=/work/exp/hw/$2; py=$3
dst=/work/exp/hw/$name; bin=${BIN:-/work/exp/bin35}
rm -rf $dst; mkdir -p $dst/stages
/usr/bin/python3 - $src/config.json $dst/config.json "$py" <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); exec(sys.argv[3])
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
for s in 00-ift 00-eft 01-init 01-evaluate 02-search; do cp -r $src/stages/$s $dst/stages/; done
cd /work/main
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "$name wall=$(( $(date +%s) - start ))s" >> $dst.log
