// Reading revision histories for revisionChart: each checked by the revision
// room, split into one series per originator, and each claim known at the
// knowledge time placed on the valid-time axis with its role. Not exported
// from the package.

import { fail, isObject } from "../_lib/assert.js";
import type { Claim } from "../claim/schema.js";
import { FogcountError } from "../errors.js";
import type { Interval } from "../estimate/interval.js";
import { noFigureWords } from "../estimate/no-figure.js";
import { readInterval } from "../estimate/read.js";
import { checkHistory } from "../revision/check.js";
import { groupKey } from "../revision/gather.js";
import { assertReplacementsHeld } from "../revision/links.js";
import { historiesOf } from "../revision/history.js";
import type { RevisionHistory } from "../revision/history.js";
import { chainAt } from "../revision/search.js";
import { periodDays } from "./words.js";

/**
 * What a figure is on the chart: the claim in force for its valid time
 * (`in-force`), one a later report replaced (`superseded`), an outlet's
 * restatement of a figure (`restatement`), or one a deprecation has retired
 * (`withdrawn`).
 */
export type Role = "in-force" | "superseded" | "restatement" | "withdrawn";

/** A claim as the chart places it. @internal */
export interface Placed {
  readonly claim: Claim;
  readonly role: Role;
  /** Its day on the valid-time axis (the history's anchor). */
  readonly day: number;
  /** The first and last day of its valid time; `null` for an open end, or an unknown one (`unknown` names it). */
  readonly start: number | null;
  readonly end: number | null;
  /** The end of its valid time that is a day not known (`2024/`), if one is: drawn as not known, never as running on. */
  readonly unknown?: "start" | "end";
  readonly interval: Interval;
  /** The value it states or its best value; undefined for a range, a bound or a magnitude without one. */
  readonly point: number | undefined;
}

/** One originator's figures. @internal */
export interface Series {
  readonly name: string;
  readonly figures: readonly Placed[];
  /** Whether the figures are levels, whose successive values revise one another. */
  readonly stock: boolean;
}

/** The figures of a revision chart. @internal */
export interface RevisionData {
  readonly series: readonly Series[];
  /** The indicator the figures share, from the first original. */
  readonly claim: Claim | undefined;
  readonly unit: string | undefined;
  /** Figures known by then whose valid time has no day to be drawn at. */
  readonly unplaced: number;
  /** Restatements known by then in another unit than the series. */
  readonly otherUnit: number;
  /** Zeros known by then whose words say no figure was given ("n/a"): unknown, so not drawn at 0. */
  readonly noFigure: number;
}

const OPEN = Number.MAX_SAFE_INTEGER;

/** Names compared as a reader orders them, numbers by value; fixed to English, so that the order never depends on the machine. */
const NATURAL = new Intl.Collator("en", { numeric: true });

/** The histories given, checked by the revision room; a list must not be empty. */
function checkedHistories(where: string, history: unknown): RevisionHistory[] {
  const list: unknown[] = Array.isArray(history) ? Array.from(history as unknown[]) : [history];
  if (list.length === 0) fail(where, "history", "must be a revision history or a non-empty list of them", history);
  return list.map((h, i) => {
    const path = Array.isArray(history) ? `history[${i}]` : "history";
    if (!isObject(h) || h["kind"] !== "revision-history") fail(where, path, "is not a revision history built by revisionHistory", h, "invalid-history");
    return checkHistory(where, h as unknown as RevisionHistory);
  });
}

/**
 * Refuses a replacement a series per originator cannot place, known at second `known`: one
 * not in its history (a dangling link), or another originator's, which splitting the history
 * would leave dangling; either would draw the claim withdrawn from the start.
 */
function checkReplacements(where: string, h: RevisionHistory, path: string, known: number): void {
  assertReplacementsHeld(where, h.claims, h.index, Number.POSITIVE_INFINITY, known, (_c, i) => `${path}.claims[${i}]`);
  const byId = new Map(h.claims.map((c) => [c.id, c]));
  h.claims.forEach((c, i) => {
    // a claim without status is normal, as revisionHistory keeps it from plain objects
    const status = c.status as typeof c.status | undefined;
    const by = status?.kind === "deprecated" ? status.supersededBy : undefined;
    const other = by === undefined ? undefined : byId.get(by);
    if (other === undefined || other.attribution.originator.id === c.attribution.originator.id || (h.index.knownFrom[i] as number) > known) return;
    const why = `names ${JSON.stringify(by)}, a claim of another originator (${JSON.stringify(other.attribution.originator.id)}): the chart draws one series per originator, in which that replacement is not, so when ${JSON.stringify(c.id)} stopped being believed cannot be drawn; chart the originators' figures without the link, or query the history with asOf`;
    fail(where, `${path}.claims[${i}].status.supersededBy`, why, by, "invalid-history");
  });
}

/** One history per originator: a history grouped across originators is split, with its clocks; a claim id in two histories is refused. */
function perOriginator(where: string, histories: readonly RevisionHistory[]): RevisionHistory[] {
  const seen = new Map<string, number>();
  histories.forEach((h, n) => {
    for (const c of h.claims) {
      const before = seen.get(c.id);
      if (before !== undefined) throw new FogcountError("duplicate-claim-id", `${where}: history[${n}] and history[${before}] both hold the claim ${JSON.stringify(c.id)}`, { id: c.id });
      seen.set(c.id, n);
    }
  });
  return histories.flatMap((h) => historiesOf(where, h.claims, false, h.clocks));
}

/** The first claim of a history that restates nothing (its original), else its first claim. */
function originalIn(h: RevisionHistory): Claim | undefined {
  return h.claims.find((c) => c.restates === undefined) ?? h.claims[0];
}

/** Refuses histories about different indicators: one chart has one measure and one unit. */
function checkOneIndicator(where: string, histories: readonly RevisionHistory[]): Claim | undefined {
  let first: Claim | undefined;
  for (const h of histories) {
    const c = originalIn(h);
    if (c === undefined) continue;
    first ??= c;
    if (groupKey(c, true) !== groupKey(first, true)) {
      throw new FogcountError("mixed-indicators", `${where}: the histories are about different indicators (${JSON.stringify(groupKey(first, true))} and ${JSON.stringify(groupKey(c, true))}); chart one at a time`, { first: first.id, second: c.id });
    }
  }
  return first;
}

function placed(h: RevisionHistory, i: number, role: Role): Placed {
  const claim = h.claims[i] as Claim;
  const interval = readInterval(claim.estimate);
  const { start, end, unknown } = periodDays(claim.validTime);
  const point = interval.best ?? (interval.low === interval.high ? interval.low : undefined);
  const at = { claim, role, day: h.index.validDay[i] as number, start, end, interval, point };
  return unknown === undefined ? at : { ...at, unknown };
}

/** The figures of one originator's history known at second `known`, each with its role; counts what cannot be drawn. */
function seriesOf(h: RevisionHistory, known: number, unit: string | undefined, counts: { unplaced: number; otherUnit: number; noFigure: number }): Series {
  const { index, claims } = h;
  const inForce = new Set(chainAt(index, known, claims));
  const figures: Placed[] = [];
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i] as Claim;
    if ((index.knownFrom[i] as number) > known) continue;
    const retired = index.retiredFrom[i];
    const role: Role = retired !== null && retired !== undefined && retired <= known ? "withdrawn" : c.restates !== undefined ? "restatement" : inForce.has(i) ? "in-force" : "superseded";
    if (Math.abs(index.validDay[i] as number) === OPEN) counts.unplaced++;
    else if (unit !== undefined && c.estimate.unit !== unit) counts.otherUnit++;
    else if (noFigureWords(c.estimate, c.text) !== undefined) counts.noFigure++;
    else figures.push(placed(h, i, role));
  }
  const original = originalIn(h);
  return { name: original?.attribution.originator.name ?? "", figures, stock: (original?.indicator.aggregation ?? "stock") === "stock" };
}

/** Reads what `revisionChart` draws: the histories checked and split per originator, the figures known at second `known`. @internal */
export function readRevisions(where: string, history: unknown, known: number): RevisionData {
  const given = checkedHistories(where, history);
  given.forEach((h, n) => checkReplacements(where, h, Array.isArray(history) ? `history[${n}]` : "history", known));
  const histories = perOriginator(where, given);
  const claim = checkOneIndicator(where, histories);
  const unit = claim?.indicator.unit;
  const counts = { unplaced: 0, otherUnit: 0, noFigure: 0 };
  // originators in natural order: "Source 2" before "Source 10"
  const series = histories.map((h) => seriesOf(h, known, unit, counts)).sort((a, b) => NATURAL.compare(a.name, b.name));
  return { series, claim, unit, ...counts };
}
