// The zod schemas behind every fogcount type: `fogcount/schemas`.
// Kept apart from the main entry so that functions never bundle zod.

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
