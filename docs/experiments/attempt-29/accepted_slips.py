#!/usr/bin/env python3
"""attempt 29: the wrong steps a round's search accepted with its own judge's 'right' on them (self-verified slips):
by operation and operand digits, how the judge's check line for them went wrong (its route's facts or its comparison),
and examples. usage: accepted_slips.py RUN [ROUND]"""
import os, sys, re, collections
sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'attempt-28'))
from oracle import label, searches, rebuild
from facts import line_facts

run = sys.argv[1]; rnd = sys.argv[2] if len(sys.argv) > 2 else '02'
shape = collections.Counter(); how = collections.Counter(); examples = []
for q, r in searches(run, rnd):
    for prefix, e in rebuild(r)[0]:
        cs = e['candidates']
        if e['outcome'].startswith('Accepted'):
            c = cs[e['chosenIndex']]
            lab = label(q, prefix, c['text'])
            if lab == ('wrong', 'arithmetic') and c.get('selfLabel') == 'Correct':
                m = re.match(r'Step \d+: (\d+)([-+*/])(\d+)=', c['text'])
                shape[f'{len(m.group(1))}{m.group(2)}{len(m.group(3))}'] += 1
                # the check lines the judge wrote for this candidate
                lines = []
                for cmp in e['comparisons']:
                    for side, idx in (('A', cmp['a']), ('B', cmp['b'])):
                        if idx == e['chosenIndex'] and cmp.get('raw'):
                            for ln in cmp['raw'].split('\n'):
                                if ln.startswith(side + ':'): lines.append(ln)
                bad = [ln for ln in lines if ln.endswith('right')]
                if bad:
                    facts = [f for ln in bad for f in line_facts(ln)]
                    wrongfacts = [f for f in facts if not f[1]]
                    how['a fact of its route wrong' if wrongfacts else 'every fact right (the comparison or the route\'s shape)'] += 1
                else:
                    how['no right line (identical or unjudged)'] += 1
                if len(examples) < 12 and bad: examples.append((q, c['text'], bad[0]))
print(f'{run} round {rnd}: self-verified slips by shape:', ', '.join(f'{k} {n}' for k, n in shape.most_common()))
print('how the check said right:', dict(how))
for x in examples: print(' | '.join(x))
