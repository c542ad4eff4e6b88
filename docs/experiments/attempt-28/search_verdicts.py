#!/usr/bin/env python3
"""attempt 28: the judge's verdicts in a round's search on pairs of two own candidates with the same operation
`a op b` and different results, one of them right by its arithmetic: the right one preferred, the slip preferred,
or neither (tie, both wrong, unparsed), by the operation. usage: search_verdicts.py RUN.. (ROUND=02 by default)"""
import json, sys, collections, re, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'attempt-23'))
from worldcheck import slip
def opt(s):
    m = re.match(r'Step \d+: (\d+[-+*/]\d+)=', s); return m.group(1) if m else None
rnd = os.environ.get('ROUND', '02')
print('| run, round ' + rnd + ' | op | pairs | right preferred | slip preferred | neither |')
print('|---|---|---|---|---|---|')
for r in sys.argv[1:]:
    n = collections.Counter()
    for l in open(f'/work/exp/hw/{r}/stages/{rnd}-search/results.jsonl'):
        for e in json.loads(l)['trace']['expansions']:
            cs = e['candidates']
            for c in e['comparisons']:
                a, b = c['a'], c['b']; ta, tb = cs[a]['text'], cs[b]['text']
                if a == b or opt(ta) is None or opt(ta) != opt(tb): continue
                sa, sb = slip(ta), slip(tb)
                if sa == sb: continue
                right = 'A' if not sa else 'B'
                o = re.search(r'[-+*/]', opt(ta)).group(0)
                v = c['verdict']
                n[(o, 'all')] += 1; n[(o, 'ok' if v == right else 'bad' if v in ('A', 'B') else 'other')] += 1
    for o in '+-*/':
        t = n[(o, 'all')]
        if t: print(f"| {r} | {o} | {t:,} | {100*n[(o,'ok')]/t:.1f} % | {100*n[(o,'bad')]/t:.1f} % | {100*n[(o,'other')]/t:.1f} % |")
