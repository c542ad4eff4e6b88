#!/usr/bin/env python3
"""attempt 28: how often the judge's single-digit facts in its check lines are wrong, in a round's search (every
comparison's raw output): plain sums `6+8=14`, sums with a carry `2+9+1=12`, plain
products `6*8=48`, products with a carry `3*8+4=28`, and split carries `3*8=24+4=28` (judge.carry = Split).
usage: facts.py RUN [ROUND]   (ROUND 02 by default; runs under /work/exp/hw)"""
import json, re, sys, collections
FACT = re.compile(r'(?<![\d=!])(\d)([+*])(\d)(?:(?:\+(\d)=(\d+))|(?:=(\d+)(?:\+(\d)=(\d+))?))')

def line_facts(line):
    """(kind, right) for every single-digit fact of one check line `X: route;R vs S: ...` (the route's parts; the
    operation comparison of the matched checks and the final comparison hold none)."""
    body = line.split(':', 1)[1] if ':' in line else ''
    for p in body.split(';')[:-1]:
        if ' vs ' in p: continue
        for m in FACT.finditer(p):
            a, o, b = int(m[1]), m[2], int(m[3])
            own = a + b if o == '+' else a * b
            if m[4] is not None:  # inline carry a o b + c = z
                yield o + ' with carry', own + int(m[4]) == int(m[5])
            elif m[7] is not None:  # split carry a o b = p + c = z
                yield o + ' split carry', own == int(m[6]) and own + int(m[7]) == int(m[8])
            else:
                yield o, own == int(m[6])

if __name__ == '__main__':
    run = sys.argv[1]; rnd = sys.argv[2] if len(sys.argv) > 2 else '02'
    n, bad = collections.Counter(), collections.Counter()
    for l in open(f'/work/exp/hw/{run}/stages/{rnd}-search/results.jsonl'):
        for e in json.loads(l)['trace']['expansions']:
            for c in e['comparisons']:
                for line in c['raw'].split('\n'):
                    for k, ok in line_facts(line):
                        n[k] += 1
                        bad[k] += not ok
    print(f'| {run} round {rnd} | ' + ' | '.join(f'{k}: {n[k]:,} facts, {100*bad[k]/n[k]:.2f} % wrong' for k in sorted(n)) + ' |')
