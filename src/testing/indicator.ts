// Which measures a unit can count, for the arbitraries that draw indicators:
// one rule for arbClaim, arbSeries, arbRevisionHistory and arbDataset, the
// rule of claim() and ClaimSchema. Not exported from the package.

import { fail } from "../_lib/assert.js";
import { isMeasure, isStandardMeasure, notPeople } from "../claim/measures.js";
import type { Measure } from "../claim/measures.js";

/** A non-empty list of measures, or undefined when left out. @internal */
export function measureList(where: string, value: unknown): readonly Measure[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0 || !Array.from(value).every(isMeasure)) {
    fail(where, "options.measures", "must be a non-empty list of measures (from MEASURES, or namespace:name)", value, "invalid-option");
  }
  return [...(value as Measure[])];
}

/** Whether a claim may count `measure` in `unit`: every measure of the vocabulary counts people, never money or a unit of measurement. @internal */
export const fitsUnit = (measure: string, unit: string): boolean => !(isStandardMeasure(measure) && notPeople(unit) !== undefined);

/** A measure and a unit that a claim can take together. @internal */
export type MeasureUnit = readonly [measure: Measure, unit: string];

/**
 * Every pair of a measure and a unit from the two lists that a claim can
 * take ({@link fitsUnit}), checked when the arbitrary is called: none (units
 * all money, measures all of the vocabulary) is `invalid-option` on
 * `options.units`. `defaulted` says the measures are the arbitrary's own,
 * not given. @internal
 */
export function measureUnitPairs(where: string, measures: readonly Measure[], units: readonly string[], defaulted = false): readonly MeasureUnit[] {
  const pairs = measures.flatMap((m) => units.filter((u) => fitsUnit(m, u)).map((u): MeasureUnit => [m, u]));
  if (pairs.length === 0) {
    const which = defaulted ? `measures drawn by default (${measures.join(", ")})` : `measures ${measures.join(", ")}`;
    fail(where, "options.units", `are all money or units of measurement (km, t, days, TIV), but the ${which} count people: add a namespaced measure or a unit that counts people`, units, "invalid-option");
  }
  return pairs;
}
