#!/usr/bin/env python3
"""Lists the gold events of the seed corpus that score.py finds no predicted mention for.

Usage: python3 tools/seed_misses.py EVENTS.jsonl [level]   (level: event, dyad or code)
A development aid next to ../shared/eval/score.py, whose matching functions it imports.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("ANNALS_SHARED") or os.path.join(os.path.dirname(os.path.dirname(HERE)), "shared")
spec = importlib.util.spec_from_file_location("score", os.path.join(SHARED, "eval/score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

gold = score.load_gold(os.path.join(SHARED, "corpus/seeds/gold"))
preds, _ = score.load_pred(sys.argv[1], list(gold))
level = sys.argv[2] if len(sys.argv) > 2 else "dyad"
for stem, golds in gold.items():
    golds = [g for g in golds if str(g.get("cameo") or "")]
    matched = {gi for _, gi in score.match(preds.get(stem, []), golds, level)}
    for gi, g in enumerate(golds):
        if gi not in matched:
            print(f"{stem[:20]} {g['cameo']} {g.get('source')}->{g.get('target')}: {g['sentence'][:150]}")

if os.environ.get("FP"):
    print("\n# predicted mentions score.py counts as false positives")
    for stem, golds in gold.items():
        ps = preds.get(stem, [])
        pairs = score.match(ps, golds, level)
        matched = [ps[pi] for pi, _ in pairs]
        mset = {pi for pi, _ in pairs}
        for i, p in enumerate(ps):
            if i not in mset and not score.implied(p, matched):
                print(f"{stem[:3]} {p['cameo']} {p['source']}->{p['target']}: {p['sentence'][:160]}")
