# compare.py A B [A B ...]: paired difference of greedy accuracy on the same 2,000 test problems between the last
# evaluated model of run A and of run B (each "run" or "run:K" for model MK), 95 % paired bootstrap (2,000 resamples, seed 1)
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'attempt-13'))
from seeds_table import paired  # noqa: E402  (attempt 13's paired bootstrap)

HW = '/work/exp/hw/'


def model(spec):
    run, _, k = spec.partition(':')
    if not k:
        k = max(i for i in range(1, 10) if os.path.exists(f'{HW}{run}/stages/0{i}-evaluate/greedy.jsonl'))
    path = f'{HW}{run}/stages/0{k}-evaluate/greedy.jsonl'
    return f'{run} M{k}', {r['id']: r['correct'] for r in map(json.loads, open(path))}


args = sys.argv[1:]
for x, y in zip(args[::2], args[1::2]):
    (na, a), (nb, b) = model(x), model(y)
    print(f'{na} ({sum(a.values()) / len(a) * 100:.1f} %) - {nb} ({sum(b.values()) / len(b) * 100:.1f} %): {paired(a, b)}')
