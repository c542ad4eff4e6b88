#!/usr/bin/env python3
"""attempt 23: M1's judge accuracy per kind of wrong step (the EFT test pairs, both orders), for each run given."""
import json, sys, collections
root = '/work/exp/hw/'
runs = sys.argv[1:]
table = {}
for r in runs:
    d = root + r + '/stages/'
    test = [json.loads(l) for l in open(d + '00-eft/eft-test.jsonl')]
    acc = collections.defaultdict(lambda: [0, 0])
    for l in open(d + '01-evaluate/judge.jsonl'):
        v = json.loads(l)
        e = test[v['index']]
        kind = e.get('wrongSource') or e['kind']
        acc[kind][0] += v['verdict'] == v['expected']; acc[kind][1] += 1
    table[r] = acc
kinds = sorted({k for a in table.values() for k in a}, key=lambda k: -table[runs[0]][k][1])
print('| kind | verdicts | ' + ' | '.join(runs) + ' |')
print('|---|---|' + '---|' * len(runs))
for k in kinds:
    print(f'| {k} | {table[runs[0]][k][1]} | ' + ' | '.join(f'{100*table[r][k][0]/max(1,table[r][k][1]):.0f} %' for r in runs) + ' |')
