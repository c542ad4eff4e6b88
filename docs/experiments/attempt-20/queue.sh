#!/bin/bash
# attempt 20 (a): the verified preset through M4 on seeds 1-3 with its continued-SFT control, resumed from attempt 19's runs
cd /work/main
bash docs/experiments/attempt-20/verified.sh 1 pq0-m3
bash docs/experiments/attempt-20/verified.sh 2 pq20
bash docs/experiments/attempt-20/verified.sh 3 pq30
