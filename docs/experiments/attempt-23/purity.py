#!/usr/bin/env python3
"""attempt 23: how many of each round's self-verified paths (the update's own-path examples, OwnPathExamples.FromSearch)
end on the right answer, and how many finished paths the filter dropped, right or wrong. Answers by Python's exact
evaluation of the question (the world's expressions divide exactly)."""
import json, sys
from worldcheck import gold, boxed, questions
root = '/work/exp/hw/'

print('| run | round | finished | kept (self-verified) | kept right | dropped | dropped right |')
print('|---|---|---|---|---|---|---|')
for r in sys.argv[1:]:
    for rnd in ('02', '03', '04'):
        d = f'{root}{r}/stages/{rnd}-search/'
        try:
            qs = questions(d)
        except FileNotFoundError:
            continue
        fin = kept = kept_ok = drop = drop_ok = 0
        for l in open(d + 'results.jsonl'):
            x = json.loads(l)
            if x['status'] != 'Finished' or not x['steps']:
                continue
            fin += 1
            t = x['trace']
            rejected = any(t['expansions'][e].get('chosenIndex') is not None and
                           t['expansions'][e]['candidates'][t['expansions'][e]['chosenIndex']]['selfLabel'] == 'Wrong' for e in t['pathExpansions'])
            ok = boxed(x['steps']) == gold(qs[x['questionId']])
            if rejected: drop += 1; drop_ok += ok
            else: kept += 1; kept_ok += ok
        print(f'| {r} | {rnd} | {fin} | {kept} | {kept_ok} ({100*kept_ok/max(1,kept):.1f} %) | {drop} | {drop_ok} ({100*drop_ok/max(1,drop):.1f} %) |')
