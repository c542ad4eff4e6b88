#!/bin/bash
# Attempt 18 in the order it ran (docs/world.md §9): the default preset's M1 (seed 1), one plateau-recipe round from it
# (r0) and the same search's pairs and paths trained ten more ways (r1-r10); the plateau preset's M1 and five ways
# (pr0-pr4); the default Init's learning curve and a lower final learning rate; the evaluation A/B; the outcome baseline.
cd /work/main
d=docs/experiments/attempt-18
bash docs/experiments/attempt-9/run_to_m1.sh d1 /work/exp/bin23 --set evaluation.testTimeProblems=0
bash $d/round.sh r0 '{}'
SEARCH_FROM=r0 bash $d/round.sh r1 '{"replay":16,"replaySource":"OwnPaths"}'
SEARCH_FROM=r0 bash $d/round.sh r2 '{"replay":16,"replaySource":"OwnPaths","learningRate":1e-4}'
SEARCH_FROM=r0 bash $d/round.sh r3 '{"replay":16,"learningRate":1e-4}'
export BIN=/work/exp/bin25 SEARCH_FROM=r0  # bin25: + dpo.loss = None
bash $d/round.sh r4 '{"replay":16,"replaySource":"OwnPaths","replayWeight":5}'
bash $d/round.sh r5 '{"replay":16,"replaySource":"OwnPaths","learningRate":3e-5}'
bash $d/round.sh r6 '{"replay":16,"replaySource":"OwnPaths","learningRate":1e-4,"loss":"None"}'
bash $d/round.sh r7 '{"replay":16,"learningRate":1e-4,"loss":"None"}'
bash $d/round.sh r8 '{"replay":16,"replaySource":"OwnPaths","learningRate":3e-4,"loss":"None"}'
bash $d/round.sh r9 '{"replay":16,"learningRate":1e-4,"loss":"None","nllWeight":0}'
bash $d/round.sh r10 '{"replay":16,"replaySource":"OwnPaths","learningRate":1e-4,"loss":"None","nllWeight":0}'
# the plateau preset's M1 (seed 1) and the same variants from its first round
d=docs/experiments/attempt-18
bash docs/experiments/attempt-9/run_to_m1.sh p1 /work/exp/bin25 --preset plateau
export BIN=/work/exp/bin25 SRC=/work/exp/hw/p1/process-seed1
bash $d/round.sh pr0 '{}'
export SEARCH_FROM=pr0
bash $d/round.sh pr1 '{"replay":16,"replaySource":"OwnPaths","learningRate":1e-4,"loss":"None","nllWeight":0}'
bash $d/round.sh pr2 '{"replay":16,"learningRate":1e-4,"loss":"None","nllWeight":0}'
bash $d/round.sh pr3 '{"replay":16,"replaySource":"OwnPaths","learningRate":1e-4,"loss":"None"}'
bash $d/round.sh pr4 '{"replay":16,"replaySource":"OwnPaths","replayWeight":5}'
# the README's first command on a fresh clone of ac0b319, timed (docs/benchmarks.md, session 17)
# rm -rf /work/fresh18 && git clone -q /work/main /work/fresh18 && cd /work/fresh18 && /usr/bin/time -v dotnet run --project src/Psr.Cli -- run
# bin26 (+ sft.finalLearningRate): the default Init decaying to 1e-5, and the default Init with its learning curve
bash docs/experiments/attempt-9/run_to_m1.sh d2 /work/exp/bin26 --set evaluation.testTimeProblems=0 --set sft.finalLearningRate=1e-5 --set sft.devEvery=160
bash docs/experiments/attempt-9/run_to_m1.sh d0 /work/exp/bin26 --set evaluation.testTimeProblems=0 --set sft.devEvery=160
# bin27 (+ SharedSamplesPolicy): M1's evaluation of the fresh run, A/B/A/B (docs/benchmarks.md, session 17)
bash $d/evals.sh ev26a /work/exp/bin26
bash $d/evals.sh ev27a /work/exp/bin27
bash $d/evals.sh ev26b /work/exp/bin26
bash $d/evals.sh ev27b /work/exp/bin27
# the outcome baseline at the plateau recipe, seed 2 (attempt 14's script)
BIN=/work/exp/bin27 bash docs/experiments/attempt-14/outcome.sh 2
# (seed 3 was not started: the session ended)
