#!/bin/bash
# attempt 25: an M1 probe from the default's seed-N process configuration (attempt 24's f5b runs) with overrides,
# up to M1's evaluation.  usage: m1probe.sh NAME SEED 'python statements editing c (the config dict)'
cd /work/main
name=$1; seed=$2; py=$3
case $seed in 1) src=/work/exp/hw/f5b1/process-seed1;; 2) src=/work/exp/hw/f5b2;; 3) src=/work/exp/hw/f5b3/process-seed3;; esac
dst=/work/exp/hw/$name; bin=${BIN:-/work/exp/bin36}
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
