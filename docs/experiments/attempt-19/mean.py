# mean.py A B [A B ...]: the mean over seeds of the paired differences (A - B) of greedy accuracy, one (A, B) pair of
# run specs per seed (compare.py's "run" or "run:K"), with a 95 % bootstrap interval that resamples each seed's 2,000
# test problems independently (2,000 resamples, seed 1), as attempt 13's seeds_table.py does for its means
import os
import random
import sys

args = sys.argv[1:]
sys.argv = sys.argv[:1]  # compare.py compares its own arguments when imported
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'attempt-14'))
from compare import model  # noqa: E402

diffs = []
for x, y in zip(args[::2], args[1::2]):
    (_, a), (_, b) = model(x), model(y)
    diffs.append([a[i] - b[i] for i in sorted(set(a) & set(b))])
rng = random.Random(1)
boot = sorted(sum(sum(d[rng.randrange(len(d))] for _ in range(len(d))) / len(d) for d in diffs) / len(diffs) * 100
              for _ in range(2000))
mean = sum(sum(d) / len(d) for d in diffs) / len(diffs) * 100
print(f'mean of {len(diffs)} seeds: {mean:+.2f} [{boot[50]:+.2f}, {boot[1949]:+.2f}]')
