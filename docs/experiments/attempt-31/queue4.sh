#!/bin/bash
# attempt 31 (d): after dh3, dh38's first round (the default's round of 3,000 questions from the held-rate M1), stopped
# after M2's evaluation (the run resumes later into M3 and M4 with attempt-23/continue.sh dh38)
hw=/work/exp/hw
while ! grep -q "^dh3 wall=" $hw/dh3.log 2>/dev/null; do sleep 10; done
BIN=/work/exp/bin48 /work/main/docs/experiments/attempt-23/continue.sh dh38 &
while ! grep -q "02-evaluate: done" $hw/dh38.log 2>/dev/null; do sleep 5; done
pkill -f "psr.dll run --resume $hw/dh38"
echo "dh38 first round stopped after 02-evaluate" >> $hw/dh38.log
