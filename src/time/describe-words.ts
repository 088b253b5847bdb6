import { formatYear } from "./calendar.js";
import { DATE_PARTS } from "./edtf-write.js";
import type { DatePart } from "./edtf-write.js";
import type { IntervalEnd } from "./schema.js";
import type { Hemisphere } from "./seasons.js";

// A period that is not an interval, in English words, for `describePeriod`.
// Not exported from the package.

const MONTHS = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
] as const;

const SUBYEARS = { quarter: ["Q1", "Q2", "Q3", "Q4"], quadrimester: ["first third of", "second third of", "last third of"], semester: ["first half of", "second half of"] } as const;

/** A dated interval end or a period that is not an interval. @internal */
export type Point = Exclude<IntervalEnd, { kind: "open" | "unknown" }>;

/**
 * The words for EDTF's qualifiers, by their bits (1 uncertain `?`, 2 approximate `~`, 3 both `%`):
 * uncertain is "possibly" (the source is not sure it is that date), approximate is "about" (a date
 * near it), and both is "possibly about".
 */
const HEDGES = ["", "possibly", "about", "possibly about"] as const;

/** The years a season that runs into the next year spans: "2024–25", or "2099–2100" across a century. */
function yearsFrom(year: number): string {
  const next = year + 1;
  return year >= 1000 && Math.floor(year / 100) === Math.floor(next / 100) ? `${formatYear(year)}–${String(next).slice(-2)}` : `${formatYear(year)}–${formatYear(next)}`;
}

/** Whether a season, read in `hemisphere`, runs into the next year: northern winter, southern summer. */
function crossesYear(season: string, hemisphere: Hemisphere): boolean {
  return hemisphere === "south" ? season === "summer" : season === "winter";
}

/** Whether a point's words name more than its year: a season that runs into the next year names two. @internal */
export function namesTwoYears(p: Point, hemisphere: Hemisphere): boolean {
  return p.kind === "season" && crossesYear(p.season, p.hemisphere ?? hemisphere);
}

/** The parts a date's words show: an unspecified month or day is left out, as "2004" for `2004-XX`. */
function shownParts(p: Extract<Point, { kind: "date" }>): readonly DatePart[] {
  if (p.unspecified === "month" || p.unspecified === "month-and-day" || p.precision === "year") return ["year"];
  if (p.unspecified === "day" || p.precision === "month") return ["year", "month"];
  return DATE_PARTS;
}

/** The qualifier bits of one part of a date. */
function bits(p: Extract<Point, { kind: "date" }>, part: DatePart): number {
  return (p.uncertain?.[part] ? 1 : 0) | (p.approximate?.[part] ? 2 : 0);
}

/**
 * How a point is hedged: a word before it when every part it shows carries the same qualifier
 * (`2024-10?` is "possibly October 2024"), or, when its parts differ, words after it naming each
 * part (`2004-06~-11` is "11 June 2004 (year and month approximate)"). @internal
 */
export function hedgeOf(p: Point): { readonly before: string; readonly after: string } {
  if (p.kind !== "date") return { before: HEDGES[((p.uncertain ? 1 : 0) | (p.approximate ? 2 : 0)) as 0 | 1 | 2 | 3], after: "" };
  const parts = shownParts(p);
  const marks = parts.map((part) => bits(p, part));
  if (marks.every((m) => m === marks[0])) return { before: HEDGES[marks[0] as 0 | 1 | 2 | 3], after: "" };
  const groups = ([1, 2, 3] as const)
    .map((m) => {
      const named = parts.filter((_, i) => marks[i] === m);
      const word = m === 1 ? "uncertain" : m === 2 ? "approximate" : "uncertain and approximate";
      return named.length === 0 ? "" : `${named.join(named.length === 3 ? ", " : " and ").replace(/, (?=[^,]*$)/, " and ")} ${word}`;
    })
    .filter((g) => g !== "");
  return { before: "", after: ` (${groups.join("; ")})` };
}

/**
 * A point in words, hedged, its year left off when `withYear` is false. A season that runs into
 * the next year names both years ("winter 2024–25"), and a southern season says so ("southern
 * autumn 2024"): season words are read as northern. @internal
 */
export function pointWords(p: Point, hemisphere: Hemisphere, withYear = true, span = false): string {
  const { before, after } = hedgeOf(p);
  const year = withYear ? ` ${formatYear(p.year)}` : "";
  return `${before}${before === "" ? "" : " "}${bare(p, hemisphere, year, span)}${after}`;
}

/**
 * A point's words without its hedge. A date with `X` digits is one date whose X digits are not
 * known, and is named so, by the span its bounds give ("a day of April 1985", "a month of 2004",
 * "a year of the 2010s", "a year of 2000–2099"); with `span`, by the span alone ("April 1985").
 */
function bare(p: Point, hemisphere: Hemisphere, year: string, span: boolean): string {
  if (p.kind === "season") {
    const h = p.hemisphere ?? hemisphere;
    const name = `${h === "south" ? "southern " : ""}${p.season}`;
    return crossesYear(p.season, h) ? `${name} ${yearsFrom(p.year)}` : `${name}${year}`;
  }
  if (p.kind === "subyear") return `${SUBYEARS[p.unit][p.index - 1] ?? ""}${year}`;
  const one = span || p.unspecified === undefined ? "" : `a ${p.precision} of `;
  if (p.unspecified === "year-last-digit" || p.unspecified === "year-last-two-digits") {
    // "the 2000s" reads as the decade: a century, and a decade that starts one, are written as years
    const last = p.year + (p.unspecified === "year-last-digit" ? 9 : 99);
    return `${span ? "" : "a year of "}${p.unspecified === "year-last-digit" && p.year % 100 !== 0 ? `the ${formatYear(p.year)}s` : `${formatYear(p.year)}–${formatYear(last)}`}`;
  }
  const precision = shownParts(p).length;
  const month = MONTHS[(p.month ?? 1) - 1];
  if (precision === 3) return `${one}${p.day} ${month}${year}`;
  if (precision === 2) return `${one}${month}${year}`;
  return `${one}${formatYear(p.year)}`;
}

/**
 * Whether a point's words need its own year, and so cannot leave it to the other end of an
 * interval: words that are a year alone (a year, the 2010s, `2004-XX`), and the parts of a year
 * that end in "of" ("first half of 2025"). @internal
 */
export function keepsItsYear(p: Point): boolean {
  return (p.kind === "date" && shownParts(p).length === 1) || (p.kind === "subyear" && p.unit !== "quarter");
}
