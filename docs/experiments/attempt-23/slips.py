#!/usr/bin/env python3
"""attempt 23: in the self-verified paths that end wrong, the first step whose arithmetic is wrong (a op b != c): how the
search accepted it (expansion outcome, the chosen candidate's self label, how many distinct candidates it had)."""
import json, sys, collections
from worldcheck import gold, boxed, slip, questions
root = '/work/exp/hw/'
for r in sys.argv[1:]:
    d = f'{root}{r}/stages/02-search/'
    qs = questions(d)
    how = collections.Counter(); n = 0
    for l in open(d + 'results.jsonl'):
        x = json.loads(l)
        if x['status'] != 'Finished' or not x['steps']: continue
        t = x['trace']; path = t['pathExpansions']
        if any(t['expansions'][e].get('chosenIndex') is not None and t['expansions'][e]['candidates'][t['expansions'][e]['chosenIndex']]['selfLabel'] == 'Wrong' for e in path): continue
        if boxed(x['steps']) == gold(qs[x['questionId']]): continue
        n += 1
        for e in path:
            ex = t['expansions'][e]; c = ex['chosenIndex']; step = ex['candidates'][c]['text']
            if slip(step):
                groups = len({k['group'] for k in ex['candidates']})
                right_alt = any(slip(k['text']) is False for k in ex['candidates'])
                how[(ex['outcome'], ex['candidates'][c]['selfLabel'], 'one group' if groups == 1 else 'several', 'a right alternative' if right_alt else 'no right alternative')] += 1
                break
        else:
            how[('no arithmetic slip (wrong operand/operation/order)',)] += 1
    print(f'## {r}: {n} self-verified paths ending wrong (round 2)')
    for k, v in how.most_common(): print(f'{v:5d}  {k}')
