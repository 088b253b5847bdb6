// The shape of a lint rule. Not exported from the package.

import type { DatasetRuleCode, DatasetSeverity } from "../codes.js";
import type { RawFinding, RuleContext } from "./context.js";

/** A lint rule: its code, its severity unless the caller sets another, and what it finds. @internal */
export interface Rule {
  readonly code: DatasetRuleCode;
  readonly severity: DatasetSeverity;
  readonly check: (context: RuleContext) => readonly RawFinding[];
}
