#!/bin/bash
# outscore.sh TAG BIN: the outcome baseline's round on 400 questions from po1's M1 (attempt 14 (b)), to time the
# scorer with (bin17, main at 29ba511: LengthBuckets in GeneratorSolutionScorer) and without length buckets; the pairs must match
cd "$(dirname "$0")"
BIN=$2 QUESTIONS=400 ./outround.sh os-$1
