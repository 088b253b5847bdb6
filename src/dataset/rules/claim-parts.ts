// A part stated above the total that counts it, among a dataset's claims: "about 6,000
// killed" beside "about 4,700 casualties, killed and wounded", from one originator about one
// subject at one time. A breakdown of the dataset is checked by the casualty room
// (`parts-exceed-total`); this is the same finding for figures that are only claims, which a
// report reads as a breakdown. Not exported from the package.

import type { Cell } from "../../casualty/check.js";
import { compositionFindings } from "../../casualty/findings.js";
import { countsOnly } from "../../casualty/reconcile.js";
import { partsCounted } from "../../casualty/series.js";
import type { BreakdownField } from "../../casualty/vocabulary.js";
import type { Claim } from "../../claim/schema.js";
import { CASUALTY_PARTS } from "../../claim/measures.js";
import { compareEstimates } from "../../estimate/compare.js";
import { formatEstimate } from "../../estimate/format.js";
import { readInterval } from "../../estimate/read.js";
import type { RawFinding, RuleContext } from "./context.js";

/** Whether a claim states a figure of its own: asserted, no restatement, not retired. */
const stated = (c: Claim): boolean => (c.modality ?? "asserted") === "asserted" && c.restates === undefined && c.status.kind !== "deprecated";

/** One originator's figures about one subject and scope, at one valid time, in one unit and aggregation. */
const voiceOf = (c: Claim): string =>
  JSON.stringify([c.indicator.subject, c.indicator.scope ?? "", c.attribution.originator.id, c.validTime, c.estimate.unit, c.indicator.aggregation ?? "stock"]);

/**
 * The claims of a part (killed, wounded, missing, captured) certainly above a total of
 * casualties that counts that part (its `includes`), stated by the same originator about the
 * same subject, scope and valid time: each at the part's `estimate`.
 */
export function partClaimsAboveTotals(context: RuleContext): RawFinding[] {
  const totals = new Map<string, Claim[]>();
  for (const c of context.claims) {
    if (c.indicator.measure !== "casualties" || c.indicator.includes === undefined || !stated(c)) continue;
    const list = totals.get(voiceOf(c));
    if (list === undefined) totals.set(voiceOf(c), [c]);
    else list.push(c);
  }
  const out: RawFinding[] = [];
  if (totals.size === 0) return out;
  context.claims.forEach((c, i) => {
    const measure = c.indicator.measure as (typeof CASUALTY_PARTS)[number];
    if (!CASUALTY_PARTS.includes(measure) || !stated(c)) return;
    for (const total of totals.get(voiceOf(c)) ?? []) {
      if (!(total.indicator.includes as readonly string[]).includes(measure) || compareEstimates(c.estimate, total.estimate) !== "above") continue;
      out.push({
        path: ["claims", i, "estimate"],
        message: `${c.id} states ${formatEstimate(c.estimate, { unit: true })} ${measure}, more than the ${formatEstimate(total.estimate, { unit: true })} of ${total.id}, casualties of the same time that count the ${measure}`,
      });
    }
  });
  return out;
}

/** One originator's stocks about one subject and scope, valid on one last day, in one unit: what a report reads as one breakdown. */
function stockVoice(context: RuleContext, c: Claim, i: number): string | undefined {
  if ((c.indicator.aggregation ?? "stock") !== "stock") return undefined;
  return JSON.stringify([c.indicator.subject, c.indicator.scope ?? "", c.attribution.originator.id, context.days(i).valid[1], c.estimate.unit]);
}

/** The latest reported of two claims of one part and voice (a later figure for the same time is the one a report reads). */
const later = (context: RuleContext, a: number, b: number): number => (context.days(b).reported[1] >= context.days(a).reported[1] ? b : a);

/** The claims of each voice, by measure: the latest reported stated claim of each part, and every stated total that lists its parts. */
function voices(context: RuleContext): Map<string, { totals: number[]; parts: Map<string, number> }> {
  const out = new Map<string, { totals: number[]; parts: Map<string, number> }>();
  const held = new Set(context.dataset.casualtyBreakdowns.map((b) => b.claims?.total).filter((id) => id !== undefined));
  context.claims.forEach((c, i) => {
    const measure = c.indicator.measure;
    const isTotal = measure === "casualties" && c.indicator.includes !== undefined && !held.has(c.id);
    if (!stated(c) || !(isTotal || (CASUALTY_PARTS as readonly string[]).includes(measure))) return;
    const voice = stockVoice(context, c, i);
    if (voice === undefined) return;
    let v = out.get(voice);
    if (v === undefined) out.set(voice, (v = { totals: [], parts: new Map() }));
    if (isTotal) v.totals.push(i);
    else {
      const before = v.parts.get(measure);
      v.parts.set(measure, before === undefined ? i : later(context, before, i));
    }
  });
  return out;
}

/**
 * The parts (killed, wounded, missing, captured) that a total of casualties counts (its
 * `includes`), stated by the same originator about the same subject and scope, valid on the
 * same day, read together as a report reads them as a breakdown (a 0 whose words say no figure
 * was given is of unknown size): `parts-exceed-total` for two or more parts certainly summing
 * above the total, `parts-fall-short` for every part counted given and certainly summing below
 * it; each at the total's estimate. A total held in a breakdown of the dataset is left to the
 * breakdown rules; a single part above the total is {@link partClaimsAboveTotals}'s. @internal
 */
export function claimPartSums(context: RuleContext, code: "parts-exceed-total" | "parts-fall-short"): RawFinding[] {
  const out: RawFinding[] = [];
  for (const { totals, parts } of voices(context).values()) {
    if (parts.size === 0) continue;
    for (const t of totals) {
      const total = context.claims[t] as Claim;
      const found: Partial<Record<BreakdownField, Claim>> = { total };
      const cells = { total: { estimate: total.estimate, interval: readInterval(total.estimate) } } as Record<BreakdownField, Cell>;
      for (const part of CASUALTY_PARTS) {
        const i = parts.get(part);
        const c = i === undefined ? undefined : (context.claims[i] as Claim);
        cells[part] = c === undefined ? { state: "not-reported" } : { estimate: c.estimate, interval: readInterval(c.estimate) };
        if (c !== undefined) found[part] = c;
      }
      const read = countsOnly({ cells, includes: partsCounted(total), unit: total.estimate.unit, claims: found });
      for (const f of compositionFindings(read)) {
        if (f.code !== code) continue;
        const ids = f.fields.filter((field) => field !== "total").map((field) => (found[field] as Claim).id);
        out.push({ path: ["claims", t, "estimate"], message: `${total.id}: ${f.message} (${ids.join(", ")}, of ${total.attribution.originator.id} about ${total.indicator.subject}, valid ${total.validTime})` });
      }
    }
  }
  return out;
}
