#!/bin/bash
# attempt 30 (e): after queue5.sh (dv38's Init), j38's search kept only on the questions where def38 has a right own path
cd /work/main
hw=/work/exp/hw; bin=/work/exp/bin38; here=docs/experiments/attempt-30
while ! grep -q "^dv38 wall=" $hw/dv38.log 2>/dev/null; do sleep 10; done
OTHER=def38 /usr/bin/python3 $here/filtered.py j38 s38 shared > $hw/s38.log 2>&1 || { echo "filter failed" >> $hw/s38.log; exit 1; }
start=$(date +%s)
dotnet $bin/psr.dll run --resume $hw/s38 >> $hw/s38.log 2>&1 || echo "rc=$?" >> $hw/s38.log
echo "s38 wall=$(( $(date +%s) - start ))s" >> $hw/s38.log
