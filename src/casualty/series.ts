// The casualty claims of a list as revision histories, one per measure (and
// per definition of the total), grouped by who counts what. Not exported from
// the package.

import { fail } from "../_lib/assert.js";
import { checkClaim } from "../claim/check.js";
import { keyOf } from "../claim/indicator-key.js";
import { CASUALTY_PARTS } from "../claim/measures.js";
import type { CasualtyPart } from "../claim/measures.js";
import type { Claim } from "../claim/schema.js";
import { FogcountError } from "../errors.js";
import { historiesOf } from "../revision/history.js";
import type { RevisionHistory } from "../revision/history.js";
import { findInForce } from "../revision/search.js";
import { assertStocks } from "../revision/stock.js";

const MEASURES: readonly string[] = [...CASUALTY_PARTS, "casualties"];

/** One originator's casualty figures about one subject, scope and unit. @internal */
export interface CasualtySeries {
  /** The first claim of the series, to name it. */
  readonly first: Claim;
  /** The history of each part. */
  readonly parts: Partial<Record<CasualtyPart, RevisionHistory>>;
  /** The histories of the total, one per definition (`includes`). */
  readonly totals: readonly RevisionHistory[];
}

/** Who counts what: subject, unit, scope and originator, as an indicator key without measure. */
function seriesKey(c: Claim): string {
  const { subject, unit, scope } = c.indicator;
  return keyOf({ indicator: { subject, measure: "casualties", unit, ...(scope !== undefined && { scope }) }, attribution: c.attribution });
}

/**
 * The casualty claims of `claims` that assert a figure (not a plan, a
 * projection or a restatement), checked, as series. Throws what
 * `revisionHistory` throws for a claim that is not one (a count below zero among them) or a repeated id,
 * `not-a-stock` for a flow or an increment. @internal
 */
export function casualtySeries(where: string, claims: readonly Claim[]): CasualtySeries[] {
  if (!Array.isArray(claims)) fail(where, "claims", "must be an array of claims", claims);
  const kept: Claim[] = [];
  const seen = new Map<string, number>();
  // An index loop: a hole in a sparse array is an error, not a skipped claim.
  for (let i = 0; i < claims.length; i++) {
    const { indicator } = checkClaim(where, `claims[${i}]`, claims[i]);
    const c = claims[i] as Claim;
    const before = seen.get(c.id);
    if (before !== undefined) {
      throw new FogcountError("duplicate-claim-id", `${where}: claims[${i}] has the id ${JSON.stringify(c.id)} of claims[${before}]`, { id: c.id, index: i, first: before });
    }
    seen.set(c.id, i);
    if (!MEASURES.includes(indicator.measure) || (c.modality ?? "asserted") !== "asserted" || c.restates !== undefined) continue;
    kept.push(c);
  }
  assertStocks(where, kept, "a breakdown reads levels as of a time");
  const groups = new Map<string, { first: Claim; parts: Partial<Record<CasualtyPart, RevisionHistory>>; totals: RevisionHistory[] }>();
  for (const h of historiesOf(where, kept, false)) {
    const first = h.claims[0] as Claim;
    const key = seriesKey(first);
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { first, parts: {}, totals: [] }));
    const measure = first.indicator.measure;
    if (measure === "casualties") group.totals.push(h);
    else group.parts[measure as CasualtyPart] = h;
  }
  return [...groups.values()];
}

/** The claim of `history` in force for valid day `day` as known at second `known`, describing a day at most `maxAge` days before it. @internal */
export function inForce(history: RevisionHistory | undefined, day: number, known: number, maxAge: number): Claim | undefined {
  if (history === undefined) return undefined;
  const i = findInForce(history.index, day, known, history.claims);
  return i < 0 || day - (history.index.validDay[i] as number) > maxAge ? undefined : history.claims[i];
}

/** The parts a total's claim counts, in the order of `CASUALTY_PARTS`: all four when it lists none. @internal */
export function partsCounted(c: Claim): CasualtyPart[] {
  const includes = c.indicator.includes;
  return includes === undefined ? [...CASUALTY_PARTS] : CASUALTY_PARTS.filter((p) => includes.includes(p));
}
