import { rethrow } from "../_lib/guard.js";
import { fail, optionsOf } from "../_lib/assert.js";
import { CASUALTY_PARTS } from "../claim/measures.js";
import type { CasualtyPart } from "../claim/measures.js";
import type { Claim } from "../claim/schema.js";
import { FogcountError } from "../errors.js";
import { readInterval } from "../estimate/read.js";
import { maxAgeOf } from "../revision/age.js";
import { knownQuerySecond, validQueryDay } from "../revision/clock.js";
import { breakdownOf, checkIncludes } from "./check.js";
import type { Cell } from "./check.js";
import type { CasualtyBreakdown } from "./schema.js";
import { casualtySeries, inForce, partsCounted } from "./series.js";
import type { CasualtySeries } from "./series.js";
import { sameParts } from "./vocabulary.js";
import type { BreakdownField } from "./vocabulary.js";

/** The point on both clocks a {@link breakdownFromClaims} answers for. */
export interface BreakdownQuery {
  /** The valid time, as EDTF; a period stands for its latest day, as in `asOf`. Required: a breakdown describes one time. */
  readonly valid: string;
  /** When the question is asked, as EDTF, as in `asOf`; everything known when left out. */
  readonly known?: string;
  /**
   * The oldest figure to use, in days before `valid` (see `ageDays`); 0 by
   * default, so that every figure describes the time asked about and a
   * January count of wounded never stands beside an April total.
   */
  readonly maxAgeDays?: number;
  /**
   * The parts the total counts, when the casualties claim does not list them
   * (a source's definition known from elsewhere: the NIS counts killed and
   * wounded). Required when a casualties claim in force lists none: sources
   * differ, and no definition is assumed. Left out otherwise: the claim's
   * `includes`, or, with no total in force, all four parts (a total derived
   * from the parts then counts them all).
   */
  readonly includes?: readonly CasualtyPart[];
}

const WHAT = [
  ["originator", (c: Claim) => c.attribution.originator.id],
  ["subject", (c: Claim) => c.indicator.subject],
  ["scope", (c: Claim) => c.indicator.scope ?? "(none)"],
  ["unit", (c: Claim) => c.indicator.unit],
] as const;

function mixed(where: string, series: readonly CasualtySeries[]): never {
  const [a, b] = series.map((s) => s.first) as [Claim, Claim];
  const [what, of] = WHAT.find(([, of]) => of(a) !== of(b)) ?? WHAT[0];
  throw new FogcountError(
    "mixed-breakdown",
    `${where}: the claims are of more than one ${what} (${JSON.stringify(of(a))} in ${a.id}, ${JSON.stringify(of(b))} in ${b.id}); a breakdown is one originator's figures about one subject`,
    { field: what, claims: [a.id, b.id] },
  );
}

function cellOf(c: Claim | undefined): Cell {
  return c === undefined ? { state: "not-reported" } : { estimate: c.estimate, interval: readInterval(c.estimate) };
}

/**
 * The breakdown one originator's claims give at one point on both clocks:
 * the `killed`, `wounded`, `missing`, `captured` and `casualties` claims of
 * one subject in force for `valid` as known at `known`, read as `asOf` reads
 * a revision history (corrections and deprecations applied, hindsight
 * excluded). A figure no claim gives is `"not-reported"`, never 0. Only
 * assertions count: plans, projections and restatements are passed over, as
 * are claims of other measures; the claims each figure comes from are kept
 * in `claims`. What the total counts is the casualties claim's `includes`,
 * else `query.includes`: a total whose claim lists no parts is refused
 * without `query.includes`, never read as counting all four (the NIS counts
 * killed and wounded, and a wrong definition derives a wrong part). With no
 * total in force and no `query.includes`, `includes` is all four parts.
 *
 * @category Casualty
 * @throws {FogcountError} `invalid-argument` if `claims` is not an array; `invalid-claim` (or `invalid-measure`, `estimate-unit-mismatch`) for a claim that is not one, a count of people below zero among them, or one whose `validTime` has unspecified digits ("20XX"), which no history can place; `duplicate-claim-id` for two claims with one id, or ids that look alike; `source-conflict` for two originators with one id and another name, kind, country or grade, or ids that look alike; `mixed-breakdown` for casualty claims of several originators, subjects, scopes or units, or two definitions of the total in force at once; `not-a-stock` for a casualty claim that is a flow or an increment; `invalid-as-of` for a `valid` or `known` that is not EDTF or has no latest day; `invalid-option` for a query that is not an object, an unknown option, a missing `valid`, a `maxAgeDays` that is not a finite number of days, an `includes` that is not a list of distinct parts or differs from the parts the casualties claim lists, or no `includes` for a casualties claim in force that lists none.
 * @example
 * const april = breakdownFromClaims(nisBriefing2025Claims, { valid: "2025-04-30", includes: ["killed", "wounded"] });
 * [april.total, april.killed, april.wounded];
 * //=> [nisBriefing2025CasualtiesApril.total, nisBriefing2025CasualtiesApril.killed, "not-reported"]
 * breakdownFromClaims(nisBriefing2025Claims, { valid: "2025-04-30" });
 * //=> throws FogcountError invalid-option
 */
export function breakdownFromClaims(claims: readonly Claim[], query: BreakdownQuery): CasualtyBreakdown {
  try {
    const where = "breakdownFromClaims";
    const { valid, known, maxAgeDays = 0, includes } = optionsOf(where, query, "query", ["valid", "known", "maxAgeDays", "includes"]);
    if (valid === undefined) fail(where, "query.valid", "must be given: a breakdown describes one valid time", valid, "invalid-option");
    const maxAge = maxAgeOf(where, maxAgeDays, valid) as number;
    const day = validQueryDay(where, valid, "query.valid");
    const second = knownQuerySecond(where, known, "query.known");
    const stated = includes === undefined ? undefined : checkIncludes(where, "query.includes", includes, "invalid-option");
    const series = casualtySeries(where, claims);
    if (series.length > 1) mixed(where, series);
    const s = series[0];
    const totals = (s?.totals ?? []).map((h) => inForce(h, day, second, maxAge)).filter((c) => c !== undefined);
    if (totals.length > 1) {
      const [a, b] = totals as [Claim, Claim];
      throw new FogcountError(
        "mixed-breakdown",
        `${where}: two totals that count different parts are in force (${a.id}: ${partsCounted(a).join(", ")}; ${b.id}: ${partsCounted(b).join(", ")}); ask for each apart`,
        { field: "includes", claims: [a.id, b.id] },
      );
    }
    const total = totals[0];
    if (stated !== undefined && total?.indicator.includes !== undefined && !sameParts(stated, total.indicator.includes)) {
      fail(where, "query.includes", `differs from the parts ${total.id} counts (${partsCounted(total).join(", ")})`, includes, "invalid-option");
    }
    if (total !== undefined && total.indicator.includes === undefined && stated === undefined) {
      const why = `${total.id} does not list the parts it counts (indicator.includes), and sources differ in the parts a casualty total counts (some count only killed and wounded): say which, as query.includes`;
      fail(where, "query.includes", `must be given: ${why}`, includes, "invalid-option");
    }
    const counted = total?.indicator.includes === undefined ? (stated ?? [...CASUALTY_PARTS]) : partsCounted(total);
    const found: Partial<Record<BreakdownField, Claim>> = {};
    const cells = { total: cellOf(total) } as Record<BreakdownField, Cell>;
    if (total !== undefined) found.total = total;
    for (const part of CASUALTY_PARTS) {
      const c = inForce(s?.parts[part], day, second, maxAge);
      cells[part] = cellOf(c);
      if (c !== undefined) found[part] = c;
    }
    return breakdownOf(cells, counted, found);
  } catch (error) {
    rethrow("breakdownFromClaims", { claims, query }, error);
  }
}
