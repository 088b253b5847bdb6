// Figures, units and periods in words, through the library's own formatting
// (formatEstimate, describePeriod), for labels and descriptions. Not exported
// from the package.

import { pluralNoun } from "../_lib/nouns.js";
import { formatEstimate } from "../estimate/format.js";
import type { Estimate } from "../estimate/schema.js";
import { boundsOf } from "../time/bounds.js";
import { describePeriod } from "../time/describe.js";
import { parsePeriod } from "../time/edtf.js";
import { isoDayNumber } from "../revision/clock.js";

/** Values from here up are written in scientific notation on a chart: the compact style has no word past trillions ("1000T"). */
const HUGE = 1e15;

/** The numbers an estimate writes: its value, ends or bound, and its best value. */
function numbersOf(e: Estimate): number[] {
  const best = e.best === undefined ? [] : [e.best];
  if (e.kind === "range") return [e.low, e.high, ...best];
  return e.kind === "magnitude" ? best : [e.value, ...best];
}

/** Whether the compact style (three significant digits) writes `v` as itself: 12,000 is "12k", but 12,345 is not "12.3k". */
function lossless(v: number): boolean {
  return Number(v.toPrecision(3)) === v;
}

/** A number in scientific notation, at most three significant digits, with whether that is the number itself. */
function scientific(v: number, locale: string): { text: string; exact: boolean } {
  return { text: new Intl.NumberFormat(locale, { notation: "scientific", maximumSignificantDigits: 3 }).format(v), exact: lossless(v) };
}

/** A label for an estimate with a value of 1e15 or more: scientific, "≈" before a number it rounds, "~" for an approximate figure. */
function hugeLabel(e: Estimate, locale: string): string {
  const hedged = e.kind === "approx" || ("approx" in e && e.approx === true);
  const sci = (v: number) => scientific(v, locale);
  const [first, second] = e.kind === "range" ? [sci(e.low), sci(e.high)] : e.kind === "magnitude" ? [undefined, undefined] : [sci(e.value), undefined];
  const rounded = [first, second].some((n) => n !== undefined && !n.exact);
  const mark = hedged ? "~" : rounded ? "≈" : "";
  const unit = /^[A-Z]{3}$/.test(e.unit) ? ` ${e.unit}` : "";
  const best = e.best === undefined || (e.kind !== "range" && e.kind !== "atLeast" && e.kind !== "atMost") ? "" : ` (~${sci(e.best).text})`;
  const words = e.kind === "atLeast" ? (e.strict ? ">" : "≥") : e.kind === "atMost" ? (e.strict ? "<" : "≤") : "";
  if (first === undefined) return formatEstimate(e, { locale, style: "compact" });
  return `${words}${mark}${first.text}${second === undefined ? "" : `–${second.text}`}${unit}${best}`;
}

/**
 * An estimate as a source states it ("about 4,700", "10,000–12,000"), or
 * short for a label. A short label is compact ("~4.7k", "10k–12k") only where
 * that writes the figure as it is, or the figure is approximate and says so;
 * an exact 12,345 is "12,345", never "12.3k". From 1e15 up it is scientific
 * ("1E300"), with "≈" before a number it rounds. @internal
 */
export function stated(estimate: Estimate, locale: string, short = false): string {
  if (!short) return formatEstimate(estimate, { locale });
  const values = numbersOf(estimate);
  if (values.some((v) => Math.abs(v) >= HUGE)) return hugeLabel(estimate, locale);
  const hedged = estimate.kind === "approx" || ("approx" in estimate && estimate.approx === true);
  const sound = hedged ? estimate.best === undefined || lossless(estimate.best) : values.every(lossless);
  return formatEstimate(estimate, sound ? { locale, style: "compact" } : { locale });
}

/** A number on an axis, short: "10k", "$5B", "40%"; the whole number where the short form would round it, and scientific ("2E300") from 1e15 up. @internal */
export function tickText(value: number, unit: string, locale: string): string {
  if (Math.abs(value) >= HUGE) return scientific(value, locale).text;
  return formatEstimate({ kind: "exact", value, unit }, { locale, style: lossless(value) ? "compact" : "stated" });
}

/** A unit as a reader names it on an axis: "people", "USD", "share", "unit not stated". @internal */
export function unitWords(unit: string): string {
  if (unit === "unknown") return "unit not stated";
  if (unit === "1") return "share";
  if (/^[A-Z]{3}$/.test(unit) || unit === "percent") return unit;
  const [noun = unit, per] = unit.split("/");
  return `${pluralNoun(noun)}${per === undefined ? "" : ` per ${per}`}`;
}

/** An EDTF time in words ("autumn 2024", "January–March 2025"); the EDTF itself if it does not read. @internal */
export function periodWords(edtf: string): string {
  const read = parsePeriod(edtf);
  return read.ok ? describePeriod(read.value) : edtf;
}

/** A knowledge time in words, its time of day kept: "30 April 2025", "12:00:00 on 30 April 2025", "09:30 UTC on 1 May 2025". @internal */
export function knownWords(edtf: string): string {
  const at = /^([^T]+)T(.+)$/.exec(edtf);
  if (at === null) return periodWords(edtf);
  const time = (at[2] as string).replace(/Z$/, " UTC");
  return `${time} on ${periodWords(at[1] as string)}`;
}

/**
 * The first and last day of an EDTF time as day numbers; `null` for an open end (`..`: no
 * end) and for an unknown one (nothing: `2024/`), which is a day not known: `unknown` names
 * that side, so that a chart never draws it as running on. @internal
 */
export function periodDays(edtf: string): { start: number | null; end: number | null; unknown?: "start" | "end" } {
  const read = parsePeriod(edtf);
  if (!read.ok) return { start: null, end: null };
  const { earliest, latest } = boundsOf(read.value);
  const days = { start: earliest === null ? null : (isoDayNumber(earliest) ?? null), end: latest === null ? null : (isoDayNumber(latest) ?? null) };
  const p = read.value;
  if (p.kind !== "interval") return days;
  return p.start.kind === "unknown" ? { ...days, unknown: "start" } : p.end.kind === "unknown" ? { ...days, unknown: "end" } : days;
}

/** A list in English: "a", "a and b", "a, b and c". @internal */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] as string}`;
}

/** "1 entry", "3 entries". @internal */
export function counted(n: number, one: string, many = pluralNoun(one)): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}
