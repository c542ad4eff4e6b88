#!/bin/bash
# chain.sh SEED: attempt 12's three-round recipe for one seed, one CPU-heavy job at a time: the data-limited M1
# (l{SEED}), round M2 (T = 1.0, unanimous labels, step-DPO + NLL at lr 1e-5 x 3 epochs; s{SEED}tu-m2) beside
# continued SFT for the same steps (s{SEED}c-m2), then M3 and M4 likewise
set -e
s=$1; here=$(cd "$(dirname "$0")" && pwd); export BIN=${BIN:-/work/exp/bin11}
$here/m1.sh l$s $s
export SRC=/work/exp/hw/l$s/process-seed$s
SEARCH='{"temperature":1.0,"unanimousLabels":true}' $here/../attempt-11/round.sh s${s}tu-m2 Process '{"epochs":3}'
$here/../attempt-11/csft.sh s${s}c-m2 s${s}tu-m2
$here/round_k.sh s${s}tu s${s}c 3
$here/round_k.sh s${s}tu s${s}c 4
