#!/bin/bash
# next_round.sh K: round K (M3 for K = 3, M4 for K = 4; 2,000 fresh questions each) after l1tu-e3 with its recipe
# (T = 1.0, unanimous labels, step-DPO + NLL, lr 1e-5 x 3 epochs): the process run l1tu-m{K-1} (l1tu-e3 for K = 3)
# resumed with one more round into l1tu-mK, and the continued-SFT control l1c-m{K-1} (l1c-e3) likewise into l1c-mK
# for the same optimizer steps as the new round (the steps now live in attempt 13's round_k.sh)
set -e
k=$1; here=$(cd "$(dirname "$0")" && pwd)
if [ "$k" = 3 ]; then exec $here/../attempt-13/round_k.sh l1tu l1c 3 l1tu-e3 l1c-e3; fi
exec $here/../attempt-13/round_k.sh l1tu l1c $k
