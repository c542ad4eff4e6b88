#!/bin/bash
# attempt 26 (b): the M2 update of def38 at one epoch, before (bin38) and after (bin40), alternated three times
# (update-ab.sh, stopped after the update); prints each run's stage and step seconds.
cd "$(dirname "$0")"
for i in 1 2 3; do
  for b in 38 40; do BIN=/work/exp/bin$b STOP=dpo PY="c['dpo']['epochs']=1" ./update-ab.sh t${b}_$i; done
done
for r in /work/exp/hw/t{38,40}_{1,2,3}; do
  /usr/bin/python3 -c "import json;m=json.load(open('$r/stages/02-step-dpo/manifest.json'));print('$r',round(m['seconds'],1),round(m['work']['trainSeconds'],1),m['counts']['steps'],m['outputs'][1]['sha256'][:12])"
done
