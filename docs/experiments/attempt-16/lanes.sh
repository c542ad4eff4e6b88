#!/bin/bash
# lanes.sh NAME BIN: the default run's M1 evaluation (01-evaluate) and its last search (04-search, 600 questions) again
# with binary BIN, from def16's other stages (copied; every hash checked on resume, and the later stages are reused
# only if the new search's pairs hash like def16's): time per stage, and whether search lanes change any result
src=/work/exp/hw/def16; dst=/work/exp/hw/$1
rm -rf $dst; mkdir -p $dst/stages
cp $src/config.json $dst/
for s in $src/stages/*; do case $(basename $s) in 01-evaluate|04-search) ;; *) cp -r $s $dst/stages/ ;; esac; done
cd /work/main
start=$(date +%s)
dotnet $2/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "$1 wall=$(( $(date +%s) - start ))s" >> $dst.log
