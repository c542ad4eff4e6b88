#!/bin/bash
# queue.sh: after a1, the single-round variants on n1's pairs, then the oracle-judged round and its variants
cd "$(dirname "$0")"
while ! grep -q "a1 wall=" /work/exp/hw/a1.log 2>/dev/null; do sleep 20; done
./var.sh v1-replay '{"replay":32}'                # process round + the control's seed SFT in every step
./var.sh v2-replay-nonll '{"replay":32,"nllWeight":0}'  # seed SFT + the preference alone (no NLL on chosen steps)
./var.sh v3-nonll '{"nllWeight":0}'               # plain step-DPO
./round.sh o1 OracleJudge                         # the perfect-judge round
# after queue.sh: plain step-DPO on the oracle-judged pairs
# SRC=/work/exp/hw/o1 ./var.sh o1-nonll '{"nllWeight":0}'
# seed 2 (session 10's last slot): the same round and control from attempt 10's mixed-batch seed-2 M1 (no test-time search)
# SRC=/work/exp/hw/mixed-s2/process-seed2 ./round.sh n2 Process && SRC=/work/exp/hw/mixed-s2/process-seed2 ./csft.sh n2c n2
