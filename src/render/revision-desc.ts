// The words of a revision chart: its default title and the description that
// says every figure it draws. Not exported from the package.

import type { Claim } from "../claim/schema.js";
import { direction } from "../revision/revisions.js";
import type { Placed, RevisionData, Series } from "./revision-read.js";
import { knownWords, listWords, periodWords, stated, unitWords } from "./words.js";

/** The chart's default title: "Revisions: casualties of kp-forces-in-russia (Kursk)". @internal */
export function revisionTitle(claim: Claim | undefined): string {
  if (claim === undefined) return "Revisions";
  const { measure, subject, scope } = claim.indicator;
  return `Revisions: ${measure} of ${subject}${scope === undefined ? "" : ` (${scope})`}`;
}

const MOVES = { up: "revised up", down: "revised down", unchanged: "unchanged", overlapping: "revised, the ranges overlapping" } as const;

function figureWords(f: Placed, locale: string): string {
  const when = periodWords(f.claim.validTime);
  // "10 from January 2025", "10 by January 2025": a period that says its own preposition takes no "for"
  const joined = /^(from|by|until|before|after|since) /.test(when) ? when : `for ${when}`;
  return `${stated(f.claim.estimate, locale)} ${joined} (reported ${periodWords(f.claim.reportedAt)})`;
}

/** One originator's figures in words: the figures in force in order with how each moved, then the others. */
function seriesWords(s: Series, locale: string): string {
  const inForce = s.figures.filter((f) => f.role === "in-force");
  const chain = inForce.map((f, k) => {
    const before = inForce[k - 1];
    return before === undefined || !s.stock ? figureWords(f, locale) : `${MOVES[direction(before.claim.estimate, f.claim.estimate)]} to ${figureWords(f, locale)}`;
  });
  const others = (role: Placed["role"], words: string, by = false) => {
    const list = s.figures.filter((f) => f.role === role).map((f) => `${figureWords(f, locale)}${by ? ` by ${f.claim.attribution.originator.name}` : ""}`);
    return list.length === 0 ? [] : [`${words}: ${listWords(list)}`];
  };
  const parts = [chain.length === 0 ? "no figure in force" : chain.join(", then "), ...others("superseded", "earlier reports, since replaced"), ...others("restatement", "restated", true), ...others("withdrawn", "withdrawn")];
  return `${s.name}: ${parts.join("; ")}.`;
}

/** The note on figures whose valid time has an end not known ("2024/"): drawn to the edge, never as running on. */
function unknownWords(figures: readonly Placed[]): string {
  const ends = [...new Set(figures.map((f) => f.unknown as "start" | "end"))];
  const side = ends.length === 1 ? (ends[0] === "end" ? "end" : "start") : "start or end";
  const one = figures.length === 1;
  const ids = listWords(figures.map((f) => f.claim.id));
  return `${figures.length} figure${one ? " has" : "s have"} a valid time whose ${side} is not known (${ids}): ${one ? "its" : "their"} period${one ? " is" : "s are"} dashed to the edge of the chart and marked "?", not drawn as running on.`;
}

/** The description of a revision chart: what it shows, as known when, and every figure it draws. @internal */
export function revisionDesc(data: RevisionData, known: string | undefined, locale: string): string {
  const drawn = data.series.filter((s) => s.figures.length > 0);
  const when = known === undefined ? "with everything the histories hold" : `as known at ${knownWords(known)}`;
  const what = data.claim === undefined ? "An empty revision history." : `Estimates of ${data.claim.indicator.measure} of ${data.claim.indicator.subject} in ${unitWords(data.unit as string)} by valid time, ${when}, one series per originator.`;
  const body = drawn.length === 0 ? [known === undefined ? "No figure to draw." : `No figure was known by ${knownWords(known)}.`] : drawn.map((s) => seriesWords(s, locale));
  const unknown = drawn.flatMap((s) => s.figures.filter((f) => f.unknown !== undefined));
  const notes = [
    ...(unknown.length > 0 ? [unknownWords(unknown)] : []),
    ...(data.unplaced > 0 ? [`${data.unplaced} figure${data.unplaced === 1 ? " has" : "s have"} a valid time with no day to draw at, and ${data.unplaced === 1 ? "is" : "are"} not drawn.`] : []),
    ...(data.otherUnit > 0 ? [`${data.otherUnit} restatement${data.otherUnit === 1 ? " is" : "s are"} in another unit, and not drawn.`] : []),
    ...(data.noFigure > 0 ? [`${data.noFigure} figure${data.noFigure === 1 ? " is a zero" : "s are zeros"} whose source gave no figure ("n/a", "unknown"), and ${data.noFigure === 1 ? "is" : "are"} not drawn: unknown is not zero.`] : []),
  ];
  return [what, ...body, ...notes].join(" ");
}
