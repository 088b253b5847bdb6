// What the casualty breakdowns, deployment waves and ledger items of a
// dataset rest on: each of their references to a claim, where it is, and the
// claim behind it through the restatements it repeats. Not exported from the
// package.

import type { Claim } from "../../claim/schema.js";
import type { JsonPath } from "../sections.js";
import type { RuleContext } from "./context.js";

/** One reference of a breakdown, wave or ledger item to a claim. @internal */
export interface Resting {
  /** Where the reference is: `["deployments", 3, "claim"]`, `["ledgers", 0, "entries", 2, "claims", 1]`. */
  readonly path: JsonPath;
  /** Where the item is: `["deployments", 3]`, `["ledgers", 0, "entries", 2]`. */
  readonly item: JsonPath;
  /** The item's id. */
  readonly id: string;
  /** What rests on the claim, as a message begins with it: `w3`, `b0: its killed`, `e2 (shells)`. */
  readonly name: string;
  /** The id of the claim named. */
  readonly claim: string;
}

/** Every reference of the dataset's breakdowns, waves and ledger items to a claim, in document order. @internal */
export function restingOnClaims(context: RuleContext): Resting[] {
  const { casualtyBreakdowns, deployments, ledgers } = context.dataset;
  const out: Resting[] = [];
  casualtyBreakdowns.forEach((b, i) => {
    for (const [field, claim] of Object.entries(b.claims ?? {}))
      if (claim !== undefined) out.push({ path: ["casualtyBreakdowns", i, "claims", field], item: ["casualtyBreakdowns", i], id: b.id, name: `${b.id}: its ${field}`, claim });
  });
  deployments.forEach((w, i) => {
    if (w.claim !== undefined) out.push({ path: ["deployments", i, "claim"], item: ["deployments", i], id: w.id, name: w.id, claim: w.claim });
  });
  ledgers.forEach((l, n) => {
    for (const list of ["entries", "valuations"] as const)
      l[list].forEach((e, i) => {
        (e.claims ?? []).forEach((claim, k) => out.push({ path: ["ledgers", n, list, i, "claims", k], item: ["ledgers", n, list, i], id: e.id, name: `${e.id} (${e.item})`, claim }));
      });
  });
  return out;
}

/**
 * The first claim that passes `test` on the way from the claim `id` through
 * the claims it restates (a restatement repeats its original, plan and
 * retraction and all), and the claim named when that is another one;
 * undefined when none on the way passes. @internal
 */
export function claimBehind(id: string, context: RuleContext, test: (c: Claim) => boolean): { claim: Claim; via: Claim | undefined } | undefined {
  const first = context.named.claims.get(id);
  const seen = new Set<string>();
  for (let c = first; c !== undefined && !seen.has(c.id); ) {
    seen.add(c.id);
    if (test(c)) return { claim: c, via: c === first ? undefined : first };
    c = c.restates === undefined ? undefined : context.named.claims.get(c.restates);
  }
  return undefined;
}
