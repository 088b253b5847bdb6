import { fail, isText, oneOf, show } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import { checkClaim } from "../claim/check.js";
import { keyOf } from "../claim/indicator-key.js";
import type { Claim } from "../claim/schema.js";
import type { Attribution } from "../provenance/schema.js";
import { add } from "../estimate/arithmetic.js";
import { exact } from "../estimate/constructors.js";
import type { Estimate } from "../estimate/schema.js";
import { DAY, isoDayNumber, periodDays, reportClock } from "../revision/clock.js";
import { boundsOf } from "../time/bounds.js";
import { parsePeriod } from "../time/edtf.js";
import type { RecordIssue } from "./error.js";
import { FogcountError } from "../errors.js";
import { upperBound } from "../revision/search.js";
import { throwIssues } from "./error.js";
import { readDates, readNumber, recordsOf } from "./records.js";
import type { PlainRecord } from "./records.js";
import type { SeriesOptions } from "./series.js";
import { seriesSettings } from "./settings.js";
import { unmappedFields } from "./unmapped.js";

/** Options for {@link importCorrections}: the series options, and the claims they correct. */
export interface CorrectionsOptions extends SeriesOptions {
  /** The claims of the series being corrected, as {@link importCumulativeSeries} made them (other claims are left as they are). */
  readonly series: readonly Claim[];
  /** The reason written on each deprecated claim; `"restated"` by default. */
  readonly reason?: string;
  /**
   * What a non-zero number in a field the options do not read means (a field
   * left out of `fields`, a misspelt `Tank`): `"error"` (the default), an
   * `invalid-record` error naming it, or `"ignore"`, left out as
   * {@link importCumulativeSeries} leaves out the fields it does not read.
   * `date`, `day`, the date fields and the hedge-marker fields are never
   * unknown; zeros and values that are not numbers are left out either way.
   */
  readonly unknownFields?: "error" | "ignore";
}

interface Live {
  readonly day: number;
  claim: Claim;
}

function startDay(text: string): number {
  const read = parsePeriod(text);
  const earliest = read.ok ? boundsOf(read.value).earliest : null;
  return earliest === null ? -Number.MAX_SAFE_INTEGER : (isoDayNumber(earliest) as number);
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/**
 * Applies a corrections file of signed deltas to a cumulative series: each
 * record is dated when a restatement was announced and holds, per value
 * field, how much the running total was restated by (`{ date: "2022-10-13",
 * APC: -25, … }`). A non-zero delta on date D restates the figure in force
 * just before D (the latest claim whose valid time starts before D): a new
 * claim for the same valid time, reported on D, states the figure plus the
 * delta, and the old claim is kept, marked `deprecated` with the reason and
 * `supersededBy` the new one. So `asOf` with a `known` before D still
 * returns the old figure, and from D on the restated one. Corrections apply
 * in the order they were announced (by day, then time of day in UTC: a day
 * without a time is its end, as a revision history's knowledge clock reads
 * it by default); a second correction of the same figure restates the first.
 * Two corrections at one time (`2022-10-13` and `2022-10-13T23:59:59Z`, or
 * `…T09:00:00+03:00` and `…T06:00:00Z`) cannot be ordered, and are an error.
 *
 * Returns every claim of `series` (the restated ones now deprecated), then
 * the new claims. Zero deltas change nothing. A non-zero number in a field
 * the options do not read (`personnel` left out of `fields`, a misspelt
 * `Tank`) is an error unless `unknownFields: "ignore"`: a correction is never
 * dropped without a word. A delta that is not whole cannot correct a figure
 * stated in whole numbers (a count of tanks).
 *
 * @category Import
 * @throws {FogcountError} `invalid-record` for a bad record, date or delta (naming `records[i].field`; a hole in a sparse array, a number that is not finite, a date that repeats the time of another or a period that overlaps another included), a non-zero number in a field the options do not read (unless `unknownFields: "ignore"`), a delta that is not whole for a figure in whole numbers, or a correction that restates a figure below zero; `unmatched-correction` for a delta with no earlier figure in the series; `invalid-claim` for a claim of `series` that is not one (naming `options.series[i]`); `duplicate-claim-id` for two claims of `series` with one id, or a restated claim whose id a claim of `series` has; `invalid-option` for options that are not an object, an option it does not take or one outside its domain; `invalid-measure` for a field's measure neither in `MEASURES` nor `namespace:name`; `invalid-argument` for an argument that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * const corrected = importCorrections([{ date: "2022-10-13", APC: -25 }], { ...apcOptions, series: apc });
 * corrected.find((c) => c.id === "ua:apc:2022-10-12")?.status;
 * //=> { kind: "deprecated", reason: "restated: -25 on 2022-10-13 (records[0].APC)", supersededBy: "ua:apc:2022-10-12:restated:2022-10-13" }
 */
export function importCorrections(records: unknown, options: CorrectionsOptions): Claim[] {
  return guarded("importCorrections", { records, options }, () => correct(records, options));
}

function correct(records: unknown, options: CorrectionsOptions): Claim[] {
  const where = "importCorrections";
  const settings = seriesSettings(where, options, ["series", "reason", "unknownFields"]);
  const reason = options.reason ?? "restated";
  if (!isText(reason)) fail(where, "options.reason", "must be non-empty text", reason, "invalid-option");
  const unknown = oneOf(where, "options.unknownFields", options.unknownFields ?? "error", ["error", "ignore"] as const);
  const keys = keysOf(options);
  const ids = new Map<string, number>();
  const live = liveFigures(where, options.series, keys, ids);
  const days = live.map((l) => l.map((e) => e.day));
  const list = recordsOf(where, records);
  const issues: RecordIssue[] = [];
  const dates = readDates(list, settings.dateField, issues, false);
  // Deltas are signed: a correction may lower a total.
  const deltas = list.map((raw, index) => {
    if (dates[index] === undefined) return [];
    if (unknown === "error") unmappedFields(raw as PlainRecord, index, options.fields, settings.dateField, settings.reportedField, issues);
    return options.fields.map((f) => readNumber(raw as PlainRecord, index, f.field, settings.missing, issues, true));
  });
  throwIssues(where, issues);
  const order = announcements(dates as string[], settings.dateField, issues);
  throwIssues(where, issues);

  const replaced = new Map<string, Claim>();
  const added: Claim[] = [];
  for (const { date, index, first } of order) {
    options.fields.forEach((field, k) => {
      const delta = deltas[index]?.[k];
      if (delta === undefined || delta === 0) return;
      const entries = live[k] as Live[];
      // the last figure for this field before the correction's day (days are whole numbers)
      const entry = entries[upperBound(days[k] as number[], first - 1, 0, entries.length) - 1];
      const path = `records[${index}].${field.field}`;
      if (entry === undefined) {
        throw new FogcountError(
          "unmatched-correction",
          `${where}: ${path}: a correction of ${signed(delta)} on ${date} has no earlier figure for ${JSON.stringify(keys[k])} in the series`,
          { path, date, delta, key: keys[k] },
        );
      }
      const [old, restated] = restate(entry.claim, delta, date, `${reason}: ${signed(delta)} on ${date} (${path})`, options.attribution);
      const lowest = lowestFigure(restated.estimate);
      const what = `${path}: a correction of ${signed(delta)} on ${date} restates ${show(entry.claim.estimate)} (${entry.claim.id})`;
      if (lowest < 0) throwIssues(where, [{ path, message: `${what} below zero, to ${lowest}: a count is never negative` }]);
      if (!Number.isInteger(delta) && isWhole(entry.claim.estimate)) {
        throwIssues(where, [{ path, message: `${what} to ${show(restated.estimate)}: a figure in whole numbers is a count, and a correction of a count is whole` }]);
      }
      const before = ids.get(restated.id);
      if (before !== undefined) {
        fail(where, path, `restates ${entry.claim.id} as ${JSON.stringify(restated.id)}, the id of options.series[${before}]`, delta, "duplicate-claim-id");
      }
      replaced.set(old.id, old);
      added.push(restated);
      entry.claim = restated;
    });
  }
  return [...options.series, ...added].map((c) => replaced.get(c.id) ?? c);
}

/** The indicator key of each field's claims, as {@link importCumulativeSeries} writes them. */
function keysOf(options: CorrectionsOptions): string[] {
  return options.fields.map((f) =>
    keyOf({
      indicator: { subject: options.subject, measure: f.measure, unit: f.unit, ...(f.scope !== undefined && { scope: f.scope }), ...(f.aggregation !== undefined && { aggregation: f.aggregation }) },
      attribution: options.attribution,
      modality: options.modality,
    }),
  );
}

/** The smallest number an estimate states (its value, ends and best), or 0 for none (a magnitude). */
function lowestFigure(e: Estimate): number {
  const stated = e as { value?: number; low?: number; high?: number; best?: number };
  return Math.min(stated.value ?? 0, stated.low ?? 0, stated.high ?? 0, stated.best ?? 0);
}

/** Whether every number an estimate states is whole (a magnitude states none): a count, as a series of counts publishes it. */
function isWhole(e: Estimate): boolean {
  const stated = e as { value?: number; low?: number; high?: number; best?: number };
  return [stated.value, stated.low, stated.high, stated.best].every((n) => n === undefined || Number.isInteger(n));
}

/** A figure restated by `delta` on `date`: the old claim deprecated, and the new one that supersedes it. */
function restate(target: Claim, delta: number, date: string, reason: string, attribution: Attribution): [Claim, Claim] {
  const restated: Claim = {
    id: `${target.id}:restated:${date}`,
    indicator: target.indicator,
    estimate: add(target.estimate, exact(delta, target.estimate.unit)),
    validTime: target.validTime,
    reportedAt: date,
    attribution,
    status: { kind: "normal" },
    text: `restated by ${signed(delta)} on ${date}`,
  };
  return [{ ...target, status: { kind: "deprecated", reason, supersededBy: restated.id } }, restated];
}

/**
 * The figures of the series in force, per field key, by the day their valid
 * time starts; each claim of `series` is checked (`invalid-claim` naming
 * `options.series[i]`) and its id noted in `ids` (`duplicate-claim-id` for
 * one seen before). Claims of other series and deprecated claims are left out.
 */
function liveFigures(where: string, series: readonly Claim[], keys: readonly string[], ids: Map<string, number>): Live[][] {
  if (!Array.isArray(series)) fail(where, "options.series", "must be an array of claims", series, "invalid-option");
  const live = keys.map(() => [] as Live[]);
  for (let i = 0; i < series.length; i++) {
    const { status } = checkClaim(where, `options.series[${i}]`, series[i]);
    const c = series[i] as Claim;
    const before = ids.get(c.id);
    if (before !== undefined) fail(where, `options.series[${i}].id`, `repeats the id of options.series[${before}]`, c.id, "duplicate-claim-id");
    ids.set(c.id, i);
    const k = keys.indexOf(keyOf(c));
    if (k >= 0 && status.kind !== "deprecated") live[k]?.push({ day: startDay(c.validTime), claim: c });
  }
  for (const l of live) l.sort((a, b) => a.day - b.day);
  return live;
}

/** When a correction was announced: its first and last day (in UTC for a time of day), and its second when it is one day. */
interface Announced {
  readonly date: string;
  readonly index: number;
  readonly first: number;
  readonly last: number;
  /**
   * The second since 1970-01-01T00:00:00 UTC, as the knowledge clock reads it (a day without
   * a time of day is its last second; a time's offset applied); undefined for more than a day.
   */
  readonly second: number | undefined;
}

/** Where an announcement sorts: its second, or (more than a day) the second before its first day. */
function sortSecond(a: Announced): number {
  return a.second ?? a.first * DAY - 1;
}

function announced(date: string, index: number): Announced {
  const read = parsePeriod(date);
  if (!read.ok) return { date, index, first: -Number.MAX_SAFE_INTEGER, last: Number.MAX_SAFE_INTEGER, second: undefined };
  // the days and the second the knowledge clock reads: a time of day in UTC ("2022-10-13T01:00:00+03:00" is 12 October), a day at its end
  const { first, last } = periodDays(read.value);
  const second = first !== null && first === last ? reportClock(read.value).knownFrom : undefined;
  return { date, index, first: first ?? -Number.MAX_SAFE_INTEGER, last: last ?? Number.MAX_SAFE_INTEGER, second };
}

/**
 * The corrections in the order they were announced, by day and time of day;
 * an issue for each that cannot be told apart from an earlier one: the same
 * day and time written two ways (`2022-10-13` and `2022-10-13T23:59:59Z`),
 * or a date of more than a day (a month) that overlaps another.
 */
function announcements(dates: readonly string[], dateField: string, issues: RecordIssue[]): Announced[] {
  const order = dates.map((date, index) => announced(date, index));
  order.sort((a, b) => sortSecond(a) - sortSecond(b) || a.index - b.index);
  let reach: Announced | undefined; // the earlier date that reaches furthest, one of more than a day on a tie
  let previous: Announced | undefined;
  for (const a of order) {
    const path = `records[${a.index}].${dateField}`;
    const at = (b: Announced) => `records[${b.index}].${dateField} ${JSON.stringify(b.date)}`;
    if (previous !== undefined && a.second !== undefined && previous.second === a.second) {
      issues.push({ path, message: `${path}: ${JSON.stringify(a.date)} repeats the time of ${at(previous)} (a day without a time of day is its end)` });
    } else if (reach !== undefined && reach.last >= a.first && (reach.second === undefined || a.second === undefined)) {
      issues.push({ path, message: `${path}: ${JSON.stringify(a.date)} overlaps ${at(reach)}: which came first cannot be told` });
    }
    if (reach === undefined || a.last > reach.last || (a.last === reach.last && a.second === undefined)) reach = a;
    previous = a;
  }
  return order;
}
