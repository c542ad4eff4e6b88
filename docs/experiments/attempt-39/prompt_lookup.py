#!/usr/bin/env python3
"""attempt 39: tokens a forward pass would accept if each judge call were decoded by prompt lookup (a draft of K
characters following the last match of the last N characters in the context, kept up to its first mismatch plus one
model token), on the first 300 questions of a search stage (run in its folder). usage: prompt_lookup.py N K"""
import json, sys
lines=open('progress.jsonl').read().splitlines()[:300]
N=int(sys.argv[1]); K=int(sys.argv[2])
tot_tok=0; tot_pass=0; calls=0
for l in lines:
    q=json.loads(l)
    qtext=q.get('question') or (q['pairs'][0]['question'] if q['pairs'] else '')
    for e in q['trace']['expansions']:
        cands=[c['text'] for c in e['candidates']]
        for c in e['comparisons']:
            if c['source']!='Judged': continue
            prompt=qtext+'\n'+'\n'.join(q['steps'][:e['stepIndex']])+'\nA: '+cands[c['a']]+'\nB: '+cands[c['b']]+'\n'
            out=c['raw']; calls+=1
            ctx=prompt; i=0; passes=0
            while i<len(out):
                # lookup last N chars of ctx earlier in ctx
                key=ctx[-N:]; j=ctx.rfind(key,0,len(ctx)-1)
                draft=ctx[j+N:j+N+K] if j>=0 and len(key)==N else ''
                # accept matched prefix + 1 model token
                m=0
                while m<len(draft) and i+m<len(out) and draft[m]==out[i+m]: m+=1
                adv=min(m+1,len(out)-i)
                ctx+=out[i:i+adv]; i+=adv; passes+=1
            tot_tok+=len(out); tot_pass+=passes
print(N,K,calls,tot_tok,tot_pass,round(tot_tok/tot_pass,2))
