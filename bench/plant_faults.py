#!/usr/bin/env python3
"""Plants faults of every rule kind into copies of real articles, runs `figcheck check` and
reports the recall per kind: the share of planted faults reported by the rule of that kind at
the planted file and line.

  conflict       a copy of an article with one keyed figure changed (a republished article)
  duplicate-text a new article that repeats a paragraph of another one
  near-duplicate a new article that repeats a paragraph with a few words of one sentence changed
  figure-reuse   a copy in which one figure is replaced by another precise figure of the article
  share, change, subset, containment, range, reference, respectively
                 a copy with one paragraph added that states figures which do not add up
Then, in batches of undated articles (each batch checked on its own, with no --date):
  undated-restatement  a new article that restates an undated figure of another, changed
  restated-target      two articles that state one target year's goal with different values
  growth-by-top        a copy whose top line states the year and whose new paragraph gives a
                       growth rate that another article's figure for the year before contradicts

Usage: plant_faults.py FIGCHECK BASE_DIR WORK_DIR [--per-kind N] [--seed S] [--min-recall R]
Prints a table; with --min-recall, exits 1 when any kind's recall is below R (for tests)."""
import argparse
import collections
import json
import pathlib
import random
import re
import shutil
import subprocess
import sys

RULE_OF_KIND = {
    "conflict": "conflicting-figures", "duplicate-text": "duplicated-passage",
    "near-duplicate": "near-duplicate-passage",
    "figure-reuse": "reused-figure", "share": "share-does-not-add-up",
    "change": "change-does-not-add-up", "subset": "part-exceeds-whole",
    "containment": "part-of-place-exceeds-place", "range": "figure-out-of-range",
    "reference": "contradicts-reference", "respectively": "respectively-mismatch",
    "undated-restatement": "conflicting-figures", "restated-target": "conflicting-figures",
    "growth-by-top": "change-does-not-add-up",
}
PLACES = ["长春高新区", "长春新区", "北湖未来科学城", "永春医药城"]


def added_paragraph(kind, rng):
    """A paragraph whose figures do not add up, in the words of a news report."""
    place, year = rng.choice(PLACES), rng.randint(2019, 2023)
    if kind == "share":
        whole = rng.randint(300, 900)
        part = rng.randint(50, whole // 3)
        stated = round(100 * part / whole + rng.choice([-1, 1]) * rng.randint(8, 20))
        return (f"{year}年，{place}实现地区生产总值{whole}亿元，其中规模以上工业增加值{part}亿元，"
                f"占地区生产总值的{max(stated, 1)}%。")
    if kind == "change":
        high = rng.randint(25, 60) / 10
        low = round(high - rng.randint(3, 9) / 10, 1)
        base = rng.randint(20, 90)
        return rng.choice([f"{place}研发投入强度从{high}%提高到{low}%，创新投入力度持续加大。",
                           f"{year}年，{place}城镇调查失业率由{low}%下降至{high}%。",
                           f"{year - 1}年，{place}技术合同成交额{base}亿元。{year}年，{place}"
                           f"技术合同成交额达到{base * 2}亿元，是{year - 1}年的{rng.randint(3, 5)}倍。"])
    if kind == "subset":
        if rng.random() < 0.5:  # a breakdown in a parenthesis whose parts add up to more
            parts = [rng.randint(5, 40) for _ in range(rng.randint(2, 4))]
            listed = "，".join(f"{name}{n}个" for name, n in zip(
                ["人工智能", "生物医药", "光电信息", "先进装备"], parts))
            return (f"{place}新签约重点项目{sum(parts) - rng.randint(1, 3)}个（{listed}）。")
        whole = rng.randint(2, 9)
        return (f"{place}集聚人才总量{whole}万人，其中海归人才{whole + rng.randint(1, 5)}万人、"
                f"外籍人才{rng.randint(100, 900)}人。")
    if kind == "containment":
        big = rng.randint(700, 990)
        return (f"{year}年，长春高新区拥有高新技术企业{big}家。{year}年，长春市拥有高新技术企业"
                f"{big - rng.randint(100, 400)}家。")
    if kind == "range":
        return f"{place}重点企业研发中心数量占全区规模以上企业的{rng.randint(120, 300)}%。"
    if kind == "reference":
        return f"2024年，长春高新区生物医药产业产值达{rng.randint(150, 230)}.{rng.randint(1, 9)}亿元。"
    if kind == "respectively":
        return (f"{place}雏鹰企业、瞪羚企业、独角兽企业分别达到{rng.randint(20, 90)}家、"
                f"{rng.randint(5, 30)}家。")
    raise ValueError(kind)


def batch_faults(kind, source_text, claims, rng):
    """{file name: text} of one batch holding a `kind` fault, and (file, line) where it is."""
    # A statistic the source does not state, so that the planted figures are the only ones.
    metrics = [m for m in [("生物医药产业产值", "亿元"), ("技术合同成交额", "亿元"),
                           ("实际使用外资", "亿元"), ("社会消费品零售总额", "亿元")]
               if m[0] not in source_text]
    place, metric = rng.choice(PLACES), rng.choice(metrics)
    if kind == "restated-target":
        goal = rng.randint(300, 900)
        first = f"规划提出，到2030年，{place}{metric[0]}力争达到{goal}{metric[1]}。\n"
        second = (f"记者从{place}获悉，按照规划，到2030年{metric[0]}力争达到"
                  f"{goal + rng.randint(60, 200)}{metric[1]}，重点项目加快推进。\n")
        return {"plan.txt": source_text + "\n" + first, "target_news.txt": second}, \
            ("target_news.txt", 1)
    if kind == "growth-by-top":
        before = rng.randint(40, 90)
        growth = rng.randint(10, 30)
        stated = growth + rng.choice([-1, 1]) * rng.randint(6, 12)
        now = round(before * (1 + growth / 100), 1)
        top = f"2024年，{place}经济运行总体平稳。\n\n"
        lines = (top + source_text).split("\n")
        lines += ["", f"{place}{metric[0]}{now}{metric[1]}，同比增长{stated}%。"]
        review = f"2023年，{place}{metric[0]}{before}{metric[1]}。\n"
        return {"yearly.txt": "\n".join(lines) + "\n", "review_2023.txt": review}, \
            ("yearly.txt", len(lines))
    # undated-restatement: an undated figure the source states, restated changed elsewhere
    undated = [c for c in claims if c["period"] == "undated" and c["entity"] and c["metric"]
               and c["entity_source"] == "clause" and c["aspect"] == "level"
               and c["kind"] in ("money", "count", "measure", "percent")
               and c["unit"] not in ("year", "month", "day")  # a span of time, not a figure
               and c["value"] is not None and c["role"] == "value"
               and c["qualifier"] not in ("range", "ambiguous")
               and re.search(r"[0-9]", c["text"]) and c["sentence"].find(c["text"]) > 0]
    if not undated:
        return None, None
    c = rng.choice(undated)
    at = c["sentence"].find(c["text"])
    lead = c["sentence"][:at]
    # The rest of the figure's clause names what it counts; the sentence's other clauses go.
    tail = re.split(r"[，,。；;！？]", c["sentence"][at + len(c["text"]):])[0]
    restated = f"简讯\n\n记者了解到，{lead}{changed_figure(c['text'])}{tail}。\n"
    return {"source.txt": source_text, "brief.txt": restated}, ("brief.txt", 3)


def plant_batches(figcheck, articles, texts, claims, work, per_kind, rng):
    """Plants the batch kinds; returns (kind, batch file, line, reported)."""
    outcomes = []
    for kind in ("undated-restatement", "restated-target", "growth-by-top"):
        for n in range(per_kind):
            source = articles[n % len(articles)]
            files, where = batch_faults(kind, texts[source], claims[source], rng)
            if not files:
                continue
            folder = work / f"batch_{kind}_{n:02d}"
            folder.mkdir()
            for name, text in files.items():
                (folder / name).write_text(text, encoding="utf-8")
            run = subprocess.run([figcheck, "check", str(folder), "--fail-on", "none",
                                  "--format", "json"], capture_output=True, text=True)
            found = {(pathlib.Path(e["file"]).name, e["line"])
                     for f in json.loads(run.stdout)["findings"] if f["rule"] == RULE_OF_KIND[kind]
                     for e in f["evidence"]}
            outcomes.append((kind, f"{folder.name}/{where[0]}", where[1], where in found))
    return outcomes


def edit_distance(a, b):
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        diagonal, row[0] = row[0], i
        for j in range(1, len(b) + 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1,
                                           diagonal + (a[i - 1] != b[j - 1]))
    return row[len(b)]


def lightly_edited(sentence, rng):
    """The sentence with two or three small edits of the kind a re-editor makes, or None."""
    edited = sentence
    edits = [("，", "，进一步"), ("和", "与"), ("了", ""), ("的", ""), ("，", "，持续"), ("等", "")]
    rng.shuffle(edits)
    made = 0
    for old, new in edits:
        at = edited.find(old)
        if at > 0 and made < 3:
            edited = edited[:at] + new + edited[at + len(old):]
            made += 1
    if made < 2 or edit_distance(sentence, edited) / max(len(sentence), len(edited)) > 0.12:
        return None
    return edited


def changed_figure(text):
    """The figure with its first digit moved by 2 (241.3亿元 → 441.3亿元)."""
    match = re.search(r"[0-9]", text)
    digit = int(match.group())
    new = (digit + 2) % 10 or 3
    return text[:match.start()] + str(new) + text[match.end():]


def replace_at(lines, line, column, old, new):
    """Replaces `old` at the 1-based line and column (in characters)."""
    target = lines[line - 1]
    assert target[column - 1:column - 1 + len(old)] == old, (line, column, old)
    lines[line - 1] = target[:column - 1] + new + target[column - 1 + len(old):]


def significant_digits(text):
    digits = re.sub(r"[^0-9]", "", text.split("亿")[0].split("万")[0])
    return len(digits.strip("0"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("figcheck")
    parser.add_argument("base")
    parser.add_argument("work")
    parser.add_argument("--per-kind", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--min-recall", type=float)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    near_duplicates_planted = set()
    base, work = pathlib.Path(args.base), pathlib.Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    articles = sorted(p for p in base.rglob("*") if p.suffix in (".txt", ".md"))
    texts = {p: p.read_text(encoding="utf-8") for p in articles}
    for p in articles:
        shutil.copy(p, work / p.name)
    claims = collections.defaultdict(list)
    run = subprocess.run([args.figcheck, "extract", "--format", "jsonl", *map(str, articles)],
                         capture_output=True, text=True, check=False)
    for line in run.stdout.splitlines():
        claim = json.loads(line)
        claims[pathlib.Path(claim["file"])].append(claim)

    def figure(c):  # a plain stated figure: the kind a republished article changes
        return (c["value"] is not None and c["role"] == "value" and c["qualifier"] == "exact"
                and c["kind"] in ("money", "count", "percent", "measure")
                and re.search(r"[0-9]", c["text"]))

    def lexicon_metric(c):
        return c["entity"] and c["metric"] and c["metric"].isascii()

    planted = []  # (kind, file name, line)
    counter = collections.Counter()

    def write(kind, name, text, line):
        counter[kind] += 1
        path = work / f"planted_{kind}_{counter[kind]:02d}_{name}"
        path.write_text(text, encoding="utf-8")
        planted.append((kind, path.name, line))

    for round_ in range(args.per_kind):
        source = articles[round_ % len(articles)]
        lines = texts[source].split("\n")
        candidates = [c for c in claims[source] if figure(c)]
        if candidates:  # conflict
            c = candidates[(round_ // len(articles) * 7 + round_) % len(candidates)]
            changed = list(lines)
            replace_at(changed, c["line"], c["column"], c["text"], changed_figure(c["text"]))
            write("conflict", source.name, "\n".join(changed), c["line"])
        paragraphs = [i for i, l in enumerate(lines) if len(l) >= 80]
        if paragraphs:  # duplicate-text
            i = rng.choice(paragraphs)
            write("duplicate-text", source.name, f"转载稿\n\n{lines[i]}\n", 3)
        edits = []
        for i in paragraphs:  # near-duplicate: one sentence of the paragraph re-edited
            sentences = re.findall(r"[^。！？]*[。！？]", lines[i])
            for k, sentence in enumerate(sentences):
                edited = lightly_edited(sentence, rng) if len(sentence) >= 30 else None
                if edited:
                    edits.append((i, k, sentences, edited))
        # Two rounds on one article must not plant the same edit twice: the two copies would
        # be exact duplicates of each other, which the duplicated-passage rule reports instead.
        rng.shuffle(edits)
        for i, k, sentences, edited in edits:
            paragraph = "".join(sentences[:k]) + edited + "".join(sentences[k + 1:])
            if paragraph not in near_duplicates_planted:
                near_duplicates_planted.add(paragraph)
                write("near-duplicate", source.name, f"转载稿\n\n{paragraph}\n", 3)
                break
        keyed = [c for c in candidates if lexicon_metric(c)]
        pairs = [(x, y) for x in keyed for y in keyed
                 if x["metric"] != y["metric"] and x["unit"] == y["unit"]
                 and significant_digits(x["text"]) >= 3 and x["line"] != y["line"]]
        if pairs:  # figure-reuse
            x, y = rng.choice(pairs)
            changed = list(lines)
            replace_at(changed, y["line"], y["column"], y["text"], x["text"])
            write("figure-reuse", source.name, "\n".join(changed), y["line"])
        for kind in ("share", "change", "subset", "containment", "range", "reference",
                     "respectively"):
            changed = lines + ["", added_paragraph(kind, rng)]
            write(kind, source.name, "\n".join(changed) + "\n", len(changed))

    run = subprocess.run([args.figcheck, "check", str(work), "--fail-on", "none", "--format",
                          "json", "--date", "2025-12-31"], capture_output=True, text=True)
    findings = json.loads(run.stdout)["findings"]
    reported = collections.defaultdict(set)
    for f in findings:
        for e in f["evidence"]:
            reported[f["rule"]].add((pathlib.Path(e["file"]).name, e["line"]))
    found = collections.Counter(k for k, name, line in planted
                                if (name, line) in reported[RULE_OF_KIND[k]])
    total = collections.Counter(k for k, _, _ in planted)
    missed = [p for p in planted if (p[1], p[2]) not in reported[RULE_OF_KIND[p[0]]]]
    for kind, name, line, was_found in plant_batches(args.figcheck, articles, texts, claims, work,
                                                     args.per_kind, rng):
        total[kind] += 1
        found[kind] += was_found
        if not was_found:
            missed.append((kind, name, line))
    print(f"planted into copies of {len(articles)} articles from {base}")
    print("| kind | planted | found | recall |\n|---|---|---|---|")
    worst = 1.0
    for kind in RULE_OF_KIND:
        if total[kind]:
            recall = found[kind] / total[kind]
            worst = min(worst, recall)
            print(f"| {kind} | {total[kind]} | {found[kind]} | {100 * recall:.0f}% |")
    for kind, name, line in missed[:20]:
        print(f"missed: {kind} {name}:{line}", file=sys.stderr)
    if args.min_recall is not None:
        unplanted = [kind for kind in RULE_OF_KIND if not total[kind]]
        if unplanted:
            print(f"nothing could be planted for: {', '.join(unplanted)}", file=sys.stderr)
        if worst < args.min_recall or unplanted:
            sys.exit(1)


main()
