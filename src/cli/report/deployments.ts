// The dataset's own deployment waves, by route and category: the waves as
// stated, their total with its working (deploymentTotal, at the valid time
// asked about), the total over time (deploymentSeries) and what is wrong with
// their dates (deploymentFindings). Only asserted waves are counted, and none
// that rests on a plan or a deprecated claim; a total the waves cannot give is
// refused with the reason.

import type { DatasetDeployment } from "../../dataset/parts.js";
import { resolveDeployment } from "../../dataset/resolve.js";
import { deploymentFindings } from "../../deployment/findings.js";
import type { Deployment } from "../../deployment/schema.js";
import { deploymentSeries, deploymentTotal } from "../../deployment/total.js";
import type { RawFinding } from "../../dataset/rules/context.js";
import { ruleContext } from "../../dataset/rules/context.js";
import { planCountedAsDeployment } from "../../dataset/rules/waves.js";
import { isFogcountError } from "../../errors.js";
import { formatEstimate } from "../../estimate/format.js";
import type { Estimate } from "../../estimate/schema.js";
import { explain } from "../../explain/explain.js";
import { leftOutText } from "./clocks.js";
import { noFigure } from "./ledger-text.js";
import { endsBy, inWords, reportState, shownSourceNames, sourceNames, working } from "./context.js";
import type { ReportContext } from "./context.js";
import type { Block, Section } from "./document.js";
import { groupBy } from "./group.js";
import { itemKey, notCountedText } from "./retired.js";
import type { NotCounted } from "./retired.js";

/** What a function of the deployment room gives, or the reason it refuses, without its name. */
export function attempt<T>(compute: () => T): T | { readonly refused: string; readonly code: string } {
  try {
    return compute();
  } catch (error) {
    if (!isFogcountError(error)) throw error;
    return { refused: error.message.replace(/^deployment\w+: /, ""), code: error.code };
  }
}

/** Whether what {@link attempt} gave is a refusal. */
export const refused = (value: unknown): value is { readonly refused: string; readonly code: string } => typeof value === "object" && value !== null && "refused" in value;

function link(d: DatasetDeployment): string {
  if (d.adds !== undefined) return `adds to ${d.adds}`;
  if (d.replaces !== undefined) return `replaces ${[d.replaces].flat().join(", ")}`;
  return "";
}

/** A figure as stated, but a 0 whose words say no figure was given, which is unknown: `unknown (0, "n/a")`. */
export function sizeText(e: Estimate): string {
  return noFigure(e) ?? formatEstimate(e);
}

/** A country as the dataset's parties name it. */
function countryName(context: ReportContext, code: string): string {
  const party = context.dataset.parties.find((p) => p.code === code);
  return party === undefined ? code : `${party.name} (${code})`;
}

/**
 * The waves left out of every total, by wave: those counted as sent that rest
 * on a plan (`plan-counted-as-deployment`, whatever the rule's setting: a plan
 * is never counted as sent), those the report's other rules leave out (see
 * `retiredItems`: a deprecated claim, a claim of another measure, a report
 * before the wave was sent), and the waves that add to one of them.
 */
function leftOutOf(context: ReportContext): Map<DatasetDeployment, NotCounted> {
  const waves = context.dataset.deployments;
  const found: readonly RawFinding[] = planCountedAsDeployment.check(ruleContext(context.dataset, { cumulativeMeasures: [] }));
  const out = new Map<DatasetDeployment, NotCounted>();
  for (const f of found) {
    const wave = f.path[0] === "deployments" ? waves[f.path[1] as number] : undefined;
    if (wave !== undefined) out.set(wave, { id: wave.id, code: planCountedAsDeployment.code, message: f.message });
  }
  waves.forEach((w, i) => {
    const retired = context.retired.get(itemKey(["deployments", i]));
    if (retired !== undefined && !out.has(w)) out.set(w, retired);
  });
  const byId = new Map([...out.values()].map((n) => [n.id, n]));
  for (let grew = true; grew; ) {
    grew = false;
    for (const w of waves) {
      const base = w.adds === undefined ? undefined : byId.get(w.adds);
      if (base === undefined || out.has(w)) continue;
      const left = { id: w.id, code: base.code, message: `${w.id} adds to ${w.adds}, which is left out of the total` };
      out.set(w, left);
      byId.set(w.id, left);
      grew = true;
    }
  }
  return out;
}

/** A wave counted without the waves left out that it replaces: it counts from its start on its own. */
function withoutLeftOut(d: DatasetDeployment, left: ReadonlySet<string>): DatasetDeployment {
  if (d.replaces === undefined) return d;
  const { replaces, ...rest } = d;
  const kept = [replaces].flat().filter((id) => !left.has(id));
  const [one] = kept;
  if (one === undefined) return rest;
  return { ...rest, replaces: kept.length === 1 ? one : kept };
}

/** The waves of one route and category: their table, total, series and findings. */
function group(context: ReportContext, all: readonly DatasetDeployment[], outOfTotals: ReadonlyMap<DatasetDeployment, NotCounted>): { blocks: Block[]; data: unknown } {
  const first = all[0] as DatasetDeployment;
  const heading: Block = { kind: "heading", text: `${first.category} from ${countryName(context, first.from)} to ${countryName(context, first.to)}` };
  const states = all.map((d) => reportState(context, d.reportedAt));
  const waves = all.filter((_, i) => states[i] === "public");
  const left = all.flatMap((d, i) => (states[i] === "public" ? [] : [{ id: d.id, why: states[i] as Exclude<(typeof states)[number], "public"> }]));
  const note = leftOutText(context, left);
  const notes: Block[] = note === undefined ? [] : [{ kind: "paragraph", text: note }];
  const about = { from: first.from, to: first.to, category: first.category, waves, leftOut: left };
  if (waves.length === 0) {
    // unknown is not zero: no wave public yet is no total, not a total of none
    const when = inWords(context.known ?? "");
    const yet = left.every((l) => l.why === "not-yet-public");
    const none = { refused: `${yet ? `no wave of it was public yet on ${when}` : `no wave of it is known to have been public on ${when}`}, so the total is unknown, not 0.`, code: "no-waves" };
    return { blocks: [heading, ...notes, { kind: "paragraph", text: `No total: ${none.refused}` }], data: { ...about, notCounted: [], total: none, series: [], findings: [] } };
  }
  const modal = waves.some((d) => (d.modality ?? "asserted") !== "asserted");
  const rows = waves.map((d) => [d.id, inWords(d.period), sizeText(d.size), ...(modal ? [d.modality ?? "asserted"] : [])]);
  const links = waves.filter((d) => link(d) !== "").map((d) => `${d.id} ${link(d)}`);
  const notCounted = waves.filter((d) => outOfTotals.has(d)).map((d) => outOfTotals.get(d) as NotCounted);
  const ids = new Set(notCounted.map((n) => n.id));
  const resolved: Deployment[] = waves.filter((d) => !outOfTotals.has(d)).map((d) => resolveDeployment(withoutLeftOut(d, ids), context.named));
  const names = sourceNames(context);
  // a plan or a projection is never counted as sent: a group with no asserted wave left has no total, unknown and not 0
  const everyOut = !resolved.some((d) => (d.modality ?? "asserted") === "asserted");
  const allOut = {
    refused: notCounted.length > 0 ? "every wave is left out of it (each is named below), so the total is unknown, not 0." : "no wave of it is asserted (a plan or a projection is never counted as sent), so the total is unknown, not 0.",
    code: "no-waves",
  };
  const total = everyOut ? allOut : attempt(() => deploymentTotal(resolved, context.valid === undefined ? undefined : { asOf: context.valid }));
  const series = everyOut ? [] : attempt(() => deploymentSeries(resolved).filter((p) => endsBy(context, p.date)));
  const findings = attempt(() => deploymentFindings(resolved));
  const on = context.valid === undefined ? "" : ` on ${inWords(context.valid)}`;
  const blocks: Block[] = [
    heading,
    ...notes,
    { kind: "table", head: ["wave", "sent", "size", ...(modal ? ["as"] : [])], rows, keep: [true, false, false, true] },
    ...(links.length === 0 ? [] : [{ kind: "paragraph" as const, text: `${links.join("; ")}.` }]),
    refused(total) ? { kind: "paragraph", text: `No total${on}: ${total.refused}` } : working(explain(total, shownSourceNames(context))),
    ...notCountedText(notCounted, "the total"),
  ];
  if (refused(series)) blocks.push({ kind: "paragraph", text: `No total over time: ${series.refused}` });
  else if (series.length > 1) blocks.push({ kind: "table", head: ["from", "in all", "waves in force"], rows: series.map((p) => [inWords(p.date), formatEstimate(p.estimate), p.waves.join(", ")]), keep: [false, false, false] });
  if (!refused(findings)) blocks.push(...findings.map((f): Block => ({ kind: "paragraph", text: `${f.severity} ${f.code}: ${f.message}` })));
  const data = {
    ...about,
    notCounted,
    total: refused(total) ? total : { estimate: total.estimate, explanation: explain(total, { format: "json", ...names }) },
    series: refused(series) ? series : series.map((p) => ({ date: p.date, estimate: p.estimate, waves: p.waves })),
    findings: refused(findings) ? [] : findings,
  };
  return { blocks, data };
}

/** The dataset's deployment waves, by route and category, each with its total and working. */
export function wavesSection(context: ReportContext): Section {
  const groups = groupBy(context.dataset.deployments, (d) => `${d.from}|${d.to}|${d.category}`);
  const outOfTotals = leftOutOf(context);
  const each = [...groups.values()].map((list) => group(context, list, outOfTotals));
  const intro = `The waves each dataset entry states, and what is in force${context.valid === undefined ? " once the last has begun or ended" : ` on ${inWords(context.valid)}`}: an increment counts on top of the wave it adds to, a replacement in place of what it replaces, a wave still being sent as an unstated share of it. Only asserted waves are counted: a plan or a projection is no wave sent, nor is a wave that rests on a claim of one. A wave that rests on a deprecated claim (retracted or replaced) or on a claim of another measure (the killed are not sent), or that is reported before it was sent, is left out too, and so is a wave that adds to one left out; each is named.`;
  return { key: "deployments", title: "Deployments in all", blocks: [{ kind: "paragraph", text: intro }, ...each.flatMap((e) => e.blocks)], data: each.map((e) => e.data) };
}
