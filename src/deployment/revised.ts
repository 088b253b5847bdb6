// Flows revised by a later report: one wave sent over one period, stated again
// with another figure, is one wave at its latest figure, never two waves.

import type { Claim } from "../claim/schema.js";
import { formatEstimate } from "../estimate/format.js";
import { byTie } from "../revision/order.js";
import type { DeploymentFinding } from "./findings.js";
import type { Read } from "./from-claims.js";

/** Whether two estimates state the same figure in the same words. */
const sameFigure = (a: Claim, b: Claim): boolean => JSON.stringify({ ...a.estimate, text: undefined }) === JSON.stringify({ ...b.estimate, text: undefined });

/** Which of two flows for one period is in force: the later report, else (reported at one time) a preferred one, else the lowest id. */
function inForce(a: Read, b: Read): Read {
  if (a.reported !== b.reported) return a.reported > b.reported ? a : b;
  return byTie(a.c, b.c) > 0 ? a : b;
}

/** Why flow `old` makes no wave, given the flow `kept` that revises or repeats it. */
function why(old: Read, kept: Read): string {
  const by = JSON.stringify(kept.c.id);
  if (sameFigure(old.c, kept.c)) return `repeated by ${by}, the same flow for the same valid time`;
  const figures = `${formatEstimate(old.c.estimate)}, then ${formatEstimate(kept.c.estimate)}`;
  if (old.reported !== kept.reported) return `revised by ${by}, a later report of the flow for the same valid time (${figures})`;
  return `reported at the same time as ${by} for the same valid time with another figure (${figures}); ${by} is taken, as asOf takes it (a preferred claim, else the lowest id)`;
}

/**
 * The claims read for waves, without the flows another flow of the same modality revises: a
 * later report for the same valid time (the same first and last day), or one reported at the
 * same time that a tie gives. Each flow left out gets a `skipped-claim` finding that names the
 * one kept. Stocks need no such step (a later stock replaces the one before it), and two
 * increments over one period may be two waves. @internal
 */
export function latestFlows(kept: readonly Read[], findings: DeploymentFinding[]): Read[] {
  const latest = new Map<string, Read>();
  for (const r of kept) {
    if (r.kind !== "flow") continue;
    const key = `${r.modality}|${r.start}|${r.end}`;
    const other = latest.get(key);
    latest.set(key, other === undefined ? r : inForce(other, r));
  }
  const out: Read[] = [];
  for (const r of kept) {
    const won = r.kind === "flow" ? latest.get(`${r.modality}|${r.start}|${r.end}`) : r;
    if (won === r) out.push(r);
    else if (won !== undefined) findings.push({ code: "skipped-claim", severity: "warning", message: `${JSON.stringify(r.c.id)} makes no wave: it is ${why(r, won)}`, waves: [r.c.id] });
  }
  return out;
}
