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

/** An estimate as a source states it ("about 4,700", "10,000–12,000"), or short for a label ("~4.7k", "10k–12k"). @internal */
export function stated(estimate: Estimate, locale: string, short = false): string {
  return formatEstimate(estimate, short ? { locale, style: "compact" } : { locale });
}

/** A number on an axis, short: "10k", "$5B", "40%". @internal */
export function tickText(value: number, unit: string, locale: string): string {
  return formatEstimate({ kind: "exact", value, unit }, { locale, style: "compact" });
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

/** The first and last day of an EDTF time as day numbers; `null` for an open or unknown end. @internal */
export function periodDays(edtf: string): { start: number | null; end: number | null } {
  const read = parsePeriod(edtf);
  if (!read.ok) return { start: null, end: null };
  const { earliest, latest } = boundsOf(read.value);
  return { start: earliest === null ? null : (isoDayNumber(earliest) ?? null), end: latest === null ? null : (isoDayNumber(latest) ?? null) };
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
