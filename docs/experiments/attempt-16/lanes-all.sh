#!/bin/bash
# lanes-all.sh NAME BIN: every stage of the default run after Init again with binary BIN, from def16's own IFT, EFT and
# Init (copied; every hash checked on resume): the stage times with search lanes against def16's (same host, session 14;
# lanes.sh showed today's host within 1 % of them), and whether any output changes (compare with def16's files)
src=/work/exp/hw/def16; dst=/work/exp/hw/$1
rm -rf $dst; mkdir -p $dst/stages
cp $src/config.json $dst/
for s in 00-ift 00-eft 01-init; do cp -r $src/stages/$s $dst/stages/; done
cd /work/main
start=$(date +%s)
dotnet $2/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "$1 wall=$(( $(date +%s) - start ))s" >> $dst.log
