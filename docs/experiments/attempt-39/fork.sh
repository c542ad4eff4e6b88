#!/bin/bash
# attempt 39: a run forked from another run's M1 with configuration keys changed, then run (or resumed) to M4 by
# probe.sh: its config.json is SRC's with each KEY=VALUE set (JSON values; dotted keys), its stages up to M1's
# evaluation copied from SRC (Init's hash does not read the search or update keys, so they stay done).
# usage: BIN=/work/exp/binNN docs/experiments/attempt-39/fork.sh NAME SRC search.judgeOrders='"OneOrder"' ...
cd /work/main
name=${1:?name}; src=${2:?source run folder (config.json, stages/)}; shift 2
hw=${HW:-/work/exp/hw}; dst=$hw/$name
if [ ! -f $dst/config.json ]; then
  mkdir -p $dst/stages
  /usr/bin/python3 - "$src/config.json" "$dst/config.json" "$@" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
for kv in sys.argv[3:]:
    key, value = kv.split('=', 1)
    *path, last = key.split('.')
    node = c
    for p in path:
        node = node[p]
    if last not in node:
        sys.exit(f'fork.sh: {key} is not a key of {sys.argv[1]}')
    node[last] = json.loads(value)
json.dump(c, open(sys.argv[2], 'w'), indent=2)
PY
  [ $? -eq 0 ] || { rm -rf $dst; exit 1; }
  for st in 00-ift 00-eft 01-init 01-evaluate; do cp -r $src/stages/$st $dst/stages/; done
fi
docs/experiments/probe.sh $name
