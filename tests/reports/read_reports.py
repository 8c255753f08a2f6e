#!/usr/bin/env python3
"""Reads every findings report back with a real parser: CSV with the csv module (BOM, quoting,
neutralised formulas), JSON against docs/schemas/findings.schema.json, SARIF against the OASIS
2.1.0 schema (tests/schemas), GitLab Code Quality and rdjson against the schemas of their fields
(docs/schemas), GitHub annotations line by line, JUnit with xml.etree. Usage: read_reports.py FIGCHECK SOURCE_DIR WORK_DIR"""
import csv
import io
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import jsonschema

figcheck, work = sys.argv[1], pathlib.Path(sys.argv[3])
source = pathlib.Path(sys.argv[2]).resolve()
work.mkdir(parents=True, exist_ok=True)
fixture = source / "fixtures" / "reports"
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


paths = {fmt: work / f"report.{fmt}"
         for fmt in ("csv", "json", "sarif", "junit", "html", "github", "gitlab", "rdjson")}
run = subprocess.run(
    [figcheck, "check", str(fixture), "--no-default-rules", "--rules",
     str(source / "rules"), "--format", "text", "-o", str(work / "report.txt")]
    + [arg for fmt, path in paths.items() for arg in ("--report", f"{fmt}={path}")],
    capture_output=True, text=True)
check(run.returncode == 1, f"exit code {run.returncode} (expected 1: an error finding)\n{run.stderr}")

# CSV: BOM, CRLF, RFC 4180 quoting, one row per evidence item, no formula can run.
raw = paths["csv"].read_bytes()
check(raw.startswith(b"\xef\xbb\xbf"), "CSV starts with a UTF-8 BOM")
check(b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), "CSV rows end with CRLF")
rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
check(len(rows) >= 4, f"CSV has one row per evidence item ({len(rows)} rows)")
for row in rows:
    for column, cell in row.items():
        check(not cell or cell[0] not in "=+@" and not (cell[0] == "-" and column not in
              ("value",)), f"CSV cell {column!r} could run as a formula: {cell[:40]!r}")
passages = [r for r in rows if r["rule"] == "duplicated-passage"]
check(passages and passages[0]["sentence"].startswith("'=HYPERLINK(\"http"),
      "a passage starting with = is kept, prefixed with '")
check(any("年报,第二稿.md" in r["file"] for r in rows), "a file name with a comma survives quoting")
conflict = [r for r in rows if r["rule"] == "conflicting-figures"]
check({r["text"] for r in conflict} == {"386.7亿元", "368.7亿元"}, "both figures of the conflict")
check(all(r["value"] in ("38670000000", "36870000000") for r in conflict), "values as plain numbers")

# JSON against the project's own schema.
findings_json = json.loads(paths["json"].read_text(encoding="utf-8"))
schema = json.loads((source / "docs" / "schemas" / "findings.schema.json").read_text())
try:
    jsonschema.Draft7Validator(schema).validate(findings_json)
except jsonschema.ValidationError as error:
    failures.append(f"JSON against findings.schema.json: {error.message}")
check(len(findings_json["findings"]) == len({r["finding"] for r in rows}),
      "JSON and CSV list the same findings")

# The CI formats: GitLab Code Quality and reviewdog's rdjson against the schemas of their
# documented fields (docs/schemas), GitHub workflow commands line by line.
for fmt, schema_name in (("gitlab", "gitlab-code-quality.schema.json"),
                         ("rdjson", "rdjson.schema.json")):
    document = json.loads(paths[fmt].read_text(encoding="utf-8"))
    ci_schema = json.loads((source / "docs" / "schemas" / schema_name).read_text())
    try:
        jsonschema.Draft7Validator(ci_schema).validate(document)
    except jsonschema.ValidationError as error:
        failures.append(f"{fmt} against {schema_name}: {error.message} at {list(error.path)}")
gitlab = json.loads(paths["gitlab"].read_text(encoding="utf-8"))
check(len(gitlab) == len(findings_json["findings"]), "GitLab lists every finding")
check(len({issue["fingerprint"] for issue in gitlab}) == len(gitlab), "GitLab fingerprints unique")
rdjson = json.loads(paths["rdjson"].read_text(encoding="utf-8"))
check(len(rdjson["diagnostics"]) == len(findings_json["findings"]), "rdjson lists every finding")
annotation = re.compile(r"^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,"
                        r"endColumn=\d+,title=[a-z0-9-]+::[^\r\n]+$")
github_lines = paths["github"].read_text(encoding="utf-8").splitlines()
check(len(github_lines) == len(findings_json["findings"]), "one GitHub annotation per finding")
for line in github_lines:
    check(annotation.match(line), f"GitHub annotation: {line[:80]}")

# SARIF against the OASIS schema.
sarif = json.loads(paths["sarif"].read_text(encoding="utf-8"))
sarif_schema = source / "tests" / "schemas" / "sarif-schema-2.1.0.json"
try:
    jsonschema.Draft4Validator(json.loads(sarif_schema.read_text())).validate(sarif)
except jsonschema.ValidationError as error:
    failures.append(f"SARIF against {sarif_schema.name}: {error.message} at {list(error.path)}")
run0 = sarif["runs"][0]
rule_ids = [r["id"] for r in run0["tool"]["driver"]["rules"]]
check(run0["tool"]["driver"]["informationUri"].startswith("file:///"), "SARIF informationUri")
check(all(r["helpUri"].endswith(".md") for r in run0["tool"]["driver"]["rules"]), "SARIF helpUri")
check(run0["invocations"][0]["executionSuccessful"] and
      " check " in run0["invocations"][0]["commandLine"], "SARIF invocation with its command line")
check(run0["originalUriBaseIds"]["CORPUSROOT"]["uri"].endswith("/"), "SARIF corpus root base URI")
check(all(result["locations"][0]["physicalLocation"]["artifactLocation"].get("uriBaseId") ==
          "CORPUSROOT" for result in run0["results"]), "SARIF locations relative to the root")
check("conflicting-figures" in rule_ids, "driver lists the rules that ran")
check(all(r["shortDescription"]["text"] and r["help"]["text"] for r in run0["tool"]["driver"]["rules"]),
      "every rule has a description and help")
for result in run0["results"]:
    check(rule_ids[result["ruleIndex"]] == result["ruleId"], "ruleIndex points at ruleId")
    check(len(result["partialFingerprints"]["figcheck/v2"]) == 16, "partial fingerprint")
    region = result["locations"][0]["physicalLocation"]["region"]
    check(region["endColumn"] > region["startColumn"] or region["endLine"] > region["startLine"],
          "a region covers the figure")
gdp = [r for r in run0["results"] if r["ruleId"] == "conflicting-figures"][0]
check(gdp["locations"][0]["physicalLocation"]["region"]["startColumn"] == 70,
      "columns count characters (the figure stands at character 70)")
check("%E5%B9%B4%E6%8A%A5%2C" in json.dumps(gdp["relatedLocations"]),
      "non-ASCII file names are percent-encoded in URIs")

# JUnit with an XML parser: one test case per file, a failure per error finding.
junit = ElementTree.parse(paths["junit"]).getroot()
cases = junit.findall(".//testcase")
check(len(cases) == 2, f"one test case per file ({len(cases)})")
failed = [c for c in cases if c.find("failure") is not None]
check(len(failed) == 1 and "<a>" in failed[0].get("name"), "the conflict fails the first file")
check("onerror" in failed[0].find("failure").text, "article text kept, as text")
check(junit.get("failures") == "1", "suite counts one failure")

# HTML: the data block cannot be closed by article text.
html = paths["html"].read_text(encoding="utf-8")
check(html.count("<script") == 2, "only the report's own two script elements")
check("</script><script>window" not in html, "article </script> does not reach the markup")

# Hostile input: file names with a line break and bytes that are not UTF-8, article text with
# U+FFFE, U+FFFF and escape sequences. Every format still reads back; the text report shows
# them escaped and no file name starts a line of its own.
hostile = work / "hostile"
shutil.rmtree(hostile, ignore_errors=True)
hostile.mkdir()
forged = b"x\nforged.txt:1:1: error: \xe4\xbc\xaa\xe9\x80\xa0 \xff\x1b[2K.txt"
for source_file, name in zip(sorted(fixture.iterdir()), [forged, b"\xfe\xff b.md"]):
    text = source_file.read_text(encoding="utf-8")
    text = text.replace("386.7", "\x1b[2K\ufffe386.7").replace("368.7", "\uffff368.7")
    with open(os.path.join(os.fsencode(hostile), name), "wb") as out:
        out.write(text.encode("utf-8"))
hostile_paths = {fmt: work / f"hostile.{fmt}" for fmt in ("csv", "json", "sarif", "junit", "html")}
run = subprocess.run(
    [figcheck, "check", str(hostile), "--fail-on", "none", "--no-default-rules", "--rules",
     str(source / "rules"), "--format", "text"]
    + [arg for fmt, path in hostile_paths.items() for arg in ("--report", f"{fmt}={path}")],
    capture_output=True)
check(run.returncode == 0, f"hostile input: exit code {run.returncode}\n{run.stderr!r}")
text_report = run.stdout
check(b"\x1b" not in text_report and b"\\x1b[2K" in text_report,
      "hostile input: the escape sequence shown as text, none reaches the terminal")
check(not any(line.startswith(b"forged.txt") for line in text_report.split(b"\n")),
      "hostile input: a file name cannot forge a line of the text report")
check(b"x\\x0aforged.txt:1:1: error:" in text_report, "hostile input: the line break shown as \\x0a")
try:
    hostile_junit = ElementTree.parse(hostile_paths["junit"]).getroot()
    check(len(hostile_junit.findall(".//testcase")) == 2, "hostile input: two JUnit test cases")
except ElementTree.ParseError as error:
    failures.append(f"hostile input: JUnit is not well-formed XML: {error}")
for fmt in ("json", "sarif"):
    try:
        json.loads(hostile_paths[fmt].read_bytes().decode("utf-8"))
    except ValueError as error:
        failures.append(f"hostile input: {fmt} does not read back: {error}")
try:
    list(csv.reader(io.StringIO(hostile_paths["csv"].read_bytes().decode("utf-8-sig"), newline="")))
    hostile_paths["html"].read_bytes().decode("utf-8")
except ValueError as error:
    failures.append(f"hostile input: CSV or HTML is not UTF-8: {error}")

if failures:
    print("FAILED:\n  " + "\n  ".join(failures))
    sys.exit(1)
print(f"read back csv ({len(rows)} rows), json, sarif ({len(run0['results'])} results), "
      f"junit ({len(cases)} cases), html")
