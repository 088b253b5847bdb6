/**
 * The zod schemas behind every fogcount type. Kept apart from the main entry so that functions
 * never bundle zod.
 *
 * @module fogcount/schemas
 */

export {
  ApproxEstimateSchema,
  AtLeastEstimateSchema,
  AtMostEstimateSchema,
  EstimateSchema,
  ExactEstimateSchema,
  MagnitudeEstimateSchema,
  RangeEstimateSchema,
  UnitSchema,
} from "./estimate/schema.js";

export {
  DatePartsSchema,
  DatePeriodSchema,
  EdtfSchema,
  HemisphereSchema,
  IntervalEndSchema,
  IntervalPeriodSchema,
  IsoDateSchema,
  OpenEndSchema,
  PeriodSchema,
  SeasonNameSchema,
  SeasonPeriodSchema,
  SubyearPeriodSchema,
  SubyearUnitSchema,
  UnknownEndSchema,
  UnspecifiedSchema,
} from "./time/schema.js";

export {
  AdmiraltyCredibilitySchema,
  AdmiraltyReliabilitySchema,
  AttributionSchema,
  ChannelSchema,
  ChannelStepSchema,
  ConfidenceLevelSchema,
  CountryCodeSchema,
  IdSchema,
  IntermediaryStepSchema,
  LikelihoodTermSchema,
  PublicationSchema,
  RelayStepSchema,
  SourceKindSchema,
  SourceSchema,
} from "./provenance/schema.js";

export {
  AggregationSchema,
  CasualtyPartSchema,
  ClaimSchema,
  ClaimStatusSchema,
  IndicatorSchema,
  MeasureSchema,
  ModalitySchema,
  NamespacedMeasureSchema,
  StandardMeasureSchema,
} from "./claim/schema.js";
export { parseClaim, safeParseClaim } from "./claim/parse.js";

export { CasualtyBreakdownSchema, CasualtyStateSchema, CasualtyValueSchema } from "./casualty/schema.js";
export { DeploymentCategorySchema, DeploymentSchema } from "./deployment/schema.js";
export { DatasetAttributionSchema, DatasetIntermediaryStepSchema, DatasetRelayStepSchema } from "./dataset/attribution.js";
export {
  DatasetCasualtyBreakdownSchema,
  DatasetDeploymentSchema,
  DatasetLedgerEntrySchema,
  DatasetLedgerSchema,
  DatasetLedgerValuationSchema,
  DatasetPartySchema,
} from "./dataset/parts.js";
export { DatasetClaimSchema, DatasetFormatSchema, DatasetMetadataSchema, DatasetSchema } from "./dataset/schema.js";
export {
  LedgerCategorySchema,
  LedgerEntrySchema,
  LedgerEvidenceSchema,
  LedgerPartySchema,
  LedgerSchema,
  LedgerStageSchema,
  LedgerValuationSchema,
  LedgerValueBasisSchema,
  LedgerValueSchema,
} from "./ledger/schema.js";
