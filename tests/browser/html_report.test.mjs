// Opens figcheck's HTML report in Debian's chromium through playwright-core and checks what an
// editor relies on: it loads from disk, no script from an article runs, the filters and the
// search change the visible rows, a finding expands to its evidence with the figure marked, and
// a report with 20,000 findings is interactive within 2 seconds.
// node html_report.test.mjs FIGCHECK GENERATOR SOURCE_DIR WORK_DIR [SCREENSHOT.png]
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [figcheck, generator, source, work, screenshot] = process.argv.slice(2);
const CHROMIUM = "/usr/bin/chromium";
const SKIP = 77;  // ctest's SKIP_RETURN_CODE
let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch {
  console.log("playwright-core is not installed (npm ci in tests/browser): skipped");
  process.exit(process.env.FIGCHECK_REQUIRE_BROWSER ? 1 : SKIP);
}
if (!existsSync(CHROMIUM)) {
  console.log(`${CHROMIUM} not found (apt-get install chromium): skipped`);
  process.exit(process.env.FIGCHECK_REQUIRE_BROWSER ? 1 : SKIP);
}

const failures = [];
function check(condition, what) {
  if (!condition) failures.push(what);
  console.log(`${condition ? "ok  " : "FAIL"} ${what}`);
}

function report(args, output) {
  const run = spawnSync(figcheck, ["check", ...args, "--format", "html", "-o", output],
    { encoding: "utf8" });
  if (run.status !== 0 && run.status !== 1) throw new Error(`figcheck: ${run.stderr}`);
  return pathToFileURL(output).href;
}

mkdirSync(work, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--no-first-run"],
});

async function open(url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.dialogs = [];
  page.requests = [];
  page.on("dialog", (dialog) => { page.dialogs.push(dialog.message()); dialog.dismiss(); });
  page.on("request", (request) => {
    if (!request.url().startsWith("file:")) page.requests.push(request.url());
  });
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]", { timeout: 10000 });
  return page;
}

const visibleRows = (page) => page.locator("#rows tr.finding").count();

try {
  // Hostile article text renders as text.
  const hostile = await open(report([path.join(source, "fixtures/reports")],
    path.join(work, "hostile.html")));
  check(await hostile.evaluate(() => window.__figcheckPwned === undefined),
    "no script from an article ran");
  check(hostile.dialogs.length === 0, "no dialog opened");
  check(await hostile.locator("img").count() === 0, "no <img> from an article became markup");
  check(hostile.requests.length === 0, `no network request (${hostile.requests.join(", ")})`);
  check(await visibleRows(hostile) === 2, "two findings listed");
  await hostile.locator("#rows tr.finding").first().click();
  const evidence = hostile.locator("tr.detail .ev");
  check(await evidence.count() === 2, "a conflict expands to both sentences side by side");
  check((await evidence.first().locator(".sentence").innerText()).includes(
    "\"><img src=x onerror="), "the hostile sentence shows as text");
  check(await evidence.first().locator("mark").innerText() === "386.7亿元", "the figure is marked");
  await hostile.selectOption("#severity", "warning");
  check(await visibleRows(hostile) === 1, "the severity filter leaves the warning");
  await hostile.selectOption("#severity", "");
  await hostile.fill("#search", "368.7");
  check(await visibleRows(hostile) === 1, "the search finds the other figure");
  await hostile.fill("#search", "</script>");
  check(await visibleRows(hostile) === 1, "searching for </script> finds the passage as text");
  check(await hostile.evaluate(() => window.__figcheckPwned === undefined),
    "still no script ran after expanding and searching");

  // 20,000 findings: generated pairs of articles, each with one conflict and one duplicate.
  const corpus = path.join(work, "corpus-20000");
  rmSync(corpus, { recursive: true, force: true });
  const planted = JSON.parse(execFileSync(generator, ["--articles", "20000", "--out", corpus,
    "--conflict-every", "1", "--duplicate-every", "1"], { encoding: "utf8" }));
  const bigUrl = report([corpus, "--jobs", "2"], path.join(work, "large.html"));
  const started = Date.now();
  const big = await open(bigUrl);
  await big.selectOption("#rule", "duplicated-passage");
  await big.waitForFunction(() =>
    document.querySelector("#rows tr.finding").dataset.rule === "duplicated-passage");
  const elapsed = Date.now() - started;
  const expected = planted.planted.conflict + planted.planted.duplicate;
  const shown = await big.locator("#count").innerText();
  check(expected === 20000, `the corpus plants 20,000 faults (${expected})`);
  check(shown.includes("共 10000 条"), `the rule filter leaves 10,000 findings (${shown})`);
  await big.selectOption("#rule", "");
  check((await big.locator("#count").innerText()).includes("共 20000 条"),
    "all 20,000 findings are listed");
  check(await visibleRows(big) === 100, "one page of 100 rows is rendered");
  check(elapsed < 2000, `20,000 findings: loaded and filtered in ${elapsed} ms (< 2000)`);

  if (screenshot) {
    const page = await open(report([path.join(source, "fixtures/check")],
      path.join(work, "screenshot.html")));
    await page.locator("#rows tr.finding").first().click();
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`screenshot: ${screenshot}`);
  }
} finally {
  await browser.close();
}
if (failures.length) {
  console.log(`${failures.length} check(s) failed`);
  process.exit(1);
}
