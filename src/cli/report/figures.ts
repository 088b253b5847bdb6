// The figures a report derives from a dataset's claims, each with its working:
// the waves of each deployment added up, and each originator's casualty
// breakdown reconciled, with its ratios.

import { breakdownFromClaims } from "../../casualty/from-claims.js";
import { killedToWounded, lethality } from "../../casualty/ratios.js";
import { reconcileCasualties } from "../../casualty/reconcile.js";
import type { Claim } from "../../claim/schema.js";
import { formatEstimate } from "../../estimate/format.js";
import { isFogcountError } from "../../errors.js";
import { derive } from "../../explain/derive.js";
import { explain } from "../../explain/explain.js";
import type { Figure } from "../../explain/figure.js";
import type { Block, Section } from "./document.js";
import { inWords, knownAt, validBy } from "./context.js";
import type { ReportContext } from "./context.js";

const CASUALTY_MEASURES = new Set(["killed", "wounded", "missing", "captured", "casualties"]);
const PARTS = ["killed", "wounded", "missing", "captured", "total"] as const;

/** The claims a report counts: asserted, not restatements, known and valid by the times asked about. */
function counted(context: ReportContext, test: (c: Claim) => boolean): Claim[] {
  return context.claims.filter((c) => test(c) && c.restates === undefined && (c.modality ?? "asserted") === "asserted" && c.status.kind !== "deprecated" && knownAt(context, c) && validBy(context, c));
}

/** Claims grouped by subject and originator, in the order first seen. */
function groups(claims: readonly Claim[]): Claim[][] {
  const by = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = `${c.indicator.subject}|${c.attribution.originator.id}`;
    by.set(key, [...(by.get(key) ?? []), c]);
  }
  return [...by.values()];
}

const names = (context: ReportContext) => ({ names: Object.fromEntries(context.dataset.sources.map((s) => [s.id, s.name])) });

/** The waves of each deployment (flows and increments) added up, with their working. */
export function deploymentSection(context: ReportContext): Section | undefined {
  const waves = counted(context, (c) => c.indicator.measure === "deployed" && (c.indicator.aggregation === "flow" || c.indicator.aggregation === "increment"));
  const totals = groups(waves).map((list) => ({ subject: list[0]?.indicator.subject ?? "", figure: derive.sum(list, { label: "in all" }) }));
  if (totals.length === 0) return undefined;
  const blocks: Block[] = [
    { kind: "paragraph", text: "Waves sent (flows) and waves added (increments) of one originator, added up; levels (stocks) are in the histories above. Dates are as stated: check the findings for a wave dated before the one it adds to." },
    ...totals.flatMap(({ subject, figure }): Block[] => [{ kind: "heading", text: subject }, { kind: "paragraph", text: explain(figure, names(context)) }]),
  ];
  return { key: "deployments", title: "Deployments in all", blocks, data: totals.map(({ subject, figure }) => ({ subject, estimate: figure.estimate, explanation: explain(figure, { format: "json", ...names(context) }) })) };
}

/** A ratio's figure, or the reason it cannot be had. */
function tryRatio(compute: () => Figure): Figure | string {
  try {
    return compute();
  } catch (error) {
    if (isFogcountError(error)) return error.message;
    throw error;
  }
}

/** One originator's breakdown of one subject at the latest valid time of its claims. */
function breakdownBlocks(context: ReportContext, list: readonly Claim[]): { blocks: Block[]; data: unknown } {
  const valid = context.valid ?? [...list].sort((a, b) => (a.validTime < b.validTime ? 1 : -1))[0]?.validTime ?? "";
  const query = { valid, maxAgeDays: 0, ...(context.known !== undefined && { known: context.known }) };
  const { breakdown, derived, findings } = reconcileCasualties(breakdownFromClaims(list, query));
  const rows = PARTS.map((part) => {
    const value = breakdown[part];
    return [part, typeof value === "string" ? value : formatEstimate(value), derived[part] === undefined ? "stated" : "derived"];
  });
  const lines = Object.values(derived).map((f) => explain(f as Figure, names(context)));
  const { killed, total } = breakdown;
  const wounded = derived.wounded ?? breakdown.wounded;
  const ratios: (Figure | string)[] = [];
  if (typeof killed !== "string" && typeof total !== "string") ratios.push(tryRatio(() => lethality(killed, total, { label: "of the casualties killed" })));
  if (typeof killed !== "string" && typeof wounded !== "string") ratios.push(tryRatio(() => killedToWounded(killed, wounded)));
  const ratioLines = ratios.map((r) => (typeof r === "string" ? r : explain(r, names(context))));
  const blocks: Block[] = [
    { kind: "heading", text: `${list[0]?.indicator.subject ?? ""} — ${list[0]?.attribution.originator.name ?? ""}, valid ${inWords(valid)}` },
    { kind: "table", head: ["part", "figure", ""], rows, keep: [false, false, false] },
    ...[...lines, ...ratioLines, ...findings.map((f) => `${f.severity} ${f.code}: ${f.message}`)].map((text): Block => ({ kind: "paragraph", text })),
  ];
  return { blocks, data: { breakdown, findings } };
}

/** Each originator's casualty breakdown, reconciled, with its working and its ratios. */
export function casualtySection(context: ReportContext): Section | undefined {
  const claims = counted(context, (c) => CASUALTY_MEASURES.has(c.indicator.measure) && (c.indicator.aggregation ?? "stock") === "stock");
  const parts = groups(claims).filter((list) => list.some((c) => c.indicator.measure === "casualties"));
  if (parts.length === 0) return undefined;
  const each = parts.map((list) => breakdownBlocks(context, list));
  return { key: "casualties", title: "Casualty breakdowns", blocks: each.flatMap((e) => e.blocks), data: each.map((e) => e.data) };
}
