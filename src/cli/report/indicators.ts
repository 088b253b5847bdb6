// Each indicator's revision history: its figures as known at the knowledge
// time asked about, the change from each figure to the next, and the figure
// in force for the valid time asked about.

import type { Claim } from "../../claim/schema.js";
import { scale } from "../../estimate/arithmetic.js";
import { formatEstimate } from "../../estimate/format.js";
import { asOf } from "../../revision/as-of.js";
import type { RevisionHistory } from "../../revision/history.js";
import { revisions } from "../../revision/revisions.js";
import { rivalsOf } from "../../revision/ties.js";
import type { Revision } from "../../revision/revisions.js";
import type { Block, Section } from "./document.js";
import { inWords, knownAt, validBy } from "./context.js";
import { attempt, refused } from "./deployments.js";
import type { ReportContext } from "./context.js";

/** A revision's change in words: "up about 700 in 30 days", "down about 15 in 1 day" (a fall by its size: "down -15" would read as up), "overlapping, by about -15 to 20". */
function changeText(r: Revision): string {
  if (r.direction === "unchanged") return "unchanged";
  const days = r.days === null ? "" : ` in ${r.days} day${r.days === 1 ? "" : "s"}`;
  if (r.change === null) return `${r.direction === "overlapping" ? "overlapping" : r.direction}, by an unknown amount${days}`;
  if (r.direction === "overlapping") return `overlapping, by ${formatEstimate(r.change)}${days}`;
  return `${r.direction} ${formatEstimate(r.direction === "down" ? scale(r.change, -1) : r.change)}${days}`;
}

function note(c: Claim): string {
  if (c.restates !== undefined) return `restates ${c.restates}`;
  if (c.status.kind === "deprecated") return `deprecated: ${c.status.reason}`;
  return c.status.kind === "preferred" ? "preferred" : "";
}

/** The heading of a history: subject, measure, scope, unit, originator, and what kind of figure it is when not an asserted level. */
function title(c: Claim): string {
  const { subject, measure, scope, unit, aggregation } = c.indicator;
  const kind = [aggregation !== undefined && aggregation !== "stock" ? aggregation : "", c.modality !== undefined && c.modality !== "asserted" ? c.modality : ""].filter((k) => k !== "");
  return `${[subject, measure, scope, unit].filter((p) => p !== undefined).join(" · ")} — ${c.attribution.originator.name}${kind.length > 0 ? ` (${kind.join(", ")})` : ""}`;
}

/** Why no figure is in force where claims tie: "No single figure in force: 4,000 (a) and 4,500 (b) became known at the same moment for valid 31 March 2025 (simultaneous-conflict): which holds cannot be told." */
function tiedText(tied: readonly Claim[]): string {
  const figures = [...tied].sort((a, b) => (a.id < b.id ? -1 : 1)).map((c) => `${formatEstimate(c.estimate, { unit: true })} (${c.id})`);
  const last = figures.pop() as string;
  return `No single figure in force: ${figures.join(", ")} and ${last} are known at the same moment for valid ${inWords((tied[0] as Claim).validTime)} with different figures (simultaneous-conflict): which of them holds cannot be told.`;
}

const isStock = (h: RevisionHistory): boolean => h.claims.every((c) => c.restates !== undefined || (c.indicator.aggregation ?? "stock") === "stock");

/** One history's blocks and data, or nothing when none of its figures was known by then. */
function history(context: ReportContext, h: RevisionHistory): { blocks: Block[]; data: unknown } | undefined {
  const shown = h.claims.filter((c) => knownAt(context, c) && validBy(context, c));
  if (shown.length === 0) return undefined;
  const stock = isStock(h);
  // a history the revision room refuses to read (a replacement outside it) is shown with the reason, not dropped
  const read = stock ? attempt(() => revisions(h, context.known === undefined ? undefined : { known: context.known })) : [];
  const changes = refused(read) ? [] : read.filter((r) => validBy(context, r.to));
  const byTo = new Map(changes.map((r) => [r.to.id, r]));
  const original = h.claims.find((c) => c.restates === undefined) ?? (h.claims[0] as Claim);
  const query = { ...(context.valid !== undefined && { valid: context.valid }), ...(context.known !== undefined && { known: context.known }) };
  const found = stock && !refused(read) ? attempt(() => asOf(h, query)) : undefined;
  const refusal = refused(read) ? read : refused(found) ? found : undefined;
  // figures known at one moment for one valid time: which one holds cannot be told, so none is stated as the figure in force
  const rivals = found === undefined || refused(found) ? [] : rivalsOf(h, found, context.known);
  const inForce = refused(found) || rivals.length > 0 ? undefined : found;
  const rows = shown.map((c) => {
    const r = byTo.get(c.id);
    return [inWords(c.validTime), inWords(c.reportedAt), formatEstimate(c.estimate), r === undefined ? "" : changeText(r), [c.id, note(c)].filter((t) => t !== "").join(", ")];
  });
  // a history without changes (one figure, or counts over periods) has no change column
  const table = changes.length > 0
    ? { head: ["valid", "reported", "figure", "change", "claim"], rows, keep: [false, false, false, false, true] }
    : { head: ["valid", "reported", "figure", "claim"], rows: rows.map((r) => [r[0], r[1], r[2], r[4]] as string[]), keep: [false, false, false, true] };
  const blocks: Block[] = [{ kind: "heading", text: title(original) }, { kind: "table", ...table }];
  if (refusal !== undefined) blocks.push({ kind: "paragraph", text: `No figure in force: ${refusal.refused.replace(/^\w+: /, "")}` });
  else if (rivals.length > 0) blocks.push({ kind: "paragraph", text: tiedText([found as Claim, ...rivals]) });
  else if (inForce !== undefined) blocks.push({ kind: "paragraph", text: `In force: ${formatEstimate(inForce.estimate, { unit: true })} (${inForce.id}), valid ${inWords(inForce.validTime)}.` });
  else if (!stock) blocks.push({ kind: "paragraph", text: "Each figure is a count over its own period: figures of flows and added waves do not revise one another." });
  const data = {
    key: h.key,
    indicator: original.indicator,
    originator: original.attribution.originator.id,
    claims: shown.map((c) => ({ id: c.id, validTime: c.validTime, reportedAt: c.reportedAt, estimate: c.estimate, ...(c.restates !== undefined && { restates: c.restates }), status: c.status })),
    revisions: changes.map((r) => ({ from: r.from.id, to: r.to.id, direction: r.direction, change: r.change, days: r.days })),
    inForce: inForce?.id ?? null,
    ...(rivals.length > 0 && { tied: { code: "simultaneous-conflict", claims: [(found as Claim).id, ...rivals.map((c) => c.id)].sort() } }),
    ...(refusal !== undefined && { refused: { reason: refusal.refused.replace(/^\w+: /, ""), code: refusal.code } }),
  };
  return { blocks, data };
}

/** Every indicator's revision history, as known at the knowledge time asked about. */
export function indicatorsSection(context: ReportContext): Section {
  const histories = context.histories.map((h) => history(context, h)).filter((h) => h !== undefined);
  const asked = [context.valid === undefined ? "" : `valid up to ${inWords(context.valid)}`, context.known === undefined ? "" : `as known on ${inWords(context.known)}`].filter((t) => t !== "");
  const intro =
    histories.length === 0
      ? `No figures${asked.length > 0 ? ` ${asked.join(", ")}` : ""}.`
      : `Each history holds one originator's figures on one indicator, ordered by the time they describe${asked.length > 0 ? `; figures ${asked.join(", ")}` : ""}.`;
  return {
    key: "indicators",
    title: "Indicators and their revisions",
    blocks: [{ kind: "paragraph", text: intro }, ...histories.flatMap((h) => h.blocks)],
    data: histories.map((h) => h.data),
  };
}
