#!/bin/bash
# before.sh: the default run's stages after Init again with the binary before length buckets (bin12, main at e53cb39), from
# def16's own IFT, EFT and Init (copied; every hash checked on resume): the same-host "before" for every later stage's
# seconds, and a check that buckets change no result (the evaluations, pairs and summary.json must match def16's)
src=/work/exp/hw/def16; dst=/work/exp/hw/def12
rm -rf $dst; mkdir -p $dst/stages
cp $src/config.json $dst/
for s in 00-ift 00-eft 01-init; do cp -r $src/stages/$s $dst/stages/; done
cd /work/main
start=$(date +%s)
dotnet /work/exp/bin12/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "def12 wall=$(( $(date +%s) - start ))s" >> $dst.log
