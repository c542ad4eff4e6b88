#!/usr/bin/env python3
"""attempt 30 (a): the right own paths of two runs' round-2 searches (finished, never judged wrong, every step right by the
Python oracle): which questions each has, by operation count, whether shared questions have the same path, and the
pairs on those questions. usage: cover.py RUN_A RUN_B"""
import json, sys, collections
sys.path.insert(0, __import__('os').path.join(__import__('os').path.dirname(__file__), '..', 'attempt-29'))
from oracle import label, searches, own as vouched
def own(run):
    out = {}
    for q, r in searches(run, '02'):
        path = r['steps']
        if vouched(r) and all(label(q, path[:k], t)[0] == 'right' for k, t in enumerate(path)):
            out[r['questionId']] = (q, path)
    return out
if __name__ == '__main__':
    a, b = own(sys.argv[1]), own(sys.argv[2])
    def ops(q): return q.count('+')+q.count('-')+q.count('*')+q.count('/')
    for name, s in [('both', a.keys() & b.keys()), (sys.argv[1]+' only', a.keys()-b.keys()), (sys.argv[2]+' only', b.keys()-a.keys())]:
        c = collections.Counter(ops(a.get(k, b.get(k))[0]) for k in s)
        print(name, len(s), sorted(c.items()))
    same = sum(a[k][1]==b[k][1] for k in a.keys() & b.keys())
    print('same path on shared questions', same)
    # step-level: which ready pair was reduced first (order) differences
    def pairs(run):
        out = collections.defaultdict(list)
        for q, r in searches(run, '02'):
            for p in r['pairs']:
                out[r['questionId']].append((tuple(p['previousSteps']), p['chosen'], label(q, p['previousSteps'], p['chosen'])[0]))
        return out
    pa, pb = pairs(sys.argv[1]), pairs(sys.argv[2])
    shared = a.keys() & b.keys()
    print('pairs on shared right-path questions:', sys.argv[1], sum(len(pa[k]) for k in shared), sys.argv[2], sum(len(pb[k]) for k in shared))
    print('pairs elsewhere:', sys.argv[1], sum(len(v) for k, v in pa.items() if k not in shared), 'right-chosen', sum(x[2]=='right' for k, v in pa.items() if k not in shared for x in v),
          sys.argv[2], sum(len(v) for k, v in pb.items() if k not in shared))
    onpath = lambda d, own: sum(1 for k in shared for (pre, ch, l) in d[k] if list(pre)+[ch] == own[k][1][:len(pre)+1])
    print('shared-question pairs on the right path:', onpath(pa, a), onpath(pb, b))
