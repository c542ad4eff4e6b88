#!/bin/bash
# queue.sh: attempt 15 in the order it ran, one CPU-heavy job at a time (it first waited for po1's resume, attempt 14 (b)
# rounds M3-M4); queue-b.sh took over after topp.sh to put before.sh next
cd "$(dirname "$0")"
while pgrep -f "run --resume /work/exp/hw/po1" > /dev/null; do sleep 20; done
./default.sh
./topp.sh l1p10-e3 1.0 1.0
