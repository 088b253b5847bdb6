// The findings of findContradictions about one claim on its own. Not exported from the package.

import type { Claim } from "../claim/schema.js";
import { claimClock } from "./clock.js";
import type { Finding } from "./contradictions.js";

/** `replacement-not-in-history` for a deprecated claim whose `supersededBy` names no claim of the history. @internal */
export function replacementFinding(c: Claim): Finding {
  const by = (c.status as { supersededBy: string }).supersededBy;
  const message = `${c.id} is deprecated and superseded by ${JSON.stringify(by)}, which is not in the history: when it stopped being believed cannot be told, so asOf refuses to answer where it could be in force`;
  return { code: "replacement-not-in-history", severity: "error", message, claims: [c.id] };
}

/**
 * `reported-before-valid` for an asserted claim reported before its valid time starts; undefined
 * otherwise. A plan, projection or possibility is about a time to come: only an assertion may not
 * precede it. @internal
 */
export function earlyReportFinding(c: Claim): Finding | undefined {
  const clock = claimClock(c);
  if (clock.reportedBy >= clock.validStart || (c.modality ?? "asserted") !== "asserted") return undefined;
  return { code: "reported-before-valid", severity: "warning", message: `${c.id} is reported at ${c.reportedAt}, before its valid time ${c.validTime} starts`, claims: [c.id] };
}
