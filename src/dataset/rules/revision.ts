// The rules the revision room finds: each finding of findContradictions over
// the dataset's histories, placed on the claim it is about. Not exported from
// the package.

import type { ContradictionCode } from "../../revision/contradictions.js";
import { VALID_TIME_DRIFT } from "../../revision/restatements.js";
import type { DatasetRuleCode, DatasetSeverity } from "../codes.js";
import type { RawFinding } from "./context.js";
import type { Rule } from "./rule.js";
import { wavesReportedBeforeSent } from "./times.js";

/**
 * For each code of `findContradictions`: the rule it is, its severity in a
 * dataset, and where its finding points: which of the claims it names (by
 * position in its `claims`) and which field. `null` for a code a dataset's
 * histories cannot produce (they are grouped by originator).
 */
const PLACES: Readonly<Record<ContradictionCode, readonly [DatasetSeverity, number, string] | null>> = {
  "cumulative-decrease": ["warning", 1, "estimate"],
  "slipped-digit": ["warning", 1, "estimate"],
  "reported-before-valid": ["error", 0, "reportedAt"],
  "mixed-originators": null,
  "simultaneous-conflict": ["warning", 0, "estimate"],
  "hedge-drift": ["warning", 1, "estimate"],
  "measure-drift": ["warning", 1, "indicator"],
  "modality-drift": ["warning", 1, "modality"],
  "stale-restatement": ["warning", 1, "reportedAt"],
  "possible-restatement": ["warning", 1, "id"],
  // a dataset refuses a restatement of a claim it does not hold (dangling-reference)
  "restatement-without-original": null,
  // a dataset refuses a supersededBy that names no claim of it (dangling-reference)
  "replacement-not-in-history": null,
};

function revisionRule(code: ContradictionCode & DatasetRuleCode): Rule {
  const [severity, pick, field] = PLACES[code] as readonly [DatasetSeverity, number, string];
  return {
    code,
    severity,
    check(context) {
      const out: RawFinding[] = [];
      for (const f of context.contradictions()) {
        const index = f.code === code ? context.indexOf.get(f.claims[pick] ?? "") : undefined;
        // a restatement of another valid time drifts in its validTime, not its indicator
        const at = code === "measure-drift" && f.message.includes(VALID_TIME_DRIFT) ? "validTime" : field;
        if (index !== undefined) out.push({ path: ["claims", index, at], message: f.message });
      }
      // a wave reported before it was sent is the same slip as a claim reported before its valid time
      if (code === "reported-before-valid") out.push(...wavesReportedBeforeSent(context, new Set(out.map((f) => f.path[1] as number))));
      return out;
    },
  };
}

/** The rules of the revision room, in the order of its codes. @internal */
export const REVISION_RULES: readonly Rule[] = (Object.keys(PLACES) as (ContradictionCode & DatasetRuleCode)[])
  .filter((code) => PLACES[code] !== null)
  .map(revisionRule);
