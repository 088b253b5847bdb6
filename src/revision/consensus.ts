import type { Claim } from "../claim/schema.js";
import { fromInterval } from "../estimate/interval.js";
import { isHedged, readInterval } from "../estimate/read.js";
import type { Interval } from "../estimate/interval.js";
import type { Estimate } from "../estimate/schema.js";
import { includesPart } from "../claim/indicator-key.js";
import { FogcountError } from "../errors.js";
import { optionsOf } from "../_lib/assert.js";
import type { AsOfQuery } from "./as-of.js";
import { knownQuerySecond, validQueryDay } from "./clock.js";
import { historiesOf } from "./history.js";
import { findInForce } from "./search.js";
import { assertStocks } from "./stock.js";

/** One originator's figure in a {@link consensus}. */
export interface OriginatorFigure {
  /** The originator's id. */
  readonly originator: string;
  /** The claim in force for the question, as {@link asOf} answers it for this originator. */
  readonly claim: Claim;
}

/** What originators say about one subject and measure at one valid and knowledge time. */
export interface Consensus {
  /** The unit every figure counts in. */
  readonly unit: string;
  /** Each originator's figure, by originator id; originators with nothing known are left out. */
  readonly figures: readonly OriginatorFigure[];
  /** The smallest estimate that allows every value any originator allows; `null` with no figures. */
  readonly hull: Estimate | null;
  /** The values every originator allows (where they agree); `null` when they do not agree or there are no figures. */
  readonly intersection: Estimate | null;
  /** The width of the hull, highest allowed value minus lowest; `null` when unbounded or with no figures. */
  readonly spread: number | null;
}

function sameIndicator(a: Claim, b: Claim): string | undefined {
  const x = a.indicator;
  const y = b.indicator;
  if (x.subject !== y.subject) return "subject";
  if (x.measure !== y.measure) return "measure";
  if ((x.scope ?? "") !== (y.scope ?? "")) return "scope";
  if (includesPart(x) !== includesPart(y)) return "includes";
  if ((a.modality ?? "asserted") !== (b.modality ?? "asserted")) return "modality";
  return undefined;
}

function hullOf(list: readonly Interval[]): Interval {
  let { low, high, lowOpen, highOpen } = list[0] as Interval;
  for (const i of list) {
    if (i.low < low || (i.low === low && !i.lowOpen)) [low, lowOpen] = [i.low, i.low === low ? lowOpen && i.lowOpen : i.lowOpen];
    if (i.high > high || (i.high === high && !i.highOpen)) [high, highOpen] = [i.high, i.high === high ? highOpen && i.highOpen : i.highOpen];
  }
  return { low, high, lowOpen, highOpen };
}

function intersectionOf(list: readonly Interval[]): Interval | null {
  let { low, high, lowOpen, highOpen } = list[0] as Interval;
  for (const i of list) {
    if (i.low > low || (i.low === low && i.lowOpen)) [low, lowOpen] = [i.low, i.lowOpen || (i.low === low && lowOpen)];
    if (i.high < high || (i.high === high && i.highOpen)) [high, highOpen] = [i.high, i.highOpen || (i.high === high && highOpen)];
  }
  if (low > high || (low === high && (lowOpen || highOpen))) return null;
  return { low, high, lowOpen, highOpen };
}

/**
 * What several originators say about one subject and measure: each one's
 * figure in force for `valid` as known at `known` (see {@link asOf}), the
 * hull of their figures (every value any of them allows), their
 * intersection (the values all of them allow: where they agree, or `null`),
 * and the spread (the width of the hull). The hull and intersection are
 * approximate when any figure is; an open end of a finite bound is closed,
 * as {@link fromInterval} states intervals.
 *
 * @category Revision
 * @throws {FogcountError} `not-a-stock` for a flow or an increment (a hull of levels as of one time is no place for a count over a period); `mixed-indicators` for claims about different subjects, measures, scopes, parts or modalities; `unit-mismatch` for different units; `duplicate-claim-id` for a repeated id; `invalid-as-of` for a time that is not EDTF; `invalid-argument` if `claims` is not an array; `invalid-claim` for a claim that is not one; `invalid-option` for a query that is not an object.
 * @example
 * const c = consensus([nisKilled, ukKilled], { valid: "2025-04-30" });
 * [c.hull, c.intersection, c.spread];
 * //=> [{ kind: "range", low: 600, high: 1000, unit: "person", approx: true }, null, 400]
 */
export function consensus(claims: readonly Claim[], query?: AsOfQuery): Consensus {
  const where = "consensus";
  const { valid, known } = optionsOf(where, query, "query");
  const [day, second] = [validQueryDay(where, valid), knownQuerySecond(where, known)];
  const histories = historiesOf(where, claims, false);
  assertStocks(where, claims, "a consensus compares levels as of one valid time");
  const first = claims[0];
  for (const c of claims) {
    if (first === undefined) break;
    const differs = sameIndicator(first, c);
    if (differs !== undefined) {
      throw new FogcountError(
"mixed-indicators",
        `consensus: ${c.id} differs from ${first.id} in its ${differs}; a consensus is about one subject and measure`,
        { first: first.id, id: c.id, field: differs },
      );
    }
    if (c.indicator.unit !== first.indicator.unit) {
      throw new FogcountError("unit-mismatch", `consensus: cannot combine "${first.indicator.unit}" (${first.id}) with "${c.indicator.unit}" (${c.id})`, {
        left: first.indicator.unit,
        right: c.indicator.unit,
      });
    }
  }
  const unit = first?.indicator.unit ?? "unknown";
  const figures: OriginatorFigure[] = [];
  for (const { claims: list, index } of histories) {
    const found = list[findInForce(index, day, second, list)];
    if (found !== undefined) figures.push({ originator: found.attribution.originator.id, claim: found });
  }
  figures.sort((a, b) => (a.originator < b.originator ? -1 : a.originator > b.originator ? 1 : 0));
  if (figures.length === 0) return { unit, figures, hull: null, intersection: null, spread: null };
  const estimates = figures.map((f) => f.claim.estimate);
  const intervals = estimates.map((e) => readInterval(e, "consensus"));
  const approx = { approx: estimates.some(isHedged) };
  const hull = hullOf(intervals);
  const meet = intersectionOf(intervals);
  return {
    unit,
    figures,
    hull: fromInterval(hull, unit, approx),
    intersection: meet === null ? null : fromInterval(meet, unit, approx),
    spread: Number.isFinite(hull.high) ? hull.high - hull.low : null,
  };
}
