#!/usr/bin/env python3
"""attempt 32: two M1 judges composed by AND on the EFT test pairs (both orders): a candidate is right only when both
judges' verdicts mark it right (A = A right, B wrong; Tie = both right; BothWrong = both wrong). Per kind and overall, each
judge alone and the AND. usage: and_judges.py RUN_A RUN_B (runs under /work/exp/hw with the same EFT test pairs)"""
import json, sys, collections
root='/work/exp/hw/'
M={'A':(1,0),'B':(0,1),'Tie':(1,1),'BothWrong':(0,0)}
R={v:k for k,v in M.items()}
def load(r):
    return {(v['index'],v['swapped']):v for v in map(json.loads,open(root+r+'/stages/01-evaluate/judge.jsonl'))}
a,b=load(sys.argv[1]),load(sys.argv[2])
test=[json.loads(l) for l in open(root+sys.argv[1]+'/stages/00-eft/eft-test.jsonl')]
acc=collections.defaultdict(lambda:[0,0,0,0]); tot=[0,0,0,0]
for k,va in a.items():
    vb=b[k]; exp=va['expected']
    ma=M.get(va['verdict']); mb=M.get(vb['verdict'])
    comp = R[(ma[0]&mb[0], ma[1]&mb[1])] if ma and mb else None
    e=test[k[0]]; kind=e.get('wrongSource') or e['kind']
    for i,ok in enumerate([va['verdict']==exp, vb['verdict']==exp, comp==exp]):
        acc[kind][i]+=ok; tot[i]+=ok
    acc[kind][3]+=1; tot[3]+=1
print('| kind | n | A | B | A AND B |')
for k,v in sorted(acc.items(), key=lambda x:-x[1][3])[:12]:
    print(f'| {k} | {v[3]} | '+' | '.join(f'{100*v[i]/v[3]:.0f}' for i in range(3))+' |')
print('| all |',tot[3],'|',' | '.join(f'{100*tot[i]/tot[3]:.1f}' for i in range(3)),'|')
