#!/bin/bash
# attempt 23: attempt 22's runs plus the candidate recipe (data.eftPairs = 4000, sft.iftRepeat = 2) on three seeds; the runs behind the README's tables (docs/results/default-seeds.json), then the tables rewritten from them
cd /work/main
/usr/bin/python3 docs/experiments/attempt-22/export_results.py docs/results/default-seeds.json \
  process-1=f1q3/process-seed1 control-1=f1q3/continued-sft-seed1 process-2=f3s2/process-seed2 \
  control-2=f3s2/continued-sft-seed2 process-3=f3s3/process-seed3 control-3=f3s3/continued-sft-seed3 \
  outcome-1=f3o1/outcome-seed1 outcome-2=f4o2/outcome-seed2 outcome-3=f4o3/outcome-seed3 \
  oracle-1=f4j1 oracle-2=f4j2 oracle-3=f4j3 \
  candidate-1=f5b1/process-seed1 candidate-2=f5b2 candidate-3=f5b3/process-seed3
PSR_WRITE_README_TABLES=1 nice dotnet test tests/Psr.Reports.Tests -c Release --filter "FullyQualifiedName~ReadmeResults"
