#!/usr/bin/env python3
"""Restatement recall: plants a changed figure into real restatements and counts how many
figcheck reports.

A restatement is one precise figure (three or more significant digits, with its unit: 652亿元,
18.1万亿元, 12.3%) that two stories of an archive published on different days state in
sentences that are not copies, about the same thing. They are found here without figcheck:
  - the same figure as written (number, 万/亿/万亿, unit) in both stories;
  - the two sentences are below --max-similarity (difflib ratio) and neither contains the other;
  - the words just before the figure (--left-context characters, cut at the figure before it)
    share at least --min-shared content bigrams (one more for a percentage): two Chinese
    characters, no function character (的, 为, 达 …), not a generic word (增长, 同比, 指数 …);
  - the periods the two sentences name (1—2月, 前三季度, 上半年, 2023年, 今年, 9月29日 …; a
    sentence naming none takes the last its paragraph named) do not exclude each other, and
    when one names no year or month the stories are at most --undated-days apart;
  - not a plan or forecast against an outcome, not two ordinals (第一产业, 第三产业), not two
    growth rates stated with the figures more than --max-rate-gap points apart;
  - each story takes part in at most one pair per figure (the nearest in date).

Then, for each pair, one of the two figures is changed by 5–30 %, so that no rounding or
qualifier (超过, 近, 约, 多 … read as figcheck's default rule pack reads them) reconciles it with
the other. Each planted pair is one archive of the two stories; `figcheck check --format json`
runs on it and on the unchanged pair (the control). A pair is *reported* when one finding
(other than a duplicated or near-duplicate passage) has evidence at the changed figure (story,
line, column) and evidence in the other story; *as error* when that finding is an error.
Cross-story findings on the controls are false alarms.

Usage:
  restatements.py [--corpus JSONL] [--figcheck BIN] [--work DIR] [--tsv FILE] [--diagnose]
                  [--annotations TSV] [--check-arg=ARG ...]
  restatements.py --sample N [--sample-out FILE]   a random sample of pairs to judge by hand
Pairs judged false in --annotations (default annotations/restatement_sample.tsv) are left out
of the measurement.
Python 3.11 standard library only."""
import argparse
import collections
import concurrent.futures
import dataclasses
import datetime
import difflib
import hashlib
import json
import pathlib
import random
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus-dev" / "cctv_2022_2024.jsonl"
DEFAULT_FIGCHECK = HERE.parent / "build" / "cli" / "figcheck"

# ---------------------------------------------------------------------------------------------
# Figures

UNITS = sorted("""个百分点 元 美元 欧元 港元 日元 人次 人 户 家 个 吨 载重吨 千瓦时 千瓦 平方公里 公里 千米
    平方米 立方米 米 亩 公顷 辆 台 件 项 所 座 架次 艘 列 标箱 标准箱 例 名 位 套 部 种 批次 %
    ％ 倍 岁 公斤 千克 斤 次 条 只 头 棵 株 册 篇 场 支 单""".split(), key=len, reverse=True)
FIGURE = re.compile(r"(?P<number>\d+(?:,\d{3})*(?:\.\d+)?)(?P<more>多|余)?"
                    r"(?P<scale>万亿|亿|万)?(?P<more2>多|余)?(?P<unit>" + "|".join(UNITS) + ")")
# A figure glued to these is a code, a designation, a version or part of a longer number.
GLUED_BEFORE = re.compile(r"[0-9A-Za-z.,_/:：#\-－第]$")
GLUED_AFTER = re.compile(r"^[0-9A-Za-z]")
RANGE_BEFORE = re.compile(r"\d[%％]?\s*[—~～至到\-－]$")
RANGE_AFTER = re.compile(r"^\s*[—~～至到\-－]\s*\d")
# Qualifiers, as figcheck's default rule pack reads them: 超过 X is X or more, 不到 X at most X,
# 近 X within 10 % below X, 约 X within 5 % of X, X多 from X up to its last written place.
OVER_BEFORE = re.compile(r"(超过|超|逾|突破|高于|多于|不低于|不少于)$")
UNDER_BEFORE = re.compile(r"(不到|不足|低于|少于|不超过)$")
NEARLY_BEFORE = re.compile(r"(将近|接近|近)$")
APPROX_BEFORE = re.compile(r"(约|大约|大概|约为)$")
OVER_AFTER = re.compile(r"^(以上)")
UNDER_AFTER = re.compile(r"^(以内|以下)")
APPROX_AFTER = re.compile(r"^(左右|上下)")


@dataclasses.dataclass(frozen=True)
class Figure:
    start: int  # offset in the story's text, in characters
    end: int
    number: str
    scale: str
    unit: str
    bound: str  # "exact", "over", "under", "more", "nearly" or "approx"

    @property
    def key(self):
        return f"{self.number}{self.scale}{self.unit}"


def significant_digits(number):
    digits = number.replace(",", "").replace(".", "").lstrip("0")
    return len(digits if "." in number else digits.rstrip("0"))


def bound_of(text, match):
    before, after = text[max(0, match.start() - 4):match.start()], text[match.end():match.end() + 2]
    if match.group("more") or match.group("more2"):
        return "more"
    for bound, words_before, words_after in (("over", OVER_BEFORE, OVER_AFTER),
                                             ("under", UNDER_BEFORE, UNDER_AFTER),
                                             ("nearly", NEARLY_BEFORE, None),
                                             ("approx", APPROX_BEFORE, APPROX_AFTER)):
        if words_before.search(before) or (words_after and words_after.match(after)):
            return bound
    return "exact"


def last_place(number):
    """The place of the last written digit: 0.1 for 12.3, 10 for 2810, 1 for 652."""
    if "." in number:
        return 10.0 ** -len(number.split(".")[1])
    return 10.0 ** (len(number) - len(number.rstrip("0")))


def interval(number, bound):
    """The values a written figure allows, as (low, high)."""
    v, place = float(number), last_place(number)
    return {"exact": (v - place / 2, v + place / 2), "more": (v, v + place),
            "over": (v, float("inf")), "under": (float("-inf"), v),
            "nearly": (v * 0.9, v), "approx": (v * 0.95, v * 1.05)}[bound]


def is_precise_figure(text, match):
    """Three significant digits, and no code, phone number, ordinal or end of a range."""
    number = match.group("number")
    if significant_digits(number) < 3 or len(number.split(".")[0].replace(",", "")) > 9:
        return False
    before, after = text[max(0, match.start() - 3):match.start()], text[match.end():match.end() + 3]
    return not (GLUED_BEFORE.search(before) or GLUED_AFTER.match(after)
                or RANGE_BEFORE.search(before) or RANGE_AFTER.match(after))


def find_figures(text, start, end):
    for match in FIGURE.finditer(text, start, end):
        if is_precise_figure(text, match):
            yield Figure(match.start(), match.end(), match.group("number").replace(",", ""),
                         match.group("scale") or "", match.group("unit").replace("％", "%"),
                         bound_of(text, match))


# ---------------------------------------------------------------------------------------------
# Sentences, the words before a figure, periods

SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
ANY_FIGURE = re.compile(r"\d+(?:\.\d+)?(?:万亿|亿|万|千|百)?(?:" + "|".join(UNITS) + r"|年|月|日)?")
FUNCTION_CHARS = set("的了为在和及与等是达至到约共超近比较将已有对于从由把被其年月日个这该并也都中上下")
# Words that name no particular thing: verbs of change, reporting, time, the country as a whole,
# and trade's 进出口 (which of many partners or goods is in the words before it).
GENERIC_WORDS = set("""增长 同比 环比 实现 完成 累计 其中 今年 去年 全年 同期 数据 显示 我国 全国 全省
    全市 指数 规模 总量 总数 数量 预计 目前 以来 截至 上升 增加 减少 提高 下降 上涨 回落 突破 超过
    提升 高达 降至 增至 达到 涨幅 左右 分别 合计 共计 总计 记者 获悉 了解 发布 统计 最新 国家 实际
    首次 新增 进出 出口 进口""".split())

CHINESE_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")}
PERIOD = re.compile(
    r"(?P<span>(?P<a>\d{1,2})\s*[—\-－至到~～]\s*(?P<b>\d{1,2})月)"
    r"|前(?P<first>\d{1,2}|[一二三四五六七八九十]{1,2})个月"
    r"|(?P<quarter>[一二三四1234])季度|(?P<half>上半年|下半年)|前三季度(?P<q3>)"
    r"|(?P<monthend>\d{1,2})月(?:末|底)"
    r"|(?P<date>(?P<dm>\d{1,2})月(?P<dd>\d{1,2})[日号])"
    r"|(?P<month>\d{1,2})月份?(?!\d)"
    r"|(?<![月\d])(?P<day>\d{1,2})日|(?P<today>今天|今日|当天|当日)|(?P<yesterday>昨天|昨日)"
    r"|(?<![比较于])(?P<year>20\d\d)年(?!以来|起|来)|(?P<this>今年)"
    r"|(?<![比较])(?P<last>去年|上年)(?!同期)")


# A day followed by these is when the news was told (今天（5月8日）发布), not what it is about.
REPORTED_ON = re.compile(r"[（(]?[^，。；]{0,8}?(发布|公布|通报|获悉|了解到|表示|介绍|宣布|召开|举行|透露|"
                         r"宣告|称|说|指出|发表|报道|确认|举办|消息)")
FUTURE = re.compile(r"目标|计划|预计|预期|力争|规划|到20\d\d年|将(?!近)")


@dataclasses.dataclass(frozen=True)
class Period:
    """What a sentence says its figures are of: month spans ('1-2', 'end 6'), years, days."""
    months: frozenset = frozenset()
    years: frozenset = frozenset()
    days: frozenset = frozenset()

    def __bool__(self):
        return bool(self.months or self.years or self.days)

    def dated(self):
        return bool(self.months or self.years)

    def excludes(self, other):
        """Both name months, years or days, and none in common."""
        return any(a and b and not a & b for a, b in ((self.months, other.months),
                                                      (self.years, other.years),
                                                      (self.days, other.days)))


def chinese_number(text):
    if text.isdigit():
        return int(text)
    if len(text) == 1:
        return CHINESE_DIGITS[text]
    tens = 1 if text[0] == "十" else CHINESE_DIGITS[text[0]]
    return tens * 10 + (0 if text[-1] == "十" else CHINESE_DIGITS[text[-1]])


def month_span(m):
    if m.group("span"):
        return f"{int(m.group('a'))}-{int(m.group('b'))}"
    if m.group("first"):
        return f"1-{chinese_number(m.group('first'))}"
    if m.group("quarter"):
        q = chinese_number(m.group("quarter"))
        return f"{3 * q - 2}-{3 * q}"
    if m.group("half"):
        return "1-6" if m.group("half") == "上半年" else "7-12"
    if m.group("q3") is not None:
        return "1-9"
    if m.group("monthend"):
        return f"end {int(m.group('monthend'))}"
    if m.group("month"):
        return f"{int(m.group('month'))}-{int(m.group('month'))}"
    return None


def day_of(m, published):
    """The day a mark names, as an ISO date; a bare 20日 is of the month it last was."""
    if m.group("date"):
        month, day = int(m.group("dm")), int(m.group("dd"))
        year = published.year - (month > published.month)
        return f"{year}-{month:02d}-{day:02d}"
    if m.group("day"):
        day, month, year = int(m.group("day")), published.month, published.year
        if day > published.day:
            month, year = (month - 1, year) if month > 1 else (12, year - 1)
        return f"{year}-{month:02d}-{day:02d}"
    if m.group("today"):
        return published.isoformat()
    if m.group("yesterday"):
        return (published - datetime.timedelta(days=1)).isoformat()
    return None


def period_of(sentence, published):
    months, years, days = set(), set(), set()
    for m in PERIOD.finditer(sentence):
        if span := month_span(m):
            months.add(span)
        elif day := day_of(m, published):
            if not REPORTED_ON.match(sentence, m.end()):
                days.add(day)
        elif m.group("year"):
            years.add(int(m.group("year")))
        else:
            years.add(published.year - (m.group("last") is not None))
    return Period(frozenset(months), frozenset(years), frozenset(days))


def left_context(sentence, at, width):
    """The `width` characters before offset `at`, from the end of any figure among them."""
    window = sentence[max(0, at - width):at]
    ends = [m.end() for m in ANY_FIGURE.finditer(window)]
    return window[ends[-1]:] if ends else window


ORDINAL = re.compile(r"第[一二三四五六七八九十百\d]+")
COMPANION_RATE = re.compile(r"[^。；]{0,12}?(?P<verb>增长|上涨|提高|增加|下降|减少)了?"
                            r"(?P<rate>\d+(?:\.\d+)?)[%％]")


def companion_rate(text, at, end):
    """The growth rate stated right after a figure, as a signed number, or None."""
    m = COMPANION_RATE.match(text, at, end)
    if not m:
        return None
    rate = float(m.group("rate"))
    return -rate if m.group("verb") in ("下降", "减少") else rate


def content_bigrams(text):
    return {text[i:i + 2] for i in range(len(text) - 1)
            if all("\u4e00" <= c <= "\u9fff" and c not in FUNCTION_CHARS for c in text[i:i + 2])
            and text[i:i + 2] not in GENERIC_WORDS}


# ---------------------------------------------------------------------------------------------
# Restatements

@dataclasses.dataclass
class Occurrence:
    story: int  # index into the stories
    figure: Figure
    sentence: str
    at: int  # the figure's offset in the sentence
    left: set  # content bigrams before the figure
    ordinals: set  # 第一, 第134 … before the figure: which instance or category
    rate: float | None  # the growth rate its clause gives it (652亿元，同比增长9.5% → 9.5)
    period: Period  # the sentence's, or carried from the paragraph's sentences before it


@dataclasses.dataclass
class Restatement:
    pair_id: str
    first: Occurrence
    second: Occurrence
    shared: list  # the content bigrams both contexts have
    clause_copy: bool  # the figure's clause is word for word the same in both


def sentences_with_periods(story):
    """(start, end, period) of each sentence; one naming no period takes the last one named
    before it in its paragraph, as a reader does."""
    published = datetime.date.fromisoformat(story["date"][:10])
    text = story["text"]
    carried = Period()
    for sentence in SENTENCE.finditer(text):
        if sentence.start() == 0 or text[sentence.start() - 1] == "\n":
            carried = Period()
        carried = period_of(sentence.group(), published) or carried
        yield sentence.start(), sentence.end(), carried


def occurrences(stories, width):
    found = collections.defaultdict(list)
    for index, story in enumerate(stories):
        text = story["text"]
        for start, end, period in sentences_with_periods(story):
            for figure in find_figures(text, start, end):
                at = figure.start - start
                context = left_context(text[start:end], at, width)
                found[figure.key].append(Occurrence(
                    index, figure, text[start:end], at, content_bigrams(context),
                    set(ORDINAL.findall(context)), companion_rate(text, figure.end, end), period))
    return found


def clause_of(occurrence):
    at = occurrence.at
    start = max(occurrence.sentence.rfind(c, 0, at) for c in "，；：,;:") + 1
    ends = [e for e in (occurrence.sentence.find(c, at) for c in "，；：,;:。") if e >= 0]
    return occurrence.sentence[start:min(ends, default=len(occurrence.sentence))]


def is_future(occurrence):
    return bool(FUTURE.search(occurrence.sentence, 0, occurrence.at))


def shared_context(a, b, stories, args):
    """The content bigrams the two contexts share when occurrences a and b state one fact in
    two stories of different days; None when they do not."""
    if stories[a.story]["date"] == stories[b.story]["date"]:
        return None
    if a.sentence in b.sentence or b.sentence in a.sentence:
        return None
    if difflib.SequenceMatcher(None, a.sentence, b.sentence).ratio() >= args.max_similarity:
        return None
    if a.period.excludes(b.period):
        return None
    if not (a.period.dated() and b.period.dated()) \
            and days_apart(a, b, stories) > args.undated_days:
        return None  # a stock or running total stated on two days far apart may have moved
    if {a.figure.bound, b.figure.bound} == {"over", "under"}:
        return None  # one says more than, the other less than: no single change contradicts both
    if is_future(a) != is_future(b):
        return None  # a plan or forecast against an outcome
    if a.ordinals and b.ordinals and a.ordinals != b.ordinals:
        return None  # 第一产业 and 第三产业, the 134th fair and the 135th
    if a.rate is not None and b.rate is not None and abs(a.rate - b.rate) > args.max_rate_gap:
        return None  # growing by 97.9 % and by 96.4 %: two days' figures, not one restated
    shared = a.left & b.left
    needed = args.min_shared + (1 if a.figure.unit in ("%", "个百分点") else 0)
    return sorted(shared) if len(shared) >= needed else None


def pair_id(a, b, stories):
    ids = f"{stories[a.story]['id']}|{stories[b.story]['id']}|{a.figure.key}"
    return "r" + hashlib.sha1(ids.encode()).hexdigest()[:8]


def days_apart(a, b, stories):
    def published(o):
        return datetime.date.fromisoformat(stories[o.story]["date"][:10])
    return abs((published(a) - published(b)).days)


def pairs_of_figure(found, stories, args):
    """Restating pairs of one figure, each story in one pair at most, nearest dates first."""
    first_in_story = {}
    for occurrence in found:
        first_in_story.setdefault(occurrence.story, occurrence)
    candidates = []
    for i, a in enumerate(list(first_in_story.values())):
        for b in list(first_in_story.values())[i + 1:]:
            shared = shared_context(a, b, stories, args)
            if shared is not None:
                candidates.append((days_apart(a, b, stories), a, b, shared))
    used, pairs = set(), []
    for _, a, b, shared in sorted(candidates, key=lambda c: (c[0], c[1].story, c[2].story)):
        if a.story not in used and b.story not in used:
            used |= {a.story, b.story}
            a, b = sorted((a, b), key=lambda o: (stories[o.story]["date"], stories[o.story]["id"]))
            pairs.append(Restatement(pair_id(a, b, stories), a, b, shared,
                                     clause_of(a) == clause_of(b)))
    return pairs


def find_restatements(stories, args):
    pairs = []
    for key, found in sorted(occurrences(stories, args.left_context).items()):
        pairs.extend(pairs_of_figure(found, stories, args))
    return sorted(pairs, key=lambda p: p.pair_id)


# ---------------------------------------------------------------------------------------------
# Planting a changed figure

@dataclasses.dataclass
class Planted:
    restatement: Restatement
    changed: Occurrence  # the occurrence whose figure was changed
    kept: Occurrence
    new_number: str


def changed_number(changed, kept, ceiling, rng):
    """A number 5–30 % from the changed figure's, written to the same decimals, whose interval
    (with the changed figure's qualifier) is disjoint from the kept figure's: no rounding or
    qualifier reconciles the two. Not above `ceiling` (a share stays a share), and not ending
    in a written 0 after the point, which a statistic would not show. None when none exists
    (two figures that are both "more than" allow any larger value)."""
    number = changed.number
    decimals = len(number.split(".")[1]) if "." in number else 0
    value, kept_low, kept_high = float(number), *interval(kept.number, kept.bound)
    for _ in range(1000):
        candidate = f"{value * (1 + rng.choice((-1, 1)) * rng.uniform(0.05, 0.30)):.{decimals}f}"
        low, high = interval(candidate, changed.bound)
        ratio = abs(float(candidate) - value) / value
        if 0.05 <= ratio <= 0.30 and (high < kept_low or low > kept_high) \
                and not (decimals and candidate.endswith("0")) and float(candidate) <= ceiling:
            return candidate
    return None


def plant(pair, seed):
    """The pair with one of its two figures changed (which one and by how much drawn from
    the seed and the pair's id), or None when no change contradicts the other figure."""
    rng = random.Random(f"{seed}:{pair.pair_id}")
    changed, kept = (pair.first, pair.second) if rng.random() < 0.5 \
        else (pair.second, pair.first)
    figure = changed.figure
    ceiling = 100.0 if figure.unit == "%" and float(figure.number) <= 100 else float("inf")
    number = changed_number(figure, kept.figure, ceiling, rng)
    return Planted(pair, changed, kept, number) if number else None


def planted_story(planted, stories):
    """The changed story: its number (as written, 1,234.5 included) replaced by the new one."""
    story = dict(stories[planted.changed.story])
    at = planted.changed.figure.start
    written = re.match(r"[\d,.]+", story["text"][at:]).group()
    story["text"] = story["text"][:at] + planted.new_number + story["text"][at + len(written):]
    return story


def write_archive(path, stories):
    path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in stories),
                    encoding="utf-8")


def article_text(story):
    """The text figcheck reads from an archive line: the title, a blank line, the text."""
    title = story.get("title") or ""
    if not title or story["text"].startswith(title):
        return story["text"], 0
    return f"{title}\n\n{story['text']}", len(title) + 2


def line_and_column(story, offset):
    text, shift = article_text(story)
    before = text[:offset + shift]
    return before.count("\n") + 1, offset + shift - (before.rfind("\n") + 1) + 1


# ---------------------------------------------------------------------------------------------
# Running figcheck and reading its findings

def run_figcheck(binary, command, archive, out, extra=()):
    args = [str(binary), command, str(archive), "--jobs", "1", *extra]
    args += ["--format", "json"] if command == "check" else ["--format", "jsonl"]
    completed = subprocess.run(args + ["-o", str(out)], capture_output=True, text=True)
    if completed.returncode not in (0, 1) or not out.exists():
        raise RuntimeError(f"{' '.join(args)}: exit {completed.returncode}: {completed.stderr}")
    if command == "check":
        return json.loads(out.read_text(encoding="utf-8"))["findings"]
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def story_of(evidence):
    return evidence["file"].rsplit("#", 1)[-1]


def is_passage_finding(finding):
    return finding.get("kind") == "duplicate-text"


def covers(evidence, story_id, line, column):
    return (story_of(evidence) == story_id and evidence.get("line") == line
            and evidence.get("column", 0) <= column < evidence.get("end_column", 0))


def findings_at(findings, changed_id, line, column):
    return [f for f in findings if not is_passage_finding(f)
            and any(covers(e, changed_id, line, column) for e in f["evidence"])]


def reporting_finding(findings, changed_id, line, column, kept_id):
    """The finding that puts the changed figure against the other story (errors first)."""
    hits = [f for f in findings_at(findings, changed_id, line, column)
            if any(story_of(e) == kept_id for e in f["evidence"])]
    return min(hits, key=lambda f: f["severity"] != "error", default=None)


def cross_story_findings(findings, ids):
    return [f for f in findings if not is_passage_finding(f)
            and {story_of(e) for e in f["evidence"]} >= set(ids)]


# ---------------------------------------------------------------------------------------------
# One pair end to end

@dataclasses.dataclass
class Outcome:
    planted: Planted
    finding: dict | None  # the finding that reports the pair
    own_story_only: bool  # a finding at the changed figure names its own story only
    planted_dir: pathlib.Path


def check_planted(planted, stories, binary, work, extra):
    pair = planted.restatement
    folder = work / pair.pair_id
    folder.mkdir(parents=True, exist_ok=True)
    changed_story = planted_story(planted, stories)
    ordered = [changed_story, stories[planted.kept.story]]
    ordered.sort(key=lambda s: (s["date"], s["id"]))
    archive = folder / "planted.jsonl"
    write_archive(archive, ordered)
    findings = run_figcheck(binary, "check", archive, folder / "planted.json", extra)
    line, column = line_and_column(changed_story, planted.changed.figure.start)
    kept_id = stories[planted.kept.story]["id"]
    finding = reporting_finding(findings, changed_story["id"], line, column, kept_id)
    own_story_only = not finding and bool(findings_at(findings, changed_story["id"], line,
                                                       column))
    return Outcome(planted, finding, own_story_only, folder)


def check_control(story_pair, stories, binary, work, extra):
    a, b = story_pair
    folder = work / "controls" / f"{stories[a]['id']}~{stories[b]['id']}"
    folder.mkdir(parents=True, exist_ok=True)
    archive = folder / "control.jsonl"
    write_archive(archive, [stories[a], stories[b]])
    findings = run_figcheck(binary, "check", archive, folder / "control.json", extra)
    return story_pair, cross_story_findings(findings, [stories[a]["id"], stories[b]["id"]])


# ---------------------------------------------------------------------------------------------
# Diagnosing a miss: the claims figcheck extracted at the two figures

KEY_FIELDS = ("entity", "metric", "period", "modality", "role", "unit")


def claim_at(claims, story_id, line, column):
    return next((c for c in claims if story_of(c) == story_id and c["line"] == line
                 and c["column"] <= column < c["end_column"]), None)


def diagnose(outcome, stories, binary):
    planted = outcome.planted
    claims = run_figcheck(binary, "extract", outcome.planted_dir / "planted.jsonl",
                          outcome.planted_dir / "claims.jsonl")
    changed_story = planted_story(planted, stories)
    kept_story = stories[planted.kept.story]
    changed = claim_at(claims, changed_story["id"],
                       *line_and_column(changed_story, planted.changed.figure.start))
    kept = claim_at(claims, kept_story["id"],
                    *line_and_column(kept_story, planted.kept.figure.start))
    if changed is None or kept is None:
        return "no claim extracted", changed, kept
    differing = [field for field in KEY_FIELDS if changed.get(field) != kept.get(field)]
    if differing:
        return ",".join(differing), changed, kept
    return ("same key, no period" if changed.get("period") is None else "same key"), changed, kept


# ---------------------------------------------------------------------------------------------
# Hand-judged samples

def show_sample(pairs, stories, args):
    """Prints a random sample with both sentences to read; the TSV keeps ids and figures only,
    with empty verdict and reason columns to fill in (the articles' text stays out of it)."""
    sample = random.Random(args.seed).sample(pairs, min(args.sample, len(pairs)))
    rows = []
    for pair in sample:
        a, b = pair.first, pair.second
        rows.append([pair.pair_id, stories[a.story]["id"], stories[b.story]["id"],
                     a.figure.key, "", ""])
        print(f"{pair.pair_id} {rows[-1][1]} {rows[-1][2]} {a.figure.key} shared: "
              f"{' '.join(pair.shared)}\n  A {a.sentence}\n  B {b.sentence}")
    if args.sample_out:
        with open(args.sample_out, "w", encoding="utf-8") as f:
            f.write("pair_id\tfirst\tsecond\tfigure\tverdict\treason\n")
            f.writelines("\t".join(r) + "\n" for r in rows)


def read_verdicts(path):
    """pair id -> "true" or "false", from a judged TSV (pair_id, first, second, figure,
    verdict, reason); none when the file does not exist."""
    verdicts = {}
    if path is None or not path.exists():
        return verdicts
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if line.startswith(("#", "pair_id")) or len(fields) < 5:
                continue
            verdicts[fields[0]] = fields[4]
    return verdicts


# ---------------------------------------------------------------------------------------------
# Reports

def percent(part, whole):
    return f"{100 * part / whole:.1f} %" if whole else "-"


def describe(finding):
    """rule (severity, precision) — precision when the report gives one."""
    precision = f", {finding['precision']}" if finding.get("precision") else ""
    return f"{finding['rule']} ({finding['severity']}{precision})"


def both_dated(pair):
    return pair.first.period.dated() and pair.second.period.dated()


def print_found(pairs, verdicts, unplantable, stories):
    found = collections.Counter(verdicts.get(p.pair_id, "unjudged") for p in pairs)
    judged = found["true"] + found["false"]
    print(f"stories: {len(stories)}")
    print(f"pairs found: {len(pairs)} ({sum(p.clause_copy for p in pairs)} with the figure's "
          f"clause word for word the same)")
    print(f"judged by hand: {judged}, {found['true']} true (precision "
          f"{percent(found['true'], judged)}); judged false and left out: {found['false']}; "
          f"not judged: {found['unjudged']}")
    if unplantable:
        print(f"not planted (no change contradicts both qualifiers, e.g. two 超过): "
              f"{len(unplantable)}: {' '.join(unplantable)}")


def print_recall(outcomes):
    reported = [o for o in outcomes if o.finding]
    errors = [o for o in reported if o.finding["severity"] == "error"]
    print(f"pairs planted: {len(outcomes)}")
    print(f"reported: {len(reported)} ({percent(len(reported), len(outcomes))})")
    print(f"as errors: {len(errors)} ({percent(len(errors), len(outcomes))})")
    groups = (("clause copied", lambda p: p.clause_copy),
              ("reworded clause", lambda p: not p.clause_copy),
              ("both sentences name a period", both_dated),
              ("a sentence names none", lambda p: not both_dated(p)))
    for label, belongs in groups:
        subset = [o for o in outcomes if belongs(o.planted.restatement)]
        hit = sum(1 for o in subset if o.finding)
        print(f"  {label}: {hit} / {len(subset)} reported ({percent(hit, len(subset))})")
    own = sum(o.own_story_only for o in outcomes)
    print(f"  not reported, but a finding at the changed figure within its own story: {own}")
    for description, n in collections.Counter(describe(o.finding) for o in reported).most_common():
        print(f"  reported by {description}: {n}")


def print_controls(controls, stories):
    alarmed = {k: v for k, v in controls.items() if v}
    alarms = [f for v in alarmed.values() for f in v]
    print(f"control false alarms: {len(alarms)} findings in {len(alarmed)} of "
          f"{len(controls)} unchanged story pairs "
          f"({sum(f['severity'] == 'error' for f in alarms)} errors)")
    for (a, b), findings in sorted(alarmed.items()):
        for f in findings:
            print(f"  {stories[a]['id']} {stories[b]['id']} {describe(f)}: "
                  f"{' / '.join(e['text'] for e in f['evidence'])}")


def print_misses(outcomes, stories, binary, with_claims):
    missed = [o for o in outcomes if not o.finding]
    print(f"missed pairs: {len(missed)}")
    reasons = collections.Counter()
    for o in missed:
        pair = o.planted.restatement
        line = (f"  {pair.pair_id} {stories[pair.first.story]['id']} "
                f"{stories[pair.second.story]['id']} {pair.first.figure.key} -> "
                f"{o.planted.new_number} in {stories[o.planted.changed.story]['id']}")
        if with_claims:
            reason, changed, kept = diagnose(o, stories, binary)
            reasons[reason] += 1
            line += f"  [{reason}] " + " | ".join(
                f"{c.get('entity')} {c.get('metric')} {c.get('period')}" if c else "-"
                for c in (changed, kept))
        print(line)
    for reason, n in reasons.most_common():
        print(f"  differing key fields: {reason}: {n}")


def write_results(path, outcomes, controls, stories):
    with open(path, "w", encoding="utf-8") as f:
        f.write("pair_id\tfirst\tsecond\tfigure\tchanged\tnew\treported\tseverity\tprecision\t"
                "rule\tcontrol_findings\n")
        for o in outcomes:
            pair, finding = o.planted.restatement, o.finding
            ids = (pair.first.story, pair.second.story)
            f.write("\t".join([
                pair.pair_id, stories[ids[0]]["id"], stories[ids[1]]["id"], pair.first.figure.key,
                stories[o.planted.changed.story]["id"], o.planted.new_number,
                "yes" if finding else "no", (finding or {}).get("severity", ""),
                (finding or {}).get("precision", ""), (finding or {}).get("rule", ""),
                str(len(controls.get(ids, [])))]) + "\n")


# ---------------------------------------------------------------------------------------------

def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--corpus", type=pathlib.Path, default=DEFAULT_CORPUS)
    p.add_argument("--figcheck", type=pathlib.Path, default=DEFAULT_FIGCHECK)
    p.add_argument("--work", type=pathlib.Path, default=pathlib.Path("/tmp/figcheck-restatements"))
    p.add_argument("--seed", type=int, default=23)
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--limit", type=int, help="plant into this many pairs only (a sample)")
    p.add_argument("--tsv", type=pathlib.Path, help="write one result row per pair")
    p.add_argument("--diagnose", action="store_true",
                   help="extract the claims of missed pairs and name the key fields that differ")
    p.add_argument("--max-similarity", type=float, default=0.8)
    p.add_argument("--left-context", type=int, default=12)
    p.add_argument("--min-shared", type=int, default=2)
    p.add_argument("--max-rate-gap", type=float, default=1.0,
                   help="growth rates stated with the two figures differ by at most this (points)")
    p.add_argument("--undated-days", type=int, default=62,
                   help="at most this many days apart when a sentence names no year or month")
    p.add_argument("--sample", type=int, help="print N random pairs to judge, then stop")
    p.add_argument("--sample-out", type=pathlib.Path,
                   help="write the sample as TSV (ids and figures) for the verdicts")
    p.add_argument("--annotations", type=pathlib.Path,
                   default=HERE / "annotations" / "restatement_sample.tsv",
                   help="hand verdicts per pair; pairs judged false are not planted")
    p.add_argument("--check-arg", action="append", default=[],
                   help="pass this argument on to figcheck check (repeatable), "
                        "e.g. --check-arg=--min-precision=low")
    return p.parse_args()


def read_stories(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


WORK_MARK = ".restatements-work"


def prepare_work_folder(work):
    """Empties the work folder of an earlier run; refuses a folder this script did not make."""
    if work.exists() and any(work.iterdir()) and not (work / WORK_MARK).exists():
        sys.exit(f"{work}: not empty and not an earlier work folder of this script (--work)")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    (work / WORK_MARK).touch()


def measure(pairs, stories, args):
    verdicts = read_verdicts(args.annotations)
    kept = [p for p in pairs if verdicts.get(p.pair_id) != "false"]
    chosen = kept if args.limit is None else \
        random.Random(args.seed).sample(kept, min(args.limit, len(kept)))
    prepare_work_folder(args.work)
    planted = [p for p in (plant(pair, args.seed) for pair in chosen) if p]
    unplantable = sorted({p.pair_id for p in chosen} - {p.restatement.pair_id for p in planted})
    story_pairs = sorted({(p.restatement.first.story, p.restatement.second.story)
                          for p in planted})
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        outcomes = list(pool.map(
            lambda p: check_planted(p, stories, args.figcheck, args.work, args.check_arg),
            planted))
        controls = dict(pool.map(
            lambda s: check_control(s, stories, args.figcheck, args.work, args.check_arg),
            story_pairs))
    print_found(pairs, verdicts, unplantable, stories)
    print_recall(outcomes)
    print_controls(controls, stories)
    print_misses(outcomes, stories, args.figcheck, args.diagnose)
    if args.tsv:
        write_results(args.tsv, outcomes, controls, stories)


def main():
    args = parse_args()
    stories = read_stories(args.corpus)
    pairs = find_restatements(stories, args)
    if args.sample:
        show_sample(pairs, stories, args)
    else:
        if not args.figcheck.exists():
            sys.exit(f"{args.figcheck}: no such figcheck binary (--figcheck)")
        measure(pairs, stories, args)


if __name__ == "__main__":
    main()
