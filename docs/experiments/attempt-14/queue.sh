#!/bin/bash
# queue.sh: attempt 14 in the order it ran
cd "$(dirname "$0")"
while pgrep -f "bash ./q6k.sh" > /dev/null; do sleep 20; done
./scaling.sh
./outcome.sh 1
