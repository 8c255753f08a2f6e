#!/usr/bin/env python3
"""Recall and precision on a generated corpus: figcheck must find every planted conflict and
duplicated passage, and nothing else (the generator's figures are unique by construction).
Usage: planted_faults.py FIGCHECK GENERATOR WORK_DIR"""
import collections
import json
import pathlib
import shutil
import subprocess
import sys

figcheck, generator, work = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
corpus = work / "corpus"
shutil.rmtree(corpus, ignore_errors=True)
manifest = json.loads(subprocess.run(
    [generator, "--articles", "3000", "--out", str(corpus), "--conflict-every", "7",
     "--duplicate-every", "11"], check=True, capture_output=True, text=True).stdout)
results = {}
for jobs in ("1", "2"):
    run = subprocess.run([figcheck, "check", str(corpus), "--format", "json", "--jobs", jobs],
                         capture_output=True, text=True)
    results[jobs] = run.stdout
    assert run.returncode == 1, f"exit {run.returncode}: {run.stderr}"
assert results["1"] == results["2"], "output differs between --jobs 1 and --jobs 2"
found = collections.Counter(f["rule"] for f in json.loads(results["1"])["findings"])
expected = {"conflicting-figures": manifest["planted"]["conflict"],
            "duplicated-passage": manifest["planted"]["duplicate"]}
print(f"planted {expected}, found {dict(found)}")
assert dict(found) == expected, "recall or precision below 100% on planted faults"
