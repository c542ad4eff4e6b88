#!/bin/bash
# round_k.sh P C K [P_PREV C_PREV]: round K (K = 3 gives M3, 4 gives M4; 2,000 fresh questions, or QUESTIONS in every round) of attempt 12's
# recipe: the process run P-m{K-1} (or P_PREV) resumed with one more round into P-mK, then the continued-SFT control
# C-m{K-1} (or C_PREV) likewise into C-mK for the same optimizer steps as the new round
set -e
p=$1; c=$2; k=$3; pprev=${4:-$1-m$(($3 - 1))}; cprev=${5:-$2-m$(($3 - 1))}; hw=/work/exp/hw; bin=${BIN:-/work/exp/bin11}
cd /work/main  # M0 resolves against the working directory
extend() {  # SRC DST [STEPS]: copy SRC's stages, add round M$k to its configuration (and the control's steps)
  rm -rf $2; mkdir -p $2; cp -r $1/stages $2/
  python3 - $1/config.json $2/config.json $k ${3:-0} ${QUESTIONS:-2000} <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); k=int(sys.argv[3]); steps=int(sys.argv[4]); q=int(sys.argv[5])
c['rounds']=[{'name':f'M{i}','questions':q} for i in range(2,k+1)]
if steps: c['continuedSft']['steps']=c['continuedSft']['steps'][:k-2]+[steps]
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
}
extend $hw/$pprev $hw/$p-m$k
dotnet $bin/psr.dll run --resume $hw/$p-m$k > $hw/$p-m$k.log 2>&1 || echo "rc=$?" >> $hw/$p-m$k.log
steps=$(python3 -c "import json;print(json.load(open('$hw/$p-m$k/stages/0$k-step-dpo/manifest.json'))['counts']['steps'])")
extend $hw/$cprev $hw/$c-m$k $steps
dotnet $bin/psr.dll run --resume $hw/$c-m$k > $hw/$c-m$k.log 2>&1 || echo "rc=$?" >> $hw/$c-m$k.log
echo "$c-m$k steps=$steps" >> $hw/$c-m$k.log
