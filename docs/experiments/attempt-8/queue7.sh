#!/bin/bash
# plateau M1 (p0, 1,600 Init steps): controls and variants on its own 782 search pairs
cd /work/exp/ds
SRC=/work/exp/ds/p0 NAME=pc1-csft-lr1e5 LR=1e-5 STEPS=49 ./csft2.sh
SRC=/work/exp/ds/p0 NAME=pc2-csft-lr1e4 LR=1e-4 STEPS=49 ./csft2.sh
SRC=/work/exp/ds/p0 ./var2.sh pv1-lr3e5 '{"learningRate":3e-5}'
SRC=/work/exp/ds/p0 ./var2.sh pv2-sftonly-lr1e4 '{"learningRate":1e-4,"beta":1e-6}'
SRC=/work/exp/ds/p0 ./var2.sh pv3-dpop-lr1e4 '{"learningRate":1e-4,"loss":"Dpop"}'
SRC=/work/exp/ds/p0 ./var2.sh pv4-lr1e4 '{"learningRate":1e-4}'
