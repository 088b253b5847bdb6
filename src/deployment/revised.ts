// Flows and increments revised by a later report: one wave sent (or added) over one
// period, stated again with another figure, is one wave at its latest figure, never two.

import type { Claim } from "../claim/schema.js";
import { formatEstimate } from "../estimate/format.js";
import { byTie } from "../revision/order.js";
import { sameData } from "../time/canonical.js";
import { parsePeriod } from "../time/edtf.js";
import type { DeploymentFinding } from "./findings.js";
import type { Read } from "./from-claims.js";

/** Whether two estimates state the same figure in the same words. */
const sameFigure = (a: Claim, b: Claim): boolean => sameData({ ...a.estimate, text: undefined }, { ...b.estimate, text: undefined });

/** Which of two flows (or increments) for one period is in force: the later report, else (reported at one time) a preferred one, else the lowest id. */
function inForce(a: Read, b: Read): Read {
  if (a.reported !== b.reported) return a.reported > b.reported ? a : b;
  return byTie(a.c, b.c) > 0 ? a : b;
}

/** Why flow (or increment) `old` makes no wave, given the one `kept` that revises or repeats it. */
function why(old: Read, kept: Read): string {
  const by = JSON.stringify(kept.c.id);
  const what = old.kind === "flow" ? "flow" : "increment";
  if (sameFigure(old.c, kept.c)) return `repeated by ${by}, the same ${what} for the same valid time`;
  const figures = `${formatEstimate(old.c.estimate)}, then ${formatEstimate(kept.c.estimate)}`;
  if (old.reported !== kept.reported) return `revised by ${by}, a later report of the ${what} for the same valid time (${figures})`;
  return `reported at the same time as ${by} for the same valid time with another figure (${figures}); ${by} is taken, as asOf takes it (a preferred claim, else the lowest id)`;
}

/** The claims a later report may revise, by what they state: flows and increments of one modality over one period. */
const keyOf = (r: Read): string | undefined => (r.kind === "stock" ? undefined : `${r.kind}|${r.modality}|${r.start}|${r.end}|${endsOf(r.c.validTime)}`);

/**
 * What the ends of a valid time are where they are no day: an open end ("2024-10/..", sent on
 * past every day) and an unknown one ("2024-10/", a day not known) fall on the same end of the
 * clocks' axis, but are not the same valid time, and neither revises the other.
 */
function endsOf(validTime: string): string {
  if (!validTime.includes("/")) return "";
  const read = parsePeriod(validTime);
  if (!read.ok || read.value.kind !== "interval") return "";
  const { start, end } = read.value;
  return `${start.kind === "open" || start.kind === "unknown" ? start.kind : ""}/${end.kind === "open" || end.kind === "unknown" ? end.kind : ""}`;
}

/**
 * The claims read for waves, without the flows and increments that another of the same kind and
 * modality revises: a later report for the same valid time (the same first and last day), or one
 * reported at the same time that a tie gives, as a revision history reads one originator's
 * claims. Each one left out gets a `skipped-claim` finding that names the one kept. Stocks need
 * no such step: a later stock replaces the one before it. @internal
 */
export function latestFlows(kept: readonly Read[], findings: DeploymentFinding[]): Read[] {
  const latest = new Map<string, Read>();
  for (const r of kept) {
    const key = keyOf(r);
    if (key === undefined) continue;
    const other = latest.get(key);
    latest.set(key, other === undefined ? r : inForce(other, r));
  }
  const out: Read[] = [];
  for (const r of kept) {
    const key = keyOf(r);
    const won = key === undefined ? r : latest.get(key);
    if (won === r) out.push(r);
    else if (won !== undefined) findings.push({ code: "skipped-claim", severity: "warning", message: `${JSON.stringify(r.c.id)} makes no wave: it is ${why(r, won)}`, waves: [r.c.id] });
  }
  return out;
}
