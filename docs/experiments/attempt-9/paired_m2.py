# paired_m2.py A B [STAGE]: M2 greedy accuracy of run A minus run B on the same test problems, with a 95 % paired
# bootstrap interval (2,000 resamples, seed 1), from RUN/stages/STAGE/greedy.jsonl (used for r1 - c1); STAGE defaults
# to 02-evaluate, 01-evaluate compares M1s (attempt 10).
import json
import random
import sys


def correct(run):
    return {r['id']: r['correct'] for r in map(json.loads, open(run + '/stages/' + stage + '/greedy.jsonl'))}


stage = sys.argv[3] if len(sys.argv) > 3 else '02-evaluate'
a, b = correct(sys.argv[1]), correct(sys.argv[2])
diff = [a[k] - b[k] for k in sorted(set(a) & set(b))]
n = len(diff)
rng = random.Random(1)
boot = sorted(sum(diff[rng.randrange(n)] for _ in range(n)) / n * 100 for _ in range(2000))
print(f'{n} problems: {sum(diff) / n * 100:+.2f} points [{boot[50]:+.2f}, {boot[1949]:+.2f}]')
