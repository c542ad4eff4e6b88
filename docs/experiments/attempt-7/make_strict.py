# usage: make_strict.py RUN_DIR (edits RUN_DIR/stages/02-search in place: use a copy)
# Filters a copy of a search stage's pairs.jsonl by a self-judged rule (no oracle): the chosen step was labelled right
# by the judge in every comparison, the rejected wrong in every one, and every earlier accepted step of the path was
# labelled right in every comparison (or was an identical expansion). Rewrites the manifest's sha256 so --resume accepts it.
import json, sys, hashlib
d=sys.argv[1]; st=d+'/stages/02-search'
res=[json.loads(l) for l in open(st+'/results.jsonl')]
def labs(e, idxs):
    out=[]
    for c in e.get('comparisons',[]):
        if c['source']=='Identical': continue
        if c['a'] in idxs: out.append(c['labelA'])
        if c['b'] in idxs: out.append(c['labelB'])
    return out
keep=set()
for r in res:
    if r['status']!='Finished': continue
    exps=r['trace']['expansions']; path=r['trace']['pathExpansions']
    trusted=True; tr=[]
    for ei in path:
        tr.append(trusted); e=exps[ei]
        if e['outcome']=='AcceptedIdentical': continue
        l=labs(e,[e['chosenIndex']]) if e.get('chosenIndex') is not None else []
        if not (l and all(x=='Correct' for x in l)): trusted=False
    for p in r['pairs']:
        e=exps[p['expansion']]
        ci=[i for i,c in enumerate(e['candidates']) if c['text']==p['chosen']]
        ri=[i for i,c in enumerate(e['candidates']) if c['text']==p['rejected']]
        lc,lr=labs(e,ci),labs(e,ri); pos=len(p['previousSteps'])
        if tr[pos] and lc and all(x=='Correct' for x in lc) and lr and all(x=='Wrong' for x in lr):
            keep.add((p['questionId'],p['expansion']))
lines=open(st+'/pairs.jsonl').read().splitlines()
kept=[l for l in lines if (json.loads(l)['questionId'],json.loads(l)['expansion']) in keep]
open(st+'/pairs.jsonl','w').write(''.join(l+'\n' for l in kept))
m=json.load(open(st+'/manifest.json'))
for o in m['outputs']:
    if o['path'].endswith('pairs.jsonl'): o['sha256']=hashlib.sha256(open(st+'/pairs.jsonl','rb').read()).hexdigest()
json.dump(m,open(st+'/manifest.json','w'),indent=2)
print(len(lines),'->',len(kept))
