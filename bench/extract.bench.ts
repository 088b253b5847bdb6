/**
 * Throughput of extractEstimates on news-style text, and the time ratio of
 * 1 MB to 100 KB of adversarial input: a linear reader stays near 10.
 * Run with `npx tsx bench/extract.bench.ts`.
 */
import { extractEstimates } from "../src/text/extract.js";

/** News-style sentences, each with figures in it. */
export const NEWS = [
  "An estimated 4,700 North Korean soldiers have suffered casualties, including approximately 600 deaths.",
  "Between January and March, around 2,000 injured soldiers were repatriated via air and rail.",
  "Initial estimates suggested that North Korea sent 10,000-12,000 troops to Russia in the previous fall.",
  "The value of military supplies exchanged is estimated in the billions, officials said on 30 April 2025.",
  "Russia fires more than 10,000 shells a day; Ukraine fires some 2,000 to 3,000 on a good day.",
  "Up to $5.5bn in aid was pledged, while the KN-23 and Hwasong-11 missiles were used in 2024.",
];

/** The adversarial patterns of the linearity check. */
export const PATTERNS: Readonly<Record<string, string>> = {
  "digits and separators": "1,234,567.89 000 1.2.3,,4 ",
  "long digit run": "9876543210",
  "repeated hedges": "about approximately some nearly around ",
  "between between": "between ",
  "nested dashes": "1-2–3—4-5 - - – ",
  "bounds and ranges": "at least up to more than 10 to 12 or 13-14 between 5 and ",
  "spelled numbers": "two hundred and fifty thousand three-thousand a dozen half a million ",
  "zero-width spaces, no whitespace": "about\u200b4,700\u200btroops\u200band\u200bmore\u200bthan\u200b30\u200bwounded\u200b",
  "no separator at all": "about4,700troops,1,00,000-2½million;",
  "Indian grouping and fractions": "1,00,000 2,50,00,000 2½ 2 1/2 1,2 ",
  "framing and increments": "the some another a further 3,000 more the all only ",
};

/** `pattern` repeated to `bytes` characters. */
export function fill(pattern: string, bytes: number): string {
  return pattern.repeat(Math.ceil(bytes / pattern.length)).slice(0, bytes);
}

/** The median time in ms of `runs` calls of extractEstimates on `text`. */
export function medianMs(text: string, runs: number): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    extractEstimates(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** The 1 MB / 100 KB time ratio of a pattern. */
export function linearityRatio(pattern: string, runs = 3): number {
  const small = fill(pattern, 100_000);
  const large = fill(pattern, 1_000_000);
  extractEstimates(small); // warm up
  // The fastest run of each: other work on the machine only ever adds time.
  return minMs(large, runs) / minMs(small, runs * 3);
}

/** The fastest of `runs` calls of extractEstimates on `text`, in ms. */
export function minMs(text: string, runs: number): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    extractEstimates(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function main(): void {
  const news = fill(NEWS.join(" ") + " ", 2_000_000);
  extractEstimates(news.slice(0, 100_000));
  const ms = medianMs(news, 5);
  const found = extractEstimates(news).length;
  console.log(`news-style text: ${(news.length / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms = ${(news.length / 1e6 / (ms / 1000)).toFixed(1)} MB/s (${found} estimates)`);
  for (const [name, pattern] of Object.entries(PATTERNS)) {
    console.log(`${name.padEnd(34)} 1 MB / 100 KB time ratio: ${linearityRatio(pattern).toFixed(2)}`);
  }
  // memory: 50 MB separated only by zero-width spaces is read a block at a time
  const zw = fill(`${"the\u200bfront\u200bmoved\u200bagain\u200b".repeat(40)}about\u200b4,700\u200btroops\u200b`, 50_000_000);
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const n = extractEstimates(zw).length;
  const grew = (process.memoryUsage().rss - before) / 1e6;
  console.log(`50 MB with zero-width spaces only: ${n} estimates in ${(performance.now() - t0).toFixed(0)} ms, memory grew ${grew.toFixed(0)} MB`);
}

if (process.argv[1]?.endsWith("extract.bench.ts")) main();
