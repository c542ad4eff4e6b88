#!/bin/bash
# q6k-m3.sh: attempt 16 (a): a second 6,000-question round (M3) on each seed, from attempt 15's one-round runs
# (seed 1: attempt 14's l1q6k-e3, seeds 2-3: attempt 15's s2q6k-e3, s3q6k-e3), each with its continued-SFT control
# extended by the same optimizer steps
cd "$(dirname "$0")/../attempt-13"
export BIN=${BIN:-/work/exp/bin17} QUESTIONS=6000
./round_k.sh l1q6k l1q6kc 3 l1q6k-e3 l1q6kc-e3
./round_k.sh s2q6k s2q6kc 3 s2q6k-e3 s2q6kc-e3
./round_k.sh s3q6k s3q6kc 3 s3q6k-e3 s3q6kc-e3
