// The rule on corrections that point out of their series: a deprecated claim whose
// `supersededBy` names a claim of the dataset that is of another originator or indicator,
// so that the revision room cannot tell when it stopped being believed and refuses the
// whole series. Not exported from the package.

import type { Claim } from "../../claim/schema.js";
import type { RawFinding, RuleContext } from "./context.js";
import type { Rule } from "./rule.js";

/** A claim's series, as a message names it: "kr-nis, kp-forces · killed · person". */
const seriesOf = (c: Claim): string => `${c.attribution.originator.id}, ${[c.indicator.subject, c.indicator.scope, c.indicator.measure, c.indicator.unit].filter((x) => x !== undefined).join(" · ")}`;

/**
 * The deprecated claims whose `supersededBy` names a claim of the dataset outside their
 * revision history (another originator, subject, scope, measure or unit): at the
 * `supersededBy`, naming both series and the claims of its own history that could be meant.
 * A claim the histories do not hold (one that cannot be placed on both clocks) is passed over. @internal
 */
export function replacementsOutsideHistory(context: RuleContext): RawFinding[] {
  const historyOf = new Map<string, readonly Claim[]>();
  for (const h of context.histories()) for (const c of h.claims) historyOf.set(c.id, h.claims);
  const out: RawFinding[] = [];
  context.claims.forEach((c, i) => {
    if (c.status.kind !== "deprecated" || c.status.supersededBy === undefined) return;
    const by = context.named.claims.get(c.status.supersededBy);
    const own = historyOf.get(c.id);
    if (by === undefined || own === undefined || !historyOf.has(by.id) || own.some((x) => x.id === by.id)) return;
    const later = own.filter((x) => x.id !== c.id && x.restates === undefined && x.reportedAt >= c.reportedAt).map((x) => x.id);
    const meant = later.length === 0 ? "" : ` (${later.length === 1 ? "meant" : "one of"} ${later.join(", ")}?)`;
    out.push({
      path: ["claims", i, "status", "supersededBy"],
      message: `${c.id} is superseded by ${by.id}, a claim of another series (${seriesOf(by)}, not ${seriesOf(c)}): when ${c.id} stopped being believed cannot be told, so no figure of its series is in force in a report. Name a claim of its own series${meant}, or leave out supersededBy to retire it at once`,
    });
  });
  return out;
}

/**
 * `replacement-not-in-history`: a deprecated claim whose `supersededBy` names a claim of
 * another originator or indicator, as `findContradictions` finds it in a history: the
 * revision room then refuses every answer for the series. At the `supersededBy`.
 */
export const replacementNotInHistory: Rule = {
  code: "replacement-not-in-history",
  severity: "error",
  check: replacementsOutsideHistory,
};
