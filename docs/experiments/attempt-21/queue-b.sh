#!/bin/bash
# attempt 21 (c): the outcome baseline at the default candidate's settings (attempt 20 (d): rounds of 3,000 questions,
# its own full-mark solutions and its scoring EFT replayed by NLL), seed 1, after queue-a
cd /work/main
while pgrep -f "attempt-21/queue-a.sh" > /dev/null; do sleep 20; done
bin=/work/exp/bin31; dst=/work/exp/hw/f3o1; rm -rf $dst
start=$(date +%s)
dotnet $bin/psr.dll run --preset verified --seeds 1 --methods outcome --out $dst \
  --set model.trainingPrecision=Auto --set sft.steps=1200 --set sft.devEvery=120 --set search.judgeIdentical=true \
  --set dpo.replaySource=OwnPathsAndEft --set 'rounds[0].questions=3000' --set 'rounds[1].questions=3000' \
  --set 'rounds[2].questions=3000' --set continuedSft.pairsPerQuestion=0.5 > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "f3o1 wall=$(( $(date +%s) - start ))s" >> $dst.log
