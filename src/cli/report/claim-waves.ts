// The deployments of a dataset without waves of its own, read from its claims as the
// deployment room reads them (deploymentsFromClaims): one originator's claims about one
// subject, measure, scope and unit at a time, a stock replacing what came before it, an
// increment adding to the latest stock or flow, a revised flow counted once. A total the
// claims cannot give is refused with the reason; nothing is added across scopes or units.

import type { Claim } from "../../claim/schema.js";
import { deploymentsFromClaims } from "../../deployment/from-claims.js";
import { deploymentTotal } from "../../deployment/total.js";
import { explain } from "../../explain/explain.js";
import { endState, inWords, shownSourceNames, sourceNames, working } from "./context.js";
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

/** Why a group of claims counts none of them: each is deprecated, or describes a time after the valid time asked about; the total is unknown, not 0. */
function noneCounted(context: ReportContext, all: readonly Claim[]): { readonly refused: string; readonly code: string } {
  const gone = all.flatMap((c) => (c.status.kind === "deprecated" ? [`${c.id} is deprecated (${c.status.reason})`] : []));
  const kept = all.filter((c) => c.status.kind !== "deprecated");
  // an unknown end (2024/) may fall either side of the valid time asked about
  const unsure = kept.filter((c) => endState(context, c.validTime) === "unknown").map((c) => c.id);
  const later = kept.map((c) => c.id).filter((id) => !unsure.includes(id));
  const cut = inWords(context.valid ?? "");
  const why = [
    ...(gone.length === 0 ? [] : [`${gone.join(" and ")}: a deprecated claim is not an assertion.`]),
    ...(later.length === 0 ? [] : [`${later.join(" and ")} ${later.length === 1 ? "describes a time" : "describe times"} ending after ${cut}.`]),
    ...(unsure.length === 0 ? [] : [`${unsure.join(" and ")} ${unsure.length === 1 ? "describes a time whose" : "describe times whose"} end is not known: ${unsure.length === 1 ? "it" : "each"} may end after ${cut}, or not.`]),
  ];
  return { refused: `none of its claims counts, so the total is unknown, not 0. ${why.join(" ")}`, code: "no-waves" };
}

/** One group of claims: its waves' total with its working, or why there is none, and what was found. */
function groupOf(context: ReportContext, all: readonly Claim[], counts: (c: Claim) => boolean): { blocks: Block[]; data: unknown } {
  const first = all[0] as Claim;
  const list = all.filter(counts);
  const heading: Block = { kind: "heading", text: headingOf(first) };
  const about = { subject: first.indicator.subject, measure: first.indicator.measure, scope: first.indicator.scope ?? null, unit: first.indicator.unit, originator: first.attribution.originator.id };
  const read = list.length === 0 ? noneCounted(context, all) : attempt(() => deploymentsFromClaims(list, ROUTE));
  const total = refused(read) ? read : attempt(() => deploymentTotal(read.deployments, context.valid === undefined ? undefined : { asOf: context.valid }));
  const on = context.valid === undefined ? "" : ` on ${inWords(context.valid)}`;
  const findings = refused(read) ? [] : read.findings;
  const names = sourceNames(context);
  const blocks: Block[] = [
    heading,
    refused(total) ? { kind: "paragraph", text: `No total${on}: ${total.refused}` } : working(explain(total, shownSourceNames(context))),
    ...findings.map((f): Block => ({ kind: "paragraph", text: `${f.severity} ${f.code}: ${f.message}` })),
  ];
  const data = {
    ...about,
    total: refused(total) ? total : { estimate: total.estimate, explanation: explain(total, { format: "json", ...names }) },
    findings,
  };
  return { blocks, data };
}

/**
 * The deployments read from the claims given (asserted, known by the time asked about) of the
 * measures `deployed` and `laborers`: one group for each subject, measure, scope, unit and
 * originator that states a flow or an increment (a group of levels alone is in the histories),
 * counting the claims `counts` says (not deprecated, valid by the time asked about); a group
 * that counts none says why, rather than give a total of none.
 */
export function claimWaves(context: ReportContext, claims: readonly Claim[], counts: (c: Claim) => boolean): { blocks: Block[]; data: unknown[] } {
  const key = (c: Claim): string => JSON.stringify([c.indicator.subject, c.indicator.measure, c.indicator.scope ?? "", c.indicator.unit, c.attribution.originator.id]);
  const groups = [...groupBy(claims, key).values()].filter((list) => list.some((c) => c.indicator.aggregation === "flow" || c.indicator.aggregation === "increment"));
  const each = groups.map((list) => groupOf(context, list, counts));
  return { blocks: each.flatMap((e) => e.blocks), data: each.map((e) => e.data) };
}
