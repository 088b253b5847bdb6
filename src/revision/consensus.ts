import { rethrow } from "../_lib/guard.js";
import type { Claim } from "../claim/schema.js";
import { fromInterval } from "../estimate/interval.js";
import { isHedged, readInterval } from "../estimate/read.js";
import type { Interval } from "../estimate/interval.js";
import type { Estimate } from "../estimate/schema.js";
import { includesPart } from "../claim/indicator-key.js";
import { FogcountError } from "../errors.js";
import { optionsOf } from "../_lib/assert.js";
import type { Source } from "../provenance/schema.js";
import { noHemisphere } from "./seasons.js";
import { fail, oneOf, show } from "../_lib/assert.js";
import { maxAgeOf } from "./age.js";
import type { AsOfQuery } from "./as-of.js";
import { knownQuerySecond, validQueryDay } from "./clock.js";
import { historiesOf } from "./history.js";
import { findInForce } from "./search.js";
import { assertReplacementsHeld } from "./links.js";
import { assertStocks } from "./stock.js";

/** One originator's figure in a {@link consensus}. */
export interface OriginatorFigure {
  /** The originator's id. */
  readonly originator: string;
  /** The group the originator is counted in (see {@link ConsensusQuery.groupBy}): its id, its country, or what the function said. */
  readonly group: string;
  /** The claim in force for the question, as {@link asOf} answers it for this originator. */
  readonly claim: Claim;
  /** How many days before `valid` the figure describes ({@link ageDays}); `null` without `valid`. */
  readonly ageDays: number | null;
}

/** The hull, intersection and spread of a set of figures. */
export interface Spread {
  /** The smallest estimate that allows every value any figure allows; `null` with no figures. */
  readonly hull: Estimate | null;
  /** The values every figure allows (where they agree); `null` when they do not agree or there are no figures. */
  readonly intersection: Estimate | null;
  /** The width of the hull, highest allowed value minus lowest; `null` when unbounded or with no figures. */
  readonly spread: number | null;
}

/** The figures of one definition of the measure (the casualty parts it `includes`), side by side. */
export interface DefinitionConsensus extends Spread {
  /** The casualty parts counted, joined with `+` in the order of `CASUALTY_PARTS`; `""` for all four (or a measure without parts). */
  readonly includes: string;
  readonly figures: readonly OriginatorFigure[];
}

/** What originators say about one subject and measure at one valid and knowledge time. */
export interface Consensus extends Spread {
  /** The unit every figure counts in. */
  readonly unit: string;
  /** Each originator's figure, by originator id; originators with nothing known (or nothing recent enough) are left out. */
  readonly figures: readonly OriginatorFigure[];
  /**
   * The figures by definition. With `includes: "strict"` and more than one
   * definition, the hull, intersection and spread are given here only, and
   * `null` on the consensus itself.
   */
  readonly definitions: readonly DefinitionConsensus[];
}

/** The question of a {@link consensus}: an {@link asOf} query and how to group and filter the figures. */
export interface ConsensusQuery extends Pick<AsOfQuery, "valid" | "known" | "maxAgeDays"> {
  /**
   * Whose figures are one voice: each originator (the default), each country
   * (an originator's `country`, its `countries` joined with `+`, else its id),
   * or the text a function gives for the originator. The hull and
   * intersection are taken over each group's hull, so two agencies of one
   * country do not make an agreement; and when the figures within a group
   * do not overlap, the group disagrees with itself and the intersection is
   * `null`, as it is for two originators who disagree (its hull would
   * otherwise narrow the other groups into a figure none of them said).
   */
  readonly groupBy?: "originator" | "country" | ((source: Source) => string);
  /**
   * `"strict"` (the default) keeps figures that count different casualty
   * parts apart, by definition; `"ignore"` puts them in one hull.
   */
  readonly includes?: "strict" | "ignore";
}

function sameIndicator(a: Claim, b: Claim): string | undefined {
  const x = a.indicator;
  const y = b.indicator;
  if (x.subject !== y.subject) return "subject";
  if (x.measure !== y.measure) return "measure";
  if ((x.scope ?? "") !== (y.scope ?? "")) return "scope";
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

/** The width of the hull; a width past the largest finite number is `overflow`, not `Infinity`. */
function widthOf(low: number, high: number): number {
  const width = high - low;
  if (!Number.isFinite(width)) throw new FogcountError("overflow", `consensus: the spread from ${low} to ${high} is past the largest finite number`, { low, high });
  return width;
}

function spreadOf(figures: readonly OriginatorFigure[], unit: string, groups: (f: OriginatorFigure) => string): Spread {
  if (figures.length === 0) return { hull: null, intersection: null, spread: null };
  const approx = { approx: figures.some((f) => isHedged(f.claim.estimate)) };
  const byGroup = new Map<string, Interval[]>();
  for (const f of figures) {
    const list = byGroup.get(groups(f)) ?? [];
    list.push(readInterval(f.claim.estimate, "consensus"));
    byGroup.set(groups(f), list);
  }
  const lists = [...byGroup.values()];
  const hulls = lists.map(hullOf);
  const hull = hullOf(hulls);
  // a group whose own figures disagree speaks with no one voice: its hull would narrow the others into a figure none of them said
  const meet = lists.some((list) => intersectionOf(list) === null) ? null : intersectionOf(hulls);
  return {
    hull: fromInterval(hull, unit, approx),
    intersection: meet === null ? null : fromInterval(meet, unit, approx),
    spread: Number.isFinite(hull.high) ? widthOf(hull.low, hull.high) : null,
  };
}

/** What a thrown value says: an error's message, else the value as a message shows it. */
function saying(thrown: unknown): string {
  try {
    const message: unknown = (thrown as { message?: unknown } | null)?.message;
    return typeof message === "string" ? message : show(thrown);
  } catch {
    return show(thrown);
  }
}

/**
 * The `groupBy` function's group for `source`; what it throws becomes `invalid-option` naming
 * the originator, with the thrown value as the error's `cause`.
 */
function called(where: string, groupBy: (s: Source) => string, source: Source): unknown {
  try {
    return groupBy(source);
  } catch (thrown) {
    const error = new FogcountError("invalid-option", `${where}: query.groupBy threw for the originator ${show(source.id)}: ${saying(thrown)}`, { path: "query.groupBy", value: source.id });
    // as `new Error(message, { cause })` keeps it: an own property that is not enumerable
    Object.defineProperty(error, "cause", { value: thrown, writable: true, configurable: true, enumerable: false });
    throw error;
  }
}

function groupOf(where: string, groupBy: ConsensusQuery["groupBy"], source: Source): string {
  if (groupBy === "originator") return source.id;
  if (groupBy === "country") return source.country ?? (source.countries === undefined ? source.id : [...source.countries].sort().join("+"));
  const group = called(where, groupBy as (s: Source) => string, source);
  if (typeof group !== "string" || group === "") fail(where, "query.groupBy", "must give non-empty text for each originator", group, "invalid-option");
  return group;
}

function checkSame(claims: readonly Claim[]): void {

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
}

/**
 * Without a valid time to ask about, each originator's latest figure is in
 * force: a consensus of them is about one time only when they are all for the
 * same time; otherwise it would set a figure of one year beside one of another.
 */
function sameTime(where: string, figures: readonly OriginatorFigure[]): void {
  const times = [...new Set(figures.map((f) => f.claim.validTime))];
  if (times.length > 1) {
    const listed = figures.map((f) => `${f.claim.id}: ${f.claim.validTime}`).join(", ");
    fail(where, "query.valid", `is needed: the latest figures are for different times (${listed}); give the time the consensus is about (and maxAgeDays to leave out older figures)`, undefined, "invalid-option");
  }
}

/**
 * What several originators say about one subject and measure: each one's
 * figure in force for `valid` as known at `known` (see {@link asOf}; without
 * `valid`, each one's latest figure, which must then all be for one time;
 * restatements passed over, figures older than `maxAgeDays` left out, each
 * with its `ageDays`), the hull of their figures (every value any of them
 * allows), their intersection (the values all of them allow: where they
 * agree, or `null`), and the spread (the width of the hull). With `groupBy`,
 * originators of one group (a country) are one voice. Figures that count
 * different casualty parts are kept apart by definition unless
 * `includes: "ignore"`. The hull and intersection are approximate when any
 * figure is; an open end of a finite bound is closed, as {@link fromInterval}
 * states intervals.
 *
 * @category Revision
 * @throws {FogcountError} `not-a-stock` for a flow or an increment (a hull of levels as of one time is no place for a count over a period); `mixed-indicators` for claims about different subjects, measures, scopes or modalities; `unit-mismatch` for different units; `duplicate-claim-id` for a repeated id, or two ids that look alike (the same text in another Unicode form, in compatibility characters or with invisible characters); `source-conflict` for two originators with one id and another name, kind, country or grade, or two whose ids look alike; `invalid-as-of` for a time that is not EDTF; `invalid-argument` if `claims` is not an array; `invalid-claim` for a claim that is not one, a `validTime` with unspecified digits ("20XX": one date whose digits are not known, which no history can place), a `reportedAt` with no end (claims are known from the end of their report time), claims that restate one another in a cycle, a `supersededBy` that names a restatement or replacements that run in a circle; `invalid-history` for a deprecated claim that could be in force whose `supersededBy` names no claim of its originator's figures (when it stopped being believed cannot be told); `invalid-option` for a query that is not an object, an option it does not take, no `valid` while the latest figures are for different times, an unknown `groupBy` or `includes`, a `groupBy` function that gives no text or throws (the thrown value is the error's `cause`), or a `maxAgeDays` that is not a finite number of days, not negative; `overflow` for a spread past the largest finite number.
 * @example
 * const c = consensus([nisKilled, ukKilled], { valid: "2025-04-30" });
 * [c.hull, c.intersection, c.spread];
 * //=> [{ kind: "range", low: 600, high: 1000, unit: "person", approx: true }, null, 400]
 * consensus([nisKilled, ukKilled], { valid: "2025-06-11", maxAgeDays: 30 }).figures.length;
 * //=> 0
 */
export function consensus(claims: readonly Claim[], query?: ConsensusQuery): Consensus {
  try {
    const where = "consensus";
    noHemisphere(where, query, "query");
    const q = optionsOf(where, query, "query", ["valid", "known", "maxAgeDays", "groupBy", "includes"]);
    const [day, second] = [validQueryDay(where, q.valid, "query.valid"), knownQuerySecond(where, q.known, "query.known")];
    const maxAge = maxAgeOf(where, q.maxAgeDays, q.valid);
    const groupBy = typeof q.groupBy === "function" ? q.groupBy : oneOf(where, "query.groupBy", q.groupBy ?? "originator", ["originator", "country"] as const);
    const strict = oneOf(where, "query.includes", q.includes ?? "strict", ["strict", "ignore"]) === "strict";
    const histories = historiesOf(where, claims, false);
    // the claims as the histories keep them (subject, unit and scope trimmed and in normal form C), in the order given
    const kept = new Map(histories.flatMap((h) => h.claims.map((c) => [c.id, c] as const)));
    const read = claims.map((c) => kept.get(c.id) as Claim);
    assertStocks(where, read, "a consensus compares levels as of one valid time");
    checkSame(read);
    const unit = read[0]?.indicator.unit ?? "unknown";
    const figures: OriginatorFigure[] = [];
    for (const { claims: list, index } of histories) {
      assertReplacementsHeld(where, list, index, day, second, (c) => `claims[${read.indexOf(c)}]`);
      const i = findInForce(index, day, second, list);
      const found = list[i];
      if (found === undefined) continue;
      const age = q.valid === undefined ? null : day - (index.validDay[i] as number);
      if (maxAge !== undefined && age !== null && age > maxAge) continue;
      const source = found.attribution.originator;
      figures.push({ originator: source.id, group: groupOf(where, groupBy, source), claim: found, ageDays: age });
    }
    if (q.valid === undefined) sameTime(where, figures);
    figures.sort((a, b) => (a.originator < b.originator ? -1 : a.originator > b.originator ? 1 : a.claim.id < b.claim.id ? -1 : 1));
    const parts = [...new Set(figures.map((f) => includesPart(f.claim.indicator)))].sort();
    const definitions = parts.map((includes) => {
      const own = figures.filter((f) => includesPart(f.claim.indicator) === includes);
      return { includes, figures: own, ...spreadOf(own, unit, (f) => f.group) };
    });
    const apart = strict && definitions.length > 1;
    const all = apart ? { hull: null, intersection: null, spread: null } : spreadOf(figures, unit, (f) => f.group);
    return { unit, figures, definitions, ...all };

  } catch (error) {
    rethrow("consensus", { claims, query }, error);
  }
}
