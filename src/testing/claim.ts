import fc from "fast-check";

import { optionsOf } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import { AGGREGATIONS, MODALITIES } from "../claim/kinds.js";
import type { Aggregation, ClaimModality } from "../claim/kinds.js";
import { CASUALTY_PARTS, STANDARD_MEASURES } from "../claim/measures.js";
import type { Measure } from "../claim/measures.js";
import type { Claim, ClaimStatus, Indicator } from "../claim/schema.js";
import type { Attribution, Source } from "../provenance/schema.js";
import { spanEdtf, windowOf } from "./days.js";
import type { Window } from "./days.js";
import { estimates } from "./estimate.js";
import { fitsUnit, measureList, measureUnitPairs } from "./indicator.js";
import type { MeasureUnit } from "./indicator.js";
import { sourceList, subset, textList, unitList } from "./options.js";
import { arbId, arbName, arbSource, attributions, defined, edtf, once, some } from "./provenance.js";

export { arbAttribution, arbSource } from "./provenance.js";
export type { ArbAttributionOptions, ArbSourceOptions } from "./provenance.js";

const arbNamespacedMeasure = once(() => fc.stringMatching(/^[a-z][a-z0-9-]{0,7}:[a-z0-9][a-z0-9._-]{0,11}$/));

/** Options for {@link arbClaim}. */
export interface ArbClaimOptions {
  /** The units to draw from (trimmed texts, as `claim()` takes them); `["person"]` by default. */
  readonly units?: readonly string[];
  /** The subjects to draw from; a few fixed ones by default, so that keys repeat. */
  readonly subjects?: readonly string[];
  /** The measures to draw from; those of `MEASURES` and namespaced ones by default. */
  readonly measures?: readonly Measure[];
  /** The aggregations to draw from; by default any, or none (a stock). */
  readonly aggregations?: readonly Aggregation[];
  /** The modalities to draw from; by default any, or none (asserted). */
  readonly modalities?: readonly ClaimModality[];
  /** The sources to draw originators from (distinct ids); any source by default. */
  readonly originators?: readonly Source[];
  /** The smallest number an estimate states; 0 by default. */
  readonly min?: number;
  /** The largest number an estimate states; 10 million by default. */
  readonly max?: number;
  /**
   * The first day (ISO `YYYY-MM-DD`) of the window every time of the claim
   * lies in. With `from` or `to`, times are days, months and spans of days
   * in the window (2022 to 2025 for the end left out), a claim is
   * reported no earlier than the last day it describes, and the dates of its
   * relay steps and publications are days in the window not after its
   * `reportedAt`; without either, any EDTF time from 1900 to 2100.
   */
  readonly from?: string;
  /** The last day (ISO `YYYY-MM-DD`) of the window; see `from`. */
  readonly to?: string;
}

const NAMES = ["units", "subjects", "measures", "aggregations", "modalities", "originators", "min", "max", "from", "to"] as const;

/** The options of {@link arbClaim}, read and checked. */
interface ClaimSettings {
  readonly subjects: readonly string[];
  readonly units: readonly string[];
  /** The measures and units to draw from, paired as a claim can take them; undefined when `measures` is left out. */
  readonly pairs: readonly MeasureUnit[] | undefined;
  readonly aggregations: readonly Aggregation[] | undefined;
  readonly modalities: readonly ClaimModality[] | undefined;
  readonly originator: fc.Arbitrary<Source>;
  readonly figure: Pick<ArbClaimOptions, "min" | "max">;
  readonly window: Window | undefined;
}

function settings(where: string, given: ArbClaimOptions | undefined): ClaimSettings {
  return guarded(where, { options: given }, () => {
    const o = optionsOf(where, given, "options", NAMES);
    const originators = sourceList(where, "originators", o.originators);
    const figure = { ...(o.min !== undefined && { min: o.min }), max: o.max ?? 1e7 };
    estimates(where, figure); // checks min and max now, not at the first draw
    const units = unitList(where, "units", o.units, ["person"]);
    const measures = measureList(where, o.measures);
    return {
      subjects: textList(where, "subjects", o.subjects, ["kp-forces-in-russia", "ru-forces", "ua-civilians"]),
      units,
      pairs: measures === undefined ? undefined : measureUnitPairs(where, measures, units),
      aggregations: o.aggregations === undefined ? undefined : subset(where, "aggregations", o.aggregations, AGGREGATIONS),
      modalities: o.modalities === undefined ? undefined : subset(where, "modalities", o.modalities, MODALITIES),
      originator: originators === undefined ? arbSource() : fc.constantFrom(...originators),
      figure,
      window: o.from === undefined && o.to === undefined ? undefined : windowOf(where, o.from, o.to),
    };
  });
}

function arbIndicator(s: ClaimSettings): fc.Arbitrary<Indicator> {
  // a count of people is never money: with the measures left out, a claim in USD counts a namespaced measure
  const pair: fc.Arbitrary<MeasureUnit> =
    s.pairs !== undefined
      ? fc.constantFrom(...s.pairs)
      : fc
          .tuple(fc.oneof({ arbitrary: fc.constantFrom(...STANDARD_MEASURES), weight: 4 }, { arbitrary: arbNamespacedMeasure() as fc.Arbitrary<Measure>, weight: 1 }), fc.constantFrom(...s.units))
          .filter(([measure, unit]) => fitsUnit(measure, unit));
  return fc
    .record({
      subject: fc.constantFrom(...s.subjects),
      pair,
      scope: some(fc.constantFrom("Kursk", "Donetsk", "Zaporizhzhia")),
      includes: some(fc.subarray([...CASUALTY_PARTS], { minLength: 1 })),
      aggregation: s.aggregations === undefined ? some(fc.constantFrom(...AGGREGATIONS)) : fc.constantFrom(...s.aggregations),
    })
    .map(({ subject, pair: [measure, unit], scope, includes, aggregation }) => defined({ subject, measure, unit, scope, includes: measure === "casualties" ? includes : undefined, aggregation }) as Indicator);
}

function arbStatus(): fc.Arbitrary<ClaimStatus> {
  return fc.oneof(
    fc.constant({ kind: "preferred" as const }),
    fc.constant({ kind: "normal" as const }),
    fc.record({ kind: fc.constant("deprecated" as const), reason: arbName, supersededBy: some(arbId()) }).map(defined) as fc.Arbitrary<ClaimStatus>,
  );
}

/** A status that names no replacement rather than the claim itself: a claim is never superseded by itself. */
function notBySelf(status: ClaimStatus, id: string): ClaimStatus {
  return status.kind === "deprecated" && status.supersededBy === id ? { kind: "deprecated", reason: status.reason } : status;
}

/** The times of a claim, and the attribution, whose relay and publication dates lie in the window and not after the report. */
type Dated = { validTime: string; reportedAt: string; recordedAt: string | undefined; attribution: Attribution };

/**
 * The valid, report and record times of a claim and its attribution: any
 * EDTF, or days in a window with the report not before the valid time ends
 * and the relay steps and publications not after the report.
 */
function arbDated(window: Window | undefined, originator: fc.Arbitrary<Source>): fc.Arbitrary<Dated> {
  if (window === undefined) {
    // a report time with a last day: a revision history knows a claim from the end of its report time
    return fc.record({ validTime: edtf(), reportedAt: edtf().filter((t) => !/\/(\.\.)?$/.test(t)), recordedAt: some(edtf()), attribution: attributions(originator) });
  }
  const [from, to] = window;
  const day = fc.integer({ min: from, max: to });
  return fc.tuple(day, day, day, day, fc.boolean()).chain(([a, b, c, d, recorded]) => {
    const [start, end] = [Math.min(a, b), Math.max(a, b)];
    const reported = Math.max(end, c);
    const dates = fc.integer({ min: from, max: reported }).map((n) => spanEdtf(n, n));
    return attributions(originator, dates).map((attribution) => ({
      validTime: spanEdtf(start, end),
      reportedAt: spanEdtf(reported, reported),
      recordedAt: recorded ? spanEdtf(Math.max(reported, d), Math.max(reported, d)) : undefined,
      attribution,
    }));
  });
}

/**
 * A fast-check arbitrary for claims, valid by construction: the estimate's
 * unit is the indicator's unit, the times are EDTF, `includes` appears on
 * casualty figures only, and `reportedAt` has a last day (not `"2025-04/.."`,
 * which a revision history refuses); with or without an aggregation, a
 * modality and a `restates` id (never the claim's own), and a status whose
 * `supersededBy` is never the claim's own id. The options narrow
 * what is drawn: units, subjects, measures, aggregations, modalities,
 * originators, the numbers stated, and a window of days for the times.
 * Each claim is one figure on its own: for claims that agree with one
 * another, draw a series ({@link arbSeries}) or a dataset ({@link arbDataset}).
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, `units` or `subjects` that are not non-empty lists of non-empty texts (units trimmed), `measures`, `aggregations` or `modalities` that are not non-empty lists of theirs, `originators` that are not sources with distinct ids, `units` that are all money or units of measurement (km, t, days, TIV) with `measures` that all count people, a bad `min` or `max`, or `from` and `to` that are not ISO dates in order; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbClaim({ measures: ["killed"], from: "2025-01-01", to: "2025-06-30" }), 100).every((c) => ClaimSchema.safeParse(c).success);
 * //=> true
 */
export function arbClaim(given?: ArbClaimOptions): fc.Arbitrary<Claim> {
  const s = settings("arbClaim", given);
  return arbIndicator(s)
    .chain((indicator) =>
      fc.record({
        id: arbId(),
        indicator: fc.constant(indicator),
        estimate: estimates("arbClaim", { units: [indicator.unit], ...s.figure }),
        dated: arbDated(s.window, s.originator),
        status: arbStatus(),
        text: some(fc.string({ maxLength: 60 })),
        modality: s.modalities === undefined ? some(fc.constantFrom(...MODALITIES)) : fc.constantFrom(...s.modalities),
        restates: some(arbId()),
      }),
    )
    .map(({ dated, ...c }) => defined({ ...c, ...dated, status: notBySelf(c.status, c.id), restates: c.restates === c.id ? undefined : c.restates }) as Claim);
}
