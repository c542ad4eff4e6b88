#!/usr/bin/env python3
"""attempt 23: the self-verified paths (no accepted step labelled wrong) of each round-2 search that are right and
pass through a *corrected slip*: an expansion whose candidates included a step with an arithmetic slip (a op b != c)
and whose chosen step had none. Those are the paths that show the model a step it would have got wrong."""
import json, sys
from worldcheck import gold, boxed, slip, questions
root = '/work/exp/hw/'
print('| run (round 2) | self-verified | right | right through a corrected slip | wrong |')
print('|---|---|---|---|---|')
for r in sys.argv[1:]:
    d = f'{root}{r}/stages/02-search/'
    qs = questions(d)
    kept = right = fixed = 0
    for l in open(d + 'results.jsonl'):
        x = json.loads(l)
        if x['status'] != 'Finished' or not x['steps']: continue
        t = x['trace']; path = [t['expansions'][e] for e in t['pathExpansions'] if t['expansions'][e].get('chosenIndex') is not None]
        if any(e['candidates'][e['chosenIndex']]['selfLabel'] == 'Wrong' for e in path): continue
        kept += 1
        if boxed(x['steps']) != gold(qs[x['questionId']]): continue
        right += 1
        fixed += any(any(slip(c['text']) for c in e['candidates']) and slip(e['candidates'][e['chosenIndex']]['text']) is False for e in path)
    print(f'| {r} | {kept} | {right} | {fixed} ({100*fixed/max(1,right):.1f} % of right) | {kept-right} |')
