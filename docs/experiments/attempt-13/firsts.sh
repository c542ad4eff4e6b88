#!/bin/bash
# firsts.sh: variants of the recipe's first round from l1's M1 (T = 1.0, unanimous labels, step-DPO + NLL at lr 1e-5
# x 3 epochs), each followed by continued SFT for the same optimizer steps
cd "$(dirname "$0")/../attempt-11"
export BIN=/work/exp/bin11 SRC=/work/exp/hw/l1/process-seed1
SEARCH='{"temperature":1.0,"unanimousLabels":true}' ./round.sh l1o-e3 OracleJudge '{"epochs":3}'
./csft.sh l1oc-e3 l1o-e3
SEARCH='{"temperature":1.0,"unanimousLabels":true,"width":16}' ./round.sh l1w16-e3 Process '{"epochs":3}'
./csft.sh l1w16c-e3 l1w16-e3
