// The deployments of a dataset without waves of its own, read from its claims as the
// deployment room reads them (deploymentsFromClaims): one originator's claims about one
// subject, measure, scope and unit at a time, a stock replacing what came before it, an
// increment adding to the latest stock or flow, a revised flow counted once. A total the
// claims cannot give is refused with the reason; nothing is added across scopes or units.

import type { Claim } from "../../claim/schema.js";
import { deploymentsFromClaims } from "../../deployment/from-claims.js";
import { deploymentTotal } from "../../deployment/total.js";
import { explain } from "../../explain/explain.js";
import { beginsBy, inWords, reportState, shownSourceNames, sourceNames, working } from "./context.js";
import { attempt, refused } from "./deployments.js";
import type { ReportContext } from "./context.js";
import type { Block } from "./document.js";
import { groupBy } from "./group.js";

/** Countries for waves read from claims, which do not say them: ISO 3166-1's user-assigned codes, never shown (a total's working names sources and times only). */
const ROUTE = { from: "XA", to: "XB" } as const;

/** The heading of one group: what it counts, and whose claims. */
function headingOf(first: Claim): string {
  const { subject, measure, scope, unit } = first.indicator;
  const parts = [subject, measure, ...(scope === undefined ? [] : [`scope ${scope}`]), ...(unit === "person" ? [] : [`in ${unit}`])];
  return `${parts.join(" · ")} — ${first.attribution.originator.name}`;
}

/** Where a claim of a group stands on the two clocks asked about: counted, or why not. */
type ClaimStanding = "counted" | "not-yet-public" | "no-last-day" | "deprecated" | "begins-later";

/**
 * Where a claim stands: public by the knowledge time asked about, not deprecated, and begun by
 * the valid time asked about. A wave under way on that date counts (as an unstated share of it,
 * as deploymentTotal counts it), so a claim is left out for its valid time only when it begins
 * after the date.
 */
function claimStanding(context: ReportContext, c: Claim): ClaimStanding {
  const state = reportState(context, c.reportedAt);
  if (state !== "public") return state;
  if (c.status.kind === "deprecated") return "deprecated";
  return beginsBy(context, c.validTime) ? "counted" : "begins-later";
}

/** The reasons claims are left out, one clause a reason, in the order of the clocks. */
function reasons(context: ReportContext, all: readonly Claim[], states: readonly ClaimStanding[]): string[] {
  const of = (why: ClaimStanding) => all.filter((_, i) => states[i] === why);
  const ids = (list: readonly Claim[]) => list.map((c) => c.id).join(" and ");
  const one = (list: readonly Claim[], single: string, many: string) => (list.length === 1 ? single : many);
  const known = inWords(context.known ?? "");
  const [later, untold, gone, ahead] = [of("not-yet-public"), of("no-last-day"), of("deprecated"), of("begins-later")];
  return [
    ...(later.length === 0 ? [] : [`${ids(later)} ${one(later, "was", "were")} not yet public on ${known}.`]),
    ...(untold.length === 0 ? [] : [`${ids(untold)} ${one(untold, "is", "are")} reported at a time with no last day or an unknown one, so whether ${one(untold, "it was", "they were")} public on ${known} cannot be told.`]),
    ...(gone.length === 0 ? [] : [`${gone.map((c) => `${c.id} is deprecated (${c.status.kind === "deprecated" ? c.status.reason : ""})`).join(" and ")}: a deprecated claim is not an assertion.`]),
    ...(ahead.length === 0 ? [] : [`${ids(ahead)} ${one(ahead, "describes a time", "describe times")} beginning after ${inWords(context.valid ?? "")}.`]),
  ];
}

/** One group of claims: its waves' total with its working, or why there is none, what was left out, and what was found. */
function groupOf(context: ReportContext, all: readonly Claim[]): { blocks: Block[]; data: unknown } {
  const first = all[0] as Claim;
  const states = all.map((c) => claimStanding(context, c));
  // the links are read from every standing public claim; the total counts those begun by the date
  const standing = all.filter((_, i) => states[i] === "counted" || states[i] === "begins-later");
  const heading: Block = { kind: "heading", text: headingOf(first) };
  const about = { subject: first.indicator.subject, measure: first.indicator.measure, scope: first.indicator.scope ?? null, unit: first.indicator.unit, originator: first.attribution.originator.id };
  const leftOut = all.flatMap((c, i) => (states[i] === "counted" ? [] : [{ id: c.id, why: states[i] as Exclude<ClaimStanding, "counted"> }]));
  const why = reasons(context, all, states);
  const none = { refused: `none of its claims counts, so the total is unknown, not 0. ${why.join(" ")}`, code: "no-waves" };
  const read = !states.includes("counted") ? none : attempt(() => deploymentsFromClaims(standing, ROUTE));
  const total = refused(read) ? read : attempt(() => deploymentTotal(read.deployments, context.valid === undefined ? undefined : { asOf: context.valid }));
  const on = context.valid === undefined ? "" : ` on ${inWords(context.valid)}`;
  const findings = refused(read) ? [] : read.findings;
  const names = sourceNames(context);
  const note: Block[] = read === none || leftOut.length === 0 ? [] : [{ kind: "paragraph", text: `Left out: ${why.join(" ")}` }];
  const blocks: Block[] = [
    heading,
    refused(total) ? { kind: "paragraph", text: `No total${on}: ${total.refused}` } : working(explain(total, shownSourceNames(context))),
    ...note,
    ...findings.map((f): Block => ({ kind: "paragraph", text: `${f.severity} ${f.code}: ${f.message}` })),
  ];
  const data = {
    ...about,
    total: refused(total) ? total : { estimate: total.estimate, explanation: explain(total, { format: "json", ...names }) },
    leftOut,
    findings,
  };
  return { blocks, data };
}

/**
 * The deployments read from the claims given (asserted) of the
 * measures `deployed` and `laborers`: one group for each subject, measure, scope, unit and
 * originator that states a flow or an increment (a group of levels alone is in the histories),
 * counting the claims public by the knowledge time asked about, not deprecated, and begun by the
 * valid time asked about (one under way then counts as an unstated share of it); the claims left
 * out are named, and a group that counts none says why, rather than give a total of none.
 */
export function claimWaves(context: ReportContext, claims: readonly Claim[]): { blocks: Block[]; data: unknown[] } {
  const key = (c: Claim): string => JSON.stringify([c.indicator.subject, c.indicator.measure, c.indicator.scope ?? "", c.indicator.unit, c.attribution.originator.id]);
  const groups = [...groupBy(claims, key).values()].filter((list) => list.some((c) => c.indicator.aggregation === "flow" || c.indicator.aggregation === "increment"));
  const each = groups.map((list) => groupOf(context, list));
  return { blocks: each.flatMap((e) => e.blocks), data: each.map((e) => e.data) };
}
