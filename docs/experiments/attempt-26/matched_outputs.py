#!/usr/bin/env python3
"""attempt 26 (c): a matched/ready-first judge's raw outputs on the EFT test pairs with a wrong operand or operation
(first order), from a checkpoint served by `psr serve CKPT --port PORT`: per pair, whether the wrong candidate's line
has the gold first operation, the gold second one, and the gold verdict; prints the first 8 wrong verdicts.
Usage: matched_outputs.py RUN PORT"""
import collections, json, sys, urllib.request
run, port = sys.argv[1], sys.argv[2]
test = [json.loads(l) for l in open(f'/work/exp/hw/{run}/stages/00-eft/eft-test.jsonl')]
stats = collections.Counter(); shown = 0
for e in test:
    k = e.get('wrongSource') or e['kind']
    if k not in ('WrongOperand', 'WrongOperation'):
        continue
    body = json.dumps({'model': 'model', 'prompt': e['prompt'], 'max_tokens': 256, 'temperature': 0}).encode()
    req = urllib.request.Request(f'http://127.0.0.1:{port}/v1/completions', body, {'Content-Type': 'application/json'})
    out = json.load(urllib.request.urlopen(req))['choices'][0]['text']
    gold, got = e['target'].strip().split('\n'), out.strip().split('\n')
    wrong = 'A' if e['markA'] == 'Wrong' else 'B'
    gl = [l for l in gold if l.startswith(wrong + ':')][0]
    ol = next((l for l in got if l.startswith(wrong + ':')), '')
    first = lambda l: l.split(' vs ')[0]
    second = lambda l: l.split(' vs ')[1].split(':')[0] if ' vs ' in l else ''
    stats[(k, 'first right' if first(gl) == first(ol) else 'first wrong', 'second right' if second(gl) == second(ol) else 'second wrong',
           'verdict right' if got and got[-1] == gold[-1] else 'verdict wrong')] += 1
    if shown < 8 and got[-1] != gold[-1]:
        print('Q   ', e['prompt'].replace('\n', ' | ')); print('GOLD', gl); print('OUT ', ol); shown += 1
for key, n in sorted(stats.items()):
    print(key, n)
