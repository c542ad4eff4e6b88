#!/bin/bash
# next_round.sh K: round K (M3 for K = 3, M4 for K = 4; 2,000 fresh questions each) after l1tu-e3 with its recipe
# (T = 1.0, unanimous labels, step-DPO + NLL, lr 1e-5 x 3 epochs): the process run l1tu-m{K-1} (l1tu-e3 for K = 3)
# resumed with one more round into l1tu-mK, and the continued-SFT control l1c-m{K-1} (l1c-e3) likewise into l1c-mK
# for the same optimizer steps as the new round
set -e
k=$1; hw=/work/exp/hw; bin=/work/exp/bin11
prev() { if [ "$k" = 3 ]; then echo $hw/$1-e3; else echo $hw/$1-m$((k - 1)); fi; }
cd /work/main  # M0 resolves against the working directory
extend() {  # SRC DST [STEPS]: copy SRC's stages, add round M$k to its configuration (and the control's steps)
  rm -rf $2; mkdir -p $2; cp -r $1/stages $2/
  python3 - $1/config.json $2/config.json $k ${3:-0} <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); k=int(sys.argv[3]); steps=int(sys.argv[4])
c['rounds']=[{'name':f'M{i}','questions':2000} for i in range(2,k+1)]
if steps: c['continuedSft']['steps']=c['continuedSft']['steps'][:k-2]+[steps]
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
}
extend $(prev l1tu) $hw/l1tu-m$k
dotnet $bin/psr.dll run --resume $hw/l1tu-m$k > $hw/l1tu-m$k.log 2>&1 || echo "rc=$?" >> $hw/l1tu-m$k.log
steps=$(python3 -c "import json;print(json.load(open('$hw/l1tu-m$k/stages/0$k-step-dpo/manifest.json'))['counts']['steps'])")
extend $(prev l1c) $hw/l1c-m$k $steps
dotnet $bin/psr.dll run --resume $hw/l1c-m$k > $hw/l1c-m$k.log 2>&1 || echo "rc=$?" >> $hw/l1c-m$k.log
echo "l1c-m$k steps=$steps" >> $hw/l1c-m$k.log
