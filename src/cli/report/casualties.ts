// Casualty breakdowns reconciled, each with its working and its ratios: the
// dataset's own breakdowns where it has them (this file), else breakdowns
// read from its claims (figures.ts). Unknown and not-reported figures are
// never read as 0; a ratio that cannot be had says why.

import { lethality, woundedToKilled } from "../../casualty/ratios.js";
import { reconcileCasualties } from "../../casualty/reconcile.js";
import type { CasualtyBreakdown } from "../../casualty/schema.js";
import { BREAKDOWN_FIELDS } from "../../casualty/vocabulary.js";
import type { BreakdownField } from "../../casualty/vocabulary.js";
import type { Claim } from "../../claim/schema.js";
import type { Estimate } from "../../estimate/schema.js";
import type { DatasetCasualtyBreakdown } from "../../dataset/parts.js";
import { resolveBreakdown } from "../../dataset/resolve.js";
import { isFogcountError } from "../../errors.js";
import { formatEstimate } from "../../estimate/format.js";
import { noFigureWords } from "../../estimate/no-figure.js";
import { explain } from "../../explain/explain.js";
import type { Figure, FigureInput } from "../../explain/figure.js";
import { leftOutText, standing } from "./clocks.js";
import type { LeftOut, Standing } from "./clocks.js";
import { inWords, shownSourceNames, sourceNames, working } from "./context.js";
import type { ReportContext } from "./context.js";
import type { Block, Section } from "./document.js";
import { itemKey, notCountedText } from "./retired.js";
import type { NotCounted } from "./retired.js";

/** A ratio's figure, or the reason it cannot be had. */
function tryRatio(compute: () => Figure): Figure | string {
  try {
    return compute();
  } catch (error) {
    if (isFogcountError(error)) return error.message;
    throw error;
  }
}

/** The ratios of a reconciled breakdown: the share of casualties killed, and the wounded per killed ("1 killed to N wounded"), each with its working or why not. */
function ratiosOf(breakdown: CasualtyBreakdown, input: (f: BreakdownField) => FigureInput | undefined): (Figure | string)[] {
  const [killed, wounded, total] = [input("killed"), input("wounded"), input("total")];
  const out: (Figure | string)[] = [];
  if (killed !== undefined && total !== undefined) {
    out.push(breakdown.includes.includes("killed") ? tryRatio(() => lethality(killed, total, { label: "of the casualties killed" })) : "No share of the casualties killed: the total does not count the killed.");
  }
  if (killed !== undefined && wounded !== undefined) out.push(tryRatio(() => woundedToKilled(wounded, killed)));
  return out;
}

/** What a figure given is, when it is no count: a 0 whose words say no figure was given, or a figure whose claim is a plan, a projection or a possibility; undefined for a count. */
function notACount(value: Estimate, claim: Claim | undefined): string | undefined {
  const words = noFigureWords(value, claim?.text);
  if (words !== undefined) return `unknown (0, ${JSON.stringify(words)})`;
  const modality = claim?.modality ?? "asserted";
  return modality === "asserted" ? undefined : modality;
}

/** A figure given, as the table shows it, and how it stands: `unknown (0, "n/a")` with "stated", or the figure with its modality ("projected") when its claim is no assertion. */
function givenCell(value: Estimate, claim: Claim | undefined): [string, string] {
  const not = notACount(value, claim);
  if (not === undefined) return [formatEstimate(value), "stated"];
  return not.startsWith("unknown") ? [not, "stated"] : [formatEstimate(value), `${not} (${claim?.id ?? ""}), not a count`];
}

/**
 * A breakdown reconciled: a table of its figures, stated or derived; the
 * working of each derived figure; its ratios; its findings. Figures given by a
 * claim go into the ratios as that claim, so that their working names the source.
 */
export function reconciledBlocks(context: ReportContext, title: string, given: CasualtyBreakdown): { blocks: Block[]; data: Record<string, unknown> } {
  const heading: Block = { kind: "heading", text: title };
  let reconciled: ReturnType<typeof reconcileCasualties>;
  try {
    reconciled = reconcileCasualties(given);
  } catch (error) {
    if (!isFogcountError(error)) throw error;
    return { blocks: [heading, { kind: "paragraph", text: `Cannot be reconciled: ${error.message}` }], data: { refused: { code: error.code, message: error.message } } };
  }
  const { breakdown, derived, findings } = reconciled;
  const rows = BREAKDOWN_FIELDS.map((part) => {
    const value = breakdown[part];
    if (typeof value === "string") return [part, value, "stated"];
    return derived[part] === undefined ? [part, ...givenCell(value, given.claims?.[part] as Claim | undefined)] : [part, formatEstimate(value), "derived"];
  });
  const input = (f: BreakdownField): FigureInput | undefined => {
    const value = breakdown[f];
    if (typeof value === "string") return undefined;
    const claim = given.claims?.[f] as Claim | undefined;
    // a figure that is no count (a plan, a projection, a 0 for no figure) goes into no ratio
    if (derived[f] === undefined && notACount(value, claim) !== undefined) return undefined;
    return derived[f] ?? claim ?? value;
  };
  const ratios = ratiosOf(breakdown, input);
  const names = sourceNames(context);
  const shownNames = shownSourceNames(context);
  // a figure given as a 0 for no figure, which the working derives: say so, so that the derived figure does not stand silently in place of the 0
  const replaced = BREAKDOWN_FIELDS.flatMap((f): Block[] => {
    const value = given[f];
    const words = typeof value === "string" || derived[f] === undefined ? undefined : noFigureWords(value, (given.claims?.[f] as Claim | undefined)?.text);
    return words === undefined ? [] : [{ kind: "paragraph", text: `${f}: recorded as 0 where the source says ${JSON.stringify(words)}; unknown is not zero, so it is derived from the others.` }];
  });
  const lines = [
    ...replaced,
    ...Object.values(derived).map((f) => working(explain(f as Figure, shownNames))),
    ...ratios.map((r) => (typeof r === "string" ? ({ kind: "paragraph", text: r }) as Block : working(explain(r, shownNames)))),
    ...findings.map((f): Block => ({ kind: "paragraph", text: `${f.severity} ${f.code}: ${f.message}` })),
  ];
  const blocks: Block[] = [heading, { kind: "table", head: ["part", "figure", ""], rows, keep: [false, false, false] }, ...lines];
  const data = {
    breakdown,
    derived: Object.fromEntries(Object.entries(derived).map(([f, figure]) => [f, explain(figure as Figure, { format: "json", ...names })])),
    ratios: ratios.map((r) => (typeof r === "string" ? { refused: r } : { label: r.label, estimate: r.estimate, explanation: explain(r, { format: "json", ...names }) })),
    findings,
  };
  return { blocks, data };
}

/** The claims a breakdown rests on, by id. */
/** The ids of the claims a breakdown rests on. */
export const claimIds = (b: DatasetCasualtyBreakdown): string[] => Object.values(b.claims ?? {}).filter((id) => id !== undefined);

/** A breakdown's heading: its id, whose losses, who says so, the time it describes. */
function titleOf(context: ReportContext, b: DatasetCasualtyBreakdown): { title: string; valid: string[] } {
  const claims = claimIds(b).flatMap((id) => {
    const c = context.named.claims.get(id);
    return c === undefined ? [] : [c];
  });
  const valid = [...new Set(claims.map((c) => c.validTime))];
  const originators = [...new Set(claims.map((c) => c.attribution.originator.name))];
  const party = b.party === undefined ? "party not named" : (context.named.parties.get(b.party)?.name ?? b.party);
  const when = valid.length === 0 ? "time not given" : `valid ${valid.map(inWords).join(" and ")}`;
  return { title: [`${b.id}: ${party}`, ...originators, when].join(", "), valid };
}

/**
 * The dataset's own casualty breakdowns, each reconciled with its working and ratios, on the
 * clocks asked about; one with a figure that rests on a deprecated claim is left out, and named.
 */
export function breakdownSection(context: ReportContext): Section {
  const left: { id: string; why: Exclude<Standing, "shown"> }[] = [];
  const notCounted: NotCounted[] = [];
  const each = context.dataset.casualtyBreakdowns.flatMap((b, i) => {
    const { title, valid } = titleOf(context, b);
    const s = standing(context, { claims: claimIds(b), valid });
    if (s !== "shown") {
      left.push({ id: b.id, why: s });
      return [];
    }
    const retired = context.retired.get(itemKey(["casualtyBreakdowns", i]));
    if (retired !== undefined) {
      notCounted.push(retired);
      return [{ blocks: [], data: { id: b.id, party: b.party ?? null, valid, notCounted: retired } }];
    }
    const { blocks, data } = reconciledBlocks(context, title, resolveBreakdown(b, context.named));
    return [{ blocks, data: { id: b.id, party: b.party ?? null, valid, ...data } }];
  });
  const note = leftOutText(context, left as LeftOut);
  const intro =
    each.length === notCounted.length
      ? "No casualty breakdown to show."
      : "Each breakdown as the dataset gives it, with what its figures determine derived (the total less the parts it counts, or the total from its parts) and its ratios. A figure not reported is never read as 0, and a breakdown with a figure that rests on a deprecated claim is left out.";
  const notes: Block[] = [...(note === undefined ? [] : [{ kind: "paragraph" as const, text: note }]), ...notCountedText(notCounted, "the breakdowns")];
  const blocks: Block[] = [{ kind: "paragraph", text: intro }, ...notes, ...each.flatMap((e) => e.blocks)];
  return { key: "casualties", title: "Casualty breakdowns", blocks, data: each.map((e) => e.data) };
}
