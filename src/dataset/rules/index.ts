// The lint rules of checkDataset, in the order their findings are listed for
// one place. A rule for a new section is a file beside these and one line
// here. Not exported from the package.

import { claimFigureMismatch } from "./claim-figures.js";
import { restsOnDeprecatedClaim } from "./deprecated.js";
import { definitionMismatch, mixedBreakdown, partsExceedTotal, partsFallShort } from "./breakdowns.js";
import { invalidInterval, unitMismatch, unknownAsZero } from "./figures.js";
import { ledgerPartyMismatch } from "./ledgers.js";
import { lookAlikeNames } from "./names.js";
import { replacementNotInHistory } from "./replacements.js";
import { REVISION_RULES } from "./revision.js";
import type { Rule } from "./rule.js";
import { incrementBeforeWave, reportedAfterDataset } from "./times.js";
import { tivSummedWithMoney } from "./tiv.js";
import { planCountedAsDeployment, possibleDuplicateWave, replacedTwice, replacementBeforeOriginal } from "./waves.js";

/** Every lint rule. @internal */
export const RULES: readonly Rule[] = [
  invalidInterval,
  unitMismatch,
  ...REVISION_RULES,
  reportedAfterDataset,
  unknownAsZero,
  incrementBeforeWave,
  partsExceedTotal,
  partsFallShort,
  definitionMismatch,
  mixedBreakdown,
  planCountedAsDeployment,
  replacementBeforeOriginal,
  replacedTwice,
  possibleDuplicateWave,
  ledgerPartyMismatch,
  tivSummedWithMoney,
  restsOnDeprecatedClaim,
  claimFigureMismatch,
  lookAlikeNames,
  replacementNotInHistory,
];
