#!/usr/bin/env python3
"""attempt 34: M1's raw judge output on every EFT test verdict it got wrong, re-generated greedily (max 256 tokens, the
stored prompt with its gold Own: line, A and B swapped as the evaluation swapped them) from M1 served by
`dotnet BIN/psr.dll serve RUN/stages/01-init/model --port PORT --served-model-name m1`. Writes RUN-m1-fail.json here.
usage: rejudge.py RUN PORT   (RUN under /work/exp/hw)"""
import json, sys, urllib.request
run, port = sys.argv[1], sys.argv[2]
d = f'/work/exp/hw/{run}/stages/'
test = [json.loads(l) for l in open(d + '00-eft/eft-test.jsonl')]

def swapped(p):
    lines = p.split('\n')
    a = next(i for i, x in enumerate(lines) if x.startswith('A: '))
    b = next(i for i, x in enumerate(lines) if x.startswith('B: '))
    lines[a], lines[b] = 'A: ' + lines[b][3:], 'B: ' + lines[a][3:]
    return '\n'.join(lines)

out = []
for l in open(d + '01-evaluate/judge.jsonl'):
    v = json.loads(l); e = test[v['index']]
    if v['verdict'] == v['expected']: continue
    p = swapped(e['prompt']) if v['swapped'] else e['prompt']
    req = json.dumps({'model': 'm1', 'prompt': p, 'max_tokens': 256, 'temperature': 0}).encode()
    r = json.loads(urllib.request.urlopen(urllib.request.Request(f'http://127.0.0.1:{port}/v1/completions', req,
                                                                 {'Content-Type': 'application/json'})).read())
    out.append(dict(kind=e.get('wrongSource') or e['kind'], v=v, prompt=p, out=r['choices'][0]['text'], target=e['target']))
json.dump(out, open(f'{run}-m1-fail.json', 'w'))
print(len(out), 'wrong verdicts re-judged')
