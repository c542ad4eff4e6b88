#!/bin/bash
# attempt 26 (issue 13): round M2's update of def38 (the default preset, seed 1234) again from its own search, under the
# build BIN, in /work/exp/hw/NAME: IFT, EFT, Init, M1's evaluation and the M2 search are copied (accepted by their
# hashes), the rounds cut to M2. With STOP=dpo the run is stopped once 02-step-dpo is done (timing repeats); PY: a
# Python statement editing the config dict c (e.g. "c['dpo']['epochs']=1" for shorter timing repeats).
# usage: BIN=/work/exp/binN [STOP=dpo] [PY=...] update-ab.sh NAME
cd /work/main
name=$1; src=/work/exp/hw/def38; dst=/work/exp/hw/$name; bin=${BIN:?}
rm -rf $dst; mkdir -p $dst/stages
/usr/bin/python3 - $src/config.json $dst/config.json "${PY:-pass}" <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['rounds']=c['rounds'][:1]; exec(sys.argv[3])
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
for s in 00-ift 00-eft 01-init 01-evaluate 02-search; do cp -r $src/stages/$s $dst/stages/; done
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 &
pid=$!
if [ "$STOP" = dpo ]; then
  while ! grep -q "02-step-dpo: done" $dst.log; do sleep 2; kill -0 $pid 2>/dev/null || break; done
  kill $pid 2>/dev/null
fi
wait $pid
echo "$name wall=$(( $(date +%s) - start ))s" >> $dst.log
