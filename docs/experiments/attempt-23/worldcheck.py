"""attempt 23: the world's answers and step arithmetic, checked in Python (the world's expressions divide exactly)."""
import json, re

def gold(question):
    """The exact value of a question `EXPR=?`."""
    return eval(question.rstrip('=?').replace('/', '//'))

def boxed(steps):
    """The boxed integer of a solution's last line, or None."""
    m = re.search(r'\\boxed\{(-?\d+)\}', steps[-1]) if steps else None
    return int(m.group(1)) if m else None

def slip(step):
    """True when a step `Step k: a op b=c` has c != a op b, False when right, None when not such a step."""
    m = re.match(r'Step \d+: (\d+)([-+*/])(\d+)=(-?\d+)', step)
    if not m:
        return None
    a, op, b, c = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
    v = {'+': a + b, '-': a - b, '*': a * b, '/': a // b if b and a % b == 0 else None}[op]
    return v != c

def questions(search_dir):
    """Question id -> text of a search stage."""
    return {json.loads(l)['id']: json.loads(l)['text'] for l in open(search_dir + 'questions.jsonl')}
