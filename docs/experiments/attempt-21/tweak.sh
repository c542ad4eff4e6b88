#!/bin/bash
# tweak.sh NAME QUESTIONS PY: one round of QUESTIONS fresh questions from the M1 of SRC (default: attempt 20 (c)'s
# candidate, /work/exp/hw/f1/process-seed1; its IFT, EFT, Init and M1 evaluation copied in, every hash checked on
# resume) with SRC's own settings, after the Python statement PY has edited its config dict `c` (e.g.
# "c['model']['generationPrecision']='BFloat16Autocast'"). BIN: the build (default /work/exp/bin31).
set -e
name=$1; questions=$2; py=${3:-pass}
src=${SRC:-/work/exp/hw/f1/process-seed1}; dst=/work/exp/hw/$name; bin=${BIN:-/work/exp/bin31}
rm -rf $dst; mkdir -p $dst/stages
/usr/bin/python3 - $src/config.json $dst/config.json "$questions" "$py" <<'PY'
import json,sys
c=json.load(open(sys.argv[1])); c['rounds']=[{'name':'M2','questions':int(sys.argv[3])}]
exec(sys.argv[4])
json.dump(c,open(sys.argv[2],'w'),indent=2)
PY
for s in 00-ift 00-eft 01-init 01-evaluate; do cp -r $src/stages/$s $dst/stages/; done
if [ -n "$PATCH_INIT" ]; then
  # A model.* change (e.g. generationPrecision, which Init's dev curve uses) changes Init's hash: take SRC's Init as
  # done under the new hash (same weights; only its dev curve was measured with the old setting) instead of 9 minutes.
  (cd /work/main && timeout 60 dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 &
   while ! grep -q '"stage": "init"' $dst/stages/01-init/manifest.json 2>/dev/null || grep -q '"status": "Done"' $dst/stages/01-init/manifest.json; do sleep 1; done
   pkill -f "psr.dll run --resume $dst"; sleep 2)
  hash=$(/usr/bin/python3 -c "import json;print(json.load(open('$dst/stages/01-init/manifest.json'))['configHash'])")
  rm -rf $dst/stages/01-init; cp -r $src/stages/01-init $dst/stages/
  /usr/bin/python3 - $dst/stages/01-init/manifest.json $hash <<'PY'
import json,sys
m=json.load(open(sys.argv[1])); m['configHash']=sys.argv[2]; json.dump(m,open(sys.argv[1],'w'),indent=2)
PY
fi
cd /work/main  # M0 resolves against the working directory; the copied stages name /work/main/models
start=$(date +%s)
dotnet $bin/psr.dll run --resume $dst > $dst.log 2>&1 || echo "rc=$?" >> $dst.log
echo "$name wall=$(( $(date +%s) - start ))s" >> $dst.log
