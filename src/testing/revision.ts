import fc from "fast-check";

import { optionsOf } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import type { Claim } from "../claim/schema.js";
import type { Source } from "../provenance/schema.js";
import { wholeNumber } from "./options.js";

/** Options for {@link arbCumulativeSeries}. */
export interface ArbCumulativeSeriesOptions {
  /** The fewest and most days in the series; 1 and 40 by default. */
  readonly minLength?: number;
  readonly maxLength?: number;
  /** The most restatements (later reports for earlier days); 10 by default. */
  readonly maxRestatements?: number;
}

const ORIGINATOR: Source = { id: "ua-general-staff", kind: "military", name: "General Staff", country: "UA" };

function iso(day: number): string {
  const d = new Date(Date.UTC(2022, 1, 24) + day * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/**
 * A fast-check arbitrary for a cumulative daily series on one indicator, as
 * an originator restates it: one claim per day from 2022-02-24, reported that
 * day or a few days late, with non-decreasing totals, plus restatements
 * (later reports for earlier days) that never lower a total, each reported after the ones before it. No claim is
 * deprecated. The claims come in an arbitrary order.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, or lengths that are not whole numbers with 1 ≤ `minLength` ≤ `maxLength` ≤ 10,000 and 0 ≤ `maxRestatements` ≤ 10,000; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbCumulativeSeries(), 100).every((claims) => revisionHistory(claims).length === 1);
 * //=> true
 */
export function arbCumulativeSeries(given?: ArbCumulativeSeriesOptions): fc.Arbitrary<Claim[]> {
  const where = "arbCumulativeSeries";
  const [minLength, maxLength, maxRestatements] = guarded(where, { options: given }, () => {
    const options = optionsOf(where, given, "options", ["minLength", "maxLength", "maxRestatements"]);
    const min = wholeNumber(where, "minLength", options.minLength, 1, 10_000, 1);
    return [min, wholeNumber(where, "maxLength", options.maxLength, min, 10_000, Math.max(min, 40)), wholeNumber(where, "maxRestatements", options.maxRestatements, 0, 10_000, 10)];
  });
  const day = fc.record({ step: fc.integer({ min: 0, max: 500 }), lag: fc.integer({ min: 0, max: 3 }), gap: fc.integer({ min: 1, max: 3 }) });
  return fc
    .record({
      days: fc.array(day, { minLength, maxLength }),
      restatements: fc.array(
        fc.record({ at: fc.nat(), extra: fc.integer({ min: 0, max: 200 }), lag: fc.integer({ min: 1, max: 30 }) }),
        { maxLength: maxRestatements },
      ),
      order: fc.nat(),
    })
    .map(({ days, restatements, order }) => {
      const base = { subject: "ru-forces", measure: "ua-genstaff:personnel" as const, unit: "person" };
      let total = 0;
      let offset = 0;
      const figures = days.map(({ step, lag, gap }, i) => {
        total += step;
        offset += gap;
        return { i, day: offset, total, lag };
      });
      const claims: Claim[] = figures.map((f) => ({
        id: `d${f.i}`,
        indicator: base,
        estimate: { kind: "approx", value: f.total, unit: "person" },
        validTime: iso(f.day),
        reportedAt: iso(f.day + f.lag),
        attribution: { originator: ORIGINATOR },
        status: { kind: "normal" },
      }));
      // A restatement raises one day's current total, never above the next
      // day's first figure, and each is reported after the ones before it, so
      // totals never fall along either clock.
      const current = figures.map((f) => f.total);
      restatements.forEach((r, k) => {
        const f = figures[r.at % figures.length] as (typeof figures)[number];
        const next = figures[f.i + 1];
        const now = current[f.i] as number;
        const value = next === undefined ? now + r.extra : Math.min(now + r.extra, next.total);
        current[f.i] = value;
        claims.push({
          id: `r${k}`,
          indicator: base,
          estimate: { kind: "approx", value, unit: "person" },
          validTime: iso(f.day),
          reportedAt: iso(f.day + f.lag + 1 + k * 31 + r.lag),
          attribution: { originator: ORIGINATOR },
          status: { kind: "normal" },
        });
      });
      const shift = order % claims.length;
      return [...claims.slice(shift), ...claims.slice(0, shift)];
    });
}
