#!/bin/bash
# fresh.sh COMMIT: the README's first command on a fresh clone of main at COMMIT, quiet host, /usr/bin/time -v (NuGet
# cache warm); the run lands in /work/fresh17/runs/, the log and time in /work/exp/fresh17.{log,time}
rm -rf /work/fresh17 && git clone -q /work/main /work/fresh17 && cd /work/fresh17 && git checkout -q ${1:-HEAD}
/usr/bin/time -v dotnet run --project src/Psr.Cli -- run > /work/exp/fresh17.log 2> /work/exp/fresh17.time
