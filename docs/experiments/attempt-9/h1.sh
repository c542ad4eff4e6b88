#!/bin/bash
# h1: the hard world preset, Init from M0 (default-world base) for 1,600 steps with a dev curve every 200
"$(dirname "$0")/run_to_m1.sh" h1 /work/exp/bin2 --set data.world=hard --set sft.steps=1600 --set sft.devEvery=200 \
  --set sft.maxSequenceTokens=448 --set judge.maxNewTokens=280 --set dpo.maxSequenceTokens=448
