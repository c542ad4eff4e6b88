"""attempt 29: the world's step oracle in Python (docs/world.md §2), for reading search traces: a step is right when it
reduces a pair that may be combined now (operands swapped for + and *), with exact arithmetic and the right step
number; the answer line is right once the expression is reduced and names its value."""
import ast, re

OPS = {ast.Add: '+', ast.Sub: '-', ast.Mult: '*', ast.Div: '/'}
STEP = re.compile(r'^Step (\d+): (\d+)([-+*/])(\d+)=(-?\d+)$')
ANSWER = re.compile(r'^The answer is \\boxed\{(-?\d+)\}$')

def parse(question):
    return ast.parse(question.rstrip('=?').strip(), mode='eval').body

def ready(node):
    """The pairs that may be combined now: (a, op, b, path) for every operation whose operands are both numbers."""
    out = []
    def walk(n, path):
        if isinstance(n, ast.BinOp):
            if isinstance(n.left, ast.Constant) and isinstance(n.right, ast.Constant):
                out.append((n.left.value, OPS[type(n.op)], n.right.value, path))
            else:
                walk(n.left, path + ('left',)); walk(n.right, path + ('right',))
    walk(node, ())
    return out

def value(a, op, b):
    return {'+': a + b, '-': a - b, '*': a * b, '/': a // b if b and a % b == 0 else None}[op]

def replace(node, path, v):
    if not path:
        return ast.Constant(v)
    n = ast.BinOp(left=node.left, op=node.op, right=node.right)
    setattr(n, path[0], replace(getattr(node, path[0]), path[1:], v))
    return n

def label(question, previous, step):
    """('right'|'wrong', reason) for `step` after `previous`, or ('unknown', 'prefix-wrong') when a previous step is wrong."""
    node = parse(question)
    for k, p in enumerate(previous):
        ok, reason, node = _judge(node, k, p)
        if not ok:
            return 'unknown', 'prefix-wrong'
    ok, reason, _ = _judge(node, len(previous), step)
    return ('right' if ok else 'wrong'), reason

def _judge(node, k, step):
    if isinstance(node, ast.Constant):
        m = ANSWER.match(step)
        if not m:
            return False, 'after-answer' if k and not STEP.match(step) else 'not-available', node
        return (int(m.group(1)) == node.value), ('ok' if int(m.group(1)) == node.value else 'wrong-answer'), None
    if ANSWER.match(step):
        return False, 'premature-answer', node
    m = STEP.match(step)
    if not m:
        return False, 'bad-format', node
    n, a, op, b, c = int(m.group(1)), int(m.group(2)), m.group(3), int(m.group(4)), int(m.group(5))
    pairs = ready(node)
    same = [p for p in pairs if (p[0], p[1], p[2]) == (a, op, b) or (op in '+*' and (p[0], p[1], p[2]) == (b, op, a))]
    if not same:
        operands = [p for p in pairs if (p[0], p[2]) == (a, b) or (p[0], p[2]) == (b, a)]
        return False, 'wrong-operation' if operands else 'not-available', node
    if n != k + 1:
        return False, 'step-number', node
    if value(a, op, b) != c:
        return False, 'arithmetic', node
    return True, 'ok', replace(node, same[0][3], c)

def searches(run, rnd='02'):
    """(question text, search record) for every question of /work/exp/hw/RUN's round-RND search, from its results.jsonl
    (RESULTS env: progress.jsonl reads a search still running)."""
    import json, os
    d = f'/work/exp/hw/{run}/stages/{rnd}-search/'
    qs = {json.loads(l)['id']: json.loads(l)['text'] for l in open(d + 'questions.jsonl')}
    for l in open(d + os.environ.get('RESULTS', 'results.jsonl')):
        r = json.loads(l)
        yield qs[r['questionId']], r

def rebuild(record):
    """([(prefix, expansion)] in trace order, final path): the path each expansion of a search record extended,
    rebuilt from the trace (an accepted expansion appends its chosen step, a rollback drops the last one)."""
    path, out = [], []
    for e in record['trace']['expansions']:
        prefix = path[:e['stepIndex']]
        out.append((prefix, e))
        if e['outcome'].startswith('Accepted'):
            path = prefix + [e['candidates'][e['chosenIndex']]['text']]
        elif e['outcome'] == 'RolledBack':
            path = prefix[:-1]
        else:
            path = prefix
    return out, path

def self_wrong(record):
    """Whether a step on a search record's path was labelled wrong by the judge itself (the trace's path expansions)."""
    t = record['trace']
    return any(t['expansions'][i]['candidates'][t['expansions'][i]['chosenIndex']].get('selfLabel') == 'Wrong' for i in t['pathExpansions'])

def own(record):
    """Whether a search record is an own path the update replays (as OwnPathExamples reads it): finished, and no step
    on its path labelled wrong by the judge itself."""
    return record['status'] == 'Finished' and bool(record['steps']) and not self_wrong(record)
