#!/bin/bash
# attempt 25: an M1 probe from the default's seed-N process configuration (attempt 24's f5b runs) with overrides, up to
# M1's evaluation (attempt 23's probe with SRC set).  usage: m1probe.sh NAME SEED 'python statements editing c'
case $2 in 1) src=/work/exp/hw/f5b1/process-seed1;; 2) src=/work/exp/hw/f5b2;; 3) src=/work/exp/hw/f5b3/process-seed3;; esac
SRC=$src BIN=${BIN:-/work/exp/bin36} exec "$(dirname "$0")/../attempt-23/m1probe.sh" "$@"
