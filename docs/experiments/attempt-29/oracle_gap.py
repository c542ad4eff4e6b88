#!/usr/bin/env python3
"""attempt 29: where a round's self-judged search goes wrong, by the Python oracle (oracle.py): the expansions whose
prefix is right, by what their candidate set holds (all right, mixed, all wrong) and what the search did; the kind of
the wrong steps it accepted; and the first wrong step of the finished paths none of whose steps its judge called wrong
(the self-verified paths the update learns from). usage: oracle_gap.py RUN.. (ROUND=02 by default)"""
import os, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from oracle import label, searches, rebuild, own

rnd = os.environ.get('ROUND', '02')
for run in sys.argv[1:]:
    sets = collections.Counter(); accepted_wrong = collections.Counter(); verified_first = collections.Counter()
    mismatch = 0; verified = 0
    for q, r in searches(run, rnd):
        steps, path = rebuild(r)
        for prefix, e in steps:
            cs = e['candidates']
            labels = [label(q, prefix, c['text']) for c in cs]
            if labels[0][0] != 'unknown':
                rights = sum(x[0] == 'right' for x in labels)
                kind = 'all right' if rights == len(cs) else 'all wrong' if rights == 0 else 'mixed'
                out = e['outcome']
                if out.startswith('Accepted'):
                    ch = labels[e['chosenIndex']]
                    sets[(kind, 'accepted a right step' if ch[0] == 'right' else 'accepted a wrong step')] += 1
                    if ch[0] == 'wrong':
                        accepted_wrong[(kind, ch[1])] += 1
                else:
                    sets[(kind, out)] += 1
        if path != r['steps']:
            mismatch += 1
        if own(r):
            verified += 1
            first = next((label(q, r['steps'][:k], t) for k, t in enumerate(r['steps']) if label(q, r['steps'][:k], t)[0] != 'right'), ('right', 'ok'))
            verified_first[first[1]] += 1
    print(f'## {run}, round {rnd} (paths not rebuilt from the trace: {mismatch})')
    tot = collections.Counter()
    for (k, o), n in sets.items(): tot[k] += n
    print('| candidate set (prefix right) | expansions | ' + ' | '.join(['accepted a right step', 'accepted a wrong step', 'RolledBack', 'Resampled']) + ' |')
    print('|---|---|---|---|---|---|')
    for k in ['all right', 'mixed', 'all wrong']:
        print(f'| {k} | {tot[k]:,} | ' + ' | '.join(f"{100*sets[(k,o)]/max(1,tot[k]):.1f} %" for o in ['accepted a right step', 'accepted a wrong step', 'RolledBack', 'Resampled']) + ' |')
    print('accepted wrong steps by kind:', ', '.join(f'{k[0]}/{k[1]} {n}' for k, n in accepted_wrong.most_common()))
    print(f'self-verified finished paths: {verified:,}; first wrong line:', ', '.join(f'{k} {n} ({100*n/verified:.1f} %)' for k, n in verified_first.most_common()))
