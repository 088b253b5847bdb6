// What the lint rules read: the dataset, its claims with their sources in
// place, the days of their times, and the revision histories and their
// contradictions, each computed once, when a rule first asks. Not exported
// from the package.

import { countsPeople } from "../../claim/measures.js";
import type { Claim } from "../../claim/schema.js";
import { readInterval } from "../../estimate/read.js";
import type { Finding } from "../../revision/contradictions.js";
import { findContradictions } from "../../revision/contradictions.js";
import { civilOfDay, hasUnspecifiedText, periodDays } from "../../revision/clock.js";
import type { RevisionHistory } from "../../revision/history.js";
import { periodRange } from "../../time/bounds.js";
import { daysInMonth } from "../../time/calendar.js";
import { parsePeriod } from "../../time/edtf.js";
import { plainDate } from "../../time/edtf-read.js";
import type { PeriodTypes } from "../../time/shapes.js";
import { namedIn } from "../resolve.js";
import type { Named } from "../resolve.js";
import type { Dataset } from "../schema.js";
import type { JsonPath } from "../sections.js";
import { checkedHistories } from "./histories.js";

/** What a rule found: where, and what, in words that name the figures. @internal */
export interface RawFinding {
  readonly path: JsonPath;
  readonly message: string;
}

/**
 * The first and last day a time allows, as sortable numbers (`year·10⁴ + month·100 + day`);
 * ±Infinity for an open end (`..`), and for an unknown one (nothing: `2024/`), which is a
 * day not known. A rule compares them only to report what is so whatever that day is (an
 * unknown end never makes a finding it might not be), and says which kind of end it met
 * where the kind matters (see {@link unknownEnd}). @internal
 */
export type Days = readonly [first: number, last: number];

/** Which end of an EDTF interval is unknown (written as nothing: `2024/`, `/2025`), if one is: a day not known, unlike an open end (`..`). @internal */
export function unknownEnd(edtf: string): "start" | "end" | undefined {
  if (!edtf.includes("/")) return undefined;
  const read = parsePeriod(edtf);
  if (!read.ok || read.value.kind !== "interval") return undefined;
  return read.value.start.kind === "unknown" ? "start" : read.value.end.kind === "unknown" ? "end" : undefined;
}

/** A sortable number for a calendar day (a negative year for a day before year 0). */
function dayKey(date: Date): number {
  return date.getFullYear() * 10_000 + (date.getMonth() + 1) * 100 + date.getDate();
}

/** The days of a plain date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), as most times are written: no `Date` is made. */
function plainDays(date: PeriodTypes["date"]): Days {
  const year = date.year * 10_000;
  if (date.precision === "year") return [year + 101, year + 1231];
  const month = year + (date.month as number) * 100;
  if (date.precision === "month") return [month + 1, month + daysInMonth(date.year, date.month as number)];
  return [month + (date.day as number), month + (date.day as number)];
}

/** The day in UTC of a date with a time of day, as the knowledge clock reads it: "2022-03-12T01:00:00+03:00" is 11 March. */
function utcDays(date: PeriodTypes["date"]): Days {
  const { year, month, day } = civilOfDay(periodDays(date).first as number);
  const key = year * 10_000 + month * 100 + day;
  return [key, key];
}

/** The days of an EDTF time that a parsed dataset holds; a date with a time of day, its day in UTC. @internal */
export function daysOf(edtf: string): Days {
  const plain = plainDate(edtf);
  if (plain !== undefined) return plainDays(plain);
  const read = parsePeriod(edtf);
  if (!read.ok) return [-Infinity, Infinity]; // a parsed dataset holds only times that read
  if (read.value.kind === "date" && read.value.time !== undefined) return utcDays(read.value);
  const [earliest, latest] = periodRange(read.value);
  return [earliest === null ? -Infinity : dayKey(earliest), latest === null ? Infinity : dayKey(latest)];
}

/**
 * Whether a claim of a parsed dataset can take its place in a revision history, as
 * `revisionHistory` would take it: its report time has a last day (one with none is never
 * known), its figure is not a count of people below zero and its valid time has no
 * unspecified digits (`20XX`, which a history cannot place): `invalid-interval` reports all three.
 * @internal
 */
export function placeable(claim: Claim): boolean {
  return daysOf(claim.reportedAt)[1] !== Infinity && !(countsPeople(claim.indicator) && readInterval(claim.estimate).low < 0) && !hasUnspecifiedText(claim.validTime);
}

/** The options every rule reads. @internal */
export interface RuleSettings {
  /** The measures whose stocks are running totals. */
  readonly cumulativeMeasures: readonly string[];
}

/** What the rules read; everything past the dataset is computed once, on first use. @internal */
export interface RuleContext {
  readonly dataset: Dataset;
  readonly settings: RuleSettings;
  /** The sources, parties and claims of the dataset by id. */
  readonly named: Named;
  /** The claims with their sources in place, in the dataset's order. */
  readonly claims: readonly Claim[];
  /** Claim ids to their index. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** The days of each claim's valid time and report time. */
  days(i: number): { readonly valid: Days; readonly reported: Days };
  /** The revision histories of the claims that can be placed on both clocks. */
  histories(): readonly RevisionHistory[];
  /** The contradictions of every history, cumulative ones for the running totals. */
  contradictions(): readonly Finding[];
}

/** Whether a claim is one of a running total: a stock of a cumulative measure. @internal */
export function isCumulative(c: Claim, settings: RuleSettings): boolean {
  return (c.indicator.aggregation ?? "stock") === "stock" && settings.cumulativeMeasures.includes(c.indicator.measure);
}

/** The context of the rules over a checked dataset. @internal */
export function ruleContext(dataset: Dataset, settings: RuleSettings): RuleContext {
  const named = namedIn(dataset);
  const claims = dataset.claims.map((c) => named.claims.get(c.id) as Claim);
  const indexOf = new Map(claims.map((c, i) => [c.id, i]));
  const dayCache = new Map<number, { valid: Days; reported: Days }>();
  const daysOfTime = new Map<string, Days>(); // a dataset repeats its dates many times over
  const timeDays = (edtf: string): Days => {
    let d = daysOfTime.get(edtf);
    if (d === undefined) daysOfTime.set(edtf, (d = daysOf(edtf)));
    return d;
  };
  let histories: RevisionHistory[] | undefined;
  let contradictions: Finding[] | undefined;
  const context: RuleContext = {
    dataset,
    settings,
    named,
    claims,
    indexOf,
    days(i) {
      let d = dayCache.get(i);
      if (d === undefined)
        dayCache.set(
          i,
          (d = {
            valid: timeDays((claims[i] as Claim).validTime),
            reported: timeDays((claims[i] as Claim).reportedAt),
          })
        );
      return d;
    },
    histories() {
      histories ??= checkedHistories(claims.filter(placeable));
      return histories;
    },
    contradictions() {
      contradictions ??= context.histories().flatMap((h) => {
        const originals = h.claims.filter((c) => c.restates === undefined);
        const cumulative = originals.length > 0 && originals.every((c) => isCumulative(c, settings));
        return findContradictions(h, { cumulative });
      });
      return contradictions;
    },
  };
  return context;
}
