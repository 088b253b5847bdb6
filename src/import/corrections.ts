import { fail, isText } from "../_lib/assert.js";
import { checkClaim } from "../claim/check.js";
import { keyOf } from "../claim/indicator-key.js";
import type { Claim } from "../claim/schema.js";
import type { Attribution } from "../provenance/schema.js";
import { add } from "../estimate/arithmetic.js";
import { exact } from "../estimate/constructors.js";
import { isoDayNumber } from "../revision/clock.js";
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

/** Options for {@link importCorrections}: the series options, and the claims they correct. */
export interface CorrectionsOptions extends SeriesOptions {
  /** The claims of the series being corrected, as {@link importCumulativeSeries} made them (other claims are left as they are). */
  readonly series: readonly Claim[];
  /** The reason written on each deprecated claim; `"restated"` by default. */
  readonly reason?: string;
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
 * in date order; a second correction of the same figure restates the first.
 *
 * Returns every claim of `series` (the restated ones now deprecated), then
 * the new claims. Zero deltas change nothing.
 *
 * @category Import
 * @throws {FogcountError} `invalid-record` for a bad record, date or delta (naming `records[i].field`; a hole in a sparse array included); `unmatched-correction` for a delta with no earlier figure in the series; `invalid-claim` for a claim of `series` that is not one (naming `options.series[i]`); `invalid-option` for options that are not an object or outside their domain; `invalid-measure` for a field's measure neither in `MEASURES` nor `namespace:name`.
 * @example
 * const corrected = importCorrections([{ date: "2022-10-13", APC: -25 }], { ...apcOptions, series: apc });
 * corrected.find((c) => c.id === "ua:apc:2022-10-12")?.status;
 * //=> { kind: "deprecated", reason: "restated: -25 on 2022-10-13 (records[0].APC)", supersededBy: "ua:apc:2022-10-12:restated:2022-10-13" }
 */
export function importCorrections(records: unknown, options: CorrectionsOptions): Claim[] {
  const where = "importCorrections";
  const settings = seriesSettings(where, options);
  const reason = options.reason ?? "restated";
  if (!isText(reason)) fail(where, "options.reason", "must be non-empty text", reason, "invalid-option");
  const keys = options.fields.map((f) =>
    keyOf({
      indicator: { subject: options.subject, measure: f.measure, unit: f.unit, ...(f.scope !== undefined && { scope: f.scope }) },
      attribution: options.attribution,
    }),
  );
  const live = liveFigures(where, options.series, keys);
  const days = live.map((l) => l.map((e) => e.day));
  const list = recordsOf(where, records);
  const issues: RecordIssue[] = [];
  const dates = readDates(list, settings.dateField, issues, false);
  // Deltas are signed: a correction may lower a total.
  const deltas = list.map((raw, index) =>
    dates[index] === undefined
      ? []
      : options.fields.map((f) => readNumber(raw as PlainRecord, index, f.field, settings.missing, issues, true)),
  );
  throwIssues(where, issues);

  const replaced = new Map<string, Claim>();
  const added: Claim[] = [];
  const order = dates
    .map((date, index) => ({ date: date as string, index, day: startDay(date as string) }))
    .sort((a, b) => a.day - b.day || a.index - b.index);
  for (const { date, index, day } of order) {
    options.fields.forEach((field, k) => {
      const delta = deltas[index]?.[k];
      if (delta === undefined || delta === 0) return;
      const entries = live[k] as Live[];
      // the last figure for this field before the correction's day (days are whole numbers)
      const entry = entries[upperBound(days[k] as number[], day - 1, 0, entries.length) - 1];
      const path = `records[${index}].${field.field}`;
      if (entry === undefined) {
        throw new FogcountError(
          "unmatched-correction",
          `${where}: ${path}: a correction of ${signed(delta)} on ${date} has no earlier figure for ${JSON.stringify(keys[k])} in the series`,
          { path, date, delta, key: keys[k] },
        );
      }
      const [old, restated] = restate(entry.claim, delta, date, `${reason}: ${signed(delta)} on ${date} (${path})`, options.attribution);
      replaced.set(old.id, old);
      added.push(restated);
      entry.claim = restated;
    });
  }
  return [...options.series, ...added].map((c) => replaced.get(c.id) ?? c);
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
 * `options.series[i]`). Claims of other series and deprecated claims are left out.
 */
function liveFigures(where: string, series: readonly Claim[], keys: readonly string[]): Live[][] {
  if (!Array.isArray(series)) fail(where, "options.series", "must be an array of claims", series, "invalid-option");
  const live = keys.map(() => [] as Live[]);
  for (let i = 0; i < series.length; i++) {
    const { status } = checkClaim(where, `options.series[${i}]`, series[i]);
    const c = series[i] as Claim;
    const k = keys.indexOf(keyOf(c));
    if (k >= 0 && status.kind !== "deprecated") live[k]?.push({ day: startDay(c.validTime), claim: c });
  }
  for (const l of live) l.sort((a, b) => a.day - b.day);
  return live;
}
