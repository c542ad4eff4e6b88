#!/bin/bash
# queue-b.sh: the rest of attempt 15 after default.sh and topp.sh (queue.sh was stopped there to put before.sh next)
cd "$(dirname "$0")"
while pgrep -f "topp.sh" > /dev/null; do sleep 20; done
./before.sh
./outscore.sh a1 /work/exp/bin16
./outscore.sh b1 /work/exp/bin17
./q6k.sh 2
./q6k.sh 3
