#!/bin/bash
# attempt 30 (a): the perfect judge's first round on this host, from def38's M1 (seed 1234): round2from.sh with
# experiment.method = OracleJudge (the oracle changes only the rounds' search hashes). usage: oracle_round.sh NAME
BIN=${BIN:-/work/exp/bin38} exec "$(dirname "$0")/round2from.sh" "${1:-j38}" "c['experiment']['method']='OracleJudge'"
