#!/bin/bash
# attempt 23, after f5a2's rounds: f5c2 = f5b2 with dpo.ownPaths = EveryStepRight (its M1 and round-2 search reused);
# then seeds 1 and 3 from scratch with f5b2's recipe (data.eftPairs = 4000, sft.iftRepeat = 2), plus
# dpo.ownPaths = EveryStepRight if f5c2's M4 is at least f5b2's
cd /work/main
while pgrep -f "queue-2.sh" >/dev/null; do sleep 10; done
bash docs/experiments/attempt-23/fork.sh f5c2 f5b2 "c['dpo']['ownPaths']='EveryStepRight'"
m4() { /usr/bin/python3 -c "import json;print(json.load(open('/work/exp/hw/$1/stages/04-evaluate/evaluation.json'))['greedy']['correct'])"; }
extra=""; tag=b
if [ "$(m4 f5c2)" -ge "$(m4 f5b2)" ]; then extra="--set dpo.ownPaths=EveryStepRight"; tag=c; fi
echo "f5c2 M4 $(m4 f5c2) vs f5b2 M4 $(m4 f5b2): seeds 1 and 3 as f5$tag ($extra)" >> /work/exp/hw/queue-3.log
bin=/work/exp/bin35
for s in 1 3; do
  dst=/work/exp/hw/f5$tag$s; rm -rf $dst
  start=$(date +%s)
  dotnet $bin/psr.dll run --seeds $s --set data.eftPairs=4000 --set sft.iftRepeat=2 $extra --out $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
  echo "f5$tag$s wall=$(( $(date +%s) - start ))s" >> $dst.log
done
