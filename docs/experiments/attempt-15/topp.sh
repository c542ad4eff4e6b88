#!/bin/bash
# topp.sh NAME T TOP_P: the plateau recipe's first round from l1's M1 (attempt 12/13's l1tu-e3: 2,000 questions, unanimous
# labels, step-DPO + NLL at lr 1e-5 x 3 epochs) with the search sampling at temperature T and nucleus TOP_P (l1tu-e3: 1.0 / 0.95)
set -e
cd "$(dirname "$0")/../attempt-11"
export BIN=${BIN:-/work/exp/bin16} SRC=/work/exp/hw/l1/process-seed1
SEARCH="{\"temperature\":$2,\"topP\":$3,\"unanimousLabels\":true}" ./round.sh $1 Process '{"epochs":3}'
