import json, sys, random, glob, os
def load(f): 
    d={}
    for l in open(f):
        r=json.loads(l); d[r['id'] if 'id' in r else r['problemId']]=1 if r['correct'] else 0
    return d
# usage: paired.py BASE_RUN VARIANT_RUN... (M1 = BASE_RUN's 01-evaluate, M2 = each variant's 02-evaluate)
base=load(sys.argv[1]+'/stages/01-evaluate/greedy.jsonl')
ids=sorted(base)
rng=random.Random(1)
for d in sys.argv[2:]:
    f=sorted(glob.glob(f'{d}/stages/02-evaluate/greedy.jsonl'))
    if not f: continue
    m=load(f[0]); diffs=[m[i]-base[i] for i in ids]; n=len(diffs)
    mean=sum(diffs)/n
    bs=sorted(sum(diffs[rng.randrange(n)] for _ in range(n))/n for _ in range(2000))
    print(f"{os.path.basename(d):28s} M2 {sum(m.values())/n*100:5.2f}  diff {mean*100:+5.2f} [{bs[50]*100:+.1f}, {bs[1949]*100:+.1f}]")
