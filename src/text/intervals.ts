/**
 * Confidence intervals of a figure: "3,000 deaths (95% CI 2,500–3,500)", "(CI: 2,500 to
 * 3,500)", "(95% confidence interval 2,500, 3,500)", each the range it gives with the figure as
 * its best value; the level ("95%") is no figure, and an interval that belongs to no figure
 * ("The 95% CI was 2,500–3,500") is skipped with it.
 * @internal
 */
import { fail, isFail, key, tokAt } from "./context.js";
import type { Ctx, Fail, Val } from "./context.js";
import type { Core } from "./ranges.js";
import { value } from "./value.js";

/** Words after a confidence level that name its interval: "95% CI", "90% confidence interval". */
const INTERVAL_WORDS: ReadonlySet<string> = new Set(["ci", "cri", "ui", "confidence", "credible", "uncertainty", "credibility"]);
/** Short names of an interval that name it with no level before them: "(CI 2,500–3,500)". */
const INTERVAL_NAMES: ReadonlySet<string> = new Set(["ci", "cri", "ui"]);

/** The token after the sign of a share at `k` ("%", "percent", "per cent"), or -1 for none. */
function pastPercent(c: Ctx, k: number): number {
  const w = key(c, k);
  if (w === "%" || w === "percent") return k + 1;
  return w === "per" && key(c, k + 1) === "cent" ? k + 2 : -1;
}

/** The first word of an interval's name after a confidence level at `k` ("95% CI", "95 per cent confidence interval"), or -1 for none. */
function levelWords(c: Ctx, k: number): number {
  if (tokAt(c, k)?.kind !== "num") return -1;
  const w = pastPercent(c, k + 1);
  return w >= 0 && INTERVAL_WORDS.has(key(c, w)) ? w : -1;
}

/** Whether a confidence level starts at `k`: a share and a word of an interval ("95% CI"). @internal */
export function isLevel(c: Ctx, k: number): boolean {
  return levelWords(c, k) >= 0;
}

/**
 * The first word of the name of an interval at `k`, with or without its level: "95% CI", "CI",
 * "confidence interval", "uncertainty interval"; -1 for none. @internal
 */
export function intervalWordsAt(c: Ctx, k: number): number {
  const w = key(c, k);
  if (INTERVAL_NAMES.has(w)) return k;
  if (INTERVAL_WORDS.has(w)) return key(c, k + 1) === "interval" || key(c, k + 1) === "intervals" ? k : -1;
  return levelWords(c, k);
}

/** The token after the words of an interval at `k` ("CI", "confidence interval", "CI:"). */
function pastIntervalWords(c: Ctx, k: number): number {
  let j = k + 1;
  if (key(c, j) === "interval" || key(c, j) === "intervals") j++;
  return key(c, j) === ":" || key(c, j) === "," || key(c, j) === "=" ? j + 1 : j;
}

/** The ends of an interval at `j`: "2,500–3,500", "2,500 to 3,500", "between 2,500 and 3,500", and in brackets "2,500, 3,500". */
function ends(c: Ctx, j: number, close: string): { a: Val; b: Val } | undefined {
  const between = key(c, j) === "between" || key(c, j) === "from";
  const a = value(c, between ? j + 1 : j, true);
  if (a === undefined || isFail(a)) return undefined;
  const sep = key(c, a.end);
  const joined = between ? sep === (key(c, j) === "from" ? "to" : "and") : sep === "-" || sep === "to" || (sep === "," && close !== "");
  const b = joined ? value(c, a.end + 1, true) : undefined;
  return b === undefined || isFail(b) ? undefined : { a, b };
}

/**
 * The interval of a figure after it, at `k` (the first word of the interval's name), closed by
 * `close` (")", "]", or "" for one set off by a comma): "3,000 deaths (95% CI 2,500–3,500)" is the
 * range 2,500–3,500 with 3,000 as its best value. The level is no figure. An interval that does
 * not read whole, or a figure that already has a range or a bound, skips the figure and its
 * interval. `named` is false where `k` is already the first token of the ends (see
 * `bracketRangeAt`). @internal
 */
export function interval(c: Ctx, cr: Core, k: number, bounded: boolean, close: string, named = true): Core | Fail {
  const j = named ? pastIntervalWords(c, k) : k;
  const e = ends(c, j, close);
  const skip = close === "" ? (e?.b.end ?? j + 1) : pastClose(c, j, close);
  if (e === undefined || (close !== "" && key(c, e.b.end) !== close)) return fail("incomplete-range", skip);
  const { a, b } = e;
  if (bounded || cr.high !== undefined || cr.best !== undefined || a.pct !== cr.low.pct || b.pct !== cr.low.pct) return fail("incomplete-range", skip);
  if (a.currency !== cr.low.currency || b.currency !== cr.low.currency || a.v > b.v) return fail("incomplete-range", skip);
  return { low: { ...cr.low, v: a.v }, high: { ...cr.low, v: b.v }, end: close === "" ? b.end : b.end + 1, dash: false, best: cr.low.v };
}

/** Words between a confidence level and its interval: "the 95% CI was 2,500–3,500". */
const LEVEL_LINKS: ReadonlySet<string> = new Set(["was", "is", "were", "of", "from", "ranged", "ranges", "ranging"]);

/**
 * The token after a confidence level at `k` and the interval that goes with it ("95% CI was
 * 2,500–3,500"), which belongs to no figure there and is skipped with it. @internal
 */
export function pastLevel(c: Ctx, k: number): number {
  const w = levelWords(c, k);
  let j = pastIntervalWords(c, w < 0 ? k + 2 : w);
  if (LEVEL_LINKS.has(key(c, j))) j++;
  const a = value(c, j, true);
  if (a === undefined || isFail(a)) return j;
  const sep = key(c, a.end);
  const b = sep === "-" || sep === "to" ? value(c, a.end + 1, true) : undefined;
  return b === undefined || isFail(b) ? a.end : b.end;
}

/** The token after the `close` mark that ends a parenthesis around `k`, within a few tokens; `k` + 1 for none. */
function pastClose(c: Ctx, k: number, close: string): number {
  for (let j = k; j < k + 10; j++) if (key(c, j) === close) return j + 1;
  return k + 1;
}

/** Marks and words between an interval's name and its ends: "CI: 2,500–3,500", "the CI was 2,500–3,500". */
const NAME_LINKS: ReadonlySet<string> = new Set([...LEVEL_LINKS, ":", ",", "="]);

/**
 * Whether the figure at `i` is the interval named right before it with no level ("The CI was
 * 2,500–3,500", "UI: 2,500–3,500"): it belongs to no figure there, and is skipped as a level's
 * interval is. @internal
 */
export function isNamedInterval(c: Ctx, i: number): boolean {
  const k = NAME_LINKS.has(key(c, i - 1)) ? i - 2 : i - 1;
  const w = key(c, k);
  if (INTERVAL_NAMES.has(w)) return true;
  return (w === "interval" || w === "intervals") && INTERVAL_WORDS.has(key(c, k - 1));
}

/** Words in brackets after a figure that name the range it lies in, with no level: "(range 2,500–3,500)", "(IQR …)", "(uncertainty …)". */
const RANGE_NAMES: ReadonlySet<string> = new Set(["range", "iqr", "uncertainty"]);
/** Marks after the name of a range in brackets: "(range: 2,500–3,500)". */
const NAME_MARKS: ReadonlySet<string> = new Set([":", ",", "="]);

/**
 * The first token of the ends of a range in brackets right after a figure, at `k` past the
 * bracket, closed by `close`: past its name ("(range 2,500–3,500)", "(range: 2,500 to 3,500)",
 * "(IQR 2,500-3,500)", "(uncertainty 2,500–3,500)"), at "between" or "from" ("(between 2,500 and
 * 3,500)"), or at a bare range of two numbers that closes the bracket and is no pair of years
 * ("3,000 deaths (2,500–3,500)"); -1 for none. Read with `interval`, the range holds the figure
 * as its best value, or skips both. @internal
 */
export function bracketRangeAt(c: Ctx, k: number, close: string): number {
  const w = key(c, k);
  if (RANGE_NAMES.has(w)) {
    const j = NAME_MARKS.has(key(c, k + 1)) ? k + 2 : k + 1;
    return tokAt(c, j)?.kind === "num" || ((key(c, j) === "between" || key(c, j) === "from") && tokAt(c, j + 1)?.kind === "num") ? j : -1;
  }
  if ((w === "between" || w === "from") && tokAt(c, k + 1)?.kind === "num") return k;
  if (tokAt(c, k)?.kind !== "num") return -1;
  const e = ends(c, k, close);
  return e !== undefined && key(c, e.b.end) === close && !e.a.yearLike && !e.b.yearLike ? k : -1;
}
