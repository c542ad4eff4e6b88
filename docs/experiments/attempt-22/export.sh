#!/bin/bash
# the runs behind the README's tables (docs/results/default-seeds.json), then the tables rewritten from them
cd /work/main
/usr/bin/python3 docs/experiments/attempt-22/export_results.py docs/results/default-seeds.json \
  process-1=f1q3/process-seed1 control-1=f1q3/continued-sft-seed1 process-2=f3s2/process-seed2 \
  control-2=f3s2/continued-sft-seed2 process-3=f3s3/process-seed3 control-3=f3s3/continued-sft-seed3 \
  outcome-1=f3o1/outcome-seed1 outcome-2=f4o2/outcome-seed2 outcome-3=f4o3/outcome-seed3 \
  $(for s in 1 2 3; do [ -f /work/exp/hw/f4j$s/summary.json ] && echo oracle-$s=f4j$s; done)
PSR_WRITE_README_TABLES=1 nice dotnet test tests/Psr.Reports.Tests -c Release --filter "FullyQualifiedName~ReadmeResults"
