import fc from "fast-check";

import { optionsOf } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import type { Claim, Indicator } from "../claim/schema.js";
import type { Source } from "../provenance/schema.js";
import { isoOf, windowOf } from "./days.js";
import { finiteNumber, sourceList, wholeNumber, unitText } from "./options.js";

/** Options for {@link arbCumulativeSeries}. */
export interface ArbCumulativeSeriesOptions {
  /** The fewest and most days in the series; 1 and 40 by default. */
  readonly minLength?: number;
  readonly maxLength?: number;
  /** The most restatements (later reports for earlier days); 10 by default. */
  readonly maxRestatements?: number;
  /** The unit of the totals (trimmed text, as `claim()` takes it); `"person"` by default. */
  readonly unit?: string;
  /** The least and the largest total, restatements included; 0 and no bound by default (each day adds up to 500). */
  readonly min?: number;
  readonly max?: number;
  /** The sources the series' one originator is drawn from (distinct ids); Ukraine's General Staff by default. */
  readonly originators?: readonly Source[];
  /**
   * The window (ISO `YYYY-MM-DD`): the first day lies after `from` (2022-02-24 by
   * default), and every valid and report time lies in the window, up to `to`
   * (9999-12-31 by default; restatements that would be reported after it are
   * left out). The window holds at least `maxLength` + 4 days.
   */
  readonly from?: string;
  readonly to?: string;
}

const NAMES = ["minLength", "maxLength", "maxRestatements", "unit", "min", "max", "originators", "from", "to"] as const;
/** Days from a report to the next report of its day's figure: more than the 14 within which `possible-restatement` asks about a repeat. */
const REVISION_GAP = 15;
const ORIGINATOR: Source = { id: "ua-general-staff", kind: "military", name: "General Staff", country: "UA" };

interface CumulativeSettings {
  readonly lengths: readonly [number, number];
  readonly maxRestatements: number;
  readonly unit: string;
  readonly min: number;
  /** The most a day adds, and the most a restatement raises a total to (the cap of the last day). */
  readonly step: number;
  readonly cap: number;
  readonly originators: readonly Source[];
  readonly from: number;
  /** The last day a time may fall on; and the longest gap between two days. */
  readonly to: number;
  readonly gap: number;
}

function settings(where: string, given: ArbCumulativeSeriesOptions | undefined): CumulativeSettings {
  return guarded(where, { options: given }, () => {
    const o = optionsOf(where, given, "options", NAMES);
    const minLength = wholeNumber(where, "minLength", o.minLength, 1, 10_000, 1);
    const maxLength = wholeNumber(where, "maxLength", o.maxLength, minLength, 10_000, Math.max(minLength, 40));
    const unit = unitText(where, "unit", o.unit, "person");
    const min = finiteNumber(where, "min", o.min, 0, 0);
    const max = o.max === undefined ? undefined : finiteNumber(where, "max", o.max, min, min);
    // left out, `to` is the last ISO day: no time is drawn after the year 9999
    const [from, last] = windowOf(where, o.from, o.to, maxLength + 4, ["2022-02-24", "9999-12-31"]);
    const span = last - from + 1;
    return {
      lengths: [minLength, maxLength],
      maxRestatements: wholeNumber(where, "maxRestatements", o.maxRestatements, 0, 10_000, 10),
      unit,
      min,
      step: max === undefined ? 500 : Math.floor((max - min) / maxLength),
      cap: max ?? Infinity,
      originators: sourceList(where, "originators", o.originators) ?? [ORIGINATOR],
      from,
      to: last,
      // the days and their reports (up to 3 days late) fit in the window
      gap: Math.max(1, Math.min(3, Math.floor((span - 4) / maxLength))),
    };
  });
}

/**
 * A fast-check arbitrary for a cumulative daily series on one indicator, as
 * an originator restates it: one claim per day from the day after `from`
 * (2022-02-24 unless told), a few days apart, reported that day or a few days
 * late, with non-decreasing totals from `min` (and up to `max`), plus
 * restatements (later reports for earlier days) that never lower a total,
 * each reported after the ones before it and 15 days or more after any earlier
 * report of its day, so that `findContradictions` finds nothing in it. Every claim is by one originator
 * drawn from `originators`, in `unit`, and valid and reported in the window
 * (up to 9999-12-31 when `to` is left out). No claim is deprecated. The claims come in an arbitrary order.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, lengths that are not whole numbers with 1 ≤ `minLength` ≤ `maxLength` ≤ 10,000 and 0 ≤ `maxRestatements` ≤ 10,000, a `unit` that is not trimmed non-empty text, a `min` that is not a finite number of at least 0 or a `max` below it, `originators` that are not sources with distinct ids, or `from` and `to` that are not ISO dates in order and `maxLength` + 4 days apart or more; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbCumulativeSeries(), 100).every((claims) => revisionHistory(claims).length === 1);
 * //=> true
 * fc.sample(arbCumulativeSeries({ unit: "tank", min: 10, max: 900, from: "2025-01-01", to: "2025-06-30" }), 100).flat().every((c) => c.estimate.unit === "tank" && c.estimate.value >= 10 && c.estimate.value <= 900 && c.reportedAt <= "2025-06-30");
 * //=> true
 */
export function arbCumulativeSeries(given?: ArbCumulativeSeriesOptions): fc.Arbitrary<Claim[]> {
  const s = settings("arbCumulativeSeries", given);
  const day = fc.record({ step: fc.integer({ min: 0, max: s.step }), lag: fc.integer({ min: 0, max: 3 }), gap: fc.integer({ min: 1, max: s.gap }) });
  const restatement = fc.record({ at: fc.nat(), extra: fc.integer({ min: 0, max: 200 }), lag: fc.integer({ min: 1, max: 30 }) });
  return fc
    .record({
      days: fc.array(day, { minLength: s.lengths[0], maxLength: s.lengths[1] }),
      restatements: fc.array(restatement, { maxLength: s.maxRestatements }),
      by: fc.nat(),
      order: fc.nat(),
    })
    .map(({ days, restatements, by, order }) => {
      const originator = s.originators[by % s.originators.length] as Source;
      const indicator: Indicator = { subject: "ru-forces", measure: "ua-genstaff:personnel", unit: s.unit };
      const claim = (id: string, value: number, valid: number, reported: number): Claim => ({
        id,
        indicator,
        estimate: { kind: "approx", value, unit: s.unit },
        validTime: isoOf(valid),
        reportedAt: isoOf(reported),
        attribution: { originator },
        status: { kind: "normal" },
      });
      let total = s.min;
      let offset = s.from;
      const figures = days.map(({ step, lag, gap }, i) => {
        total += step;
        offset += gap;
        return { i, day: offset, total, lag: Math.min(lag, s.to - offset) };
      });
      const claims = figures.map((f) => claim(`d${f.i}`, f.total, f.day, f.day + f.lag));
      // A restatement raises one day's current total, never above the next
      // day's first figure, and each is reported after the ones before it, so
      // totals never fall along either clock; and at least 15 days after any
      // earlier report of its day, so that it is no possible-restatement.
      const current = figures.map((f) => f.total);
      restatements.forEach((r, k) => {
        const f = figures[r.at % figures.length] as (typeof figures)[number];
        const reported = f.day + f.lag + REVISION_GAP + k * (REVISION_GAP + 30) + r.lag;
        if (reported > s.to) return;
        const next = figures[f.i + 1];
        const now = current[f.i] as number;
        const value = Math.min(now + r.extra, next === undefined ? s.cap : next.total);
        current[f.i] = value;
        claims.push(claim(`r${k}`, value, f.day, reported));
      });
      const shift = order % claims.length;
      return [...claims.slice(shift), ...claims.slice(0, shift)];
    });
}
