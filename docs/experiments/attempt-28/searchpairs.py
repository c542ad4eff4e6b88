"""attempt 28: the comparisons of a round's search between two of the policy's own candidates with the same operation
`a op b` and different results, one of them right by its arithmetic (Python's check, attempt-23/worldcheck.py)."""
import json, re, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'attempt-23'))
from worldcheck import slip

def operation(step):
    m = re.match(r'Step \d+: (\d+[-+*/]\d+)=', step)
    return m.group(1) if m else None

def same_operation_pairs(run, rnd='02'):
    """Yields (op symbol, the right side 'A'/'B', comparison) for every such comparison of /work/exp/hw/RUN's round."""
    for l in open(f'/work/exp/hw/{run}/stages/{rnd}-search/results.jsonl'):
        for e in json.loads(l)['trace']['expansions']:
            cs = e['candidates']
            for c in e['comparisons']:
                a, b = c['a'], c['b']; ta, tb = cs[a]['text'], cs[b]['text']
                if a == b or operation(ta) is None or operation(ta) != operation(tb): continue
                sa, sb = slip(ta), slip(tb)
                if sa == sb: continue
                yield re.search(r'[-+*/]', operation(ta)).group(0), 'A' if not sa else 'B', c
