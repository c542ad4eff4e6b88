#!/bin/bash
# attempt 20 (c): the default-preset candidate, seed 1, after queue-b
cd /work/main
while pgrep -f "attempt-20/queue(-b)?.sh" > /dev/null; do sleep 30; done
bash docs/experiments/attempt-20/candidate.sh f1 1
