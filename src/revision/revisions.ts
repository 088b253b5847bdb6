import { rethrow } from "../_lib/guard.js";
import type { Claim } from "../claim/schema.js";
import { divide, subtract } from "../estimate/arithmetic.js";
import { compareEstimates } from "../estimate/compare.js";
import type { EstimateRelation } from "../estimate/compare.js";
import { exact } from "../estimate/constructors.js";
import type { Estimate } from "../estimate/schema.js";
import { isFogcountError } from "../errors.js";
import { optionsOf } from "../_lib/assert.js";
import { checkHistory } from "./check.js";
import { knownQuerySecond, OPEN_END, OPEN_START } from "./clock.js";
import { assertReplacementsHeld } from "./links.js";
import type { RevisionHistory } from "./history.js";
import { chainAt } from "./search.js";
import { assertStocks } from "./stock.js";

/** Which way a figure moved: every value of the new figure above the old (`up`), below (`down`), the same values (`unchanged`), or ranges that overlap. */
export type RevisionDirection = "up" | "down" | "unchanged" | "overlapping";

/** One change between successive figures of a history. */
export interface Revision {
  /** The earlier figure (by valid time). */
  readonly from: Claim;
  /** The later figure. */
  readonly to: Claim;
  /**
   * `to − from` as an estimate, in the history's unit; `null` when it is
   * unknown because `from` has no upper bound ("more than 5,000" then
   * "about 6,000": the change could be anything below 1,000), or past the
   * largest finite number.
   */
  readonly change: Estimate | null;
  /** Which way the figure moved, from {@link compareEstimates}. */
  readonly direction: RevisionDirection;
  /** Days between the valid days of the two figures (the last days of their valid times, or the first with `anchor: "start"`); `null` if the earlier one is open at its start. */
  readonly days: number | null;
  /** The change per day over `days`, in `"<unit>/day"`; `null` when the change or `days` is unknown. */
  readonly ratePerDay: Estimate | null;
}

/** Options for {@link revisions}. */
export interface RevisionsOptions {
  /** Read the history as known at this time (EDTF, as in {@link asOf}); everything by default. */
  readonly known?: string;
}

const DIRECTIONS: Readonly<Record<EstimateRelation, RevisionDirection>> = {
  below: "up",
  above: "down",
  equal: "unchanged",
  overlapping: "overlapping",
};

/** How `to` stands to `from`: `up`, `down`, `unchanged` or `overlapping`. @internal */
export function direction(from: Estimate, to: Estimate): RevisionDirection {
  return DIRECTIONS[compareEstimates(from, to)];
}

/** `to − from`, or null when `from` has no upper bound or the change is past the largest finite number. @internal */
export function change(from: Estimate, to: Estimate): Estimate | null {
  try {
    return subtract(to, from);
  } catch (error) {
    if (isFogcountError(error, "unbounded-below") || isFogcountError(error, "overflow")) return null;
    throw error;
  }
}

/**
 * The successive changes of a history: for each figure in force (one per
 * valid time, as known at `known`), the change from the figure before it,
 * with its direction and its rate per day over the valid-time gap. The
 * change is `subtract(to, from)`, interval arithmetic, so "about 3,000" to
 * "4,000" is "about 1,000"; when `from` has no upper bound, or the change is
 * past the largest finite number, the change is unknown (`null`), not an error. Revisions are changes of a level, so the
 * history must be a stock (see `AGGREGATIONS`).
 *
 * @category Revision
 * @throws {FogcountError} `not-a-stock` for a history of flows or increments; `invalid-as-of` for a `known` that is not EDTF; `invalid-history` for a deprecated claim known by then whose `supersededBy` names a claim not in the history (when it stopped being believed cannot be told), a value that is not a revision history, or one whose index does not match its claims or that holds two claims of one id or a claim whose valid time has unspecified digits; `invalid-option` for options that are not an object or an option other than `known`.
 * @example
 * revisions(revisionHistory([january, march, april])[0]).map((r) => [r.direction, r.change?.value, r.days]);
 * //=> [["up", 1000, 59], ["up", 700, 30]]
 * revisions(revisionHistory([january, march, april])[0])[0]?.ratePerDay;
 * //=> { kind: "approx", value: 16.949152542372882, unit: "person/day" }
 */
export function revisions(history: RevisionHistory, options?: RevisionsOptions): Revision[] {
  try {
    const { index, claims } = checkHistory("revisions", history);
    assertStocks("revisions", claims.filter((c) => c.restates === undefined), "a revision is a change of a level, and successive counts over periods are not revisions of one another");
    const second = knownQuerySecond("revisions", optionsOf("revisions", options, "options", ["known"]).known, "options.known");
    assertReplacementsHeld("revisions", claims, index, OPEN_END, second);
    const chain = chainAt(index, second, claims);
    const out: Revision[] = [];
    for (let k = 1; k < chain.length; k++) {
      const a = chain[k - 1] as number;
      const b = chain[k] as number;
      const from = claims[a] as Claim;
      const to = claims[b] as Claim;
      const startA = index.validDay[a] as number;
      const startB = index.validDay[b] as number;
      // Groups have distinct, ascending starts, so only the first can be open and days is never 0.
      const days = startA === OPEN_START ? null : startB - startA;
      const delta = change(from.estimate, to.estimate);
      const ratePerDay = delta === null || days === null ? null : divide(delta, exact(days, "day"));
      out.push({ from, to, change: delta, direction: direction(from.estimate, to.estimate), days, ratePerDay });
    }
    return out;
  } catch (error) {
    rethrow("revisions", { history, options }, error);
  }
}
