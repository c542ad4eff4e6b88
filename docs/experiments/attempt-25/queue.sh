#!/bin/bash
# attempt 25 queue: one CPU-heavy job at a time, after the running probe.
cd /work/main/docs/experiments/attempt-25
while pgrep -f "m1probe.sh" > /dev/null; do sleep 10; done
./outcome-study.sh f7ot2 "o['temperature']=1.0"
./outcome-study.sh f7on2 "o['candidates']=8"
./outcome-study.sh f7om2 "o['minScoreMargin']=2"
