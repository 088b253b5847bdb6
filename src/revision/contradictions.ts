import { rethrow } from "../_lib/guard.js";
import type { Claim } from "../claim/schema.js";
import { widen } from "../estimate/hedge.js";
import { readInterval } from "../estimate/read.js";
import type { Estimate } from "../estimate/schema.js";
import { fail, optionsOf } from "../_lib/assert.js";
import { checkHistory } from "./check.js";
import { earlyReportFinding, replacementFinding } from "./claim-findings.js";
import { knownQuerySecond } from "./clock.js";
import type { RevisionHistory, RevisionIndex } from "./history.js";
import { danglingReplacements, originalOf } from "./links.js";
import { direction } from "./revisions.js";
import { chainAt } from "./search.js";
import { restatementFindings } from "./restatements.js";
import { firstUnorderedBefore, tieWinner } from "./order.js";
import { assertStocks } from "./stock.js";

/**
 * The codes of the findings of {@link findContradictions}, stable across versions:
 *
 * - `cumulative-decrease`: a figure of a cumulative measure is certainly lower than the one before it in valid time, and still lower with either one's hedge read as the rounding of its figure ("about 600" as 550–650: 599 after it is no fall, "about 500" is).
 * - `slipped-digit`: a figure about ten times (or a tenth of) the one before it, followed by a figure back near where it was: a digit added or dropped.
 * - `reported-before-valid`: an asserted claim reported before its valid time starts (the last day of `reportedAt` is before the first day of `validTime`); plans and projections are about times to come.
 * - `mixed-originators`: the history holds figures from more than one originator (a restatement counts as its original's, whoever published it).
 * - `simultaneous-conflict`: claims at the same valid day with certainly different figures whose order cannot be told: known at the same moment, or reported at overlapping times (one dated to a day, the other at a time of day within it, under `knownFrom: "end"`); `asOf` takes the preferred one, else the lowest id. Each claim is the later claim of at most one such finding for overlapping times (paired with the nearest earlier one whose figure differs).
 * - `hedge-drift`: a restatement states the figure differently from its original ("more than 600" for "roughly 600"). When the two figures do not overlap, even with either hedge read as the rounding of its figure, the message gives both and says so, and says "about ten times" (or "about a tenth of") the original where it is: 4,700 restated as 47,000 is a digit added, not a hedge.
 * - `measure-drift`: a restatement states another quantity than its original: another measure, casualty parts, aggregation, subject, scope or unit (casualties restated as killed, a week's count as a running total, one place's figure as another's), or another valid time (the message says which).
 * - `modality-drift`: a restatement states its original's figure with another modality (a projection restated as an assessment: "could reach 100,000" as "100,000 have").
 * - `stale-restatement`: a restatement published after its original was revised.
 * - `restatement-without-original`: a restatement whose original (at the end of its chain of `restates`) is not in the history: every search passes it over, so it answers nothing; give the original, or leave out `restates` if the figure is the publisher's own.
 * - `replacement-not-in-history`: a deprecated claim whose `supersededBy` names a claim that is not in the history (a dangling link): when it stopped being believed cannot be told, so `asOf`, `latest`, `revisions` and `consensus` refuse to answer where it could be in force; put the replacement in the history, or leave out `supersededBy` to retire the claim at once.
 * - `possible-restatement`: two claims of one originator for the same valid time, reported on days 1–14 days apart (never on the same day), that agree within rounding (they overlap, or one is hedged and they are within 10%), with no `restates` link; each claim is paired with the latest earlier report it agrees with.
 */
export type ContradictionCode =
  | "cumulative-decrease"
  | "slipped-digit"
  | "reported-before-valid"
  | "mixed-originators"
  | "simultaneous-conflict"
  | "hedge-drift"
  | "measure-drift"
  | "modality-drift"
  | "stale-restatement"
  | "restatement-without-original"
  | "replacement-not-in-history"
  | "possible-restatement";

/** How serious a finding is: `error` for a history that cannot be read as one series, `warning` for a figure to look at. */
export type FindingSeverity = "error" | "warning";

/** A finding of {@link findContradictions}: plain data with a stable code and the ids of the claims involved. */
export interface Finding {
  readonly code: ContradictionCode;
  readonly severity: FindingSeverity;
  /** What was found, naming the figures and their valid times. */
  readonly message: string;
  /** The ids of the claims involved, in valid-time order (for `slipped-digit`, the suspect is the middle one). */
  readonly claims: readonly string[];
}

/** Options for {@link findContradictions}. */
export interface ContradictionOptions {
  /**
   * The measure is cumulative (a running total "as of" each valid time), so
   * that a decrease is a contradiction. The caller says so; nothing is
   * inferred from the measure or the valid times. `false` by default. Only
   * a stock (see `AGGREGATIONS`) can be cumulative.
   */
  readonly cumulative?: boolean;
  /** Read the history as known at this time (EDTF, as in {@link asOf}); everything by default. */
  readonly known?: string;
}

/** The lowest and highest ratio that count as "about ten times" (10^±0.25 around 10). */
const TEN_LOW = 10 ** 0.75;
const TEN_HIGH = 10 ** 1.25;

/** A single representative value: the best value, else the midpoint of a bounded interval. */
function centre(estimate: Estimate): number | undefined {
  const i = readInterval(estimate, "findContradictions");
  if (i.best !== undefined) return i.best;
  return Number.isFinite(i.high) ? (i.low + i.high) / 2 : undefined;
}

/** +1 for about ten times up, -1 for about ten times down, 0 otherwise. */
function tenfold(a: number | undefined, b: number | undefined): -1 | 0 | 1 {
  if (a === undefined || b === undefined || a <= 0 || b <= 0) return 0;
  const r = b / a;
  if (r >= TEN_LOW && r <= TEN_HIGH) return 1;
  if (1 / r >= TEN_LOW && 1 / r <= TEN_HIGH) return -1;
  return 0;
}

/** A claim's figure for a message, with the words that bound or hedge it: "about 600 people (a, valid 2025-01-31)". */
function show(c: Claim): string {
  const e = c.estimate;
  const v = "value" in e ? String(e.value) : e.kind === "range" ? `${e.low}–${e.high}` : e.order;
  const bound = e.kind === "atLeast" ? (e.strict ? "more than " : "at least ") : e.kind === "atMost" ? (e.strict ? "fewer than " : "at most ") : "";
  const about = e.kind === "approx" || (e.kind !== "exact" && e.kind !== "magnitude" && e.approx === true) ? "about " : "";
  return `${bound}${about}${v} ${e.unit === "person" ? "people" : e.unit} (${c.id}, valid ${c.validTime})`;
}

/**
 * Whether `to` is certainly lower than `from`, and still lower with either one's hedge read as
 * the rounding of its figure ("about 600" as 550–650, see `applyHedge`): 599 after "about 600"
 * lies within the hedge and is no fall; "about 500" after "about 600" is one. Figures too large
 * to widen are compared as stated.
 */
function certainlyFalls(from: Estimate, to: Estimate): boolean {
  if (direction(from, to) !== "down") return false;
  try {
    const where = "findContradictions";
    return direction(widen(from, "rounding", where), to) === "down" && direction(from, widen(to, "rounding", where)) === "down";
  } catch {
    return true;
  }
}

/**
 * How two claims placed on one day of the valid-time axis stand: they "describe the same time",
 * or, with different valid times (two times of one day, a month and its last day), "sit on one
 * day of the valid-time axis, which counts days".
 */
function sameTime(a: Claim, b: Claim): string {
  return a.validTime === b.validTime ? "describe the same time" : "sit on one day of the valid-time axis, which counts days,";
}

/** Claims tied on both clocks, known at `second`, whose figures certainly differ from the one `asOf` takes (the last of the tie). */
function simultaneous(index: RevisionIndex, claims: readonly Claim[], second: number): Finding[] {
  const out: Finding[] = [];
  let start = 0;
  for (let i = 1; i <= claims.length; i++) {
    if (i < claims.length && index.validDay[i] === index.validDay[start] && index.knownFrom[i] === index.knownFrom[start]) continue;
    // claims tied on both clocks became known at one moment: all of them are known at `second`, or none
    const tied = (index.knownFrom[start] as number) <= second ? claims.slice(start, i).filter((c) => c.restates === undefined) : [];
    const taken = tied[tied.length - 1] as Claim;
    for (let k = 0; k < tied.length - 1; k++) {
      const c = tied[k] as Claim;
      const way = direction(c.estimate, taken.estimate);
      if (c.status?.kind === "deprecated" || (way !== "up" && way !== "down")) continue;
      out.push({
        code: "simultaneous-conflict",
        severity: "warning",
        message: `${show(c)} and ${show(taken)} ${sameTime(c, taken)} and became known at the same moment with different figures; asOf takes ${taken.id}`,
        claims: [c.id, taken.id],
      });
    }
    start = i;
  }
  return out;
}

/**
 * Claims at one valid day, known at `second`, whose reports cannot be ordered
 * (one dated to a day, the other with a time of day within it) and whose
 * figures certainly differ: which is the correction cannot be told, so a tie
 * decides, as {@link simultaneous} reports for claims known at one moment.
 * Each claim is paired with the nearest earlier one it conflicts with, so a
 * claim is the later of at most one finding: many reports of one day with two
 * figures give a finding a report, not one a pair.
 */
function unordered(index: RevisionIndex, claims: readonly Claim[], second: number): Finding[] {
  const out: Finding[] = [];
  const counts = (c: Claim): boolean => c.restates === undefined && c.status?.kind !== "deprecated";
  let lo = 0;
  let tie = 0; // the first claim known at the moment claim i is known: claims tied with i are simultaneous, not unordered
  let b = claims[0] as Claim;
  const differs = (j: number): boolean => {
    const way = counts(claims[j] as Claim) ? direction((claims[j] as Claim).estimate, b.estimate) : "unchanged";
    return way === "up" || way === "down";
  };
  for (let i = 0; i < claims.length; i++) {
    if (index.validDay[i] !== index.validDay[lo]) lo = i;
    if (i === lo || index.knownFrom[i] !== index.knownFrom[tie]) tie = i;
    b = claims[i] as Claim;
    if ((index.knownFrom[i] as number) > second || !counts(b)) continue;
    const j = firstUnorderedBefore(index, lo, i, tie, differs);
    if (j < 0) continue;
    const taken = claims[tieWinner(index, i, j)] as Claim;
    const other = taken === b ? (claims[j] as Claim) : b;
    out.push({
      code: "simultaneous-conflict",
      severity: "warning",
      message: `${show(other)} and ${show(taken)} ${sameTime(other, taken)} with different figures, reported at ${other.reportedAt} and ${taken.reportedAt}: which came out later cannot be told; asOf takes ${taken.id}`,
      claims: [other.id, taken.id],
    });
  }
  return out;
}

/** The finding for a restatement (`c`) whose chain of `restates` leaves the history at `last`. */
function orphanFinding(c: Claim, last: Claim): Finding {
  return {
    code: "restatement-without-original",
    severity: "warning",
    message: `${c.id} restates ${last.restates}, which is not in the history: searches pass a restatement over, so it answers nothing (give the original, or leave out restates if the figure is ${c.attribution.originator.id}'s own)`,
    claims: [c.id],
  };
}

/**
 * Reports before their valid time, restatements whose original is not there, and more than one originator, among the
 * claims known at `second`. A restatement speaks for the claim it restates,
 * whoever published it (an outlet may be its originator): only one whose
 * original is not in the history counts as an originator's own figure.
 */
function claimFindings(index: RevisionIndex, claims: readonly Claim[], second: number): Finding[] {
  const out: Finding[] = [];
  const originators = new Map<string, string>();
  const byId = new Map(claims.map((c) => [c.id, c]));
  const found = new Map<string, Claim>(); // each chain of restatements followed once
  const dangling = danglingReplacements(claims);
  for (let i = 0; i < claims.length; i++) {
    if ((index.knownFrom[i] as number) > second) continue;
    const c = claims[i] as Claim;
    const id = c.attribution.originator.id;
    const original = c.restates === undefined ? c : originalOf(c, byId, found);
    const orphan = original.restates !== undefined; // its chain of restates leaves the history
    // a restatement of a claim in the history speaks for that claim's originator, not its own
    if ((original === c || orphan) && !originators.has(id)) originators.set(id, c.id);
    if (orphan) out.push(orphanFinding(c, original));
    if (dangling.includes(i)) out.push(replacementFinding(c));
    const early = earlyReportFinding(c);
    if (early !== undefined) out.push(early);
  }
  if (originators.size > 1) {
    out.push({
      code: "mixed-originators",
      severity: "error",
      message: `the history mixes ${originators.size} originators (${[...originators.keys()].join(", ")}); group by indicatorKey to keep each one's revisions apart`,
      claims: [...originators.values()],
    });
  }
  return out;
}

/**
 * Contradictions within a revision history as known at `known`, as findings
 * with stable codes (see {@link ContradictionCode}). Only claims known at
 * `known` (on the history's knowledge clock, see `Clocks`) take part in any
 * finding: a restatement published later, a report still to come, a second
 * originator's figure not yet out are not there to be found. Decreases and
 * slipped digits are looked for among the figures in force (one per valid
 * time, corrections applied, restatements passed over); reports before their
 * valid time, mixed originators, simultaneous conflicts, replacements not in
 * the history and the drift of restatements from their originals among all known claims. Superseded figures are not compared, so a
 * decrease that a correction explains is not reported once the correction
 * is known.
 *
 * @category Revision
 * @throws {FogcountError} `not-a-stock` for `cumulative: true` on a history of flows or increments; `invalid-as-of` for a `known` that is not EDTF; `invalid-history` for a value that is not a revision history, or one whose index does not match its claims or that holds two claims of one id; `invalid-option` for options that are not an object, an option other than `cumulative` and `known`, or a `cumulative` that is not a boolean.
 * @example
 * findContradictions(revisionHistory([apc12Oct, apc13Oct])[0], { cumulative: true }).map((f) => f.code);
 * //=> ["cumulative-decrease"]
 */
export function findContradictions(history: RevisionHistory, options?: ContradictionOptions): Finding[] {
  try {
    const where = "findContradictions";
    const checked = checkHistory(where, history);
    const { index, claims } = checked;
    const { cumulative = false, known } = optionsOf(where, options, "options", ["cumulative", "known"]);
    if (typeof cumulative !== "boolean") fail(where, "options.cumulative", "must be a boolean", cumulative, "invalid-option");
    if (cumulative) assertStocks(where, claims.filter((c) => c.restates === undefined), "only a level as of a time can be cumulative");
    const second = knownQuerySecond(where, known, "options.known");
    const findings = [...claimFindings(index, claims, second), ...simultaneous(index, claims, second), ...unordered(index, claims, second), ...restatementFindings(checked, second)];
    const chain = chainAt(index, second, claims).map((i) => claims[i] as Claim);
    const centres = chain.map((c) => centre(c.estimate));
    for (let k = 1; k < chain.length; k++) {
      const from = chain[k - 1] as Claim;
      const to = chain[k] as Claim;
      if (cumulative && certainlyFalls(from.estimate, to.estimate)) {
        findings.push({
          code: "cumulative-decrease",
          severity: "warning",
          message: `the cumulative figure falls from ${show(from)} to ${show(to)}`,
          claims: [from.id, to.id],
        });
      }
      const before = tenfold(centres[k - 1], centres[k]);
      if (before !== 0 && k + 1 < chain.length && tenfold(centres[k], centres[k + 1]) === -before) {
        const after = chain[k + 1] as Claim;
        findings.push({
          code: "slipped-digit",
          severity: "warning",
          message: `${show(to)} is about ten times ${before > 0 ? "more" : "less"} than the figures either side, ${show(from)} and ${show(after)}: a digit slipped?`,
          claims: [from.id, to.id, after.id],
        });
      }
    }
    return findings;
  } catch (error) {
    rethrow("findContradictions", { history, options }, error);
  }
}
