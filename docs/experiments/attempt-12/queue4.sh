#!/bin/bash
# queue4.sh: after queue3.sh, five epochs on l1tu's pairs, and three epochs on l1t's unfiltered pairs, each beside
# continued SFT for the same steps
cd "$(dirname "$0")/../attempt-11"
export BIN=/work/exp/bin11
M1=/work/exp/hw/l1/process-seed1
SRC=/work/exp/hw/l1tu ./var.sh l1tu-e5 '{"epochs":5}'
SRC=$M1 ./csft.sh l1c-e5 l1tu-e5
SRC=/work/exp/hw/l1t ./var.sh l1t-e3 '{"epochs":3}'
SRC=$M1 ./csft.sh l1tc-e3 l1t-e3
