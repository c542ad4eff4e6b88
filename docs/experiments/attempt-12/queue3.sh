#!/bin/bash
# queue3.sh: after queue2.sh, larger doses on l1tu's pairs (T = 1.0, unanimous labels) from the data-limited M1,
# each beside continued SFT for the same steps at the same learning rate
cd "$(dirname "$0")/../attempt-11"
export BIN=/work/exp/bin11
M1=/work/exp/hw/l1/process-seed1
while ! grep -q "l1tc steps=" /work/exp/hw/l1tc.log 2>/dev/null; do sleep 20; done
for v in "e3 {\"epochs\":3} 1e-5" "lr3e3 {\"epochs\":3,\"learningRate\":3e-5} 3e-5" "lr1e4 {\"learningRate\":1e-4} 1e-4"; do
  set -- $v
  SRC=/work/exp/hw/l1tu ./var.sh l1tu-$1 "$2"
  SRC=$M1 LR=$3 ./csft.sh l1c-$1 l1tu-$1
done
