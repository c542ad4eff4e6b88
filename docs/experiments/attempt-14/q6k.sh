#!/bin/bash
# q6k.sh: the recipe's first round from l1's M1 with 6,000 questions instead of 2,000 (three rounds' questions in one),
# then continued SFT for the same optimizer steps
cd "$(dirname "$0")/../attempt-11"
export BIN=/work/exp/bin12 SRC=/work/exp/hw/l1/process-seed1
SEARCH='{"temperature":1.0,"unanimousLabels":true}' QUESTIONS=6000 ./round.sh l1q6k-e3 Process '{"epochs":3}'
./csft.sh l1q6kc-e3 l1q6k-e3
