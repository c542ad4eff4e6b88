#!/bin/bash
# attempt 23: f5a2's three rounds, after f5b2's
cd /work/main
while pgrep -f "continue.sh f5b2" >/dev/null; do sleep 10; done
bash docs/experiments/attempt-23/continue.sh f5a2
