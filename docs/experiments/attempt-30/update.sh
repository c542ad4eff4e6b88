#!/bin/bash
# attempt 30: a first round's update and M2's evaluation from a filtered copy of a round-2 search (filtered.py), logged
# to /work/exp/hw/DST.log. usage: update.sh SRC DST RULE [PY]   (BIN env: the binary folder, bin38 by default)
cd /work/main
hw=/work/exp/hw; bin=${BIN:-/work/exp/bin38}; here=docs/experiments/attempt-30
/usr/bin/python3 $here/filtered.py "$@" > $hw/$2.log 2>&1 || { echo "filter failed" >> $hw/$2.log; exit 1; }
start=$(date +%s)
dotnet $bin/psr.dll run --resume $hw/$2 >> $hw/$2.log 2>&1 || echo "rc=$?" >> $hw/$2.log
echo "$2 wall=$(( $(date +%s) - start ))s" >> $hw/$2.log
