// The rule on figures that rest on a deprecated claim: a wave, a breakdown's
// figure or a ledger item whose claim was retracted or replaced, so that a
// total counting it counts a figure its source no longer stands by. Not
// exported from the package.

import { standing } from "../../_lib/standing.js";
import type { Claim } from "../../claim/schema.js";
import type { DatasetDeployment } from "../parts.js";
import type { RawFinding, RuleContext } from "./context.js";
import { claimBehind, restingOnClaims } from "./resting.js";
import type { Resting } from "./resting.js";
import type { Rule } from "./rule.js";
import { sending } from "./waves.js";

const isDeprecated = (c: Claim): boolean => c.status.kind === "deprecated";

/** What rests on the claim, in a message: a wave with what it sends, anything else as `restingOnClaims` names it. */
function nameOf(r: Resting, context: RuleContext): string {
  return r.item[0] === "deployments" ? `${r.id}, a wave of ${sending(context.dataset.deployments[r.item[1] as number] as DatasetDeployment)},` : r.name;
}

/** The finding of one reference whose claim, or a claim it restates, is deprecated; undefined for one that stands. */
function retired(r: Resting, context: RuleContext): RawFinding | undefined {
  const behind = claimBehind(r.claim, context, isDeprecated);
  if (behind === undefined) return undefined;
  const { claim, via } = behind;
  const status = claim.status as Extract<Claim["status"], { kind: "deprecated" }>;
  const on = via === undefined ? "" : `${via.id}, which restates `;
  const by = status.supersededBy === undefined ? "" : `, superseded by ${status.supersededBy}`;
  const stands = standing(status.supersededBy, context.named.claims);
  const fix = stands === undefined ? "rest it on a claim that stands, or leave it out" : `rest it on ${stands}, or leave it out`;
  return {
    path: r.path,
    message: `${nameOf(r, context)} rests on ${on}${claim.id}, deprecated (${status.reason})${by}: a total that counts ${r.id} counts a figure its source no longer stands by (${fix})`,
  };
}

/**
 * `rests-on-deprecated-claim`: a deployment wave (its `claim`), a casualty
 * breakdown's figure (its `claims`) or a ledger entry or valuation (its
 * `claims`) that rests on a deprecated claim, or on a restatement of one: a
 * retracted or replaced figure, which no total may count as if it stood.
 * At the reference, naming the claim, why it was deprecated and what
 * supersedes it.
 */
export const restsOnDeprecatedClaim: Rule = {
  code: "rests-on-deprecated-claim",
  severity: "error",
  check(context) {
    const out: RawFinding[] = [];
    for (const r of restingOnClaims(context)) {
      const f = retired(r, context);
      if (f !== undefined) out.push(f);
    }
    return out;
  },
};
