// The figures a report derives from a dataset's claims, each with its working,
// for a dataset without deployment waves or casualty breakdowns of its own:
// the waves of each deployment added up, and each originator's casualty
// breakdown reconciled, with its ratios.

import { breakdownFromClaims } from "../../casualty/from-claims.js";
import { BREAKDOWN_FIELDS } from "../../casualty/vocabulary.js";
import type { Claim } from "../../claim/schema.js";
import { isFogcountError } from "../../errors.js";
import type { FogcountError } from "../../errors.js";
import { breakdownSection, reconciledBlocks } from "./casualties.js";
import { inWords, knownAt, validBy } from "./context.js";
import type { ReportContext } from "./context.js";
import { claimWaves } from "./claim-waves.js";
import { wavesSection } from "./deployments.js";
import type { Block, Section } from "./document.js";
import { groupBy } from "./group.js";

const CASUALTY_MEASURES = new Set(["killed", "wounded", "missing", "captured", "casualties"]);

/** The asserted claims that are not restatements, public or not by the knowledge time asked about. */
function asserted(context: ReportContext, test: (c: Claim) => boolean): Claim[] {
  return context.claims.filter((c) => test(c) && c.restates === undefined && (c.modality ?? "asserted") === "asserted");
}

/** The claims a report may count: asserted, not restatements, known by the knowledge time asked about. */
function candidates(context: ReportContext, test: (c: Claim) => boolean): Claim[] {
  return asserted(context, test).filter((c) => knownAt(context, c));
}

/** Whether a report counts a candidate claim: it stands (is not deprecated) and is valid by the valid time asked about. */
const counts = (context: ReportContext) => (c: Claim): boolean => c.status.kind !== "deprecated" && validBy(context, c);

/** The claims a report counts: asserted, not restatements, not deprecated, known and valid by the times asked about. */
function counted(context: ReportContext, test: (c: Claim) => boolean): Claim[] {
  return candidates(context, test).filter(counts(context));
}

/** Claims grouped by subject and originator, in the order first seen. */
function groups(claims: readonly Claim[]): Claim[][] {
  return [...groupBy(claims, (c) => `${c.indicator.subject}|${c.attribution.originator.id}`).values()];
}

/** The deployments: the dataset's own waves where it has them, else the waves its claims describe (flows, increments, and the levels between them), each group's total with its working. */
export function deploymentSection(context: ReportContext): Section | undefined {
  if (context.dataset.deployments.length > 0) return wavesSection(context);
  const { blocks, data } = claimWaves(context, asserted(context, (c) => c.indicator.measure === "deployed" || c.indicator.measure === "laborers"));
  if (data.length === 0) return undefined;
  const intro =
    "The waves each originator's claims describe, one subject, measure, scope and unit at a time: a wave sent (a flow) counts on its own, a wave added (an increment) on top of the latest level or flow before it, and a level (a stock) in place of what came before it; a flow stated again for the same time counts once, at its latest figure. Only asserted claims are counted. Dates are as stated: check the findings for a wave dated before the one it adds to.";
  return { key: "deployments", title: "Deployments in all", blocks: [{ kind: "paragraph", text: intro }, ...blocks], data };
}

/** One originator's breakdown of one subject at the latest valid time of its claims. */
function breakdownBlocks(context: ReportContext, list: readonly Claim[]): { blocks: Block[]; data: unknown } {
  const latest = [...list].sort((a, b) => (a.validTime < b.validTime ? 1 : -1))[0]?.validTime ?? "";
  const asked = context.valid ?? latest;
  const at = (valid: string) => breakdownFromClaims(list, { valid, maxAgeDays: 0, ...(context.known !== undefined && { known: context.known }) });
  let title = `${list[0]?.indicator.subject ?? ""} — ${list[0]?.attribution.originator.name ?? ""}, valid ${inWords(asked)}`;
  try {
    let breakdown = at(asked);
    // no figure describes the day asked (a breakdown reads only figures valid for it): the latest time with figures, said as such, rather than a table of "not-reported"
    if (asked !== latest && BREAKDOWN_FIELDS.every((f) => breakdown[f] === "not-reported")) {
      breakdown = at(latest);
      title = `${list[0]?.indicator.subject ?? ""} — ${list[0]?.attribution.originator.name ?? ""}, valid ${inWords(latest)} (no figure describes ${inWords(asked)}; the latest before it)`;
    }
    return reconciledBlocks(context, title, breakdown);
  } catch (error) {
    if (!isFogcountError(error)) throw error;
    const why = refusalInWords(error, list);
    return { blocks: [{ kind: "heading", text: title }, { kind: "paragraph", text: `No breakdown: ${why}` }], data: { refused: { code: error.code, message: error.message } } };
  }
}

/**
 * Why no breakdown was made, for a reader of the report rather than a caller of the API: a
 * total whose claim does not say which parts it counts is named with the field to add; any other
 * refusal is given without the name of the function that refused.
 */
function refusalInWords(error: FogcountError, list: readonly Claim[]): string {
  // the report gives no query.includes, so the one refusal of it is a total that does not list its parts
  if (error.details["path"] === "query.includes" && error.details["value"] === undefined) {
    // the total named in the refusal: the one in force for the time asked, not the first in the list
    const totals = list.filter((c) => c.indicator.measure === "casualties");
    const total = totals.find((c) => error.message.includes(`: ${c.id} does not list`)) ?? totals[0];
    return `the total ${total?.id ?? ""} does not say which parts it counts (killed, wounded, missing, captured), and sources count different parts, so its parts cannot be checked against it; list them in its indicator.includes.`;
  }
  return error.message.replace(/^breakdownFromClaims: /, "");
}

/** The casualty breakdowns: the dataset's own where it has them, else each originator's read from its claims, reconciled, with their working and ratios. */
export function casualtySection(context: ReportContext): Section | undefined {
  if (context.dataset.casualtyBreakdowns.length > 0) return breakdownSection(context);
  const claims = counted(context, (c) => CASUALTY_MEASURES.has(c.indicator.measure) && (c.indicator.aggregation ?? "stock") === "stock");
  const parts = groups(claims).filter((list) => list.some((c) => c.indicator.measure === "casualties"));
  if (parts.length === 0) return undefined;
  const each = parts.map((list) => breakdownBlocks(context, list));
  return { key: "casualties", title: "Casualty breakdowns", blocks: each.flatMap((e) => e.blocks), data: each.map((e) => e.data) };
}
