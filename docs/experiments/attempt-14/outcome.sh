#!/bin/bash
# outcome.sh SEED: the outcome baseline (SRLM: whole-solution 5-point self-scoring, whole-response DPO) at the plateau
# preset, its own M1 (Init on IFT + whole-solution scoring examples), three rounds of 2,000 questions
seed=${1:-1}; bin=${BIN:-/work/exp/bin12}; out=/work/exp/hw/po$seed
cd /work/main  # M0 resolves against the working directory
start=$(date +%s)
dotnet $bin/psr.dll run --preset plateau --methods outcome --seeds $seed --out $out > $out.log 2>&1 || echo "rc=$?" >> $out.log
echo "po$seed wall=$(( $(date +%s) - start ))s" >> $out.log
