#!/usr/bin/env python3
"""attempt 27 (a): does the model find the ready operation when it has not seen the candidates? For every EFT test pair
(first order) whose wrong candidate has a wrong operand, a wrong operation or a pair not yet available, the policy's
greedy next step from the same question and previous steps (`psr serve CKPT --port PORT`), checked against the ready
operations of the position (Python's own parse, the oracle's rules: any ready pair, + and * either way round).
Usage: blind_lookup.py RUN PORT"""
import collections, json, re, sys, urllib.request
run, port = sys.argv[1], sys.argv[2]

def tokens(s):
    return re.findall(r'\d+|[-+*/()]', s)

def parse(s):  # -> nested ('op', l, r) / int, standard precedence, left-assoc
    t = tokens(s); i = 0
    def expr():
        nonlocal i
        n = term()
        while i < len(t) and t[i] in '+-':
            o = t[i]; i += 1; n = (o, n, term())
        return n
    def term():
        nonlocal i
        n = atom()
        while i < len(t) and t[i] in '*/':
            o = t[i]; i += 1; n = (o, n, atom())
        return n
    def atom():
        nonlocal i
        if t[i] == '(':
            i += 1; n = expr(); i += 1; return n
        v = int(t[i]); i += 1; return v
    return expr()

def ready(n, out):
    if isinstance(n, int):
        return
    o, l, r = n
    if isinstance(l, int) and isinstance(r, int):
        out.append((o, l, r))
    else:
        ready(l, out); ready(r, out)

def val(o, a, b):
    return {'+': a + b, '-': a - b, '*': a * b, '/': a // b if b and a % b == 0 else None}[o]

def matches(rd, o, a, b):
    return rd == (o, a, b) or (o in '+*' and rd == (o, b, a))

def reduce(n, o, a, b):  # replace the first ready node matching (o,a,b); returns (node, done)
    if isinstance(n, int):
        return n, False
    op, l, r = n
    if isinstance(l, int) and isinstance(r, int) and matches((op, l, r), o, a, b):
        return val(op, l, r), True
    nl, done = reduce(l, o, a, b)
    if done:
        return (op, nl, r), True
    nr, done = reduce(r, o, a, b)
    return (op, l, nr), done

step_re = re.compile(r'Step \d+: (\d+)([-+*/])(\d+)=')
test = [json.loads(l) for l in open(f'/work/exp/hw/{run}/stages/00-eft/eft-test.jsonl')]
stats = collections.Counter()
for e in test:
    k = e.get('wrongSource') or e['kind']
    if k not in ('WrongOperand', 'WrongOperation', 'NotYetAvailable', 'NotAvailable'):
        continue
    lines = e['prompt'].split('\n')
    q = lines[1]; prev = [l for l in lines[2:] if l.startswith('Step ')]
    node = parse(q.split('=')[0])
    for s in prev:
        m = step_re.match(s)
        node, _ = reduce(node, m.group(2), int(m.group(1)), int(m.group(3)))
    rd = []; ready(node, rd)
    prompt = q + '\n' + ''.join(s + '\n' for s in prev)
    body = json.dumps({'model': 'model', 'prompt': prompt, 'max_tokens': 40, 'temperature': 0, 'stop': ['\n']}).encode()
    req = urllib.request.Request(f'http://127.0.0.1:{port}/v1/completions', body, {'Content-Type': 'application/json'})
    out = json.load(urllib.request.urlopen(req))['choices'][0]['text'].strip()
    m = step_re.match(out + '=' if '=' not in out else out)
    if not m:
        stats[(k, 'not an operation step: ' + ('answer' if 'answer' in out else 'other'))] += 1
        continue
    o, a, b = m.group(2), int(m.group(1)), int(m.group(3))
    ok = any(matches(r, o, a, b) for r in rd)
    stats[(k, 'ready' if ok else 'NOT ready')] += 1
    stats[('ready ops in position', len(rd))] += 1
for key, n in sorted(stats.items(), key=str):
    print(key, n)
