#!/bin/bash
# attempt 25: the default's outcome baseline is now the recipe study's winner (outcome.temperature = 1.0, f7ox1..3);
# the runs behind the README's tables (docs/results/default-seeds.json), then the tables rewritten
cd /work/main
/usr/bin/python3 docs/experiments/attempt-22/export_results.py docs/results/default-seeds.json \
  process-1=f5b1/process-seed1 process-2=f5b2 process-3=f5b3/process-seed3 \
  control-1=f6m1/continued-sft-seed1 control-2=f6m2/continued-sft-seed2 control-3=f6m3/continued-sft-seed3 \
  outcome-1=f7ox1 outcome-2=f7ox2 outcome-3=f7ox3 \
  oracle-1=f6j1 oracle-2=f6j2 oracle-3=f6j3 \
  former-1=f1q3/process-seed1 former-2=f3s2/process-seed2 former-3=f3s3/process-seed3
PSR_WRITE_README_TABLES=1 nice dotnet test tests/Psr.Reports.Tests -c Release --filter "FullyQualifiedName~ReadmeResults"
