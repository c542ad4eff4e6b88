#!/bin/bash
# default.sh: the README's main job (`psr run`, the default preset, process method, seed 1) timed on a quiet machine
# with the length-bucketed search (issue 13 item 3); a Release build of main in BIN
bin=${BIN:-/work/exp/bin16}; out=/work/exp/hw/def16
cd /work/main  # M0 resolves against the working directory
rm -rf $out
start=$(date +%s)
/usr/bin/time -v dotnet $bin/psr.dll run --out $out > $out.log 2>&1 || echo "rc=$?" >> $out.log
echo "def16 wall=$(( $(date +%s) - start ))s" >> $out.log
