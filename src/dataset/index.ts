// fogcount/dataset: a bundle of sources and claims in one versioned, validated
// file, and the lint rules that check what it says. Loads zod (a peer
// dependency) to read a dataset, as fogcount/schemas does.

export { checkDataset, DATASET_RULES } from "./check.js";
export type { CheckDatasetOptions, DatasetFinding } from "./check.js";
export type { DatasetErrorCode, DatasetRuleCode, DatasetRuleSetting, DatasetSeverity } from "./codes.js";
export { DATASET_FORMAT } from "./format.js";
export { datasetFromClaims } from "./from-claims.js";
export { parseDataset, safeParseDataset } from "./parse.js";
export type { SafeParseDatasetResult } from "./parse.js";
export { datasetClaims } from "./read.js";
export type { Dataset, DatasetAttribution, DatasetClaim, DatasetInput, DatasetMetadata, DatasetRelayStep } from "./schema.js";
export type { JsonPath } from "./sections.js";
