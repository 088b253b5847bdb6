/**
 * Sources, parties, claims, casualty breakdowns, deployments and ledgers in one versioned,
 * validated file, and the lint rules that check what it says. Loads zod (a peer dependency) to
 * read a dataset, as fogcount/schemas does.
 *
 * @module fogcount/dataset
 */

export { checkDataset, DATASET_RULES } from "./check.js";
export type { CheckDatasetOptions, DatasetFinding } from "./check.js";
export type { DatasetErrorCode, DatasetRuleCode, DatasetRuleSetting, DatasetSeverity } from "./codes.js";
export { DATASET_FORMAT } from "./format.js";
export { datasetFromClaims } from "./from-claims.js";
export type { DatasetParts } from "./from-parts.js";
export { parseDataset, safeParseDataset } from "./parse.js";
export type { SafeParseDatasetResult } from "./parse.js";
export { datasetBreakdowns, datasetClaims, datasetDeployments, datasetLedgers } from "./read.js";
export type { DatasetBreakdownOf } from "./read.js";
export type { DatasetCasualtyBreakdown, DatasetDeployment, DatasetLedger, DatasetLedgerEntry, DatasetLedgerValuation, DatasetParty } from "./parts.js";
export type { Dataset, DatasetAttribution, DatasetClaim, DatasetInput, DatasetMetadata, DatasetRelayStep } from "./schema.js";
export type { JsonPath } from "./sections.js";
