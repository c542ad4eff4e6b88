#!/usr/bin/env python3
"""attempt 23: how often each round-2 search chose a right step where it could (an expansion whose candidates include
a step with an arithmetic slip and one without; steps checked by their arithmetic only), and what happened otherwise."""
import json, sys, collections
from worldcheck import slip
root = '/work/exp/hw/'
print('| run (round 2) | decidable expansions | chose a right step | chose a slip | rolled back / no choice |')
print('|---|---|---|---|---|')
for r in sys.argv[1:]:
    n = collections.Counter()
    for l in open(f'{root}{r}/stages/02-search/results.jsonl'):
        for e in json.loads(l)['trace']['expansions']:
            s = [slip(c['text']) for c in e['candidates']]
            if not (True in s and False in s):
                continue
            n['all'] += 1
            c = e.get('chosenIndex')
            n['none' if c is None or e['outcome'] == 'RolledBack' else ('slip' if s[c] else 'right' if s[c] is False else 'none')] += 1
    a = n['all']
    print(f"| {r} | {a} | {n['right']} ({100*n['right']/a:.1f} %) | {n['slip']} ({100*n['slip']/a:.1f} %) | {n['none']} |")
