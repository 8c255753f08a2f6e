#!/usr/bin/env python3
"""Scores figcheck's attribution against bench/annotations/changchun_attribution.tsv: accuracy
of entity, metric and period, and of all three together, over the annotated claims.
Usage: bench/attribution_accuracy.py [FIGCHECK] [CORPUS_DIR] [--list-misses]
Skips, saying so, when the corpus (../shared/corpus/changchun) is not there."""
import json
import pathlib
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent
args = [a for a in sys.argv[1:] if not a.startswith("--")]
figcheck = args[0] if args else str(root / "build" / "cli" / "figcheck")
corpus = pathlib.Path(args[1]) if len(args) > 1 else root.parent / "shared" / "corpus" / "changchun"
if not corpus.is_dir():
    print(f"attribution_accuracy: {corpus} not found; skipped")
    sys.exit(0)

annotations = []
for line in (root / "bench" / "annotations" / "changchun_attribution.tsv").read_text().splitlines():
    if line.startswith("#") or line.startswith("file\t") or not line.strip():
        continue
    prefix, line_no, column, entity, metric, period = line.split("\t")
    annotations.append(((prefix, int(line_no), int(column)), entity.split(";"),
                        metric.split(";"), period.split(";")))

run = subprocess.run([figcheck, "extract", "--format", "jsonl", str(corpus)],
                     capture_output=True, text=True, check=False)
claims = {}
for line in run.stdout.splitlines():
    claim = json.loads(line)
    claims[(pathlib.Path(claim["file"]).name[:3], claim["line"], claim["column"])] = claim


def metric_matches(produced, expected):
    if produced is None:
        return "-" in expected
    return any(produced == alt or (produced.endswith(alt) and len(produced) - len(alt) <= 4)
               for alt in expected)


right = {"entity": 0, "metric": 0, "period": 0, "all three": 0}
misses = []
for where, entities, metrics, periods in annotations:
    claim = claims.get(where)
    if claim is None:
        misses.append(f"{where}: not extracted")
        continue
    ok = {"entity": (claim["entity"] or "-") in entities,
          "metric": metric_matches(claim["metric"], metrics),
          "period": (claim["period"] or "-") in periods}
    ok["all three"] = all(ok.values())
    for field, good in ok.items():
        right[field] += good
    if not ok["all three"]:
        misses.append(f"{where}: got {claim['entity']} | {claim['metric']} | {claim['period']}; "
                      f"expected {';'.join(entities)} | {';'.join(metrics)} | {';'.join(periods)}")

total = len(annotations)
print(f"{total} annotated claims in {corpus}")
for field, count in right.items():
    print(f"  {field:9}: {count}/{total} = {100 * count / total:.1f}%")
if "--list-misses" in sys.argv:
    print("\n".join(misses))
