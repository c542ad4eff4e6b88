#!/bin/bash
# round3.sh: a second round (M3, 2,000 fresh questions) after l1tu-e3 with its recipe (T = 1.0, unanimous labels,
# step-DPO + NLL, lr 1e-5 x 3 epochs), and the continued-SFT control's second round from l1c-e3 for the same steps
set -e
cd /work/main  # M0 resolves against the working directory
bin=/work/exp/bin11; hw=/work/exp/hw
rm -rf $hw/l1tu-m3 $hw/l1c-m3; mkdir -p $hw/l1tu-m3/stages $hw/l1c-m3/stages
python3 - $hw/l1tu-e3/config.json $hw/l1tu-m3/config.json <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['rounds']=[{'name':'M2','questions':2000},{'name':'M3','questions':2000}]
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
for s in 00-ift 00-eft 01-init 01-evaluate 02-search 02-step-dpo 02-evaluate; do cp -r $hw/l1tu-e3/stages/$s $hw/l1tu-m3/stages/; done
dotnet $bin/psr.dll run --resume $hw/l1tu-m3 > $hw/l1tu-m3.log 2>&1 || echo "rc=$?" >> $hw/l1tu-m3.log
steps=$(python3 -c "import json;print(json.load(open('$hw/l1tu-m3/stages/03-step-dpo/manifest.json'))['counts']['steps'])")
python3 - $hw/l1c-e3/config.json $hw/l1c-m3/config.json $steps <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['rounds']=[{'name':'M2','questions':2000},{'name':'M3','questions':2000}]
c['continuedSft']['steps']=c['continuedSft']['steps'][:1]+[int(sys.argv[3])]
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
for s in 00-ift 00-eft 01-init 01-evaluate 02-continued-sft 02-evaluate; do cp -r $hw/l1c-e3/stages/$s $hw/l1c-m3/stages/; done
dotnet $bin/psr.dll run --resume $hw/l1c-m3 > $hw/l1c-m3.log 2>&1 || echo "rc=$?" >> $hw/l1c-m3.log
echo "l1c-m3 steps=$steps" >> $hw/l1c-m3.log
