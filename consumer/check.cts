import { approx, range, sumEstimates } from "fogcount";
import type { Estimate } from "fogcount";
import { EstimateSchema } from "fogcount/schemas";

const total: Estimate = sumEstimates([range(10_000, 12_000, "person"), approx(3000, "person")]);
export const checked: Estimate = EstimateSchema.parse(total);
