#!/usr/bin/env python3
"""attempt 29: the judge's digit-by-digit comparisons `R vs C: ...` in a round's search (every check line of every
comparison's raw output) and in the seed EFT targets: by the position (from the right) of the first digit where R and C
differ, how many there are and how often the judge's line still ends `right`. usage: comparisons.py RUN [ROUND]  (RESULTS env: progress.jsonl reads a search still running)"""
import json, os, re, sys, collections
CMP = re.compile(r';(\d+) vs (\d+): ([^;&]*?) (right|wrong)')

def firstdiff(r, c):
    r, c = r[::-1], c[::-1]
    for i in range(max(len(r), len(c))):
        if i >= len(r) or i >= len(c) or r[i] != c[i]:
            return i
    return None

run = sys.argv[1]; rnd = sys.argv[2] if len(sys.argv) > 2 else '02'
seed = collections.Counter()
for l in open(f'/work/exp/hw/{run}/stages/00-eft/eft-train.jsonl'):
    for m in CMP.finditer(json.loads(l)['target']):
        seed[firstdiff(m[1], m[2])] += 1
n, said_right = collections.Counter(), collections.Counter()
for l in open(f'/work/exp/hw/{run}/stages/{rnd}-search/' + os.environ.get('RESULTS', 'results.jsonl')):
    for e in json.loads(l)['trace']['expansions']:
        for c in e['comparisons']:
            for m in CMP.finditer(c['raw']):
                k = firstdiff(m[1], m[2]); n[k] += 1; said_right[k] += m[4] == 'right'
print(f'| {run} round {rnd}: first differing digit (from the right) | seed EFT comparisons | search comparisons | the judge says right |')
print('|---|---|---|---|')
for k in sorted(n, key=lambda k: (k is None, k or 0)):
    print(f"| {'none (equal)' if k is None else k + 1} | {seed[k]:,} | {n[k]:,} | {100 * said_right[k] / n[k]:.2f} % |")
