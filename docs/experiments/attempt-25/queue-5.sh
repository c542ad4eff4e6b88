#!/bin/bash
# attempt 25 queue 5: the recipe study's untried combination, T 1.0 with a score margin of 2, one round from f6o2
cd /work/main/docs/experiments/attempt-25
./outcome-study.sh f7oc2 "o['temperature']=1.0; o['minScoreMargin']=2"
