#!/usr/bin/env python3
"""attempt 25: one-round variants of the outcome baseline (paths under /work/exp/hw): M1 and M2 greedy, M2 - M1 with a
paired bootstrap 95 % interval (2,000 resamples of the test problems), pairs kept, and the score stage's seconds and
counts. Usage: outcome_table.py RUN [RUN ...]"""
import json, random, sys
root = '/work/exp/hw/'

def correct(run, stage):
    return {json.loads(l)['id']: json.loads(l)['correct'] for l in open(f'{root}{run}/stages/{stage}/greedy.jsonl')}

print('| run | M1 | M2 | M2 − M1 [paired 95 %] | pairs | dropped ties / identical | score s |')
print('|---|---|---|---|---|---|---|')
for run in sys.argv[1:]:
    m1, m2 = correct(run, '01-evaluate'), correct(run, '02-evaluate')
    ids = sorted(m1)
    d = [int(m2[i]) - int(m1[i]) for i in ids]
    rng = random.Random(1)
    boots = sorted(sum(d[rng.randrange(len(d))] for _ in d) / len(d) for _ in range(2000))
    man = json.load(open(f'{root}{run}/stages/02-score/manifest.json'))
    c = man['counts']
    print(f"| {run} | {100*sum(m1.values())/len(ids):.2f} % | {100*sum(m2.values())/len(ids):.2f} % | "
          f"{100*sum(d)/len(d):+.2f} [{100*boots[50]:+.2f}, {100*boots[1949]:+.2f}] | {c['pairs']} | "
          f"{c['droppedTie']} / {c['droppedIdentical']} | {man['seconds']:.0f} |")
