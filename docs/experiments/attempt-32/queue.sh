#!/bin/bash
# attempt 32: after dh38's M4 (attempt 31 (d)), carry the held-rate Init's seed-2 and seed-3 M1 probes (dh2, dh3) through
# the default's three rounds, as `psr run --seeds 2,3` of a default with that Init would (the probes' configuration is
# the default's with sft.steps=1500, sft.decaySteps=1200, sft.devProblems=1000 and the run seed).
cd /work/main
while pgrep -f "psr.dll run --resume /work/exp/hw/dh38" >/dev/null; do sleep 20; done
for n in dh2 dh3; do BIN=/work/exp/bin48 docs/experiments/attempt-23/continue.sh $n; done
