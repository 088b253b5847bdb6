// Restatements: an outlet's rendering of an originator's figure, kept with the
// original in one history. renderings() and the drift findings of
// findContradictions.

import { rethrow } from "../_lib/guard.js";
import { fail, isText, optionsOf, show } from "../_lib/assert.js";
import { includesPart } from "../claim/indicator-key.js";
import type { Claim } from "../claim/schema.js";
import { formatEstimate } from "../estimate/format.js";
import { widen } from "../estimate/hedge.js";
import { readInterval } from "../estimate/read.js";
import type { Estimate } from "../estimate/schema.js";
import { checkHistory } from "./check.js";
import { knownQuerySecond, OPEN_END } from "./clock.js";
import { possibleRestatements } from "./repeats.js";
import type { Finding } from "./contradictions.js";
import type { RevisionHistory, RevisionIndex } from "./history.js";
import { groupKey } from "./gather.js";
import { originalOf } from "./links.js";
import { direction } from "./revisions.js";
import { findInForce } from "./search.js";

/**
 * How a restatement differs from its original: `"hedge"` (the figure is stated
 * differently: another kind, bound or value, such as "more than 600" for
 * "roughly 600"), `"measure"` (another measure, casualty parts or
 * aggregation, subject, scope or unit: casualties restated as killed, a week's count as a running
 * total, one place's figure as another's, people as tonnes), `"valid-time"` (another valid time), `"modality"` (another modality: a projection or plan restated as an
 * assessment, or the other way round) or `"stale"` (published after the
 * original was revised).
 */
export type Drift = "hedge" | "measure" | "modality" | "valid-time" | "stale";

/** One restatement of an original, with how it drifted from it. */
export interface Rendering {
  readonly claim: Claim;
  /** Empty when the restatement says what the original said. */
  readonly drift: readonly Drift[];
}

/** An original claim with every restatement of it in a history, in the history's order. */
export interface Renderings {
  readonly original: Claim;
  readonly restatements: readonly Rendering[];
}

function sameStatement(a: Estimate, b: Estimate): boolean {
  if (a.kind !== b.kind || a.unit !== b.unit) return false;
  if ((a as { strict?: boolean }).strict !== (b as { strict?: boolean }).strict) return false;
  return direction(a, b) === "unchanged";
}

/** How restatement `r` (at index `i`) drifted from `original` (at index `o`). */
function driftOf(index: RevisionIndex, claims: readonly Claim[], original: number, i: number): Drift[] {
  const o = claims[original] as Claim;
  const r = claims[i] as Claim;
  const drift: Drift[] = [];
  const [oi, ri] = [o.indicator, r.indicator];
  // a figure in another unit is another quantity, not the same figure hedged differently
  if (o.estimate.unit === r.estimate.unit && !sameStatement(o.estimate, r.estimate)) drift.push("hedge");
  const counts = oi.measure !== ri.measure || includesPart(oi) !== includesPart(ri) || (oi.aggregation ?? "stock") !== (ri.aggregation ?? "stock");
  if (counts || oi.subject !== ri.subject || (oi.scope ?? "") !== (ri.scope ?? "") || oi.unit !== ri.unit) drift.push("measure");
  if ((o.modality ?? "asserted") !== (r.modality ?? "asserted")) drift.push("modality");
  if (o.validTime !== r.validTime) drift.push("valid-time");
  if (findInForce(index, OPEN_END, index.knownFrom[i] as number, claims) !== original && (index.knownFrom[i] as number) > (index.knownFrom[original] as number)) drift.push("stale");
  return drift;
}

/** Whether the claim at `i` is known at `second`. */
const known = (index: RevisionIndex, i: number, second: number): boolean => (index.knownFrom[i] as number) <= second;

/** Every restatement in a history whose original is there too, both known at `second`: [restatement, original] indexes. */
function pairs(index: RevisionIndex, claims: readonly Claim[], second: number): [number, number][] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const at = new Map(claims.map((c, i) => [c.id, i]));
  const out: [number, number][] = [];
  const found = new Map<string, Claim>(); // each chain of restatements followed once
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i] as Claim;
    if (c.restates === undefined) continue;
    const o = originalOf(c, byId, found);
    const of = at.get(o.id) as number;
    if (o !== c && o.restates === undefined && known(index, i, second) && known(index, of, second)) out.push([i, of]);
  }
  return out;
}

/**
 * What `restatements: "include"` answers for the original in force at `i`:
 * the restatement of it known last by `second` that states the same
 * indicator (subject, measure, unit, scope, parts, aggregation, modality) for
 * the same valid time, not deprecated; else the original. A restatement
 * follows its original: one of a figure retired or revised is never in force,
 * and one that states another indicator or time is not this history's figure. @internal
 */
export function latestRendering(history: RevisionHistory, i: number, second: number): number {
  const { claims, index } = history;
  const original = claims[i] as Claim;
  const key = groupKey(original, true);
  const byId = new Map(claims.map((c) => [c.id, c]));
  let best = i;
  for (let j = 0; j < claims.length; j++) {
    const c = claims[j] as Claim;
    const at = index.knownFrom[j] as number;
    if (c.restates === undefined || c.status?.kind === "deprecated" || at > second || at < (index.knownFrom[best] as number)) continue;
    if (at === index.knownFrom[best] && j < best) continue;
    if (originalOf(c, byId) === original && c.validTime === original.validTime && groupKey(c, true) === key) best = j;
  }
  return best;
}

/** Options for {@link renderings}. */
export interface RenderingsOptions {
  /**
   * Read the history as known at this time (EDTF, as in {@link asOf}): only
   * the restatements known then are listed, and the claim asked about and its
   * original must be known then. Everything by default.
   */
  readonly known?: string;
}

/**
 * A figure as an originator stated it, with each outlet's restatement of it
 * (claims whose `restates` leads to it) and how each drifted: the hedge, the
 * measure, the modality, or a restatement published after the original was revised.
 * `claimId` may be the original's id or a restatement's. With `known`, only
 * what was known at that time (on the history's knowledge clock).
 *
 * @category Revision
 * @throws {FogcountError} `invalid-argument` for a `claimId` that is not the id of a claim in the history, or (with `known`) of a claim, or one restating an original, not known at `known`; `invalid-as-of` for a `known` that is not EDTF or has no latest day; `invalid-history` for a value that is not a revision history, or one whose index does not match its claims or that holds two claims of one id; `invalid-option` for options that are not an object or an option other than `known`.
 * @example
 * renderings(revisionHistory([nisApril, yonhap, reuters])[0], "nis-2025-04-killed").restatements.map((r) => [r.claim.id, r.drift]);
 * //=> [["yonhap-2025-05-01", []], ["reuters-2025-05-02", ["hedge"]]]
 * renderings(revisionHistory([nisApril, yonhap, reuters])[0], "nis-2025-04-killed", { known: "2025-05-01" }).restatements.length;
 * //=> 1
 */
export function renderings(history: RevisionHistory, claimId: string, options?: RenderingsOptions): Renderings {
  try {
    const where = "renderings";
    const { index, claims } = checkHistory(where, history);
    const at = optionsOf(where, options, "options", ["known"]).known;
    const second = knownQuerySecond(where, at, "options.known");
    const byId = new Map(claims.map((c) => [c.id, c]));
    const asked = isText(claimId) ? byId.get(claimId) : undefined;
    if (asked === undefined) fail(where, "claimId", "must be the id of a claim in the history", claimId);
    const original = originalOf(asked, byId);
    const o = claims.indexOf(original);
    if (!known(index, claims.indexOf(asked), second) || !known(index, o, second)) {
      fail(where, "claimId", `${asked === original || known(index, o, second) ? "is" : `restates ${show(original.id)}, which is`} not known at options.known ${show(at)}`, claimId);
    }
    const restatements = pairs(index, claims, second)
      .filter(([, of]) => of === o)
      .map(([i]) => ({ claim: claims[i] as Claim, drift: driftOf(index, claims, o, i) }));
    return { original, restatements };
  } catch (error) {
    rethrow("renderings", { history, claimId, options }, error);
  }
}

/** What a `measure-drift` finding says of a restatement of another valid time: the dataset check places it at `validTime`. @internal */
export const VALID_TIME_DRIFT = "restates another valid time than";

const DRIFT_FINDINGS = [
  ["hedge", "hedge-drift", "states the figure differently from"],
  ["measure", "measure-drift", "restates another measure than"],
  ["modality", "modality-drift", "states with another modality than"],
  ["valid-time", "measure-drift", VALID_TIME_DRIFT],
  ["stale", "stale-restatement", "was published after a revision of"],
] as const;

/**
 * `"up"` or `"down"` when restatement `r` states a figure that its original `o` does not allow,
 * even with either one's hedge read as the rounding of its figure ("about 4,700" as
 * 4,650–4,750): the two do not overlap. Undefined when they do.
 */
function apart(o: Estimate, r: Estimate): "up" | "down" | undefined {
  const way = direction(o, r);
  if (way !== "up" && way !== "down") return undefined;
  try {
    const where = "findContradictions";
    return direction(widen(o, "rounding", where), r) === way && direction(o, widen(r, "rounding", where)) === way ? way : undefined;
  } catch {
    // too large to widen: compared as stated
    return way;
  }
}

/** A single value of an estimate: its best, else the middle of a bounded interval. */
function middle(e: Estimate): number | undefined {
  const i = readInterval(e, "findContradictions");
  return i.best ?? (Number.isFinite(i.high) ? (i.low + i.high) / 2 : undefined);
}

/**
 * What a `hedge-drift` finding says of a restatement whose figure does not overlap its
 * original's: both figures, and "about ten times" or "about a tenth of" where it is (a digit
 * added or dropped: 4,700 restated as 47,000); "" for one that overlaps.
 */
function mismatch(orig: Claim, r: Claim): string {
  const way = apart(orig.estimate, r.estimate);
  if (way === undefined) return "";
  const [a, b] = [middle(orig.estimate), middle(r.estimate)];
  const times = a !== undefined && b !== undefined && a > 0 && b > 0 ? b / a : undefined;
  const tenfold = times === undefined ? "" : times >= 10 ** 0.75 && times <= 10 ** 1.25 ? "about ten times" : times >= 10 ** -1.25 && times <= 10 ** -0.75 ? "about a tenth of" : "";
  const words = (c: Claim): string => formatEstimate(c.estimate, { unit: true });
  const how = tenfold === "" ? (way === "up" ? "above the original" : "below the original") : `${tenfold} the original (a digit added or dropped?)`;
  return `: ${words(r)} for ${words(orig)}, ${how}, and the two do not overlap`;
}

/** The restatement findings of a history among the claims known at `second`: drift of each restatement, and unlinked likely restatements. @internal */
export function restatementFindings(history: RevisionHistory, second: number): Finding[] {
  const { index, claims } = history;
  const out: Finding[] = [];
  for (const [i, o] of pairs(index, claims, second)) {
    const drift = driftOf(index, claims, o, i);
    const [r, orig] = [claims[i] as Claim, claims[o] as Claim];
    const modalities = ` (${orig.modality ?? "asserted"} restated as ${r.modality ?? "asserted"})`;
    for (const [kind, code, says] of DRIFT_FINDINGS) {
      if (!drift.includes(kind)) continue;
      const message = `${r.id} ${says} ${orig.id}, which it restates${kind === "modality" ? modalities : kind === "hedge" ? mismatch(orig, r) : ""}`;
      out.push({ code, severity: "warning", message, claims: [orig.id, r.id] });
    }
  }
  out.push(...possibleRestatements(index, claims, (i) => claims[i]?.restates === undefined && known(index, i, second)));
  return out;
}

