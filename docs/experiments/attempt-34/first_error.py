#!/usr/bin/env python3
"""attempt 34: where each wrong verdict's check lines (rejudge.py's output) first leave the oracle's target: each
candidate's line is split into its `; ` parts and the first differing part classified (the own-step check:
`ready vs written: pairs; route;R vs C: pairs right|wrong`).
usage: first_error.py RUN-m1-fail.json"""
import json, collections, re, sys
res = json.load(open(sys.argv[1]))

def lines(t): return {x[:2]: x for x in t.split('\n') if x[:2] in ('A:', 'B:')}

count, source = collections.Counter(), collections.Counter()
for r in res:
    gold, model = lines(r['target']), lines(r['out'])
    if r['v']['swapped']: gold = {'A:': 'A:' + gold['B:'][2:], 'B:': 'B:' + gold['A:'][2:]}
    own = next(x for x in r['prompt'].split('\n') if x.startswith('Own: '))[5:]
    cand = {x[:2]: x[3:] for x in r['prompt'].split('\n') if x[:2] in ('A:', 'B:')}
    for key in ('A:', 'B:'):
        gl, ml = gold.get(key, ''), model.get(key, '')
        if gl == ml: continue
        gs, ms = gl[3:].split('; '), ml[3:].split('; ')
        j = next((i for i in range(min(len(gs), len(ms))) if gs[i] != ms[i]), None)
        if j is None: count['line length'] += 1; continue
        G, M = gs[j], ms[j]
        if G.startswith('step') or M.startswith('step'): cat = 'step-number check'
        elif ';' not in G and ' vs ' in G and not G.startswith('answer'):
            g_ready, g_written = G.split(':')[0].split(' vs ')
            m_ready, m_written = (M.split(':')[0].split(' vs ') + [''])[:2] if ' vs ' in M else (M, '')
            if g_ready != m_ready:
                cat = 'operation comparison: ready operation written wrong'
                other = cand['B:' if key == 'A:' else 'A:']
                took = ('its own candidate' if m_ready in cand[key] else 'the other candidate' if m_ready in other
                        else 'the Own line' if m_ready == own else 'something else')
                source[('target = Own line' if g_ready == own else 'target = another ready operation', 'wrote ' + took)] += 1
            elif g_written != m_written: cat = 'operation comparison: candidate operation copied wrong'
            else: cat = 'operation comparison: digit pairs'
        else:
            a, b = G.split(';'), M.split(';')
            gm = re.match(r'(-?\d+) vs (-?\d+): (.*)', a[-1]); mm = re.match(r'(-?\d+) vs (-?\d+): (.*)', b[-1])
            if a[0] != b[0] or len(a) != len(b) or not gm or not mm: cat = 'route facts'
            elif gm[1] != mm[1]: cat = 'route result'
            elif gm[2] != mm[2]: cat = 'claimed result copied wrong'
            else:
                gp, mp = gm[3].split(' '), mm[3].split(' ')
                k = next((i for i in range(min(len(gp), len(mp))) if gp[i] != mp[i]), None)
                cat = ('result comparison: length' if k is None else
                       f'result comparison: pair {k + 1} as written ' + ('called equal' if '=' in mp[k] else 'called different'))
        count[cat] += 1
print(f'| where the check line first goes wrong ({sum(count.values())} lines of {len(res)} wrong verdicts) | lines |')
print('|---|---|')
for k, v in count.most_common(): print(f'| {k} | {v} |')
print()
for k, v in source.most_common(): print(f'{v:4} {k[0]}, {k[1]}')
