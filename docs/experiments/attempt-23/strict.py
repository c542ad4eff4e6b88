#!/usr/bin/env python3
"""attempt 23: self-verified paths under the current rule (no path step labelled wrong) and a strict one (every path
step labelled right by its judge, i.e. unanimously): how many, and how many end on the right answer."""
import json, sys
from worldcheck import gold, boxed, questions
root = '/work/exp/hw/'
print('| run | round | now: kept / right | strict: kept / right | strict, identical groups unjudged-ok: kept / right |')
print('|---|---|---|---|---|')
for r in sys.argv[1:]:
    for rnd in ('02', '03', '04'):
        d = f'{root}{r}/stages/{rnd}-search/'
        try: qs = questions(d)
        except FileNotFoundError: continue
        c = [[0, 0], [0, 0], [0, 0]]
        for l in open(d + 'results.jsonl'):
            x = json.loads(l)
            if x['status'] != 'Finished' or not x['steps']: continue
            t = x['trace']
            labels = [(t['expansions'][e]['outcome'], t['expansions'][e]['candidates'][t['expansions'][e]['chosenIndex']]['selfLabel'])
                      for e in t['pathExpansions'] if t['expansions'][e].get('chosenIndex') is not None]
            ok = boxed(x['steps']) == gold(qs[x['questionId']])
            rules = [all(l != 'Wrong' for _, l in labels), all(l == 'Correct' for _, l in labels),
                     all(l == 'Correct' or (o == 'AcceptedIdentical' and l != 'Wrong') for o, l in labels)]
            for i, keep in enumerate(rules):
                if keep: c[i][0] += 1; c[i][1] += ok
        print(f'| {r} | {rnd} | ' + ' | '.join(f'{k} / {g} ({100*g/max(1,k):.1f} %)' for k, g in c) + ' |')
