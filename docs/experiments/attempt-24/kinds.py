#!/usr/bin/env python3
"""attempt 24: the judge's accuracy per kind of wrong step (the EFT test pairs, both orders) at M1 and M4, pooled over
the runs given (paths under /work/exp/hw), e.g. the default's three seeds; pairs of two wrong steps pooled as one kind. Usage: kinds.py RUN [RUN ...]"""
import collections
import json
import sys

root = '/work/exp/hw/'
acc = {m: collections.defaultdict(lambda: [0, 0]) for m in ('M1', 'M4')}
for r in sys.argv[1:]:
    d = root + r + '/stages/'
    test = [json.loads(l) for l in open(d + '00-eft/eft-test.jsonl')]
    for m, stage in (('M1', '01-evaluate'), ('M4', '04-evaluate')):
        for l in open(d + stage + '/judge.jsonl'):
            v = json.loads(l)
            e = test[v['index']]
            kind = e.get('wrongSource') or e['kind']
            kind = 'both wrong' if '+' in kind else kind
            acc[m][kind][0] += v['verdict'] == v['expected']
            acc[m][kind][1] += 1
kinds = sorted(acc['M1'], key=lambda k: -acc['M1'][k][1])
print('| kind | verdicts | M1 | M4 |')
print('|---|---|---|---|')
for k in kinds + ['all']:
    a = {m: ([sum(x[0] for x in acc[m].values()), sum(x[1] for x in acc[m].values())] if k == 'all' else acc[m][k]) for m in acc}
    print(f"| {k} | {a['M1'][1]} | {100 * a['M1'][0] / a['M1'][1]:.0f} % | {100 * a['M4'][0] / a['M4'][1]:.0f} % |")
