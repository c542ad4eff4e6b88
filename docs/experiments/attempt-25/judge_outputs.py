#!/usr/bin/env python3
"""attempt 25: the judge's raw outputs on the EFT test pairs of one kind (prompts as the evaluation builds them,
first order), from a checkpoint served by `psr serve --port PORT`. Usage: judge_outputs.py RUN PORT KIND [N]"""
import json, sys, urllib.request
run, port, kind = sys.argv[1], sys.argv[2], sys.argv[3]
n = int(sys.argv[4]) if len(sys.argv) > 4 else 10
test = [json.loads(l) for l in open(f'/work/exp/hw/{run}/stages/00-eft/eft-test.jsonl')]
shown = 0
for e in test:
    if (e.get('wrongSource') or e['kind']) != kind:
        continue
    body = json.dumps({'model': 'model', 'prompt': e['prompt'], 'max_tokens': 200, 'temperature': 0}).encode()
    req = urllib.request.Request(f'http://127.0.0.1:{port}/v1/completions', body, {'Content-Type': 'application/json'})
    out = json.load(urllib.request.urlopen(req))['choices'][0]['text']
    ok = out.strip().endswith(e['target'].strip().split('\n')[-1]) and out.strip() == e['target'].strip()
    print('PROMPT', e['prompt'].replace('\n', ' | '))
    print('GOLD  ', e['target'].replace('\n', ' | '))
    print('OUT   ', out.replace('\n', ' | '), '' if ok else '  <-- differs')
    shown += 1
    if shown >= n:
        break
