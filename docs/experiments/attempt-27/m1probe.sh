#!/bin/bash
# attempt 27: an M1 probe of the default preset (def38's config.json, seed 1234's data) at run seed SEED with overrides,
# up to M1's evaluation (attempt 23's probe with SRC = def38 and the run seed set; bin42 has judge.check = OwnStep).
# usage: m1probe.sh NAME SEED 'python statements editing c (the config dict)'
SRC=/work/exp/hw/def38 BIN=${BIN:-/work/exp/bin42} exec "$(dirname "$0")/../attempt-23/m1probe.sh" "$1" "$2" "c['seeds']['run']=$2; $3"
