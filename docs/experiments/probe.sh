#!/bin/bash
# One probe run, started or resumed: `psr run ARGS --out $HW/NAME`, its log in $HW/NAME.log with the wall time of each
# call appended. Restartable: a folder that holds a started run is resumed with its saved configuration (ARGS ignored).
# usage: BIN=/work/exp/bin54 docs/experiments/probe.sh NAME [psr run args...]
cd /work/main
name=${1:?name}; shift
bin=${BIN:?BIN: a published psr build}; hw=${HW:-/work/exp/hw}; dst=$hw/$name
start=$(date +%s)
if [ -f $dst/config.json ]; then dotnet $bin/psr.dll run --resume $dst >> $dst.log 2>&1 || echo "rc=$?" >> $dst.log
else dotnet $bin/psr.dll run "$@" --out $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log; fi
echo "$name wall=$(( $(date +%s) - start ))s" >> $dst.log
