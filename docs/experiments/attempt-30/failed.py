#!/usr/bin/env python3
"""attempt 30 (h): what the own judge's search did on the questions where only the oracle's has a right own path:
each question's outcome in RUN (default def38) and the first expansion on its path that went wrong, by what its
candidate set held and what the judge did. usage: failed.py [RUN] [ORACLE_RUN]   (defaults def38 j38)"""
import collections, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'attempt-29')); sys.path.insert(1, os.path.dirname(__file__))
from oracle import label, searches, rebuild, self_wrong
from cover import own

run = sys.argv[1] if len(sys.argv) > 1 else 'def38'; orc = sys.argv[2] if len(sys.argv) > 2 else 'j38'
failed = set(own(orc)) - set(own(run))
outcome = collections.Counter(); first = collections.Counter(); kinds = collections.Counter()
for q, r in searches(run):
    if r['questionId'] not in failed: continue
    steps, path = rebuild(r)
    right = all(label(q, path[:k], t)[0] == 'right' for k, t in enumerate(path))
    outcome[(r['status'], 'judge called a step wrong' if self_wrong(r) else 'never called wrong', 'right path' if right else 'wrong path')] += 1
    # the expansion that put the path's first wrong step on it
    for k, t in enumerate(path):
        lab = label(q, path[:k], t)
        if lab[0] != 'right':
            e = steps[r['trace']['pathExpansions'][k]][1]
            labs = [label(q, path[:k], c['text'])[0] for c in e['candidates']]
            n = sum(x == 'right' for x in labs)
            sel = e['candidates'][e['chosenIndex']].get('selfLabel')
            first[('all wrong' if n == 0 else 'mixed' if n < len(labs) else 'all right', e['outcome'], 'self ' + str(sel))] += 1
            kinds[lab[1]] += 1
            break
print(f'## {len(failed)} questions with a right own path in {orc} and none in {run}')
for k, n in outcome.most_common(): print(f'- {" / ".join(k)}: {n}')
print('first wrong step on the path, by its candidate set, outcome and the judge\'s own label:')
for k, n in first.most_common(): print(f'- {" / ".join(k)}: {n}')
print('its kind:', ', '.join(f'{k} {n}' for k, n in kinds.most_common()))
