// The claims a sum may add: what `derive.sum` and `derive.add` refuse before they add a claim's
// figure to another's. Not exported from the package.

import { fail } from "../_lib/assert.js";
import { FogcountError } from "../errors.js";
import { keyOf } from "../claim/indicator-key.js";
import { CASUALTY_PARTS } from "../claim/measures.js";
import type { Claim } from "../claim/schema.js";
import { periodRange } from "../time/bounds.js";
import { period } from "../time/edtf.js";
import type { Figure } from "./figure.js";

/** A claim a sum reaches, and where: the path of the input it is, or is inside of. */
interface Reached {
  readonly claim: Claim;
  readonly path: string;
}

/**
 * The claims stated at the leaves of `figure`, given at `path`. A figure reached again (one
 * figure used twice in a working) is not walked again: its first claim is reached once more,
 * which a sum refuses as one claim reached twice, so a working that reuses its own steps is
 * read in time linear in its distinct figures (`seen`: the first claim under each figure walked).
 */
function leaves(figure: Figure, path: string, out: Reached[], seen: Map<Figure, Claim | undefined> = new Map()): void {
  const d = figure.derivation;
  if (d.op === "claim") {
    out.push({ claim: d.claim, path });
    return;
  }
  if (d.op === "given") return;
  if (seen.has(figure)) {
    const again = seen.get(figure);
    if (again !== undefined) out.push({ claim: again, path });
    return;
  }
  const from = out.length;
  d.inputs.forEach((f, i) => leaves(f, `${path}.derivation.inputs[${i}]`, out, seen));
  seen.set(figure, out[from]?.claim);
}

/** What a claim counts, whoever says it: the key of its indicator, as a history groups it, with no originator. */
const countOf = (c: Claim): string => keyOf({ indicator: c.indicator, attribution: { originator: { id: "" } } });

const isPart = (measure: string): boolean => (CASUALTY_PARTS as readonly string[]).includes(measure);

/** Why `claim` adds nothing to a sum of what was asserted, or undefined if it may be added. */
function notAsserted(claim: Claim): string | undefined {
  const modality = claim.modality ?? "asserted";
  if (modality !== "asserted") return `is ${modality === "potential" ? "a possibility" : `a ${modality === "planned" ? "plan" : "projection"}`} (modality ${modality}), not an assertion: a sum adds only what was asserted`;
  if (claim.restates !== undefined) return `restates ${JSON.stringify(claim.restates)}: its figure is that claim's, and a sum counts it once (add the original)`;
  return retired(claim);
}

/**
 * Why a deprecated claim (`status.kind` `"deprecated"`) is no figure to compute with, or
 * undefined for a claim in force: its source withdrew it, and a figure computed from it would
 * be a number its source no longer stands by. @internal
 */
export function retired(claim: Claim): string | undefined {
  const s = claim.status;
  if (s?.kind !== "deprecated") return undefined;
  const by = s.supersededBy === undefined ? "" : `, superseded by ${JSON.stringify(s.supersededBy)} (use that claim)`;
  return `is deprecated (${JSON.stringify(s.reason)})${by}: a withdrawn figure is not in force, and nothing is computed from it`;
}

/**
 * Refuses, for `where`, a deprecated claim stated anywhere in `figures` (each given at the path of
 * the same place in `paths`): see {@link retired}. Throws `invalid-argument`. @internal
 */
export function checkInForce(where: string, figures: readonly Figure[], paths: readonly string[]): void {
  const reached: Reached[] = [];
  const seen = new Map<Figure, Claim | undefined>();
  figures.forEach((f, i) => leaves(f, paths[i] as string, reached, seen));
  for (const { claim, path } of reached) {
    const why = retired(claim);
    if (why !== undefined) fail(where, path, why, claim.id);
  }
}

/** A flow or increment reached, with the first and last day its valid time allows (`null`: open or unknown). */
interface Spell {
  readonly r: Reached;
  readonly first: number | null;
  readonly last: number | null;
}

/** A flow's first and last day as times (the first millisecond of each day), read through the time room. */
function spellOf(r: Reached): Spell {
  const [first, last] = periodRange(period(r.claim.validTime));
  return { r, first: first === null ? null : first.getTime(), last: last === null ? null : last.getTime() };
}

/**
 * Refuses two flows or increments of one count whose valid times overlap, or may (an open or
 * unknown end): the days they share would be counted twice. Sorted by first day, each is
 * compared with the one reaching furthest among those before it: O(n log n).
 */
function checkSpells(where: string, spells: Spell[]): void {
  // an open start sorts first (a difference of two -Infinity would be NaN)
  const from = (x: Spell): number => x.first ?? -Number.MAX_VALUE;
  spells.sort((a, b) => from(a) - from(b));
  let reach: Spell | undefined;
  for (const s of spells) {
    if (reach !== undefined && (s.first === null || reach.last === null || s.first <= reach.last)) {
      const [a, b] = [reach.r, s.r];
      const how = a.claim.validTime === b.claim.validTime ? `over ${a.claim.validTime}` : `over ${a.claim.validTime} and ${b.claim.validTime}, which ${s.first === null || reach.last === null ? "may overlap (an open or unknown end)" : "overlap"}`;
      const what = `${a.claim.indicator.aggregation}s`;
      fail(where, b.path, `and ${a.path} (${JSON.stringify(a.claim.id)}) are two ${what} of one count ${how}: the time they share would be counted twice`, b.claim.id);
    }
    if (reach === undefined || (reach.last !== null && (s.last === null || s.last > reach.last))) reach = s;
  }
}

/**
 * Refuses, for `where`, a sum of `figures` that would count something twice or add what no one
 * asserted: a claim that is a plan, a projection, a possibility, a restatement or deprecated;
 * one claim reached twice; claims of different measures (unless each is a casualty part:
 * killed, wounded, missing, captured); two levels (stocks) of one count, which are two
 * statements of one number, whatever their dates or sources; and two flows or increments of one
 * count whose valid times overlap, or may overlap (an open or unknown end). Throws
 * `invalid-argument`, `duplicate-claim-id` or `mixed-indicators`.
 */
export function checkSummable(where: string, figures: readonly Figure[], paths: readonly string[]): void {
  const reached: Reached[] = [];
  const seen = new Map<Figure, Claim | undefined>();
  figures.forEach((f, i) => leaves(f, paths[i] as string, reached, seen));
  const ids = new Map<string, string>();
  const stocks = new Map<string, Reached>();
  const flows = new Map<string, Spell[]>();
  const first = reached[0]?.claim.indicator.measure;
  for (const r of reached) {
    const { claim, path } = r;
    const why = notAsserted(claim);
    if (why !== undefined) fail(where, path, why, claim.id);
    const seen = ids.get(claim.id);
    if (seen !== undefined) throw new FogcountError("duplicate-claim-id", `${where}: ${path} is the claim ${JSON.stringify(claim.id)} of ${seen}, which a sum would count twice`, { id: claim.id });
    ids.set(claim.id, path);
    const measure = claim.indicator.measure;
    if (measure !== first && !(isPart(measure) && isPart(first as string))) {
      throw new FogcountError("mixed-indicators", `${where}: ${path} counts ${measure}, not ${first}: a sum adds figures of one measure (or the casualty parts killed, wounded, missing and captured)`, { left: first, right: measure });
    }
    const key = countOf(claim);
    if ((claim.indicator.aggregation ?? "stock") !== "stock") {
      const list = flows.get(key);
      if (list === undefined) flows.set(key, [spellOf(r)]);
      else list.push(spellOf(r));
      continue;
    }
    const other = stocks.get(key);
    if (other !== undefined) {
      const what = "two levels of one count (a stock as of a time): a later or another source's level restates the number, and does not add to it, whatever their valid times";
      fail(where, path, `and ${other.path} (${JSON.stringify(other.claim.id)}) are ${what}`, claim.id);
    }
    stocks.set(key, r);
  }
  for (const list of flows.values()) if (list.length > 1) checkSpells(where, list);
}
