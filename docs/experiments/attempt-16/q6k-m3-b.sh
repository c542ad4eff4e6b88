#!/bin/bash
# q6k-m3-b.sh: the rest of q6k-m3.sh (seeds 2 and 3) with the search-lanes build (bin19, main with search.lanes; lanes
# change no result, lanes-all.sh), after seed 1's round_k.sh (bin17) ends; q6k-m3.sh was stopped after seed 1
cd "$(dirname "$0")/../attempt-13"
while pgrep -f "round_k.sh l1q6k" > /dev/null; do sleep 20; done
export BIN=${BIN:-/work/exp/bin19} QUESTIONS=6000
./round_k.sh s2q6k s2q6kc 3 s2q6k-e3 s2q6kc-e3
./round_k.sh s3q6k s3q6kc 3 s3q6k-e3 s3q6kc-e3
