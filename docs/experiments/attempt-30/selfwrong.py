#!/usr/bin/env python3
"""attempt 30 (c): the accepted steps of a round-2 search by outcome, the judge's own label and the Python oracle's label, and
the questions by status and whether their path holds a step the judge labelled wrong. usage: selfwrong.py RUN"""
import os, sys, collections
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'attempt-29'))
from oracle import label, searches, rebuild, self_wrong
c = collections.Counter(); paths = collections.Counter()
for q, r in searches(sys.argv[1], '02'):
    steps, path = rebuild(r)
    for prefix, e in steps:
        if e['outcome'].startswith('Accepted'):
            ch = e['candidates'][e['chosenIndex']]
            lab = label(q, prefix, ch['text'])[0]
            c[(e['outcome'], ch.get('selfLabel'), lab)] += 1
    paths[(r['status'], self_wrong(r))] += 1
for k, n in sorted(c.items()): print(k, n)
print(paths)
