// Runs Recognizers-Text (Chinese culture: number, percentage and currency models) over every
// .txt/.md file under a folder and prints one JSON line: files, bytes, seconds, MB/s, results,
// peak RSS. Usage: node recognize.mjs DIR
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const Recognizers = createRequire(import.meta.url)("@microsoft/recognizers-text-suite");

function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (name.endsWith(".txt") || name.endsWith(".md")) out.push(full);
  }
  return out;
}

const culture = Recognizers.Culture.Chinese;
const models = [Recognizers.recognizeNumber, Recognizers.recognizePercentage,
  Recognizers.recognizeCurrency];
const texts = walk(process.argv[2], []).map((file) => readFileSync(file, "utf8"));
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
let results = 0;
let peak = process.memoryUsage().rss;
const started = process.hrtime.bigint();
for (const text of texts) {
  for (const recognize of models) results += recognize(text, culture).length;
  peak = Math.max(peak, process.memoryUsage().rss);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ files: texts.length, bytes, seconds, mb_per_s: bytes / 1e6 / seconds,
  results, peak_rss_mb: peak / 1048576 }));
