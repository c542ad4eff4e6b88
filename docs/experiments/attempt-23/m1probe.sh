#!/bin/bash
# attempt 23: an M1 probe from the default's seed-N configuration with overrides, up to M1's evaluation.
# usage: m1probe.sh NAME SEED 'python statements editing c (the config dict)'
cd /work/main
name=$1; seed=$2; py=$3
src=/work/exp/hw/f3s$seed/process-seed$seed; [ $seed = 1 ] && src=/work/exp/hw/f1q3/process-seed1
# SRC (attempt 25): another source configuration's run directory
[ -n "$SRC" ] && src=$SRC
dst=/work/exp/hw/$name; bin=${BIN:-/work/exp/bin32}
rm -rf $dst; mkdir -p $dst
/usr/bin/python3 - $src/config.json $dst/config.json "$py" <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); exec(sys.argv[3]); c['rounds']=[{'name':'M2','questions':50}]
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 &
while ! grep -q "01-evaluate: done" $dst.log; do sleep 5; if ! pgrep -f "psr.dll run --resume $dst" >/dev/null; then echo "$name died" >> $dst.log; exit 1; fi; done
pkill -f "psr.dll run --resume $dst"
echo "$name wall=$(( $(date +%s) - start ))s" >> $dst.log
