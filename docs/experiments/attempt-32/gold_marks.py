#!/usr/bin/env python3
"""attempt 32: how one M1 judge marks the gold and the wrong candidate of each EFT test pair (both orders), per kind
of wrong step, read off its verdicts. usage: gold_marks.py RUN"""
import json, sys, collections
root='/work/exp/hw/'; r=sys.argv[1]
M={'A':(1,0),'B':(0,1),'Tie':(1,1),'BothWrong':(0,0)}
test=[json.loads(l) for l in open(root+r+'/stages/00-eft/eft-test.jsonl')]
c=collections.defaultdict(collections.Counter)
for v in map(json.loads,open(root+r+'/stages/01-evaluate/judge.jsonl')):
    e=test[v['index']]; kind=e.get('wrongSource') or e['kind']
    m=M.get(v['verdict'])
    if v['expected'] not in ('A','B') or m is None: c[kind]['other']+=1; continue
    g=0 if v['expected']=='A' else 1
    c[kind][('gold '+('R' if m[g] else 'W'))+(' wrong '+('R' if m[1-g] else 'W'))]+=1
for k in ['WrongOperand','WrongOperation','StepNumber','NotYetAvailable','ChangedDigit','OffBySmall']:
    print(k, dict(c[k]))
