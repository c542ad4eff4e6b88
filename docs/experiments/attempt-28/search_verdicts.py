#!/usr/bin/env python3
"""attempt 28: the judge's verdicts in a round's search on pairs of two own candidates with the same operation
`a op b` and different results, one of them right by its arithmetic: the right one preferred, the slip preferred,
or neither (tie, both wrong, unparsed), by the operation. usage: search_verdicts.py RUN.. (ROUND=02 by default)"""
import sys, collections, os
from searchpairs import same_operation_pairs
rnd = os.environ.get('ROUND', '02')
print('| run, round ' + rnd + ' | op | pairs | right preferred | slip preferred | neither |')
print('|---|---|---|---|---|---|')
for r in sys.argv[1:]:
    n = collections.Counter()
    for o, right, c in same_operation_pairs(r, rnd):
        v = c['verdict']
        n[(o, 'all')] += 1; n[(o, 'ok' if v == right else 'bad' if v in ('A', 'B') else 'other')] += 1
    for o in '+-*/':
        t = n[(o, 'all')]
        if t: print(f"| {r} | {o} | {t:,} | {100*n[(o,'ok')]/t:.1f} % | {100*n[(o,'bad')]/t:.1f} % | {100*n[(o,'other')]/t:.1f} % |")
