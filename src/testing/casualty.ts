import fc from "fast-check";

import { optionsOf } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import type { CasualtyBreakdown, CasualtyValue } from "../casualty/schema.js";
import { CASUALTY_STATES } from "../casualty/vocabulary.js";
import { CASUALTY_PARTS } from "../claim/measures.js";
import type { CasualtyPart } from "../claim/measures.js";
import { estimates, figures } from "./estimate.js";
import { countUnit, distinctSubset, finiteNumber, flag } from "./options.js";

/** Options for {@link arbBreakdown}. */
export interface ArbBreakdownOptions {
  /** The unit of every figure (trimmed text, as `claim()` takes it); `"person"` by default. */
  readonly unit?: string;
  /** The largest number a figure states, the total's included; 50,000 by default. */
  readonly max?: number;
  /**
   * Figures that state true counts (the default): each figure allows its part's
   * count, and the total the sum of the parts it includes, so that
   * `reconcileCasualties` finds no error; false draws any figures.
   */
  readonly consistent?: boolean;
  /** Let some fields be `"unknown"`, `"not-reported"` or `"none-observed"` instead of a figure; true by default. */
  readonly states?: boolean;
  /** The parts the total may count; `includes` is drawn from them (all four by default). */
  readonly includes?: readonly CasualtyPart[];
}

type Fields = Record<"killed" | "wounded" | "missing" | "captured" | "total", CasualtyValue>;

/** A true count stated as a source might: exactly, about, as a range, a bound, or not at all; no number stated above `max`. */
function statedAs(v: number, unit: string, states: boolean, max: number): fc.Arbitrary<CasualtyValue> {
  const spread = fc.nat(Math.max(1, Math.ceil(v / 4)));
  const up = (b: number): number => Math.min(max, v + b);
  const figures: fc.Arbitrary<CasualtyValue>[] = [
    fc.constant({ kind: "exact" as const, value: v, unit }),
    fc.constant({ kind: "approx" as const, value: v, unit }),
    fc.tuple(spread, spread).map(([a, b]) => ({ kind: "range" as const, low: Math.max(0, v - a), high: up(b), unit })),
    spread.map((a) => ({ kind: "atLeast" as const, value: Math.max(0, v - a), strict: false, unit })),
    spread.map((b) => ({ kind: "atMost" as const, value: up(b), strict: false, unit })),
  ];
  return states ? fc.oneof({ weight: 5, arbitrary: fc.oneof(...figures) }, { weight: 1, arbitrary: fc.constantFrom(...CASUALTY_STATES) }) : fc.oneof(...figures);
}

/**
 * The true counts of the parts a total includes, and that total: a total of at most `max`
 * cut at random into the parts; a part not included counts 0.
 */
function trueCounts(where: string, includes: CasualtyPart[], max: number): fc.Arbitrary<Record<CasualtyPart | "total", number> & { includes: CasualtyPart[] }> {
  return figures(where, { max }).chain((total) =>
    fc.array(fc.integer({ min: 0, max: total }), { minLength: includes.length - 1, maxLength: includes.length - 1 }).map((cuts) => {
      const ends = [0, ...cuts.sort((a, b) => a - b), total];
      const truth = { killed: 0, wounded: 0, missing: 0, captured: 0, total, includes };
      includes.forEach((p, k) => (truth[p] = (ends[k + 1] as number) - (ends[k] as number)));
      return truth;
    }),
  );
}

/**
 * A fast-check arbitrary for casualty breakdowns: killed, wounded, missing,
 * captured and the total, each a figure in one unit never below zero or a
 * state, and the parts the total includes; each passes
 * `CasualtyBreakdownSchema`. By default the figures state true counts, so
 * that `reconcileCasualties` finds no error in them.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, a `unit` that is not trimmed non-empty text or is money, a `max` that is not a finite number of at least 0, a `consistent` or `states` that is not a boolean, or `includes` that is not a non-empty list of distinct casualty parts; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbBreakdown(), 100).every((b) => reconcileCasualties(b).findings.every((f) => f.severity !== "error"));
 * //=> true
 */
export function arbBreakdown(given?: ArbBreakdownOptions): fc.Arbitrary<CasualtyBreakdown> {
  const where = "arbBreakdown";
  return guarded(where, { options: given }, () => {
    const o = optionsOf(where, given, "options", ["unit", "max", "consistent", "states", "includes"]);
    const unit = countUnit(where, "unit", o.unit, "person", true);
    const max = finiteNumber(where, "max", o.max, 0, 50_000);
    const states = flag(where, "states", o.states, true);
    const parts = distinctSubset(where, "includes", o.includes, CASUALTY_PARTS);
    const includes = fc.subarray([...parts], { minLength: 1 }).map((list) => CASUALTY_PARTS.filter((p) => list.includes(p)));
    if (!flag(where, "consistent", o.consistent, true)) {
      const any = estimates(where, { units: [unit], max });
      // as often a state as a figure: a breakdown with gaps is what reconciling is for
      const value = states ? fc.oneof(any as fc.Arbitrary<CasualtyValue>, fc.constantFrom(...CASUALTY_STATES)) : any;
      return fc.record({ killed: value, wounded: value, missing: value, captured: value, total: value, includes }).map((b) => b as CasualtyBreakdown);
    }
    return includes.chain((counted) => trueCounts(where, counted, max)).chain((truth) => {
      // a part the total does not count is not reported: given, it would be a definition to look at
      const part = (p: CasualtyPart): fc.Arbitrary<CasualtyValue> => (truth.includes.includes(p) ? statedAs(truth[p], unit, states, max) : fc.constant("not-reported"));
      const fields: Record<keyof Fields, fc.Arbitrary<CasualtyValue>> = {
        killed: part("killed"),
        wounded: part("wounded"),
        missing: part("missing"),
        captured: part("captured"),
        total: statedAs(truth.total, unit, states, max),
      };
      return fc.record(fields).map((f): CasualtyBreakdown => ({ ...f, includes: truth.includes }));
    });
  });
}
