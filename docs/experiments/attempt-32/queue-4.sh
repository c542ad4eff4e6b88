#!/bin/bash
# attempt 32, fourth queue: the disk filled up at 05:07 (old clean-clone CI folders, 6 GB each), which stopped dh3's
# round-3 search (its progress log's torn last line is dropped on resume) and made queue-3.sh's o7 probe and queue-2.sh's
# runs fail at once; they were stopped and their empty folders removed. This restarts them in the same order.
cd /work/main
BIN=/work/exp/bin48 docs/experiments/attempt-23/continue.sh dh3
exec docs/experiments/attempt-32/queue-3.sh
