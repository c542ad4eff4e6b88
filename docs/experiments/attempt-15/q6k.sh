#!/bin/bash
# q6k.sh SEED: attempt 14 (a) on another seed: one 6,000-question round of the plateau recipe from seed SEED's M1
# (attempt 13's l{SEED}), then continued SFT for the same optimizer steps
set -e
s=$1
cd "$(dirname "$0")/../attempt-11"
export BIN=${BIN:-/work/exp/bin16} SRC=/work/exp/hw/l$s/process-seed$s
SEARCH='{"temperature":1.0,"unanimousLabels":true}' QUESTIONS=6000 ./round.sh s${s}q6k-e3 Process '{"epochs":3}'
./csft.sh s${s}q6kc-e3 s${s}q6k-e3
