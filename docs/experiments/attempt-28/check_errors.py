#!/usr/bin/env python3
"""attempt 28: where the judge's check lines go wrong in a round's search, on pairs of two own candidates with the same
operation `a op b` and different results, one of them right: every digit fact (`6*8=48`, `3*8+4=28`, `2+9+1=12`, split `3*8=24+4=28`; facts.py) and
every digit comparison (`8=8`, `0!8`) of the judge's raw output checked; the first error of each wrong verdict counted.
usage: check_errors.py RUN [ROUND]"""
import re, sys, collections
from searchpairs import same_operation_pairs
from facts import line_facts
def first_error(line):
    """'fact' | 'compare-read' | 'compare-eq' | 'mark' | None for one check line `X: ...;R vs S: d=d d!d mark`"""
    if not all(ok for _, ok in line_facts(line)): return 'fact'
    last = line.split(';')[-1]
    m = re.match(r'\s*(-?\d+) vs (-?\d+): (.*?) (right|wrong)', last)
    if not m: return None
    r, s, cmp_, mark = m.groups()
    pairs = re.findall(r'(\S)([=!])(\S)', cmp_)
    rr, ss = r[::-1], s[::-1]
    for i, (x, e, y) in enumerate(pairs):
        if i >= max(len(rr), len(ss)): break
        tx = rr[i] if i < len(rr) else '_'; ty = ss[i] if i < len(ss) else '_'
        if x != tx or y != ty: return 'compare-read'
        if (e == '=') != (x == y): return 'compare-eq'
    if (mark == 'right') != (r == s): return 'mark'
    return None
run = sys.argv[1]; rnd = sys.argv[2] if len(sys.argv) > 2 else '02'
n = collections.Counter(); tot = collections.Counter()
for o, right, c in same_operation_pairs(run, rnd):
    tot[o] += 1
    if c['verdict'] == right: continue
    lines = {ln[0]: ln for ln in c['raw'].split('\n') if ln[:2] in ('A:', 'B:')}
    errs = [first_error(lines[k]) for k in 'AB' if k in lines]
    kind = next((x for x in errs if x), 'no error found')
    n[(o, kind)] += 1
kinds = ['fact', 'compare-read', 'compare-eq', 'mark', 'no error found']
print(f'## {run} round {rnd}: first error in the check lines of wrong verdicts (share of all such pairs)')
print('| op | pairs | ' + ' | '.join(kinds) + ' |'); print('|---' * (len(kinds) + 2) + '|')
for o in '+-*/':
    t = tot[o]
    if t: print(f'| {o} | {t} | ' + ' | '.join(f'{100*n[(o,k)]/t:.1f} %' for k in kinds) + ' |')
